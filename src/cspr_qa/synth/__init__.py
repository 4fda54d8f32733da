"""Builders for fictional fixtures, samples and development corpora."""
