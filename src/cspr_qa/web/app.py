"""A local web app for reviewers and approvers who do not use a terminal.

Private by design: bound to 127.0.0.1, every URL carries a random per-start token, uploads
are processed in a private temporary folder deleted before the response is sent, outputs are
held in memory for a short time for download, nothing is logged but counts, and the page
loads nothing from outside. Checks run one at a time on a single worker that holds the
already-loaded language pipeline, so concurrent uploads queue rather than reload models.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import tempfile
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import UploadFile

from .. import nlp
from ..checks.identifiers import detections
from ..engine import FileResult, check_path
from ..errors import InputError
from ..ingest import SUPPORTED_SUFFIXES
from ..pii.detector import analyzer, parse_terms
from ..pii.redact import plan_redaction, redacted_bytes
from ..profile import DEFAULT_PROFILE, builtin_profiles, load_profile
from ..report import render
from ..report.annotate import annotate_docx
from ..report.compare import compare
from ..report.html import render_compare_html

LOG = logging.getLogger("cspr_qa.web")
DEFAULT_MAX_UPLOAD_MB = 20
RESULT_TTL_SECONDS = 30 * 60
MAX_RESULTS = 20
_MEDIA = {
    "report.html": "text/html; charset=utf-8",
    "report.json": "application/json",
    "compare.html": "text/html; charset=utf-8",
    "annotated.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "redacted.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "redacted.txt": "text/plain; charset=utf-8",
    "redacted.md": "text/markdown; charset=utf-8",
}


@dataclass
class Stored:
    created: float
    files: dict[str, bytes] = field(default_factory=dict)


class ResultStore:
    """Outputs kept in memory for download, for a limited time and number."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, Stored] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, files: dict[str, bytes]) -> str:
        key = secrets.token_urlsafe(12)
        with self._lock:
            self._expire()
            self._items[key] = Stored(time.monotonic(), files)
            while len(self._items) > MAX_RESULTS:
                self._items.popitem(last=False)
        return key

    def get(self, key: str, name: str) -> bytes | None:
        with self._lock:
            self._expire()
            item = self._items.get(key)
            return item.files.get(name) if item else None

    def _expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, v in self._items.items() if now - v.created > RESULT_TTL_SECONDS]:
            del self._items[key]


def _outputs(path: Path, result: FileResult, options: dict[str, Any]) -> dict[str, bytes]:
    """The report (masked HTML and JSON), and for Word and text drafts the annotated and
    redacted copies."""
    profile = load_profile(options.get("profile"))
    files = {
        "report.html": render([result], "html", profile).encode("utf-8"),
        "report.json": render([result], "json", profile).encode("utf-8"),
    }
    document = result.document
    assert document is not None
    if document.format == "docx":
        files["annotated.docx"] = annotate_docx(path, document, result.findings)
    if document.format in ("docx", "txt", "md") and result.context is not None:
        plan = plan_redaction(document, detections(result.context))
        files[f"redacted.{document.format}"] = redacted_bytes(path, document, plan)
    return files


def _check_upload(workdir: Path, name: str, data: bytes, options: dict[str, Any]) -> FileResult:
    """Check an uploaded draft saved in the private folder; reports name the upload, not the
    folder."""
    path = workdir / Path(name).name
    path.write_bytes(data)
    result = check_path(path, load_profile(options.get("profile")), options)
    result.path = Path(path.name)
    return result


def _terms(data: bytes | None) -> list[str]:
    return parse_terms(data.decode("utf-8", errors="replace")) if data else []


def create_app(
    token: str | None = None, max_upload_mb: float = DEFAULT_MAX_UPLOAD_MB
) -> tuple[FastAPI, str]:
    """The app and its token. Models are loaded here, once, before the first request."""
    token = token or secrets.token_urlsafe(16)
    nlp.get_nlp()
    analyzer()
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cspr-qa-check")
    store = ResultStore()
    limit = int(max_upload_mb * 1024 * 1024)
    page = (Path(__file__).parent / "page.html").read_text("utf-8")
    counts = {"checked": 0, "refused": 0}

    def guard(given: str) -> None:
        if not secrets.compare_digest(given, token):
            raise HTTPException(status_code=404)

    async def read_limited(upload: UploadFile | None) -> bytes | None:
        if upload is None or not upload.filename:
            return None
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise HTTPException(
                status_code=413,
                detail=f"{upload.filename}: the file is over the {max_upload_mb:g} MB upload limit. "
                "Compress its images or split it, then try again.",
            )
        return data

    @app.get("/{given}/", response_class=HTMLResponse)
    async def index(given: str) -> str:
        guard(given)
        options = "".join(
            f'<option value="{p}"{" selected" if p == DEFAULT_PROFILE else ""}>{p}</option>'
            for p in builtin_profiles()
        )
        return page.replace("{{PROFILES}}", options).replace("{{LIMIT}}", f"{max_upload_mb:g}")

    @app.post("/{given}/check")
    async def check(given: str, request: Request) -> JSONResponse:
        guard(given)
        length = int(request.headers.get("content-length") or 0)
        if length > limit * 2 + 1024 * 1024:
            counts["refused"] += 1
            raise HTTPException(
                status_code=413, detail=f"The upload is over the {max_upload_mb:g} MB limit."
            )
        form = await request.form(max_part_size=limit + 1)
        draft = form.get("draft")
        if not isinstance(draft, UploadFile) or not draft.filename:
            raise HTTPException(
                status_code=400, detail="Choose a draft (.docx, .pdf, .txt or .md) to check."
            )
        if Path(draft.filename).suffix.lower() not in SUPPORTED_SUFFIXES:
            counts["refused"] += 1
            raise HTTPException(
                status_code=400,
                detail=f"{draft.filename}: unsupported file type. Save the draft as .docx, .pdf, .txt or .md.",
            )
        data = await read_limited(draft)
        second = form.get("compare_with")
        second_data = await read_limited(second) if isinstance(second, UploadFile) else None
        allow = form.get("allow")
        deny = form.get("deny")
        profile = str(form.get("profile") or DEFAULT_PROFILE)
        options: dict[str, Any] = {
            "profile": profile if profile in builtin_profiles() else DEFAULT_PROFILE,
            "allow_terms": _terms(
                await read_limited(allow) if isinstance(allow, UploadFile) else None
            ),
            "deny_terms": _terms(
                await read_limited(deny) if isinstance(deny, UploadFile) else None
            ),
        }

        def job() -> dict[str, Any]:
            with tempfile.TemporaryDirectory(prefix="cspr-qa-") as tmp:
                workdir = Path(tmp)
                workdir.chmod(0o700)
                result = _check_upload(workdir, draft.filename or "draft", data or b"", options)
                if result.error:
                    return {"error": result.error.line().replace(str(workdir) + "/", "")}
                files = _outputs(workdir / result.path, result, options)
                comparison = None
                if second_data is not None and isinstance(second, UploadFile):
                    other_dir = workdir / "second"
                    other_dir.mkdir()
                    earlier = _check_upload(
                        other_dir, second.filename or "earlier", second_data, options
                    )
                    if earlier.error:
                        return {"error": earlier.error.line().replace(str(other_dir) + "/", "")}
                    comparison = compare(earlier, result)
                    files["compare.html"] = render_compare_html(comparison).encode("utf-8")
            return {
                "id": store.put(files),
                "downloads": sorted(files),
                "counts": result.counts(),
                "scorecard": result.scorecard,
                "comparison": comparison["summary"] if comparison else None,
            }

        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(worker, job)
        except InputError as exc:
            outcome = {"error": exc.line()}
        if "error" in outcome:
            counts["refused"] += 1
            LOG.info("refused an upload (%d so far)", counts["refused"])
            return JSONResponse({"error": outcome["error"]}, status_code=400)
        counts["checked"] += 1
        LOG.info("checked a draft (%d so far)", counts["checked"])
        return JSONResponse(outcome)

    @app.get("/{given}/download/{key}/{name}")
    async def download(given: str, key: str, name: str) -> Response:
        guard(given)
        data = store.get(key, name)
        if data is None or name not in _MEDIA:
            raise HTTPException(
                status_code=404, detail="That download has expired; check the draft again."
            )
        return Response(
            data,
            media_type=_MEDIA[name],
            headers={
                "Content-Disposition": f'attachment; filename="cspr-qa-{name}"',
                "Cache-Control": "no-store",
            },
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail or "Not found"}, status_code=exc.status_code)

    app.state.counts = counts
    return app, token
