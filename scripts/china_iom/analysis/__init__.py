"""Analysis: the built package in, tables for pandas, figures and the report out.

``frames`` loads the tables as typed pandas DataFrames (public as ``china_iom.load``), each file read only
if its hash is the one the descriptor records; ``meetings``, ``speakers`` and ``cooccurrence`` compute what
the notebooks show, ``plots`` and ``labels`` draw it and ``report`` runs the notebooks into ``reports/``.
Imports the build (the meeting levels, the Arrow schemas) and the check (the descriptor's reading): never
review, publication or drafting.
"""
