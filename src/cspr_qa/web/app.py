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
from ..chatter import quiet_libraries
from ..context import CheckOptions
from ..engine import FileResult, check_path
from ..errors import InputError
from ..ingest import SUPPORTED_SUFFIXES
from ..pii.detector import analyzer, parse_terms
from ..profile import DEFAULT_PROFILE, Profile, builtin_profiles, load_profile
from ..service import compare_paths, downloads

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


@dataclass(frozen=True)
class Upload:
    """One uploaded file, already read within the size limit."""

    name: str
    data: bytes


@dataclass(frozen=True)
class CheckForm:
    """A validated check request from the page."""

    draft: Upload
    earlier: Upload | None
    profile: Profile
    options: CheckOptions


def _save(folder: Path, upload: Upload) -> Path:
    path = folder / Path(upload.name).name
    path.write_bytes(upload.data)
    return path


def _named_for_upload(result: FileResult) -> FileResult:
    """Reports name the upload, not the private folder it was saved in."""
    result.path = Path(result.path.name)
    return result


def run_check(form: CheckForm) -> dict[str, Any]:
    """Check the draft (and compare it with the earlier version) in a private folder deleted
    before returning; the outcome as the page shows it, or one error line."""
    with tempfile.TemporaryDirectory(prefix="cspr-qa-") as tmp:
        workdir = Path(tmp)
        workdir.chmod(0o700)
        draft = _save(workdir, form.draft)
        comparison = None
        if form.earlier is None:
            result = check_path(draft, form.profile, form.options)
            failed = [result]
        else:
            (workdir / "earlier").mkdir()
            earlier = _save(workdir / "earlier", form.earlier)
            old, result, comparison = compare_paths(earlier, draft, form.profile, form.options)
            failed = [old, result]
        errors = [r.error.line().replace(str(r.path.parent) + "/", "") for r in failed if r.error]
        if errors:
            return {"error": errors[0]}
        files = downloads(draft, _named_for_upload(result), form.profile, comparison)
    verdict = result.verdict
    return {
        "verdict": {**verdict.to_dict(), "line": verdict.line()} if verdict else None,
        "notes": result.notes,
        "downloads": sorted(files),
        "files": files,
        "counts": result.counts(),
        "scorecard": result.scorecard,
        "comparison": comparison["summary"] if comparison else None,
    }


def _terms(data: bytes | None) -> tuple[str, ...]:
    return tuple(parse_terms(data.decode("utf-8", errors="replace"))) if data else ()


def _profile(name: str) -> Profile:
    """A built-in profile by name; anything else is refused as the command line refuses it."""
    if name not in builtin_profiles():
        raise InputError(
            name, "is not a built-in profile", f"Choose one of {', '.join(builtin_profiles())}"
        )
    return load_profile(name)


@dataclass(frozen=True)
class UploadLimit:
    """The largest upload accepted, in megabytes as the page says it and in bytes."""

    megabytes: float

    @property
    def bytes(self) -> int:
        return int(self.megabytes * 1024 * 1024)


async def read_limited(upload: UploadFile | None, limit: UploadLimit) -> bytes | None:
    """An uploaded file's bytes, refused with a clear message when over the limit."""
    if upload is None or not upload.filename:
        return None
    data = await upload.read(limit.bytes + 1)
    if len(data) > limit.bytes:
        raise HTTPException(
            status_code=413,
            detail=f"{upload.filename}: the file is over the {limit.megabytes:g} MB upload limit. "
            "Compress its images or split it, then try again.",
        )
    return data


async def read_form(request: Request, limit: UploadLimit) -> CheckForm:
    """The check request from the page, validated: a supported draft within the limit, a
    built-in profile, optional earlier draft and term lists."""
    length = int(request.headers.get("content-length") or 0)
    if length > limit.bytes * 2 + 1024 * 1024:
        raise HTTPException(
            status_code=413, detail=f"The upload is over the {limit.megabytes:g} MB limit."
        )
    form = await request.form(max_part_size=limit.bytes + 1)
    draft = form.get("draft")
    if not isinstance(draft, UploadFile) or not draft.filename:
        raise HTTPException(
            status_code=400, detail="Choose a draft (.docx, .pdf, .txt or .md) to check."
        )
    if Path(draft.filename).suffix.lower() not in SUPPORTED_SUFFIXES:
        raise HTTPException(
            status_code=400,
            detail=f"{draft.filename}: unsupported file type. Save the draft as .docx, .pdf, .txt or .md.",
        )
    uploads = {key: form.get(key) for key in ("compare_with", "allow", "deny")}
    data = {
        key: await read_limited(value, limit) if isinstance(value, UploadFile) else None
        for key, value in uploads.items()
    }
    earlier = uploads["compare_with"]
    try:
        profile = _profile(str(form.get("profile") or DEFAULT_PROFILE))
    except InputError as exc:
        raise HTTPException(status_code=400, detail=exc.line()) from exc
    return CheckForm(
        draft=Upload(draft.filename, await read_limited(draft, limit) or b""),
        earlier=Upload(earlier.filename or "earlier", data["compare_with"])
        if isinstance(earlier, UploadFile) and data["compare_with"] is not None
        else None,
        profile=profile,
        options=CheckOptions(allow_terms=_terms(data["allow"]), deny_terms=_terms(data["deny"])),
    )


def _page(limit: UploadLimit) -> str:
    """The one page, with the built-in profiles to choose from and the upload limit."""
    options = "".join(
        f'<option value="{p}"{" selected" if p == DEFAULT_PROFILE else ""}>{p}</option>'
        for p in builtin_profiles()
    )
    page = (Path(__file__).parent / "page.html").read_text("utf-8")
    return page.replace("{{PROFILES}}", options).replace("{{LIMIT}}", f"{limit.megabytes:g}")


def _download(data: bytes | None, name: str) -> Response:
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


def create_app(
    token: str | None = None, max_upload_mb: float = DEFAULT_MAX_UPLOAD_MB
) -> tuple[FastAPI, str]:
    """The app and its token. Models are loaded here, once, before the first request."""
    token = token or secrets.token_urlsafe(16)
    quiet_libraries()
    nlp.get_nlp()
    analyzer(load_profile().files)  # warm presidio's imports before the first upload
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cspr-qa-check")
    store = ResultStore()
    limit = UploadLimit(max_upload_mb)
    page = _page(limit)
    counts = {"checked": 0, "refused": 0}

    def guard(given: str) -> None:
        if not secrets.compare_digest(given, token):
            raise HTTPException(status_code=404)

    @app.get("/{given}/", response_class=HTMLResponse)
    async def index(given: str) -> str:
        guard(given)
        return page

    @app.post("/{given}/check")
    async def check(given: str, request: Request) -> JSONResponse:
        guard(given)
        try:
            form = await read_form(request, limit)
        except HTTPException:
            counts["refused"] += 1
            raise
        try:
            outcome = await asyncio.get_running_loop().run_in_executor(worker, run_check, form)
        except InputError as exc:
            outcome = {"error": exc.line()}
        if "error" in outcome:
            counts["refused"] += 1
            LOG.info("refused an upload (%d so far)", counts["refused"])
            return JSONResponse({"error": outcome["error"]}, status_code=400)
        counts["checked"] += 1
        LOG.info("checked a draft (%d so far)", counts["checked"])
        outcome["id"] = store.put(outcome.pop("files"))
        return JSONResponse(outcome)

    @app.get("/{given}/download/{key}/{name}")
    async def download(given: str, key: str, name: str) -> Response:
        guard(given)
        return _download(store.get(key, name), name)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail or "Not found"}, status_code=exc.status_code)

    app.state.counts = counts
    return app, token
