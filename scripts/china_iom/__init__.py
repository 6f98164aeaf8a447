"""china-iom-engagements: annotated articles to a validated Frictionless data package.

The public ``load`` and ``duckdb`` are imported when first used: every module of a
stage imports this file first, and must not pay for pandas or DuckDB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from china_iom.analysis.frames import load
    from china_iom.publication.duckdb_views import duckdb

__version__ = "0.2.0"
__all__ = ["duckdb", "load"]


def __getattr__(name: str) -> Any:
    """``load`` and ``duckdb``, imported on first use."""
    if name == "load":
        from china_iom.analysis.frames import load

        return load
    if name == "duckdb":
        from china_iom.publication.duckdb_views import duckdb

        return duckdb
    raise AttributeError(f"module 'china_iom' has no attribute {name!r}")
