"""Where reviewers read results: the annotated Word copy, the HTML scorecard (also in a
real headless Chromium) and the comparison of two drafts."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from cspr_qa.cli import main
from cspr_qa.findings import locate
from cspr_qa.ingest import load_document
from cspr_qa.ingest.docx_reader import w

from builders import make_docx

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "out" / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _draft(tmp_path: Path) -> Path:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_paragraph("Review of Child B", style="Title")
        d.add_heading("Background", level=1)
        p = d.add_paragraph("The family moved in ")
        p.add_run("June; the lead is TBC and Dr Patel")  # the span sits inside one run
        p.add_run(" saw the baby.")
        d.add_heading("Recommendations", level=1)
        d.add_paragraph("Agencies should consider how they share information.")

    return make_docx(tmp_path / "draft.docx", build)


def _comment_ranges(path: Path) -> dict[str, str]:
    """Comment id -> the text its range covers in the body."""
    body = docx.Document(str(path)).element.body
    ranges: dict[str, str] = {}
    open_ids: set[str] = set()
    for el in body.iter():
        if el.tag == w("commentRangeStart"):
            open_ids.add(el.get(w("id")))
            ranges.setdefault(el.get(w("id")), "")
        elif el.tag == w("commentRangeEnd"):
            open_ids.discard(el.get(w("id")))
        elif el.tag == w("t"):
            for cid in open_ids:
                ranges[cid] += el.text or ""
    return ranges


def test_annotated_copy_has_a_comment_on_each_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _draft(tmp_path)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out, report = tmp_path / "annotated.docx", tmp_path / "r.json"
    main(["check", str(source), "--annotate", str(out), "--format", "json", "-o", str(report)])
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    entry = json.loads(report.read_text("utf-8"))["files"][0]
    comments = list(docx.Document(str(out)).comments)
    actionable = [f for f in entry["findings"] if f["severity"] != "info"]
    whole = [f for f in actionable if f["location"]["start"] is None]
    assert whole and len(comments) == len(actionable) - len(whole) + 1
    assert all(c.author == "cspr-qa" for c in comments)
    texts = [c.text for c in comments]
    summary = [t for t in texts if t.startswith("cspr-qa: Not ready: ")]
    assert len(summary) == 1 and "Required content:" in summary[0]
    assert all(f["message"] in summary[0] for f in whole)
    assert not any("content.found" in t or "[info]" in t for t in texts)
    assert any(t.startswith("[warning] hygiene.placeholder") and "Fix:" in t for t in texts)
    covered = set(_comment_ranges(out).values())
    assert "TBC" in covered  # the exact text, split out of its run
    assert "Dr Patel" in covered
    assert "Review of Child B" in covered  # document-level findings sit on the title
    paragraph = docx.Document(str(out)).paragraphs[2]
    assert paragraph.text == "The family moved in June; the lead is TBC and Dr Patel saw the baby."


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_annotated_copy_round_trips_through_libreoffice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annotated.docx"
    main(["check", str(_draft(tmp_path)), "--annotate", str(out), "--fail-on", "never"])
    expected = len(list(docx.Document(str(out)).comments))
    converted = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(converted),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    again = docx.Document(str(converted / "annotated.docx"))
    assert len(list(again.comments)) == expected


def test_html_scorecard_masks_identifiers(
    sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    masked, shown = tmp_path / "masked.html", tmp_path / "shown.html"
    main(["check", str(sample_docx), "--format", "html", "-o", str(masked)])
    main(["check", str(sample_docx), "--format", "html", "-o", str(shown), "--show-identifiers"])
    html = masked.read_text("utf-8")
    assert "Okafor" not in html and "14 March 2024" not in html
    assert "D•••••••• (person)" in html and "1•••••••••••• (date)" in html  # Dr Okafor
    assert "Okafor" in shown.read_text("utf-8")
    assert "2. Scope and methodology" in html and "[PERSON]" not in html  # headings as written
    body = html.index("<body>")
    verdict, elements = html.index('class="verdict not-ready"'), html.index('id="elements"')
    errors, infos = html.index('id="f0-error"'), html.index('<details class="infos"')
    assert body < verdict < elements < errors < infos
    assert "identifying details to remove" in html[verdict:elements]
    assert len(re.findall(r'<tr class="element ', html)) == 10
    assert len(re.findall(r'<tr class="recommendation"', html)) == 2
    assert re.search(r'id="identifier-total">4<', html)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium not installed")
def test_html_report_in_headless_chromium(
    sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.html"
    main(["check", str(sample_docx), "--format", "html", "-o", str(report)])
    profile = f"--user-data-dir={tmp_path / 'chromium'}"
    dom = subprocess.run(
        ["chromium", *CHROMIUM_FLAGS, profile, "--dump-dom", report.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert re.search(r'id="count-error">4 errors<', dom)
    assert re.search(r'id="identifier-total">4<', dom)
    assert dom.count('class="element missing"') == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report.png"
    subprocess.run(
        [
            "chromium",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'chromium2'}",
            "--window-size=1200,1600",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 10_000
    _first_screen(report, tmp_path)


def _first_screen(report: Path, tmp_path: Path) -> None:
    """On a desktop the first 800 pixels hold the verdict and the scorecard's start; on a
    phone the verdict fits the width and the first screen."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
        )
        for width, height, name in ((1280, 800, "desktop"), (390, 844, "phone")):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(report.as_uri())
            verdict = page.locator(".verdict").first.bounding_box()
            table = page.locator("#elements").bounding_box()
            assert verdict is not None and table is not None
            assert verdict["y"] + verdict["height"] < 800
            assert verdict["x"] + verdict["width"] <= width
            if name == "desktop":
                assert table["y"] < 800
            page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"))
            page.close()
        browser.close()


def test_compare_lists_resolved_new_and_remaining(
    sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    redacted = tmp_path / "v2.docx"
    main(["redact", str(sample_docx), "-o", str(redacted)])
    capsys.readouterr()
    assert main(["compare", str(sample_docx), str(redacted), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not any("Okafor" in f["evidence"] for f in data["resolved"])
    assert data["schema"] == "cspr-qa/compare"
    resolved = {f["rule"] for f in data["resolved"]}
    assert {"hygiene.comment", "hygiene.tracked-change", "identifiers.person"} <= resolved
    assert data["new_findings"] == []
    assert any(f["rule"] == "hygiene.placeholder" for f in data["remaining"])
    html = tmp_path / "compare.html"
    main(["compare", str(sample_docx), str(redacted), "--format", "html", "-o", str(html)])
    page = html.read_text("utf-8")
    assert "resolved" in page and "D•••••••• (person)" in page and "Okafor" not in page
    assert main(["compare", str(sample_docx), str(redacted)]) == 0
    assert "Okafor" not in capsys.readouterr().out
    main(["compare", str(sample_docx), str(redacted), "--show-identifiers"])
    assert "Okafor" in capsys.readouterr().out


def test_a_place_names_the_draft_s_own_paragraph_number(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("## 2. What happened\n\n2.6 In July the child was seen.\n", encoding="utf-8")
    document = load_document(path)
    start = document.text.index("In July")
    place = locate(document, start, start + 7)
    assert place.numbered == "2.6"
    assert "(2.6 in the draft)" in place.describe()
