"""Shared fixtures: settings on tmp_path, a tiny corpus copy, a knowledge base built with the hash embedder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from kb.settings import Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test runs without the developer's KB_* variables and outside the repository (no kb.toml of the
    working directory leaks in; relative paths land in a scratch folder)."""
    for name in [n for n in os.environ if n.startswith("KB_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings that build into tmp_path with the fast deterministic hash embedder (no kb.toml, no env)."""
    return load_settings(config_file=tmp_path / "absent.toml", environ={}, index_dir=tmp_path / "idx", embedder="hash")


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """The two small corpus documents (000 and 002) plus the catalogue, copied to tmp_path/corpus."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in sorted(p.name for p in CORPUS.iterdir()):
        if name.startswith(("000_", "002_")) or name == "catalogue.toml":
            shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def corpus_kb(tmp_path_factory: pytest.TempPathFactory):
    """The whole shipped corpus built once per test session with the hash embedder (read-only: don't modify)."""
    from kb.knowledge import KnowledgeBase
    from kb.pipeline import build

    root = tmp_path_factory.mktemp("corpus_kb")
    settings = load_settings(config_file=root / "absent.toml", environ={}, index_dir=root / "idx", embedder="hash")
    report = build([CORPUS], settings)
    assert report.documents >= 7, report.to_dict()
    kb = KnowledgeBase.open(settings)
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def app(corpus_kb) -> Flask:
    """The web app serving the corpus knowledge base."""
    from web import create_app

    application = create_app(corpus_kb.settings, kb=corpus_kb)
    application.config["TESTING"] = True
    return application


@pytest.fixture(scope="session")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def kb_cli(runner: CliRunner, corpus_kb) -> Iterator[object]:
    """Run a kb command against the corpus knowledge base: kb_cli("items", "--json")."""
    from kb.cli import main

    def run(*args: str):
        return runner.invoke(main, [*args, "--index", str(corpus_kb.index_dir)])

    yield run


@pytest.fixture
def make_pdf():
    """Write a small PDF (reportlab) with one list of text lines per page: the first line at the top as a
    heading, the rest below it."""

    def make(path: Path, pages: list[list[str]]) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        pdf = canvas.Canvas(str(path), pagesize=A4)
        for number, lines in enumerate(pages):
            if number:
                pdf.showPage()
            for row, text in enumerate(lines):
                pdf.drawString(72, 800 if row == 0 else 790 - 20 * row, text)
        pdf.save()
        return path

    return make
