"""The local web app: token, uploads, bad input, downloads, comparison, a bounded load test on
loopback, and an end-to-end run in Debian's Chromium driven by Playwright."""

from __future__ import annotations

import io
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from cspr_qa import nlp
from cspr_qa.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "out" / "test-artifacts"
SMALL = (
    "# Review of Child B\n\n## Analysis\n\nThe team had vacancies, so visits were missed. TBC.\n"
)


@pytest.fixture(scope="module")
def app_and_token() -> tuple[object, str]:
    return create_app(token="test-token", max_upload_mb=1)


@pytest.fixture
def client(app_and_token: tuple[object, str]) -> TestClient:
    return TestClient(app_and_token[0])  # type: ignore[arg-type]


def _leftovers() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("cspr-qa-")}


def test_the_page_needs_the_token_and_loads_nothing_from_outside(client: TestClient) -> None:
    assert client.get("/wrong/").status_code == 404
    page = client.get("/test-token/")
    assert page.status_code == 200
    assert "Check a review draft" in page.text
    assert '<option value="wt2023" selected>' in page.text and "1 MB" in page.text
    assert "http://" not in page.text and "https://" not in page.text


def test_a_draft_is_checked_and_its_outputs_downloaded(
    client: TestClient, sample_docx: Path
) -> None:
    before = _leftovers()
    reply = client.post(
        "/test-token/check",
        files={"draft": ("child-r-draft.docx", sample_docx.read_bytes())},
        data={"profile": "wt2023"},
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["counts"]["error"] == 4
    assert body["verdict"]["ready"] is False
    assert body["verdict"]["reasons"] == ["4 identifying details to remove"]
    assert body["verdict"]["line"].startswith("Not ready: ")
    assert set(body["downloads"]) == {
        "annotated.docx",
        "redacted.docx",
        "report.html",
        "report.json",
    }
    annotated = client.get(f"/test-token/download/{body['id']}/annotated.docx")
    assert annotated.headers["content-disposition"].startswith("attachment")
    assert len(list(docx.Document(io.BytesIO(annotated.content)).comments)) > 5
    html = client.get(f"/test-token/download/{body['id']}/report.html").text
    assert "Okafor" not in html  # identifying details masked
    assert "child-r-draft.docx" in html and "cspr-qa-" not in html  # no private folder names
    assert client.get(f"/wrong/download/{body['id']}/report.html").status_code == 404
    assert _leftovers() <= before  # the private working folder is gone


@pytest.mark.parametrize(
    ("name", "content", "status", "words"),
    [
        (
            "broken.docx",
            b"PK\x03\x04 not a real package",
            400,
            "broken.docx: is corrupt or truncated",
        ),
        ("notes.rtf", b"{\\rtf1 hello}", 400, "unsupported file type"),
        ("huge.txt", b"word " * 300_000, 413, "over the 1 MB upload limit"),
        ("empty.md", b"", 400, "is empty"),
    ],
)
def test_bad_input_gets_a_clear_message_and_the_server_keeps_serving(
    client: TestClient, name: str, content: bytes, status: int, words: str
) -> None:
    reply = client.post("/test-token/check", files={"draft": (name, content)})
    assert reply.status_code == status
    assert words in reply.json()["error"]
    assert "/tmp/" not in reply.json()["error"]
    again = client.post("/test-token/check", files={"draft": ("ok.md", SMALL.encode())})
    assert again.status_code == 200


def test_only_counts_are_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    text = SMALL.replace("Child B", "Kayleigh Smith")
    assert (
        client.post(
            "/test-token/check", files={"draft": ("kayleigh.md", text.encode())}
        ).status_code
        == 200
    )
    logged = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("cspr_qa"))
    assert "checked a draft" in logged
    assert "Kayleigh" not in logged and "kayleigh.md" not in logged


def test_a_second_draft_is_compared(client: TestClient) -> None:
    earlier = SMALL.replace("TBC.", "TBC. XXX")
    reply = client.post(
        "/test-token/check",
        files={"draft": ("v2.md", SMALL.encode()), "compare_with": ("v1.md", earlier.encode())},
    )
    body = reply.json()
    assert body["comparison"]["resolved"] >= 1
    assert "compare.html" in body["downloads"]


@pytest.fixture(scope="module")
def live_server(app_and_token: tuple[object, str]) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app_and_token[0], host="127.0.0.1", port=port, log_level="error")  # type: ignore[arg-type]
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/{app_and_token[1]}"
    server.should_exit = True
    thread.join(timeout=10)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(line for line in fh if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_concurrent_uploads_queue_and_memory_stays_flat(live_server: str) -> None:
    def one(i: int) -> int:
        text = SMALL.replace("Child B", f"Child {chr(65 + i % 26)}")
        reply = httpx.post(
            f"{live_server}/check", files={"draft": (f"d{i}.md", text.encode())}, timeout=120
        )
        return reply.status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert set(pool.map(one, range(10))) == {200}  # warm-up
        start = _rss_mb()
        assert set(pool.map(one, range(10, 50))) == {200}
    growth = _rss_mb() - start
    assert growth < 60, f"memory grew by {growth:.0f} MB over 40 checks"
    assert nlp.get_nlp.cache_info().misses <= 1  # the pipeline was loaded once, not per upload


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium not installed")
def test_end_to_end_in_chromium(live_server: str, sample_docx: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(accept_downloads=True)
        page.goto(f"{live_server}/")
        page.set_input_files("#draft", str(sample_docx))
        page.click("#go")
        page.wait_for_selector("#result:not([hidden])", timeout=120_000)
        assert page.inner_text("#errors") == "4 errors"
        assert page.inner_text("#verdict-line") == "Not ready — child-r-draft.docx"
        assert page.inner_text("#reasons") == "4 identifying details to remove"
        verdict = page.locator("#verdict").bounding_box()
        counts = page.locator("#errors").bounding_box()
        assert verdict is not None and counts is not None and verdict["y"] < counts["y"]
        assert page.inner_text("#missing") == "1 required-content elements missing"
        with page.expect_download() as info:
            page.click("#download-annotated-docx")
        saved = tmp_path / "annotated.docx"
        info.value.save_as(str(saved))
        assert len(list(docx.Document(str(saved)).comments)) > 5
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-app.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})  # a phone
        phone = page.locator("#verdict").bounding_box()
        assert phone is not None and phone["x"] + phone["width"] <= 390
        page.screenshot(path=str(ARTIFACTS / "web-app-phone.png"), full_page=True)
        browser.close()
