"""Tagging rules as reviewable data: Dutch patterns for list headers, sentence rules, dates, actors (pure).

Every row has a comment; every sentence rule carries a corpus example it must match and a counter-example it
must not (tests/test_tags.py checks both). The tagger (kb/tags/tagger.py and its stage modules) only applies
these tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.text import sentence_spans

ITEM_TYPES = ("goal", "request_gs", "request", "budget", "action", "commitment", "decision")

# Short codes used in item ids ("OVD-4.1.2-GS-03").
TYPE_ABBREVIATIONS: dict[str, str] = {
    "goal": "DOEL",
    "request_gs": "GS",
    "request": "VRAAG",
    "budget": "BUDGET",
    "action": "ACTIE",
    "commitment": "INZET",
    "decision": "BESLUIT",
}

# --- block-level headers: a short line that announces the list below it ---------------------------------

# A motion cited before its dictum, as a letter reports on it: "Deze motie, aangenomen op 10 juli 2024, " (then
# "verzoekt Gedeputeerde Staten:"); not a sentence that ends first ("De motie is aangenomen.").
CITED_MOTION = r"(?:de(?:ze)?\s+(?:aangenomen\s+)?motie\b(?:[^.:;]{0,80}?,)?\s+)?"
# A motion cited as adopted, by its date or in words: "In de motie "Rookvrij spelen" (10 juli 2025) verzoekt de raad
# …", "de aangenomen motie …" — the council's decision, besides what it asks.
ADOPTED_MOTION = re.compile(
    r"\bmotie\b[^.;]{0,80}?\((?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d\d\)|\baangenomen\s+motie\b|\bmotie\b[^.;]*\baangenomen\b",
    re.I,
)
# … and the request it makes in the same sentence, which makes the sentence a request ("… verzoekt de raad het
# college om …"), not only a decision.
MOTION_ASKS = r"(?![^.;]*\b(?:verzoekt|draagt)\s+(?:de raad|de staten|provinciale staten)\b)"

# (name, item type the list items get, regex on the whole short header line). Comment per row.
LIST_HEADERS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # "Wij vragen Gedeputeerde Staten:" — every bullet below is one request to GS
    (
        "gs_list",
        "request_gs",
        re.compile(
            r"^(?:wij|we|daarom|daarnaast)?\s*(?:vragen|verzoeken)\s+(?:wij\s+|we\s+)?(?:aan\s+)?"
            r"(?:het college van\s+)?(?:Gedeputeerde Staten|GS)\b(?:\s+(?:om|het volgende))?\s*:?$|"
            # the dictum of a motion of PS, as a list: "verzoekt Gedeputeerde Staten:", "draagt GS op:", cited in a
            # letter: "Deze motie, aangenomen op 10 juli 2024, verzoekt Gedeputeerde Staten:"
            rf"^{CITED_MOTION}(?:en\s+)?(?:verzoekt|verzoeken|draagt|dragen)\s+(?:het college van\s+)?"
            r"(?:Gedeputeerde Staten|GS)"
            r"(?:\s+(?:om|op|het volgende))?\s*:$|"
            # a decision point of PS as a list: "6. Gedeputeerde Staten te verzoeken:", "GS op te dragen:"
            r"^(?:het college van\s+)?(?:Gedeputeerde Staten|GS)\s+(?:te\s+verzoeken|te\s+vragen|op\s+te\s+dragen)"
            r"(?:\s+om)?\s*:$|"
            r"^(?:en\s+)?(?:verzoekt|draagt)\s+(?:het college van\s+)?(?:Gedeputeerde Staten|GS)(?:\s+(?:om|op))?\s*$",
            re.I,
        ),
    ),
    # the same lead-in to another body (a council's motion, a request of a board): "verzoekt het college:",
    # "Wij vragen het college om:", "draagt het dagelijks bestuur op:" — every bullet below is one request
    (
        "request_list",
        "request",
        re.compile(
            r"^(?:en\s+|wij\s+|we\s+)?(?:verzoekt|verzoeken|vragen|vraagt|draagt|dragen)\s+(?:wij\s+|we\s+)?"
            r"(?:het college|de raad|het dagelijks bestuur|de burgemeester|de wethouder|de gemeenten?|het rijk|u|"
            # (several bodies: "Wij vragen de colleges van de deelnemende gemeenten:", "… de gemeenteraden:")
            r"de colleges|de (?:gemeente)?raden|uw\s+(?:raad|staten|college|bestuur))"
            # "… om:", "… daarbij in het bijzonder om aan te geven:" (a zienswijze asked of a council)
            r"(?:\s+[\w-]+){0,4}?(?:\s+(?:om|op|het volgende|om aan te geven))?\s*:$|"
            # … what to speak to: "Wij vragen uw raad in het bijzonder om zich uit te spreken over:"
            r"^(?:wij\s+|we\s+)?(?:verzoeken|vragen)\s+(?:het college|de raad|u|uw\s+(?:raad|staten|bestuur))"
            r"(?:\s+[\w-]+){0,4}?\s+om\s+zich\s+(?:uit\s+te\s+spreken|te\s+buigen)\s+over\s*:$|"
            # a motion's dictum keyword alone on its line, the points below it: "verzoekt het college", "roept het
            # college op:"
            rf"^{CITED_MOTION}(?:en\s+)?(?:verzoekt|draagt|roept)\s+"
            r"(?:het college|het dagelijks bestuur|de burgemeester)"
            r"(?:\s+(?:om|op))?\s*:?$|"
            # any named body asked, by us or by a named requester: "De regio Twente verzoekt het kabinet … om:",
            # "Wij vragen Enexis Netbeheer, Coteq Netbeheer en TenneT om:", "Van de gemeenten vragen wij:"
            r"^(?:(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+|wij\s+|we\s+)(?:verzoekt|verzoeken|vraagt|vragen)\s+"
            r"(?!(?:wij|we|u|jullie|ons)\b)[\w\s,.&'-]{2,120}?\s+om\s*:$|"
            # … after a fronted phrase, perhaps with when: "In aanvulling op de opdracht in tabel 9.2 vragen wij de
            # ODA om in 2026:"
            r"^(?:[\w,.()-]+\s+){1,10}?(?:vragen|verzoeken)\s+(?:wij|we)\s+(?!(?:u|ons|jullie)\b)[\w\s,.&'-]{2,80}?\s+om"
            r"(?:\s+(?:in|vóór|voor|uiterlijk|per)\s+[\w\s]{1,20}?)?\s*:$|"
            r"^van\s+(?:de|het)\s+[\w\s-]{2,60}?\s+(?:vragen|verwachten|verzoeken)\s+(?:wij|we)\s*:$|"
            # the same in the other word order: "Wij vragen van Liander:" (not what is expected of those paid:
            # "We verwachten van de instellingen dat ze:")
            r"^(?:wij|we)\s+(?:vragen|verzoeken)\s+van\s+(?!(?:ons|onszelf)\b)(?:(?!\bdat\b)[\w\s,.&'-]){2,80}?:$|"
            # those asked, named alone: "Wij vragen de partners:" (not "Wij vragen het volgende:")
            r"^(?:wij|we)\s+(?:vragen|verzoeken)\s+(?:de|alle)\s+(?!volgende\b)[\w-]+(?:\s+[\w-]+){0,3}\s*:$|"
            # a decision point that asks another body, as a list: "6. De colleges van burgemeester en wethouders
            # van de deelnemende gemeenten te verzoeken:" (Gedeputeerde Staten asked: gs_list)
            r"^(?!(?:het college van\s+)?(?:gedeputeerde staten|gs)\b)(?:de|het)\s+[\w\s,&-]{2,100}?\s+"
            r"(?:te\s+verzoeken|te\s+vragen|op\s+te\s+dragen)(?:\s+om)?\s*:$",
            re.I,
        ),
    ),
    # a rekenkamer's recommendations: "Aanbevelingen aan de raden", "Aanbevelingen", "De rekenkamercommissie doet de
    # volgende aanbevelingen:" — each point below asks the body it is addressed to
    (
        "recommendations",
        "request",
        re.compile(
            r"^(?:onze\s+)?aanbevelingen(?:\s+aan\s+(?:de|het|uw)\s+[\w\s-]{2,40})?\s*:?$|"
            r"^.{0,80}\b(?:doet|doen)\s+(?:de\s+volgende|\w+)\s+aanbevelingen\s*:$|"
            r"^.{0,80}\b(?:beveelt|bevelen)\s+(?:de|het|uw)\s+[\w\s-]{2,40}?\s+aan\s*:$",
            re.I,
        ),
    ),
    # a year's account of the measures: "Wat hebben we daarvoor gedaan?" — its bullets (not its paragraphs of results)
    (
        "action_done",
        "action",
        re.compile(
            r"^wat\s+(?:hebben|heeft)\s+(?:we|wij|de provincie|de gemeente)\s+(?:daarvoor\s+|hiervoor\s+)?"
            r"gedaan\s*[?:.]?$|"
            # a report's progress of its measures: "Voortgang acties", "Voortgang van de maatregelen"
            r"^voortgang\s+(?:van\s+de\s+)?(?:acties|maatregelen|activiteiten|projecten)\s*:?$",
            re.I,
        ),
    ),
    # "Wat gaan we doen?", "Wat gaan we samen met het DOM en WWMD doen?" — action bullets (often displaced)
    # (with what it is about: "Wat gaan we doen op het gebied van bedrijfsvoering?")
    (
        "action_box",
        "action",
        re.compile(
            r"^wat\s+(?:gaan|zullen)\s+(?:we|wij)\b.{0,60}\bdoen"
            r"(?:\s+(?:op het gebied van|aan|voor|in|met|rond|binnen)\s+[\w\s,'-]{2,60}?|"
            # … or what for: "Wat gaan we doen om de raden te betrekken?"
            r"\s+om\s+[\w\s,'-]{2,60}?\s+te\s+\w+)?\s*[?:.]?$",
            re.I,
        ),
    ),
    # "Beleidsstrategie", "Maatregelen", "Acties", "Activiteiten", "Afspraken", "Wat gaan we daarvoor doen?", "Zo gaan
    # we dit doen" — action lists (a "Wat gaan we doen" box is action_box above: its bullets may be displaced)
    (
        "action_list",
        "action",
        re.compile(
            r"^(?:(?:onze|de|concrete|overige|nieuwe|belangrijkste)\s+)?(?:afspraken|uitvoering|"
            # ("Versnellingsmaatregelen", "Beheersmaatregelen": measures of a kind)
            r"(?:beleidsstrategie|[a-z]*maatregel(?:en)?|acties|actiepunten|activiteiten|"
            # a chapter that is the programme itself: "6. Actieprogramma 2027–2030", "Actieplan", "Maatregelenpakket"
            r"actieprogramma|actieplan|maatregelenprogramma|maatregelenpakket|"
            # the steps of a programme with their dates: "Mijlpalen", "Mijlpalen 2027" ("– juli 2026: gunning …")
            r"mijlpalen)"
            # … with what they are per or for, or their years: "Maatregelen per jaar", "Acties per thema",
            # "Maatregelen voor de Reest", "Maatregelenprogramma 2027-2031" (not "Afspraken per partij", a
            # chapter of a covenant whose articles say what each party does, or must)
            # (words apart by single spaces, no page number: not a line of the table of contents)
            r"(?:\s(?:per|voor|in)\s(?!(?:dit|deze)\b)(?!.*\s\d{1,3}\s*$)[\w,()'-]+(?:\s[\w,()'-]+){0,7}|"
            r"\s+20\d\d(?:\s*[-–]\s*20\d\d)?|"
            # … or of the programme line, theme or pillar they serve: "Activiteiten programmalijn 4", "Acties pijler 3"
            r"\s+(?:programmalijn|thema|pijler|spoor|ambitie|opgave)\s+\d{1,2}(?:\.\d{1,2})?)?|"
            r"wat doen (?:we|wij)|"
            # what parties agree, its points below: "Daarnaast spreken de corporaties en de gemeente af:"
            r"(?:daarnaast\s+|ook\s+)?spreken\s+(?:[\w-]+\s+){1,8}?af(?=\s*:)|"
            r"(?:de|het)\s+[\w\s,-]{2,80}?\s+spreken\s+(?:met\s+elkaar\s+)?af(?=\s*:)|"
            r"wat\s+(?:gaan|zullen)\s+(?:we|wij)\s+(?:daarvoor|hiervoor|daaraan)\s+doen|"
            # … and in the word order of a heading: "Wat we gaan doen", "Wat we daarvoor doen", "Wat we afspreken"
            r"wat\s+(?:we|wij)\s+(?:daarvoor\s+|hiervoor\s+)?(?:gaan\s+|zullen\s+)?(?:doen|afspreken)|"
            # "Zo gaan we dit doen", "Hoe gaan we dat doen?", "Dit gaan we doen", "Dit doen we"
            r"(?:zo|hoe)\s+(?:gaan|doen)\s+(?:we|wij)\s+(?:dit|dat|het)(?:\s+doen)?|"
            r"dit\s+(?:gaan\s+)?(?:we|wij)\s+doen|dit\s+doen\s+(?:we|wij)|"
            # agreements with the parties or on the subject named: "Afspraken met de schoolbesturen", "Afspraken
            # tussen de partners", "Afspraken over veiligheid"
            r"afspraken\s+(?:met|tussen|over)\s+(?![^.]*\b(?:zijn|is|wordt|worden|werden|heeft|hebben)\b)[\w\s,-]{2,60})"
            r"\s*[?:.]?$",
            re.I,
        ),
    ),
    # "Daarbij hanteren wij de volgende uitgangspunten", "Uitgangspunten:" — principles we commit to
    (
        "principles",
        "commitment",
        re.compile(
            r"^(?:.{0,60}\bde\s+volgende\s+uitgangs?punten"
            r"|uitgangspunten|(?:wij|we)\s+(?:kiezen|gaan)\s+voor)\s*:?$",
            re.I,
        ),
    ),
    # "Wij gaan de risicobeheersing in 2026 verder versterken:", "Dit doen we door:", "Hiervoor gaan we:" — a lead-in
    # that says what we are going to do opens a list of actions. Not "We gaan voor:" (principles, above), not
    # "Wij willen:" (aims), not "We gaan in gesprek met:" (who, not what), not "Daarbij gaan we uit van de volgende
    # principes:" (assumptions).
    (
        "action_lead_in",
        "action",
        re.compile(
            r"^(?:(?:[^.!?]{0,60}\b)?(?:(?:we|wij)\s+(?:gaan|zullen)|(?:gaan|zullen)\s+(?:we|wij))\b(?!\s+in\s+gesprek)"
            r"(?!.*\bmet\s*:$)(?!.*\b(?:uit\s+van|principes|uitgangspunten)\b)[^.!?]{0,70}"
            r"|(?:dit|dat|hiervoor|daarvoor|daartoe)\s+(?:doen|gaan)\s+(?:we|wij)(?:\s+\w+){0,3}"
            # the means, after what we do: "Wij beheersen de risico's onder meer door:", "Dit bereiken we door:"
            # (not a passive, "Wij worden gefinancierd door:", nor a cause, "Dat komt door:")
            r"|(?:(?:wij|we)\s+(?!(?:worden|zijn|waren|werden)\b)|(?:dit|dat)\s+(?:bereiken|doen|realiseren)\s+(?:we|wij)\b)"
            # ("Wij stimuleren bewoners om bomen te planten via:")
            r"[^.!?:]{0,80}?\s+(?:onder\s+(?:meer|andere)\s+)?(?:door|via)"
            # the measures named as what follows: "Wij nemen de volgende maatregelen:", "… afgesproken dat in het
            # Vervoerplan 2028 de volgende verbeteringen worden opgenomen:" (not what a scheme subsidises: "De
            # volgende activiteiten komen in aanmerking voor subsidie:")
            r"|(?![^:]*\b(?:aanmerking|subsidiabel|subsidie)\b)[^.!?]{0,120}\bde\s+volgende\s+(?:[\w-]+\s+)?"
            r"(?:maatregelen|acties|activiteiten|verbeteringen|projecten|investeringen|werkzaamheden|stappen)\b"
            r"[^.!?:]{0,80}"
            # the instruments put to use: "Voor de uitvoering zetten wij een mix van instrumenten in:"
            r"|[^.!?:]{0,60}\b(?:zetten|zet)\s+(?:wij|we)\b[^.!?:]{0,40}\binstrumenten\s+in)"
            r"\s*:$|"
            # what will be started: "Na ondertekening wordt gestart met:", "In 2027 starten wij met:"
            r"^[^.!?:]{0,60}\b(?:(?:wordt|worden)\s+(?:ge)?start|starten\s+(?:wij|we)|(?:wij|we)\s+starten)\s+met\s*:$|"
            # the lead-in alone on its line, its bullets completing it: "Wij gaan" / "- een regeling … openstellen;"
            r"^(?:daarnaast\s+|verder\s+)?(?:wij|we)\s+(?:gaan|zullen)$|"
            # a named body's plans for a year: "In 2028 wil de GGD:" / "• het vaccinatieprogramma uitbreiden …"
            r"^in\s+20\d\d\s+(?:wil|willen|gaat|gaan|zal|zullen)\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*:$",
            re.I,
        ),
    ),
    # a covenant's undertakings: "Partijen spreken af:", "De gemeenten verplichten zich tot:", "De provincie
    # draagt bij aan de versnelling van woningbouwprojecten door:" — each point below is one action of a party.
    # Not "Partijen constateren:" (grounds) nor "De provincie draagt bij aan het fonds." (no list).
    (
        "agreement_lead_in",
        "action",
        re.compile(
            # (also parties writing as "wij", as a bestuursakkoord does: "Wij spreken daarnaast af dat:")
            # (the article's number before it, "7.1 Amersfoort zorgt voor:"; a party by its name alone — not the
            # States' executive promising its council: "Gedeputeerde Staten verbinden zich ertoe:" lists commitments)
            r"^(?:\d{1,2}(?:\.\d{1,2})?\s+)?"
            r"(?:(?:de\s+)?partijen|(?:wij|we)|(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}|(?!(?:dit|dat|deze|die|wat|het|er|zo|ook|daarmee|hiermee|hij|zij|ze|gedeputeerde|provinciale)\b)(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)"
            r"\s+(?:"
            r"(?:spreken|spreekt|komen|komt)\s+(?:(?:daarnaast|ook|verder|tevens|hierbij|met elkaar)\s+)?"
            r"(?:af|overeen)(?:\s+dat)?|"
            # (with what it heeds or adds: "De Gemeente verplicht zich, met inachtneming van artikel 24, tot:", "De
            # Corporaties verplichten zich voorts tot:")
            r"(?:verplicht(?:en)?|verbindt|verbinden)\s+zich(?:,[^.:]{0,80},|\s+(?:voorts|daarnaast|verder|tevens|gezamenlijk|samen))?"
            r"(?:\s+(?:tot|om|ertoe))?|(?:zorgen|zorgt)\s+voor|"
            r"(?:draagt|dragen)\s+bij\b.{0,80}\bdoor)\s*:$|"
            # … what was agreed, in the perfect: "Voor de periode 2027-2031 hebben de partners afgesproken:", "Met de
            # corporaties is afgesproken dat:"
            r"^[^.:]{0,80}\b(?:hebben|heeft|is|zijn)\b[^.:]{0,60}\bafgesproken(?:\s+dat)?\s*:$",
            re.I,
        ),
    ),
    # "Wij stellen u voor:", "Voorgesteld besluit", "Beslispunten", "De raad wordt voorgesteld om:", "besluit:",
    # "Provinciale Staten van Overijssel … besluiten:" — each point below is a (proposed) decision
    (
        "proposal",
        "decision",
        re.compile(
            r"^(?:(?:wij|we)\s+stellen\s+(?:u|de raad|uw raad|uw staten|provinciale staten)\s+voor(?:\s+om)?|"
            # a board's proposal reported: "Het dagelijks bestuur stelde voor:", "Het college stelt de raad voor om:"
            r"(?:het\s+(?:dagelijks\s+bestuur|algemeen\s+bestuur|college)|gedeputeerde\s+staten)\s+"
            r"(?:stelt|stelde|stellen|stelden)\s+(?:(?:de\s+raad|het\s+algemeen\s+bestuur|provinciale\s+staten|"
            r"uw\s+(?:raad|staten))\s+)?voor(?:\s+om)?|"
            # (the decision asked for, as a Statenvoorstel says: "Gevraagd besluit (beslispunten)", "Te nemen besluit")
            r"(?:het\s+)?(?:voorgesteld|gevraagd)(?:e)?\s+besluit(?:\s*\(\w+\))?|te\s+nemen\s+besluit|ontwerpbesluit|"
            r"beslispunten|besluitpunten|"
            r"(?:de raad|provinciale staten|uw raad|uw staten)\s+wordt\s+voorgesteld(?:\s+(?:om|te besluiten))?|"
            r"(?:het\s+)?besluit(?:en)?)\s*:?$|"
            # the operative words of a formal resolution: "De raad van de gemeente Midden-Drenthe besluit:", "De raad
            # … besluit, met inachtneming van het aangenomen amendement A-2026-07 (…):"
            # (not a list of decisions taken before: "Het plan sluit aan op een aantal eerder genomen besluiten:")
            r"^.{0,120}(?<!genomen\s)(?<!eerdere\s)(?<!volgende\s)(?<!andere\s)\b(?:besluit(?:en)?|besloten)\s*:$|"
            # the resolution as amended: "Het gewijzigde besluit luidt:", "Het besluit luidt als volgt:"
            r"^.{0,120}\bbesluit\s+luidt(?:\s+als\s+volgt)?\s*:$|"
            r"^.{0,120}\bbesluit(?:en)?\s*,\s*(?:met inachtneming|gelet|gehoord|gezien)\b[^:]{0,200}:$|"
            # a proposal with its object: "Wij stellen Provinciale Staten voor het resultaat … als volgt te bestemmen:"
            r"^(?:wij|we)\s+stellen\s+(?:u|de raad|uw raad|uw staten|provinciale staten|het algemeen bestuur)\s+voor\b"
            r"[^:]{0,120}\bte\s+[a-zà-ÿ]+\s*:$|"
            # a deciding body asked to decide: "Wij vragen het algemeen bestuur van Regio Rivierenland:"
            # (not "Wij vragen uw raad daarbij om aan te geven:", wishes asked for; not the councils of a region)
            r"^(?:wij|we)\s+vragen\s+(?:het algemeen bestuur|de (?:gemeente)?raad|uw raad|uw staten|provinciale staten)"
            r"(?:\s+van\s+[^:]{1,60}?)?(?:\s+om)?\s*:$",
            re.I,
        ),
    ),
    # "Strategisch langetermijndoel", "Hoofddoel", "Onze ambitie", "Doelstellingen", "Dit willen we bereiken:", a
    # jaarverslag's "Wat wilden we bereiken?" (what was done there is reported, not planned: no action header),
    # "Beoogd effect", "Concreet streven we naar:", "Onze visie" — the bullets (or first paragraphs) below are goals
    (
        "goal_label",
        "goal",
        re.compile(
            r"^(?:(?:strategisch(?:e)?\s+(?:langetermijn)?\s?|operatione(?:el|le)\s+|tactische?\s+|ons\s+|onze\s+|"
            r"concrete\s+|meetbare\s+|de\s+)?"
            # … with what they are per, or their year: "Doelen per vervoerwijze", "Doelstellingen voor 2030"
            # … or the name of the strategy they come from: 'Strategische doelen "Gezond Rivierenland 2024-2027"'
            # … numbered, alone on its line over the goal's statement: "Strategisch doel 1", "Doelstelling 3"
            r"(?:hoofd)?(?:doel(?:en|stelling(?:en)?)?|ambitie(?:s)?)(?:\s+\d{1,2})?"
            r"(?:\s+per\s+[\w-]{2,30}|\s+voor\s+20\d\d|\s+[\"“'‘][^\"“”'‘’]{2,60}[\"”'’])?|"
            # a lead-in: "De belangrijkste doelen zijn:", "Onze doelen voor 2035 zijn:"
            r"(?:de|onze)\s+(?:\w+\s+){0,3}?doel(?:en|stellingen)\s+(?:\w+\s+){0,3}?(?:zijn|luiden)|"
            # … also of what: "Beoogd effect uitvoeringsagenda 2026–2029"
            r"beoogd(?:e)?\s+(?:effect(?:en)?|resulta(?:at|ten)|maatschappelijk(?:e)?\s+effect(?:en)?)"
            r"(?:\s+(?:van\s+(?:de|het)\s+)?[a-zà-ÿ][\w–-]+(?:\s+20\d\d(?:\s*[–-]\s*20\d\d)?)?)?|"
            # the result a plan aims at by a year, over its targets: "Resultaat in 2030", "Resultaten eind 2029"
            r"resulta(?:at|ten)\s+(?:in|voor|eind)\s+20\d\d|"
            r"(?:dit|wat)\s+(?:willen|wil|wilden|wilde)\s+(?:we|wij)\s+(?:daarmee\s+)?bereiken|"
            # the word order of a heading in running prose: "Wat we willen bereiken"
            r"wat\s+(?:we|wij)\s+(?:daarmee\s+)?(?:willen|wilden)\s+bereiken|"
            r"(?:concreet\s+)?(?:streven|strijden)\s+(?:we|wij)\s+naar|(?:maatschappelijke\s+)?opgaven|"
            r"(?:we|wij)\s+(?:streven|strijden)\s+naar|"
            r"doel\s+van\s+(?:de|het|deze|dit)\s+\w+|"
            # a vision label over the picture of the future below it: "Onze visie", "Visie 2035" (not a bare
            # "Visie" section, which may explain what a vision is, nor "Visie op …")
            r"onze\s+visie|visie\s+(?:voor\s+)?20\d\d)\s*[?:.]?$|"
            # a year alone over the states to reach by it, each bullet the rest of the sentence: "In 2030:" / "– telt
            # Amersfoort 103.000 banen" (3 of 3 in the development halves over a list of goals)
            r"^(?:in|vóór|uiterlijk|eind)\s+20\d\d\s*:$|"
            # a lead-in: "Met de regeling wordt in het bijzonder beoogd:", "Het programma heeft tot doel:", "Met de
            # vernieuwing willen wij bereiken dat:"
            r"^.{0,80}\b(?:beoogd|tot\s+doel|als\s+doel(?:en)?|(?:willen|wil)\s+(?:we|wij)\s+bereiken\s+dat)\s*:$|"
            # the results aimed at: "De belangrijkste resultaten die wij in 2030 willen zien zijn:"
            r"^.{0,80}\bresulta(?:at|ten)\s+die\s+(?:wij|we)\s+(?:[\w-]+\s+){0,4}?(?:willen|wil)\s+"
            r"(?:zien|bereiken|behalen|boeken)(?:\s+(?:zijn|is))?\s*:$|"
            # "Ons doel is dat in 2029:", "Daarnaast streven we ernaar dat:", "Wij vertalen de strategische doelen naar
            # de volgende doelstellingen voor de periode tot en met 2030:"
            r"^.{0,80}\b(?:(?:ons|onze|het)\s+doel\s+is\s+dat(?:\s+in\s+20\d\d)?|"
            r"(?:(?:streven|strijden)\s+(?:we|wij)|(?:we|wij)\s+(?:streven|strijden))\s+(?:ernaar|naar)\s+dat|"
            r"de\s+volgende\s+(?:[\w-]+\s+)?(?:doel(?:en|stellingen)|ambities)\b[^:]{0,60}|"
            # parties striving for what follows: "2.2 Partijen streven naar de volgende resultaten:"
            r"(?:streven|streeft)\s+(?:naar|ernaar)\s+(?:de\s+volgende\s+)?(?:[\w-]+\s+)?"
            r"(?:resultaten|doelen|doelstellingen|uitkomsten|effecten)\b[^:.]{0,40}|"
            # "Wij hanteren vijf strategische doelen voor 2029:" (not "Om deze doelen te bereiken, …:"), "In het WBP
            # zijn drie dwarsdoorsnijdende ambities benoemd die in alle taken terugkomen:"
            r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:[\w-]+\s+)?"
            r"(?:doel(?:en|stellingen)|ambities)\b[^:.]{0,40})"
            r"\s*:$",
            re.I,
        ),
    ),
)

# Label lines with their content on the same line: "Strategisch doel: Wij willen …", "Hoofddoel: integrale …".
INLINE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Strategisch doel: …", "Hoofddoel: …", "Hoofddoelstelling: …", "Deelopgave 1: …", "Ambitie: …"
    (
        "goal",
        re.compile(
            r"^(?:(?:strategisch(?:e)?\s+(?:langetermijn)?\s?|ons\s+|hoofd)?doel(?:stelling)?(?:\s+[\w.-]{1,8})?|"
            r"(?:deel)?opgave\s*\d*|ambitie\s*\d*|missie|beoogd(?:e)?\s+effect)\s*:(?:\s*\S|\s*$)|"
            # a numbered ambition with a dash: "Ambitie 1 - Een robuust en samenhangend natuurnetwerk."
            # (of a kind too: "Strategisch doel 2 - Beschermen. Inwoners en bedrijven zijn beschermd …")
            r"^(?:(?:strategisch(?:e)?|hoofd|programma)\s*)?(?:ambitie|doel|opgave)\s+\d+\s*[-–]\s*\S|"
            # a label run into its text by the extraction: "Doelstelling Alle provinciale bruggen zijn in 2035 …", or
            # with what it is of: "Doelstelling pijler 1: …", "Beoogd effect is dat …" (not a title "Ambitie en
            # programmadoelen")
            r"^(?-i:Doelstelling|Ambitie|Beoogd effect)\s+(?!en\b)(?=[A-Z])|"
            # the BBV question with its answer on the same line: "Wat willen we bereiken? Wij zorgen voor het juiste
            # water op de juiste plek …" (not a jaarverslag's "Wat wilden we bereiken?", reported; nor a reading
            # guide's "Wat willen we bereiken? Hier beschrijven wij de effecten …")
            r"^(?:wat|dit)\s+(?:willen|wil)\s+(?:we|wij)\s+(?:daarmee\s+)?bereiken\s*\?\s*(?=[A-ZÀ-Ý])"
            r"(?!.{0,30}\b(?:beschrijven|beschrijft|schetsen|schetst|staat|staan)\s+(?:we|wij|welke|wat)\b)"
            # (nor "Wat willen we bereiken? In tabel 3.1 hebben wij de hoofddoelen … samengevat": a pointer)
            r"(?!\s*in\s+(?:tabel|hoofdstuk|paragraaf|bijlage|figuur)\s+\d)",
            re.I,
        ),
    ),
    # "Actie: …", "Maatregel: …", a risk's "Beheersmaatregel: …", a project card's "Project: Dorpsadviseurs" (its
    # "Trekker: … / Looptijd: … / Budget: …" lines below belong to it: CARD_FIELD), numbered or coded too ("Actie
    # 3.2: Uitbreiden Housing First …", "Maatregel B4: …")
    # (plural too, a paragraph's list of them: "Maatregelen: peilverhoging in vijf polders, pilot natte teelten")
    (
        "action",
        re.compile(
            r"^(?:acties?|(?:beheers)?maatregel(?:en)?|project)(?:\s*[A-Z]?\d+(?:\.\d+)*[a-z]?)?\s*:(?:\s*\S|\s*$)",
            re.I,
        ),
    ),
)

# The fields of a project card or measure below its title line: who leads it, with whom, when, with what money.
CARD_FIELD = re.compile(
    r"^(?:trekker|partners?|looptijd|planning|termijn|periode|gereed|jaar|budget|kosten|eigenaar|verantwoordelijke?)\s*:",
    re.I,
)

# Section titles whose content is a glossary: definitions of "doel", "besluit" there are not goals or decisions.
GLOSSARY_TITLES = re.compile(
    r"\b(?:begrippen(?:lijst)?|woordenlijst|verklarende woorden|afkortingen(?:lijst)?|"
    r"definities|lijst van begrippen)\b",
    re.I,
)

# A list item or paragraph that opens with a nominalised infinitive, the way measures are listed: "Opstellen van
# een warmteplan", "Uitvoeren van …", "Vergroenen van tien schoolpleinen" (not a plural noun: "Kosten van …",
# "Woningen voor …", "Resultaten van …").
NOMINAL_ACTION = re.compile(
    r"^(?!(?:kosten|woningen|resultaten|gevolgen|middelen|gegevens|mogelijkheden|afspraken|plannen|inwoners|"
    r"ouderen|jongeren|kernen|wijken|bedrijven|scholen|regels|vragen|zaken|taken|lasten|baten)\b)"
    r"(?-i:[A-Z])[a-zëïé]+(?<!ing)(?<!heid)en\s+(?:van|en|met|voor|op|in|aan|naar|bij|door)\b",
    re.I,
)

# Section titles of an action programme: statements of intent there are actions (rows of the programme).
PROGRAMME_TITLES = re.compile(r"\b(?:uitvoeringsprogramma|actieprogramma|actieplan|maatregelenprogramma)\b", re.I)
# A document that is itself a plan of investments ("Meerjareninvesteringsplan 2027-2030", "Investeringsprogramma
# …", "Regionale Investeringsagenda …"): its projects are what it will do, as a programme's measures are (its title
# only: a chapter "5 Investeringsprogramma" in a mobility programme lists its projects as table rows, the prose
# around them is procedure)
INVESTMENT_PLAN_TITLES = re.compile(
    r"^(?:(?:regionale|provinciale|gemeentelijke)\s+)?(?:meerjaren)?investerings(?:plan|programma|agenda)\b", re.I
)
# … and the sections of a programme about the programme itself: how it is steered, monitored and accounted for, its
# introduction, its task, its risks and money. A statement of intent there ("We volgen de uitvoering op twee
# niveaus") is no measure of the programme.
PROGRAMME_FRAME_TITLES = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:sturing|monitoring|evaluatie|verantwoording|rapportage|organisatie|governance|"
    r"rollen|leeswijzer|inleiding|aanleiding|begrippen|risico'?s|financi(?:ën|eel|ering)|opgave|context|"
    r"samenwerking|partners|"
    # … its foreword, summary and how it came about, its aims, where things stand, the motions it answers
    # (a title about the aims alone: "Ambitie en doelen", "Doelen voor 2030" — not "Doelen per thema", stated with
    # what will be done)
    r"voorwoord|samenvatting|totstandkoming|waar\s+staan\s+we|afdoening|"
    r"(?:(?:onze|de)\s+)?(?:ambitie|ambities|(?:strategisch\w*\s+)?doel(?:en|stelling(?:en)?)?)"
    r"(?:\s+en\s+(?:\w+)?doel(?:en|stellingen)?)?(?:\s+(?:voor|in|tot)\s+20\d\d)?\s*$|"
    # … what it starts from and answers: the situation, its principles, the views on its draft
    r"(?:de\s+)?(?:huidige\s+situatie|\w*situatie\b|knelpunten|terugblik|uitgangspunten|inspraak|"
    r"zienswijzen|wettelijk\s+kader|procedure)|"
    # … and the proposal that offers it for adoption, with its parts ("10 Raadsvoorstel en ontwerpbesluit",
    # "Argumenten", "Kanttekeningen", "Communicatie")
    r"(?:raads|staten)voorstel|(?:ontwerp)?besluit|argumenten|kanttekeningen|communicatie)\b",
    re.I,
)

# --- sentence-level rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceRule:
    """One reviewable rule: a Dutch pattern, the item type it yields, a corpus example and a counter-example."""

    name: str
    type: str
    pattern: re.Pattern[str]
    example: str  # a real sentence the rule must match
    counter: str  # a sentence it must not match


# The outcome of a vote on a motion, amendment or proposal, and what was voted on, named before it with a colon
# ("RV 2026-088 (OZB): aangenomen met 23 stemmen voor …"): one writing for the vote rule below, VOTED (a table of
# votes) and kb.tags.tagger (a vote closing the motion above it).
VOTE_WORD = r"(?:aangenomen|verworpen)"
VOTED_ON = r"[^.;:]{2,60}:\s*"


# The council or the States asking the author, addressed as "u": "heeft u ons gevraagd", "U heeft ons verzocht om",
# "vroeg u ons", "verzoekt u ons … voor te leggen" (not "wij hebben u gevraagd", "wij verzoeken u").
YOU_ASKED_US = (
    r"\b(?:(?:heeft|hebt)\s+u\s+ons|u\s+(?:heeft|hebt)\s+ons|vroeg\s+u\s+ons|verzocht\s+u\s+ons)\b[^.]{0,80}"
    r"\b(?:verzocht|gevraagd|opgedragen|om)\b|"
    # … in the present, telling what a motion asks: "Daarin verzoekt u ons uiterlijk eind 2025 … voor te leggen"
    r"\b(?:verzoekt|vraagt)\s+u\s+ons\b[^.]{0,160}\bte\s+[a-zà-ÿ]+"
)


def _rule(name: str, item_type: str, regex: str, example: str, counter: str) -> SentenceRule:
    return SentenceRule(name, item_type, re.compile(regex, re.I), example, counter)


_GS = r"(?:aan\s+)?(?:het college van\s+)?(?:Gedeputeerde Staten|GS)\b"
# a Dutch month, in dates, periods and table rows
MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_WE = r"(?:wij|we)"
# A party that asks, as a response note or a council's zienswijze names it: "Indiener", "De stichting", "De raad",
# "De Jongerenraad en het Studentenplatform", "Regio Parkstad", "Een bewonersgroep uit Heerlen-Noord (reactie 88)".
_PARTY = (
    r"(?:(?:de|het|een)\s+)?(?:indieners?|zij|hij|stichting|vereniging|waterschap|corporatie|werkgroep|dorpsbelang\w*|"
    r"\w*raad|\w*platform|\w*groep|fracties?|(?!(?:wij|we)\b)(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2}|"
    # a body by its name: "De gemeente Ede", "De gemeente Brummen"
    r"(?:gemeente|provincie|waterschap)\s+(?-i:[A-Z][\w-]+))"
    r"(?:\s+(?:uit|van|in)\s+(?-i:[A-Z][\w-]+))?(?:\s*\([^()]{0,80}\))?(?:\s+en\s+(?:de|het)\s+[\w-]+)?"
    # … with others: "De gemeente Ede en vier bewoners"
    r"(?:\s+en\s+(?:\w+\s+)?(?:bewoners|omwonenden|inwoners|ondernemers))?"
)
# the label a response note puts before the party whose view it gives: "Zienswijze: De gemeente Ede …"
_RESPONSE_LABEL = r"(?:(?:zienswijze|inspraakreactie|opmerking|reactie\s+indiener)\s*\d*\s*:\s*)?"
# a date or period a schedule names: "18 december 2025", "maart 2026", "Q2 2027", "najaar 2026"
_DATED = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}|Q[1-4]|voorjaar|zomer|najaar)\s+(?:19|20)\d\d"
# A row of a schedule that names a decision and when it is due: "Vaststelling woonvisie en budget door de raad
# 18 december 2025", "Besluitvorming Provinciale Staten 12 december 2025" (not "Vaststellen van het programma van
# eisen": a measure's nominalised verb)
# (also as a row of a numbered or year-by-year planning table: "3 Vaststelling Grondexploitatie door raad Gemeente Q2
# 2026", "2026 Vaststelling Natuurbeheerplan 2026; openstelling …"; or a plan named first, with when it is adopted:
# "Werklocatiestrategie Amersfoort 2040 vastgesteld door de raad Q4 2026")
MILESTONE = re.compile(
    rf"^(?:\d{{1,2}}\s+)?(?:{_DATED}\s*:\s*)?(?:vaststelling|besluitvorming)\b(?=.*\b{_DATED})|"
    rf"^(?:19|20)\d\d\s+(?:vaststelling|besluitvorming)\b|"
    rf"^[^.;:]{{3,80}}?\bvastgesteld\b(?:\s+door\s+[^.;:]{{2,40}}?)?\s+{_DATED}\s*$",
    re.I,
)

# The first row (in this order) that matches a sentence decides its item type.
SENTENCE_RULES: tuple[SentenceRule, ...] = (
    # --- request_gs: requests to Gedeputeerde Staten inside running text
    # inverted: "Daarom vragen wij Gedeputeerde Staten onze doelen te vertalen …"
    _rule(
        "gs_inverted",
        "request_gs",
        rf"\b(?:vragen|verzoeken)\s+{_WE}\s+{_GS}\s+\S",
        "Daarom vragen wij Gedeputeerde Staten onze doelen te vertalen naar uitvoerbare programma's.",
        "Het begrip Gedeputeerde Staten staat in de begrippenlijst.",
    ),
    # subject first: "Wij vragen Gedeputeerde Staten om bij besluiten … toe te lichten"
    _rule(
        "gs_subject",
        "request_gs",
        rf"\b{_WE}\s+(?:vragen|verzoeken)\s+{_GS}\s+(?!\s*:)\S",
        "Wij vragen Gedeputeerde Staten om bij besluiten met een wezenlijke impact toe te lichten …",
        "Gedeputeerde Staten vragen ons om advies.",
    ),
    # "roepen wij Gedeputeerde Staten op …"
    _rule(
        "gs_call",
        "request_gs",
        rf"\broepen\s+{_WE}\s+{_GS}\s+op\b",
        "Tot slot roepen wij Gedeputeerde Staten op om de regeling te verlengen.",
        "Gedeputeerde Staten roepen inwoners op om mee te doen.",
    ),
    # a task: "Wij dragen Gedeputeerde Staten op jaarlijks te rapporteren"
    _rule(
        "gs_task",
        "request_gs",
        rf"\bdragen\s+{_WE}\s+{_GS}\s+op\b|\b{_WE}\s+dragen\s+{_GS}\b[^.]{{0,80}}\bop\b",
        "Wij dragen Gedeputeerde Staten op jaarlijks over de voortgang te rapporteren.",
        "Gedeputeerde Staten dragen zorg voor de uitvoering.",
    ),
    # the dictum of a motion of PS or a decision point: "verzoekt Gedeputeerde Staten om …", "draagt het college van
    # Gedeputeerde Staten op …", "Gedeputeerde Staten te verzoeken de voorstellen uit te werken …"
    _rule(
        "gs_dictum",
        "request_gs",
        r"\b(?:verzoekt|verzoeken|draagt|dragen)\s+(?:het college van\s+)?(?:Gedeputeerde Staten|GS)\b|"
        r"\b(?:Gedeputeerde Staten|GS)\s+(?:te\s+verzoeken|te\s+vragen|op\s+te\s+dragen)\b|"
        # PS asking in the present: "Provinciale Staten vragen Gedeputeerde Staten om jaarlijks te rapporteren"
        r"\b(?:uw Staten|Provinciale Staten|PS)\s+(?:vragen|verzoeken)\s+(?:ons|Gedeputeerde Staten|GS)\b|"
        # … inverted after a fronted word, or in a subordinate clause: "Daarnaast verzoeken PS GS om …", "de motie
        # …, waarin PS GS verzoeken om …"
        r"\b(?:vragen|verzoeken)\s+(?:Provinciale Staten|PS)\s+(?:Gedeputeerde Staten|GS)\b|"
        r"\b(?:Provinciale Staten|PS)\s+(?:Gedeputeerde Staten|GS)\s+(?:vragen|verzoeken)\b",
        "verzoekt Gedeputeerde Staten om bij de Kadernota een voorstel te doen voor het behoud van buslijnen",
        "Gedeputeerde Staten verzoeken de gemeenten om mee te denken.",
    ),
    # a request of PS reported by GS: "Uw Staten hebben ons met de motie … verzocht om …"
    _rule(
        "gs_reported",
        "request_gs",
        # (in the simple past too: "Uw Staten vroegen ons bij de behandeling van de Voorjaarsnota om …")
        r"\b(?:uw Staten|Provinciale Staten|de Staten)\b[^.]{0,120}\b(?:verzocht|gevraagd|opgedragen|vroegen|"
        r"verzochten)\b|"
        # … addressed as "u" ("Bij de behandeling van de Voorjaarsnota heeft u ons gevraagd …"; in a municipality's
        # document "u" is the council and "ons" the college: the tagger makes it a request to another body)
        rf"{YOU_ASKED_US}",
        "Uw Staten hebben ons met de motie 'Busje komt zo' verzocht om een voorstel te doen.",
        "Provinciale Staten hebben de nota in juni besproken.",
    ),
    # the dictum of a motion of a council or board: "verzoekt het college …", "verzoekt het dagelijks bestuur om …",
    # "draagt het college op …"
    _rule(
        "request_dictum",
        "request",
        # (or calls on it: "roept het college op de mantelzorgwaardering … te verhogen")
        r"\b(?:verzoekt|verzoeken|draagt|dragen|roept|roepen)\s+(?:het college(?!\s+van\s+Gedeputeerde)|"
        r"het dagelijks bestuur|de burgemeester|de wethouder|het algemeen bestuur)\b|"
        # a decision point's infinitive: "5. Het college op te dragen de raad jaarlijks te informeren"
        r"\b(?:het college(?!\s+van\s+Gedeputeerde)|het dagelijks bestuur|de burgemeester|het algemeen bestuur)\s+"
        r"(?:op\s+te\s+dragen|te\s+verzoeken|te\s+vragen)\b",
        "Het algemeen bestuur verzoekt het dagelijks bestuur om in de Begroting 2027 een voorstel op te nemen.",
        "Het dagelijks bestuur verzoekt de inwoners zuinig te zijn met water.",
    ),
    # --- request: we ask another body by name: "Wij vragen de provincies Gelderland en Utrecht om …", "Daarom
    # vragen wij het Rijk om …" (not "Wij vragen aandacht voor …": no addressee asked to act)
    _rule(
        "request_we_ask",
        "request",
        # (inverted after a fronted phrase: "Voor de projecten in fase 1 vragen wij de raad … te stellen", "Voor de
        # eerste periode (2026–2029) vragen wij de raad …")
        r"^(?:(?:[\w,]+\s+){0,2}?(?:wij|we)\s+(?:vragen|verzoeken)|(?:[\w,€.()–-]+\s+){0,12}?(?:vragen|verzoeken)\s+(?:wij|we))"
        r"\s+(?!u\b|aandacht\b)"
        r"(?:(?:de|het|alle)\s+(?:[\w\-]+\s+){1,5}?om\b|"
        # a body named without an article: "Wij vragen Provinciale Staten om de nota vast te stellen"
        r"(?:provinciale\s+staten|uw\s+staten|uw\s+raad)\s+(?:[^.]{0,120}?\s)?(?:om\s+)?(?:\w+\s+)?te\s+[a-zà-ÿ]+en\b|"
        # … or with the infinitive: "Wij vragen het Rijk de Investeringsimpuls voort te zetten", "Wij vragen uw raad …"
        r"(?:de|het|uw)\s+(?!aandacht\b)[\w\-]+\s+(?:(?:[^.]|\.(?=\d)){0,120}?\s)?(?:om\s+)?(?:\w+\s+)?te\s+[a-zà-ÿ]+en\b|"
        # a party by its name: "Wij vragen Welzijnspartners om …", "We vragen zorgverzekeraar Menzis om …"
        r"(?:[a-z]+\s+)?(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,3}\s+om\s+(?:[^.]{0,120}?\s)?te\s+[a-zà-ÿ]+en\b|"
        # … or several, bare: "Wij vragen scholen, sportverenigingen en het jongerenwerk om signalen … te delen"
        r"(?!(?:ons|jullie|hen)\b)[a-zà-ÿ-]+(?:(?:,\s+|\s+en\s+)[\w\s-]{2,40}?){1,4}\s+om\s+(?:[^.]{0,120}?\s)?te\s+"
        r"[a-zà-ÿ]+en\b)|"
        # a call on a party: "We roepen werkgevers op om stage- en werkplekken beschikbaar te stellen"
        r"^(?:[\w,]+\s+){0,2}?(?:wij|we)\s+roepen\s+(?:[\w-]+\s+){1,5}?op\s+(?:om\s+)?[^.]{0,120}?\bte\s+[a-zà-ÿ]+en\b",
        "Wij vragen de provincies Gelderland en Utrecht om de doelstellingen mee te nemen in de concessies.",
        "Wij vragen bij de Voorjaarsnota aandacht voor de rijksbijdrage.",
    ),
    # --- request: we ask for money: a credit from the council ("Voor 2027 vragen wij een voorbereidingskrediet van
    # € 600.000"), a contribution from another body ("Voor de P+R vragen wij de provincie Utrecht om een bijdrage")
    # (not a charge to users: "Voor de cursus vragen wij een eigen bijdrage van € 25")
    _rule(
        "request_money",
        "request",
        r"^(?:[\w,€.()+/–-]+\s+){0,12}?(?:(?:vragen|verzoeken)\s+(?:wij|we)|(?:wij|we)\s+(?:vragen|verzoeken))\s+(?:"
        r"(?:(?:u|uw\s+raad|uw\s+staten)\s+)?(?:een|het|de)\s+(?:[\w-]+\s+){0,2}?\w*krediet(?:en)?\b|"
        r"(?:de|het)\s+(?:[\w-]+\s+){1,4}?om\s+(?:een|de)\s+(?!eigen\b)(?:[\w-]+\s+)?(?:bijdrage|subsidie|"
        r"cofinanciering)\b)",
        "Voor de P+R vragen wij de provincie Utrecht om een bijdrage (maximaal € 2.000.000).",
        "Voor de cursus vragen wij een eigen bijdrage van € 25 per deelnemer.",
    ),
    # --- request: a board or council asking others, in its own words: "Het algemeen bestuur vraagt de raden van de
    # deelnemende gemeenten om uiterlijk 5 maart …", "De gemeenteraad van Den Haag vraagt daarbij om …"; and our
    # advice to other bodies: "Wij adviseren de gemeenten deze bedragen op te nemen in hun begroting 2028"
    # (not a question to itself: "Het college vraagt zich af …")
    _rule(
        "request_board",
        "request",
        r"^(?:[\w,]+\s+){0,3}?(?:het|de)\s+(?:algemeen\s+|dagelijks\s+)?(?:bestuur|college|gemeenteraad|raad|staten)"
        r"(?:\s+van\s+(?:[\w-]+\s+){1,4}?)?\s*(?:vraagt|vragen|verzoekt|verzoeken)\s+(?:daarbij\s+|ook\s+)?"
        r"(?:om\s+(?!zich\b)|(?:de|het|alle)\s+(?:[^.]|\.(?=\d)){0,120}?\bte\s+[a-zà-ÿ]+en\b)|"
        r"^(?:[\w,]+\s+){0,3}?(?:wij|we)\s+adviseren\s+(?:de|het|alle)\s+(?:[^.]|\.(?=\d)){0,120}?\bte\s+[a-zà-ÿ]+en\b",
        "Het algemeen bestuur vraagt de raden van de deelnemende gemeenten om uiterlijk 5 maart te reageren.",
        "Het college vraagt zich af of de regeling nog past.",
    ),
    # --- request: we urge another body ("Wij dringen erop aan dat de GGD de spreiding … bewaakt"), as a council's
    # zienswijze on a joint arrangement's budget does; or the council does ("De raad dringt erop aan dat …")
    _rule(
        "request_urge",
        "request",
        r"^(?:[\w,]+\s+){0,3}?(?:(?:wij|we)\s+dringen|dringen\s+(?:wij|we)|(?:de\s+)?(?:gemeente)?raad\s+dringt)\s+"
        r"(?:er\s*op|erop)\s+aan\s+dat\b|"
        # "Wij blijven bij het Rijk aandringen op een structurele financiering", "Daarom dringen wij bij het Rijk
        # aan op …"
        r"^(?:[\w,]+\s+){0,3}?(?:wij|we)\s+(?:blijven|zullen|gaan)\s+[^.]{0,60}?\baandringen\s+op\b|"
        # (after a fronted phrase: "Bij de provincie en het Rijk dringen wij aan op een effectieve uitvoering …")
        r"^(?:[\w,]+\s+){0,8}?dringen\s+(?:wij|we)\s+[^.]{0,60}?\baan\s+op\b",
        "Wij dringen erop aan dat er geen brandweerposten in kleine kernen worden gesloten.",
        "Wij dringen het autoverkeer in de binnenstad terug.",
    ),
    # --- request: an advisory body advising someone to act: "De Sportraad adviseerde om de acties voor
    # vrijwilligers meer prioriteit te geven", "… maar adviseert de raad om een einddatum vast te leggen"
    _rule(
        "request_advice",
        "request",
        r"\b(?:adviseert|adviseerde|adviseren|adviseerden)\s+(?!(?:wij|we|ons)\b)(?:[\w-]+\s+){0,4}?om\s+"
        r"[^.]{0,160}?\bte\s+[a-zà-ÿ]+en\b",
        "De Sportraad adviseerde om de acties voor vrijwilligers meer prioriteit te geven.",
        "Het Energieloket adviseert inwoners over isolatie en warmtepompen.",
    ),
    # --- request: a party asking the author, as a response note reports it ("Zij vraagt het zoekgebied te
    # schrappen", "De stichting vraagt om een aparte paragraaf", "Hij maakt bezwaar tegen de aanduiding …")
    _rule(
        "request_party",
        "request",
        rf"^{_RESPONSE_LABEL}{_PARTY}\s+(?:vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken)\s+"
        r"(?:(?:(?:vooral|ook|nadrukkelijk|expliciet|met\s+name|onder\s+meer)\s+)?om\b|"
        r"(?:de gemeente|het college|ons|de provincie|het (?:algemeen|dagelijks) bestuur|(?-i:[A-Z][\w-]+))\s+"
        r"(?:om\s+)?(?:[^.]|\.(?=\d)){0,120}?\bte\s+[a-zà-ÿ]+en\b|"
        r"(?:de|het|een)\s+(?:[^.]|\.(?=\d)){0,120}?\bte\s+[a-zà-ÿ]+en\b)|"
        rf"^{_RESPONSE_LABEL}(?:(?:de|het)\s+)?(?:indieners?|zij|hij|stichting|vereniging|(?-i:[A-Z][\w-]+))\s+"
        r"(?:maakt|maken)\s+bezwaar\s+tegen\b|"
        # a named party, whatever it asks ("Indiener vraagt windturbines uit te sluiten") or wishes ("De
        # vereniging wil dat de visie … opneemt")
        r"^(?:(?:de|het)\s+)?(?:indieners?|zij|hij|stichting|vereniging|werkgroep|dorpsbelang\w*)\s+"
        r"(?:(?:vraagt|vragen|verzoekt|verzoeken)\s+(?:[^.]|\.(?=\d)){0,120}?\bte\s+[a-zà-ÿ]+en\b|"
        r"(?:wil|willen|wenst|wensen)\s+dat\b)",
        "Zij vraagt het zoekgebied voor zonneparken bij Havelte te schrappen.",
        "Het zoekgebied vraagt om een zorgvuldige inpassing.",
    ),
    # a request reported, by a party named before it: "Toen vroeg de raad onder meer om een actualisatie …", "heeft de
    # raad het college gevraagd om …", "De gemeente Roermond steunt de reconstructie, maar vraagt om een extra
    # fietstunnel" (not "Wij vroegen ons af …", a question to ourselves)
    _rule(
        "request_reported",
        "request",
        r"\b(?:vroeg|vroegen|verzocht|verzochten)\s+(?!(?:ons|zich|me|mij)\b)(?:[\w-]+\s+){0,5}?om\s+(?!welke\b)|"
        r"\b(?:heeft|hebben)\s+(?!u\b)(?:[\w-]+\s+){1,5}?(?:gevraagd|verzocht)\s+om\b|"
        r"\b(?:maar|en)\s+(?:vraagt|vragen|verzoekt|verzoeken)\s+(?:(?:ook|vooral|wel)\s+)?om\b",
        "Bij de vaststelling heeft de raad het college gevraagd om binnen zes maanden met een agenda te komen.",
        "Vorig jaar vroegen wij ons af of de regeling nog werkt.",
    ),
    # the points of a proposed view that ask the board of a joint arrangement: "- te verzoeken de dividenduitkering in
    # te zetten …", "- aan te dringen op eerdere tariefinformatie", "- te vragen om een concreet plan …"
    _rule(
        "request_point",
        "request",
        r"^(?:te\s+verzoeken|te\s+vragen\s+om|aan\s+te\s+dringen\s+op)\b|"
        # … naming the body asked: "5. De raden van de deelnemende gemeenten te verzoeken de financiële gevolgen …"
        r"^(?:\d{1,2}[.)]\s+)?(?:de|het)\s+(?:[\w,&-]+\s+){1,12}?te\s+verzoeken\b",
        "te verzoeken de dividenduitkering van de werkmaatschappijen in te zetten voor het dempen van de tarieven;",
        "te vragen wat de kosten zijn is altijd goed.",
    ),
    # --- request: asking the council or college directly ("Wij vragen u in te stemmen …", "dragen het college op")
    _rule(
        "request_you",
        "request",
        # (not asking nothing: "Wij vragen u geen besluit te nemen.")
        r"\b(?:vragen|verzoeken)\s+(?:wij|we)\s+u\b(?!\s+geen\b)|\b(?:wij|we)\s+(?:vragen|verzoeken)\s+u\b(?!\s+geen\b)|"
        r"\b(?:dragen|draagt)\s+(?:wij\s+|we\s+)?(?:het college|de burgemeester|de wethouder)\b[^.]{0,60}\bop\b|"
        r"\b(?:wij|we)\s+dragen\s+(?:het college|de burgemeester|de wethouder)\b[^.]{0,60}\bop\b",
        "Wij vragen u in te stemmen met het voorstel.",
        "U kunt ons vragen stellen.",
    ),
    # --- action: what the parties to an agreement undertake ("Partijen spreken af dat …", "De gemeente verplicht
    # zich om … uit te voeren") — before the decisions: "Partijen spreken af dat iedere gemeente uiterlijk 1 januari
    # 2028 een opgave heeft vastgesteld" is an undertaking, not a decision taken
    _rule(
        "action_agreed",
        "action",
        # (numbered or not: "8.1 Partijen spreken af dat …")
        r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:de\s+)?(?:partijen|ondertekenaars|partners)\s+(?:spreken\s+"
        r"(?:met\s+elkaar\s+)?af|komen\s+overeen|verplichten\s+zich)\b|(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+"
        r"verplicht\s+zich\s+(?:om|tot)\b)|"
        # "De corporaties en de gemeente spreken af dat …", "Daarnaast spreken zij af dat …"
        r"\bspreken\s+(?:[\w-]+\s+){0,8}?af\s+(?:dat|om)\b|"
        # the undertaking of one party of the agreement: "De gemeenten zorgen voor een laagdrempelig energieloket",
        # "De provincie draagt bij met een subsidie voor …" (a body's "draagt bij aan …" describes an effect)
        r"^(?:daarnaast\s+|ook\s+)?(?:de\s+)?(?:gemeenten|corporaties|woningcorporaties|partijen|waterschappen|"
        r"netbeheerders|zorgaanbieders)\s+(?:zorgen\s+(?:voor|ervoor)|dragen\s+bij\s+met|nemen\s+het\s+initiatief)\b(?!\s*:)|"
        r"^(?:daarnaast\s+|ook\s+)?(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+draagt\s+bij\s+met\b|"
        # a party that leads a project: "De provincie Gelderland is trekker van de verdubbeling van de Valleilijn",
        # "De regio neemt de trekkersrol voor de regiobrede projecten"
        r"^(?:daarnaast\s+|ook\s+)?(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}(?:\s*\([^()]{1,60}\))?\s+"
        r"(?:(?:is|zijn)\s+trekker\s+van|(?:neemt|nemen)\s+de\s+trekkersrol\s+(?:voor|op\s+zich|bij))\b",
        "Partijen spreken af dat de planning uit hoofdstuk 5 leidend is voor de huisvestingsvoorzieningen.",
        "Partijen hebben in 2019 afgesproken dat de gemeente het bouwheerschap heeft.",
    ),
    # --- decision: adoption, council decisions, motions, amendments (with their date)
    # a named instrument: "(raadsbesluit van 4 juli 2019)", "met een motie", "amendement PNS+"
    _rule(
        "decision_instrument",
        "decision",
        # a motion or amendment only with what became of it or its date: a list of motion titles, an alderman's
        # advice on a motion or the motion's own reasoning decides nothing
        # a dated decision cited inside a sentence: "conform het besluit van het algemeen bestuur van 4 juli 2025",
        # "gemachtigd bij besluit van de burgemeester van 19 november 2025" (not a document's title "Besluit van
        # Provinciale Staten …", nor its "Datum collegebesluit", nor "Na het raadsbesluit informeren wij …")
        # (not a motion carried out or closed: "Hiermee geven wij uitvoering aan motie M-2025-12", "Ter uitvoering van
        # motie M-2024-031 leggen we …", "geven wij uitvoering aan beide moties", "Conform motie M7
        # wordt …", "Wij beschouwen motie M-2024-37 als afgedaan" — none of 10 such items in the development halves
        # was a decision; "de uitvoering van de motie Hartveilig" in the seed corpus was)
        r"^(?!.*\b(?:(?:uitvoering|invulling)\s+aan|ter\s+uitvoering\s+van|conform|voeren\s+(?:wij|we))\s+"
        r"(?:de\s+|beide\s+|deze\s+|twee\s+)?moties?\b)"
        r"(?!.*\bmotie\b[^.]*\b(?:als\s+afgedaan|om\s+vraagt)\b)"
        r".*?(?:"
        r"(?<=\w\s)(?:het\s+)?(?<!geen )besluit van\b(?=[^.;]{0,80}\bvan\s+\d{1,2}\s+" + MONTH + r"\s+(?:19|20)\d\d)|"
        # … or by its date alone: "(raadsbesluit van 4 juli 2019)"
        r"\b(?:raads|staten|college)besluit\s+van\s+\d{1,2}\s+" + MONTH + r"\s+(?:19|20)\d\d\b|"
        # (not a motion cited with what it asks: "In de motie … verzoekt de raad het college om …", a request)
        rf"\b(?:motie|moties|amendement)\b{MOTION_ASKS}"
        r"(?=[^.;]*\b(?:aangenomen|besloten|vastgesteld|beschikbaar gesteld|"
        r"ingestemd|verworpen|van\s+\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d)\b)|"
        # an adopted one cited by its number or name: "motie Hartveilig (M2015-28)", "de motie Wolbert"
        r"\b[MA]-?(?:19|20)\d\d-\d{1,3}\b|(?-i:\b(?:motie|amendement)\s+[A-Z][a-z]+\b)"
        rf"{MOTION_ASKS}" + r")",
        "Daarnaast is met een motie tijdens de raadsvergadering van 7 november 2019 een bedrag beschikbaar gesteld.",
        "A1 Amendement Geen bezuiniging op de bibliotheek GL-PvdA, D66, CU",
    ),
    # a past act: "Vorig jaar heeft de gemeenteraad besloten een structureel budget …"
    _rule(
        "decision_past",
        "decision",
        # ("aangenomen" only for a motion or proposal: "Wij hebben 64 nieuwe medewerkers aangenomen" is hiring)
        r"\b(?:heeft|hebben)\b[^.]{0,80}\b(?:besloten|vastgesteld|ingestemd|beschikbaar\s+gesteld|vrijgegeven)\b|"
        # a body that laid something down: "Het algemeen bestuur heeft in de Nota reserves 2024 bepaald dat …", "die
        # uw raad in 2023 heeft ingesteld" (not "hebben we vastgelegd dat …": we, not a body)
        r"\b(?:raad|raden|staten|bestuur|college|gemeenten)\b[^.]{0,60}\b(?:heeft|hebben)\b[^.]{0,60}"
        r"\b(?:bepaald|vastgelegd|ingesteld|gewijzigd)\b|"
        r"\b(?:heeft|hebben)\s+(?:\w+\s+){0,2}(?:\w*raad|\w*raden|staten|bestuur|college)\b[^.]{0,80}"
        r"\b(?:bepaald|vastgelegd|ingesteld)\b|"
        # "besloot het algemeen bestuur …", "De gemeenteraad van Wageningen nam op 9 december 2024 de motie … aan",
        # a decisions list's verdict: "Veilige schoolroutes Besluit: unaniem aangenomen"
        r"\bbesloot\b|\b(?:(?:gemeente)?raad|raden|staten|bestuur|(?-i:PS|GS|AB))\b[^.]{0,40}\bnam(?:en)?\b[^.]{0,40}"
        r"\b(?:motie|amendement|voorstel)\w*\b[^.]{0,60}\baan\b|"
        # … in a subordinate clause: "de Strategische Koers 2040, die het algemeen bestuur in 2024 vaststelde", "dat
        # uw raad op 5 juli 2022 de Woonvisie … vaststelde" (not "vaststelde dat …", noticing)
        r"\b(?:\w*raad|\w*raden|staten|bestuur|college|(?-i:PS|GS|AB))\b[^.]{0,80}\bvaststelden?\b(?!\s+dat\b)|"
        r"\bbesluit:\s*(?:\w+\s+){0,2}(?:aangenomen|verworpen|conform|vastgesteld|ingetrokken)\b|"
        r"\b(?:motie|moties|amendement\w*|voorstel\w*|besluit)\b[^.]{0,80}\b(?:heeft|hebben)\b[^.]{0,60}\baangenomen\b|"
        r"\b(?:heeft|hebben)\b[^.]{0,60}\b(?:motie|moties|amendement\w*|voorstel\w*)\b[^.]{0,60}\baangenomen\b|"
        # a body consenting, told in the past: "Op 19 maart 2026 stemde het algemeen bestuur in met de startnotitie"
        r"\bstemden?\s+(?:(?:de|het|uw)\s+)?(?:\w+\s+){0,2}?(?:\w*raad|\w*raden|staten|bestuur|college|(?-i:AB|DB|PS|GS))"
        r"\s+in\s+met\b|"
        # what an adopted motion or amendment did: "Met het amendement A-1 heeft de raad de subsidie verhoogd",
        # "Beslispunt 3 is gewijzigd door aanneming van amendement A1" (not "gelet op het aangenomen amendement A1" in
        # a resolution's preamble, nor an appendix "Aangenomen amendement en motie")
        r"\b(?:met|bij)\s+(?:het\s+|de\s+)?(?:amendement|motie)\b[^.,]{0,30}\b(?:heeft|hebben)\s+(?:de|uw|het)\s+"
        r"(?:\w*raad|staten|\w*bestuur)\b|"
        r"\baanneming\s+van\s+(?:de\s+|het\s+)?(?:motie|amendement)\b|"
        # a body that adopted something, told in the past: "In juli 2021 stelden de gemeenteraden … de RES vast",
        # "De raad stelde in 2021 het doel vast" (not "stelden vast dat …", which is noticing)
        # (a board by its initials too: "Het AB stelde onder meer de begroting 2026 … vast")
        r"\bstelden?\b(?=[^.]*\b(?:(?:gemeente)?raad|(?:gemeente)?raden|staten|bestuur|college|[\w-]*gemeenten|partijen|"
        r"(?-i:AB|DB|PS|GS))\b)(?:[^.]|\.(?=\d)){0,150}"
        r"\bvast\b(?!\s+dat\b)|\b(?:raad|staten|bestuur|college|(?-i:AB|DB|PS|GS))\s+stelden?\b(?:[^.]|\.(?=\d)){0,150}"
        r"\bvast\b(?!\s+dat\b)",
        "Vorig jaar heeft de gemeenteraad besloten een structureel budget van € 30.000,00 per project …",
        "Wij hebben veel gesprekken gevoerd met de dorpen.",
    ),
    # passive adoption: "In 1999 is de Notitie Kleine dorpenbeleid vastgesteld", "Vastgesteld door de raad op …"
    _rule(
        "decision_adopted",
        "decision",
        # (not a finding: "Bij 38 bedrijven werd een overtreding vastgesteld", "In 2024 zijn 63 aanvallen op
        # landbouwhuisdieren vastgesteld" — things counted: 0 of 2 in the development halves were decisions)
        r"\b(?:is|zijn|wordt|werd|worden)\b(?!\s+(?:er\s+)?\d[\d.,]*\s+[a-zà-ÿ])"
        r"(?![^.]{0,60}\b(?:overtreding(?:en)?|overschrijding(?:en)?|gebreken|schade|"
        r"tekortkomingen)\b)[^.]{0,60}\b(?:vastgesteld|besloten|aangenomen)\b|"
        r"^(?:voorlopig\s+)?(?:vastgesteld|vrijgegeven)\s+(?:door|bij|in|op)\b|"
        # a front page's status line: "Status  Vastgesteld (algemeen bestuur, 15 december 2027)" (not "Status:
        # ontwerp")
        r"^status\s*:?\s+(?:definitief\s+)?vastgesteld\b|"
        # a dated adoption by a body, the body between: "Het plan is op 1 februari 2021 door de raad van Zutphen
        # (…) vastgesteld", "Het ontwerp is op 2 juli 2026 door het algemeen bestuur vrijgegeven"
        r"\b(?:is|zijn|werd|werden)\s+(?:in|op)\s+(?:\d{1,2}\s+)?" + MONTH + r"\s+(?:19|20)\d\d\s+door\b[^.]{0,100}"
        r"\b(?:vastgesteld|vrijgegeven|aangenomen|verlengd)\b|"
        r"\b(?:is|zijn|werd|werden)\s+door\s+(?:de|het)\s+(?:\w+\s+){0,2}?(?:\w*raad|\w*raden|staten|bestuur|college)\b"
        r"[^.]{0,60}\b(?:vrijgegeven|verlengd)\b|"
        # a front page's adoption line: "Vastgesteld: college van burgemeester en wethouders, 3 november 2026" (not
        # "Datum GS-besluit: …", a form's field: development annotators differ on it)
        r"^(?:vastgesteld|vrijgegeven)\s*:\s*(?:door\s+)?(?:de\s+|het\s+)?(?:gemeenteraad|raad|college|"
        r"algemeen\s+bestuur|dagelijks\s+bestuur|provinciale\s+staten|gedeputeerde\s+staten|PS|GS)\b|"
        # adopted by a named body, wherever the line sits: "… 2025-2027 Vastgesteld door het college … op 3 februari"
        r"\bvastgesteld\s+(?:door|bij)\s+(?:de|het)\s+(?:gemeenteraad|raad|college|algemeen bestuur|dagelijks bestuur|"
        r"provinciale staten|gedeputeerde staten)\b|"
        # established in a year: "Een structurele financiële bijdrage … is sinds 1999 ingesteld"
        r"\b(?:is|zijn|werd|werden)\b[^.]{0,60}\b(?:sinds|in|per)\s+(?:19|20)\d\d\s+ingesteld\b|"
        r"\b(?:neemt|nemen|nam|namen)\s+(?:PS|GS|de (?:gemeente)?raad|Provinciale Staten)\b[^.]{0,60}\baan\b",
        "In 1999 is de Notitie Kleine dorpenbeleid vastgesteld.",
        "Het proces is nog niet afgerond.",
    ),
    # a decision planned for a body: "de definitieve vaststelling, die is voorzien op 9 april 2026", "vaststelling
    # door uw raad voorzien in het derde kwartaal van 2026", "vast te stellen door de raad in 2027", "de
    # Mobiliteitsvisie, waarover de raad in 2026 besluit" (not "Na vaststelling door uw raad maken we …")
    _rule(
        "decision_planned",
        "decision",
        r"\bvaststelling\b[^.]{0,80}\b(?:is\s+)?voorzien\s+(?:op|in|voor)\b|"
        # a text put before a body to adopt: "Het college legt de Grondexploitatie uiterlijk in 2026 ter vaststelling
        # voor aan de gemeenteraad", "Het plan wordt ter vaststelling aan de raad voorgelegd" (not our proposal to
        # the council, "Wij leggen u ter vaststelling voor:")
        r"\b(?:legt|leggen|wordt|worden)\b(?!\s+u\b)[^.:]{0,100}\bter\s+vaststelling\b[^.:]{0,60}"
        r"\b(?:voor|voorgelegd)\b(?!\s*:)|"
        # a decision to be taken, named so: "Het projectbesluit wordt in 2026 genomen", "Een besluit hierover nemen wij
        # uiterlijk in het vierde kwartaal van 2025"
        r"\b\w*besluit\w*\s+(?:wordt|worden)\b[^.]{0,60}\bgenomen\b|"
        r"\b(?:een|het)\s+\w*besluit\b[^.]{0,40}\bnemen\s+(?:wij|we|(?:de|het)\s+(?:raad|college|bestuur|staten))\b|"
        r"\bvast\s+te\s+stellen\s+door\s+(?:de|uw|het)\s+(?:raad|staten|algemeen\s+bestuur|college)\b|"
        r"\b(?:die|dat|waarover)\s+(?:de|uw|het)\s+(?:gemeente)?(?:raad|staten|algemeen\s+bestuur)\s+(?:\w+\s+){0,3}"
        r"(?:besluit|vaststelt)\b|"
        # a body that will decide, told in the present: "Over de inzet van de reserve besluit de raad bij …", "In 2028
        # besluiten partijen of …", "Het college besluit in het voorjaar over …"
        r"\bbesluit(?:en)?\s+(?:(?:de|het|uw)\s+(?:gemeente)?(?:raad|staten|algemeen\s+bestuur|dagelijks\s+bestuur|"
        r"stuurgroep|college)|partijen|provinciale\s+staten|gedeputeerde\s+staten)\b(?!\s*:)|"
        r"^(?:de|het)\s+(?:gemeente)?(?:raad|staten|algemeen\s+bestuur|dagelijks\s+bestuur|stuurgroep|college)\s+"
        r"besluit\b[^.]{0,100}?\bover\b|"
        # an earlier decision named by what it laid down: "de door uw Staten vastgestelde ondergrens van 1,5"
        r"\bdoor\s+(?:de|het|uw)\s+(?:\w+\s+){0,2}?(?:\w*raad|staten|bestuur|college)\s+vastgestelde?\b",
        "De definitieve vaststelling, die is voorzien op 9 april 2026, volgt na de zienswijzen.",
        "Na vaststelling door uw raad maken we de woonvisie bekend via de website.",
    ),
    # a decision in a schedule, dated first: "6 oktober 2026: vaststelling ontwerpbegroting door het college;"
    _rule(
        "decision_milestone",
        "decision",
        rf"^{_DATED}\s*:\s*(?:vaststelling|besluitvorming)\b",
        "6 oktober 2026: vaststelling ontwerpbegroting door het college;",
        "Na vaststelling van de kadernota door de raad op 7 juli 2026 werkt het college de kaders uit.",
    ),
    # the outcome of a vote on a motion or amendment: "Aangenomen met 24 stemmen voor en 15 stemmen tegen",
    # "Stemming: aangenomen met algemene stemmen (27 voor)", "De motie is verworpen met 6 stemmen voor en 24 tegen",
    # "Uitslag: aangenomen (29 voor, 25 tegen)."
    # (the tagger extends it up to the motion's title above it)
    _rule(
        "decision_vote",
        "decision",
        r"(?:^|;\s*)(?:(?:uitslag\s+)?stemming\s*:\s*|uitslag\s*:?\s*|"
        # a decisions list's line with the motion's code and title: "M2 Veilige schoolroutes – aangenomen met …"
        r"(?-i:[AM])\d{1,2}\s+[^.;:]{2,80}?\s[–—-]\s+|"
        # … or with what was voted on before a colon: "RV 2026-088 (OZB): aangenomen met 23 stemmen voor …"
        rf"{VOTED_ON})?(?:(?:de\s+motie|het\s+amendement)\s+is\s+)?(?:unaniem\s+)?"
        rf"{VOTE_WORD}\b"
        r"(?=[^.]{0,40}\b(?:stemmen|unaniem|voor\b|tegen\b))",
        "Aangenomen met 24 stemmen voor en 15 stemmen tegen.",
        "Aangenomen wordt dat de groei doorzet.",
    ),
    # the closing formula of a resolution or agreement: "Aldus vastgesteld in de openbare vergadering van …",
    # "Aldus overeengekomen en ondertekend te Tiel op 12 mei 2026"
    _rule(
        "decision_formula",
        "decision",
        r"^aldus\s+(?:vastgesteld|besloten|overeengekomen|ondertekend)\b",
        "Aldus vastgesteld in de openbare vergadering van de raad van 18 december 2025.",
        "Aldus ontstond een nieuwe situatie.",
    ),
    # adopting now or later: "We stellen dit beleid … vast", "door de gemeenteraad te laten vaststellen"
    _rule(
        "decision_adopt",
        "decision",
        # (not the opening of a motion or amendment: "De raad …, in vergadering bijeen op …, behandelende het
        # raadsvoorstel tot vaststelling van de Programmabegroting 2027")
        r"^(?!.*\b(?:in\s+vergadering\s+bijeen|behandelende|gelezen\s+het)\b).*?(?:"
        rf"\bstellen\s+{_WE}\b(?!\s+u\s+voor\b)[^.]{{0,80}}\bvast\b|\b{_WE}\s+stellen\b(?!\s+u\s+voor\b)[^.]{{0,80}}\bvast\b|"
        r"\b(?:laten|zal|zullen)\s+vaststellen\b|"
        # a named body adopting (not noticing: "stelt vast dat"): "De stuurgroep stelt in 2026 een regeling vast"
        r"\b(?:(?:het|ons)\s+college|de\s+stuurgroep|het\s+(?:algemeen|dagelijks)\s+bestuur|de\s+(?:gemeente)?raad|"
        r"(?:gedeputeerde|provinciale)\s+staten)\s+stel(?:t|len)\b[^.]{0,80}\bvast\b(?!\s+dat\b))",
        # (not a reference to an adoption: "na vaststelling van de kadernota", "bij de vaststelling van de
        # begroting" — across the development halves a decision in 3 of 15 places; nor a proposal to the council:
        # "Wij stellen u voor de agenda vast te stellen")
        "We stellen dit beleid voor deze en de volgende raadsperiode vast.",
        "Daarbij wil de overheid de kracht van de inwoner mobiliseren door het vaststellen van spelregels.",
    ),
    # a resolution: "Besluit: in te stemmen met …", "De gemeenteraad besluit de Woonvisie vast te stellen"
    _rule(
        "decision_resolve",
        "decision",
        r"^besluit(?:en)?\s*:|\b(?:besluit|besluiten)\b[^.]{0,80}\b(?:vast te stellen|in te stemmen|aan te nemen|"
        r"te bekrachtigen)\b|\bin te stemmen met\b|"
        # a body consenting or resolving, told in the present: "De raad stemt in met de ontwerpbegroting 2028",
        # "Provinciale Staten besluiten het Reglement van Orde … te wijzigen" (not "besluiten over …", nor an
        # amendment's "besluit … als volgt te wijzigen")
        r"\b(?:(?:gemeente)?raad|raden|staten|bestuur)\s+(?:stemt|stemmen)\s+in\s+met\b|"
        r"\b(?:(?:gemeente)?raad|staten|bestuur)\s+besluit(?:en)?\s+(?!over\b|[^.:]*\bals\s+volgt\b)"
        r"(?:[\w-]+\s+){1,12}?te\s+[a-z]+\b",
        "De gemeenteraad besluit de Woonvisie vast te stellen.",
        "Het besluit over de woonvisie volgt later.",
    ),
    # --- action: ongoing work ("zijn we … aan de slag", "zijn we gestart met")
    _rule(
        "action_ongoing",
        "action",
        r"\b(?:zijn|is)\s+(?:we|wij|de gemeente|de provincie)\b[^.]{0,80}\b(?:aan de slag|gestart met|bezig met)\b",
        "In Hooghalen zijn we op dit moment samen met Dorpsbelangen Hooghalen en WWMD aan de slag.",
        "De dorpen zijn zelf aan de slag gegaan.",
    ),
    # --- action: a measure named by its title and added to a plan, as a response note or progress report says it:
    # 'Actie "Verkenning HOV Parkstad–Aken" toegevoegd aan het uitvoeringsprogramma', 'is de actie "Opstellen
    # Buurtbusplan 2028" opgenomen', 'Wij nemen de maatregel "…" op in …'
    _rule(
        "action_named",
        "action",
        r"\b(?:actie|maatregel|project)\s+[\"“'‘„][^\"”'’]{3,100}[\"”'’]\s+(?:(?:is|wordt|werd)\s+)?"
        r"(?:toegevoegd|opgenomen)\b|"
        r"\b(?:wij|we)\s+(?:nemen|voegen)\s+(?:de|het)\s+(?:actie|maatregel|project)\s+[\"“'‘„][^\"”'’]{3,100}"
        r"[\"”'’][^.]{0,80}\b(?:op|toe)\b",
        'Aanpassing: ja. Actie "Verkenning HOV Parkstad–Aken" toegevoegd aan het uitvoeringsprogramma.',
        'Het project "Herinrichting N271" is in 2024 afgerond.',
    ),
    # --- request: requests by (or to) other bodies, with requester and addressee
    # "De sportraad vraagt de gemeente om …", "Concreet vragen wij voor de kleine kernen …"
    _rule(
        "request_ask",
        "request",
        # (not the noun, "onze verzoeken aan het Rijk", nor a separable "aan": "Ouders vragen de voorziening aan via …")
        r"(?<!\bonze )(?<!\bde )(?<!\bdeze )(?<!\bzijn )(?<!\bhaar )(?<!\bhun )(?<!\bvolgende )"
        r"\b(?:vragen|vraagt|verzoeken|verzoekt)\s+(?:wij|we|zij|ze|het \w+|de \w+)?\s*(?:u\s+|de gemeente\s+|"
        r"het college\s+|de provincie\s+|gemeenten\s+)?"
        r"(?:om|aan(?=\s+(?:de|het|u|uw|alle|ons|onze)\b)|voor|naar|dat)\b|"
        r"\b(?:concreet|daarom|daarnaast|tot slot)\s+(?:vragen|verzoeken)\s+(?:wij|we)\b|"
        # a motion's instruction, cited: "… draagt de raad het college op te onderzoeken …"
        r"\b(?:draagt|dragen)\s+(?:de raad|de staten|provinciale staten)\s+(?:het college|gedeputeerde staten|GS)"
        r"\s+op\s+(?:om\s+)?te\b",
        "Concreet vragen wij voor de kleine kernen en buurtschappen de specifieke vermelding van inwoners.",
        "De ruimtevraag voor recreatie neemt toe.",
    ),
    # asking for clarity, attention or support: "vragen de dorpsbelangorganisaties ook duidelijkheid over …"
    _rule(
        "request_clarity",
        "request",
        # (not a thing that needs attention: "Ook de bestaande voorraad vraagt aandacht.", "Dat vraagt veel geld en
        # aandacht", "… schamen zich om hulp te vragen")
        r"^(?!(?:dat|dit|het|dit alles)\s+vraagt\b)(?!.*\bvraagt\s+(?:\w+\s+)?aandacht\W*$)(?!.*\bom hulp te vragen\b)"
        r".*?(?:\b(?:vragen|vraagt)\b[^.]{0,60}\b(?:duidelijkheid|aandacht|ondersteuning|hulp)\b|"
        # object first (a subordinate clause or a list item): "… ook duidelijkheid vragen over de koers"
        r"\b(?:duidelijkheid|aandacht|ondersteuning|hulp)\s+(?:[\w-]+\s+)?(?:vragen|vraagt)\b)",
        "Daarnaast vragen de dorpsbelangorganisaties ook duidelijkheid over de koers van de gemeente.",
        "Ook het onderhoud van de bestaande bruggen vraagt aandacht.",
    ),
    # a wish: "Vanuit de kleine dorpen is een sterke wens om het dorpenbeleid te vernieuwen"
    _rule(
        "request_wish",
        "request",
        r"\b(?:sterke|grote|nadrukkelijke)\s+wens\b|\bwens\b[^.]{0,30}\b(?:vanuit|van de)\b|"
        r"\bwil(?:len)? (?:men|de dorpen|de inwoners|de bewoners|inwoners) graag\b",
        "Er is een sterke wens vanuit de dorpen voor een vernieuwing en versteviging van het Dorpenbeleid.",
        "Wij wensen u veel leesplezier.",
    ),
    # something that deserves a place: "In de woonvisie verdienen initiatieven door inwoners een specifieke vermelding"
    _rule(
        "request_deserve",
        "request",
        # (not a document naming its requests: "In hoofdstuk 8 formuleren we onze verzoeken aan het Rijk")
        r"\bverdien(?:t|en)\b[^.]{0,60}\bvermelding\b|(?<!\bonze )(?<!\bvolgende )\bverzoek(?:en)? (?:aan|om|van)\b|"
        r"\bzal\b[^.]{0,80}\bplaats moeten\b",
        "In de woonvisie verdienen initiatieven door inwoners een specifieke vermelding.",
        "Deze inzet verdient navolging.",
    ),
    # --- goal: measurable targets
    # "In 2018 minimaal 10% minder laaggeletterden", "met 5% gedaald", "-10% overgewicht"
    _rule(
        "target",
        "goal",
        # (a share that changes is a target only with its year or a word of aim: "In 2018 minimaal 10% minder …",
        # "streefwaarde minimaal 66%"; not a statistic, "… viel er 38% minder neerslag dan gemiddeld", "De bijdrage
        # per inwoner stijgt met 5,2%" — across the development halves no goal in 16 of 16)
        r"^(?=.*(?:\b(?:19|20)\d\d\b|\b(?:streef\w*|doel\w*|ambitie\w*|willen|wil|streven|beogen|beoogd\w*|"
        r"minimaal)\b|\bjaar\s+tijd\b|\bbinnen\s+\w+\s+jaar\b))"
        r"(?!.*\b(?:naar\s+verwachting|verwacht\w*|prognose\w*)\b).*?(?:"
        r"(?<![(\d])[-−–]\s?\d+(?:,\d+)?\s?%|\b\d+(?:,\d+)?\s?%\s+(?:minder|meer|gedaald|gestegen|daling|afname|toename|"
        r"reductie|lager|hoger)\b|\bminimaal\s+\d+(?:,\d+)?\s?%|\b(?:daling|afname|reductie|vermindering|toename|"
        r"verhoging|daalt|stijgt|afgenomen|toegenomen|gedaald|gestegen|verminderd)\s+(?:van|met)\s+\d+(?:,\d+)?\s?%)",
        "In 2018 minimaal 10% minder laaggeletterden.",
        "Ongeveer 12% van de inwoners is laaggeletterd.",
    ),
    # a measured change by a year: "Het aantal instappers groeit met 25% tot 2035", "Het aantal woninginbraken
    # daalt in 2026 tot onder de 90", "De stadslogistiek is in 2030 emissievrij"
    _rule(
        "target_change",
        "goal",
        # (not a forecast: "… stijgt naar verwachting tot 24 procent in 2035")
        r"^(?!.*\b(?:naar\s+verwachting|verwacht\w*|prognose\w*|voorspel\w*)\b).*?(?:"
        r"\b(?:daalt|stijgt|groeit|halveert|verdubbelt|(?:neemt|nemen)\s+(?:toe|af))\b[^.;:]{0,30}?"
        r"\b(?:met|naar|tot(?:\s+(?:onder|boven))?(?:\s+de)?)\s+(?:ten\s+minste\s+|minimaal\s+|circa\s+)?\d[\d.,]*"
        r"[^.;:]{0,40}?\b20[2-9]\d\b|"
        r"\b20[2-9]\d\b[^.;:]{0,30}?\b(?:daalt|stijgt|groeit|halveert|verdubbelt|(?:neemt|nemen)\s+(?:toe|af))\b"
        r"[^.;:]{0,20}?\b(?:met|naar|tot)\s+\d|"
        r"\b(?:is|zijn)\s+(?:in|vóór|uiterlijk|per)\s+20[2-9]\d\s+(?:\w+\s+){0,2}(?:emissievrij|aardgasvrij|"
        r"klimaatneutraal|energieneutraal|gerealiseerd|afgerond|gehalveerd|verdubbeld)\b)",
        "Het aantal verkeersdoden daalt in 2030 met 30% ten opzichte van 2022.",
        "Het aandeel 65-plussers stijgt naar verwachting tot 24 procent in 2035.",
    ),
    # a state to reach within a term or a minimum count: "Er zijn binnen 4 jaar geen zeer zwakke scholen",
    # "Er doen minimaal 10 scholen per jaar mee aan …", "Alle 12 Drentse gemeenten zijn JOGG-gemeente"
    _rule(
        "target_term",
        "goal",
        r"\bbinnen\s+(?:\d+|een|twee|drie|vier|vijf|tien)\s+jaar\b[^.]{0,20}\b(?:is|zijn|heeft|hebben)\b|"
        r"\b(?:is|zijn|heeft|hebben)\b[^.]{0,20}\bbinnen\s+(?:\d+|een|twee|drie|vier|vijf|tien)\s+jaar\b|"
        r"\bminimaal\s+\d+\s+\w+\s+per\s+jaar\b|^alle\s+\d+\s+[^.]{0,40}\b(?:zijn|doen|hebben)\b|"
        # achieving something within a term: "… zetten we in op de realisatie van breedband binnen 4 jaar"
        r"\b(?:realisatie|realiseren|verwezenlijken|bereiken)\b[^.]{0,60}\bbinnen\s+(?:\d+|een|twee|drie|vier|vijf|"
        r"tien)\s+jaar\b",
        "Er zijn binnen 4 jaar geen zeer zwakke scholen in Drenthe.",
        "De school is binnen tien minuten bereikbaar.",
    ),
    # --- goal: ambitions
    # "We streven naar vitaliteit voor alle leeftijden"
    _rule(
        "ambition_strive",
        "goal",
        r"\b(?:streven|streeft)\s+(?:wij|we|de gemeente|de provincie)?\s*(?:er)?naar\b|"
        # … with a word between: "We streven er daarnaast naar dat …", "Wij streven er samen met gemeenten naar"
        r"\b(?:streven|streeft)\s+(?:(?:wij|we|de gemeente|de provincie)\s+)?er\s+(?:[\w-]+\s+){1,5}?naar\b|"
        # "Ons streven is een wachttijd van maximaal vijf werkdagen", "Wij werken toe naar nul verkeersdoden", "Onze
        # visie is dat in 2035 iedereen …"
        r"\bons\s+streven\s+is\b|\b(?:(?:wij|we)\s+werken|werken\s+(?:wij|we))\s+toe\s+naar\b|\bonze\s+visie\s+is\s+dat\b",
        "We streven naar vitaliteit voor alle leeftijden.",
        "Dat streven werd in 2010 losgelaten door het Rijk.",
    ),
    # "Onze ambitie sluit aan bij …", "Het doel is om wijkverbetering …", "De opgave is de uitstoot te verminderen"
    _rule(
        "ambition_named",
        "goal",
        r"\bonze ambitie\b|\bambitie is\b|\bhet (?:hoofd)?doel (?:is|van dit)\b|\bdoelstelling is\b|"
        # an ambition with its content: "… hebben uw Staten de ambitie vastgelegd dat Brabant in 2050 …"
        r"\bde ambitie\s+(?:[\w-]+\s+){0,2}?(?:dat|om)\s|"
        r"\bons (?:hoofd)?doel is\b|\bonze doelstelling is\b|"
        # … with what kind of aim: "Ons gezamenlijke doel is dat in 2030 …", "Onze belangrijkste doelstelling is"; or
        # bare at a sentence's start: "Doel is per gebied een gedragen perspectief op 2035."
        r"\b(?:ons|onze)\s+[a-z]+e\s+(?:(?:hoofd)?doel|doelstelling)\s+is\b|^(?:(?:hoofd)?doel|doelstelling)\s+is\b|"
        # an ambition quoted after its name: 'De nota beschrijft de lange-termijnambitie van de gemeente: "In 2035 is
        # Oss een gemeente waar …"'
        r"\b\w*ambitie\b[^.:\"“„]{0,80}:\s*[\"“„'‘]|"
        # a task stated as what is to be done (a te-infinitive), not named ("De meest urgente opgave is de stikstof")
        r"\b(?:de|onze) opgave is\s+(?:om\s+)?(?:[\w'-]+,?\s+){1,10}?te\s+\w{3,}",
        "Onze ambitie sluit aan bij doelstellingen uit het Nationaal Klimaatakkoord.",
        "De ambities van de woonvisie passen bij de wensen van inwoners.",
    ),
    # wanting a state, not an act: "Wij willen een gemeente die luistert", "Tegelijk willen we dat inwoners …",
    # "Met de woonvisie willen we bereiken dat …"
    _rule(
        "ambition_want_state_np",
        "goal",
        r"\b(?:wij|we)\s+willen\s+(?:een|dat|graag\s+dat|bereiken)\b|\bwillen\s+(?:wij|we)\s+(?:een|dat|bereiken)\b",
        "Wij willen een gemeente die luistert, die bereikbaar is en die haar beloftes nakomt.",
        "We willen de regeling voortzetten.",
    ),
    # a named purpose or target: "Deze regeling heeft tot doel …", "draagt bij aan het doel om 1.000 woningen …",
    # "(streefwaarde 2030: max. 1,7 jaar)"
    _rule(
        "target_named",
        "goal",
        # (not a report on a target: "De doelstelling van 50% is niet gehaald", "… ligt ruim onder de doelstelling
        # van 50%", "ten opzichte van de ambitie van 250 MW" — across the development halves no goal in 12 of 12)
        r"^(?!.*\b(?:gehaald|behaald|(?:onder|boven|ten\s+opzichte\s+van)\s+de\s+(?:doelstelling|ambitie|"
        r"streefwaarde)|minder\s+dan\s+de\s+doelstelling|tellen\s+niet\s+mee)\b)(?:.*?)(?:"
        r"\b(?:heeft|hebben)\s+tot\s+doel\b|"
        r"\b(?:het doel|de doelstelling|de ambitie)\s+(?:om|van)\s+(?:\w+\s+){0,2}\d)|"
        # (not a table's header: "Prestatie  Indicator  Stand 2026  Streefwaarde 2030")
        r"^(?!.*\bindicator(?:en)?\b).*\b(?:streefwaarde|streefcijfer|doelwaarde)\b[^.;]{0,40}\d",
        "Deze regeling heeft tot doel de leefbaarheid van de kleine kernen te behouden en te versterken.",
        "Het doel van de bijeenkomst was kennismaken.",
    ),
    # a state to reach by a year: "In 2030 is 50% van de woningen aardgasvrij", "We willen in 2030 … zijn"
    _rule(
        "ambition_year",
        "goal",
        r"^in\s+(?:19|20)\d\d\s+(?:is|zijn|heeft|hebben|moet|moeten)\b[^.]{0,80}\d+(?:,\d+)?\s?%|"
        r"^(?:wij|we|de gemeente|de provincie)\s+wil(?:len)?\s+(?:in|vóór|uiterlijk)\s+(?:19|20)\d\d\b|"
        # a state reached by a time: "In het voorjaar van 2019 is … in geheel Drenthe breedband beschikbaar"
        r"^(?:in|vóór|uiterlijk)\s+(?:(?:het|de)\s+(?:voorjaar|najaar|zomer|winter|loop)\s+van\s+|eind\s+|begin\s+)?"
        r"20\d\d\s+(?:is|zijn)\b[^.]{0,120}\b(?:beschikbaar|bereikbaar|aanwezig|gerealiseerd|toegankelijk|"
        r"aardgasvrij|klimaatneutraal|energieneutraal)\b",
        "In 2030 is 50% van de woningen aardgasvrij.",
        "In 2012 was 12% van de woningen leeg.",
    ),
    # "we willen [state]": wanting a state improved, raised or lowered, or being able to do something, names an
    # end state (a goal); wanting to do something (voortzetten, stimuleren, verkennen) stays a commitment
    _rule(
        "ambition_want_state",
        "goal",
        # (a bare infinitive: "te vergroten", "om te kunnen" open a clause of means or purpose, not the wish)
        r"\b(?:wij|we|de gemeente|de provincie)\s+wil(?:len)?\b[^.;:]{0,120}?(?<!\bte\s)\b(?:verbeteren|bevorderen|"
        r"vergroten|verhogen|verminderen|verkleinen|verlagen|terugdringen|laten (?:groeien|dalen|stijgen)|"
        r"kunnen\s+[a-z]+en)\b|"
        r"\bwil(?:len)?\s+(?:wij|we|de gemeente|de provincie)\b[^.;:]{0,120}?(?<!\bte\s)\b(?:verbeteren|bevorderen|"
        r"vergroten|verhogen|verminderen|verkleinen|verlagen|terugdringen|kunnen\s+[a-z]+en)\b",
        "We willen als gelijkwaardige gesprekspartners samen de leefbaarheid in de dorpen verbeteren.",
        "Met dit nieuwe dorpenbeleid willen we dit beleid grotendeels voortzetten.",
    ),
    # --- commitment: statements of intent
    # wanting to act: "De gemeente wil samenwerken met haar inwoners", "We willen dorpen meer inzicht geven"
    _rule(
        "commit_want",
        "commitment",
        r"^(?:[\w,]+\s+){0,2}(?:wij|we|de gemeente|de provincie)\s+wil(?:len)?\b",
        "De gemeente wil samenwerken met haar inwoners, en ruimte geven aan inzet, ideeën en initiatieven.",
        "De inwoners willen graag meedoen.",
    ),
    # "wij zetten in op", "De gemeente zet sterk in op aantrekkelijk wonen"
    _rule(
        "commit_invest",
        "commitment",
        r"\bzet(?:ten)?\s+(?:wij\s+|we\s+)?(?:sterk\s+|vol\s+|daarom\s+)?in\s+op\b",
        "De gemeente zet sterk in op aantrekkelijk wonen voor jonge gezinnen.",
        "Het inzetten van vrijwilligers is vanzelfsprekend.",
    ),
    # refusal: "Wij werken niet mee aan opslag van radioactief afval"
    _rule(
        "commit_refuse",
        "commitment",
        r"\b(?:werken|werkt)\s+(?:wij\s+|we\s+)?niet\s+mee\b",
        "Wij werken niet mee aan opslag van radioactief afval, gevaarlijke stoffen en CO2 in de ondergrond.",
        "Niet alle partijen werken mee.",
    ),
    # "we" + a present-tense verb of doing (not of seeing, knowing or past events)
    _rule(
        "commit_we",
        "commitment",
        r"^(?:[\w,]+\s+){0,3}(?:wij|we)\s+(?!(?:zijn|waren|zien|merken|constateren|weten|denken|kennen|hadden|"
        r"konden|kunnen|werden|bedoelen|hopen|realiseren ons|hebben|verwijzen|omschrijven|beschrijven|noemen|"
        r"vatten|voelen|moeten|concluderen|beseffen|verwachten|beschouwen|"
        r"het|dat|dit|niet|samen|allen|met|een|geen|in|aan|van|dan|hen|uit|tot|want|"
        r"binnen|vanuit|zelf|ook|nu|al)\b)(?!(?:vragen|verzoeken)\s+u\s+geen\b)[a-z]+(?:n|t)\b",
        "We gaan dit beleidsplan na drie jaren tussentijds evalueren en na zes jaren actualiseren.",
        "We zien dat het aantal jongeren afneemt.",
    ),
    # inverted: "Dit willen we behouden en versterken", "Keuzes over wonen baseren we op goede woonkwaliteit"
    _rule(
        "commit_inverted",
        "commitment",
        r"\b(?!(?:zien|weten|hebben|hadden|zijn|waren|kunnen|konden|bedoelen|merken|denken|hopen|kennen|"
        r"moeten|mogen|noemen|beschrijven|omschrijven|verwijzen|vatten|lezen|voelen|constateren|concluderen|beseffen|"
        r"verwachten|presenteren|beschouwen)\b)[a-z]{2,}(?:en|an)\s+(?:wij|we)\b"
        r"(?!\s+(?:al|nu)\s+ge)",
        "Keuzes over wonen baseren we op goede woonkwaliteit voor iedereen.",
        "Die ontwikkeling zien we al jaren.",
    ),
    # a named body acting: "Daarom ondersteunt de gemeente ook mantelzorgers", "De gemeente past zich aan"
    _rule(
        "commit_body",
        "commitment",
        r"\b(?:zal|gaat|wil|blijft|zet|neemt|geeft|biedt|stelt|ondersteunt|stimuleert|faciliteert|betrekt|investeert|"
        r"zorgt|maakt|helpt|werkt|zoekt|kiest)\s+(?:de gemeente|de provincie|het college)\b|"
        r"^(?:de gemeente|de provincie|het college)\s+(?:(?!(?:is|was|heeft|had|kan|kon|zijn|wordt|werd|ziet|erkent|"
        r"herkent|vindt|beschouwt|constateert|merkt|weet|kent|begrijpt|waardeert|bestaat|telt|ligt)\b)[a-z]+t|"
        r"zal|zullen)\b|"
        r"\bdient (?:de gemeente|de provincie)\b|\b(?:is|zijn) voornemens\b|"
        # the parties to a covenant undertaking together: "Partijen zetten in op …", "Partijen evalueren deze
        # overeenkomst in 2028" (not what they are or have: "Partijen zijn het erover eens", "Partijen hebben …")
        r"^(?:de\s+)?partijen\s+(?!(?:zijn|waren|hebben|hadden|kunnen|konden|worden|werden|erkennen|constateren|"
        r"stellen\s+vast|verklaren|achten|begrijpen|zien|weten)\b)[a-z]{3,}en\b",
        "Daarom ondersteunt de gemeente ook mantelzorgers waar mogelijk.",
        "De gemeente heeft 33.000 inwoners.",
    ),
    # a promise made in the meeting (a toezegging): "Wethouder Ter Haar zegt toe de raad in het jaarverslag te
    # rapporteren", "De burgemeester heeft toegezegd …" (not a promise to others reported, "de minister zegde toe")
    _rule(
        "commit_promise",
        "commitment",
        r"\b(?:wethouder|burgemeester|gedeputeerde|portefeuillehouder|college)\b[^.]{0,40}?"
        r"\b(?:zegt|zeggen|zegde|zegden)\s+toe\b|"
        r"\b(?:wethouder|burgemeester|gedeputeerde|portefeuillehouder|college)\b[^.]{0,40}?\b(?:heeft|hebben)\s+"
        r"(?:[\w-]+\s+){0,3}?toegezegd\b|"
        # … or the author's own: "hebben wij toegezegd te onderzoeken …", "Wij hebben uw commissie toegezegd u te …"
        r"\b(?:hebben\s+(?:wij|we)|(?:wij|we)\s+hebben)\s+(?:[\w-]+\s+){0,3}?toegezegd\b(?=[^.]{0,120}\bte\s+[a-z])",
        "Wethouder Ter Haar zegt toe de raad in het jaarverslag 2027 te rapporteren over het bereik.",
        "Het Rijk heeft de middelen in 2025 toegezegd.",
    ),
    # the role a body takes: "De rol van de gemeente is om hierbij vertrouwen en ruimte te geven",
    # "De gemeente heeft een stimulerende, dienende en uitnodigende rol", "ziet de gemeente geen rol voor zichzelf"
    _rule(
        "commit_role",
        "commitment",
        r"\b(?:de|onze) rol (?:van de (?:gemeente|provincie)\s+)?is\b|"
        r"^(?:de gemeente|de provincie|het college)\s+(?:heeft|neemt|pakt|vervult)\b[^.]{0,60}\brol\b|"
        r"\b(?:ziet|zien)\s+(?:de gemeente|de provincie|wij|we)\b[^.]{0,40}\brol\s+voor\b",
        "De rol van de gemeente is om hierbij vertrouwen en ruimte te geven aan dit soort initiatieven.",
        "De rol van dorpsbelangen is in de loop der jaren gegroeid.",
    ),
    # what the author holds desirable: "Het is wenselijk om een eenmalig budget te realiseren",
    # "Daarom is meer onderzoek en monitoring gewenst" (not negated: "Dat is niet wenselijk")
    _rule(
        "commit_desirable",
        "commitment",
        r"\b(?:het|dit)\s+is\s+(?:dan\s+)?(?:ook\s+)?(?:zeer\s+)?wenselijk\s+(?:om|dat)\b|"
        r"\b(?:is het|het is)\s+(?:dan\s+)?(?:ook\s+)?(?:goed|zinvol|raadzaam)\s+om\b"
        r"(?![^.]{0,20}\bte\s+(?:zien|merken|weten|horen|lezen)\b)|"
        r"\b(?:is|zijn)\s+(?:daarom\s+|dan ook\s+)?(?:meer\s+|extra\s+|nader\s+)?"
        r"(?!(?:niet|geen|nooit)\b)[a-zë]+(?:\s+en\s+[a-zë]+)?\s+(?:gewenst|wenselijk)\s*\.?$",
        "Het is wenselijk om een eenmalig budget te realiseren voor dorpsvisies.",
        "Een nieuwe gymzaal is niet wenselijk.",
    ),
    # an intent in a clause: "Dit houdt in dat we samen met hen gaan bespreken hoe …"
    _rule(
        "commit_that_we",
        "commitment",
        r"\b(?:houdt in|betekent|inhoudt)\s+dat\s+(?:wij|we|de gemeente|de provincie)\b[^.]{0,80}"
        r"\b(?:gaan|zullen|willen)\b",
        "Dit houdt in dat we samen met hen gaan bespreken hoe we met elkaar om willen gaan.",
        "Dat betekent dat wij gehouden zijn aan de keuzes die in deze visie zijn vastgelegd.",
    ),
    # a stated position not to act: "Er is geen verplichting tot het maken van een dorpsvisie",
    # "Daarmee is er geen directe noodzaak om de bijdragen substantieel te veranderen"
    _rule(
        "commit_no_need",
        "commitment",
        r"\b(?:er is|is er)\s+(?:dan\s+)?(?:ook\s+)?geen\s+(?:directe\s+)?(?:noodzaak|verplichting|aanleiding)\s+"
        r"(?:om|tot|voor)\b",
        "Er is geen verplichting tot het maken van een dorpsvisie.",
        "Er is geen sporthal in het dorp.",
    ),
    # planned work in the passive: "Hiervoor wordt een raadsvoorstel voorbereid"
    _rule(
        "commit_passive",
        "commitment",
        r"\b(?:wordt|worden)\b[^.]{0,100}\b(?:voorbereid|onderzocht|geïnformeerd|betrokken|ontwikkeld|opgesteld|"
        r"uitgewerkt|georganiseerd|ingezet|gerealiseerd|voortgezet|besproken|afgestemd|gestimuleerd|gemonitord|"
        r"geëvalueerd)\b",
        "Hiervoor wordt een raadsvoorstel voorbereid.",
        "Dit werd in 1998 door de raad besproken.",
    ),
)

# Sentences that look like a rule match but are not commitments of anyone (questions, conditionals, history,
# exhortations, and "doen we dit samen met …": the manner of an intent stated in the sentence before).
SENTENCE_EXCLUSIONS = re.compile(
    r"\?\s*$|^\s*(?:zoals|welke|wat|hoe|waarom|doordat|toen|nadat|sinds)\b|\bin het verleden\b|"
    r"^\s*laten\s+(?:we|wij)\b|"
    r"\b(?:doen|deden)\s+(?:we|wij)\s+(?:het|dit|dat)\b|\b(?:we|wij)\s+doen\s+(?:het|dit|dat)\b|"
    r"\bin dit (?:hoofdstuk|document|deel|rapport|inleidende)\b|\bin (?:het|de) volgende (?:hoofdstuk\w*|paragra\w+)\b|"
    r"\bhiermee bedoelen\b|\bvolgende uitgangs?punten\s*:?\s*$|"
    # the document pointing to its parts: "Hoofdstuk 9 bevat het raadsbesluit", "In de bijlage is de motie opgenomen"
    r"^\s*(?:hoofdstuk|paragraaf|bijlage)\s+\d+\w?\s+(?:bevat|beschrijft|schetst|behandelt|geeft|gaat|sluit)\b|"
    # … or to several: "In hoofdstuk 4 staan onze ambitie en doelen", "De hoofdstukken 4 tot en met 7 beschrijven …"
    # (or to a table: "In tabel 3.1 staan de uitgangssituatie, de streefwaarde voor 2031 en …", "In tabel 3.1 hebben
    # wij de hoofddoelen voor 2030 samengevat")
    r"^\s*in\s+(?:tabel|bijlage|figuur)\s+\d+(?:\.\d+)*\s+(?:hebben|heeft)\s+(?:wij|we)\b[^.]{0,80}"
    r"\b(?:samengevat|opgenomen|weergegeven|opgesomd)\b|"
    r"^\s*(?:in\s+)?(?:de\s+)?(?:hoofdstuk(?:ken)?|paragra(?:af|fen)|tabel(?:len)?)\s+\d+(?:\.\d+)*"
    r"(?:\s+(?:tot\s+en\s+met|t/m|en)\s+\d+(?:\.\d+)*)?\s+"
    r"(?:bevatten|beschrijven|geven|gaan|staat|staan|werken|behandelen|behandelt|leest|lees|toont|tonen)\b|"
    r"^\s*achterin\b|\b(?:is|zijn|staat|staan)\s+(?:\w+\s+){0,2}opgenomen\s+(?:als|in)\s+(?:de\s+)?(?:bijlage|hoofdstuk)\b|"
    r"^\s*in\s+(?:de|het)\s+bijlagen?\b[^.]{0,40}\b(?:is|zijn|staat|staan|vindt|treft)\b|"
    # a line of a table of contents: "2 Besluit van Gedeputeerde Staten . . . . . . 4"
    r"(?:\.\s?){5,}|"
    # the header of an indicator table: "Indicator  Nulmeting  Streefwaarde 2028  Streefwaarde 2031"
    r"^\s*(?:indicator(?:en)?|kpi'?s?|kengetal(?:len)?)\b[^.]*\b(?:streefwaarde|nulmeting|doel)",
    re.I,
)

# Sentences a commitment rule matches that state no intent of the author. One alternative per row:
COMMITMENT_EXCLUSIONS = re.compile(
    # discussing a subject in the text: "Vervolgens gaan we in op de financiële kaders"
    r"\bgaan\s+(?:we|wij)\s+(?:[\w-]+\s+){0,3}?in\s+op\b|\b(?:we|wij)\s+gaan\s+(?:[\w-]+\s+){0,3}?in\s+op\b|"
    # worked out elsewhere: "Deze worden inhoudelijk verder uitgewerkt in de Nota Sociaal beleid"
    r"\buitgewerkt\s+in\b|"
    # a pointer to a part of the text: "We eindigen met conclusies in paragraaf 2.3", "In hoofdstuk 4 worden …"
    r"\b(?:in|met)\s+(?:hoofdstuk|paragraaf|bijlage)\s+\d|"
    # the text presenting itself: "In dit beleidskader werken wij onze visie uit", "In het voorliggende document
    # presenteren wij …"
    r"^\s*(?:in|met)\s+(?:dit|deze|het|de)?\s*(?:voorliggende?|onderliggende?|onderstaande?|volgende)?\s*"
    r"(?:document|hoofdstuk|paragraaf|beleidskader|nota|notitie|rapport)\b[^.]{0,80}"
    r"\b(?:werken\b[^.]{0,60}\buit|presenteren|beschrijven|lichten\b[^.]{0,60}\btoe)\b|"
    # "Onze rol is samengevat in onderstaande schema's"
    r"\b(?:samengevat|weergegeven)\s+in\s+(?:de\s+)?(?:onderstaande?|volgende|bijlage)\b|"
    # the perfect tense, inverted: "Hierbij hebben wij partijen … betrokken" (done, not intended; but a promise
    # made is still to be kept: "hebben wij toegezegd te onderzoeken …")
    r"\b(?:hebben|hadden)\s+(?:wij|we)\b(?![^.]{0,40}\btoegezegd\b)|"
    # the simple past: "We organiseerden vijf symposia", "In 2024 voerden we een campagne uit"
    r"\b(?:wij|we)\s+[a-z]+(?:eerden|[kfp]ten|oerden)\b|\b[a-z]+(?:eerden|[kfp]ten|oerden)\s+(?:wij|we)\b|"
    # another government acts: "Daarnaast wordt van rijkswege gestimuleerd dat ouderen langer thuis wonen"
    r"\bvan rijkswege\b|"
    # a possibility, not an intent: "Hierdoor kunnen gerichte activiteiten worden gestimuleerd"
    r"\b(?:kan|kunnen)\b[^.]{0,60}\bworden\b|"
    # quoted speech of someone else: "Wij waarderen de goede samenwerking.”"
    r"[.!?][”\"]\s*[;,]?$",
    re.I,
)

# Sentences a request rule matches that ask nobody for anything. One alternative per row:
REQUEST_EXCLUSIONS = re.compile(
    # meeting an existing wish: "De ambities sluiten goed aan bij de wens van de inwoners"
    r"\baan\s+bij\s+(?:de|een|deze)\s+wens|\btegemoet\s+aan\s+(?:de|een|deze)\s+wens|"
    # a wish among the requesters themselves: "… willen de dorpen graag onderling met elkaar uitwisselen"
    r"\b(?:onderling|met elkaar|van elkaar)\b|"
    # a request only counted or a condition: "21.460 verzoeken om kwijtschelding", "toont op verzoek aan" (but
    # "op verzoek van de gemeente Aa en Hunze" reports who asked)
    r"\bop\s+verzoek\b(?!\s+van\b)|\b\d[\d.]*\s+verzoeken\b",
    re.I,
)

# Page furniture a PDF extraction leaves in the text: a page-number line ("Pagina 7 van 19", "- 12 -", "blz. 4").
# Not "7 woningen" or "2026". A short line repeated on three or more pages (a running header or footer such as
# "Gemeente Waalwijk   Programmabegroting 2026", a page number at either end allowed) is furniture too when it
# mostly opens or closes its page or stands within two blocks of a page-number line — not "Wat willen we
# bereiken?", which repeats as a real header in the middle of pages. (kb.sources drops bare page numbers from the
# text itself; the tagger also skips these longer forms.)
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:(?:pagina|page|blz\.?)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:van|of|/)\s*\d{1,3})?\s*$", re.I
)
RUNNING_LINE_MAX_CHARS = 120
RUNNING_LINE_MIN_REPEATS = 3
# The subtotal or total row of a table ("Subtotaal logistiek 4.070", "Totaal Mobiliteitsagenda 2026-2029 67.650"):
# it closes a group of rows and is no row of its own.
TOTAL_ROW = re.compile(r"^\s*(?:sub)?totaal\b", re.I)
# A group row of a programme table that names a phase and its period only: "Fase 1 (2027–2031)", "Tranche 2
# 2028-2030". The rows below it are the actions; it is none itself.
PERIOD_GROUP_ROW = re.compile(
    r"^(?:fase|tranche|periode|deel|cluster|blok|stap)\s+\w{1,3}\s*[:(]?\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)?$",
    re.I,
)
# An article title of a regulation or covenant that the extraction left as a plain line ("Artikel 3 Doelgroep"):
# it ends the list above it, as a heading would. Not "Artikel 3 is van toepassing." (a sentence).
ARTICLE_TITLE = re.compile(r"^Artikel\s+\d+[a-z]?\.?\s+[A-ZÀ-Ý][^.!?:;\n]{0,80}$")
# The grounds of a resolution, before its "besluit:" ("gelezen het voorstel van …", "gelet op artikel 143 …",
# "constaterende dat", "Provinciale Staten van Zeeland;"): no decisions. Not "1. de regeling vast te stellen;".
CONSIDERANS = re.compile(
    r"^(?:gelezen|gelet\s+op|gezien|overwegende|constaterende|van\s+mening|kennis\s+genomen|gehoord)\b|"
    r"^(?:de\s+raad|provinciale\s+staten|gedeputeerde\s+staten|het\s+algemeen\s+bestuur|het\s+college)\b"
    r"[^.:]{0,120}[;,]$",
    re.I,
)
# An article of a covenant whose title names a party's undertakings ("Artikel 5 Afspraken provincie", "Artikel 8
# Inspanningen zorgverzekeraar"): its numbered and lettered points are that party's actions. Not "Artikel 2 Doelen",
# nor "Artikel 9 Verplichtingen subsidieontvanger" (what a regulation demands of an applicant).
ARTICLE_AGREEMENTS = re.compile(r"\b(?:afspraken|inspanningen|toezeggingen|bijdragen?|taken)\b", re.I)
# A numbered goal title ("Doel 1.2 Een veilige woon- en leefomgeving", "Strategisch doel 3 – Mobiliteit op maat",
# "Ambitie 2: Gezonde inwoners"): itself a goal, and the paragraphs and bullets below it state what it means. Not
# "Doel 1.2 is in 2024 gehaald." (a sentence about the goal) nor "Doelgroep 3 Jongeren" (another word).
GOAL_TITLE = re.compile(
    r"^(?:strategisch(?:e)?\s+|hoofd|sub|tussen)?(?:doel(?:stelling)?|ambitie)\s+"
    r"(?:[A-Z]{1,3}[-.]?)?\d+(?:\.\d+)*[a-z]?\s*[–—:.-]?\s+[A-ZÀ-Ý][^.!?;\n]{0,90}$",
    re.I,
)
# A section whose title says it holds what the parties agree to do: "4.3 Afspraken", "Wat spreken we af?", "Inzet
# van de partners" (not "Afspraken uit het vorige akkoord", a look back).
AGREEMENT_SECTION = re.compile(
    r"^(?:(?:onze|de|gezamenlijke|concrete|nieuwe)\s+)?(?:afspraken(?!\s+(?:uit|in|van|over\s+de\s+evaluatie)\b)"
    r"|wat\s+spreken\s+(?:we|wij|partijen|de\s+partners)\s+af|inzet\s+van\s+(?:de\s+)?partners"
    r"|wat\s+doen\s+de\s+partners)",
    re.I,
)
# A party's undertaking in the present tense, its subject named first: "GGD Twente zorgt voor …", "De huisartsen
# bieden …", "Menzis vergoedt …" — in a section of agreements, what that party will do. Not a trend ("Het aantal
# rokers neemt af") nor a description in the passive ("De kosten worden gedragen door …").
PARTY_UNDERTAKING = re.compile(
    r"^(?!(?:het\s+(?:aantal|aandeel|percentage|gebruik)|dit|dat|deze|die|er|hierbij|daarbij|zo)\b)"
    r"(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+(?!(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|kan|kunnen|moet|moeten)\b)"
    r"[\w'’.&-]+){0,7}?\s+"
    r"(?:zorg(?:t|en)|bied(?:t|en)|verwijz?(?:t|en)|verwijst|ma(?:akt|ken)|ne(?:emt|men)|dra(?:agt|gen)|ondersteun(?:t|en)"
    r"|verzorg(?:t|en)|voer(?:t|en)|zet(?:ten)?|stel(?:t|len)|vergoed(?:t|en)|organiseer(?:t)|organiseren|lever(?:t|en)"
    r"|financier(?:t)|financieren|begeleid(?:t|en)|trai(?:nt|nen)|richt(?:en)?|ontwikkel(?:t|en)|br(?:engt|engen)"
    r"|betaal(?:t)|betalen|stimuleer(?:t)|stimuleren|informeer(?:t)|informeren|coördineer(?:t)|coördineren"
    r"|faciliteer(?:t)|faciliteren|agendeer(?:t)|agenderen|spre(?:ekt|ken))\b"
    r"(?![^.]*\b(?:af|toe)\s*[.;]?$)",
    re.I,
)


# The header row of a programme table whose rows ingestion kept one per line: an action column and a column
# for partners, timing or money ("Thema Actie Partners Planning", "Maatregel Trekker Periode Budget",
# "School / locatie Maatregel Jaar Raming").
PROGRAMME_TABLE_HEADER = re.compile(
    r"^(?=.*\b(?:acties?|maatregel(?:en)?|activiteit(?:en)?|wat|project(?:en)?|mijlpa(?:a|l)l(?:en)?)\b)"
    r"(?=.*\b(?:partners?|samenwerkingspartners?|trekker|betrokkenen|planning|periode|wanneer|termijn|budget|wie"
    r"|jaar|jaren|kwartaal|raming|kosten|uitvoering|looptijd|gereed)\b)"
    # (a row-number column "Nr." and a period in a column name: "Kosten 2027–2030")
    r"[\w\s&/()–-]+$|^nr\.\s+(?=.*\b(?:acties?|maatregel(?:en)?|activiteit(?:en)?)\b)[\w\s&/()–-]+$|"
    # column names abbreviated with a dot inside ("nr project trekker partners fase / planning kosten regio prov.
    # Rijk overig"), up to fourteen of them: a dot only after a short word, never last (a sentence's dot is)
    r"^(?=.*\b(?:acties?|maatregel(?:en)?|activiteit(?:en)?|project(?:en)?)\b)"
    r"(?=.*\b(?:partners?|trekker|planning|periode|looptijd|budget|kosten)\b)"
    r"(?=(?:\S+\s+){1,13}\S+$)(?:[\w&/()–-]+|\w{1,5}\.)(?:\s+(?:[\w&/()–-]+|\w{1,5}\.))*\s+"
    # (last a column name, or a share by level abbreviated: "Bijdrage prov.", "Bijdrage gem.")
    r"(?:[\w&/()–-]+|(?:prov|gem|ws|bijdr)\.)$|"
    # an overview of a coalition's agreements, its first column: "Afspraak  Trekker (DB)  Planning  Financiën" (not a
    # sentence about them: "… opgesteld volgens de afspraken uit de verordening van vorig jaar")
    r"^afspra(?:ak|ken)\s+(?=.*\b(?:trekker|planning|wie|wanneer|eigenaar)\b)[\w\s&/()–-]+$|"
    # a calendar of products with who delivers them: "Jaar  Product  Wie" (not "Product  Jaar  Tarief": no owner)
    r"^(?=.*\b(?:product(?:en)?|resulta(?:at|ten))\b)(?=.*\b(?:wie|trekker|verantwoordelijk\w*)\b)"
    r"(?=.*\b(?:jaar|planning|wanneer|periode)\b)[\w\s&/()-]+$",
    re.I,
)
# A money column's unit in a table header: "Kosten (x € 1.000)", "Bedrag (in €)".
HEADER_UNIT = re.compile(r"\s*\((?:x\s*)?€\s*[\d.]*\)|\s*\((?:bedragen\s+)?in\s+€\)", re.I)
# The timing in a programme table row whose columns the extraction ran together ("A2 Inzetten projectleider team RO
# flexpool 2026-2027 € 300.000", "Vaststelling woonvisie 18 december 2025 raad"): a quarter, a month, a year or
# a period, or "doorlopend".
ROW_PERIOD_INSIDE = re.compile(
    r"(?P<period>(?:Q[1-4](?:\s*[-–]\s*Q[1-4])?\s+)?(?:\d{1,2}\s+)?(?:" + MONTH + r"\s+)?"
    # (not a year in a name: "Natura 2000-beheerplannen")
    r"(?<![\d.,€])(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?"
    r"(?![\d.,])(?!-[a-zà-ÿ])|\bdoorlopend\b|\bcontinu\b|\bjaarlijks\b|"
    # a quarter without its year, in a table of one year's work: "Q1-Q4", "Q4"
    r"(?<![\w-])Q[1-4](?:\s*[-–]\s*Q[1-4])?(?![\w-]))",
    re.I,
)
# The identifier that opens a programme table row: "A1", "B12", "M3".
ROW_ID = re.compile(r"^(?-i:[A-Z]{1,2})[.-]?\d{1,2}\b")  # "A2", "H-01", "W.3"
# A row's timing: "2025", "2025-2027", "Q3 2026", "doorlopend", "jaarlijks" — at the end of a programme table row
# (ROW_PERIOD), or as a cell of its own (kb.tags.lists.PERIOD_CELL).
YEAR_SPAN = r"(?:Q[1-4]\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?"
# A year named in a text, not part of a figure ("2030", not "12.030" or "2030,5").
NAMED_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
ONGOING = r"doorlopend|continu|jaarlijks"
PERIOD = rf"{YEAR_SPAN}|{ONGOING}"
ROW_PERIOD = re.compile(rf"(?P<period>{PERIOD})\s*$", re.I)
# The words a table column names its rows by when they are measures: "Actie", "Maatregel", "Activiteiten",
# "Project", "Voornemen" (a cell of its own, kb.tags.lists.ACTION_COLUMN, or a word of a budget table's header,
# kb.tags.money.MEASURE_COLUMN).
MEASURE_WORDS = r"activiteit(?:en)?|actie[s]?|maatregel(?:en)?|project(?:en)?|(?:beleids)?voornemens?"

# The header of an indicator table with target values: "Indicator  Nulmeting  Streefwaarde 2028  Streefwaarde
# 2031", "Indicator Huidig Doel 2030": every row below is a measurable goal.
TARGET_TABLE_HEADER = re.compile(
    r"\b(?:streefwaarde|streefwaarden|streefcijfer|doelwaarde|(?:doel|streef|ambitie|norm)\s+(?:19|20)\d\d)\b|"
    # a task in numbers: "Woonvorm  Voorraad 2026  Behoefte 2035  Opgave 2027–2035"
    r"\bopgave\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b|"
    # a caption that says its figures are aimed at: "Tabel 4.1 Beoogd aantal Housing First-plekken per gemeente"
    r"^\s*tabel\s+[\d.]+[:.]?\s+(?:beoogd(?:e)?|gewenst(?:e)?)\s|"
    # "Indicator  Nulmeting  2028  2031", "Doel  Indicator  2024/2025  2030": an indicator with its baseline or its
    # goal and the years it is measured in (not "Indicator 2023 2024 2025", a table of realised figures)
    r"^(?=.*\bindicator(?:en)?\b)(?=.*\b(?:nulmeting|nulwaarde|uitgangswaarde|basiswaarde|doel|norm)\b)(?=.*\b20\d\d\b)",
    re.I,
)

# The header of a table of decisions: "Datum  Onderwerp  Besluit" — every row (it opens with a date) is a decision.
DECISION_TABLE_HEADER = re.compile(r"^(?=.*\bdatum\b)(?=.*\bbesluit(?:en)?\b)[\w\s/()-]+$", re.I)
# The header of a table of the bodies that adopted a plan, the date of each one's decision last: "Gemeente  datum
# collegebesluit" over "Gooise Meren  1 december 2026" (not a front page's field with its date, "Datum
# collegebesluit  29 september 2026").
ADOPTERS_TABLE_HEADER = re.compile(r"^[A-Za-zÀ-ÿ/()\s-]{2,40}\s(?:datum\s+\w*besluit|besluitdatum)\s*$", re.I)
# The header of a schedule of steps with their dates: "Stap  Datum", "Mijlpaal  Planning" — its rows that adopt or
# release something by a body ("Vaststelling kaderbrief 2028 door AB  3 december 2026", "Vrijgave ontwerpbegroting
# 2028 door AB  8 april 2027") are decisions; its other steps (sending, deadlines) are none.
SCHEDULE_HEADER = re.compile(r"^(?:stap(?:pen)?|mijlpa(?:a|l)l(?:en)?|moment)\s+(?:datum|planning|wanneer)\s*$", re.I)
SCHEDULED_DECISION = re.compile(
    rf"^(?:vaststelling|vrijgave|besluitvorming|instemming)\b[^.]{{0,80}}\bdoor\s+(?:het\s+|de\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}\s+"
    rf"(?:\d{{1,2}}\s+)?{MONTH}\s+(?:19|20)\d\d\b",
    re.I,
)
# The header of a table of the motions and amendments of a meeting with their votes: "Nr. Titel Indieners Stemming
# Status", "Nummer Titel Uitslag".
VOTE_TABLE_HEADER = re.compile(r"^(?:nr\.?|nummer)\s+titel\b(?=.*\b(?:stemming|uitslag|status)\b)[\w\s./()-]+$", re.I)
# … its rows open with the motion's or amendment's number ("A1 Inhaalslag …", "M10 Gemeente dichtbij …"); only a
# row that records a vote is a decision ("aangenomen", "verworpen"; not "ingetrokken", "aangehouden")
VOTE_ROW = re.compile(r"^(?:motie\s+|amendement\s+)?(?-i:[AM])-?\d{1,3}(?:-\d{1,3})?\s+\S", re.I)
VOTED = re.compile(rf"\b{VOTE_WORD}\b", re.I)
# The header of a list of promises made to a council or the States ("Nr. Portefeuillehouder Toezegging Termijn"):
# each row, opening with the promise's number ("T2026-41 wethouder Nijhof Raadsinformatiebrief …"), is a commitment.
# (or, one cell per line, the promise's own column: "Nr" / "Datum en gremium" / "Toezegging / verzoek" / …)
PROMISE_TABLE_HEADER = re.compile(
    r"^(?:(?:nr\.?|nummer)\s+(?=.*\btoezegging(?:en)?\b)[\w\s./()-]+|toezegging(?:en)?(?:\s*/\s*[\w]+)?)$", re.I
)
PROMISE_CODE = re.compile(r"^(?-i:T)-?\d{2,4}-\d{1,3}$")  # a promise's code alone on its line: "T-2024-041"
PROMISE_ROW = re.compile(r"^(?-i:T)\d{0,4}-?\d{1,3}\s+\S")
# The caption of a table of what is planned ("Tabel 5.1 Geplande controles bouwen en gebruik 2026"): each row below
# its column names ("Bouwcontroles vergunde bouwwerken (bezoeken)  540  2,5  1.350") is a planned action.
PLANNED_TABLE_CAPTION = re.compile(
    r"^\s*tabel\s+[\d.]+[:.]?\s+(?:geplande|voorgenomen)\s+(?:controles|inspecties|activiteiten|maatregelen|projecten|"
    r"acties|werkzaamheden|bezoeken)\b",
    re.I,
)
# A row of such a table opens with its date: "12 februari", "26-03-2025", "2025-03-26".
ROW_DATE = re.compile(
    r"^\d{1,2}\s+" + MONTH + r"\b|"
    r"^\d{1,2}-\d{1,2}-(?:19|20)\d\d\b|^(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)

# Section titles of a foreword: thanks and rhetoric of an alderman, not the policy's commitments.
FOREWORD_TITLES = re.compile(r"^\s*(?:voorwoord|woord vooraf|ten geleide)\b", re.I)

# A section title that pictures a future year ("Midden-Drenthe in 2035", "Drenthe anno 2030", "Toekomstbeeld
# 2040"): the sections from there on describe the target state in the present tense.
VISION_TITLES = re.compile(
    r"\b(?:in|anno)\s+(?P<year>20\d\d)\s*$|^\s*(?:toekomstbeeld|stip op de horizon|ons beeld van)\b"
    r"(?:[^0-9]*(?P<year2>20\d\d))?",
    re.I,
)
# Section titles that end such a picture: back to today, the appendices or the execution.
VISION_END_TITLES = re.compile(
    r"\b(?:huidige situatie|waar (?:we|wij) nu staan|bijlage\w*|uitvoering\w*|financi\w+|terugblik|evaluatie)\b",
    re.I,
)
# A target state written in the present tense (inside a vision picture): something is reachable, affordable,
# present, in balance, fitting, connected, or the best of its kind. Comment per alternative in the tests.
TARGET_STATE = re.compile(
    r"\b(?:is|zijn)\b[^.;:]{0,60}\b(?:bereikbaar|betaalbaar|beschikbaar|aanwezig|toegankelijk|in balans|op orde)\b|"
    r"\b(?:past|passen)\s+bij\b|\b(?:sluit|sluiten)\b[^.;:]{0,40}\b(?:op elkaar\s+)?aan\b|"
    r"\bgaa?t\b[^.;:]{0,60}\bniet op achteruit\b|\b(?:is|zijn)\s+dé\b",
    re.I,
)
# Sentences that are no target state even when they name one: first person (an intent, handled by the rules
# above), a consequence or conclusion ("Daardoor …", "… dus …"), a pronoun subject pointing back.
NOT_TARGET_STATE = re.compile(
    r"\b(?:wij|we)\b|"
    r"^\s*(?:daardoor|door|daarom|want|dat|dit|die|deze|zo|zij|ze|het\s+(?:is|zijn))\b|\bdus\b|"
    r"\b(?:vroeger|nu|momenteel|op dit moment|huidige)\b",
    re.I,
)


def target_state(sentence: str) -> bool:
    """True for a present-tense target state ("In elke kern is minstens één ontmoetingsplaats aanwezig")."""
    clean = re.sub(r"\s+", " ", BULLET_PREFIX.sub("", sentence)).strip()
    if len(clean.split()) < 4 or SENTENCE_EXCLUSIONS.search(clean):
        return False
    return TARGET_STATE.search(clean) is not None and NOT_TARGET_STATE.search(clean) is None


# A measurable target under a heading that announces goals ("3 Onze doelen"): a state by a year, a share or a
# bound ("In 2042 werken ten minste 30 van de 46 basisscholen als IKC", "De leegstand bedraagt in 2030 niet meer
# dan 5%", "Uiterlijk in 2030 zijn de knelpunten verholpen"). Not a past fact ("daalde in 2023 met 28%").
MEASURABLE_TARGET = re.compile(
    r"\b(?:in|vanaf|vóór|voor|uiterlijk(?: in)?|eind|per)\s+20\d\d\b|\b(?:ten minste|minimaal|maximaal|"
    r"niet meer dan|minder dan|hoogstens|tenminste)\b|"
    # a share moving: "stijgt van 36 naar 42 procent", "daalt met 20%" (a share alone is today's figure: "Van de
    # regionale keringen voldoet 93%.")
    r"\b(?:stijgt|daalt|groeit|neemt)\b[^.;]{0,60}\d\s?(?:%|procent\b)",
    re.I,
)
PAST_FACT = re.compile(
    r"\b(?:was|waren|daalde|daalden|steeg|stegen|bedroeg|bedroegen|had|hadden|werd|werden|is\s+\w+\s+gestegen|"
    r"is\s+\w+\s+gedaald|in\s+20[01]\d|in\s+202[0-5])\b",
    re.I,
)


def measurable_target(sentence: str) -> bool:
    clean = re.sub(r"\s+", " ", BULLET_PREFIX.sub("", sentence)).strip()
    if len(clean.split()) < 5 or clean.endswith(("?", ":")) or SENTENCE_EXCLUSIONS.search(clean) or "€" in clean:
        return False  # (money bounded is a ceiling: "Per aanvraag bedraagt de subsidie maximaal € 5.000.")
    return MEASURABLE_TARGET.search(clean) is not None and PAST_FACT.search(clean) is None


# A state the text sets for a later year than its own, in any section: "In 2030 rijden alle bussen emissievrij",
# "Eind 2028 zijn 12 schoolpleinen vergroend", "Uiterlijk in 2030 zijn de knelpunten verholpen" (the tagger checks the
# year against the document's: "In 2024 hebben wij de risicoanalyse geactualiseerd" is history). Not a forecast ("in
# 2040 is dat naar verwachting 2,25"), an emphasis ("In 2027 ligt de nadruk op …") or money ("In 2028 is € 5.000 …").
FUTURE_STATE = re.compile(
    r"^(?:in|vóór|uiterlijk(?:\s+in)?|eind)\s+(?P<year>20\d\d)\s+(?:is|zijn|heeft|hebben|kan|kunnen|wordt|worden|"
    r"voldoet|voldoen|staat|staan|rijdt|rijden|woont|wonen|gebruikt|gebruiken)\b"
    r"(?![^.]*(?:€|\bnaar\s+verwachting\b|\bverwacht\w*|\bprognose\b|\bnadruk\b|\bzwaartepunt\b))",
    re.I,
)


def future_state(sentence: str, document_year: int | None) -> bool:
    """A state set for a year after the document's own (see FUTURE_STATE); False when the document's year is
    unknown."""
    clean = re.sub(r"\s+", " ", BULLET_PREFIX.sub("", sentence)).strip()
    found = FUTURE_STATE.match(clean)
    if found is None or document_year is None or len(clean.split()) < 5 or SENTENCE_EXCLUSIONS.search(clean):
        return False
    return int(found.group("year")) > document_year


# "Dit vraagt om …", "De Omgevingswet vraagt om …": something requires something; nobody asks anybody.
REQUIRES = re.compile(
    # ("het <noun> vraagt om" is left to _requires: "Het waterschap vraagt om …" asks, "Het klimaat vraagt om …" not)
    r"\b(?:dit|dat|het(?=\s+(?:vraagt|vragen)\b)|deze|die|wat|welke|er)\s+(?:\w+\s+)?vra(?:agt|gen)\s+(?:\w+\s+)?om\b|"
    # (a law or directive by its name: "De Kaderrichtlijn Water (KRW) vraagt dat …")
    r"\b\w*(?:wet|richtlijn|ontwikkeling|ontwikkelingen|opgave|opgaven|situatie)(?:\s+(?-i:[A-Z][\w-]+))?"
    r"(?:\s*\([^()]*\))?\s+vra(?:agt|gen)\s+(?:om|dat)\b",
    re.I,
)

# Subjects that can ask for something (people and organisations); other subjects "vragen om" = require.
AGENTS = re.compile(
    r"\b(?:(?i:wij|we|men|zij|hij|inwoners?|bewoners|dorpen|dorpsbelang\w*|organisaties?|vereniging(?:en)?|"
    r"gemeenten?|raad|college|provincie|partners|ondernemers?|jongeren|ouderen|ouders|bestuur|besturen|stichting|"
    r"indieners?|waterschap|corporaties?|werkgroep|\w*raad|\w*platform|\w*groep|fracties?|regio)|[A-Z]{2,}|"
    # a name of two or more capitalised words: "Regio Parkstad", "Syntra Chemicals"
    r"(?!(?:De|Het|Een|Dit|Deze)\b)[A-Z][a-zà-ÿ]+(?:\s+[A-Z][\w-]+)+)\b"
)


def _requires(sentence: str) -> bool:
    """True for "Regionale samenwerking vraagt om afstemming", "De KRW vraagt dat …": an abstract subject requires
    something."""
    match = re.search(r"\bvra(?:agt|gen)\s+(?:om|dat)\b", sentence, re.I)
    if match is None:
        return False
    # the subject stands in the verb's own clause ("We nemen deze rol op waar het provinciaal belang vraagt om
    # sturing": the interest asks, not we; "De stichting vindt … en vraagt om …": the foundation asks)
    before = re.sub(r"\([^()]*\)", " ", sentence[: match.start()])  # "Een bewonersgroep (reactie 88, …) vraagt om"
    clauses = re.split(r",|\b(?:waar|dat|die|wat|omdat|als|wanneer|zodat|doordat)\b", before)
    clause = clauses[-1]
    if len(clauses) > 1 and re.fullmatch(r"\s*(?:maar|en)(?:\s+(?:ook|wel))?\s*", clause, re.I):
        clause = clauses[-2]  # "De Adviesraad adviseert positief, maar vraagt om …": the subject of the clause before
    return AGENTS.search(clause) is None


# Deadlines and periods: "uiterlijk 2025", "in 2018", "2020-2026", "binnen vier jaar", "jaarlijks".
DEADLINE = re.compile(
    r"\b(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d\b|"
    r"\b(?:uiterlijk|vóór|voor|tot en met|t/m|per|vanaf|in|eind|begin|medio|najaar|voorjaar|zomer|"
    r"winter|(?:\d{1,2}\s+)?" + MONTH + r")\s+(?:19|20)\d\d\b|"
    r"\bbinnen\s+(?:\w+\s+)?(?:jaar|jaren|maanden)\b|\b(?:jaarlijks|structureel|per jaar)\b",
    re.I,
)
# A step dated at its start, as a schedule lists it: "juli 2026: gunning …", "1e kwartaal 2026: vaststelling …",
# "2027: oplevering …", "Q2 2027 – …" (its date is when it is due, whatever later years it names).
LEADING_WHEN = re.compile(
    r"^\s*(?:(?:Q[1-4]|[1-4]e\s+kwartaal|eind|begin|medio|najaar|voorjaar|zomer|winter|(?:\d{1,2}\s+)?"
    + MONTH
    + r")\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?(?=\s*[:–]\s)",
    re.I,
)
# How often something recurs — not a deadline: "jaarlijks", "per jaar", "ieder jaar", "per kwartaal", "structureel".
RECURRENCE = re.compile(
    r"\b(?:jaarlijks|per\s+jaar|ieder(?:e)?\s+jaar|elk\s+jaar|per\s+kwartaal|elk\s+kwartaal|maandelijks|"
    r"per\s+maand|tweejaarlijks|structureel)\b",
    re.I,
)
# Dates for decisions: "4 juli 2019", "7 november 2019", "29-09-2018", "24 februari 2016".
DATE = re.compile(
    r"\b\d{1,2}\s+" + MONTH + r"(?:\s+(?:19|20)\d\d)?\b|\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\b|\b(?:19|20)\d\d\b",
    re.I,
)
# A date or period introduced as due: "uiterlijk in het derde kwartaal van 2027", "vóór 1 mei", "met ingang van
# 1 januari 2027", "in de periode 2026–2027", "in het voorjaar van 2029", "vóór de zomer van 2028". Read before a
# bare year or range, which is often a title ("Programma 2027–2030") or a number ("motie M-2025-44").
_WHEN = (
    r"(?:(?:het|de)\s+)?(?:(?:eerste|tweede|derde|vierde|[1-4]e)\s+kwartaal|voorjaar|najaar|zomer|winter|begin|eind|"
    r"einde|helft|eerste\s+helft|tweede\s+helft)\s+(?:van\s+)?(?:19|20)\d\d|"
    r"(?:\d{1,2}\s+)?" + MONTH + r"(?:\s+(?:19|20)\d\d)?|Q[1-4]\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?(?![-–/]?\d)"
)
_DUE_WORDS = (
    r"uiterlijk(?:\s+(?:op|in))?|vóór|met\s+ingang\s+van|per|vanaf|tot\s+en\s+met|t/m|(?:in|voor)\s+de\s+periode"
)
DUE_PHRASE = re.compile(r"\b(?:" + _DUE_WORDS + r"|in|eind|begin|medio)\s+(?:" + _WHEN + r")\b", re.I)
# The same, for a decision: only what it says is due ("in 2027" in a decision is mostly the year of its money).
DECISION_DEADLINE = re.compile(r"\b(?:" + _DUE_WORDS + r"|in(?=\s+(?:het|de)\s))\s+(?:" + _WHEN + r")\b", re.I)
# The date a resolution was taken or a meeting held: "Aldus besloten in de openbare vergadering van 11 december 2025",
# "Raadsvergadering 11 december 2025", "vastgesteld door Provinciale Staten op 2 juli 2025".
SIGNED_ON = re.compile(
    r"\b(?:vergadering|zitting|besloten|vastgesteld|aangenomen)\b[^.\n]{0,60}?(?P<date>\d{1,2}\s+"
    + MONTH
    + r"\s+(?:19|20)\d\d)",
    re.I,
)
# A full date with a day: its year dates an event (a council meeting), not the money.
DATE_WITH_DAY = re.compile(
    r"\b\d{1,2}\s+" + MONTH + r"\s+(?:19|20)\d\d\b|\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\b",
    re.I,
)
# Addressees named in a request: "vragen wij de gemeente …", "aan het college", "Gedeputeerde Staten".
ADDRESSEE = re.compile(
    r"\b(?P<who>Gedeputeerde Staten|Provinciale Staten|de gemeenteraad|het college|de gemeente|de provincie|"
    r"gemeenten|het Rijk|de raad)\b",
    re.I,
)
# Who decides (kb.tags.attributes.decider). The governing bodies a decision names, as the register writes them.
_BODY = (
    r"(?:de\s+)?(?:gemeente)?raad|Provinciale\s+Staten|PS|Gedeputeerde\s+Staten|GS|(?:het\s+)?college(?:\s+van\s+"
    r"(?:burgemeester\s+en\s+wethouders|B\s?&\s?W|B\s+en\s+W|GS|Gedeputeerde\s+Staten))?|"
    r"(?:het\s+)?(?:algemeen|dagelijks)\s+bestuur"
)
BODY_NAMES: tuple[tuple[str, str], ...] = (
    ("Gedeputeerde Staten", r"gedeputeerde staten|^gs$|college van (?:gs|gedeputeerde)"),
    ("Provinciale Staten", r"provinciale staten|^ps$"),
    ("college van B&W", r"college"),
    ("gemeenteraad", r"raad"),
    ("algemeen bestuur", r"algemeen bestuur"),
    ("dagelijks bestuur", r"dagelijks bestuur"),
)
# A decision point that instructs a body: "Het college op te dragen …", "Provinciale Staten voor te stellen …",
# "Gedeputeerde Staten te verzoeken …", "de gemeenteraad … te informeren" — that body is addressed, not deciding.
ADDRESSED_BODY = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?P<body>" + _BODY + r")\b[^.;:]{0,120}?\b(?:op\s+te\s+dragen|te\s+verzoeken|voor\s+te\s+"
    r"stellen|te\s+informeren|te\s+vragen|opdracht\s+te\s+geven|te\s+machtigen|te\s+mandateren)\b",
    re.I,
)
# … and its counterpart, who instructs it.
COUNTERPART = {
    "college van B&W": "gemeenteraad",
    "gemeenteraad": "college van B&W",
    "Gedeputeerde Staten": "Provinciale Staten",
    "Provinciale Staten": "Gedeputeerde Staten",
    "dagelijks bestuur": "algemeen bestuur",
    "algemeen bestuur": "dagelijks bestuur",
}
# A body named with a verb of deciding: "Provinciale Staten hebben op 9 juli 2025 … aangenomen", "Het college stelt
# de subsidieregeling vast", "De raad besluit …".
DECIDING_BODY = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?P<body>" + _BODY + r")\b(?:\s+van\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)?\s+"
    r"(?:heeft|hebben|besluit|besluiten|besloot|besloten|stelt|stellen|neemt|nemen|stemt|stemmen|gaat|gaan|kent|kennen)\b",
    re.I,
)
# "vastgesteld door Gedeputeerde Staten op 9 december 2025", "aangenomen door de raad".
DECIDED_BY = re.compile(
    r"\b(?:vastgesteld|aangenomen|genomen|besloten|goedgekeurd|bekrachtigd)\s+door\s+(?P<body>" + _BODY + r")\b", re.I
)
# "dat wij op 1 december 2026 hebben vastgesteld", "Wij hebben besloten …": the issuer decided.
WE_DECIDED = re.compile(
    r"\b(?:wij|we)\b[^.;:]{0,60}?\b(?:hebben|besloten|besluiten|stellen)\b[^.;:]{0,60}?"
    r"(?:besloten|vastgesteld|vast\b|ingestemd|aangenomen)",
    re.I,
)
# A body named in a short row of a decisions table ("Borne  gemeenteraad  19 mei 2026").
NAMED_BODY = re.compile(r"(?<![\w-])(?P<body>" + _BODY + r")(?![\w-])", re.I)
SHORT_ROW_WORDS = 16
# The verbs of asking: the addressee follows them ("De raad verzoekt het college …"), the requester precedes them.
REQUEST_VERB = re.compile(r"\b(?:vraagt|vragen|verzoekt|verzoeken|roept|roepen|draagt|dragen)\b", re.I)
# A request without its asker: a motion's dictum ("verzoekt het college …", "draagt het dagelijks bestuur op …") or a
# resolution's point ("het college te verzoeken …").
SUBJECTLESS_REQUEST = re.compile(
    r"^(?:en\s+)?(?:verzoekt|verzoeken|draagt|dragen|roept|roepen)\b|^(?:[\w'’-]+\s+){0,3}?te\s+verzoeken\b|"
    r"^(?:[\w'’-]+\s+){0,3}?op\s+te\s+dragen\b",
    re.I,
)
# An undertaking to account for the work to a council: to inform, report, lay before, send ("Wij informeren u via de
# voortgangsrapportage", "Het college legt jaarlijks een rapportage aan de raad voor", "De raad ontvangt …").
ACCOUNTS_TO = re.compile(
    r"\b(?:informe(?:ren|ert)|geïnformeerd|rapporte(?:ren|ert)|verantwoord(?:en|t)|leg(?:gen|t)\b[^.;]{0,80}\bvoor|"
    r"voor\s+te\s+leggen|toe(?:zenden|gezonden|sturen|gestuurd)|zend(?:en|t)|"
    r"te\s+sturen|stu(?:ren|urt)(?=\s+(?:wij\s+|we\s+)?u\b|[^.;]{0,60}\b(?:aan|naar)\s+(?:de|het|u|uw)\b)|bied(?:en|t)\b[^.;]{0,80}\baan|"
    r"aan\s+te\s+bieden|ontvang(?:en|t))\b",
    re.I,
)
# … and the council it names ("uw Staten", "de raad", "Provinciale Staten", "het algemeen bestuur").
INFORMED_BODY = re.compile(
    r"(?<![\w-])(?P<body>(?:de\s+)?(?:gemeente)?raad|Provinciale\s+Staten|(?:het\s+)?algemeen\s+bestuur)(?![\w-])",
    re.I,
)
# Who adopts a proposal at each level of government when the decision names no body.
LEVEL_DECIDER = {
    "gemeente": "gemeenteraad",
    "provincie": "Provinciale Staten",
    "waterschap": "algemeen bestuur",
    "regio": "algemeen bestuur",
}
# A first-person plural subject: the issuer is the actor.
WE = re.compile(r"\b(?:wij|we|ons|onze)\b", re.I)
# Bullet glyphs at a block start.
BULLET_PREFIX = re.compile(
    r"^\s*(?:[•\uf0b7▪◦·*o](?=\s)|[•\uf0b7▪◦·*]|-(?=\s)|–|[\"“„]?\d+[.)](?=\s)|[a-z][.)](?=\s)|(?-i:[IVX]{1,5})[.)](?=\s))\s*"
)

# A line inside a paragraph that starts a list item ingestion did not split off ("– de regeling …").
EMBEDDED_ITEM = re.compile(r"^\s*(?:[•\uf0b7▪–]|-\s)")

# The number of a numbered list item: "5) Ieder dorp …", "4. Trends en ontwikkelingen" (style and value).
LIST_NUMBER = re.compile(r"^\s*(\d{1,2})\s*([.)])\s")

# Words near a run of figures that make it a budget table (not a statistics table).
BUDGET_WORDS = re.compile(r"\b(?:begroting|budget|reserve|saldo|financi|kosten|middelen|bedrag|x\s?€|dekking)", re.I)

# The requester in a request: the subject before the verb ("De sportraad vraagt …") or after it
# ("… vragen de dorpsbelangorganisaties ook duidelijkheid").
REQUESTER = re.compile(
    r"(?:^|\b(?:vanuit|van)\s+)(?P<before>(?:de|het)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:vraagt|vragen|verzoekt|verzoeken|wil|willen)\b|"
    r"\b(?:vraagt|vragen|verzoekt|verzoeken)\s+(?P<after>(?:de|het)\s+[\w-]+)\b(?!\s+(?:om|te)\b)",
    re.I,
)

# The recipient of money: "bijdrage … aan het DOM", "ontvangt het DOM jaarlijks …", "subsidie aan verenigingen".
RECIPIENT = re.compile(
    r"\b(?:bijdrage|bijdragen|subsidie|bedrag|budget)\b[^.€]{0,40}?(?:€\s*[\d.,]+[,=-]*\s*)?\baan\s+"
    r"(?P<to>(?:de|het|alle)?\s*[^,.;:€]{2,60}?)(?=\s+(?:voor|te|om|ter|per|en dit|vermeerderd)\b|[,.;:]|$)|"
    r"\b(?:ontvangt|ontvangen)\s+(?P<to2>(?:de|het)\s+[\w-]+)|(?P<to3>(?:de|het)\s+[\w-]+)\s+ontvangt\b",
    re.I,
)
# The payer of money: "Het Rijk heeft € 45.000,- beschikbaar gesteld", "De provincie stelt € 50.000 beschikbaar".
PAYER = re.compile(
    r"^(?:\w+\s+){0,3}?(?P<who>het Rijk|de provincie|de gemeente(?:raad)?|het college|Gedeputeerde Staten|"
    r"Provinciale Staten)\s+(?:heeft|hebben|stelt|stellen|geeft|betaalt|verstrekt|investeert|reserveert)\b|"
    # … or named as the agent of a passive: "wordt door het Rijk ruim 10 miljoen euro beschikbaar gesteld"
    r"\b(?:wordt|worden|is|zijn)\b[^.;]{0,60}?\bdoor\s+(?P<by>het Rijk|de provincie|Gedeputeerde Staten|"
    r"Provinciale Staten|het waterschap|de Europese Unie)\b",
    re.I,
)


MAX_HEADER_WORDS = 14
MAX_REQUEST_LEAD_IN_WORDS = 24


def list_header(text: str) -> tuple[str, str] | None:
    """(name, item type) when `text` is a short list header from LIST_HEADERS."""
    # a header may be quoted ("“Wij vragen Gedeputeerde Staten om:" opening a cited advice)
    line = re.sub(r"\s+", " ", BULLET_PREFIX.sub("", text)).strip().lstrip("\"“‘'„")
    # a word spaced out letter by letter, as a formal resolution prints it: "b e s l u i t :"
    line = re.sub(r"(?<!\w)(?:[a-zà-ÿ] ){3,}[a-zà-ÿ](?!\w)", lambda m: m.group(0).replace(" ", ""), line, flags=re.I)
    # a request's lead-in names who is asked ("De regio verzoekt het kabinet en … de minister om:"), a proposal its
    # object ("… het resultaat van € 6.437.000 als volgt te bestemmen:"), a resolution what it heeds ("besluit, met
    # inachtneming van …:")
    # … or announces what follows ("… afgesproken dat in het Vervoerplan 2028 de volgende verbeteringen worden
    # opgenomen:")
    named = (
        re.search(r"\som(?:\s+(?:in|vóór|voor|uiterlijk|per)\s+[\w\s]{1,20}?)?\s*:$", line) is not None
        or re.search(r"\bte\s+[a-zà-ÿ]+\s*:$|\bbesluit(?:en)?\s*,|\bde\s+volgende\b[^:]*:$", line) is not None
    )
    if len(line.split()) > (MAX_REQUEST_LEAD_IN_WORDS if named else MAX_HEADER_WORDS):
        return None
    for name, item_type, pattern in LIST_HEADERS:
        if pattern.match(line):
            return name, item_type
    # a label for a period: "Doelstellingen 2026–2028", "Acties 2026-2029"
    bare = re.sub(r"\s+(?:voor\s+|in\s+|tot\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*([?:.]?)$", r"\1", line)
    if bare != line and any(pattern.match(bare) for _, _, pattern in LIST_HEADERS):
        return list_header(bare)
    # a label glossed in brackets: "Wat willen we bereiken? (beoogd effect)", "Acties (wat gaan we doen)"
    glossed = re.sub(r"\s*\([^()]{2,40}\)\s*[:.]?$", "", line)
    if glossed != line and glossed:
        return list_header(glossed)
    # two labels in one: "Beoogd effect: wat willen we bereiken?", "Maatregelen: wat gaan we doen?"
    label, colon, rest = line.partition(": ")
    if colon and rest and any(pattern.match(label) for _, _, pattern in LIST_HEADERS):
        return list_header(rest)
    return None


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, sentence) spans of a text (kb.text's one splitter), offsets shifted by `offset`."""
    return [(offset + a, offset + b, text[a:b]) for a, b in sentence_spans(text)]


MIN_SENTENCE_WORDS = 4  # a shorter "sentence" is a label or table cell ("Motie", "Amendement A2026-03.")


def classify_sentence(sentence: str) -> tuple[str, str] | None:
    """(rule name, item type) of the first SENTENCE_RULES row that matches, or None."""
    clean = re.sub(r"\s+", " ", BULLET_PREFIX.sub("", sentence)).strip()
    if SENTENCE_EXCLUSIONS.search(clean) or len(clean.split()) < MIN_SENTENCE_WORDS:
        return None
    for rule in SENTENCE_RULES:
        if rule.pattern.search(clean):
            if rule.type == "commitment" and COMMITMENT_EXCLUSIONS.search(clean):
                return None
            if rule.type == "request" and REQUEST_EXCLUSIONS.search(clean):
                continue
            if rule.type == "request" and (
                re.search(r"\b(?:Gedeputeerde Staten|GS)\b", clean) or REQUIRES.search(clean) or _requires(clean)
            ):
                continue
            return rule.name, rule.type
    return None
