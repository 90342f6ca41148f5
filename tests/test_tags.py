"""Tagging: every rule on a corpus sentence and a counter-example, the corpus traps, ids, an unseen document."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from pathlib import Path

import pytest

from kb.catalogue import empty_catalogue, load_catalogue
from kb.clean import clean_lines
from kb.ingest import ingest_text, parse_file
from kb.models import DocumentMeta, Item, ParsedDocument
from kb.tags import (
    GLOSSARY_TITLES,
    INLINE_LABELS,
    LIST_HEADERS,
    SENTENCE_RULES,
    TagResult,
    classify_sentence,
    split_sentences,
    tag_document,
)
from kb.tags.lists import block_units
from kb.tags.rules import ACCOUNTS_TO, PROGRAMME_TABLE_HEADER, list_header

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tags"


@functools.cache
def _parsed(prefix: str) -> tuple[ParsedDocument, ...]:
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    documents, _ = parse_file(path, load_catalogue(CORPUS / "catalogue.toml"), path.name)
    return tuple(documents)


@functools.cache
def _items(prefix: str) -> tuple[Item, ...]:
    return tuple(item for parsed in _parsed(prefix) for item in tag_document(parsed).items)


def _of_type(prefix: str, item_type: str) -> list[Item]:
    return [i for i in _items(prefix) if i.type == item_type]


def _hand_made(
    text: str, code: str = "TST", issuer: str | None = "Gemeente Proefdorp", title: str = "Proefnota"
) -> ParsedDocument:
    return ingest_text(text, DocumentMeta(id="proef", code=code, title=title, issuer=issuer), "proef.txt")


def _sentences_typed(item_type: str, are: tuple[str, ...], are_not: tuple[str, ...]) -> None:
    """Each sentence of `are` is classified as `item_type`, none of `are_not` is (examples and counter-examples)."""
    for sentence in are:
        found = classify_sentence(sentence)
        assert found is not None and found[1] == item_type, sentence
    for sentence in are_not:
        found = classify_sentence(sentence)
        assert found is None or found[1] != item_type, sentence


# --- the rule tables -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", SENTENCE_RULES, ids=[r.name for r in SENTENCE_RULES])
def test_every_sentence_rule_matches_its_corpus_example_and_not_its_counter_example(rule) -> None:
    assert rule.pattern.search(rule.example), f"{rule.name} misses its own example"
    assert not rule.pattern.search(rule.counter), f"{rule.name} matches its counter-example"
    assert classify_sentence(rule.example) == (rule.name, rule.type), "an earlier row takes the example"


LIST_HEADER_CASES = {
    "gs_list": ("Wij vragen Gedeputeerde Staten:", "Gedeputeerde Staten en Provinciale Staten"),
    "request_list": (
        "verzoekt het college van burgemeester en wethouders:",
        "Het college verzoekt de inwoners te stemmen.",
    ),
    "action_box": ("Wat gaan we samen met het DOM en WWMD doen?", "Wat doet het DOM voor de dorpen?"),
    "action_done": ("Wat hebben we daarvoor gedaan?", "Wat hebben we daarvan geleerd?"),
    "action_list": ("Beleidsstrategie", "Beleidsstrategie en uitvoering in de praktijk van alledag"),
    "principles": ("Daarbij hanteren wij de volgende uitgangspunten", "Het uitgangspunt is helder."),
    "goal_label": ("Strategisch langetermijndoel", "Strategisch beleid voor de lange termijn van de provincie"),
    "proposal": ("Wij stellen u voor:", "Wij stellen u voor om in te stemmen met het plan."),
    "action_lead_in": ("Wij gaan de handhaving in 2027 verder versterken:", "We gaan in gesprek met:"),
    "agreement_lead_in": ("De gemeenten verplichten zich tot:", "Partijen constateren:"),
    # (a coalition writing as "wij": "Wij spreken daarnaast af dat:", not a sentence that says what was agreed)
    "recommendations": ("Aanbevelingen aan het college", "Aanbevelingen en conclusies van het onderzoek"),
}


@pytest.mark.parametrize("name", [name for name, _, _ in LIST_HEADERS])
def test_every_list_header_matches_a_corpus_header_and_not_a_lookalike(name: str) -> None:
    example, counter = LIST_HEADER_CASES[name]
    pattern = next(p for n, _, p in LIST_HEADERS if n == name)
    assert pattern.match(example)
    assert not pattern.match(counter)


def test_a_lead_in_naming_the_measures_that_follow_opens_a_list_of_actions() -> None:
    from kb.tags.rules import list_header

    lead_in = (
        "Wij hebben met de concessiehouder afgesproken dat in het Vervoerplan 2028 de volgende verbeteringen "
        "worden opgenomen:"
    )
    assert list_header(lead_in) == ("action_lead_in", "action")
    assert list_header("Wij nemen de volgende maatregelen:") == ("action_lead_in", "action")
    assert list_header("De volgende activiteiten komen in aanmerking voor subsidie:") is None
    assert (
        list_header("Gedeputeerde Staten kunnen subsidie verstrekken voor de volgende categorieën activiteiten:")
        is None
    )


def test_headers_in_the_word_order_of_a_heading_announce_goals_and_measures() -> None:
    from kb.tags.rules import list_header

    assert list_header("Wat we willen bereiken") == ("goal_label", "goal")
    assert list_header("Wat we gaan doen") == ("action_list", "action")
    assert list_header("Wat we afspreken") == ("action_list", "action")
    assert list_header("Wat we daarvoor doen") == ("action_list", "action")
    assert list_header("Wat we nu al doen") is None  # what is done today
    assert list_header("Wat we doen om dit te bereiken is divers.") is None  # a sentence


def test_goal_headers_with_what_they_are_per_and_goal_lead_ins() -> None:
    from kb.tags.rules import list_header, measurable_target

    assert list_header("Doelen per vervoerwijze") == ("goal_label", "goal")
    assert list_header("Doelstellingen voor 2030") == ("goal_label", "goal")
    assert list_header("De belangrijkste doelen zijn:") == ("goal_label", "goal")
    assert list_header("De doelen zijn in 2024 grotendeels gehaald.") is None
    assert list_header("Doelen en middelen van de verenigingen") is None
    # … named after their strategy, counted in a lead-in, or the effect of a named programme (dev18)
    assert list_header('Strategische doelen "Gezond Rivierenland 2024-2027"') == ("goal_label", "goal")
    assert list_header("Wij hanteren vijf strategische doelen voor 2029:") == ("goal_label", "goal")
    lead_in = "In het WBP zijn drie dwarsdoorsnijdende ambities benoemd die in alle taken terugkomen:"  # (dev34)
    assert list_header(lead_in) == ("goal_label", "goal")
    assert list_header("Om deze ambities te bereiken, zetten wij in op drie sporen:") is None
    assert list_header("Beoogd effect uitvoeringsagenda 2026–2029") == ("goal_label", "goal")
    assert list_header("Om deze doelen te bereiken, zetten wij in op vijf speerpunten:") is None
    assert list_header("Beoogd effect 2") is None  # a line of a table of contents
    # a measurable target names its year, a bound, or a share moving; today's share is a figure
    assert measurable_target("Het aandeel van de fiets in korte verplaatsingen stijgt van 36 naar 42 procent.")
    assert measurable_target("In 2030 zijn alle 21 schoolomgevingen veilig ingericht.")
    assert not measurable_target("Van de regionale keringen voldoet op dit moment 93% aan de norm.")
    assert not measurable_target("Per aanvraag bedraagt de subsidie maximaal € 5.000.")  # a ceiling


def test_a_party_asking_or_objecting_in_a_response_note_is_a_request() -> None:
    for sentence in (
        "De stichting vraagt om een aparte paragraaf over het werelderfgoed.",
        "Het waterschap vraagt om een doel voor het afkoppelen van verhard oppervlak.",
        "Indiener vraagt de maximale omvang van het agrarisch bouwvlak te verruimen.",
        "Hij maakt bezwaar tegen de aanduiding van zijn gronden als overgangsgebied.",
    ):
        assert classify_sentence(sentence) == ("request_party", "request"), sentence
    assert classify_sentence("Het klimaat vraagt om een andere aanpak van de openbare ruimte.") is None


def test_a_resolution_word_spaced_out_letter_by_letter_is_its_header() -> None:
    from kb.tags.rules import list_header

    assert list_header("b e s l u i t :") == ("proposal", "decision")
    assert list_header("a b c") is None
    text = "6 Besluit\n\nDe raad van de gemeente Westerveld;\n\nb e s l u i t :\n\n1. de visie vast te stellen;\n"
    assert any("visie vast te stellen" in d for d in _texts(text, "decision"))


def test_a_body_releasing_or_adopting_is_a_decision_a_body_noticing_is_not() -> None:
    for sentence, rule in (
        ("Vrijgegeven door het Algemeen Bestuur op 2 oktober 2025", "decision_adopted"),
        ("Het Algemeen Bestuur heeft de ontwerp-agenda op 2 oktober 2025 vrijgegeven.", "decision_past"),
        ("De stuurgroep stelt hiervoor in 2026 een uitvoeringsregeling vast.", "decision_adopt"),
        ("In 2019 stelden de Foodvalley-gemeenten hun eerste Regionale Mobiliteitsvisie vast.", "decision_past"),
    ):
        assert classify_sentence(sentence) == (rule, "decision"), sentence
    assert classify_sentence("Het college stelt vast dat de regeling werkt.") != ("decision_adopt", "decision")


def test_requests_only_counted_or_conditional_and_agreements_that_require_are_no_requests() -> None:
    assert classify_sentence("Er werden 21.460 verzoeken om kwijtschelding toegekend, samen € 4,9 miljoen.") is None
    assert classify_sentence("De subsidieontvanger toont op verzoek aan dat de activiteiten zijn verricht.") is None
    assert classify_sentence("De afspraken met het Rijk vragen dat de provincies het netwerk afronden.") is None
    # counter-examples: who asked is reported, and people asking that something happens ask
    assert classify_sentence("Op verzoek van de gemeente Aa en Hunze voegen wij de berging toe.") is not None
    assert classify_sentence("De inwoners vragen dat de gemeente de buslijn behoudt.") == ("request_ask", "request")


def test_inline_labels() -> None:
    goal = next(p for t, p in INLINE_LABELS if t == "goal")
    assert goal.match("Hoofddoel: integrale aanpak van krimp en leefbaarheid")  # 004 l.857
    assert goal.match("Strategisch doel: Wij willen bijdragen aan leefbare dorpen en steden")  # 001 l.1214
    assert not goal.match("Het hoofddoel van deze nota is helder")
    action = next(p for t, p in INLINE_LABELS if t == "action")
    assert action.match("Actie 3: vraagbundeling breedband")
    assert not action.match("Acties staan in de uitvoeringsagenda.")


def test_glossary_titles() -> None:
    assert GLOSSARY_TITLES.search("Begrippenlijst")
    assert not GLOSSARY_TITLES.search("Begroting 2016")


def test_split_sentences_keeps_a_parenthesised_date_with_its_sentence() -> None:
    text = "Vorig jaar heeft de raad besloten. (raadsbesluit van 4 juli 2019). Daarna volgde meer."
    sentences = [s for _, _, s in split_sentences(text)]
    assert sentences == ["Vorig jaar heeft de raad besloten. (raadsbesluit van 4 juli 2019).", "Daarna volgde meer."]


def test_questions_and_meta_text_are_not_items() -> None:
    assert classify_sentence("Wat zijn de wensen en verwachtingen ten aanzien van communicatie?") is None
    assert classify_sentence("In dit hoofdstuk geven we aan waar het dorpenbeleid over gaat.") is None


def test_a_task_stated_as_what_is_to_be_done_is_a_goal_a_task_named_is_not() -> None:
    goal = "De opgave is de uitstoot te verminderen door schoner vervoer en minder autokilometers."
    assert classify_sentence(goal) == ("ambition_named", "goal")
    assert classify_sentence("Grote druk op de ruimte: de opgave is om zorgvuldig met ruimte om te gaan.") == (
        "ambition_named",
        "goal",
    )
    assert classify_sentence("De meest urgente opgave is de stikstofproblematiek.") is None
    assert classify_sentence("De opgave is groot en vraagt om samenwerking met de gemeenten.") is None


# --- 001: requests to Gedeputeerde Staten and its traps ------------------------------------------------------------


def test_001_has_84_requests_to_gs_plus_12_sub_items() -> None:
    requests = _of_type("001", "request_gs")
    top = [i for i in requests if i.parent_id is None]
    sub = [i for i in requests if i.parent_id is not None]
    assert len(top) == 84 and len(sub) == 12
    ids = {i.id for i in requests}
    assert all(i.parent_id in ids for i in sub)
    assert all(i.addressee == "Gedeputeerde Staten" and i.actor == "Provinciale Staten van Drenthe" for i in requests)


def test_001_wrapped_and_blank_line_interrupted_bullets_stay_whole() -> None:
    requests = _of_type("001", "request_gs")
    # l.898-900: "… werk samen met net" / blank line / "beheerders om knelpunten …"
    netbeheer = next(i for i in requests if i.line_start == 898)
    assert netbeheer.line_end == 900 and "netbeheerders" in netbeheer.text.replace(" ", "")
    # l.1331-1332: a bullet ending in ":" continued by a lower-case line
    publiek = next(i for i in requests if i.line_start == 1331)
    assert publiek.text.endswith("betrouwbaar en betaalbaar.")


def test_001_in_sentence_requests_are_found() -> None:
    lines = {i.line_start for i in _of_type("001", "request_gs")}
    assert {338, 447, 456} <= lines


def test_001_glossary_definitions_are_not_goals_or_decisions() -> None:
    # the Begrippenlijst (l.9-87) defines Ambitie, Strategisch doel, Projectbesluit: no items there
    assert [i for i in _items("001") if 9 <= i.line_start <= 87] == []


def test_001_criteria_and_decision_type_lists_are_not_requests() -> None:
    requests = _of_type("001", "request_gs")
    # l.450-454 list the kinds of decision the Kompas request applies to; l.482-566 are Kompas criteria
    assert not [i for i in requests if 450 <= i.line_start <= 454 or 469 <= i.line_start <= 567]


def test_001_uitgangspunten_are_commitments_with_their_sub_bullets() -> None:
    commitments = _of_type("001", "commitment")
    radioactive = [i for i in commitments if "radioactief afval" in i.text]
    assert radioactive and radioactive[0].actor == "Provinciale Staten van Drenthe"
    areas = next(i for i in commitments if i.line_start == 864)
    assert areas.line_end == 870 and "beekdalen" in areas.text  # sub-bullets 867-870 belong to it


def test_001_strategic_goals() -> None:
    goals = _of_type("001", "goal")
    assert any(i.line_start == 758 and "veerkrachtig water- en bodemsysteem" in i.text for i in goals)
    assert any(i.text.startswith("Strategisch doel: Wij willen bijdragen aan een aantrekkelijke") for i in goals)


# --- 003: displaced action bullets and money -----------------------------------------------------------------------


def test_003_displaced_action_bullets_belong_to_their_wat_gaan_we_doen_heading() -> None:
    actions = [i for i in _of_type("003", "action") if i.section_path]
    boxes = Counter(i.section_path[-1].split()[0] for i in actions if i.line_start >= 600)
    # 5.4 Financiën's bullets (l.841-849) sit inside 5.5 in the text but belong to 5.4's heading (l.807)
    financien = [i for i in actions if 841 <= i.line_start <= 849]
    assert len(financien) == 3
    assert all(i.section_path[-1].startswith("5.4") for i in financien)
    money = [i for i in _of_type("003", "budget") if 841 <= i.line_start <= 847]
    assert len(money) == 2 and all(i.section_path[-1].startswith("5.4") for i in money)
    assert all(i.actor == "Gemeente Midden-Drenthe" for i in money)
    assert boxes["5.5"] >= 5
    # 5.1's bullets (l.626-630) were pushed into 5.2 by the layout
    assert all(i.section_path[-1].startswith("5.1") for i in actions if 626 <= i.line_start <= 630)


def test_003_action_count_from_wat_gaan_we_doen_boxes() -> None:
    boxed = [i for i in _of_type("003", "action") if 600 <= i.line_start <= 1010 and i.line_end - i.line_start < 6]
    assert len({i.line_start for i in boxed}) >= 23


EURO_AMOUNTS_003 = sorted(
    [
        250.0,
        0.5,
        20420.0,
        24000.0,
        20420.0,
        1990.0,
        3150.0,
        25560.0,
        30000.0,
        30000.0,
        20000.0,
        45000.0,
        11600.0,
        227.0,
        0.46,
        24000.0,
        30000.0,
        20000.0,
        80000.0,
        30000.0,
        30000.0,
        20000.0,
        45000.0,
    ]
)


def test_003_every_euro_amount_is_tagged_with_its_value() -> None:
    values = sorted(a.value for i in _of_type("003", "budget") for a in i.amounts if a.currency == "EUR")
    assert values == EURO_AMOUNTS_003
    guilders = sorted(a.value for i in _of_type("003", "budget") for a in i.amounts if a.currency == "NLG")
    assert guilders == [1.0, 500.0]


def test_003_bare_amount_rows_carry_their_label() -> None:
    row = next(i for i in _of_type("003", "budget") if i.amounts[0].value == 24000.0 and i.line_end == 1023)
    assert row.line_start == 1020 and "dorpsbelangenorganisaties" in row.text


def test_003_decisions_carry_their_date() -> None:
    decisions = _of_type("003", "decision")
    motie = next(i for i in decisions if "motie" in i.text)
    assert motie.date == "7 november 2019" and motie.deadline is None


# --- 004: budget tables, statistics, targets ------------------------------------------------------------------------


def test_004_every_euro_budget_amount_is_tagged_and_woz_values_are_not() -> None:
    values = sorted(a.value for i in _of_type("004", "budget") for a in i.amounts if i.line_start > 2300)
    assert values == sorted([600000.0, 50000.0, 45000.0, 50000.0, 37500.0, 10_000_000.0])
    assert not [i for i in _of_type("004", "budget") if 3040 <= i.line_start <= 3055]  # WOZ statistics


def test_004_budget_table_rows_have_yearly_values_and_subtotals_add_up() -> None:
    table = [i for i in _of_type("004", "budget") if 2150 <= i.line_start <= 2300]
    kinds = Counter(i.amounts[0].kind for i in table)
    assert kinds == {"row": 19, "subtotal": 4, "total": 1, "balance": 1}
    group: dict[int, float] = Counter()
    for item in table:
        kind = item.amounts[0].kind
        if kind == "row":
            for amount in item.amounts:
                assert amount.year in (2016, 2017, 2018, 2019)
                group[amount.year] += amount.value
        elif kind == "subtotal":
            assert {a.year: a.value for a in item.amounts} == pytest.approx(
                dict(group) | {a.year: group.get(a.year, 0.0) for a in item.amounts}
            )
            group = Counter()
    balance = next(i for i in table if i.amounts[0].kind == "balance")
    assert balance.amounts[0].value == 6629981.0 and balance.line_start == 2221


def test_004_measurable_targets_keep_the_target() -> None:
    goals = _of_type("004", "goal")
    assert any("10% minder" in i.text and "laaggeletterd" in i.text for i in goals)


def test_004_kknn_variants_are_one_partner() -> None:
    partners = {p for i in _items("004") for p in i.partners if "KKNN" in p}
    assert partners == {"KKNN (Kennisknooppunt Krimp Noord-Nederland)"}


# --- ids, passage tags, the result contract --------------------------------------------------------------------------


# the chapters lie apart: "1. …" and "2. …" within a few lines of each other are a numbered list, not headings
HAND_MADE = """Nota Proef

1. Inleiding

De gemeente Proefdorp heeft een sporthal uit 1975.
Het gebouw is aan vervanging toe.
De kleedkamers zijn te klein voor de clubs van nu.

We gaan de sporthal renoveren in 2026.

2. Financien

De gemeente stelt € 1.000,00 beschikbaar voor de renovatie.
"""


def test_ids_read_well_and_survive_a_rebuild() -> None:
    first = tag_document(_hand_made(HAND_MADE)).items
    again = tag_document(_hand_made(HAND_MADE)).items
    assert [i.id for i in first] == [i.id for i in again]
    assert {i.id for i in first} >= {"TST-1-INZET-01", "TST-2-BUDGET-01"}


def test_ids_in_unchanged_sections_stay_when_another_section_changes() -> None:
    before = {i.id: i.text for i in tag_document(_hand_made(HAND_MADE)).items}
    changed = HAND_MADE.replace("We gaan de sporthal", "Eerst dit. We gaan ook de kantine verven. We gaan de sporthal")
    after = {i.id: i.text for i in tag_document(_hand_made(changed)).items}
    assert after["TST-2-BUDGET-01"] == before["TST-2-BUDGET-01"]


def test_ids_are_unique_on_the_corpus() -> None:
    for prefix in ("001", "003", "004"):
        ids = [i.id for i in _items(prefix)]
        assert len(ids) == len(set(ids)), f"duplicate item ids in {prefix}"


def test_passage_tags_name_item_types_and_themes() -> None:
    parsed = _parsed("003")[0]
    result = tag_document(parsed)
    assert isinstance(result, TagResult)
    tags = [t for values in result.passage_tags.values() for t in values]
    assert "action" in tags and "budget" in tags
    assert any(t.startswith("theme:") for t in tags)
    assert set(result.passage_tags) <= {p.id for p in parsed.passages}


def test_empty_document_has_no_items() -> None:
    result = tag_document(_hand_made("Titel\n"))
    assert result.items == () and result.passage_tags == {}


# --- a document the rules have never seen -----------------------------------------------------------------------------


def test_unseen_policy_text_with_its_own_layout() -> None:
    path = FIXTURES / "unseen_sportnota.txt"
    documents, _ = parse_file(path, empty_catalogue(), path.name)
    items = [i for d in documents for i in tag_document(d).items]
    by_type = Counter(i.type for i in items)
    assert by_type["request_gs"] == 2  # the en-dash items after "Wij vragen het college van Gedeputeerde Staten om:"
    assert all(i.parent_id is None for i in items if i.type == "request_gs")
    decision = next(i for i in items if i.type == "decision")
    assert decision.date == "12 maart 2025"
    request = next(i for i in items if i.type == "request")
    assert request.actor == "sportraad" and request.addressee == "gemeente"
    assert [i.text for i in items if i.type == "action"][:2] == [
        "Aanleg van een beweegroute langs het kanaal in 2026.",
        "Uitbreiding van het schoolzwemmen voor groep 5 en 6.",
    ]
    money = sorted(
        a.value for i in items if i.type == "budget" and i.amounts[0].kind not in ("row", "total") for a in i.amounts
    )
    assert money == [7500.0]  # the WOZ value, the hourly price and the "x € 1" marker are not money
    rows = [i for i in items if i.type == "budget" and i.amounts[0].kind == "row"]
    assert [(a.year, a.value) for a in rows[0].amounts] == [
        (2025, 120000.0),
        (2026, 120000.0),
        (2027, 125000.0),
        (2028, 125000.0),
    ]
    total = next(i for i in items if i.type == "budget" and i.amounts[0].kind == "total" and len(i.amounts) == 4)
    assert [a.value for a in total.amounts] == [sum(r.amounts[k].value for r in rows) for k in range(4)]
    goal = next(i for i in items if i.type == "goal")
    assert "minimaal 70%" in goal.text and goal.deadline == "In 2028"
    assert not [i for i in items if i.line_start in (6, 7)]  # the Begrippen definitions


def test_something_that_requires_something_is_not_a_request() -> None:
    assert classify_sentence("Dit vraagt om een aanpassing van het aanbod op het gebied van wonen.") is None
    assert classify_sentence("De Omgevingswet vraagt om een goede betrokkenheid van de samenleving.") is None
    assert classify_sentence("De sportraad vraagt de gemeente om meer aandacht voor aangepast sporten.") is not None


def test_a_statistic_in_parentheses_is_not_a_target() -> None:
    # 004 l.3050-3051: "… naar €207.000 in 2012 (-3,7%)"
    assert classify_sentence("De WOZ-waarde daalde van € 215.000 in 2010 naar €207.000 in 2012 (-3,7%).") is None


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    # 003 l.733-744: "We gaan met een zgn. infographic duidelijk maken …"
    sentences = [
        s for _, _, s in split_sentences("We gaan met een zgn. infographic duidelijk maken wat we doen. Klaar.")
    ]
    assert sentences == ["We gaan met een zgn. infographic duidelijk maken wat we doen.", "Klaar."]


def test_a_numbered_heading_after_a_numbered_list_ends_the_list() -> None:
    text = (
        "Bij het uitvoeren van het beleid gaan wij uit van de volgende uitgangspunten:\n"
        "4) We hebben bijzondere aandacht voor de voorzieningen in kleine dorpen.\n"
        "5) Ieder dorp is anders. De gemeente past zich aan op het tempo van ieder dorp.\n"
        "4. Trends en ontwikkelingen\n"
    )
    parsed = _hand_made(text)
    # ingestion may label the heading a numbered list item; the numbering (5) → 4.) says it is not
    blocks = tuple(dataclasses.replace(b, kind="numbered") if b.kind == "heading" else b for b in parsed.blocks)
    items = tag_document(dataclasses.replace(parsed, blocks=blocks)).items
    assert [i.line_start for i in items if i.type == "commitment"] == [2, 3]


def test_budget_payer_and_recipient() -> None:
    budgets = {i.line_start: i for i in _of_type("003", "budget")}
    assert budgets[845].addressee == "DOM" and budgets[845].actor == "Gemeente Midden-Drenthe"
    # money the document names no payer for is its author's ("Daarnaast ontvangt het DOM jaarlijks € 11.600")
    assert budgets[1053].addressee == "DOM" and budgets[1053].actor == "Gemeente Midden-Drenthe"
    rijk = next(i for i in _of_type("004", "budget") if "Het Rijk heeft" in i.text)
    assert rijk.actor == "Rijk"
    # … also as the agent of a passive ("wordt door het Rijk ruim 10 miljoen euro … beschikbaar gesteld")
    passive = next(i for i in _of_type("004", "budget") if "wordt door het Rijk" in i.text)
    assert passive.actor == "Rijk"


def test_an_abstract_subject_that_vraagt_om_is_not_a_request() -> None:
    # 001 l.322
    assert (
        classify_sentence("Regionale samenwerking vraagt om afstemming met de taken van andere bestuursorganen.")
        is None
    )
    assert classify_sentence("De dorpen vragen om duidelijkheid over de koers van de gemeente.") is not None


def test_a_list_of_dashes_alone_is_flat() -> None:
    # 004 l.864-878: "Beleidsstrategie" followed by "- We organiseren …", "- We stimuleren …"
    actions = [i for i in _of_type("004", "action") if 864 <= i.line_start <= 878]
    assert len(actions) == 4 and all(i.parent_id is None for i in actions)


def test_attribute_patterns_with_corpus_examples_and_counter_examples() -> None:
    from kb.tags.rules import DATE, DEADLINE, PAYER, RECIPIENT, REQUESTER, SENTENCE_EXCLUSIONS

    assert DEADLINE.search("breedband binnen 4 jaar in heel Drenthe").group(0) == "binnen 4 jaar"  # 004 l.1500
    assert DEADLINE.search("voor de jaren 2020-2026 te indexeren").group(0) == "2020-2026"  # 003 l.846
    assert DEADLINE.search("Werk samen met partners aan drinkwaterbescherming.") is None
    assert DATE.search("tijdens de raadsvergadering van 7 november 2019").group(0) == "7 november 2019"
    assert DATE.search("Vorig jaar heeft de raad besloten.") is None
    assert REQUESTER.search("De sportraad vraagt de gemeente om meer aandacht.").group("before") == "De sportraad"
    assert REQUESTER.search("Het is een vraag van velen.") is None
    assert RECIPIENT.search("De jaarlijkse bijdrage van € 20.420,00 aan het DOM voor kleine projecten").group("to") == (
        "het DOM"
    )
    assert RECIPIENT.search("De kosten komen ten laste van het budget Kleine dorpenbeleid.") is None
    assert PAYER.search("Het Rijk heeft € 45.000,- beschikbaar gesteld").group("who") == "Het Rijk"  # 004 l.4166
    assert PAYER.search("Per gemeente € 50.000.") is None
    assert SENTENCE_EXCLUSIONS.search("Welke rol ziet de gemeente voor zichzelf bij de samenwerking")
    assert not SENTENCE_EXCLUSIONS.search("De gemeente ziet een rol voor zichzelf.")


def test_intents_in_an_action_programme_are_actions() -> None:
    # 004 §2 UITVOERINGSPROGRAMMA, l.4018-4022: "We voeren in 2019 een evaluatie uit naar het functioneren …"
    actions = [i for i in _of_type("004", "action") if i.section_path and "UITVOERINGSPROGRAMMA" in i.section_path[-1]]
    assert any(i.text.startswith("We voeren in 2019 een evaluatie uit") and i.deadline == "in 2019" for i in actions)
    assert not [i for i in _of_type("004", "commitment") if 3976 <= i.line_start <= 5045]


def test_a_goal_label_covers_the_paragraphs_below_it_but_not_its_lead_in() -> None:
    goals = {i.line_start: i for i in _of_type("001", "goal")}
    # "Strategisch langetermijndoel" (l.756) is followed by two goal paragraphs (758-759, 761-763)
    assert 758 in goals and 761 in goals
    # "Voor het water- en bodemsysteem staan we voor de volgende opgaven:" (l.719) only introduces them
    assert 719 not in goals and 721 in goals
    # the paragraph after the opgaven list (l.752) is context, not a goal
    assert 752 not in goals


def test_unseen_council_proposal_with_numbered_headings_and_a_scaled_table() -> None:
    path = FIXTURES / "unseen_raadsvoorstel.txt"
    documents, _ = parse_file(path, empty_catalogue(), path.name)
    items = [i for d in documents for i in tag_document(d).items]

    def lines(item_type: str) -> list[int]:
        return [i.line_start for i in items if i.type == item_type]

    assert lines("goal") == [11, 12, 13]  # the numbered "Doelstellingen:" list under "2. Beoogd effect"
    assert lines("action") == [16, 17, 18]  # "3. Wat gaan we doen?" — not the "4. Financiële consequenties" heading
    assert 32 in lines("decision") and 33 in lines("decision") and 35 in lines("decision")
    money = sorted((a.value, a.kind) for i in items if i.type == "budget" and i.line_start < 24 for a in i.amounts)
    assert money == [(35000.0, "per_year"), (1250000.0, "amount")]  # the income and price statistics are not money
    table = [i for i in items if i.type == "budget" and 26 <= i.line_start <= 28]
    assert [(a.year, a.value) for a in table[0].amounts] == [(2024, 400000.0), (2025, 600000.0), (2026, 0.0)]
    assert table[-1].amounts[0].kind == "total"
    motion = next(i for i in items if i.type == "request")
    assert (motion.actor, motion.addressee, motion.deadline) == (
        "gemeenteraad",
        "college van B&W",
        "vóór 1 januari 2025",
    )


def test_004_monitoring_table_targets_are_separate_items_with_short_citations() -> None:
    # the monitoring table (l.1629-2128) has no full stops: each target must still be its own, short item
    goals = [i for i in _of_type("004", "goal") if 1629 <= i.line_start <= 2128]
    texts = " | ".join(i.text for i in goals)
    for target in ("binnen 4 jaar geen zeer zwakke scholen", "minimaal 10 scholen per jaar", "10% minder"):
        assert target in texts
    assert all(i.line_end - i.line_start <= 12 for i in goals)
    assert all(i.line_end - i.line_start <= 40 for i in _items("004"))


def test_signposting_is_not_an_item() -> None:
    # 004 l.3365: reading guidance, not a commitment
    assert classify_sentence("In het volgende hoofdstuk werken wij de drie prioritaire thema's uit.") is None
    assert classify_sentence("Wij werken de drie prioritaire thema's uit met onze partners.") is not None


# --- precision of commitments, "we willen", target states in a picture of the future -------------------------------


def test_we_willen_a_better_state_is_a_goal_and_we_willen_doing_something_a_commitment() -> None:
    # 003 l.677: wanting a state improved names the end state
    assert classify_sentence(
        "We willen de betrokkenheid en participatie van de inwoners bij de leefbaarheid én bij elkaar bevorderen."
    ) == ("ambition_want_state", "goal")
    # 003 l.978: wanting to be able to do something
    found = classify_sentence("Gevoelsmatig weten we wel veel, maar we willen dit objectiever kunnen vergelijken.")
    assert found is not None and found[1] == "goal"
    # 003 l.545 and l.987: wanting to do something stays a commitment
    assert (classify_sentence("Dit willen we behouden en versterken.") or ("", ""))[1] == "commitment"
    assert classify_sentence("We willen dorpen meer inzicht geven in deze feitelijke data.") == (
        "commit_want",
        "commitment",
    )


def test_a_word_after_we_that_is_no_verb_makes_no_commitment() -> None:
    # 003 l.514 and l.7: "we samen", "we het" are no present-tense verbs of doing
    assert classify_sentence("Dat moeten we samen met elkaar doen.") is None
    assert classify_sentence("Zo doen we het al jaren.") is None
    assert classify_sentence("We gaan dit beleidsplan na drie jaren tussentijds evalueren.") is not None


def test_exhortations_and_the_manner_of_an_earlier_intent_are_not_items() -> None:
    # 003 l.36 and l.677: "Laten we …", "doen we dit samen met …" repeat or colour the sentence before
    assert classify_sentence("Laten we dat blijven doen vanuit vertrouwen.") is None
    assert classify_sentence("Vanzelfsprekend doen we dit samen met WWMD.") is None
    assert classify_sentence("We doen mee aan de regionale aanpak van laaggeletterdheid.") is not None


def test_a_body_seeing_or_recognising_is_no_commitment_but_its_role_is() -> None:
    # 003 l.77, l.295: perception verbs; 003 l.635, 000 l.86: the role a body takes
    assert classify_sentence("De gemeente erkent de belangrijke positie van dorpsbelangenverenigingen.") is None
    assert classify_sentence("De gemeente ziet de dorpsbelangorganisaties als de vertegenwoordiging.") is None
    assert classify_sentence("De gemeente stimuleert inwoners en bedrijven om te verduurzamen.") is not None
    role = "De gemeente heeft een stimulerende, dienende en uitnodigende rol naar haar inwoners."
    assert classify_sentence(role) == ("commit_role", "commitment")
    # 002 l.23: a feeling is no intent
    assert classify_sentence("Als DOM voelen wij ons daarom in positieve zin ook aangesproken.") is None


def test_what_the_author_holds_desirable_is_a_commitment_unless_negated() -> None:
    # 003 l.504
    assert classify_sentence("Daarom is meer onderzoek en monitoring gewenst.") == ("commit_desirable", "commitment")
    assert classify_sentence("Een tweede sporthal is niet gewenst.") is None


def test_a_foreword_keeps_only_plain_we_undertakings() -> None:
    commitments = {i.line_start for i in _of_type("003", "commitment")}
    assert 22 in commitments  # "Wij geven als gemeente daarbij rugdekking, door kaders, ruimte en vertrouwen."
    assert 5 not in commitments and 6 not in commitments  # "… maken we zo het verschil", "En zorgen we voor …"


def test_target_state_sentences() -> None:
    from kb.tags.rules import target_state

    # 000 l.33, l.70, l.73, l.65, l.96: target states of a picture of 2035
    assert target_state("In elke kern is minstens één ontmoetingsplaats voor inwoners aanwezig.")
    assert target_state("Wonen, natuur en recreatie zijn in balans met landbouw en bedrijvigheid.")
    assert target_state("Onderwijs en arbeidsmarkt sluiten steeds beter op elkaar aan.")
    assert target_state("Het welzijn van onze inwoners gaat er door deze verduurzaming niet op achteruit.")
    assert target_state("Midden-Drenthe is dé gemeente met ruimte om een leven lang te wonen.")
    # a conclusion, a consequence, the first person, today: no target state
    assert not target_state("Er zijn dus voldoende woningen beschikbaar voor jong en oud.")
    assert not target_state("Door deze voorzieningen is de leefbaarheid op peil en in balans.")
    assert not target_state("We zijn een goed bereikbare gemeente.")
    assert not target_state("Op dit moment zijn niet alle kernen goed bereikbaar.")


def test_a_picture_of_the_future_yields_goals_with_its_year_and_today_does_not() -> None:
    goals = {i.line_start: i for i in _of_type("000", "goal")}
    # "Midden-Drenthe in 2035" and the sections after it
    for line in (31, 33, 39, 67, 70, 73, 74):
        assert line in goals and goals[line].deadline == "2035"
    # "Wie we zijn en waar we nu staan" (l.8): "Onze basisvoorzieningen zijn over het algemeen bereikbaar"
    assert 8 not in goals


def test_vision_titles_open_and_end_a_picture_of_the_future() -> None:
    from kb.tags.rules import VISION_END_TITLES, VISION_TITLES

    assert VISION_TITLES.search("Midden-Drenthe in 2035") is not None
    assert VISION_TITLES.search("Toekomstbeeld 2040") is not None
    assert VISION_TITLES.search("Ontwikkelingen in 2019 en 2020 in de zorg") is None
    assert VISION_END_TITLES.search("Bijlage 1 Overzicht subsidies") is not None
    assert VISION_END_TITLES.search("Ruimte… voor ontwikkeling") is None


@pytest.mark.parametrize(
    ("excluded", "kept"),
    [
        # 004 l.1588: discussing a subject in the text
        ("Vervolgens gaan we in op de financiële kaders.", "Vervolgens gaan we de financiële kaders herzien."),
        # 004 l.1091: worked out in another document
        (
            "Deze worden inhoudelijk verder uitgewerkt in de Nota Sociaal beleid.",
            "Deze plannen worden samen met de gemeenten uitgewerkt.",
        ),
        # 004 l.376: a pointer to a paragraph
        ("We eindigen met conclusies en constateringen in paragraaf 2.3.", "We eindigen de subsidie voor de pilot."),
        # 004 l.150 and l.259: the text presenting itself
        (
            "In dit beleidskader werken wij onze visie op krimp en leefbaarheid uit.",
            "In dit gebied werken wij samen met de gemeenten.",
        ),
        # 004 l.3289: a summary in a figure
        ("Onze rol is samengevat in onderstaande schema's.", "Onze rol is aanvullend op de rol van gemeenten."),
        # 004 l.3527: the perfect tense, inverted
        (
            "Hierbij hebben wij partijen als UMCG en GGD Drenthe betrokken.",
            "Hierbij betrekken wij partijen als UMCG en GGD Drenthe.",
        ),
        # 001 l.1619: the simple past
        (
            "We organiseerden onder meer vijf symposia en ambtelijke meeschrijfsessies.",
            "We organiseren onder meer vijf symposia en ambtelijke meeschrijfsessies.",
        ),
        # 004 l.1168: the end of a partner's quoted words
        ("Wij waarderen de goede samenwerking.”", "Wij waarderen vrijwilligers met een jaarlijkse prijs."),
        # 004 l.66 and l.1025: concluding and realising are no intent
        (
            "We concluderen dat de leefbaarheid in onze provincie onder druk staat.",
            "We versterken de leefbaarheid in onze provincie.",
        ),
    ],
)
def test_commitment_exclusions_with_a_corpus_example_and_a_counter_example(excluded: str, kept: str) -> None:
    assert classify_sentence(excluded) is None
    found = classify_sentence(kept)
    assert found is not None and found[1] == "commitment"


def test_004_commitments_do_not_fire_on_signposting_and_cross_references() -> None:
    texts = [i.text for i in _of_type("004", "commitment")]
    assert not [t for t in texts if "uitgewerkt in" in t or "gaan we in op" in t.lower()]


def test_a_wish_that_is_met_or_shared_among_the_requesters_is_no_request() -> None:
    # 002 l.3 and 003 l.856
    assert classify_sentence("De daarin beschreven ambities sluiten goed aan bij de wens van de inwoners.") is None
    assert classify_sentence("De ervaringen willen de dorpen graag onderling met elkaar uitwisselen.") is None
    # 003 l.120: the villages' wish to renew the policy stays a request
    wish = "Er is een sterke wens vanuit de dorpen voor een vernieuwing en versteviging van het Dorpenbeleid."
    assert classify_sentence(wish) == ("request_wish", "request")


def test_asking_for_clarity_with_the_object_first_is_a_request() -> None:
    # 003 l.110 (a list item in a subordinate word order)
    item = "Naast een open communicatie de dorpsbelangorganisaties ook duidelijkheid vragen over de koers."
    assert classify_sentence(item) == ("request_clarity", "request")
    assert classify_sentence("Er is duidelijkheid over de koers van de gemeente.") is None


def test_an_arrangement_established_in_a_year_is_a_decision() -> None:
    # 003 l.416
    found = classify_sentence("Een structurele bijdrage aan de dorpsbelangorganisaties is sinds 1999 ingesteld.")
    assert found == ("decision_adopted", "decision")
    assert classify_sentence("De verwarming is op twintig graden ingesteld.") is None


def test_decisions_told_in_the_past_or_listed_with_their_verdict() -> None:
    for sentence in (
        "Het algemeen bestuur heeft op 24 september 2025 een aanvullend krediet van € 3,2 miljoen beschikbaar gesteld.",
        "Op voorstel van drie fracties besloot het algemeen bestuur het voorstel te wijzigen.",
        "De gemeenteraad van Wageningen nam op 9 december 2024 de motie 'Fiets voorop' aan.",
        "Veilige schoolroutes Besluit: unaniem aangenomen",
    ):
        found = classify_sentence(sentence)
        assert found is not None and found[1] == "decision", sentence
    # counter-examples: money made available by no decision told, a council that took part
    assert classify_sentence("Er is voor fietsers een nieuwe stalling beschikbaar.") is None
    assert classify_sentence("De raad nam deel aan de werksessie over de woonvisie.") is None


def test_unseen_uitvoeringsprogramma_with_a_vision_chapter_and_a_row_per_line_table() -> None:
    path = FIXTURES / "unseen_uitvoeringsprogramma.txt"
    documents, _ = parse_file(path, empty_catalogue(), path.name)
    items = [i for d in documents for i in tag_document(d).items]

    def at(item_type: str) -> dict[int, Item]:
        return {i.line_start: i for i in items if i.type == item_type}

    decision = at("decision")[1]  # the title line and "Vastgesteld door het college … op 3 februari 2025."
    assert decision.date == "3 februari 2025"
    goals = [i for i in items if i.type == "goal"]
    # "Westerveen in 2030": target states with the year; the conclusion with "dus" and today's state are not
    states = [(i.line_start, i.text.split()[1], i.deadline) for i in goals if i.deadline == "2030"]
    assert states == [(18, "elke", "2030"), (18, "voorzieningenniveau", "2030"), (22, "woningaanbod", "2030")]
    assert not [i for i in items if "dus voldoende plekken" in i.text]
    assert not [i for i in goals if i.line_start == 12]  # "De meeste kernen zijn goed bereikbaar" describes today
    assert any(i.text.startswith("We willen de doorstroming") for i in goals)  # a better state: a goal
    assert not [i for i in items if "organiseerden" in i.text or "In hoofdstuk 4" in i.text]  # past, signposting
    # one action per table row, with its period and the partners the lexicon knows
    rows = [i for i in items if i.type == "action" and 30 <= i.line_start <= 33]
    assert [(i.line_start, i.deadline) for i in rows] == [
        (30, "2025"),
        (31, "2025-2027"),
        (32, "2026"),
        (33, "2025-2026"),
    ]
    assert rows[0].partners == ("BOKD",) and "provincie" in rows[3].partners
    money = sorted(a.value for i in items if i.type == "budget" for a in i.amounts)
    assert money == [40000.0, 85000.0]  # the WOZ value is a statistic


def test_programme_table_header_and_row_period() -> None:
    from kb.tags.rules import PROGRAMME_TABLE_HEADER, ROW_PERIOD

    # 004 l.3980-3983 names its columns "Prioritair thema Deelopgaven Acties Samenwerkingspartners"
    assert PROGRAMME_TABLE_HEADER.match("Prioritair thema Deelopgaven Acties Samenwerkingspartners")
    assert PROGRAMME_TABLE_HEADER.match("Maatregel Trekker Periode")
    assert PROGRAMME_TABLE_HEADER.match("Mijlpaal  Kwartaal")  # dev56: a planning annex of milestones by quarter
    assert not PROGRAMME_TABLE_HEADER.match("Kwartaal  Uitgaven  Ontvangsten")  # counter-example: money by quarter
    assert not PROGRAMME_TABLE_HEADER.match("Acties en maatregelen voor de kernen.")
    assert not PROGRAMME_TABLE_HEADER.match("Thema Toelichting Bron")
    assert ROW_PERIOD.search("Uitbreiden van de buurtbus naar Oosthoek 2025-2026").group("period") == "2025-2026"
    assert ROW_PERIOD.search("De buurtbus rijdt sinds 2019 naar Oosthoek.") is None


def test_a_programme_row_whose_name_holds_a_year_is_due_at_its_planning_cell() -> None:
    # dev34, dev48: the planning column after a name with a year in it; a calendar's row opens with its period
    text = (
        "3 Uitvoering\n\nNr Actie Trekker Planning Budget\n"
        "W5 Woonvisie 2027-2035 en doelgroepenverordening Schellekens Q2 2027 bestaand budget\n"
        "M2 Actualisatie van 6 Natura 2000-beheerplannen Provincie 2025–2027 € 1,5 mln\n"
    )
    rows = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [r.deadline for r in rows] == ["Q2 2027", "2025–2027"]
    calendar = "5 Planning\n\nJaar Product Wie\n2027 Voortgangsrapportage 2026 GS\n2028 Tussenevaluatie GS\n"
    assert [i.deadline for i in tag_document(_hand_made(calendar)).items if i.type == "action"][:1] == ["2027"]


def test_a_row_per_line_table_ends_at_a_line_without_a_period() -> None:
    # numbered: in a document without numbered headings every short title line is a heading, the table header too
    text = (
        "1. Uitvoering\n\nActie Partners Planning\nOpzetten van een repaircafé Kringloop Noord 2025\n"
        "Aanleg van een pluktuin Natuurvereniging 2026\n\nDe acties worden jaarlijks geëvalueerd door het college.\n"
    )
    items = tag_document(_hand_made(text)).items
    rows = [i for i in items if i.type == "action" and i.deadline in ("2025", "2026")]
    assert [i.text.split()[0] for i in rows] == ["Opzetten", "Aanleg"]
    assert not [i for i in rows if "geëvalueerd" in i.text]


def test_extended_target_and_intent_patterns_with_counter_examples() -> None:
    # 004 l.1500: achieving something within a term is a goal
    term = "Samen met partners zetten we in op de realisatie van breedband binnen 4 jaar in heel Drenthe."
    assert classify_sentence(term) == ("target_term", "goal")
    assert (classify_sentence("We zetten in op de realisatie van breedband in heel Drenthe.") or ("", ""))[1] != "goal"
    # 004 l.5016: a state reached by a time
    reached = "In het voorjaar van 2019 is tegen een acceptabele prijs in geheel Drenthe breedband beschikbaar."
    assert classify_sentence(reached) == ("ambition_year", "goal")
    assert classify_sentence("In het voorjaar van 2019 is de brochure verschenen.") is None
    # 000 l.62: planned consultation in the passive
    consult = "Zo worden nieuwe duurzame initiatieven altijd in afstemming met de omgeving besproken."
    assert classify_sentence(consult) == ("commit_passive", "commitment")
    assert classify_sentence("Hierdoor kunnen gerichte activiteiten worden gestimuleerd.") is None
    assert classify_sentence("Daarnaast wordt van rijkswege gestimuleerd dat ouderen langer thuis wonen.") is None
    # 003 l.974: what the author thinks good to do, not what is good to see
    good = "Daarnaast is het goed om ontwikkelingen in de dorpen te monitoren."
    assert classify_sentence(good) == ("commit_desirable", "commitment")
    assert classify_sentence("Het is goed om te zien dat zoveel inwoners meedoen.") is None


def test_a_citation_after_a_sentence_dates_the_decision_before_it() -> None:
    # 003 l.1083-1085: "Vorig jaar heeft de gemeenteraad besloten … De projecten wisselen jaarlijks.
    # (raadsbesluit van 4 juli 2019)." — one decision, dated by the citation
    decisions = [i for i in _of_type("003", "decision") if 1083 <= i.line_start <= 1085]
    assert len(decisions) == 2  # the raadsbesluit and the motie of 7 November
    assert decisions[0].text.startswith("Vorig jaar heeft de gemeenteraad besloten")
    assert decisions[0].date == "4 juli 2019"
    # a citation with no decision before it stays a decision of its own
    alone = tag_document(_hand_made("Het budget voor sport blijft gelijk (raadsbesluit van 4 juli 2019).\n")).items
    assert [i.type for i in alone if i.type == "decision"] == ["decision"]


def test_a_means_or_purpose_clause_does_not_make_we_willen_a_goal() -> None:
    # 004 l.1602: "om te kunnen bepalen" is the purpose of the action, not the wanted state
    purpose = (
        "Vanaf 2017 willen we jaarlijks een beeld vormen van de staat van Drenthe om te kunnen bepalen of we bijsturen."
    )
    assert (classify_sentence(purpose) or ("", ""))[1] != "goal"
    # 001 l.654: "door natuurgebieden te vergroten" is the means of "willen bijdragen"
    means = "We willen bijdragen aan een robuust natuursysteem door natuurgebieden te vergroten."
    assert (classify_sentence(means) or ("", ""))[1] == "commitment"
    assert classify_sentence("We willen de natuurgebieden vergroten.") == ("ambition_want_state", "goal")


# --- structure: what a heading, lead-in or table header announces --------------------------------------------


def _typed(text: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in tag_document(_hand_made(text)).items]


def _texts(text: str, item_type: str) -> list[str]:
    """The texts of the items of one type that a hand-made document yields."""
    return [found for kind, found in _typed(text) if kind == item_type]


def test_a_section_titled_afspraken_makes_its_numbered_points_actions_even_under_a_subheading() -> None:
    # a coalitieakkoord's "2.2 Afspraken" with a short unnumbered subheading between the points (dev half)
    text = (
        "2 Wonen en leefomgeving\n\nTiel groeit en de vraag naar woningen blijft groot, zeker onder ouderen.\n\n"
        "2.1 Ambitie\n\nDit willen we bereiken:\n• In 2030 zijn er 1.400 woningen bij.\n\n"
        "2.2 Afspraken\n\nWoningbouw versnellen\n\n1. We maken van woningbouw een topprioriteit.\n"
        "2. Opstellen van een nieuw volkshuisvestingsprogramma met de corporaties.\n\nWijken\n\n"
        "3. Vergroenen van tien schoolpleinen samen met de scholen.\n"
    )
    typed = _typed(text)
    assert [t for kind, t in typed if kind == "action"] == [
        "We maken van woningbouw een topprioriteit.",
        "Opstellen van een nieuw volkshuisvestingsprogramma met de corporaties.",
        "Vergroenen van tien schoolpleinen samen met de scholen.",
    ]
    assert ("goal", "In 2030 zijn er 1.400 woningen bij.") in typed


def test_goal_lead_ins_make_the_bullets_below_them_goals() -> None:
    text = (
        "1.1 Wonen\n\nDit willen we bereiken:\n• In 2030 zijn er 1.400 woningen bij.\n"
        "• De wachttijd voor een sociale huurwoning daalt naar vijf jaar.\n\nDe markt is krap.\n"
    )
    goals = [t for kind, t in _typed(text) if kind == "goal"]
    assert goals == [
        "In 2030 zijn er 1.400 woningen bij.",
        "De wachttijd voor een sociale huurwoning daalt naar vijf jaar.",
    ]


def test_a_nominalised_measure_is_an_action_only_under_a_measures_heading() -> None:
    under = "1.1 Maatregelen\n\nOpstellen van een warmteplan voor alle wijken.\n"
    elsewhere = "1.1 Inleiding\n\nOpstellen van een warmteplan was in 2020 al aan de orde.\n"
    assert ("action", "Opstellen van een warmteplan voor alle wijken.") in _typed(under)
    assert not [kind for kind, _ in _typed(elsewhere) if kind == "action"]


def test_indicator_table_rows_with_target_values_are_goals() -> None:
    text = (
        "1 Natuur\n\nTabel 1 Indicatoren\n\nIndicator Nulmeting Streefwaarde 2028 Streefwaarde 2031\n"
        "Gerealiseerd natuurnetwerk (ha) 57.900 (2024) 59.800 61.400\n"
        "Aantal faunapassages 0 (2025) 2 4\nBron: provinciale administratie\n"
    )
    goals = [t for kind, t in _typed(text) if kind == "goal"]
    assert goals == ["Gerealiseerd natuurnetwerk (ha) 57.900 (2024) 59.800 61.400", "Aantal faunapassages 0 (2025) 2 4"]
    # the next part of the document on a line of its own ends the table (dev54: a motion after the annex's table)
    motion = text.replace("Bron: provinciale administratie\n", "MOTIE\nNummer: M-2026-52\nAgendapunt: 7, PS-2026-118\n")
    goals = [t for kind, t in _typed(motion) if kind == "goal"]
    assert goals == ["Gerealiseerd natuurnetwerk (ha) 57.900 (2024) 59.800 61.400", "Aantal faunapassages 0 (2025) 2 4"]


def test_an_indicator_table_of_a_value_now_and_in_a_year_to_come_holds_targets() -> None:
    # dev28: "Indicator  2025  2030" in a plan of 2026, the target year five years on
    rows = (
        "Verward gedrag binnen 3 werkdagen bij zorg belegd       64%        85%\n"
        "Ex-gedetineerden met onderdak en inkomen                78%        90%\n"
    )
    text = f"5 Zorg en veiligheid\n\nTabel 5  Indicatoren Zorg en veiligheid\nIndicator   2025   2030\n{rows}"

    def goals(text: str, title: str) -> list[Item]:
        meta = DocumentMeta(id="proef", code="TST", title=title, issuer="Gemeente Proefdorp", year=2026)
        return [i for i in tag_document(ingest_text(text, meta, "proef.txt")).items if i.type == "goal"]

    found = goals(text, "Integraal Veiligheidsplan 2027-2030")
    assert [g.text[:20] for g in found] == ["Verward gedrag binne", "Ex-gedetineerden met"]
    assert {g.deadline for g in found} == {"2030"}
    # counter-example: two years already past, in an annual report, are realised figures
    assert not goals(text.replace("2025   2030", "2023   2025"), "Jaarverslag 2025")


def test_a_target_row_is_due_by_the_latest_year_its_tables_header_names() -> None:
    text = (
        "1 Natuur\n\nTabel 1 Indicatoren\n\nIndicator Nulmeting Streefwaarde 2028 Streefwaarde 2031\n"
        "Gerealiseerd natuurnetwerk (ha) 57.900 (2024) 59.800 61.400\n"
        "Aantal faunapassages 0 (2025) 2 4\nBron: provinciale administratie\n"
    )
    goals = [i for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert [g.deadline for g in goals] == ["2031", "2031"]  # not the baseline's 2024 or 2025
    cells = (
        "6 Cultuur\n\nTabel 4.1 Indicatoren programma 6\n\nIndicator\nNulmeting\nStreefwaarde 2027\n"
        "Aandeel inwoners dat jaarlijks cultuur bezoekt of beoefent\n78% (2025)\n80%\n"
    )
    assert [i.deadline for i in tag_document(_hand_made(cells)).items if i.type == "goal"] == ["2027"]
    # counter-example: a header that names no year leaves a row without one undated
    undated = text.replace("Streefwaarde 2028 Streefwaarde 2031", "Streefwaarde").replace(" 61.400", "")
    assert [i.deadline for i in tag_document(_hand_made(undated)).items if i.type == "goal"] == [None, None]


def test_a_paragraph_that_asks_someone_under_a_measures_header_is_a_request_not_a_measure() -> None:
    # dev48: "Wij vragen de waterschappen om bij de herziening van hun waterbeheerprogramma's …" under the measures
    text = (
        "3 Water\n\nMaatregelen\n\nWij herstellen 45 kilometer beek samen met de waterschappen.\n\n"
        "Wij vragen de waterschappen om bij de herziening van hun waterbeheerprogramma's in 2027 de\n"
        "natuurdoelen op te nemen.\n"
    )
    typed = _typed(text)
    assert any(kind == "action" and t.startswith("Wij herstellen 45 kilometer") for kind, t in typed)
    assert not any(kind == "action" and t.startswith("Wij vragen de waterschappen") for kind, t in typed)
    assert any(kind == "request" and t.startswith("Wij vragen de waterschappen") for kind, t in typed)


def test_a_quarter_without_its_year_is_due_in_the_year_the_document_is_about() -> None:
    # dev34's "Jaarplan 2028": "Maaibeheer dijktaluds  Beheer en Onderhoud  Q2-Q3  3.280" is due in Q2-Q3 2028
    text = (
        "3 Uitvoering\n\nActiviteit  Afdeling  Planning  Kosten\n"
        "Maaibeheer dijktaluds  Beheer en Onderhoud  Q2-Q3  3.280\n"
        "Exotenbestrijding  Beheer en Onderhoud  Q1-Q4  540\n"
    )
    plan = ingest_text(text, DocumentMeta(id="p", code="TST", title="Jaarplan 2028 - Schoon water"), "p.txt")
    assert [i.deadline for i in tag_document(plan).items if i.type == "action"] == ["Q2-Q3 2028", "Q1-Q4 2028"]
    # counter-example: a plan for a period gives its quarters no year
    period = ingest_text(text, DocumentMeta(id="p", code="TST", title="Veiligheidsplan 2027-2030"), "p.txt")
    assert [i.deadline for i in tag_document(period).items if i.type == "action"] == ["Q2-Q3", "Q1-Q4"]


def test_a_table_of_decisions_gives_one_decision_per_dated_row() -> None:
    text = (
        "1 Besluiten\n\nTabel 4.1 Besluiten algemeen bestuur\nDatum Onderwerp Besluit\n"
        "12 februari Dijkversterking Dollarddijk Krediet beschikbaar gesteld\n26 maart Kadernota 2026 Vastgesteld\n"
    )
    decisions = [t for kind, t in _typed(text) if kind == "decision"]
    assert decisions == [
        "12 februari Dijkversterking Dollarddijk Krediet beschikbaar gesteld",
        "26 maart Kadernota 2026 Vastgesteld",
    ]


def test_a_decision_point_that_asks_gs_to_act_is_also_a_request_to_gs() -> None:
    text = (
        "1 Voorstel\n\nBeslispunten\n1. De Kadernota 2027 vast te stellen.\n"
        "2. Gedeputeerde Staten te verzoeken de voorstellen uit te werken in de begroting.\n"
    )
    typed = _typed(text)
    second = "Gedeputeerde Staten te verzoeken de voorstellen uit te werken in de begroting."
    assert ("decision", second) in typed and ("request_gs", second) in typed
    assert ("decision", "De Kadernota 2027 vast te stellen.") in typed
    # … the header in a Statenvoorstel's words (dev54: "Gevraagd besluit (beslispunten)")
    for header in ("Gevraagd besluit (beslispunten)", "Te nemen besluit"):
        typed = _typed(text.replace("Beslispunten", header))
        assert ("decision", "De Kadernota 2027 vast te stellen.") in typed, header
    # counter-example: a heading that only names the decision asked for elsewhere announces no points
    assert not any(t == "decision" for t, _ in _typed("1 Voorstel\n\nGevraagd besluit\nZie het ontwerpbesluit.\n"))


def test_programme_rows_with_columns_run_together_keep_their_period() -> None:
    text = (
        "1 Uitvoering\n\nNr Actie Trekker Partners Planning Budget\n"
        "A1 Opstellen woningbouwprogrammering team RO corporaties Q2 2026 bestaand\n"
        "A2 Inzetten projectleider woningbouw team RO flexpool 2026-2027 € 300.000\n"
    )
    rows = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [(i.text.split()[0], i.deadline) for i in rows] == [("A1", "Q2 2026"), ("A2", "2026-2027")]


def test_money_in_prose_keeps_each_amounts_own_year_and_a_shared_multiplier() -> None:
    items = tag_document(
        _hand_made("1 Financien\n\nHet nadeel loopt op van € 1,45 miljoen in 2027 tot € 1,9 miljoen in 2030.\n")
    ).items
    amounts = [(a.value, a.year) for i in items if i.type == "budget" for a in i.amounts]
    assert amounts == [(1450000.0, 2027), (1900000.0, 2030)]
    from kb.amounts import find_money

    assert [m.value for m in find_money("tussen € 9,1 en € 12,4 miljoen per jaar")] == [9100000.0, 12400000.0]


def _budget_amounts(text: str, title: str = "Proefnota") -> list[tuple[float, int | None, str]]:
    items = tag_document(_hand_made(text, title=title)).items
    return [(a.value, a.year, a.kind) for i in items if i.type == "budget" for a in i.amounts]


def test_a_yearly_amount_takes_the_year_it_starts_and_a_dated_stock_is_a_balance() -> None:
    assert _budget_amounts("1 Financien\n\nDe subsidie daalt met € 60.000 per jaar vanaf 2028.\n") == [
        (60000.0, 2028, "per_year")
    ]
    assert _budget_amounts("1 Financien\n\nVanaf 2028 trekken we hiervoor € 50.000 per jaar uit.\n") == [
        (50000.0, 2028, "per_year")
    ]
    # counter-example: a one-off sum in a sentence that says from when is not dated by it
    assert _budget_amounts("1 Financien\n\nVanaf 2028 is eenmalig € 2 miljoen beschikbaar voor de verbouwing.\n") == [
        (2000000.0, None, "amount")
    ]
    assert _budget_amounts("1 Reserves\n\nDe reserve had op 1 januari 2026 een stand van € 3.150.000.\n") == [
        (3150000.0, 2026, "balance")
    ]
    # counter-example: a date that names no stock of money
    assert _budget_amounts("1 Heffingen\n\nPer 1 januari 2027 stijgt de heffing met € 5 per woning.\n") == [
        (5.0, None, "amount")
    ]


def test_a_document_about_one_budget_year_dates_the_amounts_that_name_none() -> None:
    from kb.tags.money import budget_year

    assert budget_year("Jaarverslag 2025 – Verantwoording over het begrotingsjaar 2025") == (2025, True)
    assert budget_year("Begroting 2027 en meerjarenraming 2028–2030") == (2027, False)
    assert budget_year("Coalitieakkoord 2026-2030") == (None, False)
    assert budget_year("Begrotingsraad 4 november 2025 – Programmabegroting 2026: amendementen") == (None, False)
    prose = "1 Financien\n\nDe lasten zijn € 728.000 lager dan begroot.\n"
    assert _budget_amounts(prose, title="Jaarverslag 2025") == [(728000.0, 2025, "amount")]
    assert _budget_amounts(prose, title="Nota Sport en Bewegen 2026–2030") == [(728000.0, None, "amount")]
    table = (
        "1 Financien\n\nOverzicht lasten programma (bedragen x € 1.000)\n\n"
        "Onderdeel Begroot Gerealiseerd Verschil\nSport 1.200 1.350 -150\nCultuur 2.400 2.250 150\n"
        "Welzijn 3.100 3.000 100\n"
    )
    # in accounts every column is the year's; in a budget a row of several figures without years keeps none
    assert {y for _, y, _ in _budget_amounts(table, title="Jaarverslag 2025")} == {2025}
    assert {y for _, y, _ in _budget_amounts(table, title="Programmabegroting 2027")} == {None}


def test_a_long_year_header_and_a_captions_single_year_date_a_tables_figures() -> None:
    header = "Omschrijving Real. 2025 Begr. 2026 Begr. 2027 Ram. 2028 Ram. 2029 Ram. 2030"
    text = (
        "4.3 Wat mag het kosten?\n\nTabel 4.2 Lasten en baten programma 6 (x € 1.000)\n\n"
        f"{header}\nLasten\nCultuur 21.345 22.890 24.160 23.780 23.410 23.350\n"
        "Erfgoed 13.870 15.420 17.235 16.480 15.120 14.760\nTotaal lasten 35.215 38.310 41.395 40.260 38.530 38.110\n"
    )
    first = _budget_amounts(text)[:2]
    assert first == [(21345000.0, 2025, "row"), (22890000.0, 2026, "row")]
    text = (
        "8.2 Kostentoerekening\n\nTabel 8.2 Kostentoerekening 2027 (x € 1.000) Watersysteem Zuiveren Totaal\n"
        "Netto lasten programma's 78.140 64.330 142.470\nOnvoorzien 150 100 250\n"
        "Te dekken door belastingen 88.110 72.510 160.620\n"
    )
    assert {y for _, y, _ in _budget_amounts(text)} == {2027}
    # the caption's year, not one in the prose above it ("… Nota Weerstandsvermogen 2024 …")
    text = (
        "5 Weerstandsvermogen\n\nProvinciale Staten hebben in de Nota Weerstandsvermogen 2024 bepaald dat de ratio "
        "ten\nminste 1,4 moet bedragen.\n\nTabel 5.1 Overzicht lasten en baten 2027 (x € 1.000)\n"
        "Programma Lasten Baten Saldo\n1 Landelijk gebied 106.380 34.290 -72.090\n2 Mobiliteit 280.155 174.420 "
        "-105.735\nTotaal 386.535 208.710 -177.825\n"
    )
    assert {y for _, y, _ in _budget_amounts(text)} == {2027}


def test_a_table_counted_in_millions_reads_decimal_figures_and_a_table_ends_at_the_next_caption() -> None:
    text = (
        "10 Financien\n\nTabel 1 Intensiveringen per thema (bedragen x € 1 miljoen)\n\n"
        "Thema 2028 2029 2030 2031 Totaal\nWonen en ruimte 9,0 11,5 11,5 10,0 42,0\n"
        "Bereikbaarheid 14,0 16,5 18,0 18,5 67,0\nTotaal intensiveringen 23,0 28,0 29,5 28,5 109,0\n"
    )
    rows = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert rows[0].text == "Wonen en ruimte: 9 11,5 11,5 10 42"
    assert [(a.value, a.year) for a in rows[0].amounts][:2] == [(9000000.0, 2028), (11500000.0, 2029)]
    # a single column under "x € 1.000" is read too; the year header of the table above does not reach it
    text = (
        "5 Zuiveren\n\nTabel 5.2 Lasten en baten (x € 1.000)\nBegroting 2026 Begroting 2027 Raming 2028\n"
        "Lasten 66.230 68.950 71.480\nBaten 4.410 4.620 4.750\nSaldo -61.820 -64.330 -66.730\n\n"
        "Tabel 5.3 Lasten 2027 naar kostensoort (x € 1.000)\nKapitaallasten 24.180\nPersoneelslasten 12.640\n"
        "Energie 6.870\nTotaal 43.690\n"
    )
    amounts = {i.text: [(a.value, a.year) for a in i.amounts] for i in tag_document(_hand_made(text)).items}
    assert amounts["Kapitaallasten: 24.180"] == [(24180000.0, 2027)]
    # counter-examples: a product is no unit, and a caption with the unit is no row worth 1.000
    from kb.amounts import unit_scale

    assert unit_scale("Bestaand budget (10 x € 172.000) 1.720.000") == 1.0
    assert unit_scale("(x € 1.000, opgenomen in tabel 3)") == 1000.0
    text = (
        "9 Dekking\n\nDe claims dekken wij als volgt.\n\nDekking eenmalige claims x € 1.000\n"
        "Rekeningresultaat 2025 18.200\nVrij besteedbare ruimte 30.950\nTotaal dekking 49.150\n"
    )
    rows = [i.text for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert rows == ["Rekeningresultaat 2025: 18.200", "Vrij besteedbare ruimte: 30.950", "Totaal dekking: 49.150"]


def test_a_budget_table_whose_header_names_measures_makes_each_row_an_action_too() -> None:
    text = (
        "5 Financien\n\nTabel 5 Taakstelling en ombuigingen (x € 1.000; + = voordeel)\nNr Maatregel 2027 2028 2029\n"
        "T1 Efficiency bedrijfsvoering 250 450 600\nT2 Herijking subsidies 150 300 350\nTotaal 400 750 950\n"
    )
    items = tag_document(_hand_made(text)).items
    assert [i.text for i in items if i.type == "action"] == [
        "T1 Efficiency bedrijfsvoering: 250 450 600",
        "T2 Herijking subsidies: 150 300 350",
    ]  # the total is no measure
    assert len([i for i in items if i.type == "budget"]) == 3
    # … and so does one of a budget's policy intentions (dev18: "Nr Voornemen Programma 2027 2028 …")
    intentions = text.replace("Nr Maatregel", "Nr Voornemen")
    assert len([i for i in tag_document(_hand_made(intentions)).items if i.type == "action"]) == 2
    # counter-example: a table of programmes is money, not measures
    programmes = text.replace("Nr Maatregel", "Nr Programma")
    assert not [i for i in tag_document(_hand_made(programmes)).items if i.type == "action"]
    # … and so are rows without a code under a header of measures: schemes with their money (dev14)
    uncoded = text.replace("T1 Efficiency", "Efficiency").replace("T2 Herijking", "Herijking")
    assert not [i for i in tag_document(_hand_made(uncoded)).items if i.type == "action"]


def test_a_measures_table_without_years_in_its_header_makes_each_coded_row_an_action() -> None:
    # dev48: "Nr.  Maatregel  Trekker  Planning  Budget (€ mln)" with rows coded "M1.1", "M2.3"
    text = (
        "Bijlage 1 Overzicht maatregelen\n\nNr.  Maatregel   Trekker   Planning  Budget (€ mln)\n"
        "M1.1  Verwerving resterende gronden   Provincie  2025–2029  27,50\n"
        "M2.3  Bufferzones en extensivering   Provincie  2026–2030  8,00\n  Totaal   35,50\n"
    )
    items = tag_document(_hand_made(text)).items
    assert [i.text for i in items if i.type == "action"] == [
        "M1.1 Verwerving resterende gronden Provincie 2025–2029: 27,5",
        "M2.3 Bufferzones en extensivering Provincie 2026–2030: 8",
    ]
    assert [a.value for i in items if i.type == "budget" for a in i.amounts][:2] == [27_500_000.0, 8_000_000.0]
    # counter-example: the same rows under a header of projects with their credits are money only
    credits = text.replace("Maatregel", "Project   Krediet")
    assert not [i for i in tag_document(_hand_made(credits)).items if i.type == "action"]
    # … and so are they under a header that names no one to lead them and no time (a list of costs per measure)
    costs = text.replace("Trekker   Planning  Budget (€ mln)", "Bedrag (€ mln)")
    assert not [i for i in tag_document(_hand_made(costs)).items if i.type == "action"]


def test_a_row_whose_label_and_figures_stand_one_per_line_keeps_all_its_cells() -> None:
    text = (
        "6 Bestuur\n\nWat heeft het gekost? (x € 1.000)\nProgramma 6\nBegroting primitief\n"
        "Begroting na wijziging\nRealisatie\nVerschil\nV/N\nLasten\n48.200\n49.650\n50.128\n-478\nN\n"
        "Baten\n1.900\n2.050\n2.312\n262\nV\n"
    )
    rows = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert [[a.value for a in r.amounts] for r in rows] == [
        [48200000.0, 49650000.0, 50128000.0, -478000.0],
        [1900000.0, 2050000.0, 2312000.0, 262000.0],
    ]


def test_a_table_caption_above_the_year_header_sets_the_unit() -> None:
    text = (
        "1 Financien\n\nTabel 2.1 Financieel kader (bedragen x € 1.000; + = voordeel, - = nadeel)\n\n"
        "2027 2028 2029 2030\nStartsaldo meerjarenraming 9.850 8.600 7.900 6.200\n"
        "Provinciefonds 4.350 3.900 3.600 4.100\nRente en treasury 750 1.350 1.700 2.550\n"
    )
    rows = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert rows and [(a.value, a.year) for a in rows[0].amounts][:2] == [(9850000.0, 2027), (8600000.0, 2028)]


def test_a_recurrence_is_not_a_deadline_and_amounts_say_their_basis() -> None:
    text = (
        "1.1 Financiën\n\nWij stellen jaarlijks € 250.000 beschikbaar voor dorpshuizen tot en met 2030.\n"
        "Daarnaast is eenmalig € 1,5 miljoen beschikbaar voor de verbouwing van het dorpshuis in 2027.\n"
        "De gemeenten dragen € 2,50 per inwoner bij aan het regionale fonds.\n"
    )
    items = tag_document(_hand_made(text)).items
    yearly = next(i for i in items if "jaarlijks" in i.text and i.type != "budget")
    assert yearly.recurrence == "jaarlijks" and yearly.deadline == "tot en met 2030"
    bases = {a.value: a.basis for i in items if i.type == "budget" for a in i.amounts}
    assert bases == {250000.0: "per_jaar", 1500000.0: "eenmalig", 2.5: "per_inwoner"}


def test_a_theme_line_inside_the_measures_keeps_the_list_going() -> None:
    actions = _texts(
        "Programma 1 Bestuur\n\nWat gaan we daarvoor doen?\n\nDienstverlening\n"
        "• Uitvoeren van het programma Dienstverlening met een nieuwe website.\n"
        "• Schrijven van alle standaardbrieven op taalniveau B1.\n\nVeiligheid\n"
        "• Vaststellen van het Integraal Veiligheidsplan in het najaar van 2026.\n"
        "• Inzetten van twee extra boa's voor de aanpak van overlast.\n",
        "action",
    )
    assert any("Veiligheidsplan" in a for a in actions) and any("boa's" in a for a in actions)
    assert not any(a.strip() in ("Veiligheid", "Dienstverlening") for a in actions)


def test_numbered_measures_under_acties_are_actions_even_when_read_as_headings() -> None:
    actions = _texts(
        "Spoor 1 Voorzieningen in de kernen\n\nDoelstelling\nInwoners van kleine kernen hebben in 2029 goede "
        "toegang tot voorzieningen.\n\nActies\n\n"
        "1.1 Subsidieregeling Leefbare Kernen voor ontmoetingsplekken en gedeelde voorzieningen\n"
        "    Trekker: provincie | Planning: 2026-2029 | Budget: € 3.600.000\n"
        "1.2 Dorpshuizenfonds voor de verduurzaming van dorpshuizen in de kernen\n"
        "    Trekker: provincie | Planning: 2026-2029 | Budget: € 1.800.000\n",
        "action",
    )
    assert any("Subsidieregeling Leefbare Kernen" in a for a in actions)
    assert any("Dorpshuizenfonds" in a for a in actions)


def test_an_action_table_with_one_cell_per_line_gives_one_action_per_row() -> None:
    parsed = _hand_made(
        "3 Programma\n\nTabel 3.1 Programma 2026-2027 (budget x € 1.000)\n\nNr.\nActiviteit\nDoel\nTrekker\n"
        "Planning\nBudget\n\nA. Waterveiligheid\nA.01\nDijkversterking Maasdijk\nRavenstein–Lith: uitvoering fase 2\n"
        "D-A1\nProjectrealisatie\nQ1 2026 – Q4 2027\n18.400\nA.02\nVerkenning dijkversterking Lith–Oijen\nD-A1\n"
        "Waterveiligheid\nQ2 2026 – Q4 2027\n1.200\n\nDe bedragen zijn inclusief interne uren en exclusief btw, zoals "
        "in de vorige programma's ook het geval was.\n"
    )
    items = tag_document(parsed).items
    rows = [i for i in items if i.type == "action"]
    assert len(rows) == 2
    assert "Dijkversterking Maasdijk" in rows[0].text and "Q1 2026" in rows[0].text
    assert rows[1].text.startswith("Verkenning dijkversterking")
    # the money column makes each row a budget too, its last cell scaled by the caption; the cells are no items
    budgets = [i for i in items if i.type == "budget"]
    assert [(b.line_start, b.line_end, [a.value for a in b.amounts]) for b in budgets] == [
        (rows[0].line_start, rows[0].line_end, [18_400_000.0]),
        (rows[1].line_start, rows[1].line_end, [1_200_000.0]),
    ]


def test_an_action_table_one_cell_per_line_without_row_numbers_is_read_by_its_period_column() -> None:
    text = (
        "4 Uitvoering\n\nTabel 4.1 Acties\n\nActie\nTrekker\nPartners\nPlanning\nBudget\n"
        "Inrichten programmabureau en\naanstellen programmamanager\nBerkelland\nalle partijen\nQ1 2026\n€ 180.000\n"
        "Opzetten regionale woonzorgmonitor\nProvincie\ngemeenten, corporatie\nQ2 2026\nbinnen bestaand budget\n"
        "Subtotaal\n€ 180.000\nOpenen informatiepunt\nWinterswijk\nouderenbonden\nQ3 2026\n€ 95.000\n\n"
        "De bedragen komen ten laste van het regionale fonds, tenzij in de tabel anders is vermeld bij de actie.\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i.text for i in items if i.type == "action"]
    assert actions == [
        "Inrichten programmabureau en aanstellen programmamanager Berkelland alle partijen Q1 2026 € 180.000",
        "Opzetten regionale woonzorgmonitor Provincie gemeenten, corporatie Q2 2026 binnen bestaand budget",
        "Openen informatiepunt Winterswijk ouderenbonden Q3 2026 € 95.000",  # the subtotal's cells stay out
    ]
    budgets = [(i.text.split()[0], [a.value for a in i.amounts]) for i in items if i.type == "budget"]
    assert ("Inrichten", [180000.0]) in budgets and ("Openen", [95000.0]) in budgets
    # counter-example: a header without a period or money column does not say where a row ends
    text = text.replace("Planning\nBudget\n", "Toelichting\n").replace("Tabel 4.1 Acties", "Tabel 4.1 Overzicht")
    assert not [i for i in tag_document(_hand_made(text)).items if i.type == "action"]


def test_a_programme_of_projects_by_site_with_a_period_column_gives_an_action_per_row() -> None:
    text = (
        "9 Woningbouwprogramma\n\nTabel 9.1 Woningbouwprogramma per kern\n\nKern / locatie\nAantal woningen\n"
        "Waarvan sociaal\nPeriode\nNoordwijk – Kerkweg fase 3\n620\n190\n2026–2030\nCentrum en stationsgebied\n"
        "410\n120\nnajaar 2027\nSubtotaal stad\n1.030\n310\n\nDe aantallen zijn indicatief en worden jaarlijks in de "
        "woningbouwmonitor bijgesteld door de gemeente.\n"
    )
    actions = _texts(text, "action")
    assert actions == ["Noordwijk – Kerkweg fase 3 620 190 2026–2030", "Centrum en stationsgebied 410 120 najaar 2027"]
    # counter-example: the same sites without a period column are figures per site, not planned works
    text = text.replace("Periode\n", "Inwoners\n").replace("2026–2030\n", "4.120\n").replace("najaar 2027\n", "980\n")
    assert not _texts(text, "action")


def test_an_investment_table_between_bars_gives_each_project_its_credit_and_years() -> None:
    # a municipal MIP's "Project | Krediet | 2027 | … | Dekking" (dev36): the credit before the years has no year,
    # an empty cell "-" is a nought, the source of cover after the figures is no figure; the projects of an
    # investment plan are credits asked, not measures described
    text = (
        "3 Onderwijshuisvesting\n\nTabel 3.1 Investeringen onderwijshuisvesting (bedragen x € 1.000)\n\n"
        "Project | Krediet | 2027 | 2028 | 2029 | 2030 | Dekking\n"
        "Nieuwbouw IKC Reeshof-Noord | 9.800 | 1.200 | 4.600 | 3.600 | 400 | Kapitaallasten\n"
        "Tijdelijke huisvesting Udenhout | 850 | 850 | - | - | - | Kapitaallasten\n"
        "Vervangende nieuwbouw vmbo-school Het | 18.600 | 600 | 2.500 | 8.200 | 7.300 | Kapitaallasten /\n"
        "Kwadrant, locatie Stappegoor | | | | | | reserve OHV\n"
        "Totaal onderwijshuisvesting | 29.250 | 2.650 | 7.100 | 11.800 | 7.700 |\n"
    )
    items = tag_document(_hand_made(text)).items
    # a project whose name wraps onto the line below its figures spans both lines
    school = next(i for i in items if i.type == "budget" and i.text.startswith("Vervangende"))
    assert (school.line_start, school.line_end) == (8, 9)
    budgets = {i.text.split(":")[0]: [(a.value, a.year) for a in i.amounts] for i in items if i.type == "budget"}
    assert budgets["Nieuwbouw IKC Reeshof-Noord"] == [
        (9_800_000, None), (1_200_000, 2027), (4_600_000, 2028), (3_600_000, 2029), (400_000, 2030),
    ]  # fmt: skip
    assert budgets["Tijdelijke huisvesting Udenhout"][2] == (0.0, 2028)
    assert "Totaal onderwijshuisvesting" in budgets
    assert not [i for i in items if i.type == "action"]
    # a column counting an asset's years of depreciation before the years is no money (a GR's investeringsplanning)
    text = (
        "7 Investeringen\n\nInvesteringsplanning 2028-2031 (bedragen x € 1.000)\n\n"
        "Omschrijving | Afschr.termijn (jr) | 2028 | 2029 | 2030 | 2031 | Totaal\n"
        "Tankautospuiten (TS) | 15 | 2.580 | 2.150 | 2.150 | 1.720 | 8.600\n"
        "Hoogwerker | 15 | - | 980 | - | - | 980\n"
    )
    items = tag_document(_hand_made(text)).items
    trucks = next(i for i in items if i.type == "budget" and i.text.startswith("Tankautospuiten"))
    assert [(a.value, a.year) for a in trucks.amounts][:2] == [(2_580_000, 2028), (2_150_000, 2029)]


def test_a_risk_register_one_cell_per_line_gives_measures_but_no_money() -> None:
    # a MIP's "Risico / Kans / Financieel gevolg / Beheersmaatregelen" (dev36): the consequence is no budget
    text = (
        "9 Risico's\n\nTabel 9.1 Belangrijkste risico's en beheersmaatregelen\n\nRisico\nKans\nFinancieel gevolg\n"
        "Beheersmaatregelen\n\n1. Bouwkosten stijgen sterker dan de geraamde indexatie\nGroot\ntot € 3,0 mln\n"
        "Go/no-go-moment na definitief ontwerp; bouwteamcontracten\n\n2. Netcongestie vertraagt aansluiting\nMiddel\n"
        "tot € 0,6 mln\nVroegtijdig aanvragen transportcapaciteit bij Enexis\n"
    )
    items = tag_document(_hand_made(text)).items
    assert not [i for i in items if i.type == "budget"]
    # the same amount in a list of measures is money
    plain = (
        "3 Uitvoering\n\nMaatregelen:\n• Uitbreiden van de straatteams, kosten € 600.000.\n• Openen van een loket.\n"
    )
    assert [i.type for i in tag_document(_hand_made(plain)).items if i.type == "budget"] == ["budget"]


def test_an_action_table_with_two_money_columns_keeps_both_amounts_of_a_row() -> None:
    text = (
        "5 Uitvoering\n\nTabel 5.1 Investeringsprogramma 2026–2030\n\nProject\nFase\nBijdrage provincie\n"
        "Cofinanciering\nJaar\nSnelfietsroute F59 Rosmalen–Nuland\nRealisatie\n€ 6.800.000\n€ 5.200.000\n2026–2027\n"
        "Fietsbrug Wilhelminakanaal\nPlanuitwerking\n€ 2.500.000\n€ 1.500.000\n2027–2028\n\n"
        "De bedragen zijn indicatief en worden jaarlijks geactualiseerd in de begroting van de provincie.\n"
    )
    budgets = [[a.value for a in i.amounts] for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert [6_800_000.0, 5_200_000.0] in budgets and [2_500_000.0, 1_500_000.0] in budgets


def test_a_paragraph_after_a_programme_table_is_not_read_as_a_wrapped_row() -> None:
    text = (
        "3.5 Bevolkingszorg\n\nActie                                              Trekker                 Planning\n"
        "Opstellen werkwijze ondersteuning niet-           GHOR / gemeenten        Q2 2028\n"
        "zelfredzamen bij evacuatie\n"
        "Verbeteren crisiscommunicatie in meerdere         Team Communicatie       2027\n"
        "talen en in eenvoudige taal\n\n"
        "Wij vragen de colleges van burgemeester en wethouders om de bevolkingszorg ook in\n"
        "hun eigen organisatie een duidelijke plek te geven.\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i.text for i in items if i.type == "action"]
    assert actions[-1].endswith("talen en in eenvoudige taal")  # the row's wrapped cells, not the paragraph
    assert any(i.type == "request" and i.text.startswith("Wij vragen de colleges") for i in items)


def test_an_action_table_without_a_money_column_has_no_row_budgets() -> None:
    parsed = _hand_made(
        "3 Programma\n\nTabel 3.1 Acties\n\nNr.\nActiviteit\nTrekker\nWoningen\n\nA.01\nOpstellen warmteplan\n"
        "Gemeente\n120\nA.02\nUitvoeren van de wijkaanpak\nGemeente\n450\n\nDe planning is onder voorbehoud "
        "van de besluitvorming in de raad en de beschikbaarheid van de middelen.\n"
    )
    items = tag_document(parsed).items
    rows = [(i.line_start, i.line_end) for i in items if i.type == "action"]
    assert len(rows) == 2
    assert not any((i.line_start, i.line_end) in rows for i in items if i.type == "budget")


def test_a_risk_register_holds_no_budgets_but_a_budget_table_does() -> None:
    rows = "\n".join(
        f"{n} {name} 50% {amount} 9,8%"
        for n, (name, amount) in enumerate(
            [
                ("Hogere kosten jeugdhulp", "3.200"),
                ("Lagere algemene uitkering", "4.000"),
                ("Tekort BUIG-budget", "1.500"),
            ],
            start=1,
        )
    )
    risks = _texts(
        f"6 Weerstandsvermogen\n\nNr Risico Kans Financieel gevolg max. (x € 1.000) Invloed\n{rows}\n", "budget"
    )
    assert not risks
    table = "Programma Begroting Realisatie Verschil (x € 1.000)\n1 Waterveiligheid 13.860 13.080 780 V\n"
    table += "2 Voldoende water 29.570 28.166 1.404 V\n3 Zuiveren 46.490 45.090 1.400 V\n"
    budgets = _texts(f"2 Financiën\n\nWat heeft het gekost?\n\n{table}", "budget")
    assert any("Waterveiligheid" in b for b in budgets) and any("Zuiveren" in b for b in budgets)


def test_a_decision_point_asking_gs_and_a_quoted_request_header_open_request_lists() -> None:
    requests = _texts(
        "Ontwerpbesluit\n\nProvinciale Staten besluiten:\n1.  het programma vast te stellen;\n"
        "2.  Gedeputeerde Staten te verzoeken:\n    a.  jaarlijks een voortgangsrapportage aan de Staten te zenden;\n"
        "    b.  in 2028 een tussentijdse evaluatie uit te voeren.\n\nDe werkgroep schreef:\n\n"
        '"Wij vragen Gedeputeerde Staten om:\n•   de regelingen eenvoudig te maken voor vrijwilligers;\n'
        '•   jongeren een actieve rol te geven in het programma."\n',
        "request_gs",
    )
    for words in ("voortgangsrapportage", "tussentijdse evaluatie", "regelingen eenvoudig", "jongeren een actieve"):
        assert any(words in r for r in requests), words
    assert not any(r.strip().rstrip(":").endswith(("verzoeken", "om")) for r in requests)  # the headers themselves


def test_a_motions_dictum_keyword_on_its_own_line_opens_its_requests() -> None:
    requests = _texts(
        "Motie Zon op daken\n\nDe raad, in vergadering bijeen,\n\noverwegende dat\n"
        "-  het netwerk vol is;\n\nverzoekt het college\n"
        "1.  het Beleidskader Zonne-energie te herzien voor nieuwe zonneparken;\n"
        "2.  het herziene beleidskader vóór 1 juli 2026 aan de raad voor te leggen;\n\n"
        "en gaat over tot de orde van de dag.\n",
        "request",
    )
    assert any("Beleidskader Zonne-energie" in r for r in requests)
    assert any("1 juli 2026" in r for r in requests)


def test_a_motions_grounds_are_no_requests_even_when_they_stand_among_its_points() -> None:
    # the extraction can put the grounds' bullets right under "verzoekt het college": only the points asked for,
    # written with "te" + infinitive, are requests
    requests = _texts(
        "Motie Mantelzorg\n\nDe raad, in vergadering bijeen,\n\nconstaterende dat\n\nverzoekt het college\n"
        "-  het compliment sinds 2019 onveranderd € 100 bedraagt;\n"
        "-  in 2024 1.184 mantelzorgers het compliment hebben aangevraagd;\n"
        "-  het compliment met ingang van 2026 te verhogen naar € 125;\n"
        "-  in 2026 extra in te zetten op jonge mantelzorgers;\n\nen gaat over tot de orde van de dag.\n",
        "request",
    )
    assert any("te verhogen" in r for r in requests) and any("in te zetten" in r for r in requests)
    assert not any("bedraagt" in r or "aangevraagd" in r for r in requests)
    # counter-example: without a motion's grounds, a request list's points need no infinitive
    plain = _texts("Wij vragen het college om:\n-  meer aandacht voor jonge mantelzorgers;\n", "request")
    assert any("meer aandacht" in r for r in plain)


def test_coded_paragraphs_under_a_goal_label_are_goals_however_many() -> None:
    codes = "\n\n".join(f"W{n}. In 2028 zijn in wijk {n} ten minste {n * 10} tuinen\nvergroend." for n in range(1, 7))
    goals = _texts(
        f"3.2 Wateroverlast\n\nDoelstellingen 2026–2028\n\n{codes}\n\nDe gemeente meet dit jaarlijks.\n", "goal"
    )
    assert all(any(f"wijk {n} " in g for g in goals) for n in range(1, 7))  # W4-W6 too: past the three paragraphs
    # counter-example: past the third paragraph, a paragraph that does not continue the run is not the label's
    other = "\n\n".join(f"A{n}. In 2028 zijn in dorp {n} ten minste {n * 10} tuinen\nvergroend." for n in (1, 2))
    goals = _texts(f"3.2 Wateroverlast\n\nDoelstellingen 2026–2028\n\n{codes}\n\n{other}\n", "goal")
    assert not any("dorp 1 " in g or "dorp 2 " in g for g in goals)


def test_under_a_goal_label_a_bullet_of_intent_is_a_measure() -> None:
    text = (
        "5 Bewegingsonderwijs\n\nOns doel: vanaf 2026 krijgen alle leerlingen twee lesuren bewegingsonderwijs.\n\n"
        "Doelen:\n•  Alle basisscholen geven twee lesuren bewegingsonderwijs per week.\n"
        "•  Wij gaan met de schoolbesturen een convenant Bewegingsonderwijs sluiten.\n"
    )
    typed = _typed(text)
    assert ("action", "Wij gaan met de schoolbesturen een convenant Bewegingsonderwijs sluiten.") in [
        (kind, found.lstrip("• ").strip()) for kind, found in typed
    ]
    assert any(kind == "goal" and "Alle basisscholen" in found for kind, found in typed)  # a state: still a goal


def test_lead_ins_and_the_document_presenting_itself_are_no_commitments() -> None:
    commitments = _texts(
        "1 Inleiding\n\nIn deze Kadernota stellen wij tien nieuwe beleidsvoorstellen voor aan uw Staten.\n"
        "Hieronder geven wij aan hoe wij hieraan uitvoering geven.\n"
        "Daarbij gaan we uit van de volgende principes:\n\n"
        "Wij zetten in op meer betaalbare woningen voor starters in de kernen.\n"
        "De rol van de gemeente is om hierbij vertrouwen en ruimte te geven aan initiatieven.\n",
        "commitment",
    )
    assert any("betaalbare woningen" in c for c in commitments)
    assert not any("Kadernota" in c or "Hieronder" in c or c.rstrip().endswith(":") for c in commitments)


def test_a_group_row_inside_an_action_table_does_not_end_it() -> None:
    """The action table of a regional mobility agenda (eval/documents/test, now development data): "Nr Actie
    Trekker Partners Planning Kosten", then "Fiets", then rows F1, F2, …, then "Openbaar vervoer", O1, …"""
    from kb.catalogue import load_catalogue, merge_catalogues

    folder = Path(__file__).resolve().parent.parent / "eval" / "documents" / "test"
    catalogue = merge_catalogues([load_catalogue(folder / "catalogue.toml")])
    parsed = parse_file(folder / "mobiliteitsplan-regio.txt", catalogue, "mobiliteitsplan-regio.txt")[0][0]
    actions = [i.text for i in tag_document(parsed).items if i.type == "action"]
    for row in ("F1 Opstellen Regionaal Fietsplan", "F2 Realiseren snelfietsroute", "O1 Opwaarderen station"):
        assert any(a.startswith(row) for a in actions), row
    assert not any(a.strip() in ("Fiets", "Openbaar vervoer") for a in actions)


def test_a_list_runs_on_across_a_page_break_with_its_running_header_and_page_number() -> None:
    page = "\n\n                              Pagina {n} van 9\n\n\nGemeente Proefdorp      Begroting 2027\n\n"
    text = (
        "Gemeente Proefdorp      Begroting 2027\n\n1 Openbare ruimte\n\nWat gaan we daarvoor doen?\n"
        "• Vervangen van de riolering in de Dorpsstraat.\n• Aanleggen van een fietspad langs de Vaart.\n"
        + page.format(n=1)
        + "• Planten van 300 bomen in de nieuwe wijk.\n• Invoeren van een nieuwe afvalinzameling per 2027.\n"
        + page.format(n=2)
        + "2 Sociaal domein\n\nHet sociale domein vraagt veel van de gemeente.\n"
        + page.format(n=3)
    )
    actions = _texts(text, "action")
    assert any("Planten van 300 bomen" in a for a in actions)
    assert any("Invoeren van een nieuwe afvalinzameling" in a for a in actions)
    assert not any("Begroting 2027" in a or "Pagina" in a for a in _texts(text, None))


def test_page_furniture_is_page_numbers_and_running_lines_not_repeated_headers() -> None:
    from kb.tags.lists import page_furniture

    page = [
        "Nota Proef 2027",
        "Het college werkt in hoofdstuk {n} aan een veilige wijk en een schone straat.",
        "Wat willen we bereiken?",
        "Een veilige wijk voor iedereen in {n} jaar.",
        "De wijkagent en de buurtcoach werken daarvoor samen met {n} bewonersgroepen.",
        "Pagina {n} van 3",
    ]
    texts = [line.format(n=n) for n in (1, 2, 3) for line in page]
    pages = [n for n in (1, 2, 3) for _ in page]
    found = [t for t, dropped in zip(texts, page_furniture(texts, pages), strict=True) if dropped]
    assert found == [
        "Nota Proef 2027",
        "Pagina 1 van 3",
        "Nota Proef 2027",
        "Pagina 2 van 3",
        "Nota Proef 2027",
        "Pagina 3 van 3",
    ]
    assert "Wat willen we bereiken?" not in found and "Tekst." not in found


def test_a_second_run_of_numbered_measures_after_a_new_header_is_read_too() -> None:
    text = (
        "Spoor 1 Voorzieningen\n\nWat gaan we daarvoor doen?\n"
        "1.1 Openstellen van een subsidieregeling voor ontmoetingsplekken in de kernen\n"
        "1.2 Opzetten van een fonds voor de verduurzaming van dorpshuizen\n\n"
        "Spoor 2 Wonen\n\nWat willen we bereiken?\nIn 2029 zijn 500 woningen in kleine kernen gebouwd.\n\n"
        "Wat gaan we daarvoor doen?\n"
        "2.1 Verstrekken van een bijdrage per betaalbare woning in kleine kernen\n    (€ 2.000.000)\n"
        "2.2 Inzetten van een team voor procesbegeleiding bij woningbouw in dorpen\n"
    )
    actions = _texts(text, "action")
    assert any("Verstrekken van een bijdrage" in a for a in actions)
    assert any("Inzetten van een team" in a for a in actions)


def test_a_table_with_numbered_rows_subtotals_and_long_group_rows_reads_every_row() -> None:
    text = (
        "3 Uitvoering\n\nActies                         Trekker     Partners        Planning    Budget\n"
        "4.1 Boerenloket en keukentafel-  provincie   LTO, gemeenten  2026-2029   € 1.200.000\n"
        "    gesprekken\n"
        "4.2 Subsidie korte ketens        provincie   streekmarkten   2026-2029   € 1.500.000\n"
        "Subtotaal spoor 4                                                       € 2.700.000\n"
        "Netwerk en slim reizen\n"
        "N1 Actualiseren verkeersmodel    Regio       gemeenten       2026        180\n"
        "N2 Werkgeversaanpak slim reizen  Regio       werkgevers      2026-2029   1.400\n"
        "Totaal                                                                  € 4.280.000\n\n"
        "Toelichting bij de tabel:\n"
    )
    actions = _texts(text, "action")
    for row in ("4.1 Boerenloket", "4.2 Subsidie korte ketens", "N1 Actualiseren", "N2 Werkgeversaanpak"):
        assert any(a.startswith(row) for a in actions), row
    assert not any("Subtotaal" in a or "Totaal" in a for a in actions)


def test_a_lead_in_saying_what_we_will_do_opens_a_list_of_actions() -> None:
    text = (
        "4.6 Risicobeheersing\n\nWij gaan de risicobeheersing in 2027 verder versterken:\n"
        "- Actualiseren van het risicoregister twee keer per jaar.\n"
        "- Opstellen van een nieuwe nota risicomanagement in 2027.\n"
    )
    actions = _texts(text, "action")
    assert any("Actualiseren van het risicoregister" in a for a in actions)
    assert any("Opstellen van een nieuwe nota" in a for a in actions)


def test_a_numbered_chapter_title_does_not_swallow_the_table_below_it() -> None:
    text = (
        "10. Vervolg en evaluatie\n\nPlanning\nWat                                   Wanneer\n"
        "Vaststelling subsidieregeling door GS          januari 2027\n"
        "Start dorpscoaches                             februari 2027\n"
        "Tussentijdse evaluatie                         2028\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Start dorpscoaches") for a in actions)


def test_a_numbered_goal_title_is_a_goal_and_opens_the_goals_below_it() -> None:
    text = (
        "2 Programma Veiligheid\n\nWat willen we bereiken?\n\nDoel 1.1 Een betrouwbare gemeente\n\n"
        "Inwoners waarderen de dienstverlening met ten minste een 7,5.\n\n"
        "Doel 1.2 Een veilige woonomgeving\n\n"
        "Het aantal woninginbraken is lager dan negentig per jaar.\n\n"
        "Strategisch doel 3 – Mobiliteit op maat\n"
        "-   alle kernen met meer dan 100 inwoners hebben een vorm van openbaar vervoer;\n"
        "-   in 20 kernen is een mobiliteitshub gerealiseerd.\n"
    )
    goals = _texts(text, "goal")
    # the third goal title's bullets and the paragraph under the second title, past the label's three paragraphs
    for wanted in ("Doel 1.2 Een veilige woonomgeving", "Het aantal woninginbraken", "Strategisch doel 3",
                   "in 20 kernen is een mobiliteitshub"):  # fmt: skip
        assert any(wanted in g for g in goals), wanted
    assert not any("Doelgroep" in g for g in _texts("1 Inleiding\n\nDoelgroep 3 Jongeren\n\nTekst.\n", "goal"))


def test_two_labels_in_one_line_announce_what_the_second_announces() -> None:
    from kb.tags.rules import list_header

    assert list_header("Beoogd effect: wat willen we bereiken?") == ("goal_label", "goal")
    assert list_header("Ambitie: gezonde inwoners") is None  # a label with its content, not two labels
    text = "4. Beoogd effect: wat willen we bereiken?\n\n- in elke kern is een ontmoetingsplek beschikbaar;\n"
    assert any("ontmoetingsplek" in g for g in _texts(text, "goal"))


def test_a_vision_label_governs_the_picture_below_it_but_a_bare_visie_section_does_not() -> None:
    picture = "In 2035 is de regio een plek waar inwoners zich veilig en gezond verplaatsen."
    assert any("In 2035 is de regio" in g for g in _texts(f"2 Visie 2035\n\nOnze visie\n{picture}\n", "goal"))
    explained = "Een visie beschrijft voor een bepaalde periode de gewenste blik op de toekomst."
    assert not _texts(f"3 Beleid\n\n3.2. Visie\n\n{explained}\n", "goal")


def test_the_grounds_of_a_resolution_are_no_decisions_and_lettered_parts_belong_to_their_point() -> None:
    text = (
        "4 Ontwerpbesluit\n\nONTWERPBESLUIT\n\nProvinciale Staten van Zeeland;\n\n"
        "gelezen het voorstel van Gedeputeerde Staten van 28 oktober 2025;\n\n"
        "gelet op artikel 143 van de Provinciewet;\n\nbesluiten:\n\n"
        "1.  het programma vast te stellen;\n\n2.  dit budget te dekken uit:\n"
        "    a.  een onttrekking aan de Reserve Kernen van € 4.600.000;\n"
        "    b.  rijksbijdragen van € 3.000.000;\n\n3.  de reserve op te heffen.\n"
    )
    decisions = _texts(text, "decision")
    assert not any(d.startswith(("Provinciale Staten", "gelezen", "gelet op")) for d in decisions)
    assert len(decisions) == 3 and "rijksbijdragen" in decisions[1]


def test_a_motion_is_a_decision_by_what_became_of_it_not_by_its_title() -> None:
    assert classify_sentence("Motie M2025-04 'Droogte en beregening' van het algemeen bestuur.") is not None
    assert classify_sentence("de uitvoering van de motie Hartveilig draagt hieraan bij") is not None
    assert classify_sentence("M1 Motie Betaalbare huurwoningen voor jongeren GL-PvdA, CU") is None
    assert classify_sentence("Wethouder Jansen ontraadt de motie vanwege de structurele kosten.") is None


def test_a_covenant_article_on_a_partys_undertakings_makes_its_points_actions() -> None:
    text = (
        "Hoofdstuk 2 Afspraken per partij\n\nArtikel 5 Afspraken provincie\n"
        "1. De provincie draagt bij aan het regionaal fonds met een bedrag van € 6.000.000,-.\n"
        "2. De provincie draagt bij aan de versnelling van woningbouwprojecten door:\n"
        "a. de inzet van het Expertteam Woningbouw voor ten minste tien projecten;\n"
        "b. het met voorrang behandelen van aanvragen uit de regio.\n"
        "Artikel 9 Verplichtingen subsidieontvanger\n"
        "1. De subsidieontvanger voert een administratie van de gemaakte kosten.\n"
    )
    actions = _texts(text, "action")
    assert any("regionaal fonds" in a for a in actions) and any("Expertteam" in a for a in actions)
    assert any("met voorrang behandelen" in a for a in actions)
    assert not any(a.rstrip().endswith("door:") for a in actions)  # the lead-in is no action of its own
    assert not any("subsidieontvanger" in a for a in actions)


def test_zo_gaan_we_dit_doen_opens_measures_and_its_paragraphs_are_actions() -> None:
    text = (
        "4 Wonen\n\nZo gaan we dit doen\n\nWe bouwen eerst binnen de bestaande kernen, op plekken waar dat kan.\n\n"
        "• Opstellen van een woonprogramma met jaarlijkse bouwafspraken per kern.\n"
        "• Sluiten van prestatieafspraken met de woonstichting.\n"
    )
    actions = _texts(text, "action")
    assert any("We bouwen eerst binnen de bestaande kernen" in a for a in actions)
    assert any("Sluiten van prestatieafspraken" in a for a in actions)
    details = "3 Acties\n\nActies\n\n1.1 Subsidieregeling Leefbare Kernen\n\nTrekker: provincie | Planning: 2026\n"
    assert not any(a.startswith("Trekker") for a in _texts(details, "action"))


def test_a_label_for_a_period_is_still_a_label() -> None:
    from kb.tags.rules import list_header

    assert list_header("Doelstellingen 2026–2028") == ("goal_label", "goal")
    assert list_header("Acties 2026-2029") == ("action_list", "action")
    assert list_header("Programma 2030") is None
    assert list_header("Wat wilden we bereiken?") == ("goal_label", "goal")  # a jaarverslag's triad
    # reported work: its bullets are the measures taken, its paragraphs an account of results (see
    # test_what_was_done_what_is_agreed_and_a_planning_table_in_thousands)
    assert list_header("Wat hebben we daarvoor gedaan?") == ("action_done", "action")


def test_coded_action_tables_with_a_ruler_and_rows_opened_by_their_code() -> None:
    ruled = (
        "4.3 Acties hitte\n\nCode Actie                 Trekker     Partners        Planning     Kosten\n"
        "--------------------------------------------------------------------------------\n"
        "H-01 Opstellen lokale hitteplannen   gemeenten   GGD, zorg       Q1–Q2 2026   € 30.000\n"
        "     volgens regionaal format\n"
        "H-02 Vergroenen van 12 schoolpleinen gemeenten   schoolbesturen  2026–2028    € 96.000\n"
        "--------------------------------------------------------------------------------\n"
        "     Totaal hitte                                                             € 126.000\n"
    )
    actions = _texts(ruled, "action")
    assert any("hitteplannen" in a for a in actions) and any("schoolpleinen" in a for a in actions)
    cells = (
        "5 Uitvoering\n\nActie\nTrekker\nWanneer\nIndicatief budget\n"
        "W1 Opstellen Woonprogramma Dalfsen 2026-2030\nGemeente\n2026\n€ 60.000\n"
        "W2 Verkennen tijdelijke woonvormen\nGemeente\n2026\np.m.\n"
    )
    actions = _texts(cells, "action")
    assert any(a.startswith("Opstellen Woonprogramma") for a in actions), actions
    assert any("Verkennen tijdelijke woonvormen" in a for a in actions)


def test_contents_captions_and_plans_are_no_goals_under_a_goal_label() -> None:
    text = (
        "3 Ambities\n\nDoelstellingen 2026–2028\n"
        "In 2028 hebben alle gemeenten een stresstest uitgevoerd.\nTabel 3.1 Indicatoren wateroverlast\n\n"
        "Wij gaan met de schoolbesturen een convenant sluiten.\n"
        "Dit willen we bereiken:\n• aanleggen van een beweegtuin bij het Kulturhus;\n"
        "• alle kinderen hebben in 2030 een zwemdiploma.\n"
    )
    goals = _texts(text, "goal")
    assert any("stresstest" in g for g in goals) and any("zwemdiploma" in g for g in goals)
    assert not any(g.startswith(("Doelstellingen", "Tabel", "Wij gaan", "aanleggen")) for g in goals)
    assert any("beweegtuin" in a for a in _texts(text, "action"))
    toc = "Inhoud\n\n3.2 Wateroverlast ........................ 7\n3.3 Hitte ........................ 8\n"
    assert not _texts(f"Doelstellingen\n\n{toc}", "goal")


def test_a_request_after_a_labelled_goal_in_the_same_line_is_an_item_of_its_own() -> None:
    text = (
        "4 Droogte\n\nVoor de landbouw richten wij ons op vrijwillige maatregelen.\n\n"
        "Doel: in droge zomers voldoende water houden voor de fruitteelt. Wij vragen de provincie om\n"
        "bij de herziening van het grondwaterbeleid rekening te houden met de fruitteelt.\n\n"
        "Ambitie 1 - Een robuust natuurnetwerk. De omgevingsvisie stelt dat het netwerk wordt afgerond.\n"
    )
    typed = _typed(text)
    assert any(kind == "goal" and t.startswith("Doel: in droge zomers") and "provincie" not in t for kind, t in typed)
    assert any(kind == "request" and "Wij vragen de provincie" in t for kind, t in typed)
    # a sentence that explains the label stays with it
    assert any(kind == "goal" and "Ambitie 1" in t and "afgerond" in t for kind, t in typed)


def test_a_numbered_goal_of_a_kind_with_a_dash_labels_its_text_but_a_title_naming_ambitions_does_not() -> None:
    # dev50: "Strategisch doel 2 - Beschermen. Inwoners en bedrijven zijn beschermd tegen overstromingen …"
    text = (
        "3 Ambitie en programmadoelen\n\nWij hanteren vier strategische doelen.\n\n"
        "Strategisch doel 2 - Beschermen. Inwoners en bedrijven zijn beschermd tegen overstromingen uit\n"
        "het regionale watersysteem volgens de normen uit de provinciale omgevingsverordeningen.\n\n"
        "Ambitie en programmadoelen\n\nDe doelen zijn in 2024 met de gemeenten besproken.\n"
    )
    goals = _texts(text, "goal")
    assert len(goals) == 1 and goals[0].startswith("Strategisch doel 2 - Beschermen. Inwoners")
    # … as a label run into its text still does, in either case: "Doelstelling pijler 1: …"
    assert _texts("2 Schulden\n\nDoelstelling pijler 1: schulden worden eerder bereikt.\n", "goal")


def test_a_year_or_the_results_aimed_at_lead_in_to_goals_due_that_year() -> None:
    # dev48: "In 2030:" / "–   telt Amersfoort 103.000 banen (2024: 96.500);" and "De belangrijkste resultaten die
    # wij in 2030 willen zien zijn:" — each bullet a goal due in 2030 (not its baseline year)
    text = (
        "3 Doelen\n\nOnze belangrijkste doelen in één oogopslag.\n\nIn 2030:\n"
        "–   telt Amersfoort 103.000 banen (2024: 96.500);\n"
        "–   is het aantal huishoudens met een bijstandsuitkering 10% lager dan in 2024.\n\n"
        "Dat doel werken we uit in zeven thema's. De belangrijkste resultaten die wij in 2030 willen zien zijn:\n\n"
        "• 45 kilometer beek is hersteld;\n• 14 van de 20 aandachtssoorten hebben een positieve trend.\n"
    )
    goals = [i for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert [g.text.split()[0] for g in goals] == ["telt", "is", "45", "14"]
    assert {g.deadline for g in goals} == {"2030"}
    # counter-example: a sentence that names the year over a list is no such lead-in
    told = text.replace("In 2030:", "In 2030 waren er vier bijeenkomsten, met deze sprekers:")
    assert not [i for i in tag_document(_hand_made(told)).items if i.type == "goal" and i.text.startswith("telt")]


def test_every_paragraph_of_intent_under_a_measures_header_is_a_measure() -> None:
    text = (
        "3 Mobiliteit\n\nMaatregelen\nWij bereiden de nieuwe concessie voor het busvervoer\nin de regio voor.\n\n"
        "In de voorbereiding betrekken wij reizigersorganisaties\nen de gemeenten in de regio.\n\n"
        "Dat is een zorgvuldig proces met veel partijen en\neen lange voorbereiding.\n\n"
        "Daarnaast voeren wij het programma gedragsbeïnvloeding\nuit voor oudere fietsers.\n\n"
        "In 2027 maken wij nog eens 120 bushaltes toegankelijk\nvoor mensen met een beperking.\n\n"
        "Het Rijk heeft de regeling in 2025 beëindigd, zoals\nbekend is bij de gemeenten.\n"
    )
    actions = _texts(text, "action")
    assert any("120 bushaltes" in a for a in actions)  # past the three paragraphs a header governs anyway
    assert not any("Rijk heeft de regeling" in a for a in actions)


def test_a_section_titled_for_measures_governs_its_themes_but_a_measures_box_stops_at_a_theme() -> None:
    themes = (
        "3.2 Wat gaan we daarvoor doen?\n\nOpenbaar vervoer\nWij gaan in 2027 de nieuwe concessie voor het busvervoer "
        "voorbereiden.\n\nFiets\nIn 2027 maken wij nog eens 120 fietsenstallingen toegankelijk bij de stations.\n\n"
        "3.3 Wat mag het kosten?\n\nDe lasten blijven gelijk aan die van dit jaar en worden gedekt uit het programma.\n"
    )
    actions = _texts(themes, "action")
    assert any("concessie" in a for a in actions) and any("fietsenstallingen" in a for a in actions)
    # counter-example: a box line "Wat gaan we doen:" left empty governs nothing past the next theme's title line
    box = (
        "3 Dorpen\n\nWat gaan we doen:\n\nGrote dorpen\nIn 2027 maken wij nog eens 120 fietsenstallingen "
        "toegankelijk bij de stations.\n"
    )
    assert not _texts(box, "action")


def test_a_motion_cited_with_its_dictum_is_a_decision_as_well_as_a_request() -> None:
    text = (
        "6 Moties en toezeggingen\n\nMotie\nDictum\nAfdoening\nM-2025-44 'Busje komt zo'\nverzoekt Gedeputeerde "
        "Staten om bij de Kadernota 2027 een voorstel te doen voor het behoud van busverbindingen.\n"
        'Uitgevoerd via voorstel 2.\n\nMotie M3 "Voorzieningen in kleine kernen", aangenomen op 23 juni 2025, '
        "verzoekt het college om in 2026 met de dorpsraden een plan op te stellen.\n"
    )
    decisions = _texts(text, "decision")
    assert any(d.startswith("M-2025-44 'Busje komt zo' verzoekt") for d in decisions)
    assert any(d.startswith("Motie M3") and "verzoekt het college" in d for d in decisions)
    assert _texts(text, "request_gs") and _texts(text, "request")  # still the requests they are
    # counter-example: a request without a motion's title decides nothing
    plain = "6 Vervolg\n\nDe raad verzoekt het college om in 2026 met de dorpsraden een plan op te stellen.\n"
    assert _texts(plain, "request") and not _texts(plain, "decision")


def test_a_schedule_row_naming_a_decision_and_its_date_is_a_decision() -> None:
    text = (
        "8 Planning\n\nDe planning is als volgt:\n\n• september 2026: verwerking septembercirculaire in de begroting;\n"
        "• 6 oktober 2026: vaststelling ontwerpbegroting door het college;\n"
        "• 12 november 2026: behandeling begroting in de gemeenteraad.\n"
    )
    decisions = _texts(text, "decision")
    assert decisions == ["6 oktober 2026: vaststelling ontwerpbegroting door het college;"]
    # counter-examples: a measure's nominalised verb (with its period), and a cover page's date of decision
    measures = (
        "3.2 Wat gaan we daarvoor doen?\n\n- Vaststellen van het Integraal Veiligheidsplan in het najaar van 2026.\n"
        "- Uitvoeren van de wijkaanpak in drie wijken van de gemeente.\n\n"
        "4 Procedure\n\nBesluitvorming Provinciale Staten: 10 juni 2026\n"
    )
    assert _texts(measures, "action") and not _texts(measures, "decision")


def test_a_planned_adoption_in_a_table_of_milestones_is_a_decision_too() -> None:
    from kb.tags.rules import MILESTONE

    # dev26, dev48, dev50: a numbered or year-by-year planning row, or a plan named first with when it is adopted
    for row in (
        "3 Vaststelling Grondexploitatie door raad Gemeente Q2 2026",
        "2026 Vaststelling Natuurbeheerplan 2026; openstelling Regeling Natuurinclusieve Landbouw",
        "Werklocatiestrategie Amersfoort 2040 vastgesteld door de raad Q4 2026",
        "Geactualiseerd droogteplan en verdringingsreeks vastgesteld Q4 2026",
    ):
        assert MILESTONE.match(row), row
    # counter-examples: a plan adopted in the past, told in a sentence; a step that adopts nothing
    for row in (
        "Het droogteplan is in 2024 door het algemeen bestuur vastgesteld.",
        "Opening Circulair Ambachtscentrum Q3 2027",
        "5 Ontwerp-omgevingsplan fase 1 ter inzage Gemeente Q3 2026",
    ):
        assert not MILESTONE.match(row), row


def test_a_table_of_contents_entry_naming_an_ambition_opens_no_indicator_table() -> None:
    text = (
        "Inhoud\n\n3  Ambitie en doelstellingen ................................ 7\n"
        "   3.1  Gezamenlijke ambitie 2050 ................................ 7\n"
        "   3.2  Wateroverlast ............................................ 7\n"
        "   3.3  Hitte .................................................... 8\n\n"
        "1 Inleiding\n\nDeze agenda beschrijft de aanpak van de regio voor de komende jaren.\n"
    )
    assert not _texts(text, "goal")
    # counter-example: the same words as an indicator table's header do open one
    table = "3 Doelen\n\nIndicator   Nulmeting   Ambitie 2050\nAfgekoppeld verhard oppervlak (ha)   12   40\n"
    assert _texts(table, "goal")


def test_the_arguments_of_a_proposal_close_its_intended_effect() -> None:
    text = (
        "Raadsvoorstel\n\nBeoogd effect\n\nMeer inwoners van de gemeente sporten en bewegen, ongeacht leeftijd of "
        "inkomen.\n\nArgumenten\n\n1.1 De nota geeft richting aan het sportbeleid voor de periode 2026–2030.\n"
        "De doelen zijn meetbaar gemaakt, zodat de raad de voortgang kan volgen.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("Meer inwoners") for g in goals)
    assert not any("Argumenten" in g or "geeft richting" in g for g in goals)


def test_a_request_inverted_after_a_fronted_phrase_with_a_period_in_brackets() -> None:
    text = (
        "1 Voorstel\n\nVoor de eerste periode (2026–2029) vragen wij de raad een investeringskrediet van "
        "€ 3.240.000 beschikbaar te stellen.\n\nDe kosten van de eerste periode (2026–2029) vragen wij niet terug "
        "van de inwoners.\n"
    )
    requests = _texts(text, "request")
    assert len(requests) == 1 and "investeringskrediet" in requests[0]  # nobody is asked to do anything


def test_a_state_set_for_a_year_after_the_documents_own_is_a_goal() -> None:
    text = (
        "2 Mobiliteit\n\nDe provincie verleent de concessies voor het busvervoer in de regio.\n\n"
        "In 2030 rijden alle bussen in de provinciale concessies emissievrij.\n\n"
        "In 2024 hebben wij de risicoanalyse voor het provinciale wegennet bijgewerkt met de gemeenten.\n\n"
        "In 2040 is dat aandeel naar verwachting gestegen tot 2,25 procent.\n"
    )
    meta = DocumentMeta(id="proef", code="TST", title="Proefnota", issuer="Provincie Proef", year=2026)
    goals = [i.text for i in tag_document(ingest_text(text, meta, "proef.txt")).items if i.type == "goal"]
    assert goals == ["In 2030 rijden alle bussen in de provinciale concessies emissievrij."]
    # counter-example: the same sentence in a document of 2031 tells what was reached
    meta = dataclasses.replace(meta, year=2031)
    assert not [i for i in tag_document(ingest_text(text, meta, "proef.txt")).items if i.type == "goal"]


def test_a_numbered_title_restarting_under_another_heading_does_not_hide_the_sentence_below_it() -> None:
    text = (
        "14 Zienswijzen\n\n14.1 Landbouw\n\nDe zienswijzen over landbouw zijn hieronder samengevat.\n\n"
        "Zienswijze 3 – Agrarisch bedrijf\n\n3.2  Samenvatting\nIndiener vraagt de maximale omvang van het bouwvlak "
        "te verruimen naar 2 hectare.\n"
    )
    assert any(r.startswith("Indiener vraagt") for r in _texts(text, "request"))
    # the title is left out, not the sentence: the request begins at "Indiener" and ends at its full stop
    assert "Samenvatting" not in " ".join(_texts(text, "request"))
    letter = (
        "Bijlage 1 Zienswijze\n\nGeacht bestuur,\n\n4. Brandweerposten in kleine kernen\nWij dringen erop aan dat er "
        "geen brandweerposten in kleine kernen worden gesloten.\n"
    )
    assert any(r.startswith("Wij dringen erop aan") for r in _texts(letter, "request"))


@pytest.mark.parametrize(
    "sentence",
    [
        "De Jongerenraad en het Studentenplatform vragen om gratis openbaar vervoer voor jongeren tot 18 jaar.",
        "Regio Parkstad vraagt om een onderzoek naar een snelle verbinding met Aken.",
        "Een bewonersgroep uit Heerlen-Noord (reactie 88, namens 240 ondertekenaars) vraagt om een extra fietstunnel.",
        "De raad vraagt het algemeen bestuur om het resultaat naar rato terug te laten vloeien.",
        "De raad vraagt Omrin om vóór 1 januari 2028 een concreet plan op te stellen.",
        "Wij dringen erop aan dat er geen brandweerposten in kleine kernen worden gesloten.",
        "Inwoners vroegen vooral om beweegplekken in de buurt en betaalbare sport voor kinderen.",
        "Wij blijven bij het Rijk aandringen op een structurele financiering van de transitie.",
    ],
)
def test_a_named_party_or_council_asking_is_a_request(sentence: str) -> None:
    assert classify_sentence(sentence) is not None and classify_sentence(sentence)[1] == "request"


@pytest.mark.parametrize(
    "sentence",
    [
        "De Europese Kaderrichtlijn Water (KRW) vraagt dat uiterlijk eind 2027 alle maatregelen zijn genomen.",
        "De Omgevingswet vraagt om een integrale afweging van alle belangen.",
        "Het zoekgebied vraagt om een zorgvuldige inpassing in het landschap.",
        "Het Rijk vraagt om snelheid bij de woningbouw in de regio.",
    ],
)
def test_a_law_or_an_abstract_subject_requiring_something_asks_nobody(sentence: str) -> None:
    found = classify_sentence(sentence)
    assert found is None or found[1] != "request"


def test_indicator_tables_with_a_baseline_or_goal_column_and_one_cell_per_line() -> None:
    baseline = (
        "4 Water\n\nTabel 4.5 Indicatoren opgave 5\n"
        "Indicator                                        Nulmeting          2028           2031\n"
        "Geplaatste stuwen (aantal, cumulatief)           0 (2025)           600            1.200\n"
        "Gedempte of verondiepte sloten (km)              0 (2025)           180            400\n"
    )
    goals = _texts(baseline, "goal")
    assert any("Geplaatste stuwen" in g for g in goals) and any("Gedempte" in g for g in goals)
    realised = "4 Water\n\nIndicator   2023   2024   2025\nGeplaatste stuwen   200   400   600\n"
    assert not _texts(realised, "goal")  # figures of past years, no baseline or goal column
    cells = (
        "6 Cultuur\n\nTabel 4.1 Indicatoren programma 6\n\nIndicator\nNulmeting\nStreefwaarde 2027\n"
        "Aandeel inwoners dat jaarlijks cultuur bezoekt of beoefent\n78% (2025)\n80%\n"
        "Rijksmonumenten in slechte of matige staat\n11% (2024)\n9%\nBron: Monitor Cultuur\n"
    )
    goals = _texts(cells, "goal")
    assert any(g.startswith("Aandeel inwoners dat jaarlijks cultuur") and "80%" in g for g in goals)
    assert any(g.startswith("Rijksmonumenten in slechte") for g in goals)


def test_an_indicator_table_under_a_caption_naming_its_targets_reads_its_numbered_rows() -> None:
    text = (
        "4 Resultaten\n\nDe indicatoren worden jaarlijks gemeten en gerapporteerd aan de raad.\n\n"
        "Tabel 2. Indicatoren en streefwaarden\n\nNr.\nIndicator\nUitgangswaarde 2024\nStreefwaarde 2028\n"
        "Streefwaarde 2030\n\n1\nBereik vroegsignalering onder huishoudens met een signaal\n41%\n52%\n60%\n"
        "2\nGemiddelde wachttijd tot eerste gesprek (werkdagen)\n9\n6\n5\n\n"
        "Naast deze indicatoren volgen wij een aantal ontwikkelingen zonder streefwaarde, zoals de schuldenlast.\n"
    )
    assert _texts(text, "goal") == [
        "1 Bereik vroegsignalering onder huishoudens met een signaal 41% 52% 60%",  # its "1" is no page number
        "2 Gemiddelde wachttijd tot eerste gesprek (werkdagen) 9 6 5",
    ]
    # counter-example: a page number between blank lines is still dropped
    page = clean_lines("Eerste pagina met tekst.\n\n7\n\nTweede pagina met tekst.\n".split("\n"))
    assert "\n7\n" not in page.text


def test_an_indicator_table_one_cell_per_line_with_wrapped_labels_reads_one_goal_per_row_and_stops() -> None:
    text = (
        "4 Wonen\n\nDe voortgang meten we met de volgende indicatoren:\n"
        "Indicator\nNulmeting 2025\nStreefwaarde\n2028\nStreefwaarde\n2030\n"
        "Woningen in geclusterde woonvormen in de regio\n(cumulatief)\n410\n670\n910\n"
        "Kernen > 2.000 inwoners met woonvorm of\nontmoetingsruimte met zorg\n9 van 17\n13 van 17\n17 van 17\n"
        "Aandeel 75-plussers dat zelfstandig woont\n91%\n91%\nten minste 91%\n"
        "Wat gaan we daarvoor doen?\nWij gaan in 2027:\n"
        "\u2022 de bouw afronden van de zuiveringstrap op de rwzi.\n"
    )
    goals = _texts(text, "goal")
    rows = [g for g in goals if g.startswith(("Woningen", "Kernen", "Aandeel"))]
    assert len(rows) == 3
    assert any(g.endswith("(cumulatief) 410 670 910") for g in rows)  # the wrapped label line stays with its row
    assert any(g.endswith("9 van 17 13 van 17 17 van 17") for g in rows)
    assert not any("Wat gaan we" in g or "Wij gaan" in g for g in goals)  # the table ended at running text
    # a realised-figures column after the target column is a header cell, not a row
    realised = (
        "4.2 Programma Landelijk gebied\n\nIndicatoren programma 2\nIndicator\nNulmeting\nStreefwaarde 2025\n"
        "Realisatie 2025\nNieuwe natuur NNN, cumulatief sinds 2020 (ha)\n0\n640\n575\n"
        "Deelnemers Kringlooplandbouw Flevoland (bedrijven)\n120 (2022)\n250\n284\n\n"
        "4.3 Programma Mobiliteit\n\nDe algemene dekkingsmiddelen bestaan uit de uitkering (€ 186,2 miljoen) en\n"
        "overige baten zoals dividend en rente (€ 5,9 miljoen).\n"
    )
    goals = _texts(realised, "goal")
    assert sorted(g.split()[0] for g in goals) == ["Deelnemers", "Nieuwe"]
    assert not any("Realisatie" in g or "dekkingsmiddelen" in g for g in goals)


def test_a_lead_in_wrapped_over_the_last_lines_of_a_paragraph_governs_the_points_below() -> None:
    text = (
        "10 Samenwerking\n\nMet de corporaties maken we meerjarige prestatieafspraken, die we jaarlijks\n"
        "actualiseren. Daarnaast spreken de corporaties\nen de gemeente af:\n\n"
        "a) dat de sociale huurvoorraad groeit van 7.100 naar ten minste 7.600 woningen in 2031;\n"
        "b) dat de corporaties en de gemeente ieder jaar vóór 1 juli een gezamenlijke monitor opstellen.\n"
    )
    actions = _texts(text, "action")
    assert any("sociale huurvoorraad groeit" in a for a in actions) and any("monitor opstellen" in a for a in actions)
    # counter-example: assumptions announced the same way are no measures
    principles = (
        "5.1 Uitgangspunten\n\nDe acties worden gefinancierd door meerdere partijen. Daarbij gaan we uit van\n"
        "de volgende principes:\n\n"
        "- regionale acties worden betaald uit het Regionaal Mobiliteitsfonds;\n"
        "- gemeentelijke bijdragen zijn pas definitief nadat de raad heeft besloten.\n"
    )
    assert not _texts(principles, "action")


def test_a_measure_written_as_a_nominalised_verb_in_prose_under_what_we_will_do() -> None:
    text = (
        "Programma 5 Onderwijs\n\nWat willen we bereiken?\nKinderen gaan naar school in een gezond gebouw.\n\n"
        "Wat gaan we doen?\nUitvoeren van de nieuwbouw van het IKC Zuidwijken, ter vervanging van de twee\n"
        "basisscholen. Oplevering is voorzien in het voorjaar van 2028.\n\n"
        "Wat kost het?\nInvesteringskrediet € 9.250.000.\n"
    )
    assert any(a.startswith("Uitvoeren van de nieuwbouw") for a in _texts(text, "action"))
    described = text.replace("Uitvoeren van de nieuwbouw van", "De nieuwbouw is klaar voor")
    assert not _texts(described, "action")  # a description of the state of things is no measure


def test_proposal_lead_ins_that_name_their_object_or_heed_an_amendment_govern_decision_points() -> None:
    from kb.tags.rules import list_header

    assert list_header("Wij stellen Provinciale Staten voor het resultaat van € 6.437.000 als volgt te bestemmen:") == (
        "proposal",
        "decision",
    )
    assert list_header(
        'De raad van de gemeente Tubbergen besluit, met inachtneming van het aangenomen amendement A-2026-07 ("Maat '
        'houden in Noordoost-Twente"):'
    ) == ("proposal", "decision")
    assert list_header("Wij vragen het algemeen bestuur van Regio Rivierenland:") == ("proposal", "decision")
    # counter-examples: wishes asked of a council, and a college asked to act, are no decisions
    assert list_header("Wij vragen uw raad daarbij in het bijzonder om aan te geven:") != ("proposal", "decision")
    assert list_header("Wij vragen het college om:") == ("request_list", "request")
    text = (
        "7 Besluit\n\nWij vragen het algemeen bestuur van Regio Rivierenland:\n\n"
        "1. de Uitvoeringsagenda Klimaatadaptatie Rivierenland 2026–2028 vast te stellen;\n"
        "2. de bijdrage van de deelnemende gemeenten vast te stellen op € 1,20 per inwoner per jaar.\n"
    )
    decisions = _texts(text, "decision")
    assert any("Uitvoeringsagenda" in d for d in decisions) and any("€ 1,20 per inwoner" in d for d in decisions)


def test_we_ask_a_body_named_without_an_article_or_after_a_fronted_phrase() -> None:
    for sentence in (
        "Wij vragen Provinciale Staten om de nota vast te stellen en de benodigde middelen beschikbaar te stellen.",
        "Voor de projecten in fase 1 vragen wij de raad bij vaststelling een krediet beschikbaar te stellen.",
        "Daarom vragen we de raad een budget van € 250.000 beschikbaar te stellen.",
    ):
        assert classify_sentence(sentence) == ("request_we_ask", "request"), sentence
    assert classify_sentence("In de gesprekken vragen wij inwoners naar hun wensen.") != ("request_we_ask", "request")


def test_the_points_of_an_amendment_are_what_its_submitters_ask_the_council_to_decide() -> None:
    amendment = (
        "Begrotingsraad\n\nAMENDEMENT A3\n\nOnderwerp: Hondenbelasting afschaffen\n\n"
        "De raad van de gemeente Hof van Twente, in vergadering bijeen op 4 november 2025,\n\n"
        "constaterende dat:\n- de gemeente jaarlijks circa € 178.000 aan hondenbelasting ontvangt;\n\n"
        "besluit:\n1. de hondenbelasting met ingang van 1 januari 2026 af te schaffen;\n"
        "2. de begroting als volgt te wijzigen: baten - € 178.000 per jaar;\n\n"
        "en gaat over tot de orde van de dag.\n"
    )
    typed = _typed(amendment)
    assert any(kind == "request" and "hondenbelasting met ingang" in t for kind, t in typed)
    assert not any(kind == "decision" and "hondenbelasting met ingang" in t for kind, t in typed)
    assert not any(kind in ("request", "decision") and "jaarlijks circa" in t for kind, t in typed)  # a ground
    # counter-example: the council's own resolution decides
    resolution = amendment.replace("AMENDEMENT A3", "RAADSBESLUIT").replace("Onderwerp: ", "")
    typed = _typed(resolution)
    assert any(kind == "decision" and "hondenbelasting met ingang" in t for kind, t in typed)


def test_measures_numbered_by_theme_under_a_measures_header_are_one_action_each_with_their_parts() -> None:
    text = (
        "5 Maatregelen\n\n5.1 Verkeersveiligheid en schoolomgevingen\n\n"
        "Verkeersveiligheid is de eerste prioriteit.\n\nMaatregelen:\n"
        "1.1 Herinrichten van de omgeving van 12 basisscholen volgens de landelijke richtlijn:\n"
        "o herkenbare schoolzone en veilige oversteken;\no kiss-and-ride-zone op afstand van de ingang.\n"
        "1.2 Invoeren van 30 km/u binnen de bebouwde kom, gefaseerd en gecombineerd met onderhoud.\n"
        "1.3 Aanpakken van de tien locaties met het hoogste risico uit de risicoanalyse 2024.\n"
        "1.4 We bouwen het kruispunt Markeloseweg–Stationsstraat in Goor om tot een compacte rotonde.\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions] == ["1.1", "1.2", "1.3", "1.4"]
    assert "kiss-and-ride" in actions[0]  # the "o" parts belong to the measure they follow
    # counter-example: a table of contents numbered the same way is not split into measures
    contents = "Inhoud\n\nMaatregelen:\n4.1 Ambities 12\n4.2 Eenmalige claims 13\n4.3 Dekking 13\n"
    assert len(_texts(contents, "action")) <= 1


def test_measures_numbered_by_theme_with_their_fields_on_lines_below_are_one_action_each() -> None:
    # dev48: "3.1 Leerwerkakkoord …" / "Trekker: gemeente | Partners: …" / "Planning: … 2026-2030 | Budget: € 600.000"
    text = (
        "6 Arbeidsmarkt\n\n6.3 Wat gaan we daarvoor doen?\n\nMaatregelen thema 3\n\n"
        "3.1 Leerwerkakkoord Amersfoort 2026-2030\n"
        "    Trekker: gemeente | Partners: MBO Amersfoort, HU, WSP\n"
        "    Planning: akkoord Q2 2026, uitvoering 2026-2030 | Budget: € 600.000\n"
        "3.2 Versterking Werkgeversservicepunt\n    Trekker: WSP | Planning: 2026-2030 | Budget: € 800.000\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action"]
    assert [a.text.split()[0] for a in actions] == ["3.1", "3.2"]
    assert "Budget: € 600.000" in actions[0].text
    assert sorted(a.value for i in items if i.type == "budget" for a in i.amounts) == [600_000.0, 800_000.0]
    # counter-example: a table's rows with their period and money on the numbered line are no such measures
    rows = (
        "6 Arbeidsmarkt\n\n6.3 Wat gaan we daarvoor doen?\n\n"
        "3.1 Leerwerkakkoord 2026-2030 € 600.000\n3.2 Werkgeversservicepunt 2026 € 800.000\n"
    )
    assert not any(u.kind == "numbered" for u in block_units(_hand_made(rows)))


def test_an_action_table_with_a_money_column_reads_rows_that_name_neither_code_nor_period() -> None:
    # dev50: "Activiteit  Trekker  Budget per jaar" / "Meetnet en monitoring (incl. dashboard)  Vechtstromen  € 650.000"
    text = (
        "4 Programmalijn F\n\nTabel 4.6 Activiteiten programmalijn F (exploitatie, bedragen per jaar)\n"
        "Activiteit                                 Trekker          Budget per jaar\n"
        "Meetnet en monitoring (incl. dashboard)    Vechtstromen     € 650.000\n"
        "Gebiedstafels, participatie en communicatie Vechtstromen    € 300.000\n"
        "Subtotaal                                                    € 950.000\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions] == ["Meetnet", "Gebiedstafels,"]  # the subtotal is no activity
    # counter-example: under a caption that names money per kind of measure the rows are costs, not measures
    costs = (
        "4 Kosten\n\nTabel 5   Kosten per type maatregel\n\nStil asfalt (11 wegvakken)     10.800.000\n"
        "Geluidschermen (3 locaties)    7.260.000\nTotaal     18.060.000\n"
    )
    assert not _texts(costs, "action")


def test_a_list_of_milestones_is_one_action_per_step_due_at_its_leading_date() -> None:
    # dev50: "Mijlpalen:" / "–  juli 2026: gunning fietsenstalling …" / "–  2028: tussentijdse evaluatie en nieuwe
    # Uitvoeringsagenda 2029-2032."
    text = (
        "5 Uitvoering\n\nDe uitvoering start in 2025.\n\nMijlpalen:\n"
        "–  juli 2026: gunning fietsenstalling station noordzijde;\n"
        "–  1e kwartaal 2027: invoering zero-emissiezone stadslogistiek;\n"
        "–  2028: tussentijdse evaluatie en nieuwe Uitvoeringsagenda 2029-2032.\n"
    )
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.deadline for a in actions] == ["juli 2026", "1e kwartaal 2027", "2028"]
    # counter-example: the same lines under a history's header are no steps to take
    history = text.replace("Mijlpalen:", "Terugblik:")
    assert not [i for i in tag_document(_hand_made(history)).items if i.type == "action"]
    # … and a budget row labelled with its year has no deadline: its year is its money's
    budget = "6 Financien\n\nTabel 6.1 Kosten (x € 1.000)\n2027: 1.200\n2028: 1.350\n"
    assert all(i.deadline is None for i in tag_document(_hand_made(budget)).items if i.type == "budget")


def test_a_plan_stated_under_a_measures_header_is_a_measure_a_principle_there_is_not() -> None:
    text = (
        "2 Landelijk gebied\n\nWat gaan we daarvoor doen?\n"
        "• Uitvoeren van herstelmaatregelen in de Natura 2000-gebieden.\n"
        "• Vaststellen van de gebiedsplannen voor Eemland en het Rivierengebied.\n\n"
        "In 2027 ligt de nadruk op concrete projecten. Wij gaan de gebiedscommissies daarom\n"
        "ondersteunen met een vast budget voor procesgeld. De gemeente blijft verantwoordelijk voor de regie.\n"
    )
    typed = _typed(text)
    assert any(kind == "action" and t.startswith("Wij gaan de gebiedscommissies") for kind, t in typed)
    assert not any(kind == "action" and "blijft verantwoordelijk" in t for kind, t in typed)
    # counter-example: the same plan outside a measures header stays an intent
    plain = text.replace("Wat gaan we daarvoor doen?", "Achtergrond")
    assert not any(kind == "action" and t.startswith("Wij gaan de gebiedscommissies") for kind, t in _typed(plain))


def test_a_programme_table_whose_rows_are_grouped_under_theme_headings_reads_every_row() -> None:
    text = (
        "6 Uitvoeringsprogramma\n\nTabel 6.1 Uitvoeringsprogramma GVVP 2026–2035\n\n"
        "Nr  Maatregel  Prioriteit  Periode  Kosten (€)\n\n"
        "Thema 1 Verkeersveiligheid\n"
        "1.1  Herinrichten van 12 schoolomgevingen  hoog  2026–2030  1.440.000\n"
        "1.2  Invoeren 30 km/u binnen de bebouwde kom  hoog  2026–2032  2.350.000\n"
        "Subtotaal thema 1  3.790.000\n\n"
        "Thema 2 Fiets\n"
        "2.1  Vrijliggend fietspad Bentelo–Delden (3,2 km)  hoog  2027–2029  2.100.000\n"
        "Subtotaal thema 2  2.100.000\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action"]
    assert [a.text.split()[0] for a in actions] == ["1.1", "1.2", "2.1"]
    assert [a.deadline for a in actions] == ["2026–2030", "2026–2032", "2027–2029"]
    # counter-example: a heading followed by running text ends the table
    ended = text.replace("Thema 2 Fiets\n2.1  Vrijliggend", "Toelichting\nDe tabel toont het vrijliggend")
    assert len([i for i in tag_document(_hand_made(ended)).items if i.type == "action"]) == 2


def test_a_project_table_one_cell_per_line_with_a_year_and_investment_column_has_an_action_per_row() -> None:
    text = (
        "4.5 Projecten\n\nTabel 4.2 Projecten droogte (bedragen x € 1.000)\n\n"
        "Project\nGebied\nType\nJaar\nInvestering\nSubsidie\n\n"
        "D1 Verbeteren wateraanvoer Annerveenschekanaal\nVeenkoloniën\nwateraanvoer\n2027–2028\n2.160\n720\n"
        "D2 Regeling peilgestuurde drainage en stuwtjes op perceel\nDrents Plateau\nstimuleringsregeling\n"
        "2027–2030\n1.600\n800\n\n"
        "De subsidie voor D1 is toegezegd door de provincie Drenthe uit het programma Water en Bodem Sturend.\n"
    )
    actions = _texts(text, "action")
    assert len(actions) == 2 and actions[0].startswith("Verbeteren wateraanvoer")
    # counter-example: a table of areas and years without a column of projects or measures has no actions
    assert not _texts(text.replace("Project\n", "Gebiedsnaam\n"), "action")


def test_a_table_of_milestones_with_their_planning_has_an_action_per_row() -> None:
    from kb.tags.rules import PROGRAMME_TABLE_HEADER

    assert PROGRAMME_TABLE_HEADER.match("Mijlpaal Planning")
    assert not PROGRAMME_TABLE_HEADER.match("De mijlpalen van het project zijn bereikt.")
    text = (
        "1 Inleiding\n\nTekst over het sportpark en de vernieuwing van de velden.\n\n"
        "8 Uitvoering\n\nNa het raadsbesluit werken wij het ontwerp uit tot een definitief ontwerp.\n\n"
        "Tabel 4. Planning en mijlpalen\n\n"
        "Mijlpaal                                            Planning\n"
        "Aanbesteding perceel 2 (kleedgebouw)                februari – april 2027\n"
        "Sloop oude kleedaccommodatie en start bouw          mei 2027\n"
        "Oplevering kleedgebouw                              december 2027\n\n"
        "9 Evaluatie\n\nIn 2029 evalueren wij het gebruik van het sportpark met de verenigingen.\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions[:3]] == ["Aanbesteding", "Sloop", "Oplevering"]


def test_indicator_tables_with_a_number_column_or_a_missing_baseline() -> None:
    numbered = (
        "4 Resultaten\n\nTabel 2. Indicatoren en streefwaarden\n\n"
        "Nr.\nIndicator\nUitgangswaarde 2024\nStreefwaarde 2028\nStreefwaarde 2030\n\n"
        "1\nBereik vroegsignalering: aandeel huishoudens met contact\n41%\n52%\n60%\n"
        "2\nGemiddelde wachttijd tot eerste gesprek (werkdagen)\n9\n6\n5\n"
        "3\nAandeel aanmeldingen met eerste gesprek binnen 4 weken\n97%\n100%\n100%\n"
    )
    goals = _texts(numbered, "goal")
    assert len(goals) == 3 and goals[1].startswith("2 Gemiddelde wachttijd") and goals[1].endswith("9 6 5")
    assert not any(g.startswith(("Nr", "Indicator", "Streefwaarde")) for g in goals)  # the header is no goal
    dashed = (
        "4 Droogte\n\nTabel 4.1 Prestaties droogte\n\nPrestatie  Indicator  Stand 2026  Streefwaarde 2030\n\n"
        "Water vasthouden  extra vastgehouden volume in voorjaar  –  4 miljoen m³\n"
        "Flexibel peilbeheer  automatisch bestuurbare stuwen  310  430\n"
    )
    goals = _texts(dashed, "goal")
    assert [g.split()[0] for g in goals] == ["Water", "Flexibel"]


def test_a_vote_outcome_is_the_decision_on_the_motion_above_it() -> None:
    text = (
        "7 Moties\n\nMotie M-9 'Leegstand centrum' (ingediend door de fracties van VVD en D66)\n"
        "De raad draagt het college op een aanpak voor de leegstand in het centrum op te stellen.\n"
        "Aangenomen met 25 stemmen voor en 4 tegen.\n\n"
        "Toelichting\n\nAangenomen wordt dat de leegstand in 2027 verder toeneemt.\n"
    )
    decisions = [i for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert len(decisions) == 1
    assert decisions[0].text.startswith("Motie M-9") and decisions[0].text.endswith("4 tegen.")
    assert classify_sentence("Aangenomen wordt dat de leegstand verder toeneemt.") != ("decision_vote", "decision")


def test_a_long_motion_closed_by_its_vote_and_a_motion_numbered_in_a_cell_above_its_dictum() -> None:
    grounds = "".join(f"-   de {n}e overweging over het openbaar vervoer in de regio;\n" for n in range(1, 19))
    text = (
        'B Moties\n\nMotie M26-131 "Betaalbaar OV voor jongeren"\nIndieners: de heer D. Korver (SP)\n\n'
        f"Provinciale Staten, in vergadering bijeen;\n\nconstaterende dat:\n{grounds}\n"
        "verzoeken Gedeputeerde Staten een kortingsproduct voor jongeren te onderzoeken,\n\n"
        "en gaan over tot de orde van de dag.\n\nUitslag: aangenomen (29 voor, 25 tegen).\n"
        "Voor: SP, PvdA, GroenLinks, PvdD, D66.\nTegen: BBB, VVD, JA21, CDA.\n"
        "Gedeputeerde Lodewijks heeft de motie als ondersteuning van beleid beoordeeld.\n\n"
        'Motie M26-132 "Geen verhoging opcenten"\nIndieners: de heer W. Bakker (JA21)\n\n'
        "Uitslag: verworpen (20 voor, 34 tegen).\n"
    )
    decisions = _texts(text, "decision")
    assert any(d.startswith("Motie M26-131") and d.endswith("25 tegen).") for d in decisions)  # 30 lines apart
    assert any(d.startswith("Motie M26-132") and "M26-131" not in d for d in decisions)  # stops at the vote above
    table = (
        "Bijlage 1 Stand van zaken moties\n\nNummer\nTitel\nDictum\nStand van zaken\n\nM24-017\n"
        "Provinciale wegen veilig voor fietsers\nverzoekt GS alle kruispunten op provinciale wegen te toetsen\n"
        "In uitvoering; de toets is in 2027 gereed.\n"
    )
    decisions = _texts(table, "decision")
    assert any(d.startswith("M24-017 Provinciale wegen") for d in decisions)


def test_the_clauses_of_we_want_to_achieve_that_are_goals_and_the_lead_in_none() -> None:
    text = (
        "2 Wat willen we bereiken?\n\nMet de zienswijzen willen wij bereiken dat:\n"
        "• de bijdragen van de gemeente voorspelbaar blijven;\n"
        "• de raad vooraf en op tijd wordt betrokken bij beleidskeuzes met grote gevolgen;\n"
        "• de dienstverlening in de kleine kernen op peil blijft.\n\n"
        "Financiële consequenties\n\nDe hogere bijdragen worden gedekt uit de algemene reserve van de gemeente.\n"
    )
    goals = _texts(text, "goal")
    assert len(goals) == 3 and goals[1].startswith("de raad vooraf")  # an end state, though it reads as an intent
    assert not any("willen wij bereiken" in g or "algemene reserve" in g for g in goals)


def test_agreements_on_a_subject_and_risk_control_measures_head_measures() -> None:
    text = (
        "8 Veiligheid\n\nAfspraken over veiligheid\n\n• We investeren € 3 miljoen in de aanpak van ondermijning in het "
        "buitengebied.\n• We investeren € 2,5 miljoen in de digitale weerbaarheid van de provinciale organisatie.\n"
    )
    assert len(_texts(text, "action")) == 2
    # counter-example: a sentence about agreements is no header
    said = text.replace("Afspraken over veiligheid", "Afspraken over veiligheid zijn in 2024 gemaakt.")
    assert not _texts(said, "action")
    risks = (
        "5 Risico's\n\nBeheersmaatregelen\n\nWij gaan in 2027 een reservelijst met projecten opbouwen voor het "
        "landelijk gebied.\n"
    )
    assert any("reservelijst" in a for a in _texts(risks, "action"))


def test_a_calendar_of_products_with_who_delivers_them_gives_an_action_per_row() -> None:
    text = (
        "5 Monitoring\n\nTabel 5.1 Monitoringkalender\n\n"
        "Jaar     Product                                                  Wie\n"
        "2026     Nulmeting indicatoren, opzet monitoringsplan             GS\n"
        "2027     Voortgangsrapportage 2026; herziening KRW-doelen         GS, PS\n"
        "2028     Voortgangsrapportage 2027; tussenevaluatie               GS, PS\n"
    )
    assert len(_texts(text, "action")) == 3
    # counter-example: a table of products and their prices per year names no one who delivers them
    tariffs = text.replace("Wie", "Tarief").replace("GS, PS", "€ 45").replace("             GS", "             € 30")
    assert not _texts(tariffs, "action")


@pytest.mark.parametrize(
    ("sentence", "decided"),
    [
        ("Het algemeen bestuur heeft in de Nota reserves 2024 bepaald dat de ratio ten minste 1,4 is.", True),
        (
            "De gemeenten Tubbergen en Dinkelland hebben in hun raadsbesluiten vastgelegd dat het aantal beperkt is.",
            True,
        ),
        ("Dit fonds, dat uw raad bij de kredietaanvraag in 2023 heeft ingesteld, wordt aangevuld.", True),
        ("In de Transitievisie hebben we vastgelegd dat alle woningen in 2050 aardgasvrij zijn.", False),
        ("Wij hebben bepaald welke projecten in de eerste tranche voorrang krijgen.", False),
    ],
)
def test_a_body_that_laid_something_down_decided_it(sentence: str, decided: bool) -> None:
    found = classify_sentence(sentence)
    assert (found is not None and found[1] == "decision") == decided


def test_a_measure_in_which_we_ask_a_named_body_is_also_that_request() -> None:
    text = (
        "3 Ondergrond\n\nMaatregelen\nWe blijven ons inzetten voor een zorgvuldig gebruik van de ondergrond, onder\n"
        "meer bij bodemenergie. Wij vragen het Rijk om bij besluiten over de ondergrond de provincie\n"
        "vroegtijdig te betrekken.\n\n"
        "Wij vragen bij de Voorjaarsnota aandacht voor de rijksbijdrage aan het\nbeheer van het werelderfgoed.\n"
    )
    typed = _typed(text)
    assert any(kind == "request" and "Wij vragen het Rijk om" in t for kind, t in typed)
    assert any(kind == "action" and "Wij vragen het Rijk om" in t for kind, t in typed)  # and still the measure
    assert classify_sentence("Wij vragen de provincies Gelderland en Utrecht om de doelen mee te nemen.") == (
        "request_we_ask",
        "request",
    )


def test_a_planning_table_with_an_estimate_column_has_an_action_and_a_budget_per_row() -> None:
    text = (
        "5.1 Planning\n\nIn tabel 5.1 staat de planning van de projecten, in drie fasen.\n\n"
        "Tabel 5.1 Projectenplanning\n\n"
        "School / locatie                 Maatregel                        Jaar          Raming\n\n"
        "Fase 1 (2027–2031)\n"
        "IKC De Regenboog, Ede-Oost       Nieuwbouw IKC, 16 groepen        2027–2028     € 7.614.000\n"
        "                                 (2.350 m² bvo)\n"
        "OBS Het Kompas, Ede-Oost         Renovatie                        2029          € 4.698.000\n"
        "Subtotaal fase 1                                                                € 12.312.000\n\n"
        "Fase 2 (2032–2036)\n"
        "CBS De Bron, Lunteren            Vervangende nieuwbouw            2033–2034     € 5.216.000\n\n"
        "De ramingen zijn gebaseerd op de normbedragen uit hoofdstuk 7.\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action"]
    assert [i.text.split()[0] for i in actions] == ["IKC", "OBS", "CBS"]  # no action for "Fase 1 (2027–2031)"
    assert [i.deadline for i in actions] == ["2027–2028", "2029", "2033–2034"]
    budgets = [i for i in items if i.type == "budget" and i.line_start == actions[0].line_start]
    assert [(a.value, a.year, a.kind) for b in budgets for a in b.amounts] == [(7614000.0, None, "row")]
    # counter-example: the same table without a money column makes actions but no row budgets of its own
    plain = text.replace("Raming", "Trekker").replace("€ ", "")
    plain_items = tag_document(_hand_made(plain)).items
    assert len([i for i in plain_items if i.type == "action"]) == 3
    assert not [i for i in plain_items if i.type == "budget" and i.line_start == actions[0].line_start]


def test_a_table_of_pupils_over_the_years_is_no_budget() -> None:
    cells = ["Planningsgebied", "2025", "2030", "2035", "Ede-Noord", "1.720", "1.810", "1.760"]
    cells += ["Ede-Oost", "1.140", "1.520", "1.690", "Bennekom", "1.480", "1.430", "1.400", "Totaal", "4.340"]
    caption = "Tabel 2.2 Leerlingenprognose per planningsgebied"
    table = "\n".join(cells)
    pupils = f"2.1 Leerlingen\n\nDe prognose is per planningsgebied opgesteld.\n\n{caption}\n\n{table}\n"
    assert not [i for i in tag_document(_hand_made(pupils)).items if i.type == "budget"]
    # counter-example: the same table with a money caption is a budget table
    money = pupils.replace("Leerlingenprognose per planningsgebied", "Kosten per planningsgebied (x € 1.000)")
    assert [i for i in tag_document(_hand_made(money)).items if i.type == "budget"]


def test_a_measurable_target_under_a_goals_heading_is_a_goal() -> None:
    from kb.tags.rules import measurable_target

    assert measurable_target("In 2042 werken ten minste 30 van de 46 basisscholen als IKC.")
    assert measurable_target("De leegstand per planningsgebied bedraagt in 2030 niet meer dan 5%.")
    # counter-examples: a fact about the past, a lead-in
    assert not measurable_target("De CO2-uitstoot daalde van 780 kiloton in 1990 naar 560 kiloton in 2023.")
    assert not measurable_target("In 2030 willen we het volgende bereiken:")
    text = (
        "3.1 Onze doelen\n\nDeze ambitie werken wij uit in zes doelen. Gezonde gebouwen zijn belangrijk voor het"
        " leren. In 2042 voldoen alle schoolgebouwen aan het Programma van Eisen Frisse Scholen.\n\n"
        "3.2 Huidige situatie\n\nIn 2030 voldoet naar verwachting de helft van de gebouwen aan de eisen.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("In 2042 voldoen alle schoolgebouwen") for g in goals)
    assert not any("Gezonde gebouwen zijn belangrijk" in g for g in goals)
    assert not any("naar verwachting de helft" in g for g in goals)  # not under a goals heading


def test_a_budget_table_per_goal_is_no_table_of_targets() -> None:
    rows = "1.1 Innovatie in het mkb 2.200.000 2.400.000 2.400.000\n"
    rows += "1.2 Kapitaal voor groei 1.200.000 1.200.000 1.200.000\n"
    money = f"8.1 Financiën\n\nTabel 3. Budget per doel (bedragen in €)\n\nDoel 2026 2027 2028\n\n{rows}"
    assert not _texts(money, "goal")
    # counter-example: an indicator table with a "Doel 2030" column is one of targets
    targets = "8.1 Monitoring\n\nTabel 4. Indicatoren\n\nIndicator Nulmeting Doel 2030\nBanen in de zorg 1.200 1.500\n"
    assert _texts(targets, "goal")


def test_decisions_told_in_the_past_and_pointers_to_the_decision() -> None:
    assert classify_sentence("De raad stelde in 2021 het doel vast om in 2040 klimaatneutraal te zijn.") == (
        "decision_past",
        "decision",
    )
    long = "In juli 2021 stelden de veertien gemeenten en Provinciale Staten van Overijssel de RES 1.0 vast."
    assert classify_sentence(long) == ("decision_past", "decision")
    # counter-examples: establishing a fact; the document pointing to where the decision stands
    assert (classify_sentence("De raad stelde vast dat het aantal woningen daalt.") or ("", ""))[1] != "decision"
    assert classify_sentence("Hoofdstuk 9 bevat het raadsbesluit.") is None
    assert classify_sentence("In de bijlage is de motie opgenomen die de raad heeft aangenomen.") is None
    assert classify_sentence("Het raadsbesluit is opgenomen als bijlage 1.") is None
    assert classify_sentence("Hoofdstuk 6 sluit af met het besluit van het algemeen bestuur.") is None


def test_a_table_of_decisions_flattened_one_cell_per_line_has_one_decision_per_row() -> None:
    cells = ["Partner", "Orgaan", "Datum besluit", "Bijzonderheden"]
    cells += ["Almelo", "gemeenteraad", "26 mei 2026", "–", "Borne", "gemeenteraad", "19 mei 2026", "–"]
    cells += ["Dinkelland", "gemeenteraad", "2 juni 2026", "amendement: maximaal 5 turbines in W8"]
    text = "9.1 Besluiten van de partners\n\nTabel 7 Overzicht besluitvorming\n\n" + "\n".join(cells) + "\n"
    decisions = _texts(text, "decision")
    assert "Almelo gemeenteraad 26 mei 2026 –" in decisions
    assert "Dinkelland gemeenteraad 2 juni 2026 amendement: maximaal 5 turbines in W8" in decisions
    # counter-example: a single dated line under such a header is no table of rows
    single = "9.1 Besluiten\n\nPartner\nDatum besluit\nAlmelo\n26 mei 2026\n\nDe raad besprak het voorstel.\n"
    assert not any(d.startswith("Almelo") for d in _texts(single, "decision"))


def test_a_motions_points_asked_of_the_college_are_requests_whatever_their_bullet() -> None:
    motion = (
        "Motie M4 Veilige schoolroutes\n\nDe raad van de gemeente, in vergadering bijeen,\n\n"
        "constaterende dat:\n- de Leemputterweg geen vrijliggend fietspad heeft;\n"
        "- de verkeersveiligheid buiten het voorliggende voorstel valt;\n\n"
        "verzoekt het college:\n"
        "o   samen met scholen en ouders in 2026 een schoolroute-analyse uit te voeren;\n"
        "o   op basis daarvan een uitvoeringsprogramma op te stellen;\n"
        "o\nde raad over de uitkomsten te informeren bij de Kadernota 2027;\n\n"
        "en gaat over tot de orde van de dag.\n"
    )
    assert _texts(motion, "request") == [
        "samen met scholen en ouders in 2026 een schoolroute-analyse uit te voeren;",
        "op basis daarvan een uitvoeringsprogramma op te stellen;",
        "de raad over de uitkomsten te informeren bij de Kadernota 2027;",  # its "o" stood alone on the line above
    ]
    # counter-example: the grounds ("constaterende dat:") ask nothing
    assert not any("Leemputterweg" in t for t in _texts(motion, "request"))


def test_a_council_asked_for_its_view_point_by_point_gives_a_request_per_point() -> None:
    text = (
        "6 Zienswijze\n\nWij vragen uw raad daarbij in het bijzonder om aan te geven:\n"
        "a) of u zich kunt vinden in de vijf strategische doelen;\n"
        "b) welke wensen u heeft ten aanzien van de informatievoorziening aan de raden.\n\n"
        "De zienswijzen worden betrokken bij de definitieve vaststelling van het beleidsplan door het bestuur.\n"
    )
    assert _texts(text, "request") == [
        "of u zich kunt vinden in de vijf strategische doelen;",
        "welke wensen u heeft ten aanzien van de informatievoorziening aan de raden.",
    ]
    # counter-example: a lead-in that tells the council something asks nothing
    told = text.replace(
        "Wij vragen uw raad daarbij in het bijzonder om aan te geven:", "Wij geven uw raad het volgende mee:"
    )
    assert not _texts(told, "request")


def test_a_party_that_asks_or_wishes_is_a_request_and_an_interest_that_asks_is_none() -> None:
    from kb.tags.rules import classify_sentence

    for sentence in (
        "De vereniging vraagt om ruimte voor wonen op het erf.",
        "Zij vraagt om het Dwingelderveld uitdrukkelijk als donkertegebied te benoemen.",
        "Indiener vraagt windturbines uit te sluiten in het beekdal.",
        "De vereniging wil dat de visie een veilige fietsoversteek als harde voorwaarde opneemt.",
        "Het Algemeen Bestuur brengt deze verzoeken per brief over en vraagt om een reactie binnen zes weken.",
    ):
        assert (classify_sentence(sentence) or ("", ""))[1] == "request", sentence
    # counter-examples: what an interest or a task "asks for" is what it requires
    for sentence in (
        "We nemen deze rol op ons waar het provinciaal belang vraagt om sturing of samenwerking.",
        "De opgave vraagt om een zorgvuldige inpassing in het landschap.",
    ):
        assert (classify_sentence(sentence) or ("", ""))[1] != "request", sentence


def test_the_heading_lines_of_a_draft_resolution_are_no_decisions() -> None:
    # a development document (eval/documents/dev): its "Ontwerpbesluit" under the Beslispunten
    folder = REPO / "eval" / "documents" / "dev"
    path = folder / "kadernota-provincie.txt"
    documents, _ = parse_file(path, load_catalogue(folder / "catalogue.toml"), path.name)
    decisions = [i.text for parsed in documents for i in tag_document(parsed).items if i.type == "decision"]
    assert any(d.startswith("De Kadernota 2027 vast te stellen") for d in decisions)
    # counter-examples: the resolution's heading lines name the body and the number; they decide nothing
    assert not any(d.startswith(("Provinciale Staten van Overijssel", "Nummer: PS/2026/0318")) for d in decisions)


def test_a_resolution_point_that_asks_gs_is_a_decision_with_its_parts_the_requests() -> None:
    text = (
        "2 Voorstel\n\nProvinciale Staten besluiten:\n1.  het programma vast te stellen;\n"
        "2.  Gedeputeerde Staten te verzoeken:\n"
        "    a.  jaarlijks vóór 1 mei een voortgangsrapportage aan Provinciale Staten te zenden;\n"
        "    b.  in 2028 een tussentijdse evaluatie uit te voeren;\n\n"
        "Dit is een gewone alinea over de verdere uitvoering van het programma door de provincie en partners.\n"
    )
    typed = _typed(text)
    point = next(t for kind, t in typed if kind == "decision" and t.startswith("Gedeputeerde Staten te verzoeken"))
    assert point.endswith("in 2028 een tussentijdse evaluatie uit te voeren;")
    assert [t for kind, t in typed if kind == "request_gs"] == [
        "jaarlijks vóór 1 mei een voortgangsrapportage aan Provinciale Staten te zenden;",
        "in 2028 een tussentijdse evaluatie uit te voeren;",
    ]
    # counter-example: the same request lead-in outside a resolution is no decision
    plain = text.replace("Provinciale Staten besluiten:\n1.  het programma vast te stellen;\n2.  ", "")
    assert not [t for kind, t in _typed(plain) if kind == "decision"]


def test_request_lead_ins_and_dictums_that_name_who_is_asked() -> None:
    from kb.tags.rules import list_header

    for lead_in in (
        "De regio Twente verzoekt het kabinet en in het bijzonder de minister van Klimaat en Groene Groei om:",
        "Wij vragen Enexis Netbeheer, Coteq Netbeheer en TenneT om:",
        "Van de gemeenten vragen wij:",
        "Wij vragen van de netbeheerder:",
        "roept het college op:",
        # after a fronted phrase, with when (dev20)
        "In aanvulling op de opdracht in tabel 9.2 vragen wij de ODA om in 2026:",
    ):
        assert list_header(lead_in) == ("request_list", "request"), lead_in
    # counter-examples: something that asks for something, we being asked
    assert list_header("Dat vraagt om:") is None
    assert list_header("De inwoners vragen ons om:") is None
    assert list_header("In aanvulling daarop vragen wij u om in 2026:") is None  # the council asked: a proposal
    for party in (
        "Zienswijze: De gemeente Ede en vier bewoners vragen de maatregel op de N224 naar voren te halen.",
        "Zienswijze: De gemeente Brummen vraagt de gevraagde bijdrage van 20% (€ 374.000) te verlagen.",
    ):
        assert classify_sentence(party) == ("request_party", "request"), party
    assert list_header("Wij vragen van onszelf:") is None
    asked = "Wij verzoeken de raden en Provinciale Staten om uiterlijk 14 juni 2027 hun zienswijze kenbaar te maken."
    assert classify_sentence(asked) == ("request_we_ask", "request")
    assert list_header("Wij vragen Gedeputeerde Staten om:") == ("gs_list", "request_gs")
    dictum = "5. Het college op te dragen de raad jaarlijks vóór 1 mei te informeren over de voortgang."
    assert classify_sentence(dictum) == ("request_dictum", "request")
    to_gs = "4. Gedeputeerde Staten te vragen om Provinciale Staten jaarlijks een voortgangsrapportage te sturen."
    assert classify_sentence(to_gs) == ("gs_dictum", "request_gs")
    present = "Provinciale Staten vragen Gedeputeerde Staten om jaarlijks te rapporteren over de voortgang."
    assert classify_sentence(present) == ("gs_dictum", "request_gs")
    for inverted in (
        "Daarnaast verzoeken PS GS om de middelen voor natuur zichtbaar te scheiden.",
        "Wij nemen de motie M2025-33 mee, waarin PS GS verzoeken om de monitoring openbaar te maken.",
    ):
        assert classify_sentence(inverted) == ("gs_dictum", "request_gs"), inverted
    reported = "De Staten hebben in de motie M2026-41 verzocht om boeren nadrukkelijker te betrekken."
    assert classify_sentence(reported) == ("gs_reported", "request_gs")
    assert (classify_sentence("Het college op te richten is geen optie meer.") or ("", ""))[1] != "request"


def test_agreements_numbered_under_an_agreements_heading_are_actions() -> None:
    from kb.tags.rules import list_header

    assert list_header("Afspraken met de schoolbesturen") == ("action_list", "action")
    assert list_header("Afspraken met de schoolbesturen zijn in 2019 gemaakt.") is None
    body = "De gemeente en de schoolbesturen hebben dit plan samen opgesteld en in het overleg besproken."
    text = (
        f"1 Afspraken met de schoolbesturen\n\n{body}\n\n"
        "1.1 Partijen spreken af dat de planning uit hoofdstuk 5 leidend is voor de\n"
        "huisvestingsvoorzieningen in de periode 2027–2042. Aanvragen voor andere voorzieningen\n"
        "worden alleen gehonoreerd bij calamiteiten.\n\n"
        "1.2 De gemeente verplicht zich om de projecten in fase 1 uit te voeren, onder voorbehoud van\n"
        "de besluitvorming over de kredieten door de gemeenteraad.\n"
    )
    parsed = _hand_made(text)
    assert [s.title for s in parsed.sections if s.number] == ["Afspraken met de schoolbesturen"]  # no "1.1 …"
    actions = _texts(text, "action")
    assert any("Partijen spreken af dat de planning" in a for a in actions)
    assert any("De gemeente verplicht zich" in a for a in actions)


def test_bbv_measures_in_prose_end_at_the_question_on_money() -> None:
    text = (
        "4.1 Informatieveiligheid\n\nWat willen we bereiken?\nDe gemeente voldoet aan de Baseline Informatiebeveiliging"
        " Overheid.\n\nWat gaan we doen?\nWij gaan de formatie voor informatiebeveiliging uitbreiden met 1,5 fte."
        " Daarnaast voeren wij jaarlijks een penetratietest uit.\n\nWat kost het?\nStructureel € 130.000 per jaar"
        " vanaf 2027.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Wij gaan de formatie") for a in actions)
    assert not any("Structureel € 130.000" in a or a.startswith("Wat kost") for a in actions)
    # counter-example: a paragraph that states no intent under "Wat gaan we doen?" is no measure
    plain = text.replace("Wij gaan de formatie", "De formatie is").replace("Daarnaast voeren wij", "Er is")
    assert not any(a.startswith("De formatie is") for a in _texts(plain, "action"))


def test_what_was_done_what_is_agreed_and_a_planning_table_in_thousands() -> None:
    from kb.tags.rules import list_header

    assert list_header("Wat doen we in 2026–2027?") == ("action_list", "action")
    assert list_header("Wat hebben we daarvoor gedaan?") == ("action_done", "action")
    assert list_header("Daarnaast spreken de corporaties en de gemeente af:") == ("action_list", "action")
    assert list_header("Wij spreken af met de wethouder.") is None
    agreed = "De corporaties en de gemeente spreken af dat ten minste 35 procent van de woningen naar starters gaat."
    assert classify_sentence(agreed) == ("action_agreed", "action")
    done = (
        "2.1 Wonen\n\nWat hebben we daarvoor gedaan?\n• Inzetten van het versnellingsteam bij 14 projecten;\n"
        "• Verstrekken van € 4,2 miljoen uit de Impulsregeling Woningbouw.\n\nDe bouw startte later dan gepland door"
        " hoge bouwkosten en netcongestie, en het aandeel betaalbare woningen bleef onder het streven.\n"
    )
    actions = _texts(done, "action")
    assert len([a for a in actions if a.startswith(("Inzetten", "Verstrekken"))]) == 2
    assert not any("netcongestie" in a for a in actions)  # the account of results is no measure
    table = (
        "3.1 Waterveiligheid\n\nTabel 3.1 Projecten waterveiligheid\n"
        "Project                                Gebied                   Planning    Kosten (x € 1.000)\n"
        "Dijkversterking Demen–Dieden (HWBP)    Maasdijk Ravenstein      2026–2027   18.400\n"
        "Herstel regionale keringen             Oss-Noord                2026        950\n\n"
        "De kosten zijn geraamd op prijspeil 2026 en worden jaarlijks geïndexeerd.\n"
    )
    items = tag_document(_hand_made(table)).items
    rows = [i for i in items if i.type == "action" and i.text.startswith(("Dijkversterking", "Herstel"))]
    assert [i.deadline for i in rows] == ["2026–2027", "2026"]
    budgets = [(a.value, a.kind) for i in items if i.type == "budget" for a in i.amounts]
    assert (18400000.0, "row") in budgets and (950000.0, "row") in budgets


def test_what_was_achieved_ends_the_goals_of_a_jaarverslag() -> None:
    text = (
        "4.1 Programma Wonen\n\nWat wilden we bereiken?\nIn 2025 worden 4.500 woningen opgeleverd.\n\n"
        "Wat hebben we bereikt?\nIn 2025 zijn 3.870 woningen opgeleverd, 630 minder dan onze streefwaarde.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("In 2025 worden 4.500 woningen") for g in goals)
    assert not any("3.870" in g or g.startswith("Wat hebben") for g in goals)


def test_we_ask_a_named_body_with_an_infinitive() -> None:
    for asked in (
        "Wij vragen het Rijk de Investeringsimpuls Verkeersveiligheid na 2025 voort te zetten.",
        "Wij vragen uw raad om uiterlijk 2 oktober 2026 uw zienswijze kenbaar te maken.",
    ):
        assert classify_sentence(asked) == ("request_we_ask", "request"), asked
    # counter-examples: asking for attention, asking something of ourselves
    assert (classify_sentence("Wij vragen bij de Voorjaarsnota aandacht voor de rijksbijdrage.") or ("", ""))[0] != (
        "request_we_ask"
    )
    assert (classify_sentence("Wij vragen het uiterste van onze medewerkers.") or ("", ""))[1] != "request"


def test_a_response_note_names_its_added_measures_and_lists_the_agreed_improvements() -> None:
    # a reactienota's answers (dev13): a measure named by its title and added to the plan, and a lead-in that
    # announces the improvements below it
    text = (
        "3 Openbaar vervoer\n\nReactie 12\n\nIndiener vraagt om betere busverbindingen in het Heuvelland.\n\n"
        "Antwoord provincie\nWij begrijpen de zorgen. Wij hebben met de concessiehouder afgesproken dat in het "
        "Vervoerplan 2028 de volgende verbeteringen worden opgenomen:\n"
        "- op zondag weer een uurdienst op de lijnen Maastricht–Gulpen–Vaals;\n"
        "- een avondverbinding tot 23.00 uur tussen Vaals en Heerlen.\n"
        "De extra kosten bedragen € 450.000 per jaar.\n\n"
        'Aanpassing: ja. Actie "Verkenning HOV Parkstad–Aken" toegevoegd aan het uitvoeringsprogramma.\n\n'
        'Aanpassing: nee. Het project "Herinrichting N271" is in 2024 afgerond.\n'
    )
    actions = _texts(text, "action")
    assert any(a.startswith("op zondag weer een uurdienst") for a in actions)
    assert any(a.startswith("een avondverbinding") for a in actions)
    assert any("Verkenning HOV Parkstad–Aken" in a for a in actions)
    assert not any("N271" in a for a in actions)


def test_a_chapter_that_is_the_action_programme_makes_its_numbered_measures_actions() -> None:
    # a regional woonagenda's "6. Actieprogramma 2027–2030" with themed subsections of numbered measures (dev14)
    text = (
        "2 Wonen\n\n2.1 Financiën\n\nDe gemeenten dragen € 1,25 per inwoner per jaar bij aan het fonds.\n\n"
        "2.2 Actieprogramma 2027–2030\n\nPer actie is een trekker benoemd.\n\n"
        "2.2.1 Woningbouw en versnelling\n\n"
        "1. Oprichten van een Twents Versnellingsteam Woningbouw dat gemeenten ondersteunt.\n"
        "2. Aanvullen van de plancapaciteit in de gemeenten met een tekort aan plannen.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Oprichten van een Twents Versnellingsteam") for a in actions)
    assert any(a.startswith("Aanvullen van de plancapaciteit") for a in actions)
    from kb.tags.rules import list_header

    assert list_header("Actieprogramma 2027–2030") == ("action_list", "action")
    assert list_header("Actieplan Armoede en Schulden 2027–2030") is None  # a document's title, not a chapter


def test_a_project_card_is_one_action_with_its_lead_and_a_risks_control_measure_is_an_action() -> None:
    # a provincial uitvoeringsprogramma's project cards and its risk paragraph (dev14)
    text = (
        "3 Dorpshuizen\n\nDorpshuizen zijn het hart van veel Friese dorpen.\n\n"
        "Project: Dorpshuizen fan de takomst\nTrekker: Provincie Fryslân, team Mienskip\nLooptijd: 2027–2029\n"
        "Budget: € 2.150.000 (Reserve Vitaal Platteland)\n"
        "Omschrijving: dorpshuizen kunnen een bijdrage krijgen voor verduurzaming.\n\n"
        "4 Risico's\n\nHogere bouwkosten, waardoor minder dorpshuizen kunnen worden ondersteund. Beheersmaatregel: "
        "jaarlijkse herijking van de maximale bijdragen.\n"
    )
    items = tag_document(_hand_made(text)).items
    card = next(i for i in items if i.type == "action" and i.text.startswith("Project: Dorpshuizen"))
    assert "Looptijd: 2027–2029" in card.text and "Omschrijving" not in card.text
    assert card.actor == "Provincie Fryslân, team Mienskip"
    actions = [i.text for i in items if i.type == "action"]
    assert "Beheersmaatregel: jaarlijkse herijking van de maximale bijdragen." in actions
    assert not any(a.startswith("Hogere bouwkosten") for a in actions)  # the risk itself is no measure


def test_a_numbered_action_label_is_one_action_with_its_lead_and_term() -> None:
    # a regional plan van aanpak's numbered actions, each with its lead and term on the lines below (dev34)
    text = (
        "3 Sporen en acties\n\nSpoor 1 Voorkomen\n\nWe voorkomen dat mensen hun huis verliezen.\n\n"
        "Actie 1.2: Opzetten van een regionaal bemiddelingsfonds huurachterstanden\nTrekker: gemeente Huizen\n"
        "Termijn: operationeel per 1 april 2027\n\n"
        "Zie actie 1.2: het fonds staat open voor alle zes gemeenten.\n"
    )
    items = tag_document(_hand_made(text)).items
    action = next(i for i in items if i.type == "action" and i.text.startswith("Actie 1.2: Opzetten"))
    assert "Termijn: operationeel per 1 april 2027" in action.text and action.actor == "gemeente Huizen"
    assert action.deadline is not None and "1 april 2027" in action.deadline
    # a reference to an action is no action
    assert not any(i.type == "action" and i.text.startswith("Zie actie") for i in items)


def test_a_lead_in_to_a_list_inside_a_measures_section_keeps_the_section_open() -> None:
    # a collegewerkprogramma's "Wat gaan we daarvoor doen?" with a lead-in, its list, then more plans (dev34)
    def tagged(title: str) -> list:
        text = (
            f"2 Wonen\n\n{title}\n\nVoor het versnellen van de woningbouw zetten wij de volgende activiteiten "
            "in gang:\n\n• Instellen van een versnellingsteam woningbouw;\n• Invoeren van een doelgroepenverordening."
            "\n\nWij gaan in gesprek met eigenaren van leegstaande winkelpanden in de binnenstad.\n"
        )
        return tag_document(_hand_made(text)).items

    plans = [i for i in tagged("2.4 Wat gaan we daarvoor doen?") if i.text.startswith("Wij gaan in gesprek")]
    assert [i.type for i in plans] == ["action"]
    # the same words under a heading that announces no measures stay an intention
    plans = [i for i in tagged("2.4 Woningbouw") if i.text.startswith("Wij gaan in gesprek")]
    assert [i.type for i in plans] == ["commitment"]


def test_the_bbv_goal_question_with_its_answer_on_the_same_line_is_a_goal() -> None:
    # a waterschap's jaarplan: "Wat willen we bereiken? Wij zorgen …" under "3.1 Beoogd effect" (dev34)
    text = (
        "3 Taak Voldoende water\n\n3.1 Beoogd effect\n\nWat willen we bereiken? Wij zorgen voor het juiste water op "
        "de juiste plek, nu en in de\ntoekomst. Het watersysteem is robuust tegen hevige neerslag.\n\n"
        "4 Leeswijzer\n\nWat willen we bereiken? Hier beschrijven wij de maatschappelijke effecten per taak.\n"
    )
    items = tag_document(_hand_made(text)).items
    goal = next(i for i in items if i.text.startswith("Wat willen we bereiken? Wij zorgen"))
    assert goal.type == "goal" and goal.text.endswith("hevige neerslag.")
    # a reading guide that only says what the chapter describes is no goal
    assert not any(i.type == "goal" and "Hier beschrijven" in i.text for i in items)


def test_the_rows_of_a_table_captioned_as_aimed_at_are_targets() -> None:
    # a plan van aanpak's "Tabel 4.1 Beoogd aantal …" with years as its column names (dev34)
    def tagged(caption: str) -> list:
        text = (
            "4 Wonen eerst\n\nWe breiden Housing First uit.\n\n"
            f"{caption}\n\nGemeente          eind 2025   eind 2027   eind 2030\n"
            "Blaricum              0           2           5\nHilversum            34          42          58\n"
            "Regio                54          78         120\n\nActies:\n"
            "Uitbreiden van Housing First van 54 naar 120 plekken, met een groeipad per gemeente.\n"
        )
        return [i for i in tag_document(_hand_made(text)).items if i.type == "goal"]

    goals = tagged("Tabel 4.1 Beoogd aantal Housing First-plekken per gemeente")
    assert [g.text.split()[0] for g in goals] == ["Blaricum", "Hilversum", "Regio"]  # not the years, not "Acties:"
    assert tagged("Tabel 4.1 Aantal Housing First-plekken per gemeente") == []  # figures, not aims


def test_a_list_of_nominalised_measures_without_a_header_is_a_list_of_actions() -> None:
    # a GR's programme: after a paragraph, a theme's title and bullets that each name a measure (dev36)
    def actions(bullets: list[str]) -> list[str]:
        text = (
            "2 Brandweerzorg\n\nIn 2028 gaan we verder met de uitvoering van het dekkingsplan.\n\n"
            "Incidentbestrijding\n" + "".join(f"•   {b}\n" for b in bullets)
        )
        return [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]

    measures = [
        "Uitvoeren van het Dekkingsplan 2027-2030 op zes posten.",
        "Uitbreiden van de dagdekking met een dagdienstploeg.",
        "Vervangen van zes tankautospuiten en twee waterongevallenvoertuigen.",
    ]
    assert len(actions(measures)) == 3
    assert actions(measures[:2]) == []  # two such bullets are too few to say it is a list of measures
    # a list of groups or things is no list of measures
    assert actions(["Ouderen met een laag inkomen.", "Jongeren in de kernen.", "Bedrijven op de terreinen."]) == []


def test_a_decision_is_cited_with_its_date_not_named_in_a_title_or_a_plan() -> None:
    # across the development halves "raadsbesluit", "collegebesluit" and "Besluit van …" were a decision in 6 of 49
    # places: a document's title, a "Datum collegebesluit" field, "na het raadsbesluit" in a plan are none
    _sentences_typed(
        "decision",
        are=(
            "Het resultaat is conform het besluit van het algemeen bestuur van 4 juli 2025 toegevoegd aan de reserve.",
            "Het budget voor sport blijft gelijk (raadsbesluit van 4 juli 2019).",
        ),
        are_not=(
            "Versie 1.3 (definitief, na raadsbesluit)",
            "Besluit van Gedeputeerde Staten van Drenthe",
            "Na het raadsbesluit informeren wij de omwonenden per brief over de planning.",
            "Een project wordt in het MIP opgenomen door een besluit van Provinciale Staten.",
            # a reference to an adoption, or a proposal to adopt, is no decision
            "Tegen de vaststelling van dit actieplan staat geen beroep open, omdat het een programma betreft.",
            "Wij stellen u voor de Economische Agenda Gelderland 2026–2029 vast te stellen.",
        ),
    )


def test_a_report_on_whether_a_target_was_met_is_no_goal() -> None:
    # jaarverslagen and rekenkamer reports (dev18, dev24, dev26): the target named in passing is reported on
    _sentences_typed(
        "goal",
        are=(
            "Dit draagt bij aan het doel om 1.000 extra geschikte woningen voor ouderen te realiseren.",
            "Om de doelstelling van 225 woningen per jaar te halen, stellen wij een extra projectleider voor.",
        ),
        are_not=(
            "De doelstelling van 50% is in geen van beide gemeenten gehaald.",
            "Het bereik ligt in Zutphen met 38% ruim onder de doelstelling van 50%.",
            "Dat geeft een marge van ruim 20 MW ten opzichte van de ambitie van 250 MW.",
        ),
    )


def test_a_changing_share_is_a_target_only_with_its_year_or_a_word_of_aim() -> None:
    # statistics in a description of the present (dev, dev13, dev16, dev34) against targets (dev7, dev13, seed 004)
    _sentences_typed(
        "goal",
        are=(
            "In 2018 minimaal 10% minder laaggeletterden.",
            "In vier jaar tijd is het aandeel inwoners onder de lage inkomensgrens met 5% gedaald.",
        ),
        are_not=(
            "Van april tot en met juli viel er daarentegen 38% minder neerslag dan gemiddeld.",
            "De bijdrage per inwoner voor het basistakenpakket stijgt met 5,2%.",
        ),
    )


def test_a_definition_an_estimate_or_a_levy_is_no_undertaking() -> None:
    # "we" in sentences that define, estimate, assume figures or levy (dev7, dev8, dev20, dev36)
    text = (
        "2 Uitgangspunten\n\nOnder klimaatneutraal verstaan we dat er netto geen broeikasgassen worden uitgestoten. "
        "De bijkomende kosten ramen wij op gemiddeld 9% van de bouwkosten. Wij gaan uit van een rentepercentage van "
        "3,1% voor nieuwe leningen. Daarnaast heffen we de verontreinigingsheffing voor directe lozingen. Wij gaan uit "
        "van het principe bouwen naar behoefte. Wij verwerken het nadeel in de programmabegroting 2028.\n"
    )
    kept = [i.text for i in tag_document(_hand_made(text)).items if i.type == "commitment"]
    assert kept == [
        "Wij gaan uit van het principe bouwen naar behoefte.",
        "Wij verwerken het nadeel in de programmabegroting 2028.",
    ]


def test_a_schedule_of_steps_gives_the_adoptions_in_it_as_decisions() -> None:
    # a GGD's "Planning besluitvorming begroting 2028": "Stap  Datum" (dev30)
    text = (
        "1.3 Planning en control cyclus 2027\n\nTabel 1. Planning besluitvorming begroting 2028\n"
        "Stap                                                        Datum\n"
        "Vaststelling kaderbrief 2028 door AB                        3 december 2026\n"
        "Verzending kaderbrief aan de raden                          10 december 2026\n"
        "Uiterste datum zienswijze raden op kaderbrief               5 maart 2027\n"
        "Vrijgave ontwerpbegroting 2028 door AB                      8 april 2027\n"
    )
    decisions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert decisions == [
        "Vaststelling kaderbrief 2028 door AB 3 december 2026",
        "Vrijgave ontwerpbegroting 2028 door AB 8 april 2027",
    ]  # sending and deadlines are steps, not decisions


def test_the_undertakings_of_the_parties_to_an_agreement_are_actions() -> None:
    # a regional woonagenda's "Afspraken" (dev14): each party's undertaking, and an agreement about a future adoption
    assert classify_sentence("De gemeenten zorgen voor een laagdrempelig energieloket per gemeente.") == (
        "action_agreed",
        "action",
    )
    assert classify_sentence("De provincie draagt bij met een subsidie van maximaal € 150.000 per project.") == (
        "action_agreed",
        "action",
    )
    agreed = "Partijen spreken af dat iedere gemeente uiterlijk 1 januari 2028 een wonen-zorgopgave heeft vastgesteld."
    assert classify_sentence(agreed) == ("action_agreed", "action")  # not a decision taken
    assert classify_sentence("Sport draagt bij aan de gezondheid van inwoners.") is None  # an effect, not a party
    assert classify_sentence("De gemeenten zorgen voor:") is None  # a lead-in: its points are the undertakings
    from kb.tags.rules import list_header

    assert list_header("De gemeenten zorgen voor:") == ("agreement_lead_in", "action")


def test_an_action_table_with_a_number_column_and_a_period_in_a_column_name_gives_one_action_per_row() -> None:
    # "Nr. Actie Trekker Partners Planning Kosten 2027–2030", its rows wrapped over lines (dev14)
    text = (
        "3 Iedereen doet mee\n\nIn tabel 3.1 staan alle acties van dit thema.\n\n"
        "Nr.   Actie                          Trekker            Planning     Kosten 2027–2030\n"
        "1.1   Verhogen bijdrage Jeugdfonds   Gemeente, team     2027–2030    € 240.000\n"
        "      Sport & Cultuur                Sport\n"
        "1.2   Invoeren Sportpas Oss          Stichting          2027         € 180.000\n"
        "                                     Sportief Oss\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions] == ["1.1", "1.2"]
    budgets = _texts(text, "budget")
    assert any(b.startswith("1.1") for b in budgets)


def test_an_indicator_table_with_a_source_column_ends_each_row_with_its_source() -> None:
    # one cell per line, "Indicator / Nulwaarde / Streefwaarde 2029 / Bron" (dev14): the source is the row's last
    # cell, not the next row's label
    text = (
        "9 Monitoring\n\nWe volgen de voortgang met deze indicatoren.\n\n"
        "Indicator\nNulwaarde\nStreefwaarde 2029\nBron\n"
        "Rapportcijfer leefbaarheid eigen dorp\n7,8 (2025)\nminimaal 7,8\nLeefbaarheidsmonitor FSP\n"
        "Inwonersinitiatieven ondersteund uit de regeling\n–\n600 (cumulatief), waarvan 25% in kleinste kernen\n"
        "subsidieregistratie provincie\n"
        "Dorpshuizen met energielabel D of slechter\n33% (2025)\n15%\ninventarisatie dorpshuizen\n"
    )
    goals = _texts(text, "goal")
    assert [g.split()[0] for g in goals] == ["Rapportcijfer", "Inwonersinitiatieven", "Dorpshuizen"]
    assert goals[1].endswith("subsidieregistratie provincie")


def test_goal_lead_ins_that_state_the_goal_or_name_the_targets_that_follow() -> None:
    # "Ons doel is dat in 2029:", "Daarnaast streven we ernaar dat:", "… naar de volgende doelstellingen …:" and a
    # section "Meetbare doelstellingen" (dev14): the lead-in is no goal itself, its points are
    from kb.tags.rules import list_header

    for lead_in in (
        "Ons doel is dat in 2029:",
        "Daarnaast streven we ernaar dat:",
        "Wij vertalen de strategische doelen naar de volgende doelstellingen voor de periode tot en met 2030:",
        "Meetbare doelstellingen",
    ):
        assert list_header(lead_in) == ("goal_label", "goal"), lead_in
    assert list_header("Ons doel is duidelijk.") is None
    text = (
        "7 Zorg en welzijn\n\nDe vergrijzing gaat snel.\n\nOns doel is dat in 2029:\n"
        "• in minimaal 100 dorpen een zorgcoöperatie actief is;\n"
        "• in alle gemeenten jongeren een eigen jongerenraad hebben.\n"
    )
    goals = _texts(text, "goal")
    assert goals == [
        "in minimaal 100 dorpen een zorgcoöperatie actief is;",
        "in alle gemeenten jongeren een eigen jongerenraad hebben.",
    ]


def test_a_measures_table_counted_in_millions_by_its_caption_gives_each_row_its_investment() -> None:
    # "Tabel 5.1 Investeringen … (bedragen in € mln)" over "Maatregel Gebied Periode Investering" (dev14)
    text = (
        "5 Afvalwaterketen\n\nDe grootste investeringen zijn de vierde zuiveringstrappen.\n\n"
        "Tabel 5.1  Investeringen afvalwaterketen 2028–2033 (bedragen in € mln)\n"
        "Maatregel                                   Gebied        Periode     Investering\n"
        "Vierde zuiveringstrap rwzi Aalten           Aalten        2029–2032   21,5\n"
        "Renovatie rwzi Haarlo                       Berkelland    2028–2030   14,3\n"
    )
    items = tag_document(_hand_made(text)).items
    budgets = {i.text.split()[0] + " " + i.text.split()[1]: i.amounts for i in items if i.type == "budget"}
    assert budgets["Vierde zuiveringstrap"][0].value == 21_500_000.0
    assert budgets["Renovatie rwzi"][0].value == 14_300_000.0


def test_a_list_of_nominalised_measures_under_a_lead_in_of_its_own_is_a_list_of_actions() -> None:
    # "Om die doelen te bereiken zetten we vier sporen in:" and lettered nominalised measures (dev14); a list whose
    # items are not all measures is not read so
    text = (
        "6 Gezond leven\n\nDoel: in 2030 voldoet 55% van de inwoners aan de Beweegrichtlijnen.\n\n"
        "Om die doelen te bereiken zetten we vier sporen in:\n"
        "a)  Uitbreiden van de JOGG-aanpak van drie naar vijf wijken.\n"
        "b)  Aanstellen van een beweegmakelaar die huisartsen en fysiotherapeuten verbindt.\n\n"
        "Daarbij letten we op drie dingen:\n"
        "a)  Ouderen bewegen minder dan jongeren.\n"
        "b)  Verbeteren van de toegang tot sportaccommodaties.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Uitbreiden van de JOGG-aanpak") for a in actions)
    assert any(a.startswith("Aanstellen van een beweegmakelaar") for a in actions)
    assert not any(a.startswith("Verbeteren van de toegang") for a in actions)


def test_in_an_action_programme_the_chapters_about_the_programme_itself_hold_no_measures() -> None:
    # an uitvoeringsprogramma's statements of intent are its measures, but not in "Sturing en monitoring" (dev14)
    text = (
        "1 Programma\n\nDe vraag naar woningen groeit.\n\n"
        "1.1 Wonen\n\nWij ondersteunen dorpen bij het opstellen van een woonplan.\n\n"
        "1.2 Sturing en monitoring\n\nWij volgen de uitvoering met een jaarlijkse voortgangsrapportage.\n"
    )
    parsed = _hand_made(text, title="Uitvoeringsprogramma Vitaal Platteland 2027–2029")
    typed = [(i.type, i.text) for i in tag_document(parsed).items]
    assert ("action", "Wij ondersteunen dorpen bij het opstellen van een woonplan.") in typed
    assert ("commitment", "Wij volgen de uitvoering met een jaarlijkse voortgangsrapportage.") in typed


def test_an_ambition_quoted_after_its_name_is_a_goal() -> None:
    # 'De nota beschrijft de lange-termijnambitie van de gemeente: "In 2035 is Oss …"' (dev14)
    quoted = (
        'De nota beschrijft de lange-termijnambitie van de gemeente: "In 2035 is Oss een beweegvriendelijke gemeente."'
    )
    assert classify_sentence(quoted) == ("ambition_named", "goal")
    assert classify_sentence("De ambities van de woonvisie passen bij de wensen van inwoners.") is None


def test_a_goal_stated_inside_a_request_is_a_goal_of_its_own() -> None:
    # a motion asking for money "met als doel in 2030 15% meer broedparen grutto" (dev13); not without a figure
    text = (
        "1 Moties\n\nDe raad, in vergadering bijeen,\n\nverzoekt het college:\n"
        "- het budget voor weidevogelbeheer te verhogen met € 400.000, met als doel in 2030 15% meer broedparen "
        "grutto in de kerngebieden;\n"
        "- het beheer te verbeteren, met als doel een betere samenwerking.\n"
    )
    goals = _texts(text, "goal")
    assert goals == ["met als doel in 2030 15% meer broedparen grutto in de kerngebieden"]
    assert len(_texts(text, "request")) == 2


def test_a_caption_that_names_the_targets_makes_the_rows_below_its_header_goals() -> None:
    # "Tabel 5.1 Woningbouwopgave per gemeente 2027–2030 (netto toevoeging, streefwaarden)" over a header of one
    # cell per line that names no targets (dev14); its note below the table is no row
    text = (
        "5 Opgave per gemeente\n\nDe opgave is verdeeld naar rato van de woningbehoefte.\n\n"
        "Tabel 5.1 Woningbouwopgave per gemeente 2027–2030 (netto toevoeging, streefwaarden)\n"
        "Gemeente\nOpgave\n2027–2030\nwaarvan\nsociale huur\n"
        "Almelo 2.400 720\nBorne 1.050 320\nTotaal Twente 3.450 1.040\n"
        "* harde en zachte plancapaciteit volgens de provinciale Monitor Woningbouw, peildatum 1 januari 2027\n"
    )
    goals = _texts(text, "goal")
    assert [g.split()[0] for g in goals] == ["Almelo", "Borne", "Totaal"]


def test_decisions_a_body_will_take_or_laid_down_are_decisions() -> None:
    # "besluit de raad", "besluiten partijen", "De stuurgroep stelt … vast", "de door uw Staten vastgestelde
    # ondergrens", "heeft de gemeenteraad … vastgelegd" (dev, first test half, dev14)
    for sentence in (
        "Over de inzet van de reserve Woningbouw besluit de raad bij de vaststelling van de grondexploitatie.",
        "Op basis daarvan besluiten partijen uiterlijk op 31 december 2028 of de afspraken worden voortgezet.",
        "De stuurgroep stelt hiervoor in 2026 een uitvoeringsregeling vast.",
        "Dat is ruim boven de door uw Staten vastgestelde ondergrens van 1,5.",
        "In de nota heeft de gemeenteraad in juni 2026 de koers vastgelegd.",
    ):
        assert classify_sentence(sentence) is not None and classify_sentence(sentence)[1] == "decision", sentence
    for sentence in (
        "Tabel 4.1 Belangrijkste besluiten algemeen bestuur 2025",
        "De raad stelt vragen over de kosten van de regeling.",
        "Het college stelt vast dat de kosten stijgen.",
    ):
        found = classify_sentence(sentence)
        assert found is None or found[1] != "decision", sentence


def test_a_year_that_opens_its_amount_is_that_amounts_year() -> None:
    # "In 2027 is € 450.000 beschikbaar, in 2028 € 550.000 en in 2029 € 500.000" (dev14); a sentence's one year still
    # dates the amounts that have none of their own ("bedroeg in 2027 € 312 … en € 256 …", dev13)
    text = (
        "4 Wonen\n\nVoor de regeling is geld beschikbaar. In 2027 is € 450.000 beschikbaar, in 2028 € 550.000 en in "
        "2029 € 500.000.\n\nDe afvalstoffenheffing bedroeg in 2027 € 312,00 voor een meerpersoonshuishouden en "
        "€ 256,00 voor een eenpersoonshuishouden.\n"
    )
    items = tag_document(_hand_made(text)).items
    years = [[(a.value, a.year) for a in i.amounts] for i in items if i.type == "budget"]
    assert [(450000.0, 2027), (550000.0, 2028), (500000.0, 2029)] in years


def test_the_total_budget_named_in_running_text_is_a_total() -> None:
    # "Het totale budget voor dit thema bedraagt € 685.000" (dev14); an amount after it is not
    text = (
        "5 Gezond leven\n\nHet totale budget voor dit thema bedraagt € 685.000 over vier jaar.\n\n"
        "Voor de pilot is € 35.000 beschikbaar.\n"
    )
    kinds = {a.value: a.kind for i in tag_document(_hand_made(text)).items if i.type == "budget" for a in i.amounts}
    assert kinds[685000.0] == "total"
    assert kinds[35000.0] != "total"


def test_a_total_row_with_a_long_label_a_subtotal_row_and_a_total_investment_volume_are_totals() -> None:
    from kb.tags.money import _money_kind

    row = "Totaal programmalijn Bereikbaarheid € 64.000.000"
    assert _money_kind(row, row.index("€"), True, False, False) == "total"
    sub = "Subtotaal Overijssel 441.340 € 2.648.040"
    assert _money_kind(sub, sub.index("€"), True, False, False) == "subtotal"
    volume = "Het totale investeringsvolume bedraagt € 187,75 miljoen."
    assert _money_kind(volume, volume.index("€"), False, False, False) == "total"
    # counter-examples: a row that only mentions a total far before its amount in running text, and a plain row
    prose = "Van het totaal van de regio gaat een deel naar de kernen, waarvoor de gemeente bijdraagt € 40.000."
    assert _money_kind(prose, prose.index("€"), False, False, False) == "amount"
    plain = "Zwolle Overijssel 132.190 € 793.140"
    assert _money_kind(plain, plain.index("€"), True, False, False) == "row"


def test_the_document_describing_its_goals_and_a_targets_tables_column_names_are_no_goals() -> None:
    # "Per opgave beschrijven we wat we willen bereiken …", "Doelstelling Indicator Nulwaarde Streefwaarde 2028"
    # (dev8, test3); the goal below stays
    text = (
        "1 Inleiding\n\nPer opgave beschrijven we wat we willen bereiken en wat we daarvoor gaan doen.\n\n"
        "6 Monitoring\n\nDoelstelling Indicator Nulwaarde Streefwaarde 2028\n"
        "Schoon water Waterlichamen op orde 9 van 21 15 van 21\n\n"
        "Ons doel: in 2030 voldoen alle waterlichamen aan de KRW.\n"
    )
    goals = _texts(text, "goal")
    assert not any(g.startswith("Per opgave") for g in goals)
    assert not any(g.startswith("Doelstelling Indicator") for g in goals)
    assert any(g.startswith("Ons doel: in 2030") for g in goals)


def test_a_body_consenting_or_resolving_in_the_present_is_a_decision() -> None:
    # "De raad stemt in met de ontwerpbegroting 2028, …" in a raadsvoorstel of zienswijzen (dev13); an amendment's
    # "De raad besluit het voorstel als volgt te wijzigen:" is not (dev8, dev10: its annotators do not mark it)
    _sentences_typed(
        "decision",
        (
            "De raad stemt in met de ontwerpbegroting 2028 en geeft u de volgende zienswijze mee.",
            "Provinciale Staten besluiten het Reglement van Orde voor de vergaderingen te wijzigen.",
        ),
        ("De raad besluit het voorstel als volgt te wijzigen:", "De raad stemt vaak in meerderheid tegen."),
    )


def test_a_table_caption_above_a_wrapped_first_row_sets_the_unit() -> None:
    # "Tabel 5 Bezuinigingsvoorstellen (bedragen x € 1.000 …)" four lines above the first row of figures, a first
    # row whose label wraps (dev16): every row is a measure with its money in thousands
    text = (
        "4 Bezuinigingsvoorstellen\n\nWij leggen u acht voorstellen voor.\n\n"
        "Tabel 5   Bezuinigingsvoorstellen (bedragen x € 1.000; + = voordeel)\n\n"
        "Nr  Maatregel                                          Progr.   2028   2029   2030   2031\n"
        "B1  Verhogen parkeertarieven binnenstad met\n"
        "    € 0,20 per uur                                     4        280    280    280    280\n"
        "B2  Herijking subsidies (taakstelling 5%)              div.     150    300    300    300\n"
        "B5  Terugdringen inhuur derden                         1        250    250    250    250\n"
        "    Totaal                                                      680    830    830    830\n"
    )
    items = tag_document(_hand_made(text)).items
    budgets = {i.text.split(":")[0]: [a.value for a in i.amounts] for i in items if i.type == "budget"}
    assert budgets["B5 Terugdringen inhuur derden 1"] == [250000.0] * 4
    assert budgets["B1 Verhogen parkeertarieven binnenstad met € 0,20 per uur 4"] == [280000.0] * 4
    assert sum(i.type == "action" for i in items) == 3


def test_an_action_table_with_theme_rows_and_rows_ending_in_abbreviations() -> None:
    # An uitvoeringsagenda annex (dev16): "Nr. Actie Trekker Planning Budget", group rows "Thema 1 …" before rows
    # numbered 1.1, rows ending in "p.j." or "reg.", a period wrapped onto a line of its own; the table ends at
    # "Raadsvoorstel", the next part of the document. A wrapped cell's last word before the next numbered row
    # ("Humanitas") is the row's, not a group row (dev13).
    text = (
        "Bijlage 1 Uitvoeringsagenda\n\n"
        "Nr.   Actie                                     Trekker             Planning     Budget\n"
        "Thema 1  Sterke sociale basis\n"
        "1.1   Aanstellen van dorpsverbinders            Welzijnspartners    2027-2028    € 112.500 p.j.\n"
        "1.2   Uitbreiden respijtzorg                    Steunpunt,          Q2 2027      reg.\n"
        "                                                Humanitas\n"
        "1.3   Aanbesteden huishoudelijke ondersteuning  Inkoop              gunning      reg.\n"
        "                                                                    Q2 2027\n"
        "Thema 2  Gezond opgroeien\n"
        "2.1   Inzetten POH-jeugd bij zes praktijken     gemeente, HAGRO     Q1 2027      € 520.000\n\n"
        "Raadsvoorstel\n\n"
        "Onderwerp            Vaststellen Beleidskader 2027-2030\n"
        "Raadsvergadering     2 november 2026\n"
    )
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.text.split()[0] for a in actions] == ["1.1", "1.2", "1.3", "2.1"]
    assert "Humanitas" in actions[1].text and actions[2].deadline == "Q2 2027"


def test_a_project_list_numbered_in_a_nr_column_with_its_money_in_millions() -> None:
    # "nr project trekker partners fase / planning kosten regio prov. Rijk overig" (dev16): rows open with their plain
    # number, a wrapped line that starts with a capital ("Ede, Amersfoort planuitwerking 2027 …") is the row's, every
    # figure is a column of money (x € 1 mln; "38,0*" has a footnote mark); the caption and header repeated after a
    # page break are no row (dev7)
    text = (
        "5 Projectenlijst\n\n"
        "Tabel 5.1 Projectenlijst 2027–2030 (bedragen x € 1 mln)\n"
        "nr project trekker partners fase / planning kosten regio prov. Rijk overig\n"
        "1 Knooppunt A12/A30 Rijkswaterstaat Ede, prov. Gld, regio\n"
        "verkenning 2027–2028 48,0 2,0 6,0 38,0* 2,0\n"
        "2 Verdubbeling Valleilijn prov. Gelderland ProRail, Barneveld,\n"
        "Ede, Amersfoort planuitwerking 2027, realisatie 2029–2031 96,0 4,0 38,0 48,0 6,0\n"
        "Tabel 5.1 Projectenlijst 2027–2030 (vervolg)\n"
        "nr project trekker partners fase / planning kosten regio prov. Rijk overig\n"
        "3 Stationsomgeving Ede fase 2 gem. Ede ProRail, NS realisatie 2027–2029 18,5 1,5 5,0 6,0 6,0\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action"]
    assert [a.text.split()[0] for a in actions] == ["1", "2", "3"]
    budgets = [[a.value / 1e6 for a in i.amounts] for i in items if i.type == "budget"]
    assert [48.0, 2.0, 6.0, 38.0, 2.0] in budgets and [96.0, 4.0, 38.0, 48.0, 6.0] in budgets
    assert len(budgets) == 3  # one budget per row, not the same row read twice


def test_a_sentence_naming_actions_and_their_trekker_is_no_table_header() -> None:
    sentence = "de actie en daarover rapporteert. Waar de gemeente niet zelf de trekker is, maken"
    assert PROGRAMME_TABLE_HEADER.match(sentence) is None


def test_a_what_who_when_table_one_cell_per_line() -> None:
    # "Tabel 3.1 Interventies Jeugd / Wat / Wie / Wanneer" (dev16): each row is a measure; a period cell may be a
    # date it is due by ("vóór 1 januari 2028") or a recurrence with its first time ("jaarlijks, eerst in Q3 2027")
    text = (
        "3.2 Jeugd\n\nTabel 3.1  Interventies Jeugd\nWat\nWie\nWanneer\n"
        "POH-jeugd bij alle huisartsenpraktijken\nGemeente, HAGRO Lochem-Gorssel, Menzis\nvanaf Q1 2027\n"
        "Herziening lokale toegang: één gezinsplan, één regisseur\nSociaal Team Lochem\nvóór 1 januari 2028\n"
        "Doorontwikkeling gezinshuizen in de gemeente\nGemeente, jeugdhulpaanbieders\n2028-2029\n"
        "Evaluatie ambulante trajecten > 12 maanden\nTeam Inkoop\njaarlijks, eerst in Q3 2027\n\n"
        "Wat vragen we van het onderwijs? Dat scholen samen met ons werken aan het voorkomen van thuiszitten.\n"
    )
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.split()[0] for a in actions] == ["POH-jeugd", "Herziening", "Doorontwikkeling", "Evaluatie"]


def test_a_chapter_heading_after_a_list_and_the_notes_under_a_table_are_no_items() -> None:
    # under "4. Actieprogramma" (an action programme): the points of "Toelichting bij de tabel:" explain the table,
    # and "5. Financiering en cofinanciering", the next chapter's heading, is not the list's next item (first test
    # half); "Pijler 3: Natuur …" headings between the pillars' lists neither (dev7)
    text = (
        ""
        + "".join(f"{n}. Hoofdstuk {n}\n\n" + "Een zin over de regio.\n" * 6 + "\n" for n in (1, 2, 3))
        + "4. Actieprogramma 2026-2029\n\nTabel 4.1 Acties\n"
        "Nr Actie Trekker Planning\n"
        "F1 Opstellen regionaal fietsplan Regio Foodvalley 2026-2027\n"
        "F2 Uitvoeren verkeersveiligheidsscan Gemeente Ede 2027\n\n"
        "Toelichting bij de tabel:\n\n"
        "- Bij acties met als trekker 'Betrokken gemeenten' coördineert het programmabureau de uitvoering;\n"
        "- De kosten voor actie O1 betreffen het regionale deel van het project.\n\n"
        "5. Financiering en cofinanciering\n\nDe gemeenten dragen samen bij aan het fonds voor de regio.\n"
    )
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.split()[0] for a in actions] == ["F1", "F2"]


def test_goal_names_and_sub_headings_under_a_goal_label_are_no_goals() -> None:
    # dev16: "Operationele doelen" is a goal label of its own (its lines are goals, it is none); "Ambitie 1
    # Bereikbaar" names the goal stated below it; "Interventies" ends the goals above it
    text = (
        "3.1 Cultuur voor iedereen\n\nStrategisch doel\nAlle inwoners kunnen dichtbij huis deelnemen aan kunst.\n\n"
        "Operationele doelen\na) In 2030 doet 46% van de inwoners actief aan kunst en cultuur.\n"
        "b) In elke regio is in 2028 een netwerk voor amateurkunst actief.\n\n"
        "3.2 Ambities\n\nAmbitie 1 Bereikbaar\nDe regio blijft bereikbaar voor inwoners en bedrijven.\n\n"
        "3.3 Gezondheid\n\nOns doel voor 2030:\nHet aandeel rokers daalt naar 10%.\n\nInterventies\n"
        "Met de middelen uit het akkoord werken we aan een gezonde leefomgeving en breiden we de aanpak uit.\n"
    )
    goals = [i.text for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert "Operationele doelen" not in goals and "Ambitie 1 Bereikbaar" not in goals
    assert "In 2030 doet 46% van de inwoners actief aan kunst en cultuur." in goals
    assert "De regio blijft bereikbaar voor inwoners en bedrijven." in goals
    assert not any(g.startswith(("Interventies", "Met de middelen")) for g in goals)


def test_a_change_told_as_a_figure_of_the_past_is_no_target() -> None:
    # "bedroeg in 2023 ruim 640 kiloton, 4% minder dan in 2019" (dev16), "De bouwkosten zijn sinds 2022 met ongeveer
    # 18% gestegen" (dev): figures; "daalt in 2030 met 30%" stays a target
    text = (
        "1 Inleiding\n\nDe CO2-uitstoot van het verkeer bedroeg in 2023 ruim 640 kiloton, 4% minder dan in 2019. "
        "De bouwkosten zijn sinds 2022 met ongeveer 18% gestegen. "
        "Het aantal verkeersdoden daalt in 2030 met 30% ten opzichte van 2022.\n"
    )
    parsed = ingest_text(text, DocumentMeta(id="p", code="TST", title="Nota", issuer="Gemeente X", year=2026), "p.txt")
    goals = [i.text for i in tag_document(parsed).items if i.type == "goal"]
    assert goals == ["Het aantal verkeersdoden daalt in 2030 met 30% ten opzichte van 2022."]


def test_an_amended_resolution_and_a_decisions_list_line_with_its_motion() -> None:
    # dev16: "Het gewijzigde besluit luidt:" — each point below is decided; "M2 Veilige schoolroutes Gaanderen –
    # aangenomen met algemene stemmen (32-0)." records a decision; a withdrawn motion decides nothing
    text = (
        "Besluit\n\nDe raad besluit conform het geamendeerde voorstel. Het gewijzigde besluit luidt:\n"
        "1. de Voorjaarsnota 2028 vast te stellen als kader voor de Programmabegroting 2028-2031;\n"
        "2. een bestemmingsreserve in te stellen en hierin in 2028 € 1.500.000 te storten.\n\n"
        "Moties\nM2  Veilige schoolroutes Gaanderen – aangenomen met algemene stemmen (32-0).\n"
        "M4  Waardering voor mantelzorgers – ingetrokken na toezegging van de wethouder.\n"
    )
    decisions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert any(d.startswith("de Voorjaarsnota 2028 vast te stellen") for d in decisions)
    assert any(d.startswith("een bestemmingsreserve in te stellen") for d in decisions)
    assert any(d.startswith("M2") for d in decisions) and not any(d.startswith("M4") for d in decisions)


def test_requests_to_a_party_by_its_name_a_call_and_a_but_clause() -> None:
    # dev16: "Wij vragen Welzijnspartners om …", "We roepen werkgevers op om …", "De Adviesraad … adviseert
    # positief, maar vraagt om …" (and dev13's "De gemeente Roermond steunt de reconstructie, maar vraagt om …");
    # an abstract subject still only requires: "Deze ontwikkeling vraagt om maatwerk, en vraagt om een andere aanpak."
    for sentence in (
        "Wij vragen Welzijnspartners om de dorpsverbinders te werven en in te zetten.",
        "We vragen zorgverzekeraar Menzis om de POH-jeugd voor 50% mee te financieren.",
        "We roepen werkgevers op om stage- en werkplekken beschikbaar te stellen.",
        "De Adviesraad Sociaal Domein adviseert positief, maar vraagt om een hogere inkomensgrens (130%).",
    ):
        found = classify_sentence(sentence)
        assert found is not None and found[1] == "request", sentence
    assert classify_sentence("Deze ontwikkeling vraagt om maatwerk, en vraagt om een andere aanpak.") is None


def test_we_gaan_alone_on_its_line_leads_in_to_measures() -> None:
    # dev16: "Wij gaan" / "- de serviceorganisatie structureel subsidiëren …;" / "- een regeling … openstellen …"
    text = (
        "3.5 Bibliotheken\n\nWij gaan\n"
        "- de provinciale serviceorganisatie Bibliotheeknetwerk Gelderland structureel subsidiëren;\n"
        "- een regeling Innovatie Bibliotheken openstellen voor vernieuwende projecten.\n"
    )
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert len(actions) == 2 and actions[1].startswith("een regeling Innovatie Bibliotheken")


def test_a_party_that_leads_a_project_undertakes_it() -> None:
    # dev16 ("3.2 Afspraken per partij"): "De provincie Gelderland is trekker van …", "De regio neemt de
    # trekkersrol voor …"; naming who led something is no undertaking
    for sentence in (
        "De provincie Gelderland is trekker van de verdubbeling van de Valleilijn en de HOV-corridor.",
        "Het Rijk (ministerie van IenW en Rijkswaterstaat) is trekker van de verkenning naar het knooppunt.",
        "De regio neemt de trekkersrol voor de regiobrede projecten: het netwerk van mobiliteitshubs.",
    ):
        assert classify_sentence(sentence) == ("action_agreed", "action"), sentence
    found = classify_sentence("Wie trekker van een project is, rapporteert elk halfjaar over de voortgang.")
    assert found is None or found[1] != "action"


def test_an_action_tables_owner_column_gives_each_row_its_actor() -> None:
    # "Nr. Actie  Trekker  Planning  Budget" with its columns aligned in the source (dev16, dev7): the cell under
    # "Trekker" is the row's actor, also when it wraps ("gemeente, corpo-" / "raties")
    text = (
        "Bijlage 1 Uitvoeringsagenda\n\n"
        "Nr.   Actie                                             Trekker             Planning     Budget\n"
        "1.1   Aanstellen van dorpsverbinders in alle kernen     Welzijnspartners    2027-2028    € 112.500\n"
        "1.4   Realiseren van twee knarrenhofjes (Gorssel,       gemeente, corpo-    2027-2030    € 80.000\n"
        "      Laren)                                            raties\n"
    )
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.actor for a in actions] == ["Welzijnspartners", "gemeente, corporaties"]
    # counter-examples: a row whose description runs under the owner's column (a word cut at the column's edge)
    # and an owner cell that holds money are another column's text — the row is the author's
    skewed = text.replace(
        "1.1   Aanstellen van dorpsverbinders in alle kernen     Welzijnspartners    2027-2028",
        "1.1   Aanstellen van dorpsverbinders in alle kernen en wijkcentra 2027-2028",
    ).replace("gemeente, corpo-    2027-2030", "€ 40.000 p.j.      2027-2030")
    actions = [i for i in tag_document(_hand_made(skewed)).items if i.type == "action"]
    assert [a.actor for a in actions] == ["Gemeente Proefdorp", "Gemeente Proefdorp"]


def test_the_changes_an_amendment_proposes_are_requests_up_to_its_closing_words() -> None:
    # a voorjaarsnota's amendments (dev16) and a council's budget amendment with a table of its figures (dev half)
    text = (
        "Bijlage 2 Ingediende amendementen\n\nAMENDEMENT A1                Agendapunt 9\nOnderwerp: Sporten blijft "
        "betaalbaar\n\nDe raad van de gemeente Proefdorp, in vergadering bijeen op 8 juli 2027,\n\n"
        "overwegende dat:\n- een betaalbaar sportaanbod bijdraagt aan de sportdeelname;\n\n"
        "besluit het voorgestelde besluit als volgt te wijzigen:\npunt 3 te vervangen door:\n"
        '"3. in te stemmen met de bezuinigingsvoorstellen B1 tot en met B3 en het voorstel B4 te dekken\n'
        'door de toeristenbelasting te verhogen naar € 2,15 per persoon per nacht;"\n\n'
        "en gaat over tot de orde van de dag.\n\nLokaal Proefdorp, G. Hulshof\n\n\n"
        "Amendement A2 Bibliotheek blijft open\n\nDe raad, constaterende dat de vestiging sluit;\n\n"
        "besluit de begroting als volgt te wijzigen:\n\nProgramma 2 Samenleving\n"
        "Lasten 2026 tot en met 2029: de voorgestelde verlaging van € 60.000 per jaar vervalt.\n\n"
        "Algemene dekkingsmiddelen\nHet begrotingssaldo wordt verlaagd met € 60.000 per jaar.\n\n"
        "Jaar                  2026      2027      2028\nLasten programma 2   +60.000   +60.000   +60.000\n\n"
        "Toelichting\nMet dit amendement blijft de vestiging open en wordt het leesprogramma voortgezet.\n"
    )
    requests = _texts(text, "request")
    assert len(requests) == 3, requests
    assert requests[0].startswith("besluit het voorgestelde besluit als volgt te wijzigen: punt 3 te vervangen")
    assert "voorgestelde verlaging van € 60.000 per jaar vervalt" in requests[1]
    assert requests[2].startswith("Algemene dekkingsmiddelen Het begrotingssaldo wordt verlaagd")
    # counter-examples: a resolution amending a regulation decides, and a change reported in the past was decided
    for counter in (
        "Raadsbesluit\n\nDe raad van de gemeente Proefdorp;\n\nbesluit de Verordening als volgt te wijzigen:\n"
        "Artikel 3 komt te luiden: de heffing bedraagt € 75 per jaar.\n",
        "Amendement A4\n\nOp voorstel van de fracties besloot het algemeen bestuur het voorstel als volgt te "
        "wijzigen: aan punt 2 wordt een pilot met € 50.000 toegevoegd.\n",
    ):
        assert _texts(counter, "request") == [], counter


def test_measures_grouped_under_their_year_are_each_a_measure_due_in_that_year() -> None:
    # a veiligheidsregio's speerpunten (dev18): years alone on their line over the bullets, over paragraphs whose
    # bullet glyphs the extraction lost, and opening a paragraph of measures ("2026: Opstellen van …")
    text = (
        "4.1 Energietransitie\n\nWat gaan we daarvoor doen?\n2026\n- Starten van het programma Vrijwillig Dichtbij\n"
        "- Opstellen van een werkgeversaanpak met gemeenten en bedrijven\n2027\n"
        "- Invoeren van een dagdienstpool met vrijwilligers\n\n"
        "4.2 Stroomuitval\n\nWat gaan we daarvoor doen?\n2028\n"
        " Afronden van het bijscholingsprogramma voor alle ploegen.\n"
        " Uitvoeren van een praktijkoefening bij een BESS-locatie.\n\n"
        "2029: Evalueren van de voorbereiding. Bijstellen van de plannen.\nWat mag het kosten?\n"
        "€ 210.000 in 2026.\n"
    )
    actions = {i.text: i.deadline for i in tag_document(_hand_made(text)).items if i.type == "action"}
    assert actions == {
        "Starten van het programma Vrijwillig Dichtbij": "2026",
        "Opstellen van een werkgeversaanpak met gemeenten en bedrijven": "2026",
        "Invoeren van een dagdienstpool met vrijwilligers": "2027",
        "Afronden van het bijscholingsprogramma voor alle ploegen.": "2028",
        "Uitvoeren van een praktijkoefening bij een BESS-locatie.": "2028",
        "2029: Evalueren van de voorbereiding.": "2029",
        "Bijstellen van de plannen.": "2029",
    }, actions
    # counter-example: a sentence that opens with a plural noun and goes on with a verb is no measure of its own
    agreement = (
        "Wat gaan we daarvoor doen?\n\nOpstellen van een planning die leidend is voor de voorzieningen. Aanvragen van "
        "schoolbesturen worden alleen gehonoreerd als er ruimte is.\n"
    )
    assert len(_texts(agreement, "action")) == 1


def test_a_numbered_table_with_a_column_named_as_a_question_gives_an_action_per_row() -> None:
    # an overview of a college's response to a rekenkamer (dev18): "Nr. … Standpunt Wat gaan we doen? Planning"
    from kb.tags.lists import _programme_header

    assert _programme_header("Nr. Aanbeveling (verkort) Standpunt Wat gaan we doen? Planning")
    assert not _programme_header("Wat gaan we doen en wanneer?")  # a heading that asks, not a table's columns
    text = (
        "Overzicht standpunt college per aanbeveling\n\n"
        "Nr. Aanbeveling (verkort)              Standpunt     Wat gaan we doen?                  Planning\n"
        "4   Bereik vroegsignalering            overgenomen   huisbezoek bij alle signalen       start 1-1-2026\n"
        "7   Nazorg 12 maanden                  overgenomen   nazorg via Geldmaatjes             2026\n"
        "8   Sluitende registratie              overgenomen   onderzoek gezamenlijk systeem      besluit Q4 2025\n"
    )
    actions = {i.text[:1]: i.deadline for i in tag_document(_hand_made(text)).items if i.type == "action"}
    assert actions == {"4": "2026", "7": "2026", "8": "Q4 2025"}, actions


def test_an_action_table_grouped_by_numbered_tracks_reads_every_group_to_its_notes() -> None:
    # a transitievisie's uitvoeringsagenda (dev18): "Spoor 2 …" over a row whose period its wrap moved down, and
    # "Toelichting op een aantal acties" under the last row, then coded paragraphs that explain some actions
    text = (
        "Tabel 4  Uitvoeringsagenda 2026–2029\n\nNr  Actie  Trekker  Partners  Planning  Budget\n\n"
        "Spoor 1 Wijkgerichte aanpak\n"
        "A1  Opstellen wijkuitvoeringsplan Tiel-West  Gemeente  Corporaties, Liander  2026–2027  € 185.000\n"
        "A2  Verkenning LT-warmtenet Binnenstad  Gemeente  Waterschap, Rijkswaterstaat  2028  € 50.000\n"
        "Spoor 2 Ondersteuning inwoners en eigenaren\n"
        "A3  Energieloket, wooncoaches en wijkpunt Tiel-West  Gemeente  Regionaal Energieloket, TielOpStroom\n"
        "doorlopend  € 120.000 p.j.\n"
        "A4  Instellen Duurzaamheidslening Tiel (revolverend fonds)  Gemeente  SVn  Q1 2026  € 1.000.000 eenmalig\n"
        "Toelichting op een aantal acties\n\n"
        "A1 Wijkuitvoeringsplan Tiel-West. Het plan beschrijft welke woningen wanneer worden aangesloten en\n"
        "wordt in 2027 ter vaststelling aan de raad voorgelegd.\n"
    )
    actions = [i.text.split()[0] for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert actions == ["A1", "A2", "A3", "A4"], actions


def test_a_goal_list_goes_on_under_numbered_group_headings_and_a_target_in_it_stays_a_goal() -> None:
    # a rekenkamer citing a policy plan's goals per pillar (dev18)
    text = (
        "3 Het beleid\n\nPer pijler noemt het plan de volgende doelen:\n\nPijler 1 – Voorkomen\n"
        "- Inwoners zijn zich bewust van de risico's van schulden en weten waar zij terechtkunnen.\n\n"
        "Pijler 2 – Vroeg erbij zijn\n- In 2028 bereiken wij 50% van de huishoudens waarover een signaal binnenkomt.\n"
        "- Opzetten van een sluitende aanpak met de woningcorporaties.\n"
    )
    items = [(i.type, i.text[:20]) for i in tag_document(_hand_made(text)).items if i.type in ("goal", "action")]
    assert items == [
        ("goal", "Inwoners zijn zich b"),
        ("goal", "In 2028 bereiken wij"),
        ("action", "Opzetten van een slu"),  # counter-example: a measure in a list of goals is a measure
    ], items


def test_an_indicator_table_with_a_streef_column_reads_a_row_that_opens_with_bron() -> None:
    # a GGD's begroting (dev18): "Realisatie 2024  Streef 2026", and a first row "Bron- en contactonderzoek …"
    text = (
        "Programma 2 Infectieziektebestrijding\n\n"
        "Indicatoren programma 2                         Realisatie 2024   Streef 2026\n"
        "Bron- en contactonderzoek gestart binnen 24 uur       98%               98%\n"
        "Meldingen tijdig doorgezet naar RIVM                  95%               97%\n"
        "Bron: GGD-registratie\n"
    )
    assert _texts(text, "goal") == [
        "Bron- en contactonderzoek gestart binnen 24 uur 98% 98%",
        "Meldingen tijdig doorgezet naar RIVM 95% 97%",
    ]  # (the source line under the table is its note, no row)


def test_recommendations_and_decision_points_that_ask_another_body_are_requests() -> None:
    # a rekenkamer's recommendations and a veiligheidsregio's besluit (dev18)
    text = (
        "4 Aanbevelingen\n\nAanbevelingen aan de raden\n\n"
        "1. Stel bij de behandeling van het nieuwe beleidsplan meetbare doelen vast voor bereik en wachttijd.\n"
        "2. Betrek ervaringsdeskundigen bij de kaderstelling.\n\n"
        "5 Besluit\n\nHet algemeen bestuur besluit:\n"
        "1. Het Regionaal Beleidsplan 2026–2029 vast te stellen.\n"
        "2. De raden van de deelnemende gemeenten te verzoeken de financiële gevolgen te verwerken in hun begroting.\n"
        "3. De colleges van burgemeester en wethouders van de deelnemende gemeenten te verzoeken:\n"
        "a) in 2027 een actueel continuïteitsplan vast te stellen;\n"
        "b) als werkgever ruimte te bieden aan brandweervrijwilligers.\n"
    )
    requests = [r[:25] for r in _texts(text, "request")]
    assert requests == [
        "Stel bij de behandeling v",
        "Betrek ervaringsdeskundig",
        "De raden van de deelnemen",
        "in 2027 een actueel conti",
        "als werkgever ruimte te b",
    ], requests
    # counter-examples: the resolution's own point decides, and a heading that names recommendations among other
    # things announces no list
    assert not any(r.startswith("Het Regionaal Beleidsplan") for r in _texts(text, "request"))
    from kb.tags.rules import list_header

    assert list_header("Aanbevelingen en conclusies van het onderzoek") is None


def test_a_programme_table_ends_before_the_authors_next_sentence_and_its_cost_label() -> None:
    # a veiligheidsregio's speerpunt (dev18): the last row, then running text and "Wat mag het kosten?" joined to it
    text = (
        "Wat gaan we daarvoor doen?\nJaar   Activiteiten                                         Partners\n"
        "2028   Uitrollen van de aanpak naar alle gemeenten                  Gemeenten\n"
        "2029   Evalueren van de aanpak en het effect op het aantal branden  Gemeenten\n"
        "Wij vragen de gemeenten om brandveiligheid op te nemen in hun woonzorgvisie en in de\n"
        "afspraken met zorgaanbieders.\nWat mag het kosten?\n€ 180.000 (2026) en € 240.000 (2029).\n"
    )
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [(a.line_start, a.line_end) for a in actions] == [(3, 3), (4, 4)], [
        (a.line_start, a.line_end) for a in actions
    ]


def test_the_rows_of_an_indicator_table_are_targets_not_money() -> None:
    # a GGD's begroting (dev18): counts and shares with a target column
    text = (
        "Programma 2 Infectieziektebestrijding\n\n"
        "Indicatoren programma 2                         Realisatie 2024   Streef 2026\n"
        "Aantal consulten seksuele gezondheid                 2.480             2.600\n"
        "Aantal deelnemers oefeningen pandemische paraatheid     64                80\n\n"
        "Wat mag het kosten?\n\nProgramma 2 (x € 1.000)     Realisatie 2024   Begroting 2025   Begroting 2026\n"
        "Lasten                                    3.120            3.260            3.410\n"
        "Baten (derden)                            1.520            1.560            1.610\n"
    )
    types = [(i.type, i.text[:20]) for i in tag_document(_hand_made(text)).items]
    assert ("goal", "Aantal consulten sek") in types
    # the money table below reads its caption's unit, but not the indicator rows above it as its rows
    assert [t for t in types if t[0] == "budget"] == [
        ("budget", "Lasten: 3.120 3.260 "),
        ("budget", "Baten (derden): 1.52"),
    ]
    # counter-example: a budget table's rows stay money
    budget = (
        "Tabel 5 Lasten (x € 1.000)\nOmschrijving 2026 2027\nJeugdgezondheidszorg 4.210 4.380\nToezicht 1.150 1.190\n"
    )
    assert len(_texts(budget, "budget")) == 2


def test_a_motion_calling_on_the_college_and_an_urge_after_a_fronted_phrase_are_requests() -> None:
    # a voorjaarsnota's motion and a waterprogramma's urge (dev16, dev14)
    assert classify_sentence("roept het college op de mantelzorgwaardering in 2028 te verhogen naar € 100.") == (
        "request_dictum",
        "request",
    )
    assert classify_sentence("Bij de provincie en het Rijk dringen wij aan op een effectieve uitvoering.") == (
        "request_urge",
        "request",
    )
    # counter-examples: a call on residents is no request of a body, nor is pushing traffic back
    assert classify_sentence("De burgemeester roept inwoners op voorzichtig te zijn met vuurwerk.") is None
    assert classify_sentence("In de binnenstad dringen wij het autoverkeer verder terug.") != (
        "request_urge",
        "request",
    )


def test_a_progress_table_gives_an_action_per_row_in_either_layout() -> None:
    # a tweede bestuursrapportage (dev20): "Actie / Status / Toelichting" one cell per line, and one row per line
    cells = (
        "Voortgang acties\nActie\nStatus\nToelichting\nInvoeren digitale afspraakmodule burgerzaken\nGereed\n"
        "Sinds maart kunnen inwoners online een afspraak maken.\nVervanging zaaksysteem\nVertraagd\n"
        "De leverancier heeft de oplevering uitgesteld; livegang februari 2026.\n\n"
        "1.2 Financiën\n\nDe lasten zijn hoger dan begroot.\n"
    )
    assert [a[:25] for a in _texts(cells, "action")] == ["Invoeren digitale afspraa", "Vervanging zaaksysteem Ve"]
    rows = (
        "Voortgang acties\n\nActie                                   Status        Toelichting\n"
        "Uitvoeren Woonvisie: bouw 350 woningen  Vertraagd     Verwacht circa 290 opleveringen in 2025\n"
        "Vaststellen omgevingsplan, tranche 1    Op schema     Ontwerp ter inzage van 2 oktober t/m\n"
        "                                                      12 november\n\n"
        "Wat mag het kosten?\n"
    )
    assert [a[:25] for a in _texts(rows, "action")] == ["Uitvoeren Woonvisie: bouw", "Vaststellen omgevingsplan"]
    # counter-example: a status named in running text opens no table
    prose = "Het project loopt. Status\nVertraagd\nDe bouw is uitgesteld tot 2026 door de netcongestie in de regio.\n"
    assert _texts(prose, "action") == []


def test_a_coalitions_agreements_and_project_tables_whose_header_wraps_give_actions() -> None:
    # a waterschap's bestuursakkoord and a provincial MIP (dev20)
    from kb.tags.lists import _programme_header
    from kb.tags.rules import list_header

    assert list_header("Wij spreken daarnaast af dat:") == ("agreement_lead_in", "action")
    assert list_header("Wij spreken af dat wij de volgorde hanteren.") is None
    assert _programme_header("Afspraak                 Trekker (DB)     Planning       Financiën")
    assert not _programme_header("Net als vorig jaar hebben wij de Kadernota opgesteld volgens de afspraken")
    table = (
        "Tabel 3.1 Projecten corridor A (bedragen in € mln)\n\n"
        "Nr    Project                             Fase             Planning      Raming  Dekking\n"
        "                                                           realisatie\n\n"
        "A1    N34 middenbermbeveiliging           Realisatie       2026–2027       14,6  RM 8,6; Rijk 6,0\n"
        "A3    Carpool- en OV-hub Gieten           Realisatie       2026             2,4  RM 1,6; Rijk 0,8\n"
    )
    assert [a.split()[0] for a in _texts(table, "action")] == ["A1", "A3"]


def test_a_maintenance_table_one_cell_per_line_with_months_gives_actions_due_then_with_their_money() -> None:
    # a provincial MIP (dev20): "Object / Maatregel / Uitvoering / Bedrag", periods as "apr–jun 2026"
    text = (
        "Tabel 4.2 Grote onderhoudsprojecten 2026\nObject\nMaatregel\nUitvoering\nBedrag\n"
        "N381 Westerbork–Hoogersmilde (9,4 km)\nVervangen deklaag (ZOAB), markering\napr–jun 2026\n€ 2.850.000\n"
        "Sluis Veenhuizen\nVervangen deuren en bewegingswerk\nnov 2026–mrt 2027\n€ 1.640.000\n\n"
        "De projecten worden in 2026 aanbesteed volgens het inkoopbeleid van de provincie.\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [(i.text.split()[0], i.deadline) for i in items if i.type == "action"]
    assert actions == [("N381", "apr–jun 2026"), ("Sluis", "nov 2026–mrt 2027")], actions
    budgets = [
        [(a.value, a.year) for a in i.amounts]
        for i in items
        if i.type == "budget" and i.text.startswith(("N381", "Sluis"))
    ]
    assert budgets == [[(2850000.0, 2026)], [(1640000.0, None)]], budgets


def test_an_amendment_replacing_a_point_by_quoted_text_with_lettered_parts_is_one_request() -> None:
    # a tweede bestuursrapportage's amendment (dev20): the new point quotes its parts a. and b.
    text = (
        "Amendement A-25-31 Buurtinitiatieven\n\nDe raad, overwegende dat de ruimte er is;\n\n"
        "besluit het voorstel als volgt te wijzigen:\n\nbeslispunt 4 te vervangen door:\n"
        '"4. Kennis te nemen van het verwachte resultaat over 2025 van € 721.000 en daarvan:\n'
        "a. € 60.000 te bestemmen voor buurtinitiatieven in 2026;\n"
        'b. het restant toe te voegen aan de algemene reserve."\n\n'
        "Besluitvorming: aangenomen met 19 stemmen voor en 12 stemmen tegen\n"
    )
    requests = _texts(text, "request")
    assert len(requests) == 1 and 'algemene reserve."' in requests[0], requests


def test_a_proposal_point_that_lists_what_it_admits_is_a_decision_and_millions_are_not_scaled_twice() -> None:
    # a provincial MIP's Statenvoorstel (dev20)
    text = (
        "2. Wat wordt van Provinciale Staten gevraagd?\n\nWij stellen u voor:\n\n"
        "1. Het Meerjarenprogramma Infrastructuur 2026-2030 vast te stellen.\n"
        "2. De volgende projecten toe te laten tot het MIP:\n   a. OV-hub Beilen station, in de fase realisatie;\n"
        "   b. Fietsverbinding Zuidlaren–Annen, in de fase realisatie.\n"
        "3. De Begroting 2026 overeenkomstig te wijzigen.\n\n3. Beoogd effect\n\nMeer veilige wegen.\n"
    )
    assert not _texts(text, "action")
    assert any(
        d.startswith("De volgende projecten toe te laten") and "Zuidlaren" in d for d in _texts(text, "decision")
    )
    # counter-example: the same lead-in outside a proposal announces measures
    assert _texts(
        "In 2027 voeren wij de volgende projecten uit:\n- Aanleggen van een fietspad langs de N34\n", "action"
    )
    # a row of a table counted in millions that names its own "€ 0,9 mln" is € 900.000, not 900 billion
    from kb.tags.drafts import Draft
    from kb.tags.lists import _row_money

    row = Draft("action", 0, 60, None, text="B1 N371 herinrichting 2026 De gemeente draagt € 0,9 mln bij.")
    money = _row_money(row, 1_000_000)
    assert money is not None and [a.value for a in money.amounts] == [900000.0]


def test_a_request_below_a_table_in_the_same_block_is_still_read() -> None:
    text = """Programma Brandveilig Wonen

1. Brandveilig wonen

Wat gaan we daarvoor doen?
Jaar Activiteiten Partners
2026   Opleiden van wijkverpleegkundigen in het herkennen van brandrisico's           Zorgaanbieders
2027   Uitbreiden van de huisbezoeken naar alle kernen van de regio                    Gemeenten
2028   Evalueren van de aanpak en het effect op het aantal woningbranden             Gemeenten
Wij vragen de gemeenten om brandveiligheid op te nemen in hun woonzorgvisie en in hun
prestatieafspraken met de woningcorporaties.
Wat mag het kosten?
"""
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action"]
    requests = [i for i in items if i.type == "request"]
    assert [a.deadline for a in actions] == ["2026", "2027", "2028"]
    assert len(requests) == 1 and requests[0].text.startswith("Wij vragen de gemeenten om brandveiligheid")
    assert not any("Wij vragen" in a.text for a in actions)


def test_a_measure_that_urges_another_body_is_also_that_request() -> None:
    text = """Waterprogramma

3. Schoon water

Maatregelen
Wij zetten ook in op regels. In 2029 herzien wij de keur voor lozingen uit de glastuinbouw. Bij de
provincie en het Rijk dringen wij aan op een strengere handhaving van het mestbeleid langs de beken.
"""
    items = tag_document(_hand_made(text)).items
    assert any(i.type == "action" and "herzien wij de keur" in i.text for i in items)
    requests = [i for i in items if i.type == "request"]
    assert len(requests) == 1 and "dringen wij aan op" in requests[0].text


def test_a_measures_heading_with_what_they_are_per_governs_its_year_groups() -> None:
    from kb.tags.rules import list_header

    for title in ("Maatregelen per jaar", "Acties per thema", "Maatregelenprogramma 2027-2031", "Acties voor de wijk"):
        assert list_header(title) == ("action_list", "action"), title
    # … or of the programme line, theme or pillar they serve (dev56: under "Wat willen we bereiken?" its points had
    # been read as goals)
    for title in ("Activiteiten programmalijn 4:", "Acties pijler 3:", "Maatregelen thema 2.1"):
        assert list_header(title) == ("action_list", "action"), title
    assert list_header("Activiteiten programmalijn 4 zijn in 2025 gestart.") is None
    # counter-examples: a line of the table of contents, the document pointing at itself
    assert list_header("Activiteiten per pijler                                  11") is None
    assert list_header("Maatregelen in dit hoofdstuk") is None
    text = """Programma Riolering 2027-2031

5 Maatregelenprogramma

5.1 Uitgangspunten
Wij vervangen riolering op basis van de toestand en combineren het werk zoveel mogelijk met
onderhoud aan wegen en groen.

5.2 Maatregelen per jaar

Hieronder staan per jaar de belangrijkste maatregelen. Doorlopende activiteiten vinden ieder
jaar plaats en staan niet apart vermeld. Een overzicht met kosten staat in tabel 5.1.

2027
• Vervangen van de riolering in de Stationsbuurt, inclusief afkoppelen van 1,2 ha;
• Relinen van 1,2 km betonriolering in De Hoeve;

2028
• Aanleggen van een waterberging onder het Marktplein (circa 600 m³);
• Opstellen van het nieuwe rioleringsplan.

6 Financiën
De kosten staan in tabel 6.1.
"""
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [(a.text.split()[0], a.deadline) for a in actions] == [
        ("Vervangen", "2027"),
        ("Relinen", "2027"),
        ("Aanleggen", "2028"),
        ("Opstellen", "2028"),
    ]
    # counter-example: the same bullets under a heading that announces nothing are no measures of a year
    plain = text.replace("5.2 Maatregelen per jaar", "5.2 Stand van zaken")
    assert not [i for i in tag_document(_hand_made(plain)).items if i.deadline == "2027"]


def test_a_what_we_do_header_with_its_subject_and_a_lead_in_naming_the_means_open_measures() -> None:
    from kb.tags.rules import list_header

    assert list_header("Wat gaan we doen op het gebied van bedrijfsvoering?") == ("action_box", "action")
    # … or what for (dev58); not a long question that only starts so
    assert list_header("Wat gaan we doen om de raden te betrekken?") == ("action_box", "action")
    assert (
        list_header("Wat gaan we doen om te zorgen dat iedereen meedoet, en waarom is dat nodig en wat kost het?")
        is None
    )
    for lead_in in (
        "Wij beheersen de risico's onder meer door:",
        "Dit bereiken we door:",
        "Wij stimuleren bewoners en bedrijven om bomen te planten en tuinen te ontharden via:",  # dev44
    ):
        assert list_header(lead_in) == ("action_lead_in", "action"), lead_in
    # counter-examples: who pays (a passive) and a cause are no means we use
    assert list_header("Wij worden gefinancierd door:") is None
    assert list_header("Wij zijn bereikbaar via:") is None
    assert list_header("Dat komt door:") is None


def test_a_numbered_goal_label_alone_on_its_line_governs_the_statement_below() -> None:
    from kb.tags.rules import list_header

    for label in ("Strategisch doel 1", "Doelstelling 3", "Ambitie 2"):
        assert list_header(label) == ("goal_label", "goal"), label
    text = """Natuurprogramma

3.1 Thema Natuurnetwerk

Strategisch doel 1
Het natuurnetwerk in de provincie is in 2030 volledig begrensd, verworven en voor ten minste
90% ingericht.

Maatregelen
• Verwerven van de resterende 400 hectare nieuwe natuur.
"""
    items = tag_document(_hand_made(text)).items
    goals = [i for i in items if i.type == "goal"]
    assert len(goals) == 1 and goals[0].text.startswith("Het natuurnetwerk in de provincie")
    # counter-example: a numbered label that names something else governs nothing
    assert list_header("Bijlage 1") is None


def test_a_motion_s_opening_formula_is_no_decision_and_the_college_s_view_ends_an_amendment() -> None:
    from kb.tags.amendments import AMENDMENT_END

    opening = (
        "De raad van de gemeente Proefdorp, in vergadering bijeen op 10 november 2026, behandelende het "
        "raadsvoorstel tot vaststelling van de Programmabegroting 2027;"
    )
    assert (classify_sentence(opening) or ("", ""))[1] != "decision"
    assert AMENDMENT_END.match("Appreciatie college: oordeel raad. De wethouder merkt op dat …")
    assert AMENDMENT_END.match("Besluit: aangenomen met 19 stemmen voor en 8 tegen.")
    # counter-examples: adopting a plan is a decision; a change that names the college is still a change
    assert classify_sentence("Het college stelt de nota in december 2026 vast.") == ("decision_adopt", "decision")
    assert not AMENDMENT_END.match("Het college wordt gevraagd de begroting dienovereenkomstig te wijzigen.")


def test_a_table_of_motions_with_their_votes_and_named_vote_lines_are_decisions() -> None:
    text = """Besluitenlijst raad Proefdorp 10 november 2026

7. Belastingverordeningen 2027

De raad besluit de belastingverordeningen 2027 vast te stellen.

Stemming:

• RV 2026-088 (OZB): aangenomen met 23 stemmen voor en 4 tegen (tegen: BBB).
• RV 2026-089 (afvalstoffenheffing): aangenomen met algemene stemmen.

Bijlage 1  Overzicht moties en amendementen met status

Nr. Titel Indieners Stemming Status
A1 Inhaalslag onderhoud sportvelden CDA, BBB 19-8 aangenomen
A2 OZB-verhoging beperken BBB - ingetrokken

Nr. Titel Indieners Stemming Status Portefeuillehouder
M1 Veilige schoolroutes CU, CDA 27-0 aangenomen Lansink
M2 Kindpakket voor iedereen GL-PvdA, D66 12-15 verworpen - -
"""
    decisions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert any(t.startswith("RV 2026-088 (OZB): aangenomen") for t in decisions)
    assert any(t.startswith("RV 2026-089 (afvalstoffenheffing): aangenomen") for t in decisions)
    rows = [t for t in decisions if t[:2] in ("A1", "A2", "M1", "M2")]
    # a withdrawn amendment records no decision; a row ends at the next table's header
    assert rows == [
        "A1 Inhaalslag onderhoud sportvelden CDA, BBB 19-8 aangenomen",
        "M1 Veilige schoolroutes CU, CDA 27-0 aangenomen Lansink",
        "M2 Kindpakket voor iedereen GL-PvdA, D66 12-15 verworpen - -",
    ]


def test_a_risk_register_read_one_cell_per_line_holds_no_budgets() -> None:
    text = """Begroting 2028

3.1 Weerstandsvermogen

De belangrijkste risico's staan hieronder. Voor de reserve is in 2028 € 690.000 beschikbaar.

Tabel 3.1 Risico's en benodigde weerstandscapaciteit
Risico
Kans
Financieel gevolg
Benodigd
Hogere loonstijging dan geraamd
50%
€ 300.000
€ 150.000
Uitval van specialisten
40%
€ 250.000
€ 100.000
Totaal benodigde weerstandscapaciteit
€ 250.000

3.2 Financiering
"""
    budgets = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert [a.value for b in budgets for a in b.amounts] == [690000.0]


def test_what_was_agreed_in_the_perfect_leads_in_to_actions_due_in_the_lead_in_s_period() -> None:
    from kb.tags.rules import list_header

    assert list_header("Met de corporaties is afgesproken dat:") == ("agreement_lead_in", "action")
    # counter-example: a past agreement told in a sentence leads in to nothing
    assert list_header("In 2020 hebben wij afgesproken dat de kosten werden gedeeld") is None
    text = """Programma Riolering

7. Samenwerking in de waterketen

De gemeente blijft actief deelnemen aan de Waterketen. Voor de periode 2027-2031 hebben de partners
afgesproken:
- gezamenlijk aanbesteden van rioolinspecties en reiniging;
- gezamenlijk opstellen van een afvalwaterketenplan voor de zuivering in 2028;
"""
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [(a.text.split()[1], a.deadline) for a in actions] == [
        ("aanbesteden", "2027-2031"),
        ("opstellen", "in 2028"),
    ]


def test_a_list_of_promises_gives_one_commitment_per_row() -> None:
    text = """Besluitenlijst raad Proefdorp

10. Toezeggingen college

Tijdens de begrotingsbehandeling zijn de volgende toezeggingen gedaan.

Nr. Portefeuillehouder Toezegging Termijn
T2026-41 wethouder Nijhof Raadsinformatiebrief over de meerjarige effecten 1 maart 2027
van de septembercirculaire 2026.
T2026-42 wethouder Ter Haar Gesprek met de bibliotheek over behoud 1 februari 2027
van de openingsuren binnen de bestaande subsidie.

11. Sluiting
"""
    promises = [i for i in tag_document(_hand_made(text)).items if i.type == "commitment"]
    assert [p.text.split()[0] for p in promises] == ["T2026-41", "T2026-42"]
    assert promises[0].text.endswith("van de septembercirculaire 2026.")
    assert promises[0].deadline == "1 maart 2027"
    # counter-example: the same rows under a header that names no promises are no commitments
    plain = text.replace("Nr. Portefeuillehouder Toezegging Termijn", "Nr. Portefeuillehouder Onderwerp Termijn")
    assert not [i for i in tag_document(_hand_made(plain)).items if i.text.startswith("T2026-42")]


def test_a_bodys_plans_for_a_year_lead_in_to_actions_due_that_year() -> None:
    from kb.tags.rules import list_header

    assert list_header("In 2028 wil de GGD:") == ("action_lead_in", "action")
    assert list_header("In 2030 is de stad:") is None  # counter-example: a state, not a plan
    text = """Zienswijzen begrotingen 2028

5. GGD Fryslân

De GGD voert de publieke gezondheidszorg uit voor de Friese gemeenten.

In 2028 wil de GGD:
• het vaccinatieprogramma uitbreiden met de nieuwe vaccinaties van het Rijk;
• de aanpak Kansrijke Start verder verankeren in de wijkteams.
"""
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [(a.text.split()[1], a.deadline) for a in actions] == [("vaccinatieprogramma", "2028"), ("aanpak", "2028")]


def test_a_table_captioned_as_planned_work_gives_one_action_per_row_but_not_its_totals() -> None:
    text = """VTH-uitvoeringsprogramma 2026

5.2 Toezicht bouwen

Het bouwtoezicht richt zich in 2026 op bouwwerken in gevolgklasse 2 en 3.

Tabel 5.1 Geplande controles bouwen en gebruik 2026
Onderwerp                       Aantal   Normtijd   Totaal uren
Bouwcontroles vergunde bouwwerken (bezoeken)       540   2,5    1.350
Brandveilig gebruik, periodiek                     64   5      320
Subtotaal controles                                        1.670
Monumenten                                          20   4      80
Totaal toezicht bouwen                                     1.750

5.3 Toezicht milieu
"""
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert actions == [
        "Bouwcontroles vergunde bouwwerken (bezoeken) 540 2,5 1.350",
        "Brandveilig gebruik, periodiek 64 5 320",
        "Monumenten 20 4 80",
    ]
    # counter-example: a table of what was counted, not planned, holds no actions
    counted = text.replace("Geplande controles bouwen en gebruik", "Uitgevoerde controles bouwen en gebruik")
    assert not [i for i in tag_document(_hand_made(counted)).items if i.type == "action"]


def test_an_action_table_whose_first_row_wraps_its_period_and_prose_after_it() -> None:
    from kb.tags.rules import list_header

    assert list_header("Versnellingsmaatregelen") == ("action_list", "action")
    text = """Voortgangsrapportage woningbouw

6. Versnellingsmaatregelen

Tabel 5  Actieprogramma versnelling 2026

Actie                               Trekker               Partners                      Planning         Budget
Versnellingstafel Woningbouw        wethouder Wonen       ontwikkelaars, corporaties,   start 2 april    binnen budget
                                                         netbeheerder, provincie       2026
Extra capaciteit (8 fte)            directeur Ruimte      -                             Q2 2026          € 2.100.000
Aanwijzen twee flexlocaties         team Wonen            corporaties                   september 2026   -

Met deze maatregelen verwachten wij de productie vanaf 2027 met 150 tot 250 woningen te verhogen. Wij
verwachten tussen de 9.800 en 10.500 woningen. Het college blijft zich inzetten voor het volledige doel.
"""
    actions = [i for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert [a.text.split()[0] for a in actions] == ["Versnellingstafel", "Extra", "Aanwijzen"]
    assert actions[0].deadline == "2026"


def test_the_grounds_of_a_resolution_in_a_section_besluit_are_no_decisions() -> None:
    text = """Actieplan Geluid

8.1 Inspraak

Het ontwerp lag ter inzage. Er zijn 41 zienswijzen ingediend.

8.2 Besluit

Gedeputeerde Staten van Gelderland,

gelet op:
-   artikel 3.6, eerste lid, onder a, van de Omgevingswet;
-   afdeling 3.4 van de Algemene wet bestuursrecht;

overwegende dat:
-   het ontwerp van het actieplan van 1 september tot en met 13 oktober 2026 ter inzage heeft gelegen;
-   de zienswijzen zijn beantwoord in de Nota van beantwoording;

Gedeputeerde Staten besluiten:
1.  het Actieplan Geluid provinciale wegen 2027-2031 vast te stellen;
2.  een uitvoeringskrediet van € 18.400.000 beschikbaar te stellen.
"""
    decisions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert not any("Omgevingswet" in d or "zienswijzen zijn beantwoord" in d for d in decisions)
    # the grounds are the same wherever they stand: "gehoord:" is a ground as "gelet op:" is
    heard = text.replace("gelet op:", "gehoord:")
    heard_decisions = [i.text for i in tag_document(_hand_made(heard)).items if i.type == "decision"]
    assert not any("Omgevingswet" in d for d in heard_decisions)
    # counter-example: the same points under the decision's own lead-in are what is decided
    points = text.replace("gelet op:", "besluiten:")
    decided = [i.text for i in tag_document(_hand_made(points)).items if i.type == "decision"]
    assert any("Omgevingswet" in d for d in decided)


def test_a_covenant_article_on_aims_holds_goals_and_one_of_definitions_nothing() -> None:
    text = """Regio Deal Proefregio 2027-2030

3. Afspraken

Artikel 1 Begripsbepalingen
In deze Regio Deal wordt verstaan onder:
a. trekker: de organisatie die verantwoordelijk is voor de uitvoering van een project;
b. penvoerder: de gemeente die namens de regio de rijksbijdrage ontvangt;

Artikel 2 Doel en gezamenlijke ambitie
1. Partijen hebben de gezamenlijke ambitie dat de regio in 2030 een vitale en gezonde grensregio is.
2. Partijen streven naar een structureel effect: de resultaten worden na afloop door de regio geborgd.

Artikel 3 Afspraken Rijk
1. Het Rijk draagt in de periode 2027-2030 in totaal € 20 miljoen bij aan de projecten.
"""
    items = tag_document(_hand_made(text)).items
    goals = [i.text for i in items if i.type == "goal"]
    actions = [i.text for i in items if i.type == "action"]
    assert any(g.startswith("Partijen hebben de gezamenlijke ambitie") for g in goals)
    assert any(g.startswith("Partijen streven naar een structureel effect") for g in goals)
    assert not any("trekker:" in t or "penvoerder:" in t for t in goals + actions)
    assert any(a.startswith("Het Rijk draagt") for a in actions)  # counter-example: an article of undertakings


def test_the_parts_of_a_programme_about_its_situation_principles_and_views_hold_no_measures() -> None:
    from kb.tags.rules import PROGRAMME_FRAME_TITLES

    for title in ("De geluidsituatie langs provinciale wegen", "2.4 Knelpunten", "Uitgangspunten", "7 Inspraak"):
        assert PROGRAMME_FRAME_TITLES.search(title), title
    # … nor its foreword, summary, how it came about, its aims alone, where things stand, the motions it answers
    # (dev52: every "Wij …" of such a part of an uitvoeringsprogramma had been read as a measure)
    for title in (
        "Voorwoord",
        "1 Samenvatting",
        "Totstandkoming",
        "3 Ambitie en doelen",
        "Doelen voor 2030",
        "Strategisch doel",
        "2 Waar staan we?",
        "Afdoening moties",
        "10 Raadsvoorstel en ontwerpbesluit",  # … nor the proposal offering it, with its parts (dev36, dev46)
        "10.4 Argumenten",
        "Kanttekeningen",
    ):
        assert PROGRAMME_FRAME_TITLES.search(title), title
    # counter-examples: where its measures stand, and goals per theme stated with what will be done
    for title in ("Maatregelen", "Stil asfalt", "2 Doelen per thema"):
        assert not PROGRAMME_FRAME_TITLES.search(title), title


def test_a_motion_cited_in_a_letter_with_its_quoted_points_asks_gs_one_request_per_point() -> None:
    text = """Statenbrief Voortgang netcongestie

6. Moties en toezeggingen

Motie M-2024-37 'Netcongestie mag de economie niet op slot zetten'
Deze motie, aangenomen op 10 juli 2024, verzoekt Gedeputeerde Staten:

   "1. met de netbeheerders afspraken te maken over een snellere aanpak van netcongestie;
    2. daarbij in het bijzonder in te zetten op collectieve oplossingen zoals energiehubs;
    3. de Staten uiterlijk eind 2025 te informeren over de gemaakte afspraken."

Met de Versnellingsagenda Netcapaciteit (paragraaf 3.1) en de twee tenders voor energiehubs (paragraaf 5.3)
is aan alle onderdelen van de motie uitvoering gegeven. Wij beschouwen de motie daarom als afgedaan.
"""
    requests = [i.text for i in tag_document(_hand_made(text)).items if i.type == "request_gs"]
    assert len(requests) == 3
    assert requests[0].startswith("met de netbeheerders")  # the quotation mark and the number are no part of it
    assert not any("Versnellingsagenda" in r for r in requests)  # the quoted list ends with its closing mark
    # counter-example: a sentence that reports the motion asks nothing of its own
    reported = text.replace("verzoekt Gedeputeerde Staten:", "is afgedaan.").replace('"1. ', "").replace("2. ", "")
    reported = reported.replace("3. ", "")
    assert not [i for i in tag_document(_hand_made(reported)).items if i.type == "request_gs"]


def test_a_proposal_to_the_states_and_a_boards_reported_proposal_are_decisions_point_by_point() -> None:
    text = """Statenvoorstel Uitvoeringsprogramma Gezonde Leefomgeving

1. Voorstel

Wij stellen u voor om:

 1. in te stemmen met het Uitvoeringsprogramma Gezonde Leefomgeving 2027–2030;
 2. voor de uitvoering van het programma in totaal € 25,0 miljoen aan lasten beschikbaar te stellen;
 3. kennis te nemen van de Nota van zienswijzen.

5.1 Voorstel van het dagelijks bestuur

In zijn vergadering van 9 april 2026 heeft het dagelijks bestuur de ontwerp-jaarstukken vastgesteld en aan de
raden gezonden, zodat zij hun zienswijze konden geven. Het dagelijks bestuur stelde voor:

1. € 280.000 van het resultaat toe te voegen aan de algemene reserve;
2. het restant van € 295.000 terug te betalen aan de deelnemers.
"""
    decisions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert sum("beschikbaar te stellen" in d or "Nota van zienswijzen" in d for d in decisions) == 2
    assert sum("algemene reserve" in d or "terug te betalen" in d for d in decisions) == 2
    # counter-example: a working group proposing measures proposes no decisions of a board
    measures = text.replace("Het dagelijks bestuur stelde voor:", "De werkgroep stelde voor:")
    decided = [i.text for i in tag_document(_hand_made(measures)).items if i.type == "decision"]
    assert not any("algemene reserve" in d for d in decided)


def test_an_indicator_table_one_cell_per_line_with_its_norm_and_a_verdict_column_holds_one_goal_per_row() -> None:
    text = """Jaarverslag 2025

2.1 Vergunningverlening

Tabel 2.1 Prestatie-indicatoren programma 1 Vergunningverlening
Indicator
Norm 2025
Realisatie 2025
Realisatie 2024
Beoordeling
Besluiten binnen wettelijke termijn
95%
91,4%
88,2%
niet gehaald
Afgehandelde aanvragen omgevingsvergunning
420
396
371
deels gehaald

2.2 Toezicht

Wij hielden toezicht op 642 asbestsaneringen.
"""
    goals = [i.text for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert len(goals) == 2
    assert goals[0].startswith("Besluiten binnen wettelijke termijn") and goals[0].endswith("niet gehaald")
    assert goals[1].startswith("Afgehandelde aanvragen")
    # counter-example: the same table of realised figures only sets no targets
    realised = text.replace("Norm 2025", "Realisatie 2023")
    assert not [i for i in tag_document(_hand_made(realised)).items if i.type == "goal"]


def test_what_the_author_undertakes_under_the_title_of_one_coded_measure_is_that_measure() -> None:
    text = """Uitvoeringsprogramma Gezonde Leefomgeving

4.2 Lucht

Schoon openbaar vervoer (actie L3)
In de nieuwe busconcessies rijden vanaf december 2027 alle bussen zero-emissie. Wij dragen € 2,0 miljoen bij aan
laadinfrastructuur bij de busstallingen in Helmond en Roosendaal.

Gebiedsgerichte aanpak De Peel (actie G4)
In vier gebieden met de grootste stapeling van geur starten wij een gebiedsproces samen met gemeenten.
Wij stellen procesgeld en een gebiedsregisseur beschikbaar.
"""
    items = tag_document(_hand_made(text)).items
    actions = [i.text for i in items if i.type == "action"]
    assert any("laadinfrastructuur" in a for a in actions)
    assert any("procesgeld" in a for a in actions)
    # counter-example: the same undertakings without the measure's title are the author's commitments
    plain = text.replace(" (actie L3)", "").replace(" (actie G4)", "")
    plain_actions = [i.text for i in tag_document(_hand_made(plain)).items if i.type == "action"]
    assert not any("procesgeld" in a for a in plain_actions)


def test_a_partys_undertakings_with_what_they_heed_lead_in_to_its_actions() -> None:
    text = """Samenwerkingsovereenkomst Vechtkwartier

Artikel 7  Verplichtingen van de Gemeente

1. De Gemeente verplicht zich, met inachtneming van artikel 24, tot:
a) opstellen van een stedenbouwkundig plan voor het gehele Plangebied;
b) verwerven van de gronden die nog niet in eigendom van de Gemeente zijn.

Artikel 8  Verplichtingen van de Corporaties

3. De Corporaties verplichten zich voorts tot:
– toewijzen van ten minste 25% van de nieuwe sociale huurwoningen aan doorstromers;
– betrekken van de huurdersorganisaties bij de uitwerking van de woningplattegronden.
"""
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert sum(a.startswith(("opstellen", "verwerven", "toewijzen", "betrekken")) for a in actions) == 4
    # counter-example: what the law obliges the parties to is no undertaking of theirs
    obliged = text.replace("verplicht zich, met inachtneming van artikel 24, tot:", "is wettelijk verplicht tot:")
    obliged = obliged.replace("verplichten zich voorts tot:", "zijn wettelijk verplicht tot:")
    assert not [i for i in tag_document(_hand_made(obliged)).items if i.type == "action"]


def test_a_finding_and_a_letter_that_asks_no_decision_are_no_decisions() -> None:
    text = """Jaarverslag 2025

2.3 Toezicht

Samen met het hoogheemraadschap zijn 246 bedrijven bezocht. Bij 38 bedrijven werd een overtreding vastgesteld,
waarvan 9 ernstig. Bij 11,6 km riool is ernstige schade vastgesteld.

Deze Statenbrief vraagt geen besluit van uw Staten.
"""
    assert not [i for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    # counter-example: what a body adopted, and a decision of the Staten cited, are decisions
    adopted = text.replace("werd een overtreding vastgesteld", "werd het handhavingsbeleid vastgesteld").replace(
        "vraagt geen besluit van uw Staten", "volgt op het besluit van uw Staten van 6 maart 2024"
    )
    decisions = [i.text for i in tag_document(_hand_made(adopted)).items if i.type == "decision"]
    assert any("handhavingsbeleid" in d for d in decisions) and any("6 maart 2024" in d for d in decisions)


def test_a_table_whose_header_names_its_money_column_and_a_variance_table_hold_one_budget_per_row() -> None:
    text = """Statenbrief Netcongestie

5.3 Regionale spreiding energiehubs

Tabel 3  Toegekende subsidies Energiehubs, tender 2025

Energiehub                      Gemeente          Subsidie (€)
Kleefse Waard II                Arnhem                 600.000
De Mars                         Zutphen                520.000
Medel                           Tiel                   480.000
Totaal                                               1.600.000

4.2 Analyse van het resultaat

Tabel 4.2 Analyse van het resultaat (x € 1.000)
Oorzaak  Bedrag
Lagere salarislasten door vacatures  690 V
Hogere inhuur ter opvang van vacatures  420 N
Post onvoorzien niet benut  50 V
Totaal  320 V
"""
    budgets = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    values = {a.value for b in budgets for a in b.amounts}
    assert {600_000, 520_000, 480_000, 690_000, 420_000, 50_000} <= values
    # counter-example: the same tables counting people hold no money
    counted = text.replace("Subsidie (€)", "Inwoners").replace("toegekende subsidies", "inwoners")
    counted = counted.replace("Tabel 3  Toegekende subsidies Energiehubs", "Tabel 3  Inwoners per kern")
    counted = counted.replace(" (x € 1.000)", "").replace("Bedrag", "Aantal")
    assert not [i for i in tag_document(_hand_made(counted)).items if i.type == "budget"]


def test_a_letter_that_asks_the_states_for_no_decision_makes_no_request() -> None:
    text = """Statenbrief

Deze brief gaat over de voortgang. Wij vragen u geen besluit te nemen.
"""
    assert not [i for i in tag_document(_hand_made(text)).items if i.type in ("request", "commitment")]
    # counter-example: asking the states to agree is a request
    asked = text.replace("Wij vragen u geen besluit te nemen.", "Wij vragen u in te stemmen met de aanpak.")
    assert [i for i in tag_document(_hand_made(asked)).items if i.type == "request"]


def test_a_judgement_in_the_authors_voice_is_no_commitment() -> None:
    text = """Statenbrief

Met deze informatie beschouwen wij toezegging T-2025-061 als afgedaan. Wij beschouwen de motie hiermee als
uitgevoerd.
"""
    assert not [i for i in tag_document(_hand_made(text)).items if i.type in ("commitment", "action")]
    # counter-example: what the author undertakes is one
    undertaken = text.replace(
        "beschouwen wij toezegging T-2025-061 als afgedaan", "ronden wij toezegging T-2025-061 af"
    )
    assert [i for i in tag_document(_hand_made(undertaken)).items if i.type == "commitment"]


def test_the_authors_promise_in_the_perfect_and_the_parties_undertakings_are_commitments() -> None:
    text = """Statenbrief Voortgang

3.2 Rol van de provincie

Bij de behandeling van de begroting 2025 hebben wij toegezegd te onderzoeken welke rol de provincie kan spelen
bij het prioriteren van aanvragen (toezegging T-2024-102).

Artikel 18  Participatie

Partijen betrekken bewoners van de omliggende wijken actief bij de uitwerking van de plannen.
Partijen evalueren deze overeenkomst in 2028 en in 2031.
"""
    commitments = [i.text for i in tag_document(_hand_made(text)).items if i.type == "commitment"]
    assert any("toegezegd te onderzoeken" in c for c in commitments)
    assert any("betrekken bewoners" in c for c in commitments) and any("evalueren" in c for c in commitments)
    # counter-examples: what the author did, and what the parties are, are no commitments
    done = text.replace("hebben wij toegezegd te onderzoeken", "hebben wij onderzocht")
    done = done.replace("Partijen betrekken bewoners", "Partijen zijn bewoners").replace(
        "Partijen evalueren deze overeenkomst", "Partijen hebben deze overeenkomst"
    )
    assert not [i for i in tag_document(_hand_made(done)).items if i.type == "commitment"]


def test_a_table_of_promises_one_cell_per_line_holds_one_commitment_per_row() -> None:
    text = """Statenbrief Voortgang

Bijlage 2  Overzicht toezeggingen

Nr
Datum en gremium
Toezegging / verzoek
Stand van zaken
T-2024-041
PS 6 maart 2024
Halfjaarlijks informeren over de voortgang van de Versnellingsaanpak.
Doorlopend tot en met 2027
T-2024-077
Commissie EKE 19 november 2024
Inzicht geven in de regionale spreiding van subsidies voor energiehubs.
Afdoen
"""
    promises = [i.text for i in tag_document(_hand_made(text)).items if i.type == "commitment"]
    assert len(promises) == 2
    assert promises[0].startswith("T-2024-041") and promises[0].endswith("Doorlopend tot en met 2027")
    # counter-example: the same cells under a header that names no promises are no commitments
    other = text.replace("Toezegging / verzoek", "Onderwerp")
    assert not [i for i in tag_document(_hand_made(other)).items if i.type == "commitment"]


def test_an_aim_named_with_its_kind_or_bare_and_a_striving_with_a_word_between_are_goals() -> None:
    _sentences_typed(
        "goal",
        (
            "Ons gezamenlijke doel is dat in 2030 geen enkele ondernemer meer op de wachtlijst staat.",
            "Doel is per gebied een gedragen perspectief op 2035.",
            "We streven er daarnaast naar dat de verschillen in blootstelling tussen wijken kleiner worden.",
        ),
        # counter-examples: a reported aim of others, and a striving abandoned
        ("Het doel van de regeling was toen onduidelijk.", "Dat streven werd in 2010 losgelaten."),
    )


def test_a_board_by_its_initials_adopting_and_a_body_changing_a_proposal_decide() -> None:
    _sentences_typed(
        "decision",
        (
            'Het AB stelde onder meer de begroting 2026 en het uitvoeringsbeleid "Samen sterk in VTH" vast.',
            "Het algemeen bestuur heeft dat voorstel op 3 juli 2026 bij amendement gewijzigd.",
        ),
        # counter-examples: noticing is no adopting, and a change by no body is no decision
        ("Het AB stelde vast dat de planning krap is.", "De planning is in 2026 gewijzigd door vertraging."),
    )


def test_the_document_naming_its_own_layout_by_the_bbv_question_states_no_goal() -> None:
    text = """Woonzorgvisie

1.3 Leeswijzer

In hoofdstuk 4 werken wij vijf ambities uit, telkens met de vragen 'Wat willen we bereiken?' en 'Wat gaan we
daarvoor doen?'. Per prioriteit geven we aan wat we willen bereiken en hoe we dat meten.

2 Acties

Ambitie 1 Langer thuis in een geschikte woning
Nr.  Actie                                   Trekker  Partners       Planning     Budget
1.1  Invoeren Blijverslening                 W        SVn            Q1 2027      € 1.500.000 eenmalig
1.2  Inzetten verhuiscoach                   W        corporaties    Q2 2027      € 600.000
"""
    goals = [i.text for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert not any("hoofdstuk 4" in g or "Per prioriteit" in g or g.startswith("Nr.") for g in goals)
    # counter-example: what a document states under that question is quoted as a goal
    _sentences_typed(
        "goal",
        ('In de begroting staat onder "Wat willen we bereiken?" dat we willen dat inwoners eerder hulp krijgen.',),
        (),
    )


def test_a_paragraphs_measures_after_their_plural_label_are_an_action() -> None:
    text = """Programma Landelijk Gebied

4.2 De gebieden

Noordwest-Overijssel. Laagveengebied met De Weerribben. Doel 2030: 1.800 hectare veenweide met hogere peilen.
Maatregelen: peilverhoging in vijf polders, pilot natte teelten bij Blokzijl.
"""
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert any(a.startswith("Maatregelen: peilverhoging") for a in actions)
    # counter-example: a sentence about measures in general names none
    about = text.replace(
        "Maatregelen: peilverhoging in vijf polders, pilot natte teelten bij Blokzijl.",
        "Over de maatregelen wordt in 2027 met de gebiedspartners gesproken.",
    )
    assert not [i for i in tag_document(_hand_made(about)).items if i.type == "action"]


def test_a_table_of_one_years_work_with_quarters_and_a_caption_in_its_header_holds_one_action_per_row() -> None:
    text = """Bestuursrapportage 2026

3.2 Wat gaan we daarvoor doen?

Activiteit                          Trekker         Partners                  Planning   Status
Beoordelen regionale keringen       afd. Keringen   provincies OV en DR       Q1-Q4      groen
Houden van calamiteitenoefening     team CaZo       Veiligheidsregio's        Q4         oranje

6.2 Hoe staat het ervoor?

Tabel 6.1 Acties                        Trekker           Planning   Status
Opstellen Participatievisie 2026-2030   Communicatie      Q3 2026    groen
Afstoten locatie Vroomshoop             Facilitair        Q2 2026    gereed
"""
    actions = {i.text.split()[0]: i.deadline for i in tag_document(_hand_made(text)).items if i.type == "action"}
    assert set(actions) == {"Beoordelen", "Houden", "Opstellen", "Afstoten"}
    assert (actions["Beoordelen"], actions["Houden"], actions["Afstoten"]) == ("Q1-Q4", "Q4", "Q2 2026")
    # counter-example: a quarter named in running text makes no table row
    prose = "Rapportage\n\n1 Inleiding\n\nIn Q4 rapporteren wij opnieuw over de voortgang van alle activiteiten.\n"
    assert not [i for i in tag_document(_hand_made(prose)).items if i.type == "action"]


def test_the_instruments_put_to_use_are_actions() -> None:
    text = """Programma Landelijk Gebied

4.3 Instrumenten

Voor de uitvoering zetten wij een mix van instrumenten in:
• Kavelruil. Wij vergoeden de proceskosten van vrijwillige kavelruil volledig.
• Regeling Water vasthouden, samen met de waterschappen, maximaal 50% van de subsidiabele kosten.
"""
    actions = [i.text for i in tag_document(_hand_made(text)).items if i.type == "action"]
    assert len(actions) == 2 and actions[0].startswith("Kavelruil")
    # counter-example: instruments described, not put to use, are no actions
    described = text.replace("Voor de uitvoering zetten wij een mix van instrumenten in:", "De instrumenten zijn:")
    assert not [i for i in tag_document(_hand_made(described)).items if i.type == "action"]


def test_asking_several_parties_named_bare_or_the_partners_alone_over_a_list_are_requests() -> None:
    _sentences_typed(
        "request",
        ("Wij vragen scholen, sportverenigingen en het jongerenwerk om signalen van werving vroegtijdig te delen.",),
        # counter-example: asking ourselves something is no request of another
        ("Wij vragen ons af of de aanpak voldoende is om de doelen te halen.",),
    )
    text = """Integraal Veiligheidsplan

6 Partners

Wij vragen de partners:
• de inzet op de prioriteiten op te nemen in hun eigen jaarplannen;
• jaarlijks informatie aan te leveren voor de voortgangsrapportage.
"""
    requests = [i.text for i in tag_document(_hand_made(text)).items if i.type == "request"]
    assert len(requests) == 2
    # counter-example: "Wij vragen het volgende:" names nobody asked
    assert list_header("Wij vragen het volgende:") is None or list_header("Wij vragen het volgende:")[1] != "request"


def test_a_task_in_numbers_is_a_target_table_and_the_prose_under_it_no_row() -> None:
    text = """Woonzorgvisie

5 De opgave in cijfers

Tabel 2 Woonzorgopgave 2027–2035
Woonvorm                                Voorraad 2026   Behoefte 2035   Opgave 2027–2035
Nultredenwoningen                           14.800          17.700            2.900
Geclusterde woonvormen ouderen               1.650           2.800            1.150

Dat betekent dat er gemiddeld ruim 510 geschikte woningen per jaar bij moeten
komen, op een totale woningbouwopgave van circa 1.000 woningen per jaar.
"""
    goals = [i.text for i in tag_document(_hand_made(text)).items if i.type == "goal"]
    assert any(g.startswith("Nultredenwoningen") for g in goals) and any(g.startswith("Geclusterde") for g in goals)
    assert not any(g.startswith(("Dat betekent", "komen,")) for g in goals)
    # counter-example: the same table of the stock alone sets no task
    stock = text.replace("Behoefte 2035   Opgave 2027–2035", "Voorraad 2020   Voorraad 2015")
    assert not [i for i in tag_document(_hand_made(stock)).items if i.rule == "target_row"]


def test_a_short_one_line_header_of_promises_still_reads_its_rows() -> None:
    text = """Besluitenlijst

Toezeggingen

Nr. Toezegging Termijn
T1  Wethouder Wiggers zegt toe de effecten van de parkeertarieven te evalueren  voorjaar 2029
T2  Wethouder Bulten zegt toe een voorstel te doen voor mantelzorgwaardering  begroting 2028
"""
    promises = [i.text for i in tag_document(_hand_made(text)).items if i.type == "commitment"]
    assert [p.split()[0] for p in promises] == ["T1", "T2"]


def test_the_states_asking_gs_told_in_the_simple_past_is_a_request_to_gs() -> None:
    _sentences_typed(
        "request_gs",
        ("Uw Staten vroegen ons bij de behandeling van de Voorjaarsnota 2025 om inzicht te geven in de effecten.",),
        # counter-example: the states discussing something ask nothing
        ("Uw Staten bespraken de Voorjaarsnota 2025 op 9 juli.",),
    )


def test_an_amendments_last_point_ends_with_its_closing_single_quote() -> None:
    text = """Amendementen

Amendement A-1 'Ook een hofje in het dorp'

De raad van de gemeente Apeldoorn, in vergadering bijeen op 8 oktober 2026,

besluit het voorstel als volgt te wijzigen:
1. In beslispunt 3 '€ 2.000.000' te vervangen door '€ 2.200.000';
2. Een nieuw beslispunt 6 toe te voegen: 'Het college op te dragen jaarlijks te rapporteren over de
dorpen.'

ingediend door de fracties van CDA, ChristenUnie en PvdA; aangenomen met 27 stemmen voor en 12 tegen.
"""
    requests = [i.text for i in tag_document(_hand_made(text)).items if i.type == "request"]
    assert any(r.startswith("Een nieuw beslispunt 6") for r in requests)
    assert not any("ingediend door" in r for r in requests)  # the point ends with its closing quote


def test_an_ambition_with_its_content_is_a_goal() -> None:
    _sentences_typed(
        "goal",
        ("Daarmee onderschrijft de regio de ambitie dat in 2035 iedere inwoner binnen tien minuten een park bereikt.",),
        # counter-example: an ambition only named is no goal
        ("De ambitie werd in 2019 voor het eerst besproken in de commissie.",),
    )


def test_an_amount_takes_the_year_bracketed_right_after_it() -> None:
    text = """Integraal Veiligheidsplan

7 Financiën

Het tekort van € 120.000 (2027) en € 165.000 (2028) dekken wij uit de algemene reserve.
"""
    budgets = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    years = {a.value: a.year for b in budgets for a in b.amounts}
    assert years == {120_000: 2027, 165_000: 2028}
    # counter-example: a bracketed note that is no year leaves the amount without one
    noted = text.replace("(2027)", "(eenmalig)").replace("(2028)", "(structureel)")
    noted_years = {a.year for i in tag_document(_hand_made(noted)).items if i.type == "budget" for a in i.amounts}
    assert noted_years == {None}


def test_a_project_table_whose_last_column_is_a_share_by_level_gives_one_action_per_row() -> None:
    # "Nr Project Trekker Partners Planning Kosten Bijdrage prov." (dev30): the abbreviated last column name ended
    # the header in a dot, which only a sentence does
    text = (
        "4 Wonen\n\nWat gaan we daarvoor doen?\nWij richten een versnellingsteam in.\n\n"
        "Tabel 4.1  Projecten Wonen\n"
        "Nr  Project                    Trekker     Partners              Planning    Kosten       Bijdrage prov.\n"
        "W1  Versnellingsteam wonen     Meppel      Westerveld, De Wolden 2027-2031   € 1.250.000  € 500.000\n"
        "W2  Flexwonen 150 woningen     Westerveld  Meppel, COA           2027-2029   € 3.000.000  € 750.000\n"
        "    Totaal                                                                   € 4.250.000  € 1.250.000\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions if a[:2] in ("W1", "W2")] == ["W1", "W2"]
    assert PROGRAMME_TABLE_HEADER.match("Nr Project Trekker Partners Planning Kosten Bijdrage prov.")
    # counter-example: a sentence that ends in a short word is no header
    assert not PROGRAMME_TABLE_HEADER.match("Het project heeft een planning tot mei.")


def test_a_list_whose_bullets_were_lost_is_split_at_its_semicolons() -> None:
    # items ending in ";" at a line end, each next one opening with a capital (dev30's "Acties" without bullet glyphs)
    text = (
        "7 Bereikbaarheid\n\nActies\n"
        "  Uitvoeren van de verkeersveiligheidsaanpak N371: herinrichting van vijf\n"
        "    kruispunten en verbreding van de berm;\n"
        "  Aanleggen van de doorfietsroute, deels langs de Hoogeveense Vaart;\n"
        "  Herinrichten van de stationsomgeving Meppel met een fietsenstalling.\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions] == ["Uitvoeren", "Aanleggen", "Herinrichten"]
    # counter-example: prose with one semicolon at a line end stays one paragraph
    prose = (
        "7 Bereikbaarheid\n\nActies\n"
        "Wij voeren de verkeersveiligheidsaanpak uit samen met de gemeenten en het waterschap;\n"
        "Meppel neemt daarbij het voortouw voor de kruispunten in de stad.\n"
    )
    assert len(_texts(prose, "action")) == 1


def test_a_programme_tables_header_line_ends_the_list_of_actions_above_it() -> None:
    # "Acties" items, then "Tabel 7.1 …" and its header line (dev30): the header is no action of the list
    text = (
        "7 Bereikbaarheid\n\nActies\n"
        "  Aanleggen van de doorfietsroute, deels langs de Hoogeveense Vaart;\n"
        "  Uitbreiden van de buurtbus in Westerveld en De Wolden;\n"
        "  Aanleggen van laadinfrastructuur bij de bedrijventerreinen.\n\n"
        "Tabel 7.1  Projecten Bereikbaarheid (bedragen in €)\n"
        "Nr  Project                           Trekker     Partners            Planning    Kosten     Bijdrage prov.\n"
        "B1  Doorfietsroute Meppel-Ruinen      provincie   Meppel, De Wolden   2027-2030   5.600.000  2.800.000\n"
        "B2  Knooppunt stationsomgeving Meppel Meppel      ProRail, NS         2028-2031   7.000.000  1.500.000\n"
    )
    actions = _texts(text, "action")
    assert not any(a.startswith("Nr") for a in actions)
    assert [a.split()[0] for a in actions] == ["Aanleggen", "Uitbreiden", "Aanleggen", "B1", "B2"]


def test_a_coded_action_tables_wrapped_cells_stay_in_their_row() -> None:
    # dev30: rows open with their code ("6.1 …"); a wrapped cell's line may open with a capital and hold the period
    # and money ("Wijkwerk 2027-2030 € 32.000"), and a row read as a heading may have them on its wrapped line
    text = (
        "6 Alcohol\n\n6.3 Afspraken\n\nDe partners spreken af.\n\n6.4 Acties problematisch alcoholgebruik\n\n"
        "Tabel 4. Acties alcohol (bedragen 2027)\n"
        "Actie Trekker Partners Planning Middelen\n"
        "6.1 Nalevingsonderzoek en handhaving Alcoholwet gemeente (team Toezicht) horeca,\n"
        "sportverenigingen, evenementen 2027-2030 € 35.000\n"
        "6.2 Invoeren OKO-aanpak in Hengelo-Noord en Klein Driene gemeente GGD Twente, scholen,\n"
        "Wijkwerk 2027-2030 € 32.000\n"
        "6.6 Standaard verantwoord schenken in evenementenvergunningen gemeente organisatoren,\n"
        "horeca 2027 € 10.000\n"
        "Totaal € 77.000\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i for i in items if i.type == "action" and i.text[:1].isdigit()]
    assert [(a.text.split()[0], a.deadline) for a in actions] == [
        ("6.1", "2027-2030"),
        ("6.2", "2027-2030"),
        ("6.6", "2027"),
    ]
    assert not any(i.text.startswith("Wijkwerk") for i in items)


def test_in_a_section_of_agreements_each_partys_undertaking_is_an_action() -> None:
    # a lokaal preventieakkoord's "4.3 Afspraken" (dev30): what each party does, in the present tense, one sentence
    # each; a trend and a passive description there are not
    text = (
        "4 Overgewicht\n\n4.3 Afspraken\n\n"
        "GGD Twente zorgt voor de ondersteuning van scholen bij de Gezonde School-aanpak.\n\n"
        "De Huisartsencoöperatie Hengelo-Borne verwijst volwassenen met overgewicht actief door naar de GLI. Menzis\n"
        "zorgt voor voldoende gecontracteerde GLI-capaciteit.\n\n"
        "Het aantal kinderen met overgewicht neemt de laatste jaren toe.\n"
        "De kosten van de ketenaanpak worden gedragen door de gemeente.\n\n"
        "5 Roken\n\n5.1 Huidige situatie\n\nGGD Twente voert elke vier jaar de Gezondheidsmonitor uit.\n"
    )
    actions = _texts(text, "action")
    assert [a.split()[0] for a in actions] == ["GGD", "De", "Menzis"]  # not the monitor outside the agreements
    from kb.tags.rules import AGREEMENT_SECTION

    assert AGREEMENT_SECTION.match("Afspraken") and AGREEMENT_SECTION.match("Wat spreken we af?")
    assert not AGREEMENT_SECTION.match("Afspraken uit het vorige akkoord")


def test_rows_of_a_years_group_in_a_programme_table_are_rows_of_their_own_with_that_years_money() -> None:
    # dev30: "Jaar Project Maatregel Kosten" (x € 1.000), the year only on a group's first row, every row with its
    # own amount; the "Jaar" column gives the money its year (a "Planning" column does not)
    text = (
        "6 Meerjarenplanning\n\nTabel 6.1 Groot onderhoud wegen per jaar (bedragen x € 1.000)\n"
        "Jaar  Project                           Maatregel                      Kosten\n"
        "2027  Flevoweg                          vervangen deklaag asfalt          485\n"
        "      Zwartendijk (hoofdfietsroute)     nieuw rood asfalt fietspad        390\n"
        "      Subtotaal 2027                                                      875\n"
        "2028  Hanzewijk fase 2                  vervangen elementenverharding     720\n"
        "      Cellesbroeksweg                   deklaag en kantopsluiting         450\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [(i.text.split()[0], i.deadline) for i in items if i.type == "action"]
    assert actions == [("2027", "2027"), ("Zwartendijk", "2027"), ("2028", "2028"), ("Cellesbroeksweg", "2028")]
    years = {a.value: a.year for i in items if i.type == "budget" for a in i.amounts}
    assert years[390_000] == 2027 and years[450_000] == 2028
    planned = text.replace("Jaar  Project ", "Planning  Project").replace("Groot onderhoud wegen per jaar", "Projecten")
    planned_years = {a.year for i in tag_document(_hand_made(planned)).items if i.type == "budget" for a in i.amounts}
    assert planned_years == {None}


def test_a_caption_that_gives_the_tables_amounts_one_year_gives_each_rows_money_that_year() -> None:
    text = (
        "6 Alcohol\n\nTabel 4. Acties alcohol (bedragen 2027)\n"
        "Actie Trekker Partners Planning Middelen\n"
        "6.1 Nalevingsonderzoek Alcoholwet gemeente horeca 2027-2030 € 35.000\n"
        "6.2 Invoeren OKO-aanpak gemeente GGD Twente 2027-2030 € 32.000\n"
    )
    years = {a.value: a.year for i in tag_document(_hand_made(text)).items if i.type == "budget" for a in i.amounts}
    assert years == {35_000: 2027, 32_000: 2027}
    # counter-example: "(bedragen 2027-2030)" is a period, no one year
    spanned = text.replace("(bedragen 2027)", "(bedragen 2027-2030)")
    assert {a.year for i in tag_document(_hand_made(spanned)).items if i.type == "budget" for a in i.amounts} == {None}


def test_an_action_table_with_bars_between_its_cells_and_each_rows_name_above_them() -> None:
    # dev30: "Actie | Trekker | Partners | Planning | Budget", each row's name on a line above its other cells
    text = (
        "3 Jeugdgezondheidszorg\n\nTabel 2. Acties programma Jeugdgezondheidszorg 2028\n"
        "Actie | Trekker | Partners | Planning | Budget\n"
        "Invoeren contactmoment adolescentie in alle gemeenten\n"
        "Manager JGZ 4-18 | VO-scholen, gemeenten | Q1 2028 | binnen budget\n"
        "Uitbreiding prenatale huisbezoeken (550 naar 700)\n"
        "Teamleider JGZ 0-4 | verloskundigen, kraamzorg | 2028 | € 95.000\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [(i.text.split()[0], i.deadline) for i in items if i.type == "action"]
    assert actions == [("Invoeren", "Q1 2028"), ("Uitbreiding", "2028")]
    assert [a.value for i in items if i.type == "budget" for a in i.amounts] == [95_000]


def test_a_front_pages_adoption_line_with_its_body_is_a_decision() -> None:
    _sentences_typed(
        "decision",
        ("Vastgesteld: college van burgemeester en wethouders, 3 november 2026",),
        # counter-example: a status field without the body that adopted it
        ("Vastgesteld: nee, concept voor inspraak",),
    )


def test_a_motion_cited_with_what_it_asks_is_a_request_and_the_councils_decision() -> None:
    # dev30, dev7: "In de motie … (10 juli 2025) verzoekt de raad het college om …", "… draagt de raad het college op
    # te onderzoeken …": what the motion asks, and the council's decision to ask it
    text = (
        '2 Context\n\nDe gemeenteraad heeft twee moties aangenomen. In de motie "Rookvrij spelen en sporten" (10 juli\n'
        "2025) verzoekt de raad het college om te komen tot rookvrije sportterreinen in 2028. In de motie\n"
        '"Gezonde schoolomgeving" (13 november 2025) draagt de raad het college op te onderzoeken welke\n'
        "mogelijkheden het omgevingsplan biedt.\n"
    )
    items = tag_document(_hand_made(text)).items
    assert len([i for i in items if i.type == "request"]) == 2
    assert len([i for i in items if i.type == "decision" and i.text.startswith("In de motie")]) == 2
    # counter-example: a motion only reported adopted asks nothing
    assert classify_sentence("De motie Wolbert is op 7 november 2019 aangenomen.") == (
        "decision_instrument",
        "decision",
    )


def test_the_points_a_council_is_asked_to_speak_to_are_requests() -> None:
    text = (
        "6 Zienswijze\n\nWij vragen uw raad in het bijzonder om zich uit te spreken over:\n"
        "a) de gewogen indexatie van 3,8% voor 2028;\n"
        "b) de verhoging van het plafond van de algemene reserve naar 3,0% van de totale lasten.\n"
    )
    requests = _texts(text, "request")
    assert [r.split()[0] for r in requests if r.startswith(("a)", "b)", "de "))] in (["a)", "b)"], ["de", "de"])
    assert len([r for r in requests if "indexatie" in r or "plafond" in r]) == 2


def test_a_table_of_one_cell_per_line_whose_rows_open_with_a_two_level_number_and_their_name() -> None:
    # dev30: "Actie / Trekker / Partners / Planning / Middelen 2027", each row "5.2 Rookvrije schoolterreinen …" and
    # its cells below it, rows apart by a blank line
    text = (
        "5 Roken\n\n5.4 Acties roken\n\nTabel 3. Acties roken\nActie\nTrekker\nPartners\nPlanning\nMiddelen 2027\n\n"
        "5.1 Rookvrij maken van alle sportterreinen\nSportfederatie Hengelo\nverenigingen, GGD Twente\n2027-2028\n"
        "€ 14.000\n\n"
        "5.2 Rookvrije schoolterreinen VO en mbo, inclusief aanpak vapen aan de rand van het terrein\n"
        "schoolbesturen VO en mbo\ngemeente (handhaving), GGD Twente\n2027\n€ 8.000\n\n"
        "5.3 Lokaal stopaanbod: groepstraining en stopspreekuur\nHuisartsencoöperatie\nMenzis, apotheken\n"
        "doorlopend\n€ 22.000\n"
    )
    items = tag_document(_hand_made(text)).items
    actions = [i.text.split()[0] for i in items if i.type == "action"]
    assert actions == ["Rookvrij", "Rookvrije", "Lokaal"]
    assert sorted(a.value for i in items if i.type == "budget" for a in i.amounts) == [8_000, 14_000, 22_000]


def test_coded_measures_kept_as_lines_of_one_paragraph_are_one_action_each() -> None:
    # dev32: "Wat gaan we daarvoor doen?" over "W1  Opnemen van …" / "W2  Invoeren van …", wrapped lines indented
    text = (
        "4 Wonen\n\nWat gaan we daarvoor doen?\n"
        "    W1  Opnemen van een afspraak over levensloopbestendig bouwen en verbouwen in de\n"
        "        prestatieafspraken 2027 met de corporaties en huurdersorganisaties.\n"
        "    W2  Invoeren van een toegankelijkheidstoets door het Panel Meidwaan bij nieuwbouwplannen\n"
        "        vanaf tien woningen, in de fase van het stedenbouwkundig plan.\n"
        "    W3  Versnellen van de Wmo-woningaanpassingen door een vaste ergotherapeut.\n"
    )
    assert [a.split()[0] for a in _texts(text, "action")] == ["W1", "W2", "W3"]


def test_a_coded_measure_paragraph_in_a_measures_chapter_is_an_action() -> None:
    # dev32: "5 Maatregelen per gebied" / "5.1 Binnenstad" / "M2 Invoeren van …" (the code before the measure)
    text = (
        "1 Maatregelen per gebied\n\n1.1 Binnenstad\n\n"
        "M2 Invoeren van een bewonersabonnement in de garages voor bewoners die hun vergunning op straat\n"
        "   inleveren.\n\n"
        "M5 Invoeren van een zero-emissiezone voor stadslogistiek per 1 januari 2028.\n"
    )
    assert [a.split()[0] for a in _texts(text, "action")] == ["M2", "M5"]
    # counter-example: coded rows of a table with their period and amount stay the table readers' (no list items)
    from kb.tags.lists import _coded_items

    rows = [
        "L1 Opstellen van een logistieke visie Regio 2026 120",
        "L2 Afstemmen van zero-emissiezones Gemeente Ede 2026-2028 350",
    ]
    assert _coded_items(rows) == set()


def test_an_action_tables_money_cell_with_its_basis_code_is_the_rows_budget() -> None:
    # dev32: "Bedragen in euro's. S = structureel per jaar, I = incidenteel." over "… 2027-2030    15.000 S"
    text = (
        "6 Actietabel\n\nBedragen in euro's. S = structureel per jaar, I = incidenteel.\n\n"
        "Nr  Actie                                Wie (trekker / partners)        Wanneer      Middelen\n"
        "W2  Toegankelijkheidstoets nieuwbouw     Team Ruimte / Panel Meidwaan    2027-2030    15.000 S\n"
        "W3  Versnellen Wmo-woningaanpassingen    Wmo-loket / leveranciers        2027-2028    bestaand\n"
        "W4  Pilot geclusterd wonen Bolsward      Team Wonen / zorgaanbieder      2028         40.000 I\n"
    )
    budgets = [i for i in tag_document(_hand_made(text)).items if i.type == "budget"]
    assert [(a.value, a.basis) for b in budgets for a in b.amounts] == [(15_000, "structureel"), (40_000, "eenmalig")]
    # counter-example: a count followed by a capital word is no money cell
    from kb.tags.lists import BASIS_CELL

    assert BASIS_CELL.search("Plaatsen van 40 Sensoren in de binnenstad") is None


def test_the_parties_named_under_a_requests_lead_in_group_what_is_asked_of_each() -> None:
    # dev32: "Wij vragen onze partners nadrukkelijk om:" / "Woningcorporaties" / bullets / "Werkgevers" / bullets
    text = (
        "1 Wat we van onze partners vragen\n\nWij vragen onze partners nadrukkelijk om:\n\n"
        "Woningcorporaties\n"
        "•   jaarlijks ten minste 40 bestaande woningen levensloopbestendig aan te passen;\n"
        "•   toegankelijke woningen bij voorrang toe te wijzen.\n\n"
        "Werkgevers\n"
        "•   zich aan te sluiten bij het netwerk Inclusyf Ûndernimme;\n"
        "•   sollicitatieprocedures toegankelijk te maken.\n"
    )
    requests = _texts(text, "request")
    assert len([r for r in requests if r.startswith(("jaarlijks", "toegankelijke", "zich", "sollicitatie"))]) == 4


def test_an_investment_table_in_thousands_with_one_money_column_gives_each_row_its_budget() -> None:
    # dev30: "Tabel 6.3 Vervanging bruggen (investeringen, bedragen x € 1.000)", a year line over its rows, each row
    # ending in its one figure
    text = (
        "6 Bruggen\n\nTabel 6.3 Vervanging bruggen (investeringen, bedragen x € 1.000)\n2027\n"
        "KW-031 fietsbrug Zwartendijk (hout, conditie 5) 280\n"
        "KW-058 brug Bovenbroeksweg, Kamperveen (hout) 150\n"
        "subtotaal 430\n2028\n"
        "KW-044 brug over het Ganzendiep, Grafhorst (beton) 780\n"
        "Totaal 2027-2028 1.210\n"
    )
    values = {a.value for i in tag_document(_hand_made(text)).items if i.type == "budget" for a in i.amounts}
    assert {280_000, 150_000, 780_000} <= values
    # counter-example: without a unit in thousands, a row's lone small figure is no money
    from kb.tags.money import _is_figure_line

    assert _is_figure_line("KW-058 brug Bovenbroeksweg, Kamperveen (hout) 150", scaled=True)
    assert not _is_figure_line("KW-058 brug Bovenbroeksweg, Kamperveen (hout) 150")


def test_a_table_one_cell_per_line_runs_on_past_a_footnote_at_the_foot_of_its_page() -> None:
    page = "\n\nPagina {n} van 9\n\fGemeente Proefdorp – Beleidsplan 2027\n\n"  # a form feed: the next page
    text = (
        "Gemeente Proefdorp – Beleidsplan 2027\n\n6 Werk en inkomen\n\n"
        "Tabel 6.1 Financieel overzicht werk en inkomen (x € 1.000)\n\nOnderdeel\n2027\n2028\n2029\n2030\nLasten\n"
        "Uitkeringen Participatiewet (BUIG)\n52.800\n53.300\n\n"
        "2 De populatie neemt jaarlijks met ca. 5% af; nieuwe instroom in de voorziening is sinds 2015 niet meer\n"
        "mogelijk.\n" + page.format(n=1) + "53.700\n54.100\nRe-integratie en participatie\n7.650\n7.750\n7.850\n7.950\n"
        "\nDe lasten stijgen in de planperiode met gemiddeld 1,2% per jaar, minder dan de groei van de jaren ervoor.\n"
        + page.format(n=2)
    )
    amounts = _budget_amounts(text)
    # the row split by the footnote and the page break keeps its four years, in thousands
    assert (52_800_000.0, 2027, "row") in amounts and (54_100_000.0, 2030, "row") in amounts
    assert (7_650_000.0, 2027, "row") in amounts and (7_950_000.0, 2030, "row") in amounts
    # counter-example: a long sentence that is no footnote at a page's foot still ends the table
    from kb.tags.money import FOOTNOTE_BODY

    assert FOOTNOTE_BODY.match("2 De populatie neemt af") and not FOOTNOTE_BODY.match("De lasten stijgen met 2%")


def test_a_year_header_with_columns_per_year_gives_each_figure_its_year() -> None:
    text = (
        "9 Financien\n\nTabel 9.1 Lasten en baten per thema (bedragen x € 1.000)\n\n"
        "Thema                  2027              2028\n"
        "                 lasten   baten    lasten   baten\n"
        "Jeugd            48.650   1.250    49.320   1.250\n"
        "Gezondheid        4.320     180     4.410     180\n"
        "Totaal           52.970   1.430    53.730   1.430\n"
        "Saldo (lasten -/- baten)   51.540            52.300\n"
    )
    amounts = _budget_amounts(text)
    assert [a for a in amounts if a[0] in (48_650_000.0, 1_250_000.0, 49_320_000.0)] == [
        (48_650_000.0, 2027, "row"),
        (1_250_000.0, 2027, "row"),
        (49_320_000.0, 2028, "row"),
        (1_250_000.0, 2028, "row"),
    ]
    # a row with one figure per year under such a header (the balance) takes the years once each, as a total
    assert (51_540_000.0, 2027, "total") in amounts and (52_300_000.0, 2028, "total") in amounts
    # counter-example: a line of words under the years that do not repeat per year is a caption, not columns
    from kb.amounts import _subcolumns

    assert _subcolumns("lasten baten lasten baten", (2027, 2028)) == 2
    assert _subcolumns("begroting na wijziging realisatie", (2027, 2028)) is None


def test_a_result_by_a_year_and_we_streven_naar_announce_the_goals_below_them() -> None:
    text = (
        "5 Wmo en ondersteuning\n\nWe investeren in mantelzorg en ontmoeting in de wijken.\n\nResultaat in 2030\n\n"
        "– Minimaal 75% van de 75-plussers woont zelfstandig en voelt zich veilig in huis.\n"
        "– Elke wijk heeft ten minste één ontmoetingsplek die vijf dagdelen per week open is.\n\n"
        "6 Armoede\n\nHet aantal huishoudens met schulden steeg in 2025.\n\nWe streven naar\n\n"
        "- een halvering van het niet-gebruik van de minimaregelingen in 2030;\n"
        "- een daling van het aantal huisuitzettingen wegens huurachterstand.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("Minimaal 75% van de 75-plussers") for g in goals)
    assert any(g.startswith("Elke wijk heeft") for g in goals)
    assert any(g.startswith("een halvering van het niet-gebruik") for g in goals)
    # counter-example: a year's results reported in prose are no label over goals
    reported = _texts(
        "7 Verantwoording\n\nDe resultaten in 2025 waren goed.\n\n- Er zijn 40 woningen gebouwd.\n", "goal"
    )
    assert not any("40 woningen" in g for g in reported)


def test_our_request_to_gedeputeerde_staten_in_a_municipal_document_is_a_request_to_another_body() -> None:
    text = (
        "3 Samenwerking\n\nWij vragen Gedeputeerde Staten van Fryslân om de busverbinding naar de kernen te behouden.\n"
    )

    def typed(level: str | None) -> list[str]:
        parsed = ingest_text(text, DocumentMeta(id="p", code="P", title="Nota", level=level), "p.txt")
        return [i.type for i in tag_document(parsed).items if "busverbinding" in i.text]

    assert typed("gemeente") == ["request"] and typed("waterschap") == ["request"]
    # counter-examples: in the States' own document it is their request to GS; a quoted request of the States stays
    assert typed("provincie") == ["request_gs"]
    quoted = "3 Moties\n\nZij verzoeken Gedeputeerde Staten om de busverbinding naar de kernen te behouden.\n"
    parsed = ingest_text(quoted, DocumentMeta(id="p", code="P", title="Nota", level="regio"), "p.txt")
    assert [i.type for i in tag_document(parsed).items if "busverbinding" in i.text] == ["request_gs"]


def test_an_average_reported_in_the_past_tense_is_a_statistic_not_a_budget() -> None:
    assert (
        _budget_amounts(
            "1 Schulden\n\nDe gemiddelde schuld bij aanmelding bedroeg € 41.500 verdeeld over 14 schuldeisers.\n"
        )
        == []
    )
    assert (
        _budget_amounts("1 Wonen\n\nDe gemiddelde kale huur van een corporatiewoning was € 712 per maand in 2025.\n")
        == []
    )
    # counter-example: an average planned with is money the plan reckons with
    assert _budget_amounts("1 Wonen\n\nWij gaan uit van gemiddelde kosten van € 5.400 per woning.\n") == [
        (5400.0, None, "amount")
    ]


def test_a_list_of_decisions_taken_before_gives_only_the_dated_adoptions() -> None:
    text = (
        "1 Inleiding\n\nHet plan sluit aan op een aantal eerder genomen besluiten:\n\n"
        "• de Regiovisie Jeugdhulp 2025–2030, door de raad vastgesteld op 4 februari 2025;\n"
        "• het Uitvoeringsprogramma Gezond Leven 2024–2026, waarmee de gemeente aansluit bij het programma;\n"
    )
    decisions = _texts(text, "decision")
    assert any(d.startswith("de Regiovisie Jeugdhulp") for d in decisions)
    assert not any("Uitvoeringsprogramma Gezond Leven" in d for d in decisions)
    # counter-example: the operative words of a resolution make each point a decision
    resolution = "1 Besluit\n\nDe raad besluit:\n\n1. het Uitvoeringsprogramma Gezond Leven vast te stellen;\n"
    assert any("Uitvoeringsprogramma Gezond Leven" in d for d in _texts(resolution, "decision"))


def test_a_council_proposals_voorstel_over_numbered_points_to_decide_gives_decisions() -> None:
    text = (
        "Raadsvoorstel\n\nOnderwerp Vaststelling Grondstoffenplan 2027–2031\n\nVoorstel\n\n"
        "1. Het Grondstoffenplan 2027–2031 vast te stellen.\n"
        "2. Een investeringskrediet van € 4.350.000 beschikbaar te stellen.\n\nInleiding\n\nHet plan loopt af.\n"
    )
    decisions = _texts(text, "decision")
    assert any(d.startswith("Het Grondstoffenplan 2027–2031 vast te stellen") for d in decisions)
    assert any(d.startswith("Een investeringskrediet") for d in decisions)
    # counter-example: "Voorstel" over anything but points to decide (a table's column of years) announces nothing
    table = "Kadernota\n\nVoorstel\n\n1. Inleiding van de kadernota\n\n2. Financiële positie\n"
    assert _texts(table, "decision") == []


def test_a_sentence_pointing_to_the_chapters_that_hold_the_goals_is_no_goal() -> None:
    text = (
        "1 Leeswijzer\n\nIn hoofdstuk 4 staan onze ambitie en doelen, in hoofdstuk 5 de maatregelen.\n\n"
        "De hoofdstukken 4 tot en met 7 beschrijven per programmalijn wat wij willen bereiken.\n\n"
        "4 Ambitie\n\nWij willen dat in 2031 per inwoner maximaal 100 kilo restafval overblijft (zie hoofdstuk 8).\n"
    )
    goals = _texts(text, "goal")
    assert not any("hoofdstuk 4 staan" in g or "hoofdstukken 4 tot en met 7" in g for g in goals)
    # counter-example: a goal that points to a chapter for its monitoring is still a goal
    assert any("100 kilo restafval" in g for g in goals)
    # … and so is a sentence pointing to the table that holds the targets (dev50, dev48), the BBV question's too
    tables = (
        "3 Programmadoelen\n\nIn tabel 3.1 staan de uitgangssituatie (nulmeting), de streefwaarde voor 2031 en de\n"
        "programmalijn die er het meest aan bijdraagt.\n\n"
        "Wat willen we bereiken? In tabel 3.1 hebben wij de hoofddoelen voor 2030 samengevat.\n\n"
        "In tabel 3.2 hebben wij de hoofddoelen voor 2030 samengevat.\n"
    )
    assert _texts(tables, "goal") == []


def test_a_lead_in_of_what_we_will_do_ends_the_goals_of_ons_doel() -> None:
    text = (
        "7 Musea\n\nOns doel\nEen sterk museaal netwerk, waarin het museumbezoek in 2030 met 10% is gestegen.\n\n"
        "Wij zetten in op:\n1. Structurele ondersteuning van het Museumhuis;\n"
        "2. Innovatie en samenwerking tussen musea.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("Een sterk museaal netwerk") for g in goals)
    assert not any("Museumhuis" in g or "Innovatie en samenwerking" in g for g in goals)
    # counter-example: a lead-in that introduces more goals keeps them goals
    more = (
        "7 Musea\n\nOns doel\nEen sterk museaal netwerk.\n\nConcreet betekent dit dat:\n- het bezoek met 10% stijgt;\n"
    )
    assert any("het bezoek met 10% stijgt" in g for g in _texts(more, "goal"))


def test_an_action_table_with_yearly_rows_ends_before_the_sentences_under_it() -> None:
    text = (
        "7 Musea\n\nTabel 7.1  Actietabel musea\n"
        "Actie                          Trekker          Partners                 Planning    Budget 2027–2030\n"
        "Subsidie Museumhuis            provincie        Museumhuis Groningen     jaarlijks   € 3.400.000\n"
        "Collectiecentrum Groningen     provincie        gemeente Groningen,      2027–2030   € 2.000.000\n"
        "                                                Museumhuis\n\n"
        "Het Collectiecentrum wordt in twee fasen ontwikkeld: in 2027 en 2028 de voorbereiding en\n"
        "tijdelijke huisvesting, vanaf 2029 de inrichting. Daarom stijgt het budget in 2029. Een besluit\n"
        "over de locatie leggen wij afzonderlijk aan uw Staten voor.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Subsidie Museumhuis") for a in actions)  # a yearly row: "jaarlijks" is its planning
    assert any(a.startswith("Collectiecentrum Groningen") for a in actions)
    assert not any("twee fasen ontwikkeld" in a for a in actions)
    # counter-example: the description under a project's title row completes that row
    from kb.tags.lists import Unit, _sentences_after_a_row

    card = Unit(
        "paragraph",
        0,
        10,
        None,
        "Over een lengte van 11,2 km wordt een geleiderail aangebracht en worden de bermen\n"
        "verhard. De aanbesteding is gegund. Tijdens de werkzaamheden geldt 70 km/u.",
    )
    assert not _sentences_after_a_row(card, "A1  N34 middenbermbeveiliging Gieten–Borger")
    assert _sentences_after_a_row(card, "Collectiecentrum Groningen  provincie  2027–2030  € 2.000.000")


def test_what_a_household_pays_is_a_tariff_illustration_not_a_budget() -> None:
    text = "1 Tarieven\n\nEen meerpersoonshuishouden met acht ledigingen betaalt in 2027 € 313,20.\n"
    assert _budget_amounts(text) == []
    # counter-example: what the municipality pays is money it spends
    paid = "1 Financien\n\nDe gemeente betaalt in 2027 € 180.000 aan de verwerker.\n"
    assert _budget_amounts(paid) == [(180000.0, 2027, "amount")]


def test_a_motions_dictum_after_its_grounds_in_one_sentence_leads_in_to_its_requests() -> None:
    text = (
        "Moties\n\nMotie M1 – Statiegeld (aangenomen)\n\n"
        "De raad, in vergadering bijeen op 8 oktober 2026, overwegende dat blikjes nog\n"
        "steeds een groot deel van het zwerfafval vormen, verzoekt het college:\n"
        "- in 2027 samen met supermarkten tien extra statiegeldinnamepunten te realiseren;\n"
        "- de raad vóór 1 juli 2027 te informeren over de resultaten;\n"
        "en gaat over tot de orde van de dag.\n"
    )
    requests = _texts(text, "request")
    assert any(r.startswith("in 2027 samen met supermarkten") for r in requests)
    assert any(r.startswith("de raad vóór 1 juli 2027 te informeren") for r in requests)
    # counter-example: a sentence that ends in a colon without a motion's grounds leads in to nothing asked
    from kb.tags.lists import _dictum_after_grounds

    assert _dictum_after_grounds("Wij hebben met de partners gesproken, verzoekt het college:") is None


def test_a_resolution_that_sets_a_goal_is_a_decision_and_a_goal() -> None:
    text = (
        "Raadsbesluit\n\nDe raad besluit:\n\n"
        "1. Als hoofddoel vast te stellen dat in 2031 per inwoner maximaal 100 kilo restafval overblijft;\n"
        "2. Het Grondstoffenplan 2027–2031 vast te stellen.\n"
    )
    typed = _typed(text)
    assert (
        "decision",
        "Als hoofddoel vast te stellen dat in 2031 per inwoner maximaal 100 kilo restafval overblijft;",
    ) in [(t, x) for t, x in typed]
    assert any(t == "goal" and "100 kilo restafval" in x for t, x in typed)
    # counter-example: adopting a plan sets no goal of its own
    assert not any(t == "goal" and "Grondstoffenplan" in x for t, x in typed)


def test_a_reports_lead_in_of_what_was_done_keeps_its_list_of_actions_open() -> None:
    # a jaarverslag's programme (dev42): goals numbered under "Wat wilden we bereiken?", then what was done, its
    # bullet signs on lines of their own
    text = (
        "Programma 1 Gezondheid\n\nWat wilden we bereiken?\n\n"
        "1. De vaccinatiegraad is ten minste 95% voor de DKTP- en BMR-vaccinatie.\n"
        "2. De GGD is voorbereid op een nieuwe pandemie en op inzet bij rampen en crises.\n\n"
        "Wat hebben we daarvoor gedaan?\n\n"
        "Bestrijden van de mazelenuitbraak. Van maart tot en met juni 2026 is een uitbraakteam ingezet. Wij\n"
        "hebben 64 gevallen onderzocht en 1.912 extra BMR-vaccinaties gegeven.\n\n"
        "Daarnaast hebben wij:\n•\nbron- en contactonderzoek uitgevoerd bij 1.387 meldingen;\n"
        "•\nde soa-poli in Tiel uitgebreid met een extra spreekuur op dinsdagavond;\n"
    )
    actions = _texts(text, "action")
    assert any("bron- en contactonderzoek uitgevoerd" in a for a in actions)
    assert any("de soa-poli in Tiel uitgebreid" in a for a in actions)
    # counter-example: the same lead-in outside a report's "what we did" lists nothing done
    plain = "1 Inleiding\n\nDaarnaast hebben wij:\n• drie vestigingen in de regio;\n• een eigen laboratorium;\n"
    assert _texts(plain, "action") == []


def test_a_party_named_alone_that_undertakes_points_in_an_agreement_gives_actions() -> None:
    text = (
        "Artikel 7  De gemeente Amersfoort\n\n7.1  Amersfoort zorgt voor:\n"
        "     a)   het voorbereiden en vaststellen van een wijziging van het omgevingsplan uiterlijk 1 oktober 2026;\n"
        "     b)   het sluiten van anterieure overeenkomsten met ontwikkelaars.\n\n"
        "Artikel 10  Gezamenlijke verplichtingen\n\n10.1 Partijen verplichten zich gezamenlijk tot:\n"
        "     a)   het opstellen van het Gebiedsplan uiterlijk 1 april 2026;\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("het voorbereiden en vaststellen van een wijziging") for a in actions)
    assert any(a.startswith("het opstellen van het Gebiedsplan") for a in actions)
    # counter-examples: a demonstrative is no party, and the States' executive promising its council commits
    from kb.tags.lists import list_header

    assert list_header("Dit zorgt voor:") is None
    assert list_header("Gedeputeerde Staten verbinden zich ertoe:") is None


def test_parties_striving_for_the_following_results_lead_in_to_goals() -> None:
    text = (
        "Artikel 2  Doel\n\n2.2  Partijen streven naar de volgende resultaten:\n"
        "     a)   de realisatie van 3.800 woningen uiterlijk in 2035;\n"
        "     b)   een aandeel van fiets en openbaar vervoer van ten minste 55% in 2032.\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("de realisatie van 3.800 woningen") for g in goals)
    assert any(g.startswith("een aandeel van fiets en openbaar vervoer") for g in goals)
    # counter-example: striving for something named in the lead-in itself announces no list of goals
    from kb.tags.lists import list_header

    assert list_header("We streven naar meer samenwerking:") is None


def test_a_table_of_decisions_to_be_taken_by_body_and_date_gives_one_decision_per_row() -> None:
    text = (
        "Artikel 17  Besluitvorming\n\nTabel 3  Besluitvorming\n\n"
        "Besluit                                         Orgaan                             Uiterlijk\n"
        "Vaststelling Gebiedsplan en Programmaplan       Stuurgroep                         1 april 2026\n"
        "Voorkeursvariant ontsluitingsweg (Project 1)    Gedeputeerde Staten, na advies     31 december 2026\n"
        "                                                Stuurgroep en gemeenteraden\n"
        "Ophoging bijdrage van een Partij                Provinciale Staten / gemeenteraad  –\n\n"
        "Artikel 18  Monitoring\n"
    )
    decisions = _texts(text, "decision")
    assert (
        len([d for d in decisions if d.startswith(("Vaststelling Gebiedsplan", "Voorkeursvariant", "Ophoging"))]) == 3
    )
    assert any("Stuurgroep en gemeenteraden" in d for d in decisions)  # a body's wrapped cell stays in its row
    # counter-example: a table of who does what, with no decisions, has no such header
    from kb.tags.lists import DECISIONS_DUE_HEADER

    assert DECISIONS_DUE_HEADER.match("Besluit Orgaan Uiterlijk")
    assert not DECISIONS_DUE_HEADER.match("Actie Trekker Planning")


def test_small_figures_under_a_header_naming_a_budgets_columns_are_a_budget_table() -> None:
    text = (
        "2.6 Overhead\n\nConform het BBV worden de kosten van de overhead centraal verantwoord.\n\n"
        "Begroting primitief | Begroting na wijziging | Realisatie | Verschil\n"
        "Lasten overhead  9.505  9.740  9.585  155\nBaten overhead  120  120  167  47\n"
        "Saldo overhead  -9.385  -9.620  -9.418  202\n\nDe lagere lasten komen door lagere licentiekosten.\n"
    )
    budgets = _texts(text, "budget")
    assert any(b.startswith("Baten overhead") for b in budgets)
    # counter-example: small figures under a header of counts are no money
    counts = (
        "2.7 Bezetting\n\nLocatie  Teams  Medewerkers  Vacatures\nTiel  4  38  2\nNijmegen  9  120  5\n"
        "Druten  2  17  1\n"
    )
    assert _texts(counts, "budget") == []


def test_a_request_to_several_bodies_leads_in_to_its_points() -> None:
    text = (
        "8.2 Verzoeken aan de deelnemende gemeenten\n\nWij vragen de colleges van de deelnemende gemeenten:\n"
        "1. het aandeel in de terugbetaling als vordering op de GGD te verwerken in de eigen jaarrekening 2026;\n"
        "2. uiterlijk 1 oktober 2027 de afname van maatwerkproducten JGZ aan de GGD door te geven.\n"
    )
    requests = _texts(text, "request")
    assert any(r.startswith("het aandeel in de terugbetaling") for r in requests)
    assert any(r.startswith("uiterlijk 1 oktober 2027 de afname") for r in requests)
    # counter-example: the bodies asking (not asked) lead in to nothing
    from kb.tags.lists import list_header

    assert list_header("De colleges vragen:") is None


def test_past_adoptions_by_a_body_told_in_other_words_are_decisions() -> None:
    # the development halves' reports of earlier decisions: consent in the past tense, a release or extension by a
    # named body, a front page's status line, a council named as gemeenteraad, what an amendment changed
    _sentences_typed(
        "decision",
        (
            "Op 19 maart 2026 stemde het algemeen bestuur in met de startnotitie.",
            "Het ontwerpprogramma is op 2 juli 2026 door het algemeen bestuur vrijgegeven voor consultatie.",
            "Het vorige beleidsplan is door het algemeen bestuur verlengd tot en met 2025.",
            "Het plan is op 1 februari 2021 door de raad van Zutphen en op 25 februari 2021 door de raad van Brummen "
            "vastgesteld.",
            "Status Vastgesteld (algemeen bestuur, 15 december 2027)",
            "Voorlopig vastgesteld door het dagelijks bestuur op 1 april 2027",
            "In december 2021 stelde de gemeenteraad de eerste inclusieagenda vast.",
            "Met het amendement A-1 heeft de raad de afkoppelsubsidie verhoogd.",
            "Beslispunt 3 is gewijzigd door aanneming van amendement A1 (22 stemmen voor, 11 tegen).",
            "Ingediend door de fracties van D66 en het CDA; aangenomen met 21 stemmen voor en 6 tegen.",
        ),
        # counter-examples: a resolution's preamble citing the amendment, an appendix title, a status that is no
        # adoption, an extension nobody decided, a vote word without a vote
        (
            "gelet op het aangenomen amendement A1;",
            "Bijlage Aangenomen amendement en motie",
            "Status Ontwerp ter inzage",
            "De levensduur van de brug wordt door het onderhoud verlengd met twintig jaar.",
            "Ingediend door de fracties van D66 en het CDA; aangenomen wordt dat de groei doorzet.",
        ),
    )


def test_a_targets_table_whose_years_stand_below_its_target_columns_gives_goals() -> None:
    # dev44: "Doel" / "Doel" over "2030" / "2035" on the header's second line
    text = (
        "6.2 Kroonbedekking per wijk\n\nTabel 6.1 Kroonbedekking en aanplant per wijk\n"
        "Wijk                          Inwoners   Kroonbedekking   Doel    Doel    Extra bomen\n"
        "                              (1-1-2025)  2024 (%)         2030    2035    2027–2035\n"
        "Oud Zaandam / Centrum           11.800       8,4           10,0    12,0        450\n"
        "Poelenburg                      11.600      12,1           15,0    18,0        900\n"
    )
    goals = _texts(text, "goal")
    assert any(g.startswith("Oud Zaandam / Centrum") for g in goals)
    assert any(g.startswith("Poelenburg") for g in goals)
    # counter-example: an ambition's title over the first row of an action table names no target column
    from kb.tags.lists import _stacked_target_header

    assert (
        _stacked_target_header("Ambitie 4 Een thuis voor kwetsbare inwoners", "4.1 Herzien verordening W 2027 –")
        is False
    )
    assert _stacked_target_header("Wijk Inwoners Doel Doel", "(1-1-2025) 2030 2035") is True


def test_a_line_of_prose_or_a_numbered_section_title_naming_a_target_opens_no_targets_table() -> None:
    # dev44, dev8, dev18: "elk doel heeft een indicator en een streefwaarde, in lijn met de" wrapped mid-sentence,
    # and a section titled "3.1 Ambitie 2040" over a sentence with two years
    prose = (
        "1 Inleiding\n\nDe agenda is meetbaar: het aantal projecten is teruggebracht en\n"
        "elk doel heeft een indicator en een streefwaarde, in lijn met de\n"
        "aanbevelingen. Regio Zwolle | RIA 2027–2031 | 22\n"
        "3.1 De hoogte van de basisbijdrage is gelijk aan die van 2024 (€ 6,00 per inwoner).\n"
    )
    assert _texts(prose, "goal") == []
    titled = (
        "3 Ambitie en strategie\n\n3.1 Ambitie 2040\n\n"
        "In de Strategische Koers 2040, die het algemeen bestuur in 2024 vaststelde, hebben de partners\n"
        "hun gezamenlijke stip op de horizon gezet.\n"
    )
    assert not any(g.startswith("In de Strategische Koers") for g in _texts(titled, "goal"))
    # counter-example: column names under a caption still open the table
    table = (
        "6 Doelen\n\nTabel 6.1 Doelen\nDoel   Omschrijving   Nulwaarde   Streefwaarde 2031\n"
        "B-1   Aandeel fiets in woon-werkverkeer   34%   40%\n"
    )
    assert any(g.startswith("B-1") for g in _texts(table, "goal"))


def test_what_we_do_under_a_coded_measure_title_in_a_measures_section_is_that_measure() -> None:
    # dev44: "W2 Innovatiecentrum Circulaire Maakindustrie" over "… ontwikkelen we een innovatiecentrum …" under
    # "Wat gaan we daarvoor doen?"
    text = (
        "4 Werken\n\n4.3 Wat gaan we daarvoor doen?\n\nW2 Innovatiecentrum Circulaire Maakindustrie\n"
        "Rond de Kamper composietbedrijven ontwikkelen we een innovatiecentrum waar bedrijven en scholen\n"
        "samen werken aan recycling.\n\n"
        "W5 Vitale binnensteden\nIn Steenwijk en Ommen starten wij transformatieprojecten voor leegstaande winkels.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Rond de Kamper") for a in actions)
    assert any(a.startswith("In Steenwijk en Ommen") for a in actions)
    # counter-example: the same coded titles outside a measures section make no measures of what we say
    plain = text.replace("4.3 Wat gaan we daarvoor doen?", "4.3 Terugblik")
    assert not any(a.startswith("Rond de Kamper") for a in _texts(plain, "action"))


def test_a_body_that_took_a_motion_or_adopted_a_plan_told_in_a_clause_is_a_decision() -> None:
    _sentences_typed(
        "decision",
        (
            "Provinciale Staten van Overijssel namen op 8 april 2026 een motie aan over de kleine kernen.",
            "In de Strategische Koers 2040, die het algemeen bestuur in 2024 vaststelde, staat de ambitie.",
            "Het is de vierde rapportage sinds uw raad op 5 juli 2022 de Woonvisie vaststelde.",
        ),
        # counter-examples: a body noticing, and names taken that are no motion
        (
            "Het college vaststelde dat de middelen niet toereikend waren voor de opgave.",
            "De raden namen kennis van de evaluatie van het fonds.",
        ),
    )


def test_a_motion_carried_out_or_closed_is_no_decision_but_its_adoption_is() -> None:
    for sentence in (
        "Hiermee geven wij uitvoering aan motie M-2025-12 (zie hoofdstuk 6).",
        "Conform motie M7 wordt per 1 januari 2027 een zorgverlenersvergunning ingevoerd in alle zones.",
        "Wij beschouwen motie M-2024-37 daarom als afgedaan.",
        "Het verbeterplan waar motie M2025-19 om vraagt, leggen wij in september 2026 aan de Staten voor.",
        "Ter uitvoering van motie M-2024-031 leggen we in het omgevingsplan een minimumpercentage vast.",  # dev48
    ):
        found = classify_sentence(sentence)
        assert found is None or found[1] != "decision", sentence
    # counter-examples: the adoption of a motion, and the seed corpus's "de uitvoering van de motie Hartveilig"
    assert classify_sentence("De motie Wolbert is op 7 november 2019 aangenomen.") == (
        "decision_instrument",
        "decision",
    )
    assert classify_sentence("Ook de uitvoering van de motie Hartveilig (M2015-28) draagt hieraan bij.") == (
        "decision_instrument",
        "decision",
    )


def test_things_counted_are_no_adoption_but_a_text_adopted_is() -> None:
    # dev48 and dev24: "In 2024 zijn 63 aanvallen … vastgesteld", "… zijn 46 knelpuntwegvakken vastgesteld …"
    for sentence in (
        "In 2024 zijn 63 aanvallen op landbouwhuisdieren vastgesteld.",
        "Met die definitie zijn 46 knelpuntwegvakken vastgesteld met een totale lengte van 71 kilometer.",
    ):
        found = classify_sentence(sentence)
        assert found is None or found[1] != "decision", sentence
    # counter-examples: a text adopted, with its date or its year
    assert classify_sentence("De begroting 2026 werd in november 2025 vastgesteld met een positief saldo.") == (
        "decision_adopted",
        "decision",
    )
    assert classify_sentence("In 2019 is de Woonvisie 2020-2025 vastgesteld.") == ("decision_adopted", "decision")


def test_a_text_put_before_a_body_to_adopt_and_a_decision_to_be_taken_are_planned_decisions() -> None:
    _sentences_typed(
        "decision",
        (
            "Het college legt de Grondexploitatie uiterlijk in het tweede kwartaal van 2026 ter vaststelling voor aan "
            "de gemeenteraad.",
            "Het plan wordt ter vaststelling aan de raad voorgelegd.",
            "Het project is in planuitwerking; het projectbesluit wordt in 2026 genomen.",
            "Een besluit hierover nemen wij uiterlijk in het vierde kwartaal van 2025.",
        ),
        # counter-examples: our proposal's lead-in to the council, and a decision that was only discussed
        ("Wij leggen u ter vaststelling voor:", "Het besluit over de woonvisie is in de commissie besproken."),
    )


def test_a_row_between_bars_wrapped_inside_a_cell_is_one_row_of_its_action_table() -> None:
    # dev46: the first row's planning cell wrapped to the next line ("openstelling" / "1 januari 2027 | € …")
    text = (
        "4 Programmalijn 2\n\nTabel 3  Actietabel programmalijn 2\n"
        "Actie | Trekker | Partners | Planning | Budget\n"
        "Stimuleringsregeling Wonen in de Dorpen | Provincie | gemeenten, corporaties | openstelling\n"
        "1 januari 2027 | € 10.000.000\n"
        "Flexpool projectleiders wonen | Provincie | 18 gemeenten | 2027–2030 | € 1.600.000\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Stimuleringsregeling Wonen in de Dorpen") and "10.000.000" in a for a in actions)
    assert any(a.startswith("Flexpool projectleiders wonen") for a in actions)
    # counter-example: two whole rows, each with all its bars, stay two rows
    from kb.tags.lists import _bar_rows

    rows = [(0, "A | B | C | 2027 | € 1"), (30, "D | E | F | 2028 | € 2")]
    assert _bar_rows(rows, 4) == rows


def test_an_action_table_one_cell_per_line_whose_planning_cells_are_words_reads_its_rows_by_their_money() -> None:
    # dev46: "gebiedsprogramma's vastgesteld Q4 2027", "openstelling 1 april 2027, jaarlijks" in the Planning column
    text = (
        "5 Programmalijn 3\n\nTabel 4  Actietabel programmalijn 3 (bedragen in €)\n\n"
        "Actie\nTrekker\nPartners\nPlanning\nBudget\n\n"
        "Gebiedsprocessen vier gebieden\nProvincie\nWetterskip, gemeenten, LTO Noord\n"
        "gebiedsprogramma's vastgesteld Q4 2027\n4.000.000\n\n"
        "Regeling Omschakeling en Extensivering\nProvincie\nagrarische ondernemers, RVO\n"
        "openstelling 1 april 2027, jaarlijks\n12.000.000\n\n"
        "Boer yn Beweging\nLTO Noord\nProvincie, agrarische collectieven\n2027–2029\n2.000.000\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Gebiedsprocessen vier gebieden") for a in actions)
    assert any(a.startswith("Regeling Omschakeling en Extensivering") for a in actions)
    assert any(a.startswith("Boer yn Beweging") for a in actions)
    # counter-example: the same cells without a money column to close the rows give no rows read by money
    no_money = text.replace("Budget\n", "").replace("\n4.000.000", "").replace("\n12.000.000", "")
    assert not any(a.startswith("Gebiedsprocessen") and "4.000.000" in a for a in _texts(no_money, "action"))


def test_an_action_table_one_cell_per_line_with_blank_lines_between_rows_reads_every_row() -> None:
    # dev46: planning cells no anchor reads ("jaarlijks; koopstromen 2028 en 2031", "ontwerp 2027, uitvoering
    # 2028") and a row broken by a page break; the rows stand apart by blank lines
    text = (
        "B2 Uitvoeringsprogramma\n\nB2.1 Acties\n\nActie\nTrekker\nPartners\nPlanning\nBudget\n\n"
        "Gevelfonds Binnenstad\nGemeente (Erfgoed)\neigenaren, Duurzaamheidsloket\n2027–2030\n€ 150.000 per jaar\n\n"
        "Monitoring en onderzoek (passanten, leegstand)\nGemeente (Onderzoek)\n\nBinnenstadscoöperatie\n"
        "jaarlijks; koopstromen 2028 en 2031\n€ 340.000\n\n"
        "Herinrichting Voorstreek\nGemeente (Openbare Ruimte)\nbewoners, ondernemers\nontwerp 2027, uitvoering 2028\n"
        "€ 3.200.000\n\n"
        "Programma Wijkwinkelcentra\nGemeente (Wijkzaken)\neigenaren\n2027–2032\n€ 100.000 per jaar\n"
    )
    actions = _texts(text, "action")
    for name in ("Gevelfonds Binnenstad", "Monitoring en onderzoek", "Herinrichting Voorstreek", "Programma Wijk"):
        assert any(a.startswith(name) for a in actions), name
    # counter-example: a block with more lines than the header has cells ends the table; nothing after it is a row
    longer = text.replace("Herinrichting Voorstreek\n", "Herinrichting Voorstreek\nfase 1\nfase 2\n")
    assert not any(a.startswith("Programma Wijk") for a in _texts(longer, "action"))


def test_a_row_of_money_per_measure_that_names_a_measure_listed_before_is_no_new_action() -> None:
    # dev46: the action table, then "Budget per actie per jaar (x € 1.000)" restating the same measures
    head = (
        "B2 Uitvoeringsprogramma\n\nB2.1 Acties\n\nActie\nTrekker\nPartners\nPlanning\nBudget\n\n"
        "Gevelfonds Binnenstad\nGemeente (Erfgoed)\neigenaren, Duurzaamheidsloket\n2027–2030\n€ 150.000 per jaar\n\n"
        "Startersregeling Begjin\nGemeente (Economie)\nondernemers\n2027–2032\n€ 80.000 per jaar\n\n"
    )
    money = (
        "B2.2 Budget per actie per jaar (x € 1.000)\n\n"
        "Nr  Maatregel                 2027   2028   2029   2030   Totaal\n"
        "1   Gevelfonds Binnenstad      150    150    150    150      600\n"
        "2   Kapitaallasten herinrichting 0    144    144    144      432\n"
    )
    typed = _typed(head + money)
    assert not any(t == "action" and x.startswith("1 Gevelfonds Binnenstad:") for t, x in typed)
    assert any(t == "budget" and x.startswith("1 Gevelfonds Binnenstad:") for t, x in typed)
    # counter-example: a row naming a measure listed nowhere before stays a measure of its own
    assert any(t == "action" and x.startswith("2 Kapitaallasten herinrichting") for t, x in typed)


def test_a_row_of_money_per_measure_with_the_code_of_a_measure_listed_before_is_no_new_action() -> None:
    # dev54: "A1 Herinrichten zes gebiedsontsluitingswegen …" in the action table, "A1 Herinrichting
    # gebiedsontsluitingswegen  950 …" in the investment table: the money table names the measure more briefly
    from types import SimpleNamespace

    from kb.tags.drafts import Draft
    from kb.tags.tagger import _restated_measures

    listed = "A1 Herinrichten zes gebiedsontsluitingswegen tot 30 km/u  team Mobiliteit  2027–2030\n"
    rows = "A1 Herinrichting gebiedsontsluitingswegen   950   1.550\nB7 Kapitaallasten herinrichting   0   144\n"
    text = listed + "\n" + rows
    first, second = len(listed) + 1, len(listed) + 1 + rows.index("B7")
    drafts = [
        Draft("action", 0, len(listed) - 1, "s1", text="Herinrichten zes gebiedsontsluitingswegen", rule="cell_table"),
        Draft(
            "action",
            first,
            second - 1,
            "s2",
            text="A1 Herinrichting gebiedsontsluitingswegen",
            rule="measure_table_row",
        ),
        Draft("action", second, len(text) - 1, "s2", text="B7 Kapitaallasten herinrichting", rule="measure_table_row"),
    ]
    kept = [d.text for d in _restated_measures(SimpleNamespace(text=text), drafts)]  # type: ignore[arg-type]
    assert "A1 Herinrichting gebiedsontsluitingswegen" not in kept
    assert "B7 Kapitaallasten herinrichting" in kept  # counter-example: a code named nowhere before


def test_the_indicators_under_a_measures_header_are_no_measures() -> None:
    # dev46: "Indicatoren programmalijn 5" over what is counted, inside "Wat gaan we doen?"
    text = (
        "5 Programmalijn 5\n\nWat gaan we doen?\n\n• Openen van een regeling voor werkhubs;\n\n"
        "Wij stimuleren flexwerkplekken in dorpshuizen.\n\n"
        "Indicatoren programmalijn 5\n•  aantal werkhubs en flexwerkplekken in dorpen;\n•  m² verwijderd asbestdak;\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Openen van een regeling") for a in actions)
    assert not any(a.startswith("aantal werkhubs") for a in actions)
    # counter-example: the same points under the measures header are measures
    plain = text.replace("Indicatoren programmalijn 5\n", "")
    assert any(a.startswith("aantal werkhubs") for a in _texts(plain, "action"))


def test_a_sentence_that_leads_in_to_goals_is_no_goal_itself() -> None:
    text = (
        "3 Ambitie\n\nDaarnaast streven we naar:\n\n"
        "• In 2030 woont ten minste 85% van de inwoners binnen 15 minuten van een bushalte;\n"
    )
    goals = _texts(text, "goal")
    assert not any(g.startswith("Daarnaast streven we naar") for g in goals)
    # counter-example: the same aim stated whole is a goal
    assert any(
        g.startswith("Daarnaast streven we naar een")
        for g in _texts(
            "3 Ambitie\n\nDaarnaast streven we naar een bushalte binnen 15 minuten voor 85% van de inwoners.\n", "goal"
        )
    )


def test_a_table_of_the_bodies_that_adopted_a_plan_with_their_dates_gives_one_decision_per_body() -> None:
    # dev34: "Aldus besloten in de vergaderingen van de colleges van:" over "Gemeente  datum collegebesluit"
    text = (
        "7 Besluit\n\nAldus besloten in de vergaderingen van de colleges van:\n\n"
        "Gemeente           datum collegebesluit\nBlaricum           1 december 2026\n"
        "Gooise Meren       1 december 2026\nWijdemeren         15 december 2026\n"
    )
    decisions = _texts(text, "decision")
    assert "Gooise Meren 1 december 2026" in decisions
    assert "Wijdemeren 15 december 2026" in decisions
    # counter-examples: a front page's field with its own date opens no such table, nor is a signature a row
    from kb.tags.lists import _adopter_row
    from kb.tags.rules import ADOPTERS_TABLE_HEADER

    assert ADOPTERS_TABLE_HEADER.match("Datum collegebesluit   29 september 2026") is None
    assert not _adopter_row("Hilversum, 15 december 2026")


def test_the_states_asking_us_addressed_as_u_is_a_request_to_gs_and_a_council_asking_its_college_a_request() -> None:
    sentence = 'In de motie "Fierder mei de doarpen" heeft u ons gevraagd tijdig een vervolgprogramma voor te leggen.'
    assert classify_sentence(sentence) == ("gs_reported", "request_gs")
    text = "2 Aanleiding\n\n" + sentence + "\n"

    def types(level: str) -> set[str]:
        meta = DocumentMeta(id="proef", code="TST", title="Proefnota", issuer="Proef", level=level)
        parsed = ingest_text(text, meta, "proef.txt")
        return {i.type for i in tag_document(parsed).items if i.text.startswith("In de motie")}

    assert "request_gs" in types("provincie")
    assert "request" in types("gemeente") and "request_gs" not in types("gemeente")
    # counter-example: we asking them
    found = classify_sentence("Wij hebben u in maart gevraagd om een reactie op het ontwerp.")
    assert found is None or found[1] != "request_gs"


def test_what_will_be_started_and_a_report_s_we_have_lead_in_open_lists_of_actions() -> None:
    from kb.tags.rules import list_header

    for lead_in in ("Na ondertekening wordt gestart met:", "In 2027 starten wij met:"):
        assert list_header(lead_in) == ("action_lead_in", "action"), lead_in
    # dev42: "Wij hebben:" under "Wat hebben we daarvoor gedaan?", its bullet signs on lines of their own
    report = (
        "Programma 2 Jeugd\n\nWat hebben we daarvoor gedaan?\n\nWij hebben:\no\n"
        "voor alle vijftien gemeenten een factsheet Gezondheidsmonitor Jeugd gepubliceerd;\no\n"
        "43 scholen begeleid bij het behalen van het Gezonde School-vignet.\n"
    )
    actions = _texts(report, "action")
    assert any(a.startswith("voor alle vijftien gemeenten een factsheet") for a in actions)
    # counter-examples: a start that names no list, and "Wij hebben:" outside a report of what was done
    assert list_header("Wij zijn in 2026 gestart met de bouw.") is None
    plain = report.replace("Wat hebben we daarvoor gedaan?", "Organisatie")
    assert not any(a.startswith("voor alle vijftien gemeenten") for a in _texts(plain, "action"))


def test_an_investment_plan_s_projects_are_actions_and_its_proposal_for_adoption_holds_none() -> None:
    text = """Meerjareninvesteringsplan 2027-2030

3 Onderwijshuisvesting

3.1 Nieuwbouw IKC Noord
De school is te klein en verouderd. Wij realiseren daarom een nieuw integraal kindcentrum voor 450 leerlingen.
Jaarlijks verduurzamen wij een aantal bestaande schoolgebouwen die nog minimaal 20 jaar meegaan.

10 Raadsvoorstel en ontwerpbesluit

10.4 Argumenten
Het uitvoeringskrediet leggen wij na vaststelling van het definitief ontwerp aan uw raad voor.

10.7 Communicatie
Na vaststelling informeren wij de schoolbesturen en bewoners over de planning.
"""
    items = tag_document(_hand_made(text, title="Meerjareninvesteringsplan 2027-2030")).items
    actions = [i.text for i in items if i.type == "action"]
    assert any(a.startswith("Wij realiseren daarom een nieuw integraal kindcentrum") for a in actions)
    assert any(a.startswith("Jaarlijks verduurzamen wij") for a in actions)
    # counter-examples: the proposal that offers the plan states procedure, not projects
    assert not any("uitvoeringskrediet" in a or "informeren wij" in a for a in actions)
    # … and a programme's own title is no investment plan when a chapter of it only lists investments
    from kb.tags.rules import INVESTMENT_PLAN_TITLES

    assert INVESTMENT_PLAN_TITLES.match("Investeringsprogramma Regio Foodvalley 2027-2030")
    assert INVESTMENT_PLAN_TITLES.match("Regionale Investeringsagenda 2027–2031 – Samen investeren")
    assert not INVESTMENT_PLAN_TITLES.match("Mobiliteitsprogramma 2026-2030, met investeringsprogramma")


def test_a_row_of_a_measures_money_table_that_names_only_its_code_is_a_budget_not_an_action() -> None:
    # (dev52: the cost table under a pijler's measures, read on from its "Acties en planning" table)
    text = "Acties en planning pijler 2\n2.1 | 270 | 270 | 270 | 270 | 1.080\n2.2 | 300 | 300 | 250 | 250 | 1.100\n"
    items = tag_document(_hand_made(text)).items
    assert not [i.text for i in items if i.type == "action"]
    # counter-example: a row that names its measure is one
    named = text.replace("2.1 |", "2.1 Vroegsignalering |").replace("2.2 |", "2.2 Geldpunten |")
    actions = [i.text for i in tag_document(_hand_made(named)).items if i.type == "action"]
    assert [a.split(" |")[0] for a in actions] == ["2.1 Vroegsignalering", "2.2 Geldpunten"]


def test_the_front_matter_of_a_programme_before_its_first_heading_holds_no_measures() -> None:
    # (dev54: the raadsvoorstel that opens an uitvoeringsprogramma, with no heading of its own)
    body = (
        "Verkeersveiligheid is een gedeelde opgave van gemeente, provincie, politie en scholen, en het aantal\n"
        "ernstig verkeersgewonden daalt al jaren niet; in dit hoofdstuk staat wat er speelt en wat wij willen\n"
        "bereiken, met welke partners wij daarbij samenwerken en hoe wij de voortgang volgen en daarover\n"
        "verantwoording afleggen aan de gemeenteraad, elk jaar opnieuw in de begroting en het jaarverslag.\n\n"
    )
    text = (
        "Onderwerp: Vaststelling Uitvoeringsprogramma Verkeersveiligheid 2027-2030\n\n"
        "Argumenten\nMet het programma maken we optimaal gebruik van externe middelen.\n\n"
        f"1 Inleiding\n\n{body}2 Veilige infrastructuur\n\n{body}"
        "Op 23 kilometer wegen verlagen we de snelheid naar 30 km/u.\n\n"
        f"3 Monitoring\n\n{body}"
    )
    items = tag_document(_hand_made(text, title="Uitvoeringsprogramma Verkeersveiligheid 2027-2030")).items
    actions = [i.text for i in items if i.type == "action"]
    assert any(a.startswith("Op 23 kilometer wegen verlagen we") for a in actions)  # a measure of the programme
    # counter-example: the proposal before its first heading states the author's intent, no measure
    assert not any("externe middelen" in a for a in actions)
    assert any(i.type == "commitment" and "externe middelen" in i.text for i in items)


def test_an_action_table_with_its_header_between_bars_and_its_cells_one_per_line_reads_every_row() -> None:
    # dev56: "Actie | Trekker | Partners | Planning | Budget" on one line, each row's cells one per line below it,
    # rows apart by blank lines, running text after the table
    text = (
        "9.1 Uitvoeringsprogramma\n\nTabel 8. Actieprogramma 2027–2028\n"
        "Actie | Trekker | Partners | Planning | Budget\n\n"
        "Opstellen objectpaspoorten voor alle 103 objecten\nVastgoed en Facilitair\nbeleidsafdelingen, huurders\n"
        "Q1–Q4 2027\nbinnen bestaand budget\n\n"
        "Voorlopig ontwerp IKC Kersenboogerd\nOnderwijs\nStichting Westfriese Basisscholen\nQ2 2027\n"
        "€ 620.000 (voorbereidingskrediet)\n\n"
        "9.2 Monitoring en evaluatie\nJaarlijks bieden wij de raad de Vastgoedmonitor aan. Daarin rapporteren wij\n"
        "op de volgende indicatoren: de conditie van de objecten en hun bezetting.\n"
    )
    actions = _texts(text, "action")
    assert any(a.startswith("Opstellen objectpaspoorten") for a in actions)
    assert any(a.startswith("Voorlopig ontwerp IKC Kersenboogerd") for a in actions)
    assert not any("Vastgoedmonitor" in a for a in actions)  # counter-example: the running text after the table
    # … and a line between bars that names no measure and no period or money opens no table
    from kb.tags.lists import _bar_header

    assert not _bar_header("Object | Wijk | Oppervlakte")


def test_a_measure_told_as_a_card_is_one_action_from_its_paragraph_to_its_fields() -> None:
    # dev56: "Activiteit 3.2 – Title", a paragraph of nominalised work, then "Trekker: … Partners: … Planning: …
    # Budget: …"
    text = (
        "4.3 Programmalijn 3\n\nActiviteit 3.2 – Herstellen van kruidenrijk grasland en landschapselementen\n"
        "Ondersteunen van de aanleg van kruidenrijk grasland en het herstel van houtwallen,\n"
        "elzensingels en dobben, met name in de Noardlike Fryske Wâlden en in Gaasterlân.\n"
        "Trekker: agrarische collectieven. Partners: Provincie, Landschapsbeheer Fryslân. Planning:\n"
        "2027–2030. Budget: € 2.000.000.\n\n"
        "Het totale budget voor programmalijn 3 bedraagt daarmee € 9,0 miljoen.\n"
    )
    actions = _texts(text, "action")
    assert len(actions) == 1 and actions[0].startswith("Ondersteunen van de aanleg van kruidenrijk grasland")
    assert "Budget: € 2.000.000." in actions[0] and "totale budget" not in actions[0]
    # counter-example: without the card's fields, a labelled title over a paragraph makes no action of it
    plain = text.replace(
        "Trekker: agrarische collectieven. Partners: Provincie, Landschapsbeheer Fryslân. Planning:\n", ""
    )
    plain = plain.replace("2027–2030. Budget: € 2.000.000.\n", "")
    assert not _texts(plain, "action")


def test_a_table_of_what_property_is_worth_holds_no_budgets() -> None:
    # dev56: a municipality's property portfolio with book and WOZ values
    rows = (
        "Sportaccommodaties                       24     38.500          31,4           52,6\n"
        "Wijk- en buurtaccommodaties              11      9.800           6,2           14,9\n"
        "Cultuur                                   9     21.400          24,8           38,1\n"
    )
    header = (
        "Categorie                           Aantal    m2 bvo     Boekwaarde     WOZ-waarde\n"
        "                                   objecten              (€ mln)        (€ mln)\n"
    )
    text = f"2 Vastgoed\n\nTabel 1. Gemeentelijke vastgoedportefeuille per 1 januari 2026\n\n{header}{rows}"
    assert not _texts(text, "budget")
    # counter-example: the same rows under a header of what is budgeted are budgets
    budgeted = text.replace("Boekwaarde     WOZ-waarde", "Investering    Budget    ")
    assert _texts(budgeted, "budget")


def test_a_sentence_that_points_to_the_chapters_naming_an_ambition_is_no_goal() -> None:
    # dev58: a reading guide names "onze ambitie" in passing
    guide = "1 Inleiding\n\nHoofdstuk 2 schetst het veiligheidsbeeld, hoofdstuk 3 onze ambitie en de prioriteiten.\n"
    assert not _texts(guide, "goal")
    # counter-example: the ambition itself
    own = "3 Ambitie\n\nOnze ambitie is dat Fryslân in 2030 een veilige regio is voor iedereen die er woont en werkt.\n"
    assert _texts(own, "goal")


def test_a_decision_carries_what_it_makes_due_but_not_its_own_date_or_a_title() -> None:
    text = (
        "1 Voorstel\n\nBeslispunten\n"
        "1. Het college op te dragen de Bomenverordening uiterlijk in het derde kwartaal van 2027 te herzien.\n"
        "2. De Nota Dierenwelzijn 2019–2023 in te trekken met ingang van 1 januari 2027.\n"
        "3. Het Uitvoeringsprogramma Mobiliteit 2027–2030 vast te stellen.\n"
        "4. De begrotingswijziging 2026-17 vast te stellen.\n"
    )
    decisions = [i for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert [d.deadline for d in decisions] == [
        "uiterlijk in het derde kwartaal van 2027",
        "met ingang van 1 januari 2027",  # not the withdrawn note's 2019–2023
        None,  # a programme's period in its title is no deadline
        None,  # nor is a budget change's number
    ]


def test_a_deadline_said_to_be_due_comes_before_a_bare_year_and_a_motion_number_is_no_period() -> None:
    text = (
        "1 Opdrachten\n\nWij vragen Gedeputeerde Staten:\n"
        "• om het Uitvoeringsprogramma 2027–2030 uiterlijk in het tweede kwartaal van 2029 te evalueren;\n"
        "• om de motie M-2025-44 uit te voeren.\n"
    )
    requests = [i for i in tag_document(_hand_made(text)).items if i.type == "request_gs"]
    assert [r.deadline for r in requests] == ["uiterlijk in het tweede kwartaal van 2029", None]
    # counter-example: without a due phrase the year still dates the item
    plain = "1 Opdrachten\n\nWij vragen Gedeputeerde Staten:\n• om de dijk in 2028 te versterken;\n"
    assert [i.deadline for i in tag_document(_hand_made(plain)).items if i.type == "request_gs"] == ["in 2028"]


def test_who_decides_a_decision_and_who_asks_gs() -> None:
    text = (
        "1 Voorstel\n\nBeslispunten\n"
        "1. Het college op te dragen de verordening uiterlijk in 2027 te herzien.\n"
        "2. De Woonvisie 2027 vast te stellen.\n"
    )
    municipal = DocumentMeta(id="g", code="GEM", title="Raadsvoorstel", issuer="Gemeente Proefdorp", level="gemeente")
    decisions = [i for i in tag_document(ingest_text(text, municipal, "g.txt")).items if i.type == "decision"]
    # the college is instructed, so the council decides; with no body named, the council adopts a municipal proposal
    assert [d.actor for d in decisions] == ["gemeenteraad", "gemeenteraad"]
    unknown = [i.actor for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    assert unknown == ["gemeenteraad", None]  # a document of no known level: nobody is guessed
    provincial = DocumentMeta(
        id="p", code="PRV", title="Statenvoorstel", issuer="Gedeputeerde Staten", level="provincie"
    )
    points = (
        "1 Besluit\n\nBeslispunten\n1. Provinciale Staten via een Statenbrief te informeren over de uitvoering.\n"
        "2. Het programma Natuur 2027 vast te stellen.\n\nWij vragen Gedeputeerde Staten:\n"
        "• om jaarlijks te rapporteren over de voortgang.\n"
    )
    items = tag_document(ingest_text(points, provincial, "p.txt")).items
    # the States are informed, so the executive decides; a request to GS is the States' whatever the author
    assert [i.actor for i in items if i.type == "decision"] == ["Gedeputeerde Staten", "Provinciale Staten"]
    assert {i.actor for i in items if i.type == "request_gs"} == {"Provinciale Staten"}
    # a body that says it decided is the decider
    stated = "1 Besluiten\n\nBeslispunten\n1. Vastgesteld door het algemeen bestuur op 3 juli 2026.\n"
    assert [i.actor for i in tag_document(_hand_made(stated)).items if i.type == "decision"] == ["algemeen bestuur"]


def test_who_asks_a_request_from_its_item_or_its_lead_in() -> None:
    municipal = DocumentMeta(id="g", code="GEM", title="Moties", issuer="Gemeente Proefdorp", level="gemeente")
    text = (
        "1 Moties\n\nMotie M1 Dorpsbudgetten\nDe raad, in vergadering bijeen,\n"
        "constaterende dat de dorpen klein zijn;\n"
        "verzoekt het college:\n• per dorp een budget voor initiatieven te reserveren;\n"
        "• de raad vóór 1 juli 2027 te informeren.\n\n"
        "2 Lobby\n\nWij vragen het Rijk om:\n• de Woningbouwimpuls na 2027 voort te zetten;\n"
        "• de regels voor de OZB te moderniseren.\n"
    )
    requests = [i for i in tag_document(ingest_text(text, municipal, "g.txt")).items if i.type == "request"]
    askers = [(i.text.split()[1], i.actor, i.addressee) for i in requests]
    assert askers == [
        # the motion's dictum names no asker: the council instructs its college (not "de raad" it is to inform)
        ("dorp", "gemeenteraad", "college van B&W"),
        ("raad", "gemeenteraad", "college van B&W"),
        # "Wij vragen het Rijk om:" is the author's request
        ("Woningbouwimpuls", "Gemeente Proefdorp", "Rijk"),
        ("regels", "Gemeente Proefdorp", "Rijk"),
    ]
    # counter-example: a party named in the request itself is the asker, whatever the lead-in
    own = "1 Reacties\n\nDe Dorpsraad vraagt het college om een extra bushalte in Proefdorp.\n"
    found = [i.actor for i in tag_document(ingest_text(own, municipal, "g.txt")).items if i.type == "request"]
    assert found == ["Dorpsraad"]


def test_an_undertaking_to_report_is_made_to_the_council_it_names_or_answers_to() -> None:
    provincial = DocumentMeta(id="p", code="PRV", title="Programma", issuer="Gedeputeerde Staten", level="provincie")
    text = (
        "6 Monitoring\n\nWij informeren uw Staten jaarlijks via de voortgangsrapportage over de uitvoering.\n"
        "Wij leggen de evaluatie in 2029 voor aan het algemeen bestuur van het waterschap.\n"
        "Over de voortgang rapporteren wij jaarlijks vóór 1 juli.\n"
        "Wij zetten de samenwerking met de waterschappen voort.\n"
    )
    commitments = [i for i in tag_document(ingest_text(text, provincial, "p.txt")).items if i.type == "commitment"]
    # "uw Staten", or no one named, is the council a province's document answers to; a body it names is that body
    assert [i.addressee for i in commitments[:3]] == ["Provinciale Staten", "algemeen bestuur", "Provinciale Staten"]
    # counter-example: an undertaking that accounts to nobody has no addressee
    assert commitments[3].text.startswith("Wij zetten") and commitments[3].addressee is None
    # … nor does steering ("sturen" sends only with "te", "u" or "aan/naar" someone)
    assert not ACCOUNTS_TO.search("Bij initiatieven van dorpen gaan wij faciliteren en niet sturen.")
    assert ACCOUNTS_TO.search("Wij zeggen toe u jaarlijks een voortgangsrapportage te sturen.")


def test_a_decision_is_dated_by_its_own_date_else_by_the_resolution_it_belongs_to() -> None:
    text = (
        "1 Besluit\n\nDe raad van de gemeente Proefdorp;\n\nbesluit:\n"
        "1. De Woonvisie 2027-2035 vast te stellen.\n"
        "2. Het college op te dragen de raad vóór 1 juli 2027 te informeren over de uitvoering.\n"
        "3. Kennis te nemen van het besluit van Provinciale Staten van 2 juli 2025 over de woondeal.\n\n"
        "Aldus besloten in de openbare vergadering van 11 december 2025.\n"
    )
    dates = [i.date for i in tag_document(_hand_made(text)).items if i.type == "decision"]
    # the resolution's signature dates its points; a date a point makes due is no date of the decision; a full date
    # in the point's own words is its own
    assert dates[:3] == ["11 december 2025", "11 december 2025", "2 juli 2025"]
    # counter-example: with no signature or meeting named, the date a point makes due still does not date it
    unsigned = text.replace("Aldus besloten in de openbare vergadering van 11 december 2025.\n", "")
    assert [i.date for i in tag_document(_hand_made(unsigned)).items if i.type == "decision"][1:3] == [
        None,
        "2 juli 2025",
    ]


def test_a_label_glossed_in_brackets_still_governs_its_list() -> None:
    # dev60: "3. Wat willen we bereiken? (beoogd effect)" over "… Concreet betekent dit:" and its bullets
    folder = REPO / "eval" / "documents" / "dev60"
    path = folder / "hethogeland_woonvisie_2025-2035.txt"
    documents, _ = parse_file(path, load_catalogue(folder / "catalogue.toml"), path.name)
    goals = {i.line_start for parsed in documents for i in tag_document(parsed).items if i.type == "goal"}
    assert {65, 67, 71} <= goals  # "tot en met 2030 komen er netto 1.200 woningen bij", "het aandeel jongeren …"
    assert list_header("Wat willen we bereiken? (beoogd effect)") == list_header("Wat willen we bereiken?")
    # counter-example: a bracketed gloss does not make any heading a label
    assert list_header("Inleiding (leeswijzer)") is None


def test_the_states_request_told_in_the_present_to_gs_is_a_request_to_gs() -> None:
    # dev60: a Statenvoorstel tells what a motion asks: "Daarin verzoekt u ons … voor te leggen"
    typed = _typed(
        "1 Aanleiding\n\nOp 10 juli 2024 hebben uw Staten motie M-2024-31 aangenomen. Daarin verzoekt u ons uiterlijk"
        " eind 2025 een samenhangend programma voor de leefbaarheid van kleine kernen voor te leggen.\n"
    )
    assert any(kind == "request_gs" and "verzoekt u ons" in found for kind, found in typed)
    # counter-example: the author asking the States is no request to GS
    asking = _typed("1 Voorstel\n\nWij verzoeken u in te stemmen met het programma Libbene Doarpen 2026–2029.\n")
    assert not any(kind == "request_gs" for kind, _ in asking)


def test_carrying_out_several_motions_is_no_decision() -> None:
    said = (
        "1 Aanleiding\n\nMet dit voorstel geven wij uitvoering aan beide moties en aan de afspraak in het "
        'coalitieakkoord "Mei-inoar foar Fryslân" 2023–2027 om de bestaande regelingen te bundelen.\n'
    )
    assert not any(kind == "decision" for kind, _ in _typed(said))
    # counter-example: a motion cited as adopted still is one
    adopted = "1 Aanleiding\n\nDe raad heeft motie M-2024-31 op 10 juli 2024 aangenomen.\n"
    assert any(kind == "decision" for kind, _ in _typed(adopted))


def test_each_row_of_a_table_of_the_states_requests_is_a_request_to_gs() -> None:
    # dev60: "Verzoek van Provinciale Staten | Bron | Invulling" with its columns aligned in the source; each row
    # opens with its source cell ("M-2024-31,") and wraps over a second line
    text = (
        "12.3 Verzoeken van Provinciale Staten\n\nIn onderstaand overzicht geven wij aan hoe wij invulling geven.\n\n"
        "Verzoek van Provinciale Staten              Bron             Invulling in het programma\n"
        "Samenhangend programma leefbaarheid kleine  M-2024-31,       Dit programma, aangeboden in\n"
        "kernen voorleggen, uiterlijk eind 2025      verzoek 1        oktober 2025\n"
        "Regeling voor verduurzaming van             M-2024-31,       Subsidieregeling Dorpshuizen\n"
        "dorpshuizen opnemen                         verzoek 2        (hoofdstuk 6)\n\n"
        "Daarnaast informeren wij u jaarlijks over de voortgang.\n"
    )
    provincial = DocumentMeta(id="p", code="PRV", title="Programma", issuer="Gedeputeerde Staten", level="provincie")
    items = tag_document(ingest_text(text, provincial, "p.txt")).items
    rows = [i for i in items if i.type == "request_gs" and 5 <= i.line_start <= 9]
    assert [(r.type, r.text) for r in rows] == [
        ("request_gs", "Samenhangend programma leefbaarheid kleine kernen voorleggen, uiterlijk eind 2025"),
        ("request_gs", "Regeling voor verduurzaming van dorpshuizen opnemen"),
    ]
    assert rows[0].deadline == "uiterlijk eind 2025"
    # … and the motion each row cites as its source ("M-2024-31, verzoek 1") makes no row a decision
    assert not any(i.type == "decision" and 5 <= i.line_start <= 9 for i in items)
    # counter-example: a council's table of its requests is of requests to the college, not to GS
    municipal = DocumentMeta(id="g", code="GEM", title="Nota", issuer="Gemeente Proefdorp", level="gemeente")
    council = text.replace("Verzoek van Provinciale Staten  ", "Verzoek van de gemeenteraad     ")
    found = tag_document(ingest_text(council, municipal, "g.txt")).items
    assert [i.type for i in found if 5 <= i.line_start <= 9 and i.type.startswith("request")] == ["request", "request"]
