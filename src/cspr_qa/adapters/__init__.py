"""Thin wrappers, one module per library, around the few private APIs cspr-qa depends on, so
an upgrade that moves them breaks in one place (and its test) rather than many."""
