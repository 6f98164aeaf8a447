"""china-iom-engagements: annotated articles to a validated Frictionless data package."""

from china_iom.load import load

__version__ = "0.1.0"
__all__ = ["load"]
