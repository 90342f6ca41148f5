"""The web's Dutch words for kb's errors: the CLI speaks the operator's English, a page speaks Dutch.

Each known message of the read side (kb.filters, kb.knowledge, web.present) has a Dutch form; an unknown one
gets the Dutch sentence of its kind. Nothing here tells a reader to run a command.
"""

from __future__ import annotations

import re

from kb.records import FILTER_LABELS

TITLES = {
    400: "Controleer uw vraag",
    403: "Niet toegestaan",
    404: "Niet gevonden",
    409: "De kennisbank past niet bij deze server",
    422: "Dit bestand kan niet worden gelezen",
    500: "Er ging iets mis",
    503: "Even niet beschikbaar",
}

BY_KIND = {
    "UsageError": "Deze vraag kan zo niet worden uitgevoerd.",
    "NotFoundError": "Dit staat niet (meer) in de kennisbank. Misschien is de kennisbank opnieuw ingelezen.",
    "IndexMissingError": "De kennisbank is nog niet ingelezen. Probeer het over enkele minuten opnieuw.",
    "IndexCorruptError": "De kennisbank is beschadigd en moet opnieuw worden ingelezen; meld dit aan de beheerder.",
    "ModelMismatchError": "De kennisbank is met een ander taalmodel gemaakt dan deze server gebruikt; "
    "meld dit aan de beheerder.",
    "IndexBusyError": "De kennisbank wordt op dit moment bijgewerkt. Probeer het zo opnieuw.",
}


def _filter(name: str) -> str:
    return FILTER_LABELS.get(name, name).lower()


PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"This form was sent from another site"), "Dit formulier kwam van een andere website en is geweigerd."),
    (
        re.compile(r"This form has expired"),
        "Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.",
    ),
    (re.compile(r"Unknown link kind '(.*)'"), lambda m: f"Onbekende soort verband ‘{m[1]}’."),
    (re.compile(r"A link joins two different items"), "Een verband verbindt twee verschillende items."),
    (re.compile(r"The query is empty"), "Typ eerst waar u naar zoekt, bijvoorbeeld: woningbouw voor starters."),
    (re.compile(r"The query holds no words"), "De vraag bevat geen woorden. Typ waar u naar zoekt."),
    (
        re.compile(r"The query is too long \((\d+) characters; at most (\d+)\)"),
        lambda m: f"De vraag is te lang ({m[1]} tekens; hoogstens {m[2]}). Maak er een korte vraag van.",
    ),
    (
        re.compile(r"The query has too many words \((\d+); at most (\d+)\)"),
        lambda m: f"De vraag heeft te veel woorden ({m[1]}; hoogstens {m[2]}). Maak haar korter.",
    ),
    (
        re.compile(r"Unknown (\w+) '(.*)' — known values: (.*)$", re.S),
        lambda m: f"Onbekende waarde voor {_filter(m[1])}: ‘{m[2]}’. Bekende waarden: {m[3]}.",
    ),
    (
        re.compile(r"Unknown filter '(.*)' — use one of: (.*)$"),
        lambda m: f"Onbekend filter ‘{m[1]}’. Beschikbaar: {m[2]}.",
    ),
    (
        re.compile(r"The (\w+) filter is too long \((\d+) characters; at most (\d+)\)"),
        lambda m: f"Het filter {_filter(m[1])} is te lang ({m[2]} tekens; hoogstens {m[3]}).",
    ),
    (
        re.compile(r"The year filter needs a year such as 2020, got '(.*)'"),
        lambda m: f"Het jaarfilter vraagt een jaartal zoals 2020, niet ‘{m[1]}’.",
    ),
    (re.compile(r"No section starts with '(.*)'"), lambda m: f"Geen hoofdstuk begint met ‘{m[1]}’."),
    (
        re.compile(r"The number of results must be .*"),
        "Het aantal resultaten moet een heel getal van 1 tot en met 100 zijn.",
    ),
    (re.compile(r"page must be .*"), "Het paginanummer moet een heel getal vanaf 1 zijn."),
    (
        re.compile(r"page (\d+) is past the last page \((\d+)\)"),
        lambda m: f"Pagina {m[1]} bestaat niet; er zijn {m[2]} pagina’s.",
    ),
    (re.compile(r"Results stop at (\d+)"), lambda m: f"De resultaten houden op bij nummer {m[1]}."),
    (re.compile(r"Unknown sort '(.*)'"), lambda m: f"Onbekende sortering ‘{m[1]}’."),
    (re.compile(r"span .*"), "Het gemarkeerde stuk ligt niet in deze passage."),
    (re.compile(r"lines .*"), "De gevraagde regels liggen niet in dit document."),
    (re.compile(r"No passage '(.*)'"), lambda m: f"Passage ‘{m[1]}’ staat niet in de kennisbank."),
    (re.compile(r"No register item '(.*)'"), lambda m: f"Registeritem ‘{m[1]}’ staat niet in de kennisbank."),
    (re.compile(r"No document '(.*)'"), lambda m: f"Document ‘{m[1]}’ staat niet in de kennisbank."),
    (
        re.compile(r"Unknown export format '(.*)'"),
        lambda m: f"Onbekend exportformaat ‘{m[1]}’: kies csv, xlsx, json of reqif.",
    ),
]


def dutch(kind: str, message: str) -> str:
    """The Dutch words for an error of `kind` with kb's (English) `message`."""
    for pattern, words in PATTERNS:
        match = pattern.search(message)
        if match is not None:
            return words(match) if callable(words) else str(words)
    return BY_KIND.get(kind, "Er ging iets mis aan onze kant; probeer het later opnieuw.")


def title(status: int) -> str:
    return TITLES.get(status, "Er ging iets mis")
