"""china-iom-engagements: annotated articles to a validated Frictionless data package."""

from china_iom.connect import duckdb
from china_iom.load import load

__version__ = "0.2.0"
__all__ = ["duckdb", "load"]
