"""Dutch analyzer and BM25: folding, stop words, compound splitting, stemming, ranking, save/load."""

from __future__ import annotations

import pytest

from kb.errors import IndexCorruptError, IndexMissingError
from kb.lexical import NOT_PARTS, STOP_WORDS, DutchAnalyzer, LexicalIndex, build_lexicon, fold, words

# A small lexicon in wordfreq's Zipf scale, so the tests do not depend on wordfreq's list.
LEXICON = {
    "woning": 4.3,
    "bouw": 4.2,
    "woningbouw": 3.7,
    "programma": 4.6,
    "omgeving": 4.3,
    "visie": 4.0,
    "dorp": 4.1,
    "huis": 5.0,
    "belang": 4.4,
    "organisaties": 4.2,
    "leefbaar": 2.9,
    "heid": 2.6,
    "water": 4.8,
    "schappen": 2.6,
    "keer": 5.2,
    "verkeer": 4.6,
    "zorg": 4.6,
    "aanbod": 4.2,
}


@pytest.fixture
def analyzer() -> DutchAnalyzer:
    return DutchAnalyzer(LEXICON)


def test_fold_lowercases_and_strips_accents():
    # 001 writes "coöperaties"; a user types "cooperaties"
    assert fold("Coöperaties én Één") == "cooperaties en een"
    assert words("sport- en cultuur activiteiten, 2016-2020") == [
        "sport",
        "en",
        "cultuur",
        "activiteiten",
        "2016",
        "2020",
    ]


def test_compound_split_finds_its_parts(analyzer):
    assert set(analyzer.split("woningbouwprogramma")) >= {"woningbouw", "woning", "bouw", "programma"}
    # linking -s-: "omgevingsvisie", "dorpshuis"
    assert analyzer.split("omgevingsvisie") == ("omgeving", "visie")
    assert analyzer.split("dorpshuis") == ("dorp", "huis")
    assert set(analyzer.split("dorpsbelangorganisaties")) >= {"dorp", "belang", "organisaties"}
    assert analyzer.split("zorgaanbod") == ("zorg", "aanbod")


def test_compound_split_leaves_non_compounds_whole(analyzer):
    assert analyzer.split("verkeer") == ()  # not ver|keer: parts are at least four letters, and it is common
    assert analyzer.split("leefbaarheid") == ()  # -heid is a suffix, not a word part
    assert analyzer.split("waterschappen") == ()  # -schappen likewise
    assert analyzer.split("programma") == ()  # too short to be a compound of two known parts
    assert {"heid", "schappen"} <= NOT_PARTS


def test_query_compound_matches_passage_with_separate_words(analyzer):
    # "woningbouwprogramma" in a question must find a passage that says "woningbouw" and "programma"
    query_terms = set(analyzer.terms("het woningbouwprogramma"))
    passage_terms = set(analyzer.terms("Het programma voor woningbouw in kleine kernen."))
    assert {analyzer.terms("woningbouw")[0], analyzer.terms("programma")[0]} <= query_terms & passage_terms


def test_stop_words_are_dropped_and_stems_conflate_plural_forms(analyzer):
    terms = analyzer.terms("Welke verzoeken worden er aan de gemeenten gedaan?")
    assert "welk" not in terms and "de" not in terms and "er" not in terms
    assert analyzer.terms("verzoeken")[0] == analyzer.terms("verzoek")[0]
    assert analyzer.terms("gemeenten")[0] == analyzer.terms("gemeente")[0]
    assert "welke" in STOP_WORDS and "woning" not in STOP_WORDS


def test_snowball_stemmer_keeps_unrelated_words_apart(analyzer):
    # the newer Snowball Dutch stemmer maps "gezondheid" to "zon"; the classic one must not
    assert analyzer.terms("gezondheid") != analyzer.terms("zon")


def test_build_lexicon_adds_frequent_corpus_words_only():
    lexicon = build_lexicon(["krimpregio krimpregio krimpregio eenmalig"], use_wordfreq=False)
    assert "krimpregio" in lexicon and "eenmalig" not in lexicon


def test_bm25_ranks_the_passage_with_the_query_words_first():
    texts = [
        "Wij vragen Gedeputeerde Staten om een woningbouwprogramma op te stellen.",
        "Breedband is een basisvoorziening in het buitengebied.",
        "Het natuurnetwerk wordt versterkt.",
    ]
    index = LexicalIndex.build(texts, lexicon=LEXICON)
    scores = index.scores("programma voor woningbouw")
    assert scores.argmax() == 0 and scores[1] == 0
    assert index.scores("de het een").max() == 0  # only stop words: nothing matches


def test_bm25_save_and_load_round_trip(tmp_path):
    texts = ["Het dorpshuis is het hart van het dorp.", "Zorgaanbod in de regio."]
    index = LexicalIndex.build(texts, lexicon=LEXICON)
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert loaded.size == 2
    assert list(loaded.scores("dorp huis")) == pytest.approx(list(index.scores("dorp huis")))
    # the saved lexicon still splits a query compound whose parts are in the corpus
    assert loaded.scores("zorgaanbod").argmax() == 1


def test_loading_a_missing_or_broken_lexical_index_is_a_clear_error(tmp_path):
    with pytest.raises(IndexMissingError, match="kb ingest"):
        LexicalIndex.load(tmp_path / "nothing")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "analyzer.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError):
        LexicalIndex.load(broken)


def test_idf_is_highest_for_terms_no_passage_holds():
    index = LexicalIndex.build(["dorp huis", "dorp zorg", "dorp natuur"], lexicon=LEXICON)
    common, rare, unknown = (index.idf(index.analyzer.terms(w)[0]) for w in ("dorp", "zorg", "quantum"))
    assert common < rare < unknown


def test_overlong_words_are_not_split_so_query_work_stays_bounded() -> None:
    from kb.lexical import MAX_COMPOUND, DutchAnalyzer

    analyzer = DutchAnalyzer({"woning": 4.0, "bouw": 4.0, "programma": 4.0})
    assert analyzer.split("woningbouwprogramma")  # a real compound still splits
    monster = "woningbouw" * 10  # 100 letters: a paste, not a word
    assert len(monster) > MAX_COMPOUND and analyzer.split(monster) == ()
    assert analyzer.terms(monster) == [analyzer.terms(monster)[0]]  # its stem only
