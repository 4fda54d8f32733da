"""`cspr-qa eval KIND GOLD.jsonl`: score an analyser on labelled data (EVAL-FORMATS.md)."""

from .gold import read_gold

__all__ = ["read_gold"]
