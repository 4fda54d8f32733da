"""Command line: a thin layer over the engine, the readers and the renderers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

from . import __version__
from .engine import FAIL_ON, FileResult, check_path, exit_code
from .errors import InputError
from .ingest import BODY_KINDS, Document, load_document
from .profile import DEFAULT_PROFILE, load_profile
from .report import FORMATS, render, write_atomic
from .report.render import render_text

DEBUG_ENV = "CSPR_QA_DEBUG"


def _error(message: str) -> None:
    print(f"cspr-qa: error: {message}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cspr-qa",
        description="Offline quality checks for Child Safeguarding Practice Review drafts.",
    )
    parser.add_argument("--version", action="version", version=f"cspr-qa {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check one or more drafts (.docx, .pdf, .txt, .md)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", metavar="PATH", help="write the report to a new file")
    check.add_argument(
        "--profile",
        default=DEFAULT_PROFILE,
        metavar="NAME|PATH",
        help=f"built-in profile name or a .toml profile file (default {DEFAULT_PROFILE})",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when findings reach this level (default error)",
    )

    outline = sub.add_parser("outline", help="show the structure the tool detected in a file")
    outline.add_argument("file", metavar="FILE")
    outline.add_argument("--json", action="store_true", help="print the outline as JSON")
    return parser


def _cmd_check(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    results: list[FileResult] = []
    for name in args.files:
        result = check_path(name, profile)
        if result.error:
            _error(result.error.line())
        results.append(result)
    if args.output:
        text = render(results, args.format, profile)
        written = write_atomic(args.output, text, protect=args.files)
        print(f"Report written to {written}", file=sys.stderr)
    elif args.format == "text":
        render_text(results, Console(highlight=False, soft_wrap=not sys.stdout.isatty()))
    else:
        sys.stdout.write(render(results, args.format, profile))
    return exit_code(results, args.fail_on)


def outline_dict(document: Document) -> dict[str, object]:
    """The detected structure: sections with how each heading was found, and the file's parts."""
    parts = Counter(b.kind.value for b in document.blocks if b.kind not in BODY_KINDS)
    return {
        "file": str(document.source),
        "format": document.format,
        "words": document.word_count,
        "pages": document.page_count,
        "sections": [
            {
                "title": s.title,
                "level": s.level,
                "detected_by": s.detected_by,
                "path": document.section_path(s.index),
                "blocks": len(s.block_indices),
                "words": sum(len(document.blocks[i].text.split()) for i in s.block_indices),
            }
            for s in document.sections
        ],
        "other_parts": dict(sorted(parts.items())),
    }


def _cmd_outline(args: argparse.Namespace) -> int:
    document = load_document(args.file)
    data = outline_dict(document)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    pages = f", {document.page_count} pages" if document.page_count else ""
    root = Tree(
        f"[bold]{escape(str(document.source))}[/] ({document.format}, {document.word_count} words{pages})"
    )
    nodes: dict[int, Tree] = {}
    for section in document.sections:
        parent = nodes.get(section.parent) if section.parent is not None else root
        words = sum(len(document.blocks[i].text.split()) for i in section.block_indices)
        label = (
            f"{escape(section.title)} [dim](level {section.level}, {section.detected_by}, "
            f"{len(section.block_indices)} blocks, {words} words)[/]"
        )
        nodes[section.index] = (parent or root).add(label)
    console = Console(highlight=False)
    console.print(root)
    others = data["other_parts"]
    assert isinstance(others, dict)
    if others:
        console.print(
            "Other parts of the file: " + ", ".join(f"{k}: {v}" for k, v in others.items())
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _cmd_check(args)
        return _cmd_outline(args)
    except InputError as exc:
        _error(exc.line())
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 2
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _error(
            f"internal error ({type(exc).__name__}: {exc}). Set {DEBUG_ENV}=1 for details and "
            "report it"
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
