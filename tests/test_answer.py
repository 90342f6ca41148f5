"""Answers: sentences per document, exact quotes with narrowed citations, and a plain word when evidence is weak."""

from __future__ import annotations

from kb.answer import (
    VERDICTS,
    Verdict,
    align,
    build_answer,
    is_weak,
    render_answer,
    sentence_coverages,
    split_sentences,
)
from kb.lexical import DutchAnalyzer
from kb.models import Document, Hit, Passage, SourceMap
from kb.records import answer_record


def test_split_sentences_on_full_stops_and_bullets():
    # 001 §4.1.2: a request block flattened into one passage
    text = (
        "Wij vragen Gedeputeerde Staten: • Ontwikkel een communicatiestrategie. • Evalueer de huidige "
        "glastuinbouwclustering. Rapporteer hierover jaarlijks aan PS."
    )
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == [
        "Wij vragen Gedeputeerde Staten:",
        "• Ontwikkel een communicatiestrategie.",
        "• Evalueer de huidige glastuinbouwclustering.",
        "Rapporteer hierover jaarlijks aan PS.",
    ]


def test_split_sentences_keeps_abbreviations_and_amounts_inside():
    # 003: "€ 20.420,00" and "o.a." must not end a sentence
    text = "Er is € 20.420,00 beschikbaar voor o.a. dorpshuizen en speeltuinen. Dat is genoeg."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Er is € 20.420,00 beschikbaar voor o.a. dorpshuizen en speeltuinen.",
        "Dat is genoeg.",
    ]


def test_align_maps_passage_characters_to_the_document_text_across_line_breaks():
    source = "Kop\nDe vele belangen en waarden die bij\ndeze herverdeling spelen, vragen om afweging."
    passage_text = "De vele belangen en waarden die bij deze herverdeling spelen, vragen om afweging."
    mapping = align(passage_text, source, 4)
    assert mapping is not None
    start = passage_text.index("deze")
    assert source[mapping[start] : mapping[start] + 4] == "deze"
    assert align("Andere tekst", source, 4) is None


def _document() -> Document:
    return Document(
        id="dorpenbeleid", code="DBM", title="Beleidsnota Dorpenbeleid", issuer=None, level="gemeente", year=2020,
        doc_type=None, status=None, source="corpus/003.txt", line_start=1, line_end=20, page_start=1, page_end=2,
        content_hash="h",
    )  # fmt: skip


TEXT = (
    "Financiën\n"
    "Het dorpenbeleid kent een\nbudget van € 20.420,00 voor kleine projecten.\n"
    "Daarnaast is er een jaarlijkse bijdrage\naan de DOM.\n"
    "De gemeente overlegt twee keer per jaar."
)
LINES = [1 + TEXT[:i].count("\n") for i in range(len(TEXT))]  # text line i+1 = source line i+1


def _hit(score: float = 0.9) -> Hit:
    start = TEXT.index("Het")
    passage_text = " ".join(TEXT[start:].split())
    passage = Passage("p1", "dorpenbeleid", None, ("5 Financiën",), 0, passage_text, 2, 6, 1, 1, start, len(TEXT))
    return Hit(rank=1, score=score, passage=passage, document=_document())


def _build(query: str):
    return build_answer(
        query,
        [_hit()],
        DutchAnalyzer({}),
        lambda _doc: TEXT,
        lambda _doc, s, e: SourceMap(LINES, [1] * len(TEXT)).locate(s, e),
    )


def test_answer_quotes_the_best_sentence_exactly_with_its_own_lines():
    result = _build("Hoe groot is het budget voor kleine projecten?")
    assert not result.weak
    best = result.documents[0].evidence[0]
    assert best.text == "Het dorpenbeleid kent een budget van € 20.420,00 voor kleine projecten."
    # the sentence spans source lines 2-3, narrower than the passage's 2-6
    assert best.citation.lines == (2, 3)
    assert best.citation.quote == "Het dorpenbeleid kent een\nbudget van € 20.420,00 voor kleine projecten."
    assert best.citation.section == "5 Financiën"
    # every evidence text is in the document (extractive only)
    assert all(" ".join(e.citation.quote.split()) == e.text for d in result.documents for e in d.evidence)
    assert all(e.citation.quote in TEXT for d in result.documents for e in d.evidence)


def test_a_register_item_of_the_asked_kind_is_quoted_first():
    question = "Welke afspraken zijn er over het budget voor de DOM?"
    passage_text = _hit().passage.text
    start = passage_text.index("Daarnaast")
    item = (start, passage_text.index(".", start) + 1)  # "Daarnaast is er een jaarlijkse bijdrage aan de DOM."

    def first(asked_items):
        return (
            build_answer(
                question,
                [_hit()],
                DutchAnalyzer({}),
                lambda _doc: TEXT,
                lambda _doc, s, e: SourceMap(LINES, [1] * len(TEXT)).locate(s, e),
                quotes=1,
                asked_items=asked_items,
            )
            .documents[0]
            .evidence[0]
            .text
        )

    assert first(None).startswith("Het dorpenbeleid kent een budget")  # by its words alone
    assert first(lambda _hit: [item]) == "Daarnaast is er een jaarlijkse bijdrage aan de DOM."  # the asked item


def test_weak_evidence_is_said_plainly():
    result = _build("Wat zegt de nota over windmolens op zee?")
    assert result.weak and "Weak evidence" in result.note
    empty = build_answer(
        "iets", [], DutchAnalyzer({}), lambda _d: "", lambda _d, s, e: SourceMap([1], None).locate(s, e)
    )
    assert empty.weak and not empty.documents and "No passage" in empty.note


def test_the_fitted_verdict_reads_the_best_sentence_and_its_words():
    verdict = Verdict(intercept=36.0, similarity=-40.0, coverage=-2.0, english=-3.0)
    assert verdict.weak(0.85, 0.5, english=False)  # 36 - 34 - 1 > 0: close in words and meaning, not enough
    assert not verdict.weak(0.90, 0.5, english=False)  # a sentence this close answers
    assert not verdict.weak(0.85, 0.5, english=True)  # English questions reach lower cosines for the same answer
    # a model with a fitted verdict uses it; any other model (or an index without sentence vectors) the word bar
    e5 = next(iter(VERDICTS))
    assert is_weak(e5, "Wat kost het busvervoer?", 0.80, 1.0) and not is_weak(e5, "Wat kost het busvervoer?", 0.92, 0.0)
    assert is_weak("hash", "Wat kost het busvervoer?", 0.99, 0.4) and not is_weak("hash", "busvervoer", 0.1, 0.6)
    assert is_weak(e5, "Wat kost het busvervoer?", None, 0.4)


def test_render_lists_documents_with_citations():
    rendered = render_answer(_build("budget kleine projecten"))
    assert "## Beleidsnota Dorpenbeleid" in rendered and "lines 2-3" in rendered


def test_answer_on_the_corpus_groups_per_document_with_exact_quotes(corpus_kb):
    result = corpus_kb.ask("Welke verzoeken aan Gedeputeerde Staten gaan over landbouw?", k=8)
    assert result.documents
    assert result.documents[0].document.id == "omgevingsvisie-drenthe-2050"
    for group in result.documents:
        text = corpus_kb.text(group.document.id)
        for evidence in group.evidence:
            assert evidence.citation.quote in text  # never text that is not in the document
            passage = corpus_kb.passage(evidence.passage_id)
            assert passage.line_start <= evidence.citation.lines[0] <= evidence.citation.lines[1] <= passage.line_end
    data = answer_record(result)
    assert data["documents"][0]["evidence"][0]["citation"]["lines"]


def test_rare_question_words_weigh_more_in_coverage():
    from kb.answer import coverage

    weights = {"werk": 0.2, "quantumcomputer": 5.0}
    assert coverage({"werk", "quantumcomputer"}, {"werk"}) == 0.5
    assert coverage({"werk", "quantumcomputer"}, {"werk"}, weights.__getitem__) < 0.1


def test_a_list_number_does_not_end_a_sentence():
    # 004 §3.7: "POD Sport werkt aan vier resultaten: 1. Meer kinderen ..." is one unit, not "…resultaten: 1."
    text = "POD Sport werkt aan vier resultaten: 1. Meer kinderen sporten. Dat is het doel."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "POD Sport werkt aan vier resultaten: 1. Meer kinderen sporten.",
        "Dat is het doel.",
    ]


def test_kind_words_count_as_answered_when_the_hit_has_that_tag():
    import dataclasses

    from kb.answer import KIND_WORDS

    # 001 §4.2.2 asks GS about housing with "Wij vragen Gedeputeerde Staten", never with "verzoeken"
    text = "Wij vragen Gedeputeerde Staten: • Stel samen met gemeenten een woningbouwprogramma op."
    passage = Passage("p9", "dorpenbeleid", None, ("4.2.2",), 0, text, 1, 1, None, None, 0, len(text))
    plain = Hit(rank=1, score=0.9, passage=passage, document=_document())
    tagged = dataclasses.replace(plain, tags=("request_gs",))
    query = "welke verzoeken aan Gedeputeerde Staten over woningbouwprogramma"
    lexicon = {"woning": 4.3, "bouw": 4.2, "programma": 4.6}
    analyzer = DutchAnalyzer(lexicon)

    def rarity(term: str) -> float:  # "verzoek" is rare in policy text, as the index's idf would say
        return 10.0 if term == "verzoek" else 1.0

    def build(hit: Hit):
        return build_answer(
            query,
            [hit],
            DutchAnalyzer(lexicon),
            lambda _d: text,
            lambda _d, s, e: SourceMap([1], None).locate(s, e),
            weight=rarity,
        )

    assert "verzoeken" in KIND_WORDS
    assert not build(tagged).weak  # the request_gs tag answers "verzoeken"
    assert build(plain).weak  # without the tag, "verzoeken" is a question word the text does not hold
    # who asks whom is what a request to GS is: "Provinciale Staten … GS" is answered by the tag as well, also for
    # a request bullet that names neither
    text = "• Stel samen met gemeenten een woningbouwprogramma op."
    passage = dataclasses.replace(passage, text=text, char_end=len(text))
    query = "welke verzoeken doen Provinciale Staten aan Gedeputeerde Staten over het woningbouwprogramma"
    request, other = (dataclasses.replace(hit, passage=passage) for hit in (tagged, plain))
    shares = [share for hit in (request, other) for *_, share in sentence_coverages(query, [hit], analyzer, rarity)]
    assert shares[0] == 1.0 and shares[1] < 0.5


def test_a_document_far_below_the_best_only_mentions_the_topic_and_gets_one_sentence():
    from dataclasses import replace

    other = replace(_document(), id="sociaal", title="Nota Sociaal beleid")
    weak_hit = replace(_hit(0.5), document=other, passage=replace(_hit().passage, id="p2", document_id="sociaal"))
    result = build_answer(
        "Hoe groot is het budget voor kleine projecten?",
        [_hit(0.9), weak_hit],
        DutchAnalyzer({}),
        lambda _doc: TEXT,
        lambda _doc, s, e: SourceMap(LINES, [1] * len(TEXT)).locate(s, e),
    )
    best, mention = result.documents
    assert best.strength == "strong" and len(best.evidence) > 1
    assert mention.strength == "mention" and len(mention.evidence) == 1  # 0.5 < MENTION × 0.9
    assert "only mentions the topic" in render_answer(result)


def test_the_verdict_reads_a_sentence_with_its_section_heading():
    text = "• Draag via gebiedsprocessen bij aan de doelen voor water en klimaatadaptatie."
    passage = Passage("p8", "dorpenbeleid", None, ("4.1.1 Beweging naar een robuust bodemsysteem",), 0, text, 1, 1,
                      None, None, 0, len(text))  # fmt: skip
    hit = Hit(rank=1, score=0.9, passage=passage, document=_document(), tags=("request_gs",))
    query = "Welke verzoeken aan GS gaan over water en het bodemsysteem?"
    analyzer = DutchAnalyzer({"bodem": 4.0, "systeem": 4.0})
    plain, judged = (sentence_coverages(query, [hit], analyzer, heading=h)[0][3] for h in (False, True))
    assert judged == 1.0 and plain < 1.0  # the heading says what the request is about


def _document_hit(document_id: str, text: str, score: float) -> Hit:
    """A hit whose passage is the whole text of a document of its own."""
    from dataclasses import replace

    passage = Passage(f"p-{document_id}", document_id, None, ("1",), 0, text, 1, 1, None, None, 0, len(text))
    return Hit(rank=1, score=score, passage=passage, document=replace(_document(), id=document_id))


def test_the_page_quotes_the_best_sentences_of_all_documents_not_a_quota_per_document():
    # the best document answers in six sentences; a second document (not far below it) shares no word with the
    # question: a quota of five per document quoted five of the six and five of the other's that answer nothing
    answering = " ".join(f"Het budget voor kleine projecten in dorp {n} is verhoogd." for n in "ABCDEF")
    other_text = " ".join(f"De gemeente overlegt met vereniging {n} over de agenda." for n in "ABCDEF")

    texts = {"a": answering, "b": other_text}
    result = build_answer(
        "budget kleine projecten dorp",
        [_document_hit("a", answering, 0.9), _document_hit("b", other_text, 0.8)],
        DutchAnalyzer({}),
        texts.__getitem__,
        lambda _d, s, e: SourceMap([1], None).locate(s, e),
        quotes=6,
    )
    assert [group.document.id for group in result.documents] == ["a"]  # the other one gave no quote a place
    assert len(result.documents[0].evidence) == 6


def test_a_question_naming_two_governments_hears_each_of_their_documents():
    from kb.answer import governments_named

    province = " ".join(f"De provincie steunt dorpshuizen in {n} met subsidie." for n in "ABCD")
    municipality = " ".join(f"De gemeente steunt dorpshuizen in {n} met subsidie." for n in "ABCD")

    texts = {"prov": province, "gem": municipality}

    def pages(question: str) -> dict[str, int]:
        result = build_answer(
            question,
            [_document_hit("prov", province, 0.9), _document_hit("gem", municipality, 0.85)],
            DutchAnalyzer({}),
            texts.__getitem__,
            lambda _d, s, e: SourceMap([1], None).locate(s, e),
            quotes=4,
        )
        return {group.document.id: len(group.evidence) for group in result.documents}

    assert governments_named("Wat doen provincie en gemeente voor dorpshuizen?") == {"provincie", "gemeente"}
    assert governments_named("How do the province and the municipality support village halls?") == {
        "provincie",
        "gemeente",
    }
    assert governments_named("Welke verzoeken doen Provinciale Staten aan GS?") == {"provincie"}
    assert pages("steunt dorpshuizen subsidie") == {"prov": 4}  # one government's question: the best sentences
    assert pages("Hoe steunen provincie en gemeente dorpshuizen met subsidie?") == {"prov": 2, "gem": 2}
