"""Cleaning: every damage class in CORPUS-NOTES repaired on a real example, with a counter-example, and every
cleaned character still mapped to its source line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.clean import (
    BULLET_START,
    FOOTNOTE_RULE,
    GLUED_FOOTNOTE_MARKER,
    NUMBER_LINE,
    SUBBULLET_START,
    clean_lines,
)
from kb.sources import read_source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def clean(text: str):
    return clean_lines(text.split("\n"))


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def omgevingsvisie():
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    return clean_lines(source.lines, 1, source.pages)


@pytest.fixture(scope="module")
def krimp():
    source = read_source(CORPUS / "004_687bb01d90f8d7d4.txt")
    return clean_lines(source.lines[:3206], 1, source.pages[:3206]), source


# Visible hyphens in 001 that are word breaks (CORPUS-NOTES §1.2 and a full scan of the file).
BROKEN_VISIBLE_001 = (
    "programmaperiode waterschappen maatschappelijke verplichting sturingsfilosofie achterstandssituatie bevolking "
    "infrastructuur verstedelijkingsstrategie uitgangsposities samenhang samenwerking ontwikkeling ontwrichting "
    "ruimtegebruik kwaliteitsdragers samenhangende karakteristieke gebruiksvormen leefbaarheid randvoorwaarden "
    "natuursysteem grondwaterbeschermingsgebieden voedselvoorziening ecologische natuurgebieden maatschappelijke "
    "eenpersoonshuishoudens tweepersoonshuishoudens stadscentra knooppunten programmering mogelijkheden mobiliteit "
    "fietssnelwegen toepassing erftoegangswegen verbondenheid leefomgeving gebiedsontwikkeling verstedelijking "
    "luchtvaart ontwerpers masterplan buurgemeenten belanghebbenden"
).split()
# Words split without a hyphen in 001 (CORPUS-NOTES §1.2 (b) and a full scan of the file).
BROKEN_DROPPED_001 = (
    "uitvoeringsagenda leefomgeving infrastructuur maatregelen prestatieafspraken ruimtegebruik ontwikkelde "
    "beregening waterpeil bodemsysteem natuurgebieden defensietaken netbeheerders moerasgebieden versnippering "
    "Natuurherstelverordening natuurherstel veranderende Beleidsmaatregelen kettingreacties investeringsprogramma "
    "tankinfrastructuur energieprojecten kwaliteitscultuur buitengebieden grondeigenaren leefgebied "
    "laagveengebieden beleefbaar adviesbureaus"
).split()
# Elliptical hyphens and real compounds that must stay as they are.
KEPT_001 = (
    "monitoring- en evaluatieprogramma",
    "Vogel- en Habitatrichtlijn",
    "-energieprojecten",
    "ontwerp-Omgevingsvisie",
)


def test_all_broken_words_of_001_are_joined(omgevingsvisie):
    words = set(re.findall(r"[\w-]+", omgevingsvisie.text))
    missing = [w for w in BROKEN_VISIBLE_001 + BROKEN_DROPPED_001 if w not in words]
    assert missing == []
    assert len(BROKEN_VISIBLE_001) + len(BROKEN_DROPPED_001) >= 75


def test_elliptical_hyphens_of_001_are_kept(omgevingsvisie):
    text = folded(omgevingsvisie.text)
    assert [k for k in KEPT_001 if k not in text] == []
    assert "monitoringen" not in text


def test_visible_hyphen_join_with_counter_examples():
    assert "samenhang tussen" in folded(clean("versterken de samen-\nhang tussen ons").text)
    assert "ecologische verbindingen" in folded(clean("Realiseer ecologi-\nsche verbindingen.").text)
    # elliptical: a hyphen followed by "en" (and a trailing space in the source) stays
    assert "sport- en cultuur" in folded(clean("voor sport- \nen cultuur activiteiten").text)
    assert "monitoring- en evaluatie" in folded(clean("een monitoring-\nen evaluatieprogramma").text)
    # compounds: a capital, a number, an acronym, "niet-" or a vowel clash keep their hyphen
    assert "Noord-Holland" in clean("provincie Noord-\nHolland").text
    assert "2016-2020" in clean("de periode 2016-\n2020 en").text
    assert "CBS-consumentenprijsindex" in clean("de CBS-\nconsumentenprijsindex .").text
    assert "niet-georganiseerde" in clean("ook niet-\ngeorganiseerde inwoners").text
    assert "data-analyse" in clean("voor data-\nanalyse van").text


def test_dropped_hyphen_join_uses_trailing_space_signal_and_words():
    running = "\n".join(f"Dit is gewone regel nummer {i} van de tekst " for i in range(30))
    text = clean(running + "\nwerk samen met net\n\nbeheerders om knelpunten ").text
    assert "netbeheerders" in text
    # counter-example: a normal line end (with its trailing space) before a lower-case word is not joined
    text = clean(running + "\nwerk samen met de \nbeheerders om knelpunten ").text
    assert "debeheerders" not in text
    # without the trailing-space signal only a known compound of a non-word fragment is joined
    assert "ecologische" in clean("een ecologi\nsche verbinding").text
    # … and two real words stay two words when nothing signals a broken line
    assert "netbeheerders" not in clean("werk samen met net\nbeheerders om").text


def test_dropped_hyphen_in_narrow_table_cell(krimp):
    cleaned, source = krimp
    # 004 l.4248-4250 "zorginfrastruct\n\nuur" lies in the third document; run the whole uitvoeringsagenda
    agenda = clean_lines(source.lines[3919:], 3920, source.pages[3919:])
    assert "zorginfrastructuur" in agenda.text
    assert "kwaliteitsverbetering" in agenda.text
    assert "sportactiviteiten" in agenda.text


def test_split_ordinals_are_rejoined(krimp):
    _, source = krimp
    agenda = clean_lines(source.lines[3919:], 3920, source.pages[3919:])
    text = folded(agenda.text)
    assert "Organisatie 3e werkconferentie" in text
    assert "10e editie" in text
    # counter-example: a number at line end followed by a normal word stays as is
    assert "in 2016 zorglandschap" in folded(clean("Organisatie in 2016\nzorglandschap").text)


def test_nbsp_bullets_and_double_spaces():
    text = clean("De\u00a0inwonerspeiling  loopt\n\uf0b7 Inwoners van Drenthe\n•\t Werk samen\n-\t beekdalen").text
    assert text.split("\n") == ["De inwonerspeiling loopt", "• Inwoners van Drenthe", "• Werk samen", "- beekdalen"]
    assert BULLET_START.match("•\t Werk samen") and not BULLET_START.match("Werk • samen")
    # a dash glued to a word is text, not a sub-bullet
    assert SUBBULLET_START.match("-\t beekdalen") and not SUBBULLET_START.match("-energieprojecten")
    # the Wingdings bullets a PDF extraction leaves as private-use characters are bullets too (dev18: "")
    wingdings = clean("\uf0a7 Uitvoeren van het basispakket JGZ\n\uf0d8 Invoeren van een contactmoment").text
    assert wingdings.split("\n") == ["• Uitvoeren van het basispakket JGZ", "• Invoeren van een contactmoment"]


def test_page_numbers_and_footnote_numbers_on_their_own_line_are_dropped(omgevingsvisie):
    assert NUMBER_LINE.match("12 ") and not NUMBER_LINE.match("2035 is ons doel")
    lines = omgevingsvisie.text.split("\n")
    assert "12" not in lines and "13" not in lines and "24" not in lines
    # a detached footnote marker: "zorgaanbod" / "1" / " en"
    assert "Goed georganiseerd zorgaanbod en" in folded(clean("Goed georganiseerd zorgaanbod\n1\n en").text)


def test_a_table_flattened_one_cell_per_line_keeps_its_small_figures():
    raw = "Tabel 2 (x € 1.000)\n2027\n2028\nEffect meicirculaire\n640\n1.180\nStartpositie\n430\n-65\n"
    raw += "\nTekst gaat door.\n\n7\n"
    lines = clean(raw).text.split("\n")
    assert "640" in lines and "430" in lines  # a figure stands right above or below them: table cells
    assert "7" not in lines  # counter-example: a bare number between blank lines is a page number


def test_glued_footnote_markers_are_dropped_and_words_kept():
    assert GLUED_FOOTNOTE_MARKER.sub("", "5. Bereikbare bovenlokale voorzieningen2.") == (
        "5. Bereikbare bovenlokale voorzieningen."
    )
    assert GLUED_FOOTNOTE_MARKER.sub("", "Groningen3 en Friesland4") == "Groningen en Friesland"
    # counter-examples: chemical formulas, codes and quantities keep their digits
    for keep in ("CO2 in de ondergrond", "amendement A2010-2", "Natura 2000-gebieden", "10 m2 grond"):
        assert GLUED_FOOTNOTE_MARKER.sub("", keep) == keep


def test_footnote_bodies_after_the_rule_are_footnotes(krimp):
    cleaned, _ = krimp
    assert FOOTNOTE_RULE.match(" " * 54) and not FOOTNOTE_RULE.match("  ")
    footnotes = [cleaned.text[start:end] for start, end in cleaned.footnotes]
    assert any(f.startswith("1 Amendement A2010-2") for f in footnotes)
    assert any(f.startswith("2 Deze thema") for f in footnotes)
    # the body text right before the rule is not a footnote
    assert not any("Deze uitvoeringsagenda houden we" in f for f in footnotes)


def test_body_text_after_a_footnote_block_ends_the_footnotes(krimp):
    """004 l.3090-3096: footnotes 13 and 14 stand alone at the foot of a page; the next page opens with
    " Het Centraal Bureau voor de Statistiek…" and "Digitalisering" (after footnote 16) — body text, not notes."""
    cleaned, _ = krimp
    footnotes = [cleaned.text[start:end] for start, end in cleaned.footnotes]
    assert any(f.startswith("14 Bron: Investeren in Drenthe") for f in footnotes)
    assert not any("Het Centraal Bureau voor de Statistiek" in f for f in footnotes)
    assert not any(f.strip() == "Digitalisering" for f in footnotes)


def test_double_spaced_blank_lines_are_not_paragraph_breaks():
    lines = ["Met veel waardering heeft het overleg de ", "", "concept woonvisie doorgenomen. De daarin ", ""]
    lines += ["ambities sluiten aan bij de wens ", "", "van de inwoners voor nieuwe woningen. ", ""]
    lines += ["beschreven ambities sluiten goed aan. ", "", "Nieuwe woningen zijn nodig. ", "", "", " ", ""]
    lines += ["Wij realiseren ons dat het een klus is. ", ""]
    text = clean_lines(lines).text
    assert text.count("\n\n") == 1  # only the run of blank lines is a break
    # counter-example: in single-spaced text a blank line is a paragraph break
    assert clean("Eerste alinea.\n\nTweede alinea.").text == "Eerste alinea.\n\nTweede alinea."


def test_page_break_mid_sentence_is_not_a_paragraph_break():
    text = clean("Dat draagt er aan bij dat inwoners van \n\n \n \n\nverschillende generaties samenleven.").text
    assert "\n\n" not in text


def test_repeated_table_headers_are_dropped_once_seen(krimp):
    _, source = krimp
    agenda = clean_lines(source.lines[3919:], 3920, source.pages[3919:])
    assert agenda.text.count("Opgave korte termijn") <= 2
    assert agenda.stats["repeated_header_lines_dropped"] >= 40


def test_every_character_maps_to_its_source_line(omgevingsvisie):
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    assert len(omgevingsvisie.source_map) == len(omgevingsvisie.text)
    index = omgevingsvisie.text.index("samenhang tussen")
    # "samen-" is on l.321 and "hang" on l.322
    assert omgevingsvisie.source_map.lines[index] == 321
    assert omgevingsvisie.source_map.lines[index + 6] == 322
    for position in range(0, len(omgevingsvisie.text), 97):
        character = omgevingsvisie.text[position]
        if character.isalnum():
            assert character in source.lines[omgevingsvisie.source_map.lines[position] - 1]


def test_a_displaced_list_does_not_split_the_sentence_it_interrupted():
    # 003 l.624-631: the "Wat gaan we doen" bullets of another box landed inside a sentence
    lines = [
        "Dit wordt vaak aangeduid met ‘naoberschap’. Dorpen en mensen in de dorpen blijken vitaal te zijn en ",
        " ",
        "• Ondersteuning bieden aan dorpen door de inzet WWMD (opbouw- en jongerenwerker, ",
        "medewerker plattelandsontwikkeling) en gemeente. ",
        " ",
        "• Stimuleren dat dorpsbelangorganisaties met elkaar en onderling in gesprek gaan over hun ",
        "rol en toegevoegde waarde. ",
        " eigenaar te zijn van hun initiatieven. Daarom zijn projecten zoals MOEK succesvol. ",
    ]
    cleaned = clean_lines(lines, 621, [14] * 7 + [15])
    paragraphs = cleaned.text.split("\n\n")
    assert "blijken vitaal te zijn en eigenaar te zijn van hun initiatieven." in folded(paragraphs[0])
    assert paragraphs[1].startswith("• Ondersteuning bieden")
    # the moved words still cite their own source line
    start = cleaned.text.index("eigenaar")
    assert cleaned.source_map.lines[start] == 628


def test_a_list_item_that_wraps_is_not_moved():
    lines = ["De provincie doet het volgende:", "", "• Ondersteun innovatieve oplossingen; gebruik ", "", "subsidies."]
    lines += ["", "• Tweede punt.", "", "verder gaat de tekst hier."]
    text = clean_lines(lines).text
    assert "• Ondersteun innovatieve oplossingen; gebruik\nsubsidies." in text
    assert text.index("Tweede punt") < text.index("verder gaat")


def test_a_lettered_list_under_a_lead_in_is_not_moved_as_the_rest_of_an_interrupted_sentence():
    # a covenant article: a title line, a numbered paragraph, then the next article's lead-in and its lettered points
    lines = [
        "Artikel 6  Duurzaamheid, mobiliteit en openbare ruimte",
        "",
        "1. Partijen werken gezamenlijk een energieconcept uit voor het gehele Plangebied.",
        "",
        "Artikel 7  Verplichtingen van de Gemeente",
        "",
        "1. De Gemeente verplicht zich, met inachtneming van artikel 24, tot:",
        "a) opstellen van een stedenbouwkundig plan voor het gehele Plangebied;",
        "b) verwerven van de gronden die nog niet in eigendom van de Gemeente zijn;",
    ]
    text = clean_lines(lines).text
    assert text.index("Artikel 7") < text.index("a) opstellen") < text.index("b) verwerven")
    # counter-example: a lower-case line that is no list item is still the displaced rest of a sentence
    moved = clean_lines(
        [
            *lines[:2],
            "Partijen werken samen aan een energieconcept voor het gehele",
            "",
            "• Een punt.",
            "",
            "plangebied en de omgeving.",
            "",
        ]
    ).text
    assert "voor het gehele plangebied en de omgeving." in folded(moved)


def test_a_resolution_with_its_grounds_and_points_is_not_moved_into_an_open_sentence_above_it():
    # an amendment quoting its addition, then the board's resolution: "gelet op …;" starts lower-case after a
    # line that ends a clause, but with "besluit:" and its points it is a part of its own, not a sentence's rest
    lines = [
        "Amendement A1: het bestuur besluit het voorstel als volgt te wijzigen: aan beslispunt 1 wordt toegevoegd",
        "‘met dien verstande dat de doelstelling wordt verhoogd van 30 naar 32’. Het amendement is aangenomen.",
        "",
        "BESLUIT",
        "Het algemeen bestuur van Waterschap Proefaa,",
        "gelezen het voorstel van het dagelijks bestuur van 9 november 2027;",
        "gelet op artikel 3.7 van de Omgevingswet;",
        "",
        "besluit:",
        "1. het Waterbeheerprogramma 2028–2033 vast te stellen;",
        "2. in te stemmen met de Nota van beantwoording.",
    ]
    text = clean_lines(lines).text
    assert text.index("BESLUIT") < text.index("gelet op") < text.index("besluit:") < text.index("1. het Water")
    assert text.index("Het amendement is aangenomen") < text.index("BESLUIT")


def test_interrupted_sentence_in_the_krimp_visie_is_rejoined(krimp):
    cleaned, _ = krimp
    assert "Sociaaleconomische\nvitalisering van deze regio is dan ook cruciaal" in cleaned.text


def test_double_spaces_inside_a_line_become_one():
    # 000 l.7 "lokale voorzieningen  en"; counter-example: single spaces and line structure stay as they are
    assert clean("De kwaliteit van onze omgeving, lokale voorzieningen  en ").text == (
        "De kwaliteit van onze omgeving, lokale voorzieningen en"
    )
    assert clean("een gewone zin\nop twee regels").text == "een gewone zin\nop twee regels"


def test_footnote_body_start_rule():
    from kb.clean import FOOTNOTE_BODY_START

    assert FOOTNOTE_BODY_START.match("1 Zoals ziekenhuis, huisarts, eerste hulp en apotheken.")
    assert FOOTNOTE_BODY_START.match("*\t Zie ook www.provincie.drenthe.nl/nieuweomgevingsvisie")
    assert not FOOTNOTE_BODY_START.match("2016 zorglandschap gericht op het")


def test_a_function_word_after_a_broken_line_stays_a_word_unless_the_compound_is_known():
    running = "\n".join(f"Dit is gewone regel nummer {i} van de tekst " for i in range(30))
    # 004 l.4498-4500 "sportactiviteit\n\nen": "sportactiviteiten" is a known word → joined
    assert "sportactiviteiten" in clean(running + "\nvoor meer sportactiviteit\n\nen bewegen ").text
    # counter-example: "provincie" + "en" is no word: the "en" stays a word of its own
    assert "provincie\nen gemeenten" in clean(running + "\nsamen met de provincie\n\nen gemeenten ").text


def test_open_endings_continue_but_closed_sentences_do_not():
    from kb.clean import continues_sentence

    assert continues_sentence("gebruik subsidies en", "SPUK-middelen voor innovatie.")
    assert continues_sentence("de werkelijke reisbehoeften:", "toegankelijk, begrijpelijk, veilig")
    assert not continues_sentence("rapporteer jaarlijks aan PS.", "Werk samen met gemeenten.")
    assert not continues_sentence("Wij vragen Gedeputeerde Staten", "Stel een programma op")


def test_repeated_monitoring_table_header_is_kept_once(krimp):
    # 004 §5.1: the 4-line header "Prioritair thema Hoofddoelstelling …" is repeated at 1724, 1880, 1995, 2106
    cleaned, _ = krimp
    assert cleaned.text.count("Prioritair thema Hoofddoelstelling Deelopgaven") == 1
    # counter-example: the five priority themes listed again in a later chapter stay (numbered list, not header)
    assert cleaned.text.count("Bereikbare bovenlokale voorzieningen") >= 3


def test_without_trailing_spaces_no_false_joins_on_001():
    """A pypdf-style extraction has no trailing spaces: the word list alone decides, conservatively.
    Measured on 001 with trailing spaces stripped: 46/46 visible hyphens and 19/30 dropped hyphens joined,
    and no false join ("vervening\\nen", "Waar\\nde", "ontwikkeling\\nen" stay apart)."""
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    cleaned = clean_lines([line.rstrip() for line in source.lines], 1, source.pages)
    joined = []
    for match in re.finditer(r"[\w’'-]+", cleaned.text):
        start, end = match.span()
        if len(set(cleaned.source_map.lines[start:end])) > 1:
            joined.append(match.group())
    expected = set(BROKEN_VISIBLE_001 + BROKEN_DROPPED_001) | {"ontwerp-Omgevingsvisie"}
    assert [word for word in joined if word not in expected] == []
    assert len(set(joined) & set(BROKEN_VISIBLE_001)) == len(set(BROKEN_VISIBLE_001))
    assert len(set(joined) & set(BROKEN_DROPPED_001)) >= 18


def _paged(body: list[list[str]], footer: str, header: str | None = None) -> list[str]:
    """A hand-made extraction: per page its text lines, then a blank line, the footer and a running header."""
    lines: list[str] = []
    for number, page in enumerate(body, start=1):
        lines += page + ["", footer.format(n=number, total=len(body)), ""]
        if header is not None:
            lines += [header, ""]
    return lines


def test_page_lines_and_running_headers_leave_the_text_and_the_sentence_runs_on():
    pages = [
        ["Omgevingsprogramma Natuur 2026-2031", "", "Wat willen we bereiken?", "Het natuurnetwerk is in 2031"],
        ["volledig gerealiseerd, zodat soorten zich herstellen.", "", "Wat willen we bereiken?", "Minder stikstof."],
        ["De kwaliteit gaat vooruit.", "", "Wat gaan we daarvoor doen?", "Verwerven van grond."],
        ["Ons doel is een schoon watersysteem.", "", "Wat willen we bereiken?", "Schoon water in 2030."],
    ]
    for footer in ("Provincie Drenthe | {n}", "Pagina {n} van {total}", "Gemeenteraad Proefdorp      {n}/{total}"):
        raw = _paged(pages, footer, header="Omgevingsprogramma Natuur 2026-2031")
        cleaned = clean_lines(raw)
        assert "Pagina" not in cleaned.text and "| 2" not in cleaned.text and "/4" not in cleaned.text, footer
        assert "in 2031 volledig gerealiseerd" in " ".join(cleaned.text.split()), footer
        # the title on the title page stays, its repeats as a running header go; labels are never running lines
        assert cleaned.text.count("Omgevingsprogramma Natuur 2026-2031") == 1, footer
        assert cleaned.text.count("Wat willen we bereiken?") == 3, footer
        assert cleaned.stats["page_lines_dropped"] >= 7, footer


def test_a_caption_numbered_per_programme_is_no_page_line():
    raw = []
    for n in (1, 2, 3):
        raw += [f"Beleidsindicatoren programma {n}", f"Inwoners tevreden met de dienstverlening {60 + n}%", ""]
    assert clean_lines(raw).text.count("Beleidsindicatoren programma") == 3


def test_a_footer_with_a_rising_page_number_is_page_furniture_without_page_breaks():
    from kb.clean import page_furniture

    texts = ["Totaal 12", "Totaal 9", "Totaal 30"]  # recurring rows whose numbers do not rise
    texts += [
        "Beleidsindicatoren programma 1",
        "Tabel.",
        "Beleidsindicatoren programma 2",
        "Tabel (2).",
        "Beleidsindicatoren programma 3",
    ]  # a caption per programme: no separator before the number
    for n in (7, 8, 9):
        texts += [f"Tekst van bladzijde {n} over het natuurnetwerk.", f"Meer tekst ({n}).", f"Provincie Drenthe | {n}"]
    found = [texts[i] for i in sorted(page_furniture(texts))]
    assert found == ["Provincie Drenthe | 7", "Provincie Drenthe | 8", "Provincie Drenthe | 9"]


def test_a_header_whose_page_number_is_glued_to_its_other_half_is_page_furniture():
    # dev54: "Provincie Flevoland    13Programma …" (the extraction joined the header's two columns); the second half
    # changes with the part of the document
    from kb.clean import page_furniture

    gap = " " * 40
    texts = []
    for n in (7, 8, 9):
        texts += [
            f"Tekst van bladzijde {n} over de arbeidsmarkt.",
            f"Provincie Flevoland{gap}{n}Programma Arbeidsmarkt",
        ]
    texts += ["Slot.", f"Provincie Flevoland{gap}10Provinciale Staten van Flevoland – vergadering 9 december 2026"]
    texts += [f"Gemeenten (zes){gap}2100Regio"]  # counter-example: once only, and no rising number
    found = [texts[i] for i in sorted(page_furniture(texts))]
    assert len(found) == 4 and all(f.startswith("Provincie Flevoland") for f in found)


def test_a_parts_own_running_header_on_consecutive_pages_is_page_furniture():
    from kb.clean import page_furniture

    texts: list[str] = []
    for n in range(1, 9):
        part = "Raadsvoorstel Zienswijzen GR-begrotingen 2028" if n < 6 else "Bijlage 1 – Zienswijze Veiligheidsregio"
        texts += [f"Pagina {n} van 8", part, "", f"Tekst van bladzijde {n} over de begroting.", "Meer tekst.", ""]
    texts += ["Bijlage 2 – Zienswijze GGD", "", "Tekst over de GGD."]  # once: a heading as far as anyone can tell
    found = {texts[i] for i in page_furniture(texts)}
    assert "Bijlage 1 – Zienswijze Veiligheidsregio" in found  # under pages 6, 7 and 8 only: too few for the share
    assert "Bijlage 2 – Zienswijze GGD" not in found
    # counter-example: the same line on two pages far apart is a heading that happens to open a page twice
    texts = [
        t if t != "Bijlage 1 – Zienswijze Veiligheidsregio" else "Raadsvoorstel Zienswijzen GR-begrotingen 2028"
        for t in texts
    ]
    texts[6 * 1 + 1] = "Wat vinden inwoners ervan"
    texts[6 * 6 + 1] = "Wat vinden inwoners ervan"
    assert "Wat vinden inwoners ervan" not in {texts[i] for i in page_furniture(texts)}


def test_figures_of_a_table_do_not_count_as_pages_when_a_running_header_is_told():
    """A document whose tables are flattened one cell per line has many bare figures; they are cells, not page
    numbers, so the running header beside the real page numbers is still found on enough pages to go."""
    lines: list[str] = []
    for page in range(1, 6):
        lines += [f"Tekst van bladzijde {page} over de energiestrategie van de regio en haar partners.", ""]
        lines += ["Zoekgebied", "MW", "W1", "12", "W2", "18", "W3", "24", "W4", "30", ""]
        lines += [str(page), "", "Regionale Energiestrategie 2.0 Twente", ""]
    text = clean_lines(lines).text
    assert "Regionale Energiestrategie 2.0 Twente" not in text
    assert "18" in text.split("\n")  # a table's figure stays


def test_a_header_repeated_amid_the_text_opens_another_table_and_one_after_a_page_break_continues_one():
    header = "Bedragen x € 1.000 Rekening Begroting Raming\n2024 2025 2026\nLasten\n"
    programmes = "".join(
        f"Programma {n}\nIndicator {n} % 2024 12% 11%\nWat mag het kosten?\n\n{header}"
        f"{n}.1 Taakveld {n} 1.200 1.300 1.400\n\n"
        "Dit is een gewone alinea met lopende tekst over de uitvoering van het programma.\n\n"
        for n in range(1, 5)
    )
    assert clean(programmes).text.count("Bedragen x € 1.000") == 4  # each programme's table keeps its header
    # counter-example: the same header at the top of each next page, under a dropped page number
    pages = "".join(f"{header}{n}.1 Taakveld {n} 1.200 1.300 1.400\n\nPagina {n} van 9\n\n" for n in range(1, 5))
    assert clean("Tabel 3.2 Lasten\n\n" + pages).text.count("Bedragen x € 1.000") == 1


def test_a_lower_case_lead_in_after_a_list_stays_where_it_is():
    text = (
        "De raad van de gemeente Woudenberg, in vergadering bijeen op 29 oktober 2026, stelt vast dat\n"
        "- de weg heeft geen fietspad;\n- het is druk op wedstrijddagen.\n"
        "verzoekt het college:\n1. een scan uit te voeren;\n2. de raad te informeren.\n"
    )
    cleaned = clean(text).text
    assert cleaned.index("verzoekt het college:") > cleaned.index("wedstrijddagen")
    # counter-example: the displaced rest of the interrupted sentence is moved back up
    moved = clean(
        "Wij zetten in op een aanpak die voor alle dorpen in de gemeente geldt en die wij samen met\n"
        "- inwoners;\n- ondernemers.\nde dorpsraden hebben opgesteld.\n"
    ).text
    assert moved.index("de dorpsraden") < moved.index("- inwoners")


def test_a_table_under_its_own_caption_keeps_a_header_that_earlier_tables_share():
    header = "Project\nGebied\nType\nJaar\nInvestering\nSubsidie\n"
    tables = "".join(
        f"Tabel {n}.2 Projecten {theme} (bedragen x € 1.000)\n\n{header}"
        f"{code}1 Werk in {theme}\nHunzedal\naanleg\n2027\n450\n0\n\n"
        "Dit is een gewone alinea met lopende tekst over de uitvoering van het programma.\n\n"
        for n, theme, code in ((3, "wateroverlast", "W"), (4, "droogte", "D"), (5, "waterkwaliteit", "K"))
    )
    cleaned = clean(tables).text
    assert cleaned.count("Investering") == 3  # each table keeps its header
    # counter-example: a header repeated after page breaks with no caption of its own is dropped after the first
    repeated = "".join(f"{header}W{n} Werk\n2027\n450\n0\n\nPagina {n} van 9\n\n" for n in range(1, 5))
    assert clean("Tabel 3.2 Projecten\n\n" + repeated).text.count("Investering") == 1
