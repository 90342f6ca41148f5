"""Amendments: the changes an amendment proposes are requests of its submitters to the deciding body.

An amendment ("Amendement A2 Energiecoaches voor iedere wijk") closes its grounds with "besluit het voorgestelde
besluit als volgt te wijzigen:" and then states the changes — a point replaced, a point added, a budget line raised,
as bullets, numbered points, quoted text or plain paragraphs. Each change is what the submitters ask the raad or
the Staten to decide: a request (eval/briefs/ANNOTATION-BRIEF.md: "an amendement asking to change a budget"). The
changes run until the amendment's closing words ("en gaat over tot de orde van de dag", "Toelichting", the vote,
the signatures).

Only inside an amendment: a resolution that amends a regulation ("De raad besluit de Verordening als volgt te
wijzigen:") decides, and the decision rules read it.
"""

from __future__ import annotations

import re

from kb.tags.drafts import Draft, Unit
from kb.tags.lists import MOTION_GROUNDS, MOTION_TITLE
from kb.tags.rules import BULLET_PREFIX, classify_sentence

# The operative words of an amendment: "besluit het voorgestelde besluit als volgt te wijzigen:", "besluiten het
# ontwerpbesluit bij Voordracht 71 als volgt te wijzigen:", "besluit de begroting als volgt te wijzigen:". Not the
# past tense of a report ("besloot het algemeen bestuur het voorstel als volgt te wijzigen").
AMENDMENT_LEAD = re.compile(
    r"\b(?:besluit|besluiten)\s+(?:het|de|om)\b[^:;.]{0,120}?\bals\s+volgt\s+te\s+(?:wijzigen|vervangen|"
    r"(?:aan\s+te\s+)?(?:passen|vullen))\s*:",
    re.I,
)

# A change stated: an infinitive ("punt 3 te vervangen door"), a change in the passive or present ("wordt
# toegevoegd", "worden verlaagd met", "vervalt", "komt te luiden"), quoted text of a new point, or money.
CHANGE = re.compile(
    r"\bte\s+[a-zà-ÿ]+n\b|\b(?:wordt|worden)\b|\b(?:vervalt|vervallen|luidt|luiden)\b|^\s*[\"“'‘„]|€",
    re.I,
)

# What closes the changes: the motion formula, an explanation, the vote, the submitters, a new motion.
AMENDMENT_END = re.compile(
    r"^\s*(?:en\s+gaat\s+over|toelichting|uitslag|stemming|stemverklaring|besluitvorming|indiener|ondertekend|ondertekening|"
    r"aldus|namens|voor\s*:|tegen\s*:|aangenomen|verworpen|ingetrokken|motie|amendement|raadsbesluit|"
    # the college's view and the vote after the changes: "Appreciatie college: oordeel raad.", "Besluit: aangenomen"
    r"appreciatie|reactie\s+(?:van\s+)?(?:het\s+)?college|besluit\s*:)(?:\b|(?<=:))",
    re.I,
)

# A row of a table of the change's figures ("Lasten programma 2   +60.000   +60.000   +60.000"): not a change.
FIGURE = re.compile(r"(?<!\S)[+−–-]?\d[\d.,]*(?!\S)")
MIN_ROW_FIGURES = 3
STATED = re.compile(r"\bte\s+[a-zà-ÿ]+n\b|\b(?:wordt|worden)\b", re.I)

MAX_CHANGES = 8  # an amendment proposes a handful of changes
MAX_QUOTED_UNITS = 6  # a quoted new point's own parts ("a. …", "b. …"); an unclosed quote reads no further
MAX_TITLE_UNITS = 12  # its title stands at most this many units above its operative words
MAX_TITLE_WORDS = 14


def _in_amendment(units: list[Unit], index: int) -> bool:
    """Whether the nearest motion or resolution title above unit `index` (or the unit's own first line) is an
    amendment's ("AMENDEMENT A1 Agendapunt 9", "Amendement A26-14 "Ruimer bouwvlak op het erf"")."""
    for unit in reversed(units[max(0, index - MAX_TITLE_UNITS) : index + 1]):
        for line in unit.text.strip().split("\n")[:2]:
            found = MOTION_TITLE.match(line)
            if found is not None and len(line.split()) <= MAX_TITLE_WORDS and not AMENDMENT_LEAD.search(line):
                return found.group("kind").lower() == "amendement"
    return False


def _lead_start(unit: Unit, at: int) -> int:
    """Where the first change's item starts: the paragraph that holds the operative words ("Het amendement, ingediend
    door …, is aangenomen … De raad besluit het voorstel als volgt te wijzigen: …"), or the line of those words when
    the paragraph opens with the amendment's grounds ("De raad (...), constaterende dat …")."""
    if MOTION_GROUNDS.search(unit.text[:at]) is None:
        return unit.start
    return unit.start + unit.text.rfind("\n", 0, at) + 1


def _opens_quote(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open after `text` (one was open before it when `open_before`)."""
    state = open_before
    for char in text:
        if char == '"':
            state = not state
        elif char in "“”":
            state = char == "“"
    return state


def _label(unit: Unit) -> bool:
    """A title line over a change ("Programma 2 Samenleving, taakveld 5.6 Media") or a lead-in that ends in a colon
    ("punt 3 te vervangen door:"): it belongs to the change below it."""
    text = unit.text.strip()
    return unit.kind == "heading" or text.endswith(":") or (len(text.split()) <= 8 and CHANGE.search(text) is None)


def amendment_changes(units: list[Unit], found: list[Draft]) -> list[Draft]:
    """Request drafts for the changes of every amendment in `units` — not where `found` already has a request
    there, and not a change that asks Gedeputeerde Staten (the sentence rules type those)."""
    taken = [(d.char_start, d.char_end) for d in found if d.type in ("request", "request_gs")]
    drafts: list[Draft] = []
    for index, unit in enumerate(units):
        lead = AMENDMENT_LEAD.search(unit.text)
        if lead is None or not _in_amendment(units, index):
            continue
        changes: list[Unit] = []
        rest = unit.text[lead.end() :]
        if rest.strip():
            offset = unit.start + lead.end() + (len(rest) - len(rest.lstrip()))
            changes.append(Unit(unit.kind, offset, unit.end, unit.section_id, rest.strip()))
        changes.extend(units[index + 1 : index + 1 + 3 * MAX_CHANGES])
        pending: Unit | None = None
        count = 0
        quoting = False  # inside the quoted text of a new point ("4. Kennis te nemen … : a. … b. …")
        inside = 0  # units read inside that quotation
        for change in changes:
            text = BULLET_PREFIX.sub("", change.text.strip())
            if AMENDMENT_END.match(text) or AMENDMENT_LEAD.search(text) or count >= MAX_CHANGES:
                break
            quoted = bool(drafts) and drafts[-1].char_start >= unit.start  # a change of this amendment
            if quoting and quoted and inside < MAX_QUOTED_UNITS:
                drafts[-1].char_end = change.end  # "b. het restant …" inside the quoted new point above
                quoting = _opens_quote(change.text, quoting)
                inside += 1
                continue
            inside = 0
            quoting = _opens_quote(change.text, quoting)
            if _label(change):
                pending = pending or change
                continue
            if CHANGE.search(text) is None or (
                len(FIGURE.findall(text)) >= MIN_ROW_FIGURES and STATED.search(text) is None
            ):
                break  # the submitters' names, a table of figures: the changes are over
            start = (pending or change).start
            if count == 0:
                start = min(start, _lead_start(unit, lead.start()))  # the first change with its operative words
            pending = None
            words = " ".join(change.text.split())
            typed = classify_sentence(words)
            if (typed is not None and typed[1] == "request_gs") or any(a < change.end and start < b for a, b in taken):
                count += 1
                continue
            # (no text of its own: the item reads its source span, the operative words and labels included)
            drafts.append(Draft("request", start, change.end, change.section_id, rule="amendment_change"))
            count += 1
    return drafts
