"""Trace links: typed, explainable links between items of different documents."""

from __future__ import annotations

from kb.models import Document, Item
from kb.trace import LINK_RULES, content_words, explain, link_items, similarity, stem


def _document(doc_id: str, level: str) -> Document:
    return Document(
        doc_id, doc_id.upper()[:3], doc_id, None, level, None, None, None, f"{doc_id}.txt", 1, 10, None, None, "x"
    )


def _item(
    item_id: str, item_type: str, text: str, document_id: str, themes: tuple[str, ...], section_id: str | None = None
) -> Item:
    return Item(item_id, item_type, text, document_id, section_id, (), 1, 1, None, None, 0, len(text), themes=themes)


PROVINCE = _document("visie-krimp", "provincie")
MUNICIPALITY = _document("dorpenbeleid", "gemeente")
VILLAGES = _document("reactie-dom", "maatschappelijke organisatie")

# 004 (provincial goal) and 003 (municipal action) on the same subject
GOAL = _item(
    "VKL-4.4-DOEL-01",
    "goal",
    "We streven naar vitale dorpen met bereikbare voorzieningen en een sterk netwerk van dorpshuizen.",
    PROVINCE.id,
    ("leefbaarheid",),
)
ACTION = _item(
    "DBM-5.2-ACTIE-04",
    "action",
    "De ondersteuning van de Stichting Dorpshuizen voortzetten voor vitale "
    "dorpen en een sterk netwerk van dorpshuizen.",
    MUNICIPALITY.id,
    ("leefbaarheid",),
)
UNRELATED = _item(
    "DBM-5.3-ACTIE-01",
    "action",
    "We gaan de functie van dorpscontactambtenaar evalueren.",
    MUNICIPALITY.id,
    ("participatie",),
)
BUDGET = _item(
    "DBM-5.2-BUDGET-01",
    "budget",
    "Bijdrage aan de Stichting Dorpshuizen voor het netwerk van dorpshuizen € 10.000,00",
    MUNICIPALITY.id,
    ("leefbaarheid",),
    section_id="s5.2",
)
REQUEST = _item(
    "DOM-0-VRAAG-01",
    "request",
    "Concreet vragen wij de vermelding van dorpshuizen en vitale dorpen in het netwerk van voorzieningen.",
    VILLAGES.id,
    ("leefbaarheid",),
)


def test_a_municipal_action_implements_a_provincial_goal() -> None:
    links = link_items([GOAL, ACTION, UNRELATED], [PROVINCE, MUNICIPALITY])
    assert [(link.source_id, link.kind, link.target_id) for link in links] == [(ACTION.id, "implements", GOAL.id)]
    assert 0 < links[0].score <= 1


def test_a_provincial_goal_does_not_implement_a_municipal_action() -> None:
    links = link_items([GOAL, ACTION], [PROVINCE, MUNICIPALITY])
    assert not [link for link in links if link.source_id == GOAL.id and link.kind == "implements"]


def test_a_budget_funds_an_action_in_the_same_document() -> None:
    action = _item(
        "DBM-5.2-ACTIE-05",
        "action",
        "Het netwerk van dorpshuizen ondersteunen via de Stichting Dorpshuizen.",
        MUNICIPALITY.id,
        ("leefbaarheid",),
        section_id="s5.2",
    )
    links = link_items([BUDGET, action], [MUNICIPALITY])
    assert [(link.source_id, link.kind, link.target_id) for link in links] == [(BUDGET.id, "funds", action.id)]


def test_a_budget_does_not_fund_another_documents_action() -> None:
    links = link_items([BUDGET, GOAL], [MUNICIPALITY, PROVINCE])
    assert not [link for link in links if link.kind == "funds"]


def test_a_citizens_request_responds_to_a_government_item() -> None:
    links = link_items([REQUEST, ACTION], [VILLAGES, MUNICIPALITY])
    assert (REQUEST.id, "responds_to", ACTION.id) in [(link.source_id, link.kind, link.target_id) for link in links]


def test_no_link_without_a_shared_theme() -> None:
    other = _item("DBM-9-ACTIE-01", "action", ACTION.text, MUNICIPALITY.id, ("economie",))
    assert link_items([GOAL, other], [PROVINCE, MUNICIPALITY]) == []


def test_same_topic_links_are_kept_in_one_direction() -> None:
    twin = _item("NSB-2-DOEL-01", "goal", GOAL.text, "nota-sociaal", ("leefbaarheid",))
    links = link_items([GOAL, twin], [PROVINCE, _document("nota-sociaal", "provincie")])
    assert len(links) == 1 and links[0].kind == "same_topic" and links[0].score == 1.0


def test_explain_names_the_evidence() -> None:
    link = link_items([GOAL, ACTION], [PROVINCE, MUNICIPALITY])[0]
    text = explain(link, [GOAL, ACTION])
    assert "implements" in text and "leefbaarheid" in text and "dorpshuiz" in text


def test_words_and_similarity() -> None:
    assert stem("dorpshuizen") == "dorpshuiz"
    assert "de" not in content_words("de dorpen en de gemeente")
    assert similarity(frozenset({"a", "b"}), frozenset({"b", "c"})) == 1 / 3
    assert similarity(frozenset(), frozenset({"a"})) == 0.0


def test_every_link_rule_has_a_kind_and_a_threshold() -> None:
    kinds = {rule[0] for rule in LINK_RULES}
    assert kinds == {"implements", "funds", "responds_to", "same_topic"}
    assert all(0 < rule[4] < 1 for rule in LINK_RULES)


def test_words_every_item_uses_weigh_little() -> None:
    from kb.trace import idf_weights

    sets = [frozenset({"krimp", "breedband"}), frozenset({"krimp", "zorg"}), frozenset({"krimp", "sport"})]
    weight = idf_weights(sets)
    assert weight["krimp"] < weight["breedband"]
    # sharing only the common word scores lower than sharing only the rare one
    common = similarity(frozenset({"krimp", "a"}), frozenset({"krimp", "b"}), weight)
    rare = similarity(frozenset({"breedband", "a"}), frozenset({"breedband", "b"}), weight)
    assert common < rare
