"""china-iom-engagements: annotated articles to a validated Frictionless data package."""

__version__ = "0.1.0"
