"""Structure: heading counts per corpus file match CORPUS-NOTES §2; non-headings stay text; blocks are whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.catalogue import load_catalogue
from kb.clean import clean_lines
from kb.ingest import parse_file
from kb.structure import (
    EXPLICIT_HEADING,
    MULTILEVEL_HEADING,
    SINGLE_HEADING,
    build_structure,
    find_headings,
    split_lines,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def parsed():
    catalogue = load_catalogue(CORPUS / "catalogue.toml")
    documents = {}
    for path in sorted(CORPUS.glob("*.txt")):
        for document in parse_file(path, catalogue, f"corpus/{path.name}")[0]:
            documents[document.document.id] = document
    return documents


def numbered(document):
    """The numbered chapters and paragraphs ("4.1.2"), not appendices or labelled parts ("Spoor 2")."""
    labelled = (
        "Bijlage",
        "Spoor",
        "Pijler",
        "Thema",
        "Speerpunt",
        "Programmalijn",
        "Actielijn",
        "Opgave",
        "Prioriteit",
    )
    return [s for s in document.sections if s.number is not None and not s.number.startswith(labelled)]


def structure_of(text: str):
    cleaned = clean_lines(text.split("\n"))
    return build_structure("doc", "Doc", cleaned.text, cleaned.source_map, cleaned.footnotes)


def test_heading_counts_match_the_corpus_notes(parsed):
    assert len(numbered(parsed["omgevingsvisie-drenthe-2050"])) == 24
    # … and chapter 5's five "Spoor 1 – Benutten van wat er al is" … (l.1587–1622) are its parts
    sporen = [s for s in parsed["omgevingsvisie-drenthe-2050"].sections if (s.number or "").startswith("Spoor")]
    assert [(s.number, s.line_start) for s in sporen] == [
        ("Spoor 1", 1587), ("Spoor 2", 1594), ("Spoor 3", 1605), ("Spoor 4", 1615), ("Spoor 5", 1622)
    ]  # fmt: skip
    assert len(numbered(parsed["dorpenbeleid-midden-drenthe-2020-2026"])) == 30
    in_004 = [
        "visie-krimp-leefbaarheid-drenthe-2016-2020",
        "nota-sociaal-beleid-drenthe-2016-2020",
        "uitvoeringsagenda-krimp-leefbaarheid-2016-2017",
    ]
    assert sum(len(numbered(parsed[d])) for d in in_004) == 64
    appendices = [s.number for d in in_004 for s in parsed[d].sections if (s.number or "").startswith("Bijlage")]
    assert appendices == ["Bijlage 1", "Bijlage 2", "Bijlage 3", "Bijlage 4"]


def test_section_paths_and_line_spans(parsed):
    document = parsed["omgevingsvisie-drenthe-2050"]
    section = next(s for s in document.sections if s.number == "4.1.2")
    assert section.path == (
        "4 De bewegingen die we maken",
        "4.1 Een toekomstbestendig landelijk gebied",
        "4.1.2 Beweging naar een toekomstbestendig landbouwsysteem",
    )
    assert section.line_start == 807
    assert 912 <= section.line_end < 915


def test_duplicate_and_restarted_numbers_are_distinct_sections(parsed):
    kompas = [s for s in parsed["omgevingsvisie-drenthe-2050"].sections if s.number == "3.2"]
    assert [s.title.split(":")[0] for s in kompas] == ["Onze sturingsfilosofie", "Ons Kompas"]
    assert kompas[0].id != kompas[1].id
    ids = [s.id for d in parsed.values() for s in d.sections]
    assert len(ids) == len(set(ids))


def test_wrapped_headings_are_joined(parsed):
    labels = [s.label for s in parsed["omgevingsvisie-drenthe-2050"].sections]
    assert "1 Omgevingsvisie Drenthe: koers voor 2050" in labels
    assert "5 Participatie: samen werken aan de Horizon van Drenthe" in labels
    nota = [s.label for s in parsed["nota-sociaal-beleid-drenthe-2016-2020"].sections]
    assert "Hoofdstuk 3 MONITORING, FINANCIËN EN STURING SOCIALE INSTELLINGEN" in nota


def test_unnumbered_title_lines_in_a_document_without_numbers(parsed):
    titles = [s.title for s in parsed["toekomstvisie-midden-drenthe-2035"].sections[1:]]
    for title in ("Ruimte... voor iedereen om mee te doen", "Ruimte… om te wonen", "Ruimte… maken we samen"):
        assert title in titles
    assert len(parsed["reactie-dom-concept-woonvisie"].sections) == 1  # a letter without headings


def test_heading_rules_and_what_they_must_not_match():
    assert EXPLICIT_HEADING.match("Hoofdstuk 1 Waarom deze visie?")
    assert not EXPLICIT_HEADING.match("Hoofdstuk 2 van deze visie schetst samenvattend de leefbaarheid")
    assert EXPLICIT_HEADING.match("Bijlage 1 bij Statenvoorstel PS2026-512")  # an appendix named by its document
    assert not EXPLICIT_HEADING.match("Bijlage 1 bevat de cijfers per gemeente")
    assert MULTILEVEL_HEADING.match("4.1.2. Beweging naar een toekomstbestendig landbouwsysteem")
    assert not MULTILEVEL_HEADING.match("2.016 2.017 2.018 2.019")
    assert SINGLE_HEADING.match("1. Waarom een nieuw dorpenbeleid?")
    assert not SINGLE_HEADING.match("1. stilte en duisternis")


def test_lists_table_rows_and_footnotes_are_not_headings(parsed):
    dorpen = [s.label for s in parsed["dorpenbeleid-midden-drenthe-2020-2026"].sections]
    assert not any(label.startswith("1 Totale bijdrage") for label in dorpen)  # Bijlage 1 table row
    visie = [s.label for s in parsed["visie-krimp-leefbaarheid-drenthe-2016-2020"].sections]
    assert not any(label.startswith("1 Beschikbare en kwalitatief goede zorg") for label in visie)
    assert not any("van deze visie schetst" in label for label in visie)
    nota = [s.label for s in parsed["nota-sociaal-beleid-drenthe-2016-2020"].sections]
    assert not any("Zoals ziekenhuis" in label for label in nota)
    omgeving = [s.label for s in parsed["omgevingsvisie-drenthe-2050"].sections]
    assert not any(label.startswith("1 stilte") for label in omgeving)


def test_request_bullets_are_whole_blocks(parsed):
    document = parsed["omgevingsvisie-drenthe-2050"]
    section = next(s for s in document.sections if s.number == "4.1.2")
    bullets = [b for b in document.blocks if b.section_id == section.id and b.kind == "bullet"]
    # a bullet that wraps across a blank line stays one block (l.889 → 891 "diensten.")
    wrapped = next(b for b in bullets if b.line_start == 889)
    assert wrapped.line_end == 891 and wrapped.text.endswith("diensten.")
    requests = [b for b in bullets if 879 <= b.line_start <= 912]
    assert len(requests) == 14


def test_subbullets_are_their_own_blocks(parsed):
    document = parsed["omgevingsvisie-drenthe-2050"]
    subs = [b for b in document.blocks if b.kind == "subbullet" and 1097 <= b.line_start <= 1099]
    assert len(subs) == 3
    assert all(b.text.startswith("- ") for b in subs)


def test_footnote_blocks_are_not_body_text(parsed):
    document = parsed["visie-krimp-leefbaarheid-drenthe-2016-2020"]
    footnotes = [b for b in document.blocks if b.kind == "footnote"]
    assert any(b.text.startswith("2 Deze thema") and b.line_start == 673 for b in footnotes)
    paragraphs = " ".join(b.text for b in document.blocks if b.kind == "paragraph")
    assert "Deze thema’s sluiten aan bij de genoemde thema’s in de sessie" not in paragraphs


def test_blocks_of_a_small_text():
    sections, blocks = structure_of(
        "1. Inleiding\n\nDe provincie wil meer doen.\n\n• Eerste punt dat doorloopt\nop de volgende regel.\n"
        "• Tweede punt.\n-\t onderdeel\n\n2. Uitvoering\n\nWij gaan aan de slag."
    )
    assert [s.label for s in sections] == ["Doc", "1 Inleiding", "2 Uitvoering"]
    assert [b.kind for b in blocks] == ["heading", "paragraph", "bullet", "bullet", "subbullet", "heading", "paragraph"]
    assert blocks[2].text == "• Eerste punt dat doorloopt op de volgende regel."
    assert blocks[2].line_start == 5 and blocks[2].line_end == 6


def test_request_blocks_of_001_hold_their_bullets(parsed):
    """CORPUS-NOTES §1.2: ten 'Wij vragen Gedeputeerde Staten' blocks with 81 bullets and 12 sub-items."""
    blocks = parsed["omgevingsvisie-drenthe-2050"].blocks
    counts = []
    for index, block in enumerate(blocks):
        if block.kind == "paragraph" and block.text.rstrip(":") == "Wij vragen Gedeputeerde Staten":
            bullets = subs = 0
            for following in blocks[index + 1 :]:
                if following.kind == "bullet":
                    bullets += 1
                elif following.kind == "subbullet":
                    subs += 1
                else:
                    break
            counts.append((block.line_start, bullets, subs))
    assert len(counts) == 10
    assert sum(c[1] for c in counts) >= 80  # 1344 → 1346 continues in capitals after a blank line: not caught
    assert sum(c[2] for c in counts) == 12


def test_a_bullet_continues_after_an_open_conjunction(parsed):
    blocks = parsed["omgevingsvisie-drenthe-2050"].blocks
    bullet = next(b for b in blocks if b.line_start == 895)
    assert bullet.kind == "bullet" and bullet.line_end == 897
    assert bullet.text.endswith(
        "gebruik subsidies en SPUK-middelen voor zowel bedrijfsspecifieke als gebiedsgerichte innovatie."
    )


def test_flattened_budget_rows_keep_label_and_figures_together(parsed):
    blocks = parsed["visie-krimp-leefbaarheid-drenthe-2016-2020"].blocks
    rows = [b.text for b in blocks if b.kind == "table"]
    assert "Onderwijsmonitor 62.500 62.500 62.500 62.500" in rows
    assert "Budget sociaal economische ontwikkeling en ondersteuning 597.022 597.022 597.022 597.022" in rows
    assert "Totaal 6.711.249 7.707.280 5.787.154 3.242.260" in rows
    # counter-example: a row that already has its figure does not swallow the subtotal line below it
    assert "Duurzame krimpregeling 420.000 450.000 0 0 0" not in rows


@pytest.mark.parametrize("name", ["omgevingsvisie_4_1_2", "dorpenbeleid_bijlage_1"])
def test_golden_blocks(name):
    """Golden files: a real corpus excerpt → the sections and blocks users and taggers see. To accept a deliberate
    change, regenerate the .expected.json with the snippet in tests/fixtures/ingest/README.md and review the diff."""
    import json

    from kb.ingest import ingest_text
    from kb.models import DocumentMeta

    base = Path(__file__).resolve().parent / "fixtures" / "ingest"
    text = (base / f"{name}.txt").read_text(encoding="utf-8")
    parsed = ingest_text(text, DocumentMeta(id=name.replace("_", "-"), code="GLD", title=name))
    expected = json.loads((base / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert [s.label for s in parsed.sections] == expected["sections"]
    assert [[b.kind, b.line_start, b.line_end, b.text] for b in parsed.blocks] == expected["blocks"]


def test_known_unnumbered_headings_and_what_they_must_not_match():
    from kb.structure import KNOWN_HEADINGS

    assert KNOWN_HEADINGS.match("Voorwoord") and KNOWN_HEADINGS.match("Samenvatting")
    assert not KNOWN_HEADINGS.match("Inleiding op analyse krimp en leefbaarheid")  # that one is numbered (2.1)


def test_amount_lines_are_not_unnumbered_headings():
    sections, blocks = structure_of("Incidentele uitgaven\n\nMOEK (2020) € 30.000,00\n\nDOEK (2021) € 30.000,00")
    assert [s.title for s in sections[1:]] == ["Incidentele uitgaven"]
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph"]


def test_table_of_contents_lines_are_not_headings() -> None:
    from kb.ingest import ingest_text
    from kb.models import DocumentMeta

    text = (
        "Inhoud\n1.1 Hoe dit akkoord tot stand kwam ........................ 3\n"
        "1.2 Tiel in cijfers ....................................... 3\n\n"
        "1 Inleiding\n\n1.1 Hoe dit akkoord tot stand kwam\n\nDrie fracties spraken zes weken met elkaar.\n\n"
        "1.2 Tiel in cijfers\n\nTiel telt ruim 41.000 inwoners in de stad en de dorpen.\n"
    )
    parsed = ingest_text(text, DocumentMeta(id="toc", code="TOC", title="Akkoord"), "toc.txt")
    labels = [s.label for s in parsed.sections]
    assert "1.1 Hoe dit akkoord tot stand kwam" in labels and "1.2 Tiel in cijfers" in labels
    assert not [label for label in labels if "...." in label]


def test_a_footnote_numbered_like_the_last_chapter_does_not_hide_the_next_one():
    """A footnote "1 Onder klimaatneutraal …" under a rule of underscores at the foot of chapter 1's page is no
    item 1 of a list, so "2 Waar staan we?" on the next page is chapter 2 — and the chapters after it follow."""
    page = "Klimaatagenda 2026–2030                 Pagina {} van 9"

    def body(topic: str) -> list[str]:
        return [f"Over {topic} praten we met inwoners, bedrijven en de woningcorporaties in de stad.",
                f"Wat {topic} betekent, verschilt per wijk en per dorp van de gemeente.",
                f"Daarom werken we bij {topic} wijk voor wijk en sluiten we aan bij wat er al is."]  # fmt: skip

    lines = ["1 Inleiding", "", "Deventer is in 2040 klimaatneutraal1 en in 2050 klimaatbestendig.", *body("de agenda")]
    lines += ["", "____________________", "1 Onder klimaatneutraal verstaan we dat er netto geen uitstoot is.", ""]
    lines += [page.format(2), "", "2 Waar staan we?", "", "De uitstoot daalde sinds 1990.", *body("de uitstoot")]
    lines += ["", page.format(3), "", "3 Warmte", "", "We isoleren woningen.", *body("warmte"), ""]
    lines += [page.format(4), "", "4 Mobiliteit", "", "We leggen fietspaden aan.", *body("mobiliteit"), ""]
    lines += [page.format(5)]
    cleaned = clean_lines(lines)
    sections, _ = build_structure("doc", "Doc", cleaned.text, cleaned.source_map, cleaned.footnotes)
    assert [s.title for s in sections[1:]] == ["Inleiding", "Waar staan we?", "Warmte", "Mobiliteit"]
    footnotes = [cleaned.text[a:b] for a, b in cleaned.footnotes]
    assert footnotes == ["1 Onder klimaatneutraal verstaan we dat er netto geen uitstoot is."]
    # counter-example: a real list "1 … / 2 …" right above a numbered line keeps that line out of the headings
    chosen = ["Wij kiezen:", "", "1 Wonen", "2 Werken", "3 Zorg"]
    listed = clean_lines(["1 Inleiding", "", *body("de keuzes"), "", *chosen])
    sections, _ = build_structure("doc", "Doc", listed.text, listed.source_map, listed.footnotes)
    assert [s.title for s in sections[1:]] == ["Inleiding"]


def _paragraph(topic: str) -> list[str]:
    return [
        f"Over {topic} schrijven wij in dit hoofdstuk wat er speelt en wat wij willen bereiken,",
        f"met welke partners wij daarbij samenwerken en hoe wij de voortgang van {topic} volgen",
        "en daarover verantwoording afleggen aan Provinciale Staten. Dat doen wij elk jaar opnieuw,",
        "in de begroting en in het jaarverslag, en tussentijds wanneer de Staten daarom vragen.",
        "",
    ]


def test_an_appendix_that_is_a_document_of_its_own_numbers_its_chapters_again():
    """A Statenvoorstel with its agenda as Bijlage 1: the agenda's "1 …", "2 …", "3 …" are chapters again, its
    overview table's second column ("1.2 Sterke innovatie-ecosystemen" / "1.3 …", line after line) is no
    heading, and a "4 …" row just above "3 Strategisch doel 1" does not make it a list item."""
    lines = ["1 Voorstel", "", *_paragraph("het voorstel"), "2 Financiën", "", *_paragraph("het geld")]
    lines += ["Bijlage 1 Economische Agenda", "", "1 De economie in beeld", "", *_paragraph("de economie")]
    lines += ["2 Onze ambitie", "", *_paragraph("de ambitie")]
    lines += [
        "Strategisch doel                     Operationele doelen",
        "1 Innovatieve economie               1.1 Innovatie in het mkb",
        "                                     1.2 Sterke innovatie-ecosystemen",
        "                                     1.3 Kapitaal voor groei",
        "4 Vitale werklocaties                4.1 Toekomstbestendige bedrijventerreinen",
        "                                     4.2 Vitale binnensteden",
        "                                     4.3 Ruimte voor bedrijvigheid",
        "",
    ]
    lines += ["3 Strategisch doel 1: Innovatieve economie", "", *_paragraph("innovatie")]
    lines += ["3.1 Operationeel doel 1.1: Innovatie in het mkb", "", *_paragraph("het mkb")]
    sections, _ = structure_of("\n".join(lines))
    numbers = [s.number for s in sections if s.number is not None]
    assert numbers == ["1", "2", "Bijlage 1", "1", "2", "3", "3.1"]


def test_a_numbered_paragraph_with_a_run_in_title_is_running_text():
    run_in = ["1.1 Gezonde en veilige gebouwen. In 2042 voldoen alle schoolgebouwen in Ede aan het", "programma"]
    lines = ["1 Onze doelen", "", *_paragraph("de doelen"), *run_in, "", "1.2 Duurzame gebouwen", "", "Tekst."]
    sections, _ = structure_of("\n".join(lines))
    assert [s.title for s in sections if s.number] == ["Onze doelen", "Duurzame gebouwen"]
    # counter-example: a title with an abbreviation and no sentence after it stays a heading
    assert MULTILEVEL_HEADING.match("3.3 Verkeersveiligheid m.b.t. fietsers")


def test_the_labelled_parts_of_a_programme_are_headings():
    lines = ["Bijlage 1 Programma Vitaal Platteland", "", *_paragraph("het programma")]
    lines += ["Spoor 1  Voorzieningen en leefbaarheid in de kernen", "", *_paragraph("voorzieningen")]
    lines += ["Spoor 2  Wonen in kleine kernen", "", *_paragraph("wonen")]
    lines += ["Thema 2 gaat over de woningbouw in de kleine kernen en de rol van de corporaties daarin.", ""]
    lines += ["Spoor 3 Mobiliteit 1.200 1.450 1.450", ""]  # a table row, no heading
    sections, _ = structure_of("\n".join(lines))
    assert [(s.number, s.title, s.level) for s in sections[1:]] == [
        ("Bijlage 1", "Programma Vitaal Platteland", 1),
        ("Spoor 1", "Voorzieningen en leefbaarheid in de kernen", 2),
        ("Spoor 2", "Wonen in kleine kernen", 2),
    ]


def test_a_numbered_row_label_of_a_table_one_cell_per_line_is_no_chapter():
    lines = ["1 Inleiding", "", *_paragraph("de inleiding"), "2 Cijfers", "", *_paragraph("de cijfers")]
    lines += ["3 Het resultaat", "", *_paragraph("het resultaat"), "Tabel 3.1 Baten en lasten (x € 1.000)", "Programma"]
    lines += ["Lasten", "3 Mobiliteit", "124.750", "121.338", "4 Economie en energie", "41.200", "37.845", ""]
    lines += ["4 Programmaverantwoording", "", *_paragraph("de programma's")]
    sections, _ = structure_of("\n".join(lines))
    assert [s.title for s in sections if s.number] == [
        "Inleiding",
        "Cijfers",
        "Het resultaat",
        "Programmaverantwoording",
    ]


def test_a_number_below_the_current_chapter_is_a_numbered_measure_not_a_heading() -> None:
    lines = split_lines(
        "5.1 Verkeersveiligheid\n\nMaatregelen:\n"
        "1.1 Herinrichten van de omgeving van 12 basisscholen:\n"
        "o herkenbare schoolzone;\n1.2 Invoeren van 30 km/u binnen de bebouwde kom.\n\n5.2 Fiets\n\nTekst.\n"
    )
    numbers = [h.number for h in find_headings(lines)]
    assert numbers == ["5.1", "5.2"]


def test_a_number_that_goes_back_under_its_sibling_is_a_numbered_row_not_a_heading() -> None:
    # "6.4 Acties …" over a table whose rows are numbered "6.1 …", "6.2 …" (dev30): numbers of a section go up
    lines = split_lines(
        "6 Thema alcohol\n\n6.3 Afspraken\n\nDe partners spreken af.\n\n6.4 Acties problematisch alcoholgebruik\n\n"
        "Actie Trekker Partners Planning Middelen\n"
        "6.1 Nalevingsonderzoek en handhaving Alcoholwet gemeente (team Toezicht) horeca,\n"
        "sportverenigingen, evenementen 2027-2030 € 35.000\n"
        "6.2 Invoeren OKO-aanpak in Hengelo-Noord en Klein Driene gemeente GGD Twente, scholen,\n"
        "Wijkwerk 2027-2030 € 32.000\n\n"
        "7 Thema mentale gezondheid\n\n7.1 Huidige situatie\n\nTekst.\n"
    )
    numbers = [h.number for h in find_headings(lines)]
    assert numbers == ["6.3", "6.4", "7", "7.1"]


def test_a_short_numbered_title_after_a_numbered_list_of_sentences_is_a_chapter():
    # A Statenvoorstel's "3. Beoogd effect" ends in three numbered effects, then "4. Argumenten" (dev16): the next
    # chapter, not the list's fourth item. A table of contents ("1. Inleiding   4") and a list of short items stay
    # lists.
    sections, _ = structure_of(
        "1. Inleiding\n\nDit voorstel gaat over cultuur.\nHet programma loopt vier jaar.\nHet vervangt het vorige.\n"
        "Wij hebben het met de sector besproken.\nDe hoofdlijnen kent u al.\n\n"
        "2. Bevoegdheid\n\nDe Staten zijn bevoegd.\nZij stellen de kaders vast.\nGS voeren het programma uit.\n"
        "Zij stellen de regelingen vast.\nDe wet regelt de taken.\n\n"
        "3. Beoogd effect\n\nDat vertalen wij in drie effecten:\n\n"
        "1. Meer inwoners nemen deel aan cultuur: het aandeel stijgt van 41% naar 46% in 2030.\n"
        "2. Gelderland heeft een veerkrachtige culturele infrastructuur met een evenwichtige spreiding.\n"
        "3. Het erfgoed wordt goed beheerd, gebruikt en beleefd: minder dan 3% is in slechte staat.\n\n"
        "4. Argumenten\n\nHet programma sluit aan bij wat inwoners belangrijk vinden.\nHet maakt keuzes.\n"
        "Het verbindt erfgoed met de ruimte.\nHet is financieel robuust.\nWij rapporteren jaarlijks.\n\n"
        "5. Kanttekeningen\n\nDe middelen zijn niet toereikend.\n"
    )
    assert [s.label for s in sections][-3:] == ["3 Beoogd effect", "4 Argumenten", "5 Kanttekeningen"]
    sections, _ = structure_of(
        "1. Inleiding\n\nDit is de nota.\nZij loopt vier jaar.\nZij vervangt de vorige.\nWij lichten haar toe.\n"
        "De raad kent de hoofdlijnen.\n\n2. Thema's\n\nWij werken aan vier thema's:\n\n"
        "1. Beschikbare zorg\n2. Sport\n3. Cultuur\n4. Wonen\n\n"
        "Dat doen wij samen met de gemeenten.\n"
    )
    assert not any(s.label.endswith(("Wonen", "Sport", "Cultuur")) for s in sections)


def test_a_numbered_indicator_row_ending_in_figures_is_a_table_row_not_a_heading():
    from kb.structure import _is_table_row

    # (in dev22's ODRA begroting, "1.4 Waardering …" became section 1.4 of an appendix and cut its table in two)
    assert _is_table_row("1.4 Waardering vooroverleg door initiatiefnemers (rapportcijfer) 7,1 7,5 7,8")
    assert _is_table_row("2.3 Uitgevoerde fysieke controles (aantal) 3.180 3.400 3.400")
    # counter-examples: a title with one figure or with years
    assert not _is_table_row("1.1 Bouwen van 1.200 woningen")
    assert not _is_table_row("3.2 Woningbouwprogramma 2027 2030")
