"""Controlled vocabularies for tagging: themes, partner organisations (with name variants), actors (pure)."""

from __future__ import annotations

import re

# Controlled theme list: theme → regex of Dutch words that signal it (word starts; compounds allowed after).
THEMES: dict[str, str] = {
    # housing: woningbouw, woonvisie, starters and seniors on the housing market
    "wonen": r"\bwon(?:en|ing\w*|ingbouw\w*)\b|\bwoon\w*|\bhuisvest\w*|\bvolkshuisvest\w*|\bhuurwoning\w*",
    # mobility and reachability by road, public transport, bicycle
    "mobiliteit": (
        r"\bmobilit\w*|\bopenbaar vervoer\b|\bov[- ]\w*|\bverkeer\w*|"
        r"\binfrastructuur\b|\bfiets\w*|\bbereikba\w*"
    ),
    # care, health and wellbeing
    "zorg": r"\bzorg(?!vuldig)\w*|\bgezondheid\w*|\bhuisarts\w*|\bmantelzorg\w*|\bwmo\b|\bggd\b|\bwelzijn\w*",
    # education, schools, literacy, labour market skills
    "onderwijs": r"\bonderwijs\w*|\bschool\w*|\bscholen\b|\blaaggelet\w*|\bgeletterd\w*|\barbeidsmarkt\w*",
    # sport and physical activity
    "sport en bewegen": r"\bsport\w*|\bbeweg(?:en|ing)\b|\bbeweegt\b|\boverge?wicht\w*|\bjogg\b",
    # economy, businesses, jobs, innovation, tourism
    "economie": (
        r"\beconom\w*|\bbedrijv\w*|\bondernem\w*|\bwerkgelegenheid\b|"
        r"\binnovat\w*|\bmkb\b|\btoeris\w*|\brecreat\w*"
    ),
    # agriculture
    "landbouw": r"\blandbouw\w*|\bagrari\w*|\bboer\w*|\bveehouderij\w*|\bvoedsel\w*",
    # nature and biodiversity
    "natuur": r"\bnatuur\w*|\bbiodiversiteit\b|\bnatura 2000\b|\becologi\w*|\bnationale? park\w*",
    # water, soil, climate adaptation
    "water en bodem": r"\bwater\w*|\bbodem\w*|\bgrondwater\w*|\bdroogte\b|\bklimaatadaptatie\b|\bbeekdal\w*",
    # energy transition
    "energie": (
        r"\benergie\w*|\bzonne\w*|\bzonnepark\w*|\bwindmolen\w*|\bwarmte\w*|"
        r"\bverduurzam\w*|\bduurzame elektriciteit\b"
    ),
    # landscape, heritage and culture
    "landschap en erfgoed": r"\blandschap\w*|\berfgoed\w*|\bcultuurhistor\w*|\bcultu(?:ur|rele)\w*|\bmonument\w*",
    # liveability of villages and neighbourhoods, shrinking population
    "leefbaarheid": (
        r"\bleefba\w*|\bkrimp\w*|\bbevolkingsdaling\b|\bvoorziening\w*|\bdorpshui\w*|\bnaoberschap\b|"
        r"\bdorp(?:en|s\w*)?\b|\bkleine kernen\b|\bwijkverbeter\w*|\bbuurtschap\w*|\bdorpsbelang\w*"
    ),
    # participation of residents and civil society
    "participatie": (
        r"\bparticipa\w*|\binwonerspanel\b|\bburgerkracht\b|"
        r"\bburgerinitiatie\w*|\binspraak\b|\bmeedoen\b|\bmee te doen\b|\bbetrokkenheid\b|\bdorpsvisie\w*|"
        r"\binitiatieven van inwoners\b|\binwonersinitiatie\w*|\bmeedenken\b|\bsamenspraak\b"
    ),
    # digital reachability: broadband, glass fibre
    "digitale bereikbaarheid": (
        r"\bbreedband\w*|\bglasvezel\w*|\bdigitale? bereikba\w*|"
        r"\bmobiel (?:bellen|internet)\b|\b[45]g\b"
    ),
    # social security and poverty
    "armoede en inkomen": r"\barmoede\w*|\blaag inkomen\b|\blage inkomens?\b|\bschulden\w*|\bminima\b",
    # spatial planning and the environment act
    "ruimtelijke ordening": (
        r"\bomgevingswet\b|\bomgevingsvisie\b|\bruimtelijk\w*|"
        r"\bbestemmingsplan\w*|\bomgevingsplan\w*"
    ),
}
THEME_PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(rx, re.IGNORECASE) for name, rx in THEMES.items()}


def detect_themes(text: str, minimum_hits: int = 1) -> tuple[str, ...]:
    """Themes whose words occur in `text`, in the order of the controlled list."""
    return tuple(name for name, rx in THEME_PATTERNS.items() if len(rx.findall(text)) >= minimum_hits)


# Partner organisations: canonical name → regex matching every spelling seen in policy texts.
PARTNERS: dict[str, str] = {
    # the northern shrinkage knowledge centre, written at least four ways
    "KKNN (Kennisknooppunt Krimp Noord-Nederland)": (
        r"\bKKNNN?\b|\bKennis\s*(?:Knooppunt|knooppunt|centrum|Netwerk)\s+Krimp\s+(?:Noord[- ]Nederland|NNL)\b"
    ),
    "DOM (Dorpenoverleg Midden-Drenthe)": r"\bDOM\b|\bDorpen\s?overleg Midden[- ]Drenthe\b",
    "WWMD (Welzijnswerk Midden-Drenthe)": r"\bWWMD\b|\bWelzijnswerk Midden[- ]Drenthe\b",
    "BOKD": r"\bBOKD\b",  # Brede Overleggroep Kleine Dorpen in Drenthe
    "CMO STAMM": r"\bCMO\s*STAMM\b|\bSTAMM\b",  # social development organisation Drenthe
    "Zorgbelang Drenthe": r"\bZorgbelang\b",
    "Sport Drenthe": r"\bSport Drenthe\b",
    "GGD": r"\bGGD\b",  # municipal health service
    "UMCG": r"\bUMCG\b",
    "Zilveren Kruis": r"\bZilveren Kruis\b",
    "Hanzehogeschool": r"\bHanze\s?hogeschool\b",
    "Rijksuniversiteit Groningen": r"\bRUG\b|\bRijksuniversiteit Groningen\b",
    "Stichting Lezen & Schrijven": r"\bStichting Lezen (?:&|en) Schrijven\b",
    "Biblionet": r"\bBiblionet\b",
    "Alfa-college": r"\bAlfa[- ]?college\b",
    "Drenthe College": r"\bDrenthe College\b",
    "OV-bureau": r"\bOV[- ]bureau\b",
    "LEADER": r"\bLEADER\b|\bLeader\b|\bLAG\b",  # EU rural programme and its local action groups
    "Stichting Dorpshuizen Midden-Drenthe": r"\bStichting Dorpshuizen\b",
    "Domesta": r"\bDomesta\b",  # housing corporation
    "Actium": r"\bActium\b",  # housing corporation
    "Woonservice": r"\bWoonservice\b",
    "Stenden": r"\bStenden\b",
    "Stichting Leergeld": r"\bStichting Leergeld\b",
    "Regio Zwolle": r"\bRegio Zwolle\b",
    "Regio Groningen-Assen": r"\bRegio Groningen[- ]Assen\b",
    "Rijk": r"\b(?:het|Het) Rijk\b|\brijksoverheid\b|\bRijk en\b|\bmet Rijk\b",
    "provincie": r"\bprovincies?\b|\bProvincie\b",
    "gemeenten": r"\bgemeente(?:n)?\b",
    "waterschappen": r"\bwaterschap(?:pen)?\b",
    "netbeheerders": r"\bnetbeheerders?\b",
    "terreinbeheerders": r"\bterreinbeheerders?\b",
    "agrarische collectieven": r"\bagrarische collectieven\b",
    "woningcorporaties": r"\bwoningcorporaties?\b",
    "dorpsbelangenorganisaties": r"\bdorpsbelang(?:en)?(?:organisaties?|verenigingen?)\b",
    "onderwijsinstellingen": r"\bonderwijsinstellingen\b|\bschoolbesturen\b",
    "inwoners": r"\binwoners\b|\bbewoners\b",
    "ondernemers": r"\bondernemers\b|\bbedrijfsleven\b",
    "maatschappelijke organisaties": r"\bmaatschappelijke (?:organisaties|partners|partijen)\b",
}
PARTNER_PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(rx) for name, rx in PARTNERS.items()}

# Phrases that introduce partners ("samen met X", "in samenwerking met X", "met gemeenten en partners").
PARTNER_CONTEXT = re.compile(r"\b(?:samen met|in samenwerking met|in overleg met|met|samenwerkingspartners?)\b", re.I)


def canonical_partner(name: str) -> str | None:
    """The canonical name for one spelling of an organisation, or None when it is not in the list."""
    for canonical, rx in PARTNER_PATTERNS.items():
        if rx.fullmatch(name.strip()) or rx.search(name.strip()) and len(name.split()) <= 6:
            return canonical
    return None


def detect_partners(text: str) -> tuple[str, ...]:
    """Organisations named in `text`, canonicalised (variants merged), in order of first mention."""
    found: list[tuple[int, str]] = []
    for canonical, rx in PARTNER_PATTERNS.items():
        match = rx.search(text)
        if match is not None:
            found.append((match.start(), canonical))
    return tuple(name for _, name in sorted(found))


# Who speaks as "wij/we": issuer names normalised to the body that commits.
ACTOR_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Gedeputeerde Staten (GS)" acting themselves
    ("Gedeputeerde Staten", re.compile(r"\b(?:Gedeputeerde Staten|GS|het college van GS)\b")),
    # "Provinciale Staten" (the provincial council)
    ("Provinciale Staten", re.compile(r"\b(?:Provinciale Staten|PS)\b")),
    # "het college (van B&W)", "de gemeente", "de gemeenteraad"
    ("gemeenteraad", re.compile(r"\bde (?:gemeente)?raad\b", re.I)),
    ("college van B&W", re.compile(r"\bhet college\b(?! van GS)", re.I)),
    ("gemeente", re.compile(r"\bde gemeente\b", re.I)),
    ("provincie", re.compile(r"\bde provincie\b", re.I)),
    ("DOM (Dorpenoverleg Midden-Drenthe)", re.compile(r"\b(?:het )?DOM\b")),
)


def subject_actor(sentence: str) -> str | None:
    """The named actor at the start of a sentence ("De gemeente gaat …" → "gemeente"), if any."""
    head = sentence[:60]
    for name, rx in ACTOR_PATTERNS:
        match = rx.search(head)
        if match is not None and match.start() < 25:
            return name
    return None
