"""The local web app (cspr-qa serve)."""
