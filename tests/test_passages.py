"""Passages: every passage is real text of its cited source lines, inside one section, about the target size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.catalogue import load_catalogue
from kb.ingest import ingest_text, parse_file
from kb.models import DocumentMeta
from kb.sources import read_source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


CHUNK_WORDS = 120  # smaller than the default, so the stage is checked on more (and shorter) passages


@pytest.fixture(scope="module")
def corpus():
    catalogue = load_catalogue(CORPUS / "catalogue.toml")
    result = []
    for path in sorted(CORPUS.glob("*.txt")):
        source = read_source(path)
        for document in parse_file(path, catalogue, f"corpus/{path.name}", chunk_words=CHUNK_WORDS)[0]:
            result.append((source, document))
    return result


def words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W_]+", text)]


def test_every_passage_is_recoverable_from_its_cited_source_lines(corpus):
    """The user-facing promise: open the cited lines and find the passage's words there, in order."""
    failures = []
    checked = 0
    for source, document in corpus:
        for passage in document.passages:
            cited = "".join(source.lines[passage.line_start - 1 : passage.line_end])
            haystack = "".join(words(cited))
            position = 0
            for word in words(passage.text):
                found = haystack.find(word, position)
                if found < 0:
                    failures.append((passage.id, passage.line_start, passage.line_end, word))
                    break
                position = found + len(word)
            checked += 1
    assert checked > 400
    assert failures == []


def test_passages_never_cross_sections_or_documents(corpus):
    for _, document in corpus:
        sections = {s.id: s for s in document.sections}
        for passage in document.passages:
            assert passage.document_id == document.document.id
            section = sections[passage.section_id]
            assert section.char_start <= passage.char_start and passage.char_end <= max(section.char_end, 1) + 1
            assert passage.section_path == section.path


def test_passage_sizes_follow_the_target(corpus):
    sizes = [len(p.text.split()) for _, d in corpus for p in d.passages]
    assert max(sizes) <= 240
    median = sorted(sizes)[len(sizes) // 2]
    assert 60 <= median <= 130


def test_heading_text_is_not_a_passage_of_its_own(corpus):
    for _, document in corpus:
        labels = {s.label for s in document.sections}
        assert not any(p.text in labels for p in document.passages)


def test_passage_ids_are_unique_and_stable(corpus):
    ids = [p.id for _, d in corpus for p in d.passages]
    assert len(ids) == len(set(ids))
    text = (CORPUS / "000_3a1cf1ea41768c51.txt").read_text(encoding="utf-8")
    meta = DocumentMeta(id="toekomstvisie", code="TMD", title="Toekomstvisie")
    first = ingest_text(text, meta)
    again = ingest_text(text, meta)
    assert [p.id for p in first.passages] == [p.id for p in again.passages]
    # an edit elsewhere in the document keeps the ids of unchanged passages
    edited = ingest_text(text.replace("naoberschap 2.0", "naoberschap 3.0"), meta)
    unchanged = {p.id for p in first.passages} & {p.id for p in edited.passages}
    assert len(unchanged) >= len(first.passages) - 2


def test_chunk_size_is_a_parameter():
    text = (CORPUS / "002_a01354a44ffa84c7.txt").read_text(encoding="utf-8")
    meta = DocumentMeta(id="dom", code="DOM", title="Reactie DOM")
    small = ingest_text(text, meta, chunk_words=40)
    large = ingest_text(text, meta, chunk_words=200)
    assert len(small.passages) > len(large.passages) >= 1
    assert max(len(p.text.split()) for p in small.passages) <= 80


def test_bullets_stay_whole(corpus):
    document = next(d for _, d in corpus if d.document.id == "omgevingsvisie-drenthe-2050")
    for block in document.blocks:
        if block.kind != "bullet":
            continue
        containing = [p for p in document.passages if p.char_start <= block.char_start < p.char_end]
        assert len(containing) == 1
        assert containing[0].char_end >= block.char_end


def test_exact_duplicates_in_one_document_get_distinct_ids():
    text = "Eerste alinea met genoeg woorden om een passage te vormen.\n\n" * 2
    parsed = ingest_text(text, DocumentMeta(id="dubbel", code="DUB", title="Dubbel"), chunk_words=10)
    ids = [p.id for p in parsed.passages]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_a_request_lead_in_starts_the_passage_of_its_bullets(corpus):
    document = next(d for _, d in corpus if d.document.id == "omgevingsvisie-drenthe-2050")
    passage = next(p for p in document.passages if p.line_start <= 877 <= p.line_end)
    assert passage.text.startswith("Wij vragen Gedeputeerde Staten • Stel een programma op")
    assert passage.section_path[-1] == "4.1.2 Beweging naar een toekomstbestendig landbouwsysteem"


def test_a_small_tail_joins_the_passage_before_it(corpus):
    # 001 l.224 "Cultuur Cultuurnota 2025-2028" is the last row of Tabel 1.1: not a three-word passage of its own
    document = next(d for _, d in corpus if d.document.id == "omgevingsvisie-drenthe-2050")
    passage = next(p for p in document.passages if p.line_start <= 224 <= p.line_end)
    assert passage.line_start < 224 and passage.text.endswith("Cultuur Cultuurnota 2025-2028")


def test_a_line_read_as_a_heading_that_is_content_can_be_quoted_from_its_passage():
    text = (
        "1 Inleiding\n\nDe provincie wil de kleine kernen leefbaar houden en werkt daarvoor samen met de gemeenten.\n\n"
        "2.1 Verstrekken van een versnellingsbijdrage van € 10.000 per betaalbare woning in kleine kernen\n"
        "    (€ 3.000.000)\n\n"
        "2.2 Wonen\n\nDe gemeenten bouwen samen met de corporaties woningen voor starters en ouderen.\n"
    )
    document = ingest_text(text, DocumentMeta(id="proef", code="PRF", title="Proef"))
    titles = {s.title for s in document.sections}
    joined = " ".join(" ".join(p.text.split()) for p in document.passages)
    assert any(t and t.startswith("Verstrekken") for t in titles)  # the structure reads the measure as a heading
    assert "2.1 Verstrekken van een versnellingsbijdrage van € 10.000 per betaalbare woning" in joined
    assert not any(p.text.strip() == "2.2 Wonen" for p in document.passages)  # a real title stays a title
