"""Publication: a built package in, its other faces out.

``docs`` writes the README's data dictionary and module map and the annotation format's JSON Schemas,
``sqlite`` a SQLite database with Datasette metadata (``china-iom export``), ``duckdb_views`` DuckDB views
over the Parquet files (public as ``china_iom.duckdb``) and ``diff`` the differences between two versions
(``china-iom diff``). Reads the package's files, ``schema`` and the annotation models: never imports the
build, the check, review, analysis or drafting.
"""
