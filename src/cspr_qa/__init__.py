"""cspr-qa: offline quality assurance for Child Safeguarding Practice Review reports."""

__version__ = "0.1.0"
