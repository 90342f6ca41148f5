"""Catalogue: the shipped catalogue covers the corpus (7 documents); malformed entries are clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.catalogue import CatalogueError, guess_meta, load_catalogue, parse_catalogue, split_documents
from kb.errors import KbError
from kb.sources import read_source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_shipped_catalogue_lists_seven_documents():
    catalogue = load_catalogue(CORPUS / "catalogue.toml")
    assert len(catalogue.document_ids) == 7
    entry = catalogue.lookup("001_4336a2f28494eb2c.txt")
    assert entry is not None
    meta = entry.documents[0].meta
    assert (meta.code, meta.level, meta.year, meta.status) == ("OVD", "provincie", 2025, "concept")


def test_file_004_splits_into_three_documents_at_their_start_markers():
    catalogue = load_catalogue(CORPUS / "catalogue.toml")
    entry = catalogue.lookup("004_687bb01d90f8d7d4.txt")
    source = read_source(CORPUS / "004_687bb01d90f8d7d4.txt")
    ranges, warnings = split_documents(source.lines, entry)
    assert warnings == []
    # 1-based: the Visie runs 1-3206, the Nota Sociaal beleid 3207-3919, the Uitvoeringsagenda 3920-5524
    assert [(start + 1, end) for start, end in ranges] == [(1, 3206), (3207, 3919), (3920, 5524)]


def test_missing_start_marker_is_a_warning_not_a_crash():
    entry = parse_catalogue(
        '[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "AA"\ntitle = "A"\n'
        '[[file.documents]]\nid = "b"\ncode = "BB"\ntitle = "B"\nstarts_at = "^NOOIT"\n'
    ).lookup("x.txt")
    ranges, warnings = split_documents(["een", "twee"], entry)
    assert ranges[0] == (0, 2)
    assert "not found" in warnings[0]


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ("[[file]\n", "not valid TOML"),
        ('[[file]]\nfile = "x.txt"\n', "at least one"),
        ('[[file]]\nfile = "x.txt"\n[[file.documents]]\ncode = "AB"\ntitle = "T"\n', "'id'"),
        ('[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "Geen Slug"\ncode = "AB"\ntitle = "T"\n', "slug"),
        ('[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "ab"\ntitle = "T"\n', "upper-case"),
        ('[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\nlevel = "land"\n', "level"),
        ('[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\nyear = "2020"\n', "year"),
        (
            '[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\n'
            '[[file.documents]]\nid = "b"\ncode = "BC"\ntitle = "U"\n',
            "starts_at",
        ),
        (
            '[[file]]\nfile = "x.txt"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\n'
            '[[file.documents]]\nid = "b"\ncode = "BC"\ntitle = "U"\nstarts_at = "(["\n',
            "regular expression",
        ),
        (
            '[[file]]\nfile = "x.txt"\nauthor = "ik"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\n',
            "unknown",
        ),
    ],
)
def test_malformed_catalogue_names_file_and_problem(toml, problem):
    with pytest.raises(CatalogueError, match="catalogue.toml") as info:
        parse_catalogue(toml, "corpus/catalogue.toml")
    assert problem in str(info.value)
    assert isinstance(info.value, KbError)


def test_missing_catalogue_file_is_empty(tmp_path):
    assert load_catalogue(tmp_path / "catalogue.toml").entries == ()
    assert load_catalogue(None).lookup("001_4336a2f28494eb2c.txt") is None


def test_sha256_pins_the_file_version():
    sha = "0" * 64
    catalogue = parse_catalogue(
        f'[[file]]\nfile = "x.txt"\nsha256 = "{sha}"\n[[file.documents]]\nid = "a"\ncode = "AB"\ntitle = "T"\n'
    )
    assert catalogue.lookup("x.txt", sha) is not None
    assert catalogue.lookup("x.txt", "1" * 64) is None  # the file changed: do not apply stale metadata


def test_guessed_metadata_from_a_municipal_text():
    source = read_source(CORPUS / "003_fae134b49be5ca6a.txt")
    meta = guess_meta(source.text, "003_fae134b49be5ca6a.txt")
    assert meta.guessed
    assert meta.level == "gemeente"
    assert meta.issuer == "Gemeente Midden-Drenthe"
    assert meta.title != "Voorwoord"  # a front-matter heading is not the title
    assert meta.year == 2020  # the most frequent year: the policy runs 2020-2026


def test_guessed_title_skips_a_line_that_runs_on():
    # 002 opens mid-sentence ("… Midden-Drenthe (DOM) de" / "concept woonvisie …"): no title line at all
    source = read_source(CORPUS / "002_a01354a44ffa84c7.txt")
    assert guess_meta(source.text, "002_a01354a44ffa84c7.txt").title == "002_a01354a44ffa84c7"


def test_guessed_metadata_from_a_provincial_text():
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    meta = guess_meta(source.text, "001_4336a2f28494eb2c.txt")
    assert meta.level == "provincie"
    assert meta.year == 2050
    assert meta.title == "Drenthe in 2050"
