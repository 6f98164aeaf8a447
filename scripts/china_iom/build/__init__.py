"""The build: seeds in, ``data/`` (CSV and Parquet) and ``datapackage.json`` out, all or nothing.

``resolve`` turns one article into rows, ``corpus`` reads a seeds tree and checks the links between
articles, ``seed_rows`` resolves every article on worker processes (``workers``) into row files
(``row_files``, reused through the incremental ``cache``) and checks them (``row_rules``); ``tables`` and
``derived`` make the package's sorted Arrow tables, ``outputs`` writes and swaps them into place and
``descriptor`` writes ``datapackage.json``; ``command`` is ``china-iom build``. Imports the annotation
format, ``schema`` and ``errors``: never the check, review, publication, analysis or drafting.
"""
