"""Hybrid search: fusion, filters, tag-aware boosting, per-document diversity, near-duplicate collapse, bad input."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kb.embed import HashEmbedder, make_embedder
from kb.errors import IndexMissingError, ModelMismatchError, UsageError
from kb.filters import MAX_QUERY_CHARS, PASSAGES, check_query, select
from kb.index import build_index
from kb.models import Document, Hit, Passage, Section
from kb.records import hit_record
from kb.search import INTENT_RULES, Ranking, SearchEngine, detect_intents, near_duplicate
from kb.search import _shingles as shingles
from kb.settings import Settings


def document(doc_id: str, level: str, year: int, issuer: str) -> Document:
    return Document(
        id=doc_id, code=doc_id[:3].upper(), title=f"Titel {doc_id}", issuer=issuer, level=level, year=year,
        doc_type="visie", status=None, source=f"corpus/{doc_id}.txt", line_start=1, line_end=500,
        page_start=1, page_end=9, content_hash="x",
    )  # fmt: skip


def passage(doc_id: str, number: int, text: str, section: tuple[str, ...] = ("1 Inleiding",)) -> Passage:
    return Passage(
        id=f"{doc_id}-{number}", document_id=doc_id, section_id=None, section_path=section, ordinal=number,
        text=text, line_start=number * 10 + 1, line_end=number * 10 + 4, page_start=2, page_end=2,
        char_start=number * 1000, char_end=number * 1000 + len(text),
    )  # fmt: skip


REPEATED = (
    "Het Kennisplatform Burgerkracht ondersteunt dorpen en wijken bij initiatieven van inwoners en deelt kennis "
    "over wat werkt in krimpgebieden."
)


@dataclass
class FakeKnowledgeBase:
    """The parts of kb.knowledge.KnowledgeBase that the search engine and the filter registry read."""

    index_dir: Path
    settings: Settings
    docs: list[Document]
    items: list[Passage]
    passage_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def documents(self) -> list[Document]:
        return self.docs

    def passages(self) -> list[Passage]:
        return self.items

    def tags_of(self, passage_id: str) -> tuple[str, ...]:
        return self.passage_tags.get(passage_id, ())

    def sections(self) -> list[Section]:
        labels = sorted({label for p in self.items for label in p.section_path})
        return [
            Section(f"s{i}", p_doc, i, label.split()[0], label, 1, None, (label,), 1, 1, None, None, 0, 0)
            for i, (label, p_doc) in enumerate((label, "x") for label in labels)
        ]

    def passage_types(self) -> set[str]:
        kinds = {t for tags in self.passage_tags.values() for t in tags if not t.startswith("theme:")}
        return kinds | {d.doc_type for d in self.docs if d.doc_type}

    def passage_themes(self) -> set[str]:
        return {t[6:] for tags in self.passage_tags.values() for t in tags if t.startswith("theme:")}

    def item_types(self) -> set[str]:
        return set()

    def item_themes(self) -> set[str]:
        return set()

    def engine(self, ranking: Ranking | None = None) -> SearchEngine:
        engine = SearchEngine.load(self, make_embedder(self.settings))
        if ranking is not None:
            engine.ranking = ranking
        return engine


def search(kb, query, k=10, filters=None, engine=None) -> list[Hit]:
    """What KnowledgeBase.search does: validate the filters with the registry, then run the engine."""
    engine = engine if engine is not None else kb.engine()
    return engine.search(query, k, select(kb, filters, PASSAGES))[0]


@pytest.fixture
def kb(tmp_path: Path) -> FakeKnowledgeBase:
    docs = [
        document("provincie", "provincie", 2025, "Provinciale Staten van Drenthe"),
        document("gemeente", "gemeente", 2020, "Gemeente Midden-Drenthe"),
        document("dorpen", "maatschappelijke organisatie", 2021, "Dorpenoverleg"),
    ]
    passages = [
        passage("provincie", 0, "Wij vragen Gedeputeerde Staten een woningbouwprogramma op te stellen voor kernen.",
                ("4 Bewegingen", "4.2.2 Verstedelijking")),
        passage("provincie", 1, "Het natuurnetwerk wordt versterkt met nieuwe verbindingen tussen natuurgebieden.",
                ("4 Bewegingen", "4.1.3 Natuursysteem")),
        passage("provincie", 2, "Woningbouw in kleine kernen helpt starters en ouderen om in hun dorp te blijven.",
                ("4 Bewegingen", "4.2.2 Verstedelijking")),
        passage("provincie", 3, "Woningbouw en woningbouwprogramma's in de kernen: meer woningen voor starters.",
                ("4 Bewegingen", "4.2.2 Verstedelijking")),
        passage("gemeente", 0, "De gemeente wil meer woningen bouwen voor starters in de kleine dorpen.",
                ("2 Wonen",)),
        passage("gemeente", 1, "Voor dorpsinitiatieven is jaarlijks een budget van € 20.420,00 beschikbaar.",
                ("5 Financiën",)),
        passage("gemeente", 2, REPEATED, ("3 Samenwerking",)),
        passage("gemeente", 3, REPEATED + " ", ("Bijlage",)),
        passage("dorpen", 0, "Het dorpenoverleg vraagt de gemeente inwoners als partners te noemen in de woonvisie.",
                ("Reactie",)),
    ]  # fmt: skip
    tags = {
        "provincie-0": ("request_gs", "theme:wonen"),
        "gemeente-1": ("budget",),
        "gemeente-0": ("goal", "theme:wonen"),
    }
    settings = Settings(index_dir=tmp_path / "idx", embedder="hash")
    build_index(passages, settings.index_dir, HashEmbedder(), settings)
    return FakeKnowledgeBase(settings.index_dir, settings, docs, passages, tags)


def ids(hits) -> list[str]:
    return [hit.passage.id for hit in hits]


def test_search_returns_ranked_hits_with_citations(kb):
    hits = search(kb, "Gedeputeerde Staten woningbouwprogramma opstellen", k=3)
    assert hits[0].passage.id == "provincie-0"
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].score >= hits[1].score >= hits[2].score
    citation = hits[0].citation
    assert citation.document_title == "Titel provincie" and citation.lines == (1, 4)
    assert citation.section == "4 Bewegingen › 4.2.2 Verstedelijking" and citation.pages == (2,)
    assert hits[0].tags == ("request_gs", "theme:wonen")


def test_cross_document_question_shows_every_document_that_answers(kb):
    hits = search(kb, "woningen bouwen voor starters in kleine dorpen", k=3)
    # the province has three passages on it, but the municipality's one answer must not be pushed out
    assert {"provincie", "gemeente"} <= {h.document.id for h in hits}


def test_an_english_question_finds_the_dutch_passage_through_the_glossary(kb):
    # lexical only, so the hash embedder's noise cannot decide: "nature" must reach "natuurnetwerk/natuurgebieden"
    engine = kb.engine(Ranking(dense_weight=0.0))
    hits = search(kb, "How does the province connect its nature areas?", k=3, engine=engine)
    assert hits and hits[0].passage.id == "provincie-1"


def test_a_passage_is_scored_by_its_best_sentence_too(kb):
    engine = kb.engine()
    query = "Woningbouw in kleine kernen helpt starters"
    vector = engine.query_vector(query)
    best = engine.index.sentence_best(vector)
    assert best is not None and len(best) == len(engine.passages)
    for position in range(len(engine.passages)):
        _spans, vectors = engine.index.sentences(position)
        assert best[position] == pytest.approx(float((vectors @ vector).max()), abs=1e-5)
    # with the sentence retriever alone deciding, the ranking follows the best sentences
    alone = Ranking(dense_weight=1e-9, lexical_weight=0.0, sentence_weight=1.0, tag_boost=0.0, document_decay=1.0)
    pool = engine.candidates(query, None, alone)
    assert [c.position for c in pool][:3] == [int(p) for p in (-best).argsort(kind="stable")[:3]]
    assert all(c.sentence_score == pytest.approx(max(float(best[c.position]), 0.0)) for c in pool)
    # without it, fusion is the dense and lexical parts only
    without = engine.candidates(query, None, Ranking(sentence_weight=0.0))
    assert all(c.sentence_rank is None and c.sentence_score == 0.0 for c in without)


def test_near_duplicates_are_collapsed(kb):
    hits = search(kb, "Kennisplatform Burgerkracht initiatieven van inwoners", k=5)
    assert len([h for h in hits if h.passage.text.strip() == REPEATED]) == 1


def test_near_duplicate_rule():
    text = "Breedband wordt steeds meer gezien als basisvoorziening voor wonen en werken op het platteland."
    assert near_duplicate(shingles(text), shingles(text + " Zie ook bijlage 2."))
    # a lower-ranked passage repeated inside one already shown adds nothing
    assert near_duplicate(shingles(text), shingles("Inleiding. " + text + " En verder nog meer tekst hier."))
    # but one that holds the shown passage and says more is kept (file 004 repeats the breedband instruments
    # of the visie, without its first paragraph, in the uitvoeringsagenda)
    longer = "Open breedbandnetwerken zijn van essentieel belang voor de economie en het onderwijs. " + text
    assert not near_duplicate(shingles(longer), shingles(text))
    assert not near_duplicate(shingles(text), shingles("Het natuurnetwerk wordt versterkt met nieuwe verbindingen."))


@pytest.mark.parametrize(
    ("question", "tag"),
    [
        # 001 §4.1.2 heading "Wij vragen Gedeputeerde Staten"; users ask it many ways
        ("Welke verzoeken aan GS staan in de omgevingsvisie?", "request_gs"),
        ("Wat vragen Provinciale Staten aan Gedeputeerde Staten over landbouw?", "request_gs"),
        ("Gedeputeerde Staten wordt gevraagd om wat?", "request_gs"),
        ("What requests are made to the provincial executive?", "request_gs"),
        ("Welk budget is er voor dorpsinitiatieven?", "budget"),
        ("Hoeveel geld gaat naar breedband?", "budget"),
        ("Wat zijn de doelen voor laaggeletterdheid?", "goal"),
        ("Welke acties staan in de uitvoeringsagenda?", "action"),
        ("Welke maatregelen voor zorg in krimpgebieden?", "action"),
        ("Welke moties heeft PS aangenomen?", "decision"),
    ],
)
def test_intent_rules_detect_the_kind_of_item_asked_for(question, tag):
    assert tag in detect_intents(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wat is de rol van Gedeputeerde Staten bij krimp?",  # mentions GS but asks for no request
        "Hoe ziet het dorpenbeleid eruit?",
        "breedband buitengebied",
    ],
)
def test_intent_rules_stay_quiet_when_no_kind_is_asked_for(question):
    assert detect_intents(question) == ()


def test_every_intent_rule_has_a_tag():
    assert all(tag for _, tag in INTENT_RULES)


def test_tag_boost_lifts_passages_of_the_asked_kind(kb):
    engine = kb.engine()
    plain = ids(engine.search("Welk budget voor dorpen?", 5, None, Ranking(tag_boost=0.0))[0])
    boosted = ids(engine.search("Welk budget voor dorpen?", 5, None, Ranking(tag_boost=1.0))[0])
    assert boosted[0] == "gemeente-1"
    assert boosted.index("gemeente-1") <= plain.index("gemeente-1")


@pytest.mark.parametrize(
    ("filters", "documents"),
    [
        ({"document": "gemeente"}, {"gemeente"}),
        ({"document": "PRO"}, {"provincie"}),  # by code, any case
        ({"level": "provincie"}, {"provincie"}),
        ({"issuer": "dorpenoverleg"}, {"dorpen"}),
        ({"year": "2020"}, {"gemeente"}),
        ({"type": "budget"}, {"gemeente"}),
        ({"theme": "wonen"}, {"provincie", "gemeente"}),
        ({"section": "4.2"}, {"provincie"}),
    ],
)
def test_filters_keep_only_matching_passages(kb, filters, documents):
    hits = search(kb, "woningen starters budget dorpen", k=10, filters=filters)
    assert hits and {h.document.id for h in hits} <= documents


def test_section_filter_matches_a_label_prefix(kb):
    hits = search(kb, "woningbouw", k=10, filters={"section": "4.2.2"})
    assert hits and all(any(label.startswith("4.2.2") for label in h.passage.section_path) for h in hits)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"level": "wereld"}, "known values: gemeente"),
        ({"document": "nope"}, "Unknown document"),
        ({"year": "twintig"}, "needs a year"),
        ({"year": "1999"}, "Unknown year"),
        ({"type": "poem"}, "Unknown type"),
        ({"theme": "ruimtevaart"}, "Unknown theme"),
        ({"section": "9.9"}, "No section starts with"),
        ({"colour": "blue"}, "Unknown filter"),
        ({"level": "x" * 201}, "too long"),
    ],
)
def test_unknown_filter_values_are_usage_errors(kb, filters, message):
    with pytest.raises(UsageError, match=message):
        search(kb, "woningbouw", filters=filters)


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "?!", None])
def test_empty_queries_are_usage_errors(kb, query):
    with pytest.raises(UsageError):
        search(kb, query)


def test_a_100kb_query_is_refused_with_a_clear_message(kb):
    query = "woningbouw voor starters " * 4200  # ~100 kB
    with pytest.raises(UsageError, match=f"too long .*at most {MAX_QUERY_CHARS}"):
        search(kb, query, k=3)
    at_the_limit = check_query(("woningbouw " * 200)[:MAX_QUERY_CHARS])
    assert len(at_the_limit) <= MAX_QUERY_CHARS


def test_k_is_validated(kb):
    with pytest.raises(UsageError, match="between 1 and 100"):
        search(kb, "woningbouw", k=0)
    with pytest.raises(UsageError, match="between 1 and 100"):
        search(kb, "woningbouw", k=1000)
    assert len(search(kb, "woningbouw", k=100)) <= 9


def test_json_shape_is_the_documented_one(kb):
    hit = hit_record(search(kb, "woningbouw", k=2)[0])
    assert set(hit) == {
        "rank", "score", "passage_id", "document", "section", "pages", "lines", "chars", "text", "tags", "citation"
    }  # fmt: skip
    assert set(hit["document"]) == {"id", "title", "source"}
    assert hit["citation"]["passage_id"] == hit["passage_id"] and hit["citation"]["lines"] == hit["lines"]
    assert hit["lines"] == [hit["lines"][0], hit["lines"][1]] and hit["lines"][0] <= hit["lines"][1]
    assert hit["document"]["source"].startswith("corpus/")


def test_missing_index_and_other_model_are_clear_errors(kb, tmp_path):
    missing = FakeKnowledgeBase(tmp_path / "none", kb.settings, kb.docs, kb.items)
    with pytest.raises(IndexMissingError):
        search(missing, "woningbouw")
    other = FakeKnowledgeBase(kb.index_dir, Settings(index_dir=kb.index_dir, embedder="e5"), kb.docs, kb.items)
    with pytest.raises(ModelMismatchError, match="hash-256"):
        search(other, "woningbouw")


def test_search_on_the_corpus_knowledge_base(corpus_kb):
    # the real store, tags and indexes built by the pipeline (hash embedder)
    hits = corpus_kb.search("Welke verzoeken aan Gedeputeerde Staten gaan over de landbouw?", k=5).hits
    assert hits[0].document.id == "omgevingsvisie-drenthe-2050"
    assert any("request_gs" in h.tags for h in hits[:3])
    assert all(h.citation is not None and h.citation.source.startswith("corpus/") for h in hits)


def test_cli_search_ask_and_eval(corpus_kb, tmp_path):
    import json

    from click.testing import CliRunner

    from kb.cli import main

    runner = CliRunner()
    base = ["--index", str(corpus_kb.index_dir), "--embedder", "hash"]
    result = runner.invoke(main, ["search", "breedband buitengebied", "-k", "3", "--json", *base])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"] == "breedband buitengebied" and len(data["hits"]) == 3
    assert data["hits"][0]["document"]["source"].startswith("corpus/")

    result = runner.invoke(main, ["search", "woningbouw", "--level", "provincie", "--type", "request_gs", *base])
    assert result.exit_code == 0 and "Omgevingsvisie" in result.output

    assert runner.invoke(main, ["search", "   ", *base]).exit_code == 2
    unknown = runner.invoke(main, ["search", "woningbouw", "--theme", "ruimtevaart", *base])
    assert unknown.exit_code == 2 and "Unknown theme" in unknown.output and "Traceback" not in unknown.output
    mismatch = runner.invoke(main, ["search", "woningbouw", "--index", str(corpus_kb.index_dir), "--embedder", "e5"])
    assert mismatch.exit_code == 6 and "hash-256" in mismatch.output
    missing = runner.invoke(main, ["search", "woningbouw", "--index", str(tmp_path / "none"), "--embedder", "hash"])
    assert missing.exit_code == 4 and "kb ingest" in missing.output

    result = runner.invoke(main, ["ask", "Welk budget is er voor dorpsinitiatieven?", "--json", *base])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"][0]["evidence"][0]["citation"]["lines"]

    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps(
            {
                "id": "q1",
                "query": "breedband",
                "kind": "keyword",
                "relevant": [{"source": "004_687bb01d90f8d7d4.txt", "quote": "Breedband"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["eval", str(queries), "--json", *base])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"]["queries"] == 1
    assert runner.invoke(main, ["eval", str(tmp_path / "nope.jsonl"), *base]).exit_code == 2
