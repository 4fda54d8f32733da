"""SMART recommendations: extraction, criteria scoring and links to the report's findings."""
