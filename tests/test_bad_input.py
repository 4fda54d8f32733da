"""Bad input: one clear line on stderr (file, problem, remedy), exit 2, no traceback,
and the rest of the batch is still checked."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cspr_qa import config
from cspr_qa.cli import main
from cspr_qa.errors import InputError
from cspr_qa.ingest import load_document
from cspr_qa.ingest.safety import OLE_MAGIC

from builders import PdfLine, make_docx, make_pdf, make_scanned_pdf


def _corrupt_docx(tmp_path: Path, sample_docx: Path) -> Path:
    path = tmp_path / "truncated.docx"
    path.write_bytes(sample_docx.read_bytes()[:3000])
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    return path


def _cases(tmp_path: Path, sample_docx: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words the error line must contain)."""
    encrypted = tmp_path / "locked.docx"
    encrypted.write_bytes(OLE_MAGIC + b"\0" * 4000)
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(OLE_MAGIC + b"\0" * 4000)
    empty_docx = make_docx(tmp_path / "empty.docx", lambda d: None)
    empty_txt = tmp_path / "empty.txt"
    empty_txt.write_bytes(b"")
    blank_txt = tmp_path / "blank.md"
    blank_txt.write_text("\n\n   \n", encoding="utf-8")
    rtf = tmp_path / "draft.rtf"
    rtf.write_text("{\\rtf1 hello}", encoding="utf-8")
    pdf_as_docx = tmp_path / "really-a-pdf.docx"
    pdf_as_docx.write_bytes(make_pdf(tmp_path / "p.pdf", [[PdfLine("Hello")]]).read_bytes())
    not_pdf = tmp_path / "fake.pdf"
    not_pdf.write_text("just text", encoding="utf-8")
    locked_pdf = make_pdf(tmp_path / "locked.pdf", [[PdfLine("Secret text")]], encrypt="pw")
    return {
        "corrupt docx": (_corrupt_docx(tmp_path, sample_docx), "corrupt or truncated"),
        "encrypted docx": (encrypted, "password-protected"),
        "legacy doc": (legacy, "legacy Word 97-2003"),
        "scanned pdf": (make_scanned_pdf(tmp_path / "scan.pdf"), "no text layer"),
        "encrypted pdf": (locked_pdf, "password-protected"),
        "empty docx": (empty_docx, "contains no text"),
        "empty txt": (empty_txt, "is empty (0 bytes)"),
        "blank md": (blank_txt, "contains no text"),
        "wrong type": (rtf, "unsupported file type '.rtf'"),
        "pdf named docx": (pdf_as_docx, "PDF with a .docx extension"),
        "text named pdf": (not_pdf, "not a PDF file"),
        "missing": (tmp_path / "nope.docx", "file not found"),
        "directory": (tmp_path, "is a folder"),
        "zip bomb": (_zip_bomb(tmp_path), "zip bomb"),
    }


def test_each_bad_file_gets_one_clear_line_and_the_batch_goes_on(
    tmp_path: Path, sample_docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _cases(tmp_path, sample_docx)
    files = [str(path) for path, _ in cases.values()]
    code = main(["check", *files, str(sample_docx), "--format", "json", "--fail-on", "never"])
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == len(cases)
    for (name, (path, words)), line in zip(cases.items(), lines, strict=True):
        assert line.startswith(f"cspr-qa: error: {path}: "), name
        assert words in line, (name, line)
        assert line.rstrip().endswith((".", ")")), name
        assert "Traceback" not in line
    import json

    report = json.loads(captured.out)
    statuses = [f["status"] for f in report["files"]]
    assert statuses == ["unreadable"] * len(cases) + ["checked"]
    assert report["files"][-1]["findings"], "the good file in the batch was still checked"


def test_oversized_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("INTRODUCTION\n\n" + "word " * 5000, encoding="utf-8")
    monkeypatch.setenv(config.MAX_FILE_MB_ENV, "0.01")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "over the 0 MB limit" in err or "over the" in err
    assert config.MAX_FILE_MB_ENV in err


def test_zip_with_too_much_unpacked_data_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "large.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", b"x" * (2 * 1024 * 1024))
    monkeypatch.setattr(config, "MAX_UNPACKED_MB", 1)
    with pytest.raises(InputError, match="would unpack to 2 MB"):
        load_document(path)


def test_cli_process_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    result = subprocess.run(
        [sys.executable, "-m", "cspr_qa.cli", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout.strip().endswith("1 file(s) could not be read")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


# -- property-based: random bytes into every reader ----------------------------------------

_PREFIXES = {".docx": b"PK\x03\x04", ".pdf": b"%PDF-1.7\n", ".txt": b"", ".md": b""}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    suffix=st.sampled_from(sorted(_PREFIXES)),
    with_magic=st.booleans(),
    payload=st.binary(min_size=0, max_size=4096),
)
def test_random_bytes_give_a_document_or_a_clean_error(
    tmp_path: Path, suffix: str, with_magic: bool, payload: bytes
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes((_PREFIXES[suffix] if with_magic else b"") + payload)
    try:
        document = load_document(path)
    except InputError as exc:
        assert str(path) in exc.line()
        assert "\n" not in exc.line()
    else:
        assert document.blocks


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_real_docx_gives_a_document_or_a_clean_error(
    tmp_path: Path, sample_docx: Path, data: st.DataObject
) -> None:
    raw = bytearray(sample_docx.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(raw))
    try:
        load_document(path)
    except InputError as exc:
        assert "\n" not in exc.line()


def test_damaged_docx_member_is_reported_not_raised(tmp_path: Path, sample_docx: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(sample_docx) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    path = tmp_path / "half.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="not a readable Word document"):
        load_document(path)
