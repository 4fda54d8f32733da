"""The fixed identifying-detail labels (EVAL-FORMATS.md section 2) and presidio's names."""

from __future__ import annotations

import re
from enum import StrEnum


class Label(StrEnum):
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    DATE = "DATE"
    NHS_NUMBER = "NHS_NUMBER"
    NI_NUMBER = "NI_NUMBER"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    INSTITUTION = "INSTITUTION"
    ID_NUMBER = "ID_NUMBER"

    @property
    def rule_id(self) -> str:
        """The rule a detail of this kind is reported under, e.g. ``identifiers.nhs-number``."""
        return f"identifiers.{self.value.lower().replace('_', '-')}"


#: The rules that report one identifying detail each (not the summary or jigsaw risks).
DETAIL_RULES = frozenset(label.rule_id for label in Label)


#: presidio entity types -> our labels. Types not listed are not identifying here.
PRESIDIO_TO_LABEL: dict[str, Label] = {
    **{label.value: label for label in Label},
    "UK_NHS": Label.NHS_NUMBER,
    "UK_NINO": Label.NI_NUMBER,
    "EMAIL_ADDRESS": Label.EMAIL,
    "PHONE_NUMBER": Label.PHONE,
    "LOCATION": Label.ADDRESS,
    "DATE_TIME": Label.DATE,
    "ORGANIZATION": Label.INSTITUTION,
    "UK_POSTCODE": Label.POSTCODE,
    "UK_VEHICLE_REGISTRATION": Label.ID_NUMBER,
    "UK_DRIVING_LICENCE": Label.ID_NUMBER,
    "UK_PASSPORT": Label.ID_NUMBER,
}


#: A placeholder left by `cspr-qa redact`, e.g. "[PERSON 1]": intended text, not a problem.
REDACTION_PLACEHOLDER = re.compile(
    r"\[(?:" + "|".join(label.value.replace("_", " ") for label in Label) + r") \d+\]"
)


def inside_placeholder(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies within a redaction placeholder."""
    return any(m.start() <= start and end <= m.end() for m in REDACTION_PLACEHOLDER.finditer(text))
