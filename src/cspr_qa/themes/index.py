"""The corpus index: an embedded SQLite database of published reviews (metadata, sections,
paragraphs), filled incrementally and in parallel from folders of .pdf/.docx/.txt/.md files."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest import SUPPORTED_SUFFIXES, load_document
from ..ingest.model import BlockKind

DB_ENV = "CSPR_QA_CORPUS_DB"
DEFAULT_DB = Path.home() / ".local" / "share" / "cspr-qa" / "corpus.sqlite"
#: Sections whose paragraphs feed the theme models: analysis, findings, learning.
ANALYTIC = re.compile(
    r"analys|finding|learning|lesson|conclusion|themes?|practice|issues", re.IGNORECASE
)
#: Titles are kept whole up to this length.
TITLE_CHARS = 300
_YEAR = re.compile(r"\b(20[12]\d)\b")
_PARTNERSHIP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?:Safeguarding Children Partnership|Safeguarding Partnership|"
    r"Children'?s Safeguarding Partnership|Safeguarding Children Board|LSCP)\b"
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, sha256 TEXT NOT NULL, title TEXT,
  partnership TEXT, year INTEGER, words INTEGER, format TEXT
);
CREATE TABLE IF NOT EXISTS paragraphs (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, section TEXT, analytic INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paragraphs_document ON paragraphs(document_id);
CREATE TABLE IF NOT EXISTS tags (
  paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE, theme TEXT NOT NULL,
  score REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS tags_theme ON tags(theme);
"""


def default_db() -> Path:
    configured = os.environ.get(DB_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_DB


@dataclass
class Parsed:
    path: str
    sha256: str
    title: str
    partnership: str
    year: int | None
    words: int
    format: str
    paragraphs: list[tuple[str, bool, str]]  # (section path, analytic, text)


def _fast_pdf_text(path: Path) -> str:
    """Plain text of a PDF through pypdfium2 (no layout analysis)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _pdf_paragraphs(text: str) -> list[str]:
    chunks = re.split(r"\r?\n\s*\r?\n|(?<=[.!?])\s*\r?\n(?=[A-Z])", text)
    return [" ".join(c.split()) for c in chunks if len(c.split()) >= 3]


def _pdf_title(text: str) -> str:
    """The PDF's first lines up to the first hard line end: pdfium ends a line that wraps
    inside a paragraph with a space, and a line that ends a paragraph or title without."""
    lines = []
    for line in text.lstrip().splitlines():
        lines.append(line)
        if not line.endswith(" ") and line.strip():
            break
    return " ".join(" ".join(lines).split())[:TITLE_CHARS]


def parse_file(path_str: str, layout: bool = False) -> Parsed:
    """Read one file for the index (runs in a worker process)."""
    path = Path(path_str)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if path.suffix.lower() == ".pdf" and not layout:
        raw = _fast_pdf_text(path)
        texts = _pdf_paragraphs(raw)
        if not texts:
            raise InputError(path, "has no text layer (it looks scanned)", "Run OCR on it first")
        paragraphs = [("", True, t) for t in texts]
        title, fmt = _pdf_title(raw), "pdf"
        words = sum(len(t.split()) for t in texts)
        sample = " ".join(texts[:5])
    else:
        document = load_document(path)
        paragraphs = []
        for block in document.body_blocks():
            if block.kind is BlockKind.HEADING:
                continue
            own = document.sections[block.section].title if block.section is not None else ""
            paragraphs.append(
                (document.section_path(block.section), bool(ANALYTIC.search(own)), block.text)
            )
        first_block = next(iter(document.body_blocks()), None)
        title = " ".join(first_block.text.split())[:TITLE_CHARS] if first_block else path.stem
        fmt, words = document.format, document.word_count
        sample = " ".join(b.text for b in document.blocks[:8])
    year_match = _YEAR.search(f"{title} {path.stem}") or _YEAR.search(sample)
    partnership = _PARTNERSHIP.search(f"{title} {sample}")
    return Parsed(
        path=str(path.resolve()),
        sha256=digest,
        title=title,
        partnership=" ".join(partnership.group(1).split()) if partnership else "",
        year=int(year_match.group(1)) if year_match else None,
        words=words,
        format=fmt,
        paragraphs=paragraphs,
    )


def _safe_parse(args: tuple[str, bool]) -> Parsed | str:
    try:
        return parse_file(*args)
    except InputError as exc:
        return exc.line()
    except Exception as exc:
        return f"{args[0]}: could not be read ({type(exc).__name__})"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


@dataclass
class AddSummary:
    added: int
    updated: int
    skipped: int
    failed: list[str]


class CorpusIndex:
    """The SQLite corpus index."""

    def __init__(self, db: str | Path | None = None) -> None:
        self.path = Path(db) if db else default_db()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(tags)")}
        if columns and "score" not in columns:  # an index from before tag scores
            self.conn.execute("DROP TABLE tags")  # tags are derived: 'themes tag' remakes them
        self.conn.executescript(SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def _known(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT path, sha256 FROM documents"))

    def add(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int = 2,
        layout: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> AddSummary:
        """Index files and folders; unchanged files (same content hash) are skipped."""
        files = [p for p in iter_files(paths)]
        known = self._known()
        todo: list[Path] = []
        skipped = 0
        missing = []
        for file in files:
            if not file.is_file():
                missing.append(f"{file}: file not found. Check the path")
                continue
            resolved = str(file.resolve())
            if known.get(resolved) == hashlib.sha256(file.read_bytes()).hexdigest():
                skipped += 1
            else:
                todo.append(file)
        added = updated = 0
        failed = list(missing)
        jobs = [(str(p), layout) for p in todo]
        results: Iterable[Parsed | str]
        if workers > 1 and len(jobs) > 4:
            pool = ProcessPoolExecutor(max_workers=workers)
            results = pool.map(_safe_parse, jobs, chunksize=8)
        else:
            pool = None
            results = map(_safe_parse, jobs)
        try:
            for done, parsed in enumerate(results, start=1):
                if isinstance(parsed, str):
                    failed.append(parsed)
                else:
                    existed = parsed.path in known
                    self._store(parsed)
                    updated += existed
                    added += not existed
                if progress:
                    progress(done, len(jobs))
        finally:
            if pool is not None:
                pool.shutdown()
        self.conn.commit()
        return AddSummary(added, updated, skipped, failed)

    def _store(self, parsed: Parsed) -> None:
        self.conn.execute("DELETE FROM documents WHERE path = ?", (parsed.path,))
        cursor = self.conn.execute(
            "INSERT INTO documents (path, sha256, title, partnership, year, words, format) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                parsed.path,
                parsed.sha256,
                parsed.title,
                parsed.partnership,
                parsed.year,
                parsed.words,
                parsed.format,
            ),
        )
        doc_id = cursor.lastrowid
        self.conn.executemany(
            "INSERT INTO paragraphs (document_id, position, section, analytic, text) VALUES (?, ?, ?, ?, ?)",
            [(doc_id, i, s, int(a), t) for i, (s, a, t) in enumerate(parsed.paragraphs)],
        )

    def documents(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, path, title, partnership, year, words, format FROM documents ORDER BY path"
        )
        keys = ("id", "path", "title", "partnership", "year", "words", "format")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def paragraphs(self, analytic_only: bool = True) -> list[tuple[int, int, str]]:
        """(paragraph id, document id, text), in a stable order."""
        query = "SELECT id, document_id, text FROM paragraphs"
        if analytic_only:
            query += " WHERE analytic = 1"
        return list(self.conn.execute(query + " ORDER BY document_id, position"))

    def paragraph_tags(self, rows: list[tuple[int, int, str]]) -> list[list[str]]:
        """The stored theme tags of each of ``rows`` (as returned by :meth:`paragraphs`)."""
        tagged = dict(
            self.conn.execute(
                "SELECT paragraph_id, GROUP_CONCAT(theme) FROM tags GROUP BY paragraph_id"
            )
        )
        return [tagged[pid].split(",") if pid in tagged else [] for pid, _, _ in rows]

    def remove(self, paths: Iterable[str]) -> int:
        removed = 0
        for path in paths:
            removed += self.conn.execute(
                "DELETE FROM documents WHERE path = ?", (str(Path(path).resolve()),)
            ).rowcount
        self.conn.commit()
        return removed

    def correct_metadata(self, csv_path: str | Path) -> int:
        """Apply corrections from a CSV with a 'path' (or 'file') column and any of 'title',
        'partnership', 'year'."""
        changed = 0
        with Path(csv_path).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                target = row.get("path") or row.get("file") or ""
                matches = [
                    d
                    for d in self.documents()
                    if d["path"] == str(Path(target).resolve()) or Path(d["path"]).name == target
                ]
                for doc in matches:
                    for column in ("title", "partnership", "year"):
                        if row.get(column):
                            value: Any = int(row[column]) if column == "year" else row[column]
                            self.conn.execute(
                                f"UPDATE documents SET {column} = ? WHERE id = ?",
                                (value, doc["id"]),
                            )
                            changed += 1
        self.conn.commit()
        return changed

    def stats(self) -> dict[str, Any]:
        docs = self.documents()
        paragraphs = self.conn.execute("SELECT COUNT(*), SUM(analytic) FROM paragraphs").fetchone()
        years = sorted({d["year"] for d in docs if d["year"]})
        return {
            "documents": len(docs),
            "words": sum(d["words"] or 0 for d in docs),
            "paragraphs": paragraphs[0] or 0,
            "analytic_paragraphs": paragraphs[1] or 0,
            "years": f"{years[0]}-{years[-1]}" if years else "",
            "partnerships": len({d["partnership"] for d in docs if d["partnership"]}),
        }

    def set_tags(self, tags: dict[int, dict[str, float]]) -> None:
        """Replace every paragraph's tags (theme -> score)."""
        self.conn.execute("DELETE FROM tags")
        self.conn.executemany(
            "INSERT INTO tags (paragraph_id, theme, score) VALUES (?, ?, ?)",
            [(pid, theme, score) for pid, found in tags.items() for theme, score in found.items()],
        )
        self.conn.commit()

    def evidence(self) -> dict[int, dict[str, tuple[float, str]]]:
        """Per document and theme: the best-scoring tagged paragraph (score, text)."""
        rows = self.conn.execute(
            "SELECT p.document_id, t.theme, t.score, p.text FROM tags t "
            "JOIN paragraphs p ON p.id = t.paragraph_id ORDER BY t.score DESC, p.position"
        )
        out: dict[int, dict[str, tuple[float, str]]] = {}
        for doc_id, theme, score, text in rows:
            out.setdefault(doc_id, {}).setdefault(theme, (float(score), text))
        return out
