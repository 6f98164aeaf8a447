"""The check: a built package in, its problems out (``china-iom check``).

``integrity`` compares the descriptor and the files' hashes with what the seeds give, ``frictionless_rules``
applies Frictionless' table rules vectorised, ``verify`` applies the build's own row rules to the written
files and compares each CSV file with its Parquet twin; ``command`` runs them all. Imports the build (what
it should have written) and the annotation format: never review, publication, analysis or drafting.
"""
