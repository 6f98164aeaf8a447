"""Review pages: the seeds in, static HTML out (``china-iom render``).

``pages`` writes one page per article, every annotated span highlighted and linked to its entry, and an
index. Its rows are the build's (``build.command.table_rows``). Imports the build and the annotation
format: never the check, publication, analysis or drafting.
"""
