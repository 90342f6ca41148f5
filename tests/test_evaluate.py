"""Retrieval evaluation: quote matching, metrics, per-kind summaries and query-file errors."""

from __future__ import annotations

import json
import math

import pytest

from kb.errors import UsageError
from kb.evaluate import EvalQuery, Judge, Relevant, evaluate, load_queries, matches, normalize, parse_queries
from kb.models import Document, Passage


def document(doc_id: str, source: str) -> Document:
    return Document(
        id=doc_id, code="X", title=doc_id, issuer=None, level=None, year=None, doc_type=None, status=None,
        source=source, line_start=1, line_end=99, page_start=None, page_end=None, content_hash="h",
    )  # fmt: skip


def passage(pid: str, doc_id: str, text: str) -> Passage:
    return Passage(pid, doc_id, None, (), 0, text, 1, 2, None, None, 0, len(text))


DOCS = [document("omgevingsvisie", "corpus/001_x.txt"), document("dorpenbeleid", "corpus/003_y.txt")]
PASSAGES = [
    passage("a", "omgevingsvisie", "Wij vragen Gedeputeerde Staten: • Zet de samenwerking in de regio Zwolle voort."),
    passage("b", "omgevingsvisie", "Het natuurnetwerk wordt versterkt. Werk samen met onze Duitse partners in de"),
    passage("c", "omgevingsvisie", "grensstreek aan gezamenlijke opgaven. Breedband is een basisvoorziening."),
    passage("d", "dorpenbeleid", "Voor dorpsinitiatieven is jaarlijks € 20.420,00 beschikbaar."),
    passage("e", "dorpenbeleid", "Zet de samenwerking in de regio Zwolle voort."),  # same words, other file
]


def test_normalize_folds_case_accents_punctuation_and_whitespace():
    # a quote typed with straight quotes and no accents matches the document's curly quotes and "ë"
    assert normalize("Regio’s  geëvalueerd,\n\tnu!") == normalize("regio's geevalueerd nu")


def test_a_quote_matches_inside_a_passage_and_across_a_boundary():
    # 001: "Werk samen met onze Duitse partners in de grensstreek aan gezamenlijke opgaven" crosses b|c
    quote = normalize("Werk samen met onze Duitse partners in de grensstreek aan gezamenlijke opgaven")
    assert matches(normalize(PASSAGES[1].text), quote)  # 8 of 12 words at the end of b
    assert not matches(normalize(PASSAGES[2].text), quote)  # only 4 of 12 at the start of c
    assert not matches(normalize("Werk samen met de buren."), quote)


def test_quotes_only_match_passages_of_the_named_file():
    judge = Judge(PASSAGES, DOCS)
    relevant = Relevant("001_x.txt", "Zet de samenwerking in de regio Zwolle voort")
    assert judge.holders(relevant) == {"a"}


def test_metrics_for_a_known_ranking():
    query = EvalQuery(
        "q1",
        "samenwerking",
        "cross",
        (Relevant("001_x.txt", "regio Zwolle voort"), Relevant("003_y.txt", "jaarlijks € 20.420,00 beschikbaar")),
    )
    report = evaluate([query], lambda _: ["b", "a", "c", "x", "d"], PASSAGES, DOCS)
    result = report.results[0]
    assert result.found_at == [2, 5]
    assert result.recall5 == 1.0 and result.recall10 == 1.0
    assert result.mrr == 0.5
    ideal = 1 + 1 / math.log2(3)
    assert result.ndcg10 == pytest.approx((1 / math.log2(3) + 1 / math.log2(6)) / ideal)
    summary = report.summary("cross")
    assert summary["queries"] == 1 and summary["mrr"] == 0.5
    assert report.summary("english") == {"queries": 0}


def test_a_passage_found_twice_counts_once():
    query = EvalQuery("q2", "regio zwolle", "single", (Relevant("001_x.txt", "regio Zwolle voort"),))
    result = evaluate([query], lambda _: ["a", "a"], PASSAGES, DOCS).results[0]
    assert result.ndcg10 == 1.0 and result.recall5 == 1.0


def test_a_quote_no_passage_holds_is_reported_as_unfindable():
    query = EvalQuery("q3", "x", "keyword", (Relevant("001_x.txt", "tekst die nergens staat"),))
    report = evaluate([query], lambda _: ["a"], PASSAGES, DOCS)
    assert report.results[0].recall10 == 0.0
    assert report.to_dict()["unfindable_quotes"] == [{"id": "q3", "missing": 1}]
    assert "in no passage" in report.render()


def test_load_queries_reads_jsonl_and_rejects_bad_lines(tmp_path):
    good = {"id": "q1", "query": "breedband", "kind": "keyword", "relevant": [{"source": "a.txt", "quote": "b"}]}
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(good) + "\n\n", encoding="utf-8")
    assert load_queries(path)[0].relevant == (Relevant("a.txt", "b"),)
    with pytest.raises(UsageError, match="line 2"):
        parse_queries([json.dumps(good), "{broken"])
    with pytest.raises(UsageError, match="at least one relevant"):
        parse_queries([json.dumps({**good, "relevant": []})])
    with pytest.raises(UsageError, match="No query file"):
        load_queries(tmp_path / "missing.jsonl")
    with pytest.raises(UsageError, match="no queries"):
        parse_queries([""])


def test_the_shipped_query_set_is_valid_and_every_quote_is_in_a_corpus_passage(corpus_kb):
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "eval" / "queries.jsonl"
    queries = load_queries(path)
    assert len(queries) >= 30 and {q.kind for q in queries} <= {"single", "cross", "english", "keyword"}
    judge = Judge(corpus_kb.passages(), corpus_kb.documents())
    missing = [(q.id, r.quote) for q in queries for r in q.relevant if not judge.holders(r)]
    # quotes lost to cleaning or chunking would make search look worse than it is
    assert len(missing) <= 0.05 * sum(len(q.relevant) for q in queries), missing
