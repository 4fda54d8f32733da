"""Renderers for check results: terminal (rich), JSON (versioned schema), HTML."""

from .output import write_atomic
from .render import FORMATS, render

__all__ = ["FORMATS", "render", "write_atomic"]
