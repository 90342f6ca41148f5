"""English questions over Dutch text: the glossary adds Dutch words for BM25."""

from __future__ import annotations

from kb.glossary import EN_NL, expand_english, lexical_query, query_language


def test_an_english_question_gets_the_dutch_words_of_its_policy_terms():
    expanded = expand_english("How much funding do village associations get every year?")
    assert expanded.startswith("How much funding")
    for dutch in ("financiering", "subsidie", "dorp", "verenigingen", "jaar"):
        assert dutch in expanded.split()


def test_plural_english_words_fall_back_to_their_singular_entry():
    # only "objective" is listed: the plural finds it by dropping its final s
    assert "doelstelling" in expand_english("the objectives of the plan").split()


def test_dutch_questions_and_keywords_are_searched_as_typed():
    for query in ("Welke verzoeken aan Gedeputeerde Staten gaan over landbouw?", "breedband", "dorpsvisies budget"):
        assert query_language(query) == "nl"
        assert lexical_query(query) == query


def test_an_english_question_without_glossary_words_is_left_alone():
    assert expand_english("What about Coevorden?") == "What about Coevorden?"


def test_query_language_tells_english_questions_from_dutch_ones():
    # eval set: an English question about 003's DOM contribution (Dutch ones, incl. loan words, are above)
    assert query_language("How much does the municipality pay the village council DOM every year?") == "en"
    assert lexical_query("Which requests does the council make?") != "Which requests does the council make?"


def test_glossary_entries_are_lower_case_words_with_dutch_translations():
    for english, dutch in EN_NL.items():
        assert english == english.lower() and english.strip() == english
        assert dutch and all(word and word == word.lower() for word in dutch)
