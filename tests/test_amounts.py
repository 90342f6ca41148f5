"""Money parsing: every Dutch amount format in the corpus, statistics, and the flattened budget tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.amounts import (
    find_money,
    is_statistic,
    is_unit_marker,
    parse_budget_table,
    parse_dutch_number,
    parse_year_header,
    row_amounts,
    split_figures,
    unit_scale,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("van € 20.420,00 aan het DOM", 20420.0, "EUR"),  # 003 l.845
        ("van € 250,00,=  per vereniging per jaar", 250.0, "EUR"),  # 003 l.842, ",=" after the cents
        ("gemeentelijke regelingen € \n\n600.000 per jaar", 600000.0, "EUR"),  # 004 l.4076-4078, sign on its own line
        ("Het Rijk heeft € 45.000,- beschikbaar", 45000.0, "EUR"),  # 004 l.4166, ",-"
        ("Noaberschap   €   1.990,00", 1990.0, "EUR"),  # 003 l.1031, padded
        ("Totaal is er € 80.000 per drie jaar", 80000.0, "EUR"),  # 003 l.1089, no decimals
        ("plus € 0,46 per inwoner", 0.46, "EUR"),  # 003 l.1059, cents only
        ("wordt door het Rijk ruim 10 miljoen euro vrijgemaakt", 10_000_000.0, "EUR"),  # 004 l.3483
        ("een bedrag van € 227,00 (fl 500,00)", 227.0, "EUR"),  # 003 l.1059
        ("EUR 1.500 voor de pilot", 1500.0, "EUR"),  # currency code in front
        ("€ 2,5 mln voor breedband", 2_500_000.0, "EUR"),  # abbreviated multiplier
    ],
)
def test_find_money_reads_every_dutch_format(text: str, value: float, currency: str) -> None:
    found = find_money(text)
    assert found, f"no amount found in {text!r}"
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency


def test_guilders_are_kept_apart_from_euros() -> None:
    # 003 l.1059: "€ 227,00 (fl 500,00) plus € 0,46 (fl 1,00) per inwoner"
    found = find_money("vast jaarlijkse bedrag van € 227,00 (fl 500,00) plus € 0,46 (fl 1,00) per inwoner")
    assert [(m.value, m.currency) for m in found] == [(227.0, "EUR"), (500.0, "NLG"), (0.46, "EUR"), (1.0, "NLG")]


def test_numbers_without_money_words_are_not_amounts() -> None:
    assert find_money("Het aantal inwoners varieert van 9950 (Beilen) tot 97 (Orvelte).") == []
    assert find_money("In 2018 minimaal 10% minder laaggeletterden") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("20.420,00", 20420.0), ("6.629.981,--", 6629981.0), ("-193.750", -193750.0), ("0,50", 0.5), ("80000", 80000.0)],
)
def test_parse_dutch_number(text: str, value: float) -> None:
    assert parse_dutch_number(text) == pytest.approx(value)


def test_parse_dutch_number_rejects_words() -> None:
    with pytest.raises(ValueError):
        parse_dutch_number("twintig")


def test_per_year_is_read_after_the_amount() -> None:
    assert find_money("€ 250,00,=  per vereniging per jaar")[0].per_year
    assert not find_money("€ 30.000,00 per project")[0].per_year


def test_house_values_are_statistics_not_budgets() -> None:
    # 004 l.3050-3051
    text = "gemiddelde WOZ-waarde van woningen in Drenthe daalde van € 215.000 in 2010 naar €207.000 in 2012"
    found = find_money(text)
    assert len(found) == 2 and all(is_statistic(text, m) for m in found)
    budget = "De jaarlijkse bijdrage van € 20.420,00 aan het DOM voor kleine projecten te continueren"
    assert not is_statistic(budget, find_money(budget)[0])


def test_unit_marker_is_a_scale_not_an_amount() -> None:
    caption = "Budget sport en bewegen (x € 1.000)"
    assert is_unit_marker(caption, find_money(caption)[0])
    assert unit_scale(caption) == 1000.0
    assert unit_scale("Budget sport en bewegen") == 1.0


def test_year_header_written_as_thousands() -> None:
    assert parse_year_header("2.016 2.017 2.018 2.019") == [2016, 2017, 2018, 2019]  # 004 l.2208
    assert parse_year_header("2025 2026 2027 2028") == [2025, 2026, 2027, 2028]
    assert parse_year_header("Duurzame krimpregeling 420.000") is None
    assert parse_year_header("597.022 597.022 597.022 597.022") is None
    # a stock's date heads its column: the year of the date
    assert parse_year_header("Beschikbare weerstandscapaciteit (x € 1.000) 1-1-2026 1-1-2027") == [2026, 2027]
    assert parse_year_header("Inwoners 1-1-2025: 33.790") is None


def _budget_lines() -> list[str]:
    lines = (CORPUS / "004_687bb01d90f8d7d4.txt").read_text(encoding="utf-8").split("\n")
    return lines[2156:2296]  # §5.2 Financiële kaders, the five budget tables (l.2157-2296)


def test_004_budget_tables_are_parsed_row_by_row_with_yearly_values() -> None:
    rows = parse_budget_table(_budget_lines())
    kinds = [r.kind for r in rows]
    assert kinds.count("row") == 19 and kinds.count("subtotal") == 4 and kinds.count("total") == 1
    by_label = {r.label: r for r in rows}
    basis = by_label["Basisbudgetten voor de sociale instellingen CMO STAMM, Zorgbelang, BOKD, Sport Drenthe"]
    assert [(a.year, a.value) for a in row_amounts(basis)] == [
        (2016, 848527.0),
        (2017, 859558.0),
        (2018, 872451.0),
        (2019, 885538.0),
    ]
    # the first table has no year header: it takes the columns of the next one
    assert by_label["Gezondheidseconomie"].years == (2016, 2017, 2018, 2019)
    # a row with one figure is the first year only ("Drenthe beweegt" 2016)
    beweegt = next(r for r in rows if "Drenthe beweegt" in r.label)
    assert [(a.year, a.value) for a in row_amounts(beweegt)] == [(2016, 200000.0)]
    assert by_label["- inkomst bijdrage Europese cofinanciering voor LEADER ZO"].values[0] == -193750.0
    assert "saldo 1/1/2016 6.629.981,--" in by_label["- breedband"].caption


def test_a_rows_figures_end_before_a_mark_column() -> None:
    assert split_figures("1 Waterveiligheid 13.860 13.080 780 V") == ("1 Waterveiligheid", [13860.0, 13080.0, 780.0])
    assert split_figures("Rijksmiddelen (specifieke uitkeringen) 88.300 40%") == (
        "Rijksmiddelen (specifieke uitkeringen)",
        [88300.0],
    )
    assert split_figures("Reserve Strategische Opgaven 31.750 9.000 22.750²")[1] == [31750.0, 9000.0, 22750.0]
    assert split_figures("Lasten taakveld 5.2 +85.000 +85.000")[1] == [85000.0, 85000.0]
    # counter-examples: a sentence with a share, a mark without figures before it
    assert split_figures("In 2024 steeg het aantal met 12%") == ("In 2024 steeg het aantal met 12%", [])
    assert split_figures("Categorie A of N") == ("Categorie A of N", [])


def test_a_table_flattened_one_cell_per_line_keeps_its_years_and_columns() -> None:
    lines = ["Tabel 2. Startpositie (bedragen x € 1.000)", "2027", "2028", "2029", "2030"]
    lines += ["Saldo begroting 2026 (meerjarenraming)", "-420", "-1.150", "-980", "-1.040"]
    lines += ["Effect meicirculaire 2026", "640", "1.180", "910", "950"]
    lines += ["Nieuw beleid", "100", "200", "3", "Oud", "150"]
    rows = parse_budget_table(lines)
    assert [(r.label, r.values, r.years) for r in rows] == [
        ("Saldo begroting 2026 (meerjarenraming)", (-420.0, -1150.0, -980.0, -1040.0), (2027, 2028, 2029, 2030)),
        ("Effect meicirculaire 2026", (640.0, 1180.0, 910.0, 950.0), (2027, 2028, 2029, 2030)),
        ("Nieuw beleid", (100.0, 200.0), (2027, 2028, 2029, 2030)),  # "3": the next row's number, no figure
        ("Oud", (150.0,), (2027, 2028, 2029, 2030)),
    ]
    assert parse_budget_table(["2027", "2028", "Bijdrage", "€ 45.000", "€ 50.000"])[0].values == (45000.0, 50000.0)
    # counter-example: without a header written one year per line, a lone figure under a row is a subtotal
    plain = parse_budget_table(["Subsidie dorpshuizen 120.000", "Subsidie musea 80.000", "200.000"])
    assert [r.kind for r in plain] == ["row", "row", "subtotal"]


def test_004_subtotals_equal_the_sum_of_their_rows() -> None:
    rows = parse_budget_table(_budget_lines())
    group: list[tuple[float, ...]] = []
    subtotals = []
    for row in rows:
        if row.kind == "row":
            group.append(row.values)
        elif row.kind == "subtotal":
            width = len(row.values)
            sums = [sum(values[i] for values in group if i < len(values)) for i in range(width)]
            assert sums == pytest.approx(list(row.values)), f"subtotal {row.values} ≠ rows {sums}"
            subtotals.append(row.values)
            group = []
    assert len(subtotals) == 4
    total = next(r for r in rows if r.kind == "total")
    # the grand total excludes theme Wonen (the rows after the last subtotal), as its caption says
    assert [sum(s[i] for s in subtotals) for i in range(4)] == pytest.approx(list(total.values))


def test_amounts_are_written_back_the_dutch_way():
    from kb.amounts import format_dutch_number

    # 003's DOM contribution "€ 20.420,00" and 004's budget-table thousands
    assert format_dutch_number(20420.0) == "20.420,00"
    assert format_dutch_number(0.5) == "0,50"
    assert format_dutch_number(6629981.0, 0) == "6.629.981"
    assert format_dutch_number(1234567.891) == "1.234.567,89"


def test_a_label_number_a_total_column_and_years_down_the_side() -> None:
    # "Subtotaal strategisch doel 1": the 1 numbers the label when the figures after it are dotted thousands
    assert split_figures("Subtotaal strategisch doel 1 5.200.000 5.600.000 5.400.000") == (
        "Subtotaal strategisch doel 1",
        [5200000.0, 5600000.0, 5400000.0],
    )
    # counter-example: in a table in thousands a small figure is a figure
    assert split_figures("Monitoring 12 130 130")[1] == [12.0, 130.0, 130.0]
    # a last figure that is the sum of the year columns is the row's total
    rows = parse_budget_table(["Pijler 2026 2027 2028 Totaal", "1 Verblijfsrecreatie 1.450 1.450 1.450 4.350"])
    kinds = [(a.year, a.kind) for a in row_amounts(rows[0])]
    assert kinds == [(2026, "row"), (2027, "row"), (2028, "row"), (None, "total")]
    # counter-example: a last figure that is no sum stays a row figure (a year the header lost)
    other = parse_budget_table(["Pijler 2026 2027 2028", "Routes 350 350 350 400"])
    assert row_amounts(other[0])[-1].kind == "row"
    # a table of years down the side: each row's figures take the year of its label
    years = parse_budget_table(["Jaar Kapitaallasten Vrijval Saldo", "2029 10.560.000 1.068.000 9.492.000"])
    assert {a.year for a in row_amounts(years[0])} == {2029}


def test_a_year_header_one_cell_per_line_may_name_the_kind_of_figure() -> None:
    lines = ["Tabel 2.2 Lasten en baten (x € 1.000)", "Begroting 2026", "Begroting 2027", "Raming 2028"]
    lines += ["Lasten", "23.940", "24.860", "25.910", "Baten", "1.180", "1.240", "1.260"]
    rows = parse_budget_table(lines)
    assert [(r.label, r.values, r.years) for r in rows] == [
        ("Lasten", (23940.0, 24860.0, 25910.0), (2026, 2027, 2028)),
        ("Baten", (1180.0, 1240.0, 1260.0), (2026, 2027, 2028)),
    ]
    # counter-example: a label with a year and words around it is no header cell
    assert not parse_budget_table(["Begroting 2026 na wijziging", "Begroting 2027 na wijziging", "Lasten", "1.000"])[
        0
    ].years


def test_a_text_column_after_a_row_of_yearly_figures_is_not_part_of_the_label() -> None:
    # a budget table with a "Dekking" column last (dev14); not an indicator's source after two figures, nor a remark
    from kb.amounts import split_figures

    assert split_figures("Mienskipsregeling kleine initiatieven 900 950 900 2.750 Provinciale middelen") == (
        "Mienskipsregeling kleine initiatieven",
        [900.0, 950.0, 900.0, 2750.0],
    )
    assert split_figures("Cofinanciering LEADER 200 200 150 550 LEADER (GLB-NSP)")[1] == [200.0, 200.0, 150.0, 550.0]
    assert split_figures("Omvang huishoudelijk restafval Kg per inwoner 2024 148 147 CBS")[1] == []
    assert split_figures("M5 Mantelzorgcompliment -30.000 -30.000 -30.000 -30.000 (dekking binnen Wmo)")[1] == []


def test_a_caption_in_millions_sets_the_scale() -> None:
    from kb.amounts import unit_scale

    assert unit_scale("Tabel 5.1 Investeringen afvalwaterketen 2028–2033 (bedragen in € mln)") == 1_000_000.0
    assert unit_scale("Tabel 5.1 Investeringen afvalwaterketen 2028–2033") == 1.0


def test_a_code_column_before_the_years_and_long_coded_rows() -> None:
    # "Nr Maatregel Progr. 2028 … 2031" (dev16): the programme number before the years is the label's, a row of
    # thirteen words with its figures is no sentence, a coded label may end in an abbreviation ("maatsch.")
    table = [
        "Nr  Maatregel                                  Progr.   2028   2029   2030   2031",
        "N1  Uitbreiding handhaving met 2 fte boa         1        145    145    145    145",
        "B3  Afstoten gebouw Raadhuisstraat 10            1          0    120    240    240",
        "I3  Storting reserve Verduurzaming maatsch.",
        "    vastgoed                                     4      1.500      0      0      0",
    ]
    rows = parse_budget_table(table)
    assert [(r.label, r.values) for r in rows] == [
        ("N1 Uitbreiding handhaving met 2 fte boa 1", (145.0, 145.0, 145.0, 145.0)),
        ("B3 Afstoten gebouw Raadhuisstraat 10 1", (0.0, 120.0, 240.0, 240.0)),
        ("I3 Storting reserve Verduurzaming maatsch. vastgoed 4", (1500.0, 0.0, 0.0, 0.0)),
    ]
    # a header with a total column keeps the fifth figure as the total
    rows = parse_budget_table(["Nr  Voorstel  2027  2028  2029  2030  Totaal", "4  Kernenfonds  25  25  25  25  100"])
    assert rows[0].values == (25.0, 25.0, 25.0, 25.0, 100.0)
    # … and a label's number before the years and their total is the label's, when the rest adds up (dev34)
    header = "Nr   Intensivering                 2027     2028     2029     2030    Totaal"
    rows = parse_budget_table([header, "     Subtotaal programma 1          980    1.130    1.130      730     3.970"])
    assert (rows[0].label, rows[0].values) == ("Subtotaal programma 1", (980.0, 1130.0, 1130.0, 730.0, 3970.0))
    rows = parse_budget_table([header, "     Subtotaal fase 2           980    1.130    1.130      730     9.999"])
    assert rows[0].values == (2.0, 980.0, 1130.0, 1130.0, 730.0, 9999.0)  # no sum: the figures stay as they stand


def test_a_rate_per_square_metre_is_a_statistic_unless_its_sentence_grants_it() -> None:
    from kb.amounts import find_money, is_statistic

    granted = "Inwoners ontvangen € 15 per m² afgekoppeld dak, met een maximum van € 1.500. Het plafond is € 110.000."
    assert [is_statistic(granted, m) for m in find_money(granted)] == [False, False, False]
    # counter-examples: a price per square metre, an average
    price = "Bouwgrond kostte in 2025 € 425 per m² in de kernen."
    assert [is_statistic(price, m) for m in find_money(price)] == [True]
    assert is_statistic(
        "De gemiddelde WOZ-waarde is € 318.000.", find_money("De gemiddelde WOZ-waarde is € 318.000.")[0]
    )


def test_a_table_of_contributions_skips_its_count_and_rate_columns() -> None:
    from kb.amounts import parse_budget_table, parse_year_header

    header = "Gemeente             Inwoners     Bijdrage 2026     Bijdrage 2027     Per inwoner 2027"
    assert parse_year_header(header) == [2026, 2027]
    rows = parse_budget_table([header, "Zwolle               132.150      11.180.232        11.716.078        88,66"])
    assert [(r.label, r.values, r.years) for r in rows] == [("Zwolle", (11180232.0, 11716078.0), (2026, 2027))]
    # counter-example: without a count column the first figure is money of its own
    plain = parse_budget_table(["Post   2026   2027", "Onderhoud wegen   120.000   150.000   "])
    assert plain[0].values == (120000.0, 150000.0)
