"""Shared fixtures: every test gets its own corpus path; `run` drives the real CLI."""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir
from typer.testing import CliRunner

from parktool.cli import main

# Hypothesis keeps its caches and example database in a folder of its own for the run, removed
# after: the suite leaves nothing behind in the work tree.
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="parktool-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def corpus_path(tmp_path, monkeypatch) -> Path:
    """PARKTOOL_DB points at a fresh path in tmp: no test touches a real corpus."""
    path = tmp_path / "corpus.db"
    monkeypatch.setenv("PARKTOOL_DB", str(path))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return path


def run(*args: str, input: bytes | str | None = None) -> Result:
    """Run `parktool ARGS` in this process, as a user would: exit code, stdout, stderr."""
    runner = CliRunner()
    with runner.isolation(input=input) as (out, err, *_):
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


@pytest.fixture
def cli():
    return run


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
