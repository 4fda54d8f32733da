"""The built wheel, installed outside the checkout, carries its models and data and runs a full
check; the test suite's fixture builders do not ship in it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    shutil.copytree(ROOT, build / "src-tree", ignore=shutil.ignore_patterns(".venv", ".git", "out"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(build / "src-tree"),
        ],
        check=True,
    )
    (built,) = out.glob("cspr_qa-*.whl")
    return built


def test_wheel_ships_models_and_no_test_builders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "cspr_qa/data/models/content_elements.joblib" in names
    assert "cspr_qa/data/models/themes_tagger.joblib" in names
    assert "cspr_qa/data/pii/allow.toml" in names
    assert not [n for n in names if "synth" in n or n.startswith("tests/")]


def test_installed_wheel_runs_a_full_check_outside_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
    )
    draft = shutil.copy(SAMPLES / "child-r-draft.docx", tmp_path / "draft.docx")
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("CSPR_QA_MODELS_DIR", None)
    where = subprocess.run(
        [sys.executable, "-c", "import cspr_qa; print(cspr_qa.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(site))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cspr_qa.cli",
            "check",
            str(draft),
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    (checked,) = report["files"]
    present = {e["id"] for e in checked["scorecard"]["elements"] if e["present"]}
    assert {"recommendations", "learning"} <= present
