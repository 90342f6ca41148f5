"""Tagging evaluation harness: gold reading, fuzzy matching, scores per type, the CLI command."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.errors import UsageError
from kb.evaluate_tags import (
    GoldItem,
    Region,
    date_right,
    evaluate,
    evaluate_corpus,
    iso_date,
    quote_matches,
    read_gold,
    report,
    scores_to_dict,
)
from kb.models import Amount, Item

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _item(item_type: str, text: str, lines: tuple[int, int], amounts: tuple[Amount, ...] = ()) -> Item:
    return Item("X-1-A-01", item_type, text, "doc", None, (), lines[0], lines[1], None, None, 0, 1, amounts=amounts)


def _gold(item_type: str, quote: str, lines: tuple[int, int], amounts: tuple[dict, ...] = ()) -> GoldItem:
    return GoldItem(item_type, "003.txt", lines, quote, amounts)


def test_quote_matching_survives_extraction_damage() -> None:
    # curly quotes, a hyphen broken over a line, double spaces (003 l.1006)
    assert quote_matches(
        "We gaan–samen met de dorpen, WWMD en het DOM- een Midden-Drentse ‘dorpsspiegel’",
        "We gaan–samen  met de dorpen, WWMD en het DOM- een Midden-Drentse 'dorpsspiegel' ontwikkelen.",
    )
    assert quote_matches("verdien-vermogen in balans", "het verdienvermogen in balans te brengen")
    assert not quote_matches("Kernteam Leefbaarheid Westerbork opstarten", "We gaan de functie evalueren.")


def test_scores_per_type_count_matches_misses_and_spurious_items() -> None:
    gold = [
        _gold("action", "Kernteam Leefbaarheid Westerbork opstarten", (741, 741)),
        _gold("action", "Werkwijze Kernteams voorzetten", (739, 739)),
    ]
    predicted = {
        "003.txt": [
            _item("action", "Kernteam Leefbaarheid Westerbork opstarten", (741, 741)),
            _item("action", "Iets anders", (800, 800)),
            _item("goal", "Werkwijze Kernteams voorzetten", (739, 739)),
        ]
    }
    scores = evaluate(gold, predicted)
    action = scores["action"]
    assert (action.gold, action.predicted, action.matched_gold, action.matched_predicted) == (2, 2, 1, 1)
    assert action.precision == 0.5 and action.recall == 0.5
    assert scores["goal"].precision == 0.0  # a right span with the wrong type is no match
    assert "action" in report(scores) and scores_to_dict(scores)["action"]["recall"] == 0.5


def test_items_outside_annotated_regions_are_not_counted_as_spurious() -> None:
    gold = [_gold("budget", "€ 24.000,00", (1023, 1023))]
    predicted = {"003.txt": [_item("budget", "€ 24.000,00", (1023, 1023)), _item("budget", "€ 5,00", (2000, 2000))]}
    regions = [Region("003.txt", (1000, 1100), ("*",))]
    assert evaluate(gold, predicted, regions)["budget"].predicted == 1
    assert evaluate(gold, predicted)["budget"].predicted == 2


def test_budget_amounts_are_checked_value_year_and_kind() -> None:
    gold = [
        _gold("budget", "MOEK (2020) € 30.000,00", (1043, 1043), ({"value": 30000.0, "year": 2020, "kind": "row"},))
    ]
    right = {
        "003.txt": [_item("budget", "MOEK (2020) € 30.000,00", (1043, 1043), (Amount(30000.0, year=2020, kind="row"),))]
    }
    wrong = {
        "003.txt": [_item("budget", "MOEK (2020) € 30.000,00", (1043, 1043), (Amount(3000.0, year=2020, kind="row"),))]
    }
    assert evaluate(gold, right)["budget"].amounts_right == 1
    assert evaluate(gold, wrong)["budget"].amounts_right == 0


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"type": "goal", "source": "a.txt", "lines": [1, 2], "quote": "x"}\n{"type": "goal"}\n')
    with pytest.raises(UsageError, match=":2:"):
        read_gold(path)
    with pytest.raises(UsageError, match="No gold file"):
        read_gold(tmp_path / "missing.jsonl")


def test_evaluate_corpus_parses_with_the_ingestion_and_without_a_catalogue(tmp_path: Path) -> None:
    # no catalogue.toml: the file is parsed as `kb ingest` parses an uncatalogued file (metadata guessed)
    text = (
        "Actieplan Proefdorp\n\n1. Uitvoering\n\nActie Partners Planning\n"
        "Opzetten van een repaircafé Kringloop Noord 2025\nAanleg van een pluktuin Natuurvereniging 2026\n"
    )
    (tmp_path / "proef.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "tags_gold.jsonl"
    rows = [
        {"type": "action", "source": "proef.txt", "lines": [6, 6], "quote": "Opzetten van een repaircafé"},
        {"type": "action", "source": "proef.txt", "lines": [7, 7], "quote": "Aanleg van een pluktuin"},
    ]
    gold.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    action = evaluate_corpus(gold, tmp_path)["action"]
    assert (action.recall, action.precision) == (1.0, 1.0)


def test_eval_tags_command_scores_the_corpus(tmp_path: Path) -> None:
    gold = tmp_path / "tags_gold.jsonl"
    lines = [
        {
            "type": "request_gs",
            "source": "001_4336a2f28494eb2c.txt",
            "lines": [456, 456],
            "quote": "vragen wij Gedeputeerde Staten om het Kompas te hanteren",
        },
        {
            "type": "budget",
            "source": "003_fae134b49be5ca6a.txt",
            "lines": [1043, 1043],
            "quote": "MOEK (2020) € 30.000,00",
            "amounts": [{"value": 30000.0, "year": 2020, "kind": "row"}],
        },
    ]
    gold.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-tags", str(gold), "--corpus", str(CORPUS), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["request_gs"]["recall"] == 1.0
    assert scores["budget"]["recall"] == 1.0 and scores["budget"]["amounts_right"] == 1


def test_eval_tags_command_reports_a_missing_gold_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval-tags", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "No gold file" in result.output


def test_details_lists_what_was_missed_and_what_was_spurious() -> None:
    from kb.evaluate_tags import details

    gold = [_gold("action", "Kernteam Leefbaarheid Westerbork opstarten", (741, 741))]
    scores = evaluate(gold, {"003.txt": [_item("action", "Iets anders", (800, 800))]})
    text = details(scores, "action")
    assert "missed (1)" in text and "741-741" in text and "spurious (1)" in text and "Iets anders" in text
    assert "No gold" in details(scores, "decision")


def test_actors_are_checked_on_matched_items() -> None:
    # a gold item's actor against the item kb matched to it: one name holding the other, casefolded
    gold = [
        GoldItem("action", "003.txt", (10, 10), "Aanstellen van dorpsverbinders", actor="Welzijnspartners"),
        GoldItem("action", "003.txt", (12, 12), "Opstellen van een dorpsagenda", actor="Provincie Gelderland"),
    ]
    items = [
        dataclasses.replace(_item("action", "Aanstellen van dorpsverbinders", (10, 10)), actor="welzijnspartners, GGD"),
        dataclasses.replace(_item("action", "Opstellen van een dorpsagenda", (12, 12)), actor="Gedeputeerde Staten"),
    ]
    score = evaluate(gold, {"003.txt": items})["action"]
    assert (score.actors_right, score.actors_checked) == (1, 2)


def test_addressees_are_checked_on_matched_items() -> None:
    # whom a request asks: the item's addressee against the gold one, as actors are; a gold item naming nobody
    # is not checked
    gold = [
        GoldItem("request", "003.txt", (10, 10), "verzoekt het college een plan", addressee="college van B&W Tiel"),
        GoldItem("request", "003.txt", (12, 12), "vraagt om een halfuurdienst", addressee="provincie Limburg"),
        GoldItem("request", "003.txt", (14, 14), "vraagt om een bushalte"),
    ]
    items = [
        dataclasses.replace(_item("request", "verzoekt het college een plan", (10, 10)), addressee="college van B&W"),
        dataclasses.replace(_item("request", "vraagt om een halfuurdienst", (12, 12)), addressee="Rijk"),
        dataclasses.replace(_item("request", "vraagt om een bushalte", (14, 14)), addressee="gemeente"),
    ]
    scores = evaluate(gold, {"003.txt": items})
    assert (scores["request"].addressees_right, scores["request"].addressees_checked) == (1, 2)
    assert scores_to_dict(scores)["request"]["addressees_checked"] == 2 and "addressees" in report(scores)


def test_deadlines_are_checked_by_the_years_they_name() -> None:
    # "2030" ~ "in 2030"; a baseline year ("in 2024") for a goal due in 2030 is wrong; no deadline stated is wrong
    gold = [
        GoldItem("goal", "003.txt", (10, 10), "telt Amersfoort 103.000 banen", deadline="2030"),
        GoldItem("goal", "003.txt", (12, 12), "is de bijstand 10% lager dan in 2024", deadline="2030"),
        GoldItem("action", "003.txt", (14, 14), "Opstellen van een dorpsagenda", deadline="doorlopend"),
        GoldItem("action", "003.txt", (16, 16), "Aanstellen van dorpsverbinders", deadline="2027"),
    ]
    items = [
        dataclasses.replace(_item("goal", "telt Amersfoort 103.000 banen", (10, 10)), deadline="in 2030"),
        dataclasses.replace(_item("goal", "is de bijstand 10% lager dan in 2024", (12, 12)), deadline="in 2024"),
        dataclasses.replace(_item("action", "Opstellen van een dorpsagenda", (14, 14)), deadline="doorlopend"),
        _item("action", "Aanstellen van dorpsverbinders", (16, 16)),
    ]
    scores = evaluate(gold, {"003.txt": items})
    assert (scores["goal"].deadlines_right, scores["goal"].deadlines_checked) == (1, 2)
    assert (scores["action"].deadlines_right, scores["action"].deadlines_checked) == (1, 2)
    assert scores_to_dict(scores)["goal"]["deadlines_right"] == 1
    assert "deadlines" in report(scores)


def test_decision_dates_are_checked_by_day_or_year() -> None:
    # the date a decision was taken: the same day (Dutch or numeric), or the same year where either names only one
    gold = [
        GoldItem("decision", "003.txt", (10, 10), "De Woonvisie vast te stellen", date="2025-12-11"),
        GoldItem("decision", "003.txt", (12, 12), "Het krediet beschikbaar te stellen", date="2025-12-11"),
        GoldItem("decision", "003.txt", (14, 14), "De motie aan te nemen", date="2024"),
        GoldItem("decision", "003.txt", (16, 16), "Het plan in te trekken"),
    ]
    items = [
        dataclasses.replace(_item("decision", "De Woonvisie vast te stellen", (10, 10)), date="11 december 2025"),
        dataclasses.replace(_item("decision", "Het krediet beschikbaar te stellen", (12, 12)), date="1 juli 2027"),
        dataclasses.replace(_item("decision", "De motie aan te nemen", (14, 14)), date="7-11-2024"),
        dataclasses.replace(_item("decision", "Het plan in te trekken", (16, 16)), date="2026"),
    ]
    score = evaluate(gold, {"003.txt": items})["decision"]
    assert (score.dates_right, score.dates_checked) == (2, 3)
    assert iso_date("Raadsvergadering 11 december 2025") == "2025-12-11" and date_right("2025", "3 maart 2025")
    assert "dates" in report({"decision": score})
