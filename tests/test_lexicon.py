"""Controlled vocabularies: themes, partner names with their variants merged, actors."""

from __future__ import annotations

import pytest

from kb.lexicon import THEME_PATTERNS, canonical_partner, detect_partners, detect_themes, subject_actor

KKNN = "KKNN (Kennisknooppunt Krimp Noord-Nederland)"


@pytest.mark.parametrize(
    "spelling",
    [
        "Kennis Netwerk Krimp Noord Nederland",  # 004 l.937
        "Kenniscentrum Krimp NNL (KKNN)",  # 004 l.2243
        "Kennis Knooppunt Krimp Noord-Nederland",  # 004 l.4088
        "KKNNN",  # 004 l.5079
    ],
)
def test_the_four_spellings_of_the_kknn_are_one_partner(spelling: str) -> None:
    assert detect_partners(f"samen met het {spelling} werken we aan kennis") == (KKNN,)
    assert canonical_partner(spelling) == KKNN


def test_partners_in_order_of_mention() -> None:
    # 003 l.637-638
    text = "De gemeente gaat samen met het DOM en WWMD de gemeenschappelijke thema's uitwerken."
    assert detect_partners(text)[:3] == (
        "gemeenten",
        "DOM (Dorpenoverleg Midden-Drenthe)",
        "WWMD (Welzijnswerk Midden-Drenthe)",
    )


def test_unknown_organisation_is_not_a_partner() -> None:
    assert canonical_partner("Voetbalvereniging De Ballen") is None
    assert detect_partners("Het weer was goed.") == ()


@pytest.mark.parametrize(
    ("theme", "example", "counter"),
    [
        ("wonen", "De gemeente zet sterk in op aantrekkelijk wonen voor jonge gezinnen.", "Wij kiezen voor natuur."),
        ("mobiliteit", "Geef invulling aan Publieke Mobiliteit.", "Wij werken aan onderwijs."),
        ("zorg", "We streven naar kwalitatief goede en bereikbare zorg voor iedereen.", "Zorgvuldig omgaan met grond."),
        ("onderwijs", "Aanpak van laaggeletterdheid.", "Ondersteun de sportclubs."),
        ("sport en bewegen", "Sport om inwoners van Drenthe sociaal te activeren.", "Wij bouwen woningen."),
        ("economie", "Stimuleer innovatieomgevingen voor MKB-bedrijven.", "Wij beschermen drinkwater."),
        ("landbouw", "Toekomstperspectief bieden voor agrarisch ondernemers.", "Versterk de dorpshuizen."),
        ("natuur", "Werk samen met de gebiedspartners in de nationale parken.", "Verbeter het openbaar vervoer."),
        ("water en bodem", "Wij beschermen drinkwater door zorgvuldig gebruik van de bodem.", "Meer sport."),
        ("energie", "Stimuleer de ontwikkeling van energiehubs.", "Werk aan verkeersveiligheid."),
        ("landschap en erfgoed", "Het Drentse landschap en culturele identiteit.", "Voer de monitoring uit."),
        ("leefbaarheid", "Integrale aanpak van krimp en leefbaarheid.", "Stimuleer mestvergisting."),
        ("participatie", "Participatie: samen werken aan de Horizon van Drenthe.", "Werk aan breedband."),
        ("digitale bereikbaarheid", "De realisatie van breedband binnen 4 jaar.", "Bouw een sporthal."),
    ],
)
def test_every_theme_has_an_example_and_a_counter_example(theme: str, example: str, counter: str) -> None:
    assert theme in THEME_PATTERNS
    assert theme in detect_themes(example)
    assert theme not in detect_themes(counter)


def test_minimum_hits_keeps_passing_mentions_out() -> None:
    assert "zorg" not in detect_themes("De zorg voor sport en bewegen staat centraal in sport.", minimum_hits=2)


def test_subject_actor_reads_the_named_subject() -> None:
    assert subject_actor("De gemeente gaat samen met het DOM en WWMD de thema's uitwerken.") == "gemeente"
    assert subject_actor("Wij vragen Gedeputeerde Staten om het Kompas te hanteren.") == "Gedeputeerde Staten"
    assert subject_actor("Het weer in Drenthe is wisselvallig.") is None


def test_village_policy_words_count_as_liveability_and_participation() -> None:
    # 003 l.554-555 and l.736
    assert "leefbaarheid" in detect_themes("We willen samen de leefbaarheid in de dorpen verbeteren.")
    assert "leefbaarheid" in detect_themes("Ondersteuning bieden aan dorpen door de inzet van WWMD.")
    assert "participatie" in detect_themes("de betrokkenheid en participatie van de inwoners bevorderen")
    assert "leefbaarheid" not in detect_themes("Werk aan een verkeersveilige inrichting van de infrastructuur.")
