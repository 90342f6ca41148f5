"""Traceability end to end (issue 11): structural links in a built knowledge base, people's decisions that
survive rebuilds, the trace report, curation in the web UI (CSRF-protected) and the link evaluation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kb.curation import Decision, curation_path
from kb.knowledge import KnowledgeBase
from kb.pipeline import build

PROGRAMME = """Programma 2 Leefbare dorpen

2.1 Wat willen we bereiken?

Ons doel is dat alle dorpshuizen in de kleine kernen open blijven als ontmoetingsplek.

2.2 Wat gaan we daarvoor doen?

- Opstellen van een onderhoudsplan voor de dorpshuizen in de kleine kernen.
- Ondersteunen van vrijwilligers die de dorpshuizen draaiende houden.

2.3 Wat mag het kosten?

Voor het onderhoudsplan van de dorpshuizen is in 2026 € 120.000 beschikbaar.
"""


@pytest.fixture
def programme(tmp_path: Path, settings) -> tuple[KnowledgeBase, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "begroting.txt").write_text(PROGRAMME, encoding="utf-8")
    assert build([folder], settings).ok
    return KnowledgeBase.open(settings), folder


def _of(kb: KnowledgeBase, item_type: str, words: str):
    return next(i for i in kb.items({"type": item_type}) if words in i.text)


def test_a_bbv_programme_links_actions_and_money_to_its_goal(programme):
    kb, _ = programme
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")
    money = _of(kb, "budget", "120.000")
    triples = {(link.source_id, link.kind, link.target_id) for link in kb.links()}
    assert (plan.id, "draagt_bij_aan", goal.id) in triples
    assert any(s == money.id and k == "financiert" for s, k, _ in triples)
    link = next(link for link in kb.links(plan.id) if link.kind == "draagt_bij_aan")
    assert link.origin == "structure" and link.rule == "section_goal" and 0 < link.confidence < 1


def test_decisions_change_the_links_everywhere_and_survive_a_rebuild(programme, settings):
    kb, folder = programme
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")
    volunteers = _of(kb, "action", "vrijwilligers")
    proposed = next(link for link in kb.links(plan.id) if link.kind == "draagt_bij_aan")
    kb.curate(Decision("confirm", plan.id, "draagt_bij_aan", goal.id, who="Anna"))
    first = kb.links(plan.id)[0]
    assert (first.kind, first.status, first.confidence) == ("draagt_bij_aan", "confirmed", 1.0)
    kb.curate(Decision("add", volunteers.id, "onderdeel_van", plan.id, who="Anna", note="hoort bij het plan"))
    assert any(link.origin == "person" and link.source_id == volunteers.id for link in kb.links())
    others = [link for link in kb.links() if link.source_id == volunteers.id and link.kind == "draagt_bij_aan"]
    for link in others:
        kb.curate(Decision("reject", link.source_id, link.kind, link.target_id, who="Bert"))
    assert not [link for link in kb.links() if link.source_id == volunteers.id and link.kind == "draagt_bij_aan"]

    build([folder], settings, replace=True)  # a rebuild from scratch: the decisions are beside the index
    again = KnowledgeBase.open(settings)
    assert again.links(plan.id)[0].status == "confirmed" and proposed.target_id == goal.id
    assert any(link.origin == "person" for link in again.links())
    decisions = [json.loads(line) for line in curation_path(settings.index_dir).read_text().splitlines()]
    assert [d["who"] for d in decisions][:2] == ["Anna", "Anna"] and all(d["when"] for d in decisions)
    assert again.curation_report()["vanished"] == []

    # the document changes: the decisions naming items that are gone are reported, not dropped
    (folder / "begroting.txt").write_text(PROGRAMME.replace("- Ondersteunen van vrijwilligers", "Tekst"), "utf-8")
    build([folder], settings)
    report = KnowledgeBase.open(settings).curation_report()
    assert report["vanished"] and report["decisions"] == len(decisions)


def test_a_decision_on_an_unknown_item_or_kind_is_refused_and_nothing_is_written(programme, settings):
    from kb.errors import NotFoundError, UsageError

    kb, _ = programme
    goal = _of(kb, "goal", "dorpshuizen")
    with pytest.raises(NotFoundError):
        kb.curate(Decision("add", "GEEN-ITEM", "draagt_bij_aan", goal.id))
    with pytest.raises(UsageError, match="link kind"):
        kb.curate(Decision("add", goal.id, "hoort_bij", _of(kb, "action", "vrijwilligers").id))
    assert not curation_path(settings.index_dir).exists()


def test_the_trace_report_finds_holes_and_a_standalone_item_is_none(programme):
    kb, _ = programme
    volunteers = _of(kb, "action", "vrijwilligers")
    report = kb.trace()
    names = {hole.name: {i.id for i in hole.items} for hole in report.holes}
    assert set(names) == {
        "goals_without_action_or_money",
        "requests_without_follow_up",
        "budgets_funding_nothing",
        "actions_serving_no_goal",
    }
    assert _of(kb, "goal", "dorpshuizen").id not in names["goals_without_action_or_money"]
    if volunteers.id in names["actions_serving_no_goal"]:
        kb.curate(Decision("standalone", volunteers.id, who="Anna"))
        assert volunteers.id not in {i.id for h in kb.trace().holes for i in h.items}


def test_curation_in_the_web_ui_needs_a_token_from_the_page(programme, settings):
    from web import create_app

    kb, _ = programme
    client = create_app(settings).test_client()
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")
    page = client.get(f"/items/{plan.id}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {"action": "confirm", "source": plan.id, "kind": "draagt_bij_aan", "target": goal.id, "who": "Anna"}
    assert client.post(f"/items/{plan.id}/curate", data=form).status_code == 403  # no token
    forged = client.post(
        f"/items/{plan.id}/curate", data={**form, "csrf_token": token}, headers={"Origin": "https://evil.example"}
    )
    assert forged.status_code == 403
    response = client.post(f"/items/{plan.id}/curate", data={**form, "csrf_token": token})
    assert response.status_code == 303 and response.headers["Location"].startswith(f"/items/{plan.id}")
    assert "bevestigd" in client.get(f"/items/{plan.id}").get_data(as_text=True)
    data = client.get("/api/trace").get_json()
    assert {"coverage", "holes", "matrix", "curation", "facets"} <= set(data)
    assert data["curation"]["confirmed"] == 1
    assert "<h1>Samenhang en gaten</h1>" in client.get("/trace").get_data(as_text=True)


def test_the_cli_curates_and_reports(programme, settings, runner):
    from kb.cli import main

    kb, _ = programme
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")
    index = ["--index", str(settings.index_dir)]
    result = runner.invoke(main, ["curate", "confirm", plan.id, "draagt_bij_aan", goal.id, "--who", "Anna", *index])
    assert result.exit_code == 0 and "Recorded: confirm" in result.output
    bad = runner.invoke(main, ["curate", "add", plan.id, "hoort_bij", goal.id, *index])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    trace = json.loads(runner.invoke(main, ["trace", "--json", *index]).output)
    assert trace["coverage"][0]["rows"]["goals_without_action_or_money"] == {
        "label": "Doelen zonder actie of geld",
        "items": 1,
        "traced": 1,
    }


def test_the_cli_lists_links_and_the_matrix_under_the_names_users_type(programme, settings, runner):
    from kb.cli import main

    kb, _ = programme
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")
    index = ["--index", str(settings.index_dir)]
    listed = json.loads(runner.invoke(main, ["links", plan.id, "--json", *index]).output)
    assert {"source": plan.id, "kind": "draagt_bij_aan", "target": goal.id} in [
        {k: r[k] for k in ("source", "kind", "target")} for r in listed
    ]
    money = json.loads(runner.invoke(main, ["links", "--kind", "financiert", "--json", *index]).output)
    assert money and all(r["kind"] == "financiert" for r in money)
    # `kb link` is `kb curate` under the name: a rejected link leaves every listing
    rejected = runner.invoke(main, ["link", "reject", plan.id, "draagt_bij_aan", goal.id, "--who", "Bert", *index])
    assert rejected.exit_code == 0 and "Recorded: reject" in rejected.output
    text = runner.invoke(main, ["links", plan.id, *index]).output
    assert f"{plan.id}  draagt bij aan  {goal.id}" not in text
    matrix = json.loads(runner.invoke(main, ["matrix", "--json", *index]).output)
    assert [row["goal"]["id"] for row in matrix] == [goal.id]
    assert plan.id not in matrix[0]["links"].get("draagt_bij_aan", [])
    for bad in (["links", "GEEN-ITEM"], ["links", "--kind", "hoort_bij"], ["links", "--origin", "gevoel"]):
        result = runner.invoke(main, [*bad, *index])
        assert result.exit_code != 0 and "Traceback" not in result.output and "Error" in result.output


def test_link_evaluation_finds_annotated_relations(programme, tmp_path):
    from kb.evaluate_links import evaluate_links, quote_lines

    kb, folder = programme
    assert quote_lines(PROGRAMME, "Opstellen van een onderhoudsplan voor de dorpshuizen") == [(9, 9)]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "document": "begroting.txt",
                "relation": "draagt_bij_aan",
                "from_type": "action",
                "from_quote": "Opstellen van een onderhoudsplan voor de dorpshuizen",
                "to_type": "goal",
                "to_quote": "Ons doel is dat alle dorpshuizen in de kleine kernen",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    score = evaluate_links(kb, [gold], [folder]).to_dict()
    assert score["relations"] == 1 and score["recall"] == 1.0


def test_curators_saving_at_once_lose_nothing(programme, settings):
    import threading

    kb, _ = programme
    goal = _of(kb, "goal", "dorpshuizen")
    plan = _of(kb, "action", "onderhoudsplan")

    def decide(n: int) -> None:
        action = "confirm" if n % 2 else "reject"
        kb.curate(Decision(action, plan.id, "draagt_bij_aan", goal.id, who=f"curator {n}"))

    threads = [threading.Thread(target=decide, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lines = curation_path(settings.index_dir).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 24 and {json.loads(line)["who"] for line in lines} == {f"curator {n}" for n in range(24)}
