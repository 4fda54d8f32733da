"""`cspr-qa eval documents`: whole drafts scored as a reviewer meets them (EVAL-FORMATS.md s5).

Each draft is checked exactly as `cspr-qa check` would check it, every part of the file, and its
findings are scored against the record:

- identifiers: a gold identifier is found when the evidence of a finding about one detail
  (``pii.labels.DETAIL_RULES``: not the summary or jigsaw risks) contains it or is contained in
  it (case-insensitive, whitespace folded); every such finding that matches no gold identifier
  is a false alarm;
- chronology: a labelled section is caught when an ``analysis.chronology-*`` finding lies in it
  (its section path contains the labelled heading); a located chronology finding anywhere else is
  a false alarm, and so is a report-wide one on a draft with no labelled chronology section;
- elements as ``eval sections``; recommendations as exact-count accuracy and mean absolute error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine import check_path
from ..errors import InputError
from ..findings import Finding
from ..pii.labels import DETAIL_RULES
from ..profile import Profile, load_profile
from .sections import ElementTally, element_lines

CHRONOLOGY_FAMILY = "analysis.chronology-"


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matches(evidence: str, gold: str) -> bool:
    return bool(evidence) and bool(gold) and (gold in evidence or evidence in gold)


@dataclass
class DocumentScore:
    """What one draft contributed: kept for ``--details`` and summed into the totals."""

    file: str
    words: int
    identifiers_total: int
    missed: list[str]
    false_alarms: list[str]
    chronology_total: int
    chronology_missed: list[str]
    chronology_false_alarms: list[str]
    recommendations_gold: int
    recommendations_found: int
    elements_wrong: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def score_identifiers(findings: list[Finding], gold: list[str]) -> tuple[list[str], list[str]]:
    """Gold identifiers missed, and the evidence of every flag that matches none."""
    flags = [_fold(f.evidence) for f in findings if f.rule in DETAIL_RULES]
    wanted = [_fold(g) for g in gold]
    missed = [
        g for g, w in zip(gold, wanted, strict=True) if not any(_matches(f, w) for f in flags)
    ]
    false_alarms = [f for f in flags if not any(_matches(f, w) for w in wanted)]
    return missed, false_alarms


def score_chronology(findings: list[Finding], gold: list[str]) -> tuple[list[str], list[str]]:
    """Labelled chronology sections not caught, and chronology findings outside all of them."""
    wanted = [_fold(g) for g in gold]
    places = [_fold(f.location.section) for f in findings if f.rule.startswith(CHRONOLOGY_FAMILY)]
    missed = [g for g, w in zip(gold, wanted, strict=True) if not any(w in p for p in places)]
    false_alarms = [
        p or "(whole report)"
        for p in places
        if (p and not any(w in p for w in wanted)) or (not p and not wanted)
    ]
    return missed, false_alarms


def _gold_identifiers(record: dict[str, Any]) -> list[str]:
    items = record.get("identifiers")
    if not isinstance(items, list) or not all(isinstance(i, dict) and "text" in i for i in items):
        raise InputError(
            record["file"], "has 'identifiers' that is not a list of {text, label}", "Fix it"
        )
    return [str(i["text"]) for i in items]


def score_document(
    record: dict[str, Any], root: Path, profile: Profile, tally: ElementTally
) -> DocumentScore:
    """Check one draft and score it against its record (adding its elements to ``tally``)."""
    result = check_path(root / record["file"], profile)
    if result.error is not None:
        raise result.error  # the reader's own line: which file, what is wrong, what to do
    assert result.document is not None and result.scorecard is not None
    findings = result.findings
    found = {e["id"]: e["present"] for e in result.scorecard["elements"]}
    labels = record.get("elements") or {}
    tally.add(record["file"], labels, found)
    gold_ids = _gold_identifiers(record)
    missed, false_alarms = score_identifiers(findings, gold_ids)
    chronology = list(record.get("chronology_sections") or [])
    chron_missed, chron_false = score_chronology(findings, chronology)
    return DocumentScore(
        file=record["file"],
        words=len(result.document.text.split()),
        identifiers_total=len(gold_ids),
        missed=missed,
        false_alarms=false_alarms,
        chronology_total=len(chronology),
        chronology_missed=chron_missed,
        chronology_false_alarms=chron_false,
        recommendations_gold=int(record["recommendations"]),
        recommendations_found=len(result.scorecard["recommendations"]),
        elements_wrong=sorted(e for e, v in labels.items() if v is not None and found[e] != v),
    )


def evaluate(records: list[dict[str, Any]], root: Path, *, details: bool = False) -> dict[str, Any]:
    """The section 5 figures over every draft in ``records``."""
    profile = load_profile()
    tally = ElementTally.for_profile(profile)
    scores = [score_document(r, root, profile, tally) for r in records]
    words = sum(s.words for s in scores)
    total = sum(s.identifiers_total for s in scores)
    missed = sum(len(s.missed) for s in scores)
    alarms = [a for s in scores for a in s.false_alarms]
    chron_total = sum(s.chronology_total for s in scores)
    chron_missed = sum(len(s.chronology_missed) for s in scores)
    errors = [abs(s.recommendations_found - s.recommendations_gold) for s in scores]
    result: dict[str, Any] = {
        "n_docs": len(scores),
        "words": words,
        "elements": tally.result(),
        "identifiers": {
            "recall": round((total - missed) / total, 4) if total else None,
            "found": total - missed,
            "total": total,
            "false_alarms": len(alarms),
            "false_alarms_per_1000_words": round(1000 * len(alarms) / words, 3) if words else 0.0,
            "distinct_false_alarms": len(set(alarms)),
        },
        "chronology": {
            "recall": round((chron_total - chron_missed) / chron_total, 4) if chron_total else None,
            "false_alarms": sum(len(s.chronology_false_alarms) for s in scores),
        },
        "recommendations": {
            "exact": round(sum(e == 0 for e in errors) / len(errors), 4),
            "mae": round(sum(errors) / len(errors), 3),
        },
    }
    if details:
        result["documents"] = [s.as_dict() for s in scores]
    return result


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    ids, chron, recs = result["identifiers"], result["chronology"], result["recommendations"]
    lines = [
        f"{result['n_docs']} drafts, {result['words']:,} words",
        f"elements: accuracy {_ratio(result['elements']['accuracy'])}",
        *element_lines(result["elements"]),
        f"identifiers: recall {_ratio(ids['recall'])} ({ids['found']} of {ids['total']}), "
        f"false alarms {ids['false_alarms']} ({ids['false_alarms_per_1000_words']} per 1,000 "
        f"words, {ids['distinct_false_alarms']} distinct)",
        f"chronology sections: recall {_ratio(chron['recall'])}, false alarms {chron['false_alarms']}",
        f"recommendation counts: exact {recs['exact']:.3f}, mean absolute error {recs['mae']}",
    ]
    for doc in result.get("documents", []):
        lines.append(
            f"- {doc['file']}: missed {doc['missed']}, false alarms {doc['false_alarms']}, "
            f"elements wrong {doc['elements_wrong']}, recommendations "
            f"{doc['recommendations_found']}/{doc['recommendations_gold']}, chronology missed "
            f"{doc['chronology_missed']} false {doc['chronology_false_alarms']}"
        )
    return lines
