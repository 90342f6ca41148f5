"""Shared fixtures: settings on tmp_path, a tiny corpus copy, a knowledge base built with the hash embedder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.settings import Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


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
