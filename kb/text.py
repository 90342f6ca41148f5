"""The Dutch text toolkit (pure): folding, word tokens, the stop-word list and the one sentence splitter.

Search (BM25's analyzer in kb.lexical), answers (evidence sentences), tagging (sentence rules) and linking use
these, so a sentence or a stop word means the same thing everywhere.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

# Dutch stop words (Snowball's Dutch list, grouped), plus question words officials type in front of a query.
STOP_WORDS: frozenset[str] = frozenset(
    """
    de het een der des den
    en of maar want dus toch doch noch
    van in op aan met als voor bij tot uit over door naar onder tegen na om te ter
    ik je jij u hij zij ze wij we men mij me hem haar hen hun ons onze uw mijn zich zelf jullie
    die dat dit deze wie wat welk welke waar wanneer hoe waarom waarmee waarvoor
    is was zijn ben bent zal zou zullen kan kon kunnen moet moeten wil wilde willen mag mogen
    had heb hebt heeft hebben word wordt worden werd werden geweest wezen doen doet deed
    er hier daar nu dan toen al ook nog niet geen wel zo eens reeds altijd ja nee
    iets niets iemand niemand alles veel meer andere ander zonder omdat gaan gaat ging
    """.split()
)

# A line that ends a sentence (or a clause before a list): ".", "!", "?", ":" or ";", maybe closed by a quote or
# bracket. Cleaning uses it to decide whether a line break ends a paragraph; structure, whether a short line is
# a heading.
LINE_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'”’)\]]*$")
# The code of a table row as an extraction leaves it on a line of its own: "A.05", "W-3", "H1.2" (capitals only).
ROW_CODE = r"(?-i:[A-Z]{1,2})[.-]?\d{1,2}(?:\.\d{1,2})?"

# Where a sentence ends inside a text: after . ! ? (and a closing quote or bracket) followed by white space and a
# capital, a digit, a bullet, a dash, an opening quote or bracket — but not after a list number that opens a
# list ("resultaten: 1.", a line starting "2.") —; before a bullet sign; or at a blank line.
SENTENCE_BOUNDARY = re.compile(
    r"(?<=[.!?])(?<!:\s\d\.)(?<!:\s\d\d\.)(?<!\n\d\.)(?<!\n\d\d\.)[\"”’)\]]?\s+(?=[A-ZÀ-Ý0-9•\-–“‘\"(])"
    r"|\s+(?=•)|\n\s*\n"
)
# Dutch abbreviations whose full stop does not end a sentence ("We gaan met een zgn. infographic …").
ABBREVIATION_END = re.compile(
    r"\b(?:zgn|o\.a|bijv|m\.b\.t|t\.b\.v|i\.s\.m|e\.d|etc|nl|resp|ca|evt|incl|excl|m\.n)\.$", re.I
)
# A sentence that is only a parenthesised remark ("(raadsbesluit van 4 juli 2019).") belongs to the one before.
PARENTHESISED = re.compile(r"\(.*\)\W*", re.S)


def fold(text: str) -> str:
    """Lowercase and strip accents: "Coöperatie" → "cooperatie", "één" → "een"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Folded word tokens (letters and digits), no stop-word removal."""
    return _TOKEN.findall(fold(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open character spans of the sentences (and list items) of a text, without surrounding white space."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BOUNDARY.finditer(text):
        if ABBREVIATION_END.search(text[max(0, match.start() - 8) : match.start()]):
            continue
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    spans: list[tuple[int, int]] = []
    for begin, end in pieces:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        begin += len(chunk) - len(chunk.lstrip())
        end = begin + len(stripped)
        if spans and PARENTHESISED.fullmatch(stripped):
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((begin, end))
    return spans
