"""Identifying details: recognizers, the detector and redaction."""
