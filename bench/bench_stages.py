"""Where a check's time goes, and the start-up, draft and batch ratios of issue 18, in one run.

Every side runs in its own fresh process (so model loads are cold and peak memory is its own):

- ``--help`` and a cold one-paragraph ``check`` (whole process, wall time) against a bare
  ``spacy.load`` of the same pipeline (whole process);
- a ~20,000-word .docx draft, stage by stage (read, parse, each check family, scorecard,
  render), against one bare spaCy ``nlp.pipe`` pass over the same paragraphs;
- a batch of 12 drafts checked by ``check_paths`` with one worker per core against one by one.

Each side runs ``--repeat`` times in interleaved rounds; the medians and their ratios are kept,
with each round's ratios (the machine is shared: a busy spell shows as a spread).

Run: .venv/bin/python bench/bench_stages.py [--words 20000] [--batch 12] [--batch-words 3000]
Writes bench/results/stages.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_check import make_draft

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
PARAGRAPH = (
    "INTRODUCTION\n\nThe health visitor saw the baby at home on 14 March and noted a small "
    "bruise, which was not referred because the bruising protocol was not applied.\n"
)


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _stages(path: Path) -> dict[str, Any]:
    """Check one draft stage by stage in this process (the model load timed apart)."""
    from cspr_qa.checks import all_checks
    from cspr_qa.checks.summary import scorecard
    from cspr_qa.context import CheckContext
    from cspr_qa.engine import FileResult
    from cspr_qa.ingest import load_document
    from cspr_qa.nlp import get_nlp
    from cspr_qa.profile import load_profile
    from cspr_qa.report import render

    start = time.perf_counter()
    get_nlp()
    profile = load_profile()
    checks = all_checks()
    times: dict[str, float] = {"model load": time.perf_counter() - start}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        times[name] = now - mark
        mark = now

    document = load_document(path)
    lap("read")
    ctx = CheckContext(document, profile)
    ctx.parse()
    lap("parse")
    findings = []
    for check in checks:
        findings.extend(check().run(ctx))
        lap(f"check {check.name}")
    summary = scorecard(ctx)
    lap("scorecard")
    result = FileResult(path, document, findings, scorecard=summary, context=ctx)
    render([result], "json", profile)
    lap("render json")
    work = sum(v for k, v in times.items() if k != "model load")
    return {"stages_s": times, "work_s": work, "peak_mib": _peak_mib()}


def _floor(path: Path) -> dict[str, Any]:
    """One bare spaCy pass over the draft's paragraphs (the floor)."""
    import spacy

    from cspr_qa.config import spacy_model_name
    from cspr_qa.ingest import load_document

    blocks = [b.text for b in load_document(path).body_blocks()]
    start = time.perf_counter()
    pipeline = spacy.load(spacy_model_name())
    loaded = time.perf_counter()
    for _ in pipeline.pipe(blocks):
        pass
    end = time.perf_counter()
    return {"load_s": loaded - start, "work_s": end - loaded, "peak_mib": _peak_mib()}


def _batch(folder: Path, workers: int) -> dict[str, Any]:
    """Check every draft in ``folder`` (with the model load) on ``workers`` processes."""
    from cspr_qa.engine import check_paths
    from cspr_qa.profile import load_profile
    from cspr_qa.report import render

    files = sorted(folder.glob("*.docx"))
    start = time.perf_counter()
    profile = load_profile()
    results = check_paths(files, profile, workers=workers)
    assert not any(r.error for r in results)
    render(results, "json", profile)
    return {"total_s": time.perf_counter() - start, "peak_mib": _peak_mib()}


def _child(mode: str, arg: str) -> dict[str, Any]:
    if mode == "stages":
        return _stages(Path(arg))
    if mode == "floor":
        return _floor(Path(arg))
    if mode == "spacy-load":
        import spacy

        from cspr_qa.config import spacy_model_name

        spacy.load(spacy_model_name())
        return {"peak_mib": _peak_mib()}
    folder, workers = arg.split(",")
    return _batch(Path(folder), int(workers))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def _run_child(mode: str, arg: str) -> dict[str, Any]:
    """Run one side in a fresh process; its result plus the process's wall time."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, arg],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
    )
    row: dict[str, Any] = json.loads(out.stdout)
    row["wall_s"] = time.perf_counter() - start
    return row


def _run_cli(*argv: str) -> float:
    """Wall time of one whole ``cspr-qa`` process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "cspr_qa.cli", *argv], capture_output=True, check=False, env=_env()
    )
    return time.perf_counter() - start


def _median(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """The run whose ``key`` is the median (the lower middle one of an even count)."""
    return sorted(runs, key=lambda r: float(r[key]))[(len(runs) - 1) // 2]


def _median_of(values: list[float]) -> float:
    return sorted(values)[(len(values) - 1) // 2]


def _rounds(tmp: Path, folder: Path, repeat: int) -> dict[str, list[Any]]:
    """``repeat`` rounds, each running every side once, ours next to its floor (so a busy
    spell on the shared machine falls on both sides of a ratio alike)."""
    draft, paragraph = tmp / "draft.docx", tmp / "paragraph.txt"
    cores = os.cpu_count() or 1
    runs: dict[str, list[Any]] = {k: [] for k in ("load", "help", "cold", "stages", "floor")}
    runs.update(serial=[], parallel=[])
    for _ in range(repeat):
        runs["load"].append(_run_child("spacy-load", "-"))
        runs["help"].append(_run_cli("--help"))
        runs["cold"].append(_run_cli("check", str(paragraph), "--fail-on", "never"))
        runs["floor"].append(_run_child("floor", str(draft)))
        runs["stages"].append(_run_child("stages", str(draft)))
        runs["serial"].append(_run_child("batch", f"{folder},1"))
        runs["parallel"].append(_run_child("batch", f"{folder},{cores}"))
    return runs


def measure(tmp: Path, words: int, batch: int, batch_words: int, repeat: int) -> dict[str, Any]:
    """Every side ``repeat`` times, interleaved; the median of each and the ratios of the
    medians (each ratio's per-round values are kept too)."""
    words = make_draft(tmp / "draft.docx", words)
    (tmp / "paragraph.txt").write_text(PARAGRAPH, encoding="utf-8")
    folder = tmp / "batch"
    folder.mkdir()
    for i in range(batch):
        make_draft(folder / f"draft-{i:02d}.docx", batch_words, seed=i)
    runs = _rounds(tmp, folder, repeat)
    load = _median(runs["load"], "wall_s")
    help_s, cold_s = _median_of(runs["help"]), _median_of(runs["cold"])
    stages, floor = _median(runs["stages"], "work_s"), _median(runs["floor"], "work_s")
    serial, parallel = _median(runs["serial"], "total_s"), _median(runs["parallel"], "total_s")
    rounds = list(range(repeat))
    return {
        "words": words,
        "spacy_load_process_s": load["wall_s"],
        "help_process_s": help_s,
        "cold_paragraph_check_process_s": cold_s,
        "draft": stages,
        "floor": floor,
        "batch": {"drafts": batch, "words_each": batch_words, "cores": os.cpu_count() or 1},
        "batch_one_by_one": serial,
        "batch_parallel": parallel,
        "ratios": {
            "help / spacy load": help_s / load["wall_s"],
            "cold paragraph check / spacy load": cold_s / load["wall_s"],
            "draft check / spacy pass": stages["work_s"] / floor["work_s"],
            "batch speed-up (one by one / parallel)": serial["total_s"] / parallel["total_s"],
        },
        "per_round": {
            "cold paragraph check / spacy load": [
                runs["cold"][i] / runs["load"][i]["wall_s"] for i in rounds
            ],
            "draft check / spacy pass": [
                runs["stages"][i]["work_s"] / runs["floor"][i]["work_s"] for i in rounds
            ],
            "batch speed-up (one by one / parallel)": [
                runs["serial"][i]["total_s"] / runs["parallel"][i]["total_s"] for i in rounds
            ],
        },
        "load_average_after": os.getloadavg()[0],
    }


def _print(result: dict[str, Any]) -> None:
    print(f"Draft: {result['words']} words (.docx); median of {result['repeat']} rounds\n")
    print("| stage | s |")
    print("|---|---|")
    for stage, seconds in result["draft"]["stages_s"].items():
        print(f"| {stage} | {seconds:.2f} |")
    print(f"| bare spaCy pass (floor) | {result['floor']['work_s']:.2f} |\n")
    for name, ratio in result["ratios"].items():
        print(f"{name}: {ratio:.2f}")
    print(
        f"peak MiB (draft check): {result['draft']['peak_mib']:.0f}; "
        f"batch parallel: {result['batch_parallel']['peak_mib']:.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=12)
    parser.add_argument("--batch-words", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(Path(tmp), args.words, args.batch, args.batch_words, args.repeat)
    result.update(python=platform.python_version(), machine=platform.machine(), repeat=args.repeat)
    _print(result)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "stages.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
