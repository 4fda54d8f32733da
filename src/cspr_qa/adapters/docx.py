"""python-docx 1.x: rewrite a package part python-docx keeps only as bytes, and point a
relationship elsewhere (both are private attributes of python-docx's OPC layer)."""

from __future__ import annotations

from typing import Any

from lxml import etree


def replace_part_xml(part: Any, root: Any) -> None:
    """Store ``root`` as the XML of a blob-only ``part`` (``Part._blob``)."""
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def retarget(relationship: Any, target: str) -> None:
    """Point an external ``relationship`` (a hyperlink) at ``target`` (``_Relationship._target``)."""
    relationship._target = target
