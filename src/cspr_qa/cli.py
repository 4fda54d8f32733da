"""Command line: a thin layer over the engine, the readers and the renderers."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

from . import __version__
from .chatter import DEBUG_ENV, quiet_libraries
from .datafiles import DataFiles
from .engine import FAIL_ON, FileResult, exit_code
from .errors import InputError
from .ingest import BODY_KINDS, Document, load_document
from .profile import DEFAULT_PROFILE, load_profile
from .report import FORMATS, render, write_atomic
from .report.rules import rules_json, rules_markdown, rules_text

if TYPE_CHECKING:
    from .context import CheckOptions

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EVAL_KINDS = ("documents", "sections", "pii", "smart", "themes")
#: The engines ``eval pii`` can score (``evaluate.pii.ENGINES``, named here so that the parser
#: is built without importing the analysers).
EVAL_ENGINES = ("cspr", "presidio")


def _error(message: str) -> None:
    print(f"cspr-qa: error: {message}", file=sys.stderr)


def _profile_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--profile",
        default=DEFAULT_PROFILE,
        metavar="NAME|PATH",
        help=f"built-in profile name or a .toml profile file (default {DEFAULT_PROFILE}); {what}",
    )


def _add_check(sub: Subparsers) -> None:
    check = sub.add_parser("check", help="check one or more drafts (.docx, .pdf, .txt, .md)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", metavar="PATH", help="write the report to a new file")
    _profile_option(check, "which rules apply and how severe they are")
    _list_options(check)
    check.add_argument(
        "--annotate",
        metavar="OUT.docx",
        help="also write a copy of a .docx draft with a Word comment on each finding",
    )
    check.add_argument(
        "--show-identifiers",
        action="store_true",
        help="HTML report: show identifying details instead of masking them",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when findings reach this level (default error)",
    )


def _add_redact(sub: Subparsers) -> None:
    redact = sub.add_parser(
        "redact", help="write a copy with identifying details replaced by placeholders"
    )
    redact.add_argument("file", metavar="FILE", help=".docx, .txt or .md draft")
    redact.add_argument("-o", "--output", required=True, metavar="OUT", help="the redacted copy")
    _list_options(redact)
    redact.add_argument(
        "--pseudonyms", metavar="CSV", help="original,replacement rows to use instead of [PERSON 1]"
    )
    redact.add_argument(
        "--log", metavar="CSV", help="also write a (sensitive) log of what was replaced, and where"
    )


def _add_eval(sub: Subparsers) -> None:
    evaluate = sub.add_parser("eval", help="score an analyser on a labelled JSONL file")
    evaluate.add_argument("kind", choices=EVAL_KINDS)
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument(
        "--root", metavar="DIR", help="folder for relative paths in the gold file"
    )
    evaluate.add_argument(
        "--engine",
        choices=EVAL_ENGINES,
        default="cspr",
        help="pii only: 'presidio' scores vanilla presidio on the same spaCy model (baseline)",
    )
    evaluate.add_argument(
        "--details",
        action="store_true",
        help="documents only: also list, per draft, what was missed and every false alarm",
    )


def _add_compare(sub: Subparsers) -> None:
    comparison = sub.add_parser(
        "compare", help="findings resolved, new and remaining between two drafts"
    )
    comparison.add_argument("old", metavar="OLD")
    comparison.add_argument("new", metavar="NEW")
    comparison.add_argument("--format", choices=FORMATS, default="text")
    comparison.add_argument("--output", "-o", metavar="PATH")
    _profile_option(comparison, "used for both drafts")
    comparison.add_argument("--fail-on", choices=FAIL_ON, default="error")
    comparison.add_argument(
        "--show-identifiers",
        action="store_true",
        help="show identifying details instead of masking them (every format)",
    )


def _add_corpus(sub: Subparsers) -> list[argparse.ArgumentParser]:
    corpus = sub.add_parser("corpus", help="the index of published reviews for theme mining")
    actions = corpus.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="index files and folders (unchanged files are skipped)")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--workers", type=int, default=2)
    add.add_argument(
        "--layout", action="store_true", help="read PDFs with layout analysis (slower)"
    )
    listing = actions.add_parser("list", help="the indexed reviews")
    listing.add_argument("--json", action="store_true")
    stats = actions.add_parser("stats", help="counts for the index")
    remove = actions.add_parser("remove", help="take files out of the index")
    remove.add_argument("paths", nargs="+", metavar="PATH")
    meta = actions.add_parser("meta", help="correct title/partnership/year from a CSV")
    meta.add_argument("csv", metavar="CSV")
    return [add, listing, stats, remove, meta]


def _add_themes(sub: Subparsers) -> list[argparse.ArgumentParser]:
    themes = sub.add_parser("themes", help="learn, tag and report themes across the corpus")
    actions = themes.add_subparsers(dest="action", required=True)
    fit = actions.add_parser("fit", help="learn themes (NMF) from the corpus")
    fit.add_argument("--k", default="auto", help="number of themes, or 'auto' (NPMI coherence)")
    tag = actions.add_parser("tag", help="tag paragraphs and reviews with the fixed taxonomy")
    tag.add_argument(
        "--json", action="store_true", help="print the tags and their evidence as JSON"
    )
    report = actions.add_parser("report", help="write the HTML theme report and CSV tables")
    report.add_argument("--output", "-o", default="themes-report.html")
    recurrent = actions.add_parser("recurrent", help="a draft's themes and how often they recur")
    recurrent.add_argument("draft", metavar="DRAFT")
    recurrent.add_argument("--json", action="store_true")
    return [fit, tag, report, recurrent]


def _add_small_commands(sub: Subparsers) -> None:
    serve = sub.add_parser("serve", help="start the local web app for reviewers and approvers")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: this computer only)"
    )
    serve.add_argument("--max-upload-mb", type=float, default=20.0)
    rules = sub.add_parser("rules", help="list every rule: id, default level, what it flags")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    _profile_option(rules, "its rule book, with any CSPR_QA_DATA_DIR additions")
    outline = sub.add_parser("outline", help="show the structure the tool detected in a file")
    outline.add_argument("file", metavar="FILE")
    outline.add_argument("--json", action="store_true", help="print the outline as JSON")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cspr-qa",
        description="Offline quality checks for Child Safeguarding Practice Review drafts.",
    )
    parser.add_argument("--version", action="version", version=f"cspr-qa {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_check(sub)
    _add_redact(sub)
    _add_eval(sub)
    _add_compare(sub)
    for corpus_parser in (*_add_corpus(sub), *_add_themes(sub)):
        corpus_parser.add_argument(
            "--db",
            help="corpus database (default: $CSPR_QA_CORPUS_DB or ~/.local/share/cspr-qa/corpus.sqlite)",
        )
    _add_small_commands(sub)
    return parser


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-file", metavar="FILE", help="terms never to flag (one a line): agreed pseudonyms"
    )
    parser.add_argument(
        "--deny-file", metavar="FILE", help="terms always to flag (one a line): the family's names"
    )


def _list_terms(args: argparse.Namespace) -> CheckOptions | None:
    """The reviewer's term lists, or None without any (a bad draft then loads no analyser)."""
    if not (args.allow_file or args.deny_file):
        return None
    from .context import CheckOptions
    from .pii.detector import read_term_file

    return CheckOptions(
        allow_terms=tuple(read_term_file(args.allow_file)) if args.allow_file else (),
        deny_terms=tuple(read_term_file(args.deny_file)) if args.deny_file else (),
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from .engine import check_paths
    from .report.annotate import annotate_docx
    from .report.render import render_text

    profile = load_profile(args.profile)
    options = _list_terms(args)
    if args.annotate and len(args.files) != 1:
        raise InputError(
            args.annotate, "can annotate one draft at a time", "Check one .docx with --annotate"
        )
    results: list[FileResult] = check_paths(args.files, profile, options)
    for result in results:
        if result.error:
            _error(result.error.line())
    if args.annotate and results[0].document is not None:
        copy = annotate_docx(Path(args.files[0]), results[0], profile.files)
        written = write_atomic(args.annotate, copy, protect=args.files)
        print(f"Annotated copy written to {written}", file=sys.stderr)
    if args.output:
        text = render(results, args.format, profile, show_identifiers=args.show_identifiers)
        written = write_atomic(args.output, text, protect=args.files)
        print(f"Report written to {written}", file=sys.stderr)
    elif args.format == "text":
        render_text(results, Console(highlight=False, soft_wrap=not sys.stdout.isatty()))
    else:
        sys.stdout.write(
            render(results, args.format, profile, show_identifiers=args.show_identifiers)
        )
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


def _cmd_redact(args: argparse.Namespace) -> int:
    from .pii.redact import read_pseudonyms, write_log
    from .service import redact_path

    source = Path(args.file)
    pseudonyms = read_pseudonyms(args.pseudonyms) if args.pseudonyms else None
    done = redact_path(source, load_profile(), _list_terms(args), pseudonyms)
    written = write_atomic(args.output, done.data, protect=[source])
    print(
        f"Redacted {len(done.found)} identifying detail(s) as {len(done.plan.mapping)} "
        f"placeholder(s); comments, tracked changes and identifying properties removed. "
        f"Wrote {written}"
    )
    if args.log:
        log = write_atomic(args.log, write_log(done.plan), protect=[source, written])
        print(f"Redaction log (SENSITIVE: it holds the originals) written to {log}")
    return 0


def _cmd_compare(args: argparse.Namespace) -> int:
    from .report.compare import compare_text
    from .report.html import render_compare_html
    from .report.mask import mask_comparison
    from .service import compare_paths

    old, new, data = compare_paths(args.old, args.new, load_profile(args.profile))
    for result in (old, new):
        if result.error:
            _error(result.error.line())
    if data is None:
        return 2
    shown = data if args.show_identifiers else mask_comparison(data)
    if args.format == "json":
        text = json.dumps(shown, indent=2, ensure_ascii=False) + "\n"
    elif args.format == "html":
        text = render_compare_html(data, show_identifiers=args.show_identifiers)
    else:
        text = compare_text(shown)
    if args.output:
        written = write_atomic(args.output, text, protect=[args.old, args.new])
        print(f"Comparison written to {written}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return exit_code([new], args.fail_on)


def _cmd_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from .web.app import create_app

    print("Loading the language models…", file=sys.stderr)
    app, token = create_app(max_upload_mb=args.max_upload_mb)
    logging.basicConfig(level=logging.INFO, format="cspr-qa: %(message)s")
    print(f"Open http://{args.host}:{args.port}/{token}/ in your browser. Press Ctrl+C to stop.")
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="warning")
    return 0


def _cmd_corpus(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from . import themes as theme_api
    from .themes.index import CorpusIndex

    if args.action == "add":
        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("Indexing", total=None)
            summary = theme_api.add(
                args.paths,
                args.db,
                workers=args.workers,
                layout=args.layout,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        print(
            f"{summary.added} added, {summary.updated} updated, {summary.skipped} unchanged, "
            f"{len(summary.failed)} could not be read"
        )
        for line in summary.failed:
            _error(line)
        return 2 if summary.failed else 0
    index = CorpusIndex(args.db)
    try:
        if args.action == "list":
            docs = index.documents()
            if args.json:
                print(json.dumps(docs, indent=2, ensure_ascii=False))
            for d in [] if args.json else docs:
                print(
                    f"{d['year'] or '----'}  {d['partnership'] or '(unknown)':<24} {d['words']:>7} words  {d['path']}"
                )
        elif args.action == "stats":
            for key, value in index.stats().items():
                print(f"{key}: {value}")
        elif args.action == "remove":
            print(f"{index.remove(args.paths)} removed")
        else:
            print(f"{index.correct_metadata(args.csv)} field(s) corrected")
    finally:
        index.close()
    return 0


def _print_review_tags(reviews: list[dict[str, Any]]) -> None:
    """Each review's title, then each of its themes with the quoted paragraph behind it."""
    for review in reviews:
        print(
            f"\n{review['title']} ({review['partnership'] or 'unknown'}, {review['year'] or '----'})"
        )
        for t in review["themes"] or [{"name": "no theme", "quote": ""}]:
            print(f"  {t['name']}" + (f" ({t['paragraphs']} paragraphs)" if t["quote"] else ""))
            if t["quote"]:
                print(
                    textwrap.fill(
                        f'"{t["quote"]}"', 100, initial_indent="      ", subsequent_indent="      "
                    )
                )


def _cmd_themes_tag(args: argparse.Namespace) -> int:
    from . import themes as theme_api

    counts = theme_api.tag(args.db)
    reviews = theme_api.review_tags(args.db)
    mapping = theme_api.learned_vs_taxonomy(args.db)
    if args.json:
        data = {"reviews_per_theme": counts, "reviews": reviews, "learned": mapping}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    names = theme_api.taxonomy(DataFiles())
    print(f"Reviews carrying each theme (of {len(reviews)}):")
    for theme, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {names.get(theme, theme):<52} {n:>4}")
    _print_review_tags(reviews)
    if mapping:
        print("\nLearned themes (coherence) and the taxonomy themes among their paragraphs:")
    for row in mapping:
        closest = ", ".join(f"{x['name']} {x['share']:.0%}" for x in row["taxonomy"]) or "none"
        print(f"  {row['label']} ({row['coherence']:.2f})\n      -> {closest}")
    return 0


def _cmd_themes(args: argparse.Namespace) -> int:
    from . import themes as theme_api

    if args.action == "fit":
        k: int | str = "auto" if args.k == "auto" else int(args.k)
        model = theme_api.fit(args.db, k)
        print(
            f"{model.k} themes"
            + (f" (NPMI coherence by k: {model.coherence_})" if model.coherence_ else "")
        )
        for i, terms in enumerate(model.top_terms(8), start=1):
            print(f"  {i:>2}. {', '.join(terms)}")
    elif args.action == "tag":
        return _cmd_themes_tag(args)
    elif args.action == "report":
        written = theme_api.report(args.db, args.output)
        print(f"Theme report written to {written} (CSV tables beside it)")
    else:
        data = theme_api.recurrent(args.draft, args.db)
        if args.json:
            print(json.dumps(data, indent=2, ensure_ascii=False))
            return 0
        print(f"{args.draft}: themes against {data['corpus_documents']} published reviews")
        for t in data["themes"]:
            print(f"  {t['name']}: in {t['reviews_sharing']} review(s) ({t['share']:.0%})")
            for near in t["nearest"]:
                print(f"      e.g. {near['title']} ({near['partnership']}, {near['year']})")
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    render_rules = {"text": rules_text, "json": rules_json, "markdown": rules_markdown}
    sys.stdout.write(render_rules[args.format](profile.book))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import documents as documents_eval
    from .evaluate import pii as pii_eval
    from .evaluate import sections as sections_eval
    from .evaluate import smart as smart_eval
    from .evaluate import themes as themes_eval
    from .evaluate.gold import gold_root, read_gold

    if args.kind == "documents":
        records = read_gold(args.gold, ("file", "identifiers", "recommendations"))
        result = documents_eval.evaluate(
            records, gold_root(args.gold, args.root), details=args.details
        )
        lines = documents_eval.summary(result)
    elif args.kind == "sections":
        records = read_gold(args.gold, ("file", "elements"))
        result = sections_eval.evaluate(records, gold_root(args.gold, args.root))
        lines = sections_eval.summary(result)
    elif args.kind == "smart":
        result = smart_eval.evaluate(read_gold(args.gold, ("text",)))
        lines = smart_eval.summary(result)
    elif args.kind == "themes":
        result = themes_eval.evaluate(read_gold(args.gold, ("text", "themes")))
        lines = themes_eval.summary(result)
    else:
        result = pii_eval.evaluate(read_gold(args.gold, ("text", "spans")), args.engine)
        lines = [f"(engine {args.engine})", *pii_eval.summary(result)]
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    console = Console(highlight=False)
    console.print(f"[bold]{args.kind}[/] on {escape(args.gold)}")
    for line in lines:
        console.print(escape(line))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    quiet_libraries()
    commands = {
        "check": _cmd_check,
        "outline": _cmd_outline,
        "redact": _cmd_redact,
        "eval": _cmd_eval,
        "rules": _cmd_rules,
        "compare": _cmd_compare,
        "serve": _cmd_serve,
        "corpus": _cmd_corpus,
        "themes": _cmd_themes,
    }
    try:
        return commands[args.command](args)
    except InputError as exc:
        _error(exc.line())
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 2
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        sys.stderr.close()
        return 0
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
