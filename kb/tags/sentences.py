"""Sentence items: the sentence rules applied sentence by sentence to every unit not taken by a list (inline-label
items, target states in a picture of the future, a citation joined to the decision it dates), run-on flattened
table text cut into cells, and over-long sentences trimmed to the lines around the match."""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.tags.drafts import Draft, Unit, claimed_test
from kb.tags.lists import label_segments, trailing_header
from kb.tags.rules import (
    ADOPTED_MOTION,
    CARD_FIELD,
    SENTENCE_RULES,
    classify_sentence,
    future_state,
    list_header,
    measurable_target,
    split_sentences,
    target_state,
)


def sentence_items(
    units: list[Unit],
    claimed: list[tuple[int, int]],
    vision: dict[str, str] | None = None,
    goal_sections: frozenset[str] = frozenset(),
    document_year: int | None = None,
) -> list[Draft]:
    """Items found sentence by sentence; in a picture of the future (`vision`: section id → year) a present-tense
    target state is a goal with that year as its deadline; in a section whose title announces goals ("Onze
    doelen", `goal_sections`) a measurable target is a goal; anywhere, a state set for a year after the document's
    own ("In 2030 rijden alle bussen emissievrij") is a goal."""
    vision = vision or {}
    drafts: list[Draft] = []
    is_claimed = claimed_test(claimed)
    for place, unit in enumerate(units):
        if list_header(unit.text):
            continue
        # a list or table that read the block from its start claimed it; a sentence after the part it claimed
        # (a request below a table's last row, in the same block) is still read
        claimed_unit = is_claimed(unit.start)
        segments = [] if claimed_unit else label_segments(unit)
        for item_type, start, end in segments:
            text = unit.text[start - unit.start : end - unit.start]
            if not re.sub(r"^[^:]*:", "", text).strip():
                continue  # a bare label with nothing after it
            if item_type == "action" and end >= unit.start + len(unit.text.rstrip()):
                # a project card's fields on lines of their own below its title ("Trekker: …", "Budget: …")
                for field in _card_fields(units, place + 1):
                    end, text = field.end, f"{text} {field.text.strip()}"
            drafts.append(Draft(item_type, start, end, unit.section_id, text=text, rule="inline_label"))
        if unit.kind in ("heading", "table"):
            continue
        for start, end, sentence in cells(unit, _after_title(unit)):
            if any(a <= start < b for _, a, b in segments) or list_header(sentence) or trailing_header(sentence):
                continue
            if claimed_unit and is_claimed(start):
                start, sentence = _unclaimed_rest(unit, start, end, is_claimed)
                if not sentence:
                    continue
            found = classify_sentence(sentence)
            if found is None:
                if unit.section_id in vision and target_state(sentence):
                    year = vision[unit.section_id] or None
                    drafts.append(
                        Draft("goal", start, end, unit.section_id, text=sentence, deadline=year, rule="target_state")
                    )
                elif unit.section_id in goal_sections and measurable_target(sentence):
                    drafts.append(Draft("goal", start, end, unit.section_id, text=sentence, rule="section_target"))
                elif future_state(sentence, document_year):
                    drafts.append(Draft("goal", start, end, unit.section_id, text=sentence, rule="future_state"))
                continue
            rule, item_type = found
            if item_type == "commitment" and (
                sentence.rstrip().endswith(":") or SIGNPOSTING.search(sentence) or NO_UNDERTAKING.search(sentence)
            ):
                continue  # a lead-in to a list ("… de volgende principes:"), the document presenting itself, a
                # definition, an estimate or an entry in the accounts
            if item_type == "goal" and DESCRIBES.search(sentence):
                continue  # "Per opgave beschrijven we wat we willen bereiken …": the document's plan, not a goal
            if item_type == "goal" and sentence.rstrip().endswith(":"):
                continue  # "Daarnaast streven we naar:", "Wij willen in 2028:": a lead-in, the goals are its points
            if rule in ("target", "target_change") and _reported(sentence, document_year):
                continue  # "De CO2-uitstoot bedroeg in 2023 ruim 640 kiloton, 4% minder dan in 2019": a figure
            if item_type == "decision" and _cites_decision_above(sentence, drafts, start):
                # "De projecten wisselen jaarlijks. (raadsbesluit van 4 juli 2019)": the citation dates the decision
                # in the sentence before; it is no decision of its own
                drafts[-1].char_end = end
                drafts[-1].text = drafts[-1].text.rstrip() + " " + sentence
                continue
            start, end, sentence = _trim_long_sentence(unit, start, end, sentence, rule)
            drafts.append(Draft(item_type, start, end, unit.section_id, text=sentence, rule=rule))
            if item_type == "request" and ADOPTED_MOTION.search(sentence):
                # "In de motie … (10 juli 2025) verzoekt de raad het college om …": what the council decided, too
                drafts.append(Draft("decision", start, end, unit.section_id, text=sentence, rule="motion_cited"))
    return drafts


MAX_CARD_FIELDS = 8


def _unclaimed_rest(unit: Unit, start: int, end: int, is_claimed: Callable[[int], bool]) -> tuple[int, str]:
    """The part of a sentence after the lines a list or table claimed, from the first line it did not claim
    (a table's last row runs on into "Wij vragen de gemeenten …" with no full stop between them); "" if none."""
    offset = start
    for line in unit.text[start - unit.start : end - unit.start].split("\n"):
        if not is_claimed(offset) and line.strip():
            rest = unit.text[offset - unit.start : end - unit.start]
            return offset, re.sub(r"\s+", " ", rest).strip()
        offset += len(line) + 1
    return start, ""


def _card_fields(units: list[Unit], place: int) -> list[Unit]:
    """The one-line field units ("Trekker: …", "Looptijd: …", "Budget: …") that follow a project card's title."""
    fields: list[Unit] = []
    for unit in units[place : place + MAX_CARD_FIELDS]:
        text = unit.text.strip()
        if unit.kind != "paragraph" or "\n" in text or CARD_FIELD.match(text) is None:
            break
        fields.append(unit)
    return fields


# The document presenting itself, not committing to anything: "In deze Kadernota stellen wij … voor", "Hieronder
# geven wij aan hoe …", "Hierbij bieden wij u de programmabegroting aan", "Per voorstel geven wij … weer".
SIGNPOSTING = re.compile(
    r"\bhierbij\s+(?:bieden|zenden|sturen)\s+(?:wij|we)\b|"
    r"\b(?:hieronder|hierna|per voorstel|in (?:deze|dit) (?:\w+ ){0,2}?(?:nota|kadernota|begroting|document|"
    r"hoofdstuk|paragraaf|bijlage|akkoord|coalitieakkoord|voorstel|statenvoorstel|raadsvoorstel|visie|agenda)|"
    r"met (?:deze|dit) (?:\w+ ){0,2}?(?:nota|kadernota|begroting|document|voorstel|statenvoorstel|raadsvoorstel))\b"
    r".{0,80}\b(?:geven|geeft|schetsen|schetst|beschrijven|beschrijft|bieden|biedt|leggen|legt|stellen|stelt|"
    r"lichten|licht|presenteren|presenteert|gaan|gaat)\b.{0,80}\b(?:aan|weer|voor|toe|in op|uit|na)\b"
    r"|\b(?:geven|schetsen|beschrijven|bieden|leggen|stellen|lichten)\s+(?:wij|we)\b.{0,60}\b(?:hieronder|hierna|"
    r"in (?:deze|dit) (?:nota|kadernota|begroting|document|hoofdstuk|paragraaf))\b",
    re.I,
)
# "We" saying what a word means, what it assumes, how it counts or books money, what it levies — no undertaking:
# "Onder klimaatneutraal verstaan we …", "Tot de kustzone rekenen wij …", "Bij de omrekening gaan we uit van …",
# "De bijkomende kosten ramen wij op …", "De storting verwerken wij op de balans …", "Daarnaast heffen we de
# verontreinigingsheffing …" (across the development halves such sentences were commitments in 1 of 26 places).
NO_UNDERTAKING = re.compile(
    r"\b(?:verstaan|ramen|raamden|derven|heffen)\s+(?:we|wij)\b|\brekenen\s+(?:we|wij)\b(?!\s+op\b)|"
    r"\b(?:we|wij)\s+(?:verstaan|ramen|derven|heffen)\b|"
    # (an assumption in figures: "Voor de koopwoning gaan we uit van de gemiddelde WOZ-waarde", "… gaan wij uit van
    # 1.350 productieve uren"; not a principle, "Wij gaan uit van het principe 'bouwen naar behoefte'")
    r"\b(?:gaan\s+(?:we|wij)|(?:we|wij)\s+gaan)\s+uit\s+van\b(?=[^.;]{0,40}(?:\d|€|\bgemiddeld|\bwoz))",
    re.I,
)
# The document saying what it describes: "In dit hoofdstuk beschrijven we vijf strategische doelen", "Per doel
# beschrijven wij waarom …", "Daarna volgen onze ambitie, de doelen …".
DESCRIBES = re.compile(
    r"\b(?:beschrijven|beschrijft|schetsen|schetst|behandelen|behandelt)\s+(?:we|wij)\b|"
    r"\b(?:volgen|volgt)\s+(?:onze|de)\s+(?:ambitie|doelen)\b|\bhoofdstuk\s+\d+\s+(?:beschrijft|bevat)\b|"
    # the document's own layout by the question it answers: "… telkens met de vragen 'Wat willen we bereiken?' en
    # …", "Per prioriteit geven we aan wat we willen bereiken, …"
    # (not what a document states there: 'In de begroting staat onder "Wat willen we bereiken?" dat …')
    r"[‘'\"“]wat\s+willen\s+(?:we|wij)\s+bereiken\b\??+[’'\"”]?+(?!\s+dat\b)|"
    r"\bper\s+(?:hoofdstuk|paragraaf|prioriteit|programma|ambitie|thema|opgave)\b[^.]{0,60}\bwat\s+(?:we|wij)\s+"
    r"(?:willen\s+bereiken|gaan\s+doen)\b",
    re.I,
)
MAX_CITATION_DISTANCE = 200  # characters between a decision and a parenthesised citation that dates it


def _cites_decision_above(sentence: str, drafts: list[Draft], start: int) -> bool:
    """True when only a trailing "(raadsbesluit van …)" makes `sentence` a decision and a decision stands just
    before it."""
    bare = re.sub(r"\s*\([^()]*\)\W*$", "", sentence)
    if bare == sentence or (classify_sentence(bare) or ("", ""))[1] == "decision":
        return False
    return bool(drafts) and drafts[-1].type == "decision" and 0 <= start - drafts[-1].char_end <= MAX_CITATION_DISTANCE


MAX_SENTENCE_LINES = 6  # a "sentence" longer than this is flattened table text: keep the lines around the match


# A numbered title on a paragraph's first line that the structure did not take for a heading (its number restarts
# under another heading: "3.2  Samenvatting" under "Zienswijze 3"; "4. Brandweerposten in kleine kernen" in a letter),
# the paragraph's text on the lines below.
TITLE_FIRST_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Ý][^\n.!?:;,]{0,50}\n(?=[A-ZÀ-Ý])")


def _after_title(unit: Unit) -> list[tuple[int, int, str]]:
    """The sentences of a unit, a numbered title on its first line left out (the text begins on the next line)."""
    title = TITLE_FIRST_LINE.match(unit.text)
    skip = title.end() if title is not None else 0
    return split_sentences(unit.text[skip:], unit.start + skip)


def cells(unit: Unit, sentences: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences, with run-on "sentences" of flattened table text cut into cells at capitalised lines."""
    result: list[tuple[int, int, str]] = []
    for start, end, sentence in sentences:
        raw = unit.text[start - unit.start : end - unit.start]
        lines = raw.split("\n")
        if len(lines) <= MAX_SENTENCE_LINES:
            result.append((start, end, sentence))
            continue
        offset = 0
        cell_start = 0
        cell_lines: list[str] = []
        for line in lines:
            if cell_lines and re.match(r"\s*[A-ZÀ-Ý“‘]", line) and not cell_lines[-1].rstrip().endswith("€"):
                text = "\n".join(cell_lines)
                result.append((start + cell_start, start + cell_start + len(text), re.sub(r"\s+", " ", text).strip()))
                cell_lines, cell_start = [], offset
            cell_lines.append(line)
            offset += len(line) + 1
        if cell_lines:
            text = "\n".join(cell_lines)
            result.append((start + cell_start, start + cell_start + len(text), re.sub(r"\s+", " ", text).strip()))
    return [piece for piece in result if piece[2]]


def _trim_long_sentence(unit: Unit, start: int, end: int, sentence: str, rule_name: str) -> tuple[int, int, str]:
    raw = unit.text[start - unit.start : end - unit.start]
    lines = raw.split("\n")
    if len(lines) <= MAX_SENTENCE_LINES:
        return start, end, sentence
    rule = next(r for r in SENTENCE_RULES if r.name == rule_name)
    flat = re.sub(r"\s+", " ", raw)
    match = rule.pattern.search(flat) or rule.pattern.search(raw)
    if match is None:
        return start, end, sentence
    # map the match back to a line of the raw text by counting words before it
    words_before = len(flat[: match.start()].split())
    seen = 0
    hit = 0
    for number, line in enumerate(lines):
        if seen + len(line.split()) > words_before:
            hit = number
            break
        seen += len(line.split())
    first, last = max(0, hit - 2), min(len(lines), hit + 3)
    offset = sum(len(line) + 1 for line in lines[:first])
    text = "\n".join(lines[first:last])
    new_start = start + offset
    return new_start, new_start + len(text), re.sub(r"\s+", " ", text).strip()


# A measured change told as what was: "bedroeg in 2023 …, 4% minder dan in 2019", "daalde met 12%".
PAST_FIGURE = re.compile(
    r"\b(?:bedroeg|bedroegen|was|waren|lag|lagen|daalde|daalden|steeg|stegen|groeide|groeiden|nam|namen)\b", re.I
)


def _reported(sentence: str, document_year: int | None) -> bool:
    """A figure of the past or present, not a target: told in the past tense, or every year it names is the
    document's own or earlier ("Het aantal jongeren daalt licht, naar 5.620 in 2026" in a nota of 2026)."""
    if PAST_FIGURE.search(sentence):
        return True
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", sentence)]
    return document_year is not None and bool(years) and max(years) <= document_year
