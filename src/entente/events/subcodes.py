"""The specific code of an appeal, demand, rejection, protest, threat or accusation from what
it is about (session 9). CAMEO splits these roots by their content: "called on the minister to
resign" is an appeal for a change in leadership (0241), "demanded the release of the hostages" a
demand for the release of persons (1053), "rejected calls to send peacekeepers" the rejection of
a request for peacekeeping (1224), "marched to demand political reforms" a demonstration for a
policy change (1412), "warned that it would use force" a threat of military force (138),
"accused him of embezzling funds" an accusation of crime (1121). The dictionary's pattern names
the act (020, 100, 120, 141, 130, 112); the words after its verb, up to the end of the clause,
name the content. The first content word found decides (the head
of the content comes first: "demanded the resignation of the minister over the rights
abuses" is about leadership).

Session 10 reads the same way what an investigation looks into ("investigating the poisoning of
a former spy" 091, "an inquiry into killings and torture" 092, "reports of massacres" 094), what
a warrant charges ("on charges of crimes against humanity" 1124) and the kind of money given
("85 million dollars in emergency aid" 0333), and codes a meeting by its place ("met Kim Jong Un
in Singapore": 044, :func:`meeting_place`). Internal to :mod:`entente.events`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from entente.events.lexicon import _CLAUSE_BREAK, _PREPOSITIONS, _TIME_PHRASE
from entente.events.units import _Hit, _Unit
from entente.events.verbs import Pattern
from entente.model import Actor, Mention

#: content words (one word, or a word and the next) and the kind of content they name
_CONTENT_WORDS: dict[str | tuple[str, str], str] = {
    # a change in leadership: "to resign", "the ouster of", "to step down"
    **dict.fromkeys(
        "resign resigns resignation ouster oust ousting reinstated reinstatement".split(), "leader"
    ),
    ("step", "down"): "leader",
    ("stand", "down"): "leader",
    ("step", "aside"): "leader",
    ("concede", "defeat"): "leader",
    # a change of institutions or regime: "a new constitution", "independence", "a referendum"
    **dict.fromkeys(
        """constitution constitutional independence referendum autonomy self-rule democracy
        regime""".split(),
        "institutions",
    ),
    ("election", "law"): "institutions",
    ("electoral", "law"): "institutions",
    ("democratic", "reforms"): "institutions",
    ("democratic", "reform"): "institutions",
    # rights and freedoms: "to honor human rights", "more rights for the Hutu majority"
    **dict.fromkeys("rights liberties freedom freedoms".split(), "rights"),
    # "to hand over power to …", "to cede power": a change in leadership, not an extradition
    ("hand", "power"): "leader",
    ("cede", "power"): "leader",
    ("transfer", "power"): "leader",
    # a policy: "political reforms", "its military policies", "the employment bill"
    **dict.fromkeys("policy policies reform reforms bill".split(), "policy"),
    # release of persons or property: "to release the prisoners", "the freeing of hostages"
    **dict.fromkeys("release releasing freeing".split(), "release"),
    ("to", "free"): "release",  # the verb, not "free trade" or "free elections"
    # judicial cooperation: "to extradite the suspects", "to hand over the bombers"
    **dict.fromkeys("extradite extradition extradited repatriate handover".split(), "judicial"),
    ("hand", "over"): "judicial",  # but "to hand over power" is a leadership (_content_kind)
    ("stand", "trial"): "judicial",
    ("face", "trial"): "judicial",
    # intelligence: "to share intelligence", "intelligence assistance"
    "intelligence": "intelligence",
    # material cooperation: "to cooperate fully with the inspectors"
    **dict.fromkeys("cooperate cooperation".split(), "material"),
    # economic cooperation: "free trade", "barriers to exports"
    **dict.fromkeys("trade investment investments exports imports tariffs".split(), "economic"),
    ("economic", "cooperation"): "economic",
    # military cooperation: "a military alliance", "a training ground"
    **dict.fromkeys("alliance".split(), "military"),
    ("military", "cooperation"): "military",
    ("training", "ground"): "military",
    # aid, by kind: "debt relief", "weapons", "food", "peacekeepers"
    **dict.fromkeys("loans loan finance financing funds funding money".split(), "economic aid"),
    ("debt", "relief"): "economic aid",
    ("economic", "aid"): "economic aid",
    ("financial", "aid"): "economic aid",
    ("financial", "assistance"): "economic aid",
    ("financial", "help"): "economic aid",
    ("financial", "support"): "economic aid",
    **dict.fromkeys("weapons arms ammunition".split(), "military aid"),
    # a noun that modifies another names no content of its own: "weapons inspectors" are
    # inspectors, "arms smuggling" is no aid
    ("weapons", "inspectors"): "involvement",
    ("arms", "inspectors"): "involvement",
    ("arms", "smuggling"): "",
    ("weapons", "smuggling"): "",
    ("military", "aid"): "military aid",
    ("military", "assistance"): "military aid",
    **dict.fromkeys(
        "humanitarian food medicine medical starvation famine".split(), "humanitarian aid"
    ),
    # "for $460 million in emergency relief" (session 10)
    **{("emergency", w): "humanitarian aid" for w in "aid relief assistance food".split()},
    **dict.fromkeys("peacekeepers peacekeeping peace-keeping protection".split(), "peacekeeping"),
    ("send", "troops"): "peacekeeping",
    ("military", "presence"): "peacekeeping",
    # international involvement (not mediation): "to allow inspectors", "aid workers"
    **dict.fromkeys("inspectors access".split(), "involvement"),
    # monitors and observers sent are a protection ("to send more monitors to Darfur"), let in
    # an involvement ("to allow observers in"): see _ALLOWING
    **dict.fromkeys("monitors observers".split(), "peacekeeping"),
    ("aid", "workers"): "involvement",
    ("humanitarian", "workers"): "involvement",
    ("relief", "workers"): "involvement",
    # military de-escalation: "a ceasefire", "to withdraw its troops"
    **dict.fromkeys("ceasefire cease-fire truce de-escalate".split(), "de-escalation"),
    **dict.fromkeys("withdraw withdrawing withdrawal pull".split(), "withdrawal"),
    ("pull", "out"): "withdrawal",
    ("pull", "back"): "withdrawal",
    # threats only: military force ("would retaliate militarily", "would use force", "a cause
    # for war") and repression ("threatened to arrest")
    **dict.fromkeys(
        "militarily war invasion invade incursion airstrikes force attack attacks fire".split(),
        "force",
    ),
    # ... and a response named as one of force ("would face a crushing response"; a response
    # alone, "would respond to any attack", may be of any kind; session 10)
    **{(w, "response"): "force" for w in "crushing devastating military forceful".split()},
    ("air", "strikes"): "force",
    ("military", "strike"): "force",
    ("military", "action"): "force",
    ("military", "force"): "force",
    **dict.fromkeys("arrest arrests crackdown".split(), "repression"),
    # ... and unconventional violence ("threatened to resume terrorist attacks")
    **dict.fromkeys("terrorist terror".split(), "terror"),
    ("suicide", "attacks"): "terror",
    ("suicide", "bombings"): "terror",
    ("crack", "down"): "repression",
    # accusations only: a crime ("of embezzling public funds"), war crimes ("of genocide"),
    # espionage ("of spying for Israel")
    **dict.fromkeys(
        "corruption embezzlement embezzling embezzled misusing fraud bribery graft".split(), "crime"
    ),
    # ... and the crimes an investigation looks into ("investigating the poisoning of a former
    # spy", "over suspected money laundering"; session 10); saying who is "responsible for the
    # murder of a former spy" stays an accusation of 112 in our gold, so these are offences for
    # investigations only
    **dict.fromkeys("poisoning murder laundering smuggling theft".split(), "offence"),
    ("war", "crimes"): "war crimes",
    ("war", "crime"): "war crimes",
    "genocide": "war crimes",
    # ... massacres and poison gas ("of massacring civilians in Bucha", "of killing hundreds in
    # a poison gas attack"), as the dictionary's 1124 entries name them (session 10)
    **dict.fromkeys("massacring massacre massacres".split(), "war crimes"),
    ("gas", "attack"): "war crimes",
    ("chemical", "attack"): "war crimes",
    ("chemical", "weapons"): "war crimes",
    **dict.fromkeys("espionage spying treason".split(), "espionage"),
    # ... and abuses of rights ("of torturing prisoners"), with "rights" and "repression"
    **dict.fromkeys("torture torturing abuses rape raping".split(), "abuses"),
    # ... executions and ethnic cleansing: "of executing civilians, burning villages and raping
    # women", "of preparing the ethnic cleansing of the region" (1122 in most of our gold
    # records that name it; session 10)
    **dict.fromkeys("executing executed executions extrajudicial killings".split(), "abuses"),
    ("ethnic", "cleansing"): "abuses",
    # "of brutally repressing ethnic Albanians" (a crackdown ordered stays 112 in our gold)
    **dict.fromkeys("repressing oppressing persecuting".split(), "abuses"),
    # diplomatic cooperation: "to forge ties with", "demanded support from"
    **dict.fromkeys("ties relations support recognition".split(), "diplomatic"),
    # meeting, settling, mediating
    **dict.fromkeys("talks negotiations negotiate dialogue meeting".split(), "meet"),
    ("negotiating", "table"): "meet",
    # "settlement" alone may be a village ("to freeze settlement construction")
    "settle": "settle",
    ("peaceful", "settlement"): "settle",
    ("political", "settlement"): "settle",
    **dict.fromkeys("mediate mediation broker".split(), "mediate"),
    ("help", "negotiate"): "mediate",
    ("help", "broker"): "mediate",
}
#: content words that name a yielding only after a word of easing ("to lift the sanctions",
#: "to end curbs on", "to cancel the strike"); "imposed sanctions" is no yielding
_EASED_WORDS: dict[str | tuple[str, str], str] = {
    **dict.fromkeys("sanctions embargo embargoes boycott".split(), "economic sanctions"),
    # "a trade embargo", "economic sanctions": sanctions, not trade
    **{
        (w, s): "economic sanctions"
        for w in ("trade", "economic", "arms")
        for s in ("sanctions", "embargo")
    },
    **dict.fromkeys("curfew restrictions curbs".split(), "administrative sanctions"),
    ("martial", "law"): "administrative sanctions",
    ("state", "of"): "administrative sanctions",
    **dict.fromkeys("strike protests demonstrations agitation unrest".split(), "dissent"),
}
_EASING = frozenset(
    """lift lifting lifted end ending ease easing remove removing removal cancel cancelling
    canceling halt halting stop stopping relax relaxing scrap drop rescind revoke""".split()
)
#: the code of each kind of content, by root: an appeal (02), a demand (10), a rejection (12)
_CODES: dict[str, dict[str, str]] = {
    "02": {
        "material": "021",
        "diplomatic": "022",
        "economic": "0211",
        "military": "0212",
        "judicial": "0213",
        "intelligence": "0214",
        "economic aid": "0231",
        "military aid": "0232",
        "humanitarian aid": "0233",
        "peacekeeping": "0234",
        "leader": "0241",
        "policy": "0242",
        "rights": "0243",
        "institutions": "0244",
        "administrative sanctions": "0251",
        "dissent": "0252",
        "release": "0253",
        "economic sanctions": "0254",
        "involvement": "0255",
        "de-escalation": "0256",
        "withdrawal": "0256",
        "meet": "026",
        "settle": "027",
        "mediate": "028",
    },
    "10": {
        "material": "101",
        "diplomatic": "102",
        "economic": "1011",
        "military": "1012",
        "judicial": "1013",
        "intelligence": "1014",
        "economic aid": "1031",
        "military aid": "1032",
        "humanitarian aid": "1033",
        "peacekeeping": "1034",
        "leader": "1041",
        "policy": "1042",
        "rights": "1043",
        "institutions": "1044",
        "administrative sanctions": "1051",
        "dissent": "1052",
        "release": "1053",
        "economic sanctions": "1054",
        "involvement": "1055",
        "de-escalation": "1056",
        "withdrawal": "1056",
        "meet": "106",
        "settle": "107",
        "mediate": "108",
    },
    "12": {
        "material": "121",
        "economic": "1211",
        "military": "1212",
        "judicial": "1213",
        "economic aid": "1221",
        "military aid": "1222",
        "humanitarian aid": "1223",
        "peacekeeping": "1224",
        "leader": "1231",
        "policy": "1232",
        "rights": "1233",
        "institutions": "1234",
        "administrative sanctions": "1241",
        "dissent": "1242",
        "release": "1243",
        "economic sanctions": "1244",
        "involvement": "1245",
        "de-escalation": "1246",
        "withdrawal": "1246",
        "meet": "125",
        "settle": "127",
        "plan": "127",
        "mediate": "126",
    },
}
#: threats (130): "warned that it would use force" is a threat of military force (138), "threatened
#: to withdraw its inspectors" one to halt an international involvement (136)
_THREATS = {
    "force": "138",
    "involvement": "136",
    "peacekeeping": "136",
    "withdrawal": "136",
    "meet": "134",
    "mediate": "135",
    "repression": "137",
    "terror": "1383",
}
_CODES["13"] = _THREATS
#: accusations (112): of a crime or corruption (1121), of abuses of human rights (1122), of war
#: crimes (1124), of espionage or treason (1125); CAMEO's accusation of aggression (1123) is left
#: to the dictionary
_CODES["11"] = {
    "crime": "1121",
    "abuses": "1122",
    "rights": "1122",
    "war crimes": "1124",
    "espionage": "1125",
}
#: investigations (090): of a crime (091: "are investigating the poisoning of a former Russian
#: spy"), of abuses of human rights (092: "an inquiry into killings and torture allegedly carried
#: out by"), of war crimes (094: "began investigating reports of massacres"); session 10
_CODES["09"] = {
    "crime": "091",
    "offence": "091",
    "espionage": "091",
    "abuses": "092",
    "rights": "092",
    "war crimes": "094",
}
#: protests (141–145) are split by the reform they are for: 1411 for a change in leadership …
_PROTEST_KINDS = {"leader": "1", "policy": "2", "rights": "3", "institutions": "4"}
#: the codes a content may refine: the root's generic code and its unspecified 3-digit codes
_REFINABLE = frozenset(
    """020 021 023 024 025 090 100 101 103 104 105 112 120 121 122 123 124 130
    141 142 143 144 145""".split()
)
#: participles that carry a protest's or appeal's content past a comma ("rallied against the
#: leader, saying he must resign", "blocked roads, demanding reforms")
_CONTENT_PARTICIPLES = frozenset({"saying", "demanding", "calling", "urging", "chanting"})
#: words that open an adjunct, whose nouns are no content ("sought help during talks in Delhi")
#: ... and conditions, whose acts are not the content ("would face a crushing response if it
#: attacked Syria")
_ADJUNCTS = frozenset({"during", "following", "amid", "despite", "if", "unless"})
#: ... but a protest's condition is its demand ("will boycott the elections unless the president
#: steps down": 1431), and a protest during demonstrations is theirs ("threw stones during
#: demonstrations against rights abuses": 1453)
_PROTESTS_GO_ON = frozenset({("14", "unless"), ("14", "during")})
#: verbs of letting in: what is let in is an international involvement (0255, 1055, 1245), not
#: aid or protection asked for ("to allow food convoys to reach", "to let monitors in")
_ALLOWING = frozenset({"allow", "allowing", "allows", "let", "permit", "permitting", "admit"})
_LET_IN = frozenset({"humanitarian aid", "peacekeeping"})
#: what a rejection takes as a plan, not as a request for reform: "French voters rejected the
#: European Union's proposed constitution in a referendum" rejects a plan to settle (127), as
#: our gold codes it (session 10; it was left to 120 in session 9)
_REJECTED_PLANS = frozenset({"constitution", "constitutional"})
#: the modals after a supposed act ("any attack would …")
_CONSEQUENCE_MODALS = frozenset({"would", "will", "could"})
#: how far after the pattern's match the content may stand
_WINDOW = 14
_REFINED: dict[tuple[Pattern, str], Pattern] = {}


def _content_kind(units: list[_Unit], start: int, end: int, root: str) -> list[str]:
    """The kinds of content named from unit ``start`` up to ``end`` (exclusive) or the end of
    the clause, in order, for an act of ``root``; a comma ends the clause unless a participle
    of saying or demanding follows it, and an adjunct ("during talks in Delhi") ends it too."""
    kinds: list[str] = []
    stop = min(end, len(units))
    allowing = False
    i = start
    while i < stop:
        unit = units[i]
        norm = unit.norm
        if unit.mention is not None:
            i += 1
            continue
        # a quotation mark opens no new clause here ("to forge "ties of confidence" with")
        if norm in (".", ";", ":") or (
            i > start
            and norm != '"'
            and (
                norm in _CLAUSE_BREAK or (norm in _ADJUNCTS and (root, norm) not in _PROTESTS_GO_ON)
            )
        ):
            break
        nxt = units[i + 1].norm if i + 1 < len(units) and units[i + 1].mention is None else ""
        # a comma ends the clause, but for a participle of demanding after it ("…, demanding
        # reforms") or a list of gerunds ("accused the troops of killing, raping and torturing")
        if (
            norm == ","
            and nxt not in _CONTENT_PARTICIPLES
            and not (nxt.endswith("ing") and units[i - 1].norm.endswith("ing"))
        ):
            break
        allowing = allowing or norm in _ALLOWING
        if root == "13" and norm == "not" and nxt == "to":
            # "warned Iran not to retaliate", "warning Washington not to 'play with fire'": the
            # act warned against is the target's, no force threatened (session 10)
            break
        if norm == "any" and root == "13":
            # "warned Israel against any attack", "any incursion would be a cause for war":
            # the act of another, supposed, up to the modal that says what would follow
            while i + 1 < stop and units[i + 1].norm not in _CONSEQUENCE_MODALS:
                if units[i + 1].norm in (".", ";", ":", ","):
                    break
                i += 1
            i += 1
            continue
        pair = (norm, nxt)
        kind = _CONTENT_WORDS.get(pair)
        if kind is None:
            kind = _EASED_WORDS.get(pair)
            if kind is not None and not _eased(units, start, i):
                kind = ""
        if kind is not None:
            if kind == "judicial" and i + 2 < len(units) and units[i + 2].norm == "power":
                kind = "leader"  # "to hand over power to his deputy"
            i += 1  # the pair's second word is read
        else:
            kind = _CONTENT_WORDS.get(norm)
            if kind is None:
                kind = _EASED_WORDS.get(norm)
                if kind is not None and not _eased(units, start, i):
                    kind = None
        if root == "12" and norm in _REJECTED_PLANS:
            # "rejected the proposed constitution": a plan, no request; a constitution named in
            # a phrase of its own ("reneged on his commitment … under a new constitution") is
            # neither
            if not any(u.norm in _PREPOSITIONS for u in units[start + 1 : i]):
                kinds.append("plan")
            break
        if kind and allowing and kind in _LET_IN:
            kind = "involvement"  # "to allow food convoys", "to let peacekeepers in"
        if kind:
            kinds.append(kind)
        i += 1
    return kinds


def _eased(units: list[_Unit], start: int, i: int) -> bool:
    """True when a word of easing stands at most three words before unit ``i``."""
    return any(u.norm in _EASING for u in units[max(start, i - 3) : i])


def _specific(code: str, kinds: list[str]) -> str | None:
    """The specific code of the act ``code`` for the first content kind its root splits by,
    when ``code`` is that root's generic code or the 3-digit code the kind falls under."""
    root = code[:2]
    for kind in kinds:
        if root == "14":
            if kind in _PROTEST_KINDS:
                return code[:3] + _PROTEST_KINDS[kind]
            continue
        table = _CODES.get(root)
        if table is None or kind not in table:
            continue
        specific = table[kind]
        if code.endswith("0") or specific.startswith(code):
            return specific
        return None
    return None


#: the code of aid named as humanitarian, for the codes of money given or pledged that the
#: dictionary reads as economic aid ("pledged 85 million dollars in emergency aid to Turkey",
#: "will give Albania 150 million euros in humanitarian aid": 0333, not 0331; session 10)
_HUMANITARIAN_CODES = {"0331": "0333", "071": "073", "0231": "0233", "1031": "1033"}
_HUMANITARIAN = frozenset({"humanitarian", "emergency", "relief"})


#: the words of a pattern of charging someone (an indictment, a warrant), and the words that
#: make the charge one of war crimes
_CHARGING = ("<indict>", "warrant", "indictment")
_WAR_CRIME_WORDS = frozenset({"war", "genocide", "humanity", "atrocities"})


def _refine(hit: _Hit, specific: str) -> None:
    """Give ``hit`` its pattern with the code ``specific`` (one pattern per code, shared)."""
    key = (hit.pattern, specific)
    refined = _REFINED.get(key)
    if refined is None:
        refined = _REFINED[key] = dataclasses.replace(hit.pattern, cameo=specific)
    hit.pattern = refined


def content_subcodes(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """Appeals (020–025), investigations (090), demands (100–105), accusations (112),
    rejections (120–124), threats (130) and protests (141–145) whose content words name a kind
    that CAMEO codes apart take its specific code: "urged the Maoists to honor human rights"
    0243, "demanded that the government end curbs on the press" 1051, "staged a hunger strike
    to demand the resignation of the president" 1421; money pledged or given as humanitarian
    aid (0333, 073) and warrants on charges of war crimes (1124) likewise. RETURNS
    (list[_Hit]): the hits, refined in place."""
    for hit in hits:
        code = hit.pattern.cameo
        humane = _HUMANITARIAN_CODES.get(code)
        if humane is not None:
            # the money's words are the pattern's own ("in emergency aid to")
            if any(u.norm in _HUMANITARIAN for u in units[hit.first : hit.last + 1]):
                _refine(hit, humane)
            continue
        if code == "115" and any(word in hit.pattern.text for word in _CHARGING):
            # "issued an arrest warrant for al-Bashir on charges of war crimes", "has been
            # indicted by the U.N. war crimes court for atrocities": a charge of war crimes
            # (1124), as the codebook's example codes an indictment (session 10); other
            # lawsuits ("filed a case accusing Israel of genocide") stay 115
            for unit in units[hit.first : hit.last + 1 + _WINDOW]:
                if unit.norm in (",", ".", ";", ":") or unit.norm in _CLAUSE_BREAK:
                    break  # "…, accusing him of the war crime of …": an accusation of its own
                if unit.norm in _WAR_CRIME_WORDS:
                    _refine(hit, "1124")
                    break
            continue
        if code == "173" and "warrant" in hit.pattern.text:
            # "issued an arrest warrant for al-Bashir on charges of war crimes": the warrant
            # names the charge, an accusation of war crimes (1124) as above; "issued an arrest
            # warrant for al-Bashir for war crimes" stays the order to arrest (173), as our wire
            # gold codes the two (session 11)
            charged = False
            for unit in units[hit.last + 1 : hit.last + 1 + _WINDOW]:
                if unit.norm in (",", ".", ";", ":") or unit.norm in _CLAUSE_BREAK:
                    break
                if unit.norm in ("charge", "charges"):
                    charged = True
                elif charged and unit.norm in _WAR_CRIME_WORDS:
                    _refine(hit, "1124")
                    break
            continue
        if code not in _REFINABLE:
            continue
        start = hit.verb if hit.verb is not None else hit.first
        kinds = _content_kind(units, start, hit.last + 1 + _WINDOW, code[:2])
        if not kinds:
            continue
        specific = _specific(code, kinds)
        if specific is None or specific == code:
            continue
        _refine(hit, specific)
    return hits


#: the weapons that split a use of conventional force (session 9, round 2): CAMEO codes an attack
#: from the air by aircraft, helicopters or drones ("warplanes pounded Baghdad", "helicopters
#: fired rockets at") 195, one with artillery, tanks or rocket fire ("pounded each other with
#: artillery and tanks") 194; when both are used the aerial code takes precedence, as the
#: codebook says. Missiles are left to the dictionary (194: the codebook files non-portable
#: missile launchers there, though many wire coders write 195)
_AERIAL_WEAPONS = frozenset(
    """warplanes warplane jets aircraft helicopters helicopter gunships gunship bombers
    fighter-bombers drones drone airstrikes airstrike""".split()
)
_HEAVY_WEAPONS = frozenset("artillery tanks howitzers shells shelling armour armor".split())
#: "air strikes", "air raids", "heavy weapons": a weapon named by two words; cruise missiles
#: are aerial weapons, as the coder reads them in the act (``coder._long_range``) and our wire
#: gold codes them ("U.S. cruise missiles struck camps in Afghanistan": 195; session 10)
_WEAPON_PAIRS = {
    **{("air", w): "195" for w in "strikes strike raids raid offensive attack".split()},
    **{(w, m): "195" for w in ("cruise", "tomahawk") for m in ("missile", "missiles")},
    ("heavy", "weapons"): "194",
}
#: a weapon word that names no weapon used: "a drone base", "tank crews"
_NOT_WEAPONS = frozenset(
    """base bases site sites launcher launchers program programme programs defence defense
    defences defenses system systems battery batteries test tests crews crew""".split()
)
#: the codes a weapon may refine: the generic use of force, and a heavy weapon's fire that an
#: aerial weapon delivers ("Israeli helicopters fired rockets at": 195)
_WEAPON_REFINABLE = {"190": ("194", "195"), "194": ("195",)}
#: words that end the words between a subject and its verb that may name the subject's weapons
#: ("Turkish troops backed by warplanes crossed": the warplanes are not the troops)
_SUBJECT_STOPS = frozenset({"by", "with", "of", "from", ",", "who", "which", "that", "and"})
#: words that introduce the weapons after the act ("pounded each other with artillery")
_WEAPON_WITH = frozenset({"with", "using"})
#: the codes the weapon rule looks at
WEAPON_CODES = frozenset(_WEAPON_REFINABLE)


def _weapon(words: list[str]) -> str | None:
    """The code of the weapons named in ``words``: 195 when any is aerial, else 194 when any is
    heavy, else None."""
    found = None
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        code = _WEAPON_PAIRS.get((word, nxt))
        if code is None:
            if nxt in _NOT_WEAPONS:
                continue
            if word in _AERIAL_WEAPONS:
                code = "195"
            elif word in _HEAVY_WEAPONS:
                code = "194"
        if code == "195":
            return code
        found = found or code
    return found


def _weapon_code(hit: _Hit, units: list[_Unit], mentions: list[Mention], text: str) -> str | None:
    """The code the weapons of ``hit`` give it: those its source names, in its mention or
    between it and the verb ("Russian warplanes pounded", "U.S.-led warplanes pounded", but not
    "troops backed by warplanes crossed"); else heavy weapons named after "with" or "using" in
    its clause ("pounded each other with artillery and tanks": 194). An offensive "with waves
    of air strikes" stays the offensive (190) in our gold, so the words after the act only tell
    heavy weapons."""
    words: list[str] = []
    if not hit.passive and hit.verb is not None:
        for k in hit.sources:
            if not 0 <= k < len(mentions):
                continue
            words.extend(text[mentions[k].start : mentions[k].end].lower().split())
            at = next((i for i, u in enumerate(units) if u.mention == k), None)
            if at is None or at >= hit.verb:
                continue
            between = units[at + 1 : hit.verb]
            if all(u.mention is None and u.norm not in _SUBJECT_STOPS for u in between):
                words.extend(u.norm for u in between)
                # the pattern's first word may be the weapon's head noun ("US cruise missiles
                # struck": "missiles" opens the pattern), which completes a pair of words
                words.append(units[hit.verb].norm)
    code = _weapon(words)
    if code is not None:
        return code
    stop = min(len(units), hit.last + 1 + _WINDOW)
    # round 17: "with" may stand inside the act's own words ("launched an assault with
    # artillery and rockets on Tskhinvali"), between its verb and its object
    start = hit.verb + 1 if hit.verb is not None and not hit.passive else hit.last + 1
    for i in range(start, stop):
        norm = units[i].norm
        if norm in (".", ",", ";", ":") or norm in _CLAUSE_BREAK or norm in _ADJUNCTS:
            break
        if norm in _WEAPON_WITH:
            code = _weapon([u.norm for u in units[i + 1 : stop] if u.mention is None])
            return code if code == "194" else None
    return None


def weapon_subcodes(
    hits: list[_Hit], units: list[_Unit], mentions: list[Mention], text: str
) -> list[_Hit]:
    """Uses of force (190, 194) whose weapons are named take the codebook's code for them: in the
    source ("Russian warplanes pounded Aleppo", "Israeli helicopters fired rockets at": 195) or
    after "with" in its clause ("fought with heavy weapons", "pounded each other with artillery
    and tanks": 194); cruise missiles named in the act ("fired Tomahawk cruise missiles at", 195)
    are read where the event is coded (``coder._long_range``). Downing an aircraft
    ("Turkish jets shot down a Russian warplane") stays 190. Two hits of one act and dyad take
    the same code (they stay one event), and a hit takes no code that another act of its dyad
    already has (two acts stay two). ``text`` is the article's text (for the words of the
    mentions). The code is kept in ``hit.weapon`` and taken when the event is coded, if no
    reading of its source or target has changed the act (a riot, an assassination, repression:
    :mod:`entente.events.irregular`). RETURNS (list[_Hit]): the hits."""

    def dyad(hit: _Hit) -> tuple[frozenset[str], frozenset[str]]:
        return (
            frozenset(mentions[k].actor.code for k in hit.sources if 0 <= k < len(mentions)),
            frozenset(mentions[k].actor.code for k in hit.targets if 0 <= k < len(mentions)),
        )

    found: dict[tuple[str, tuple[frozenset[str], frozenset[str]]], str] = {}
    for hit in hits:
        refinable = _WEAPON_REFINABLE.get(hit.pattern.cameo)
        if refinable is None or " down" in hit.pattern.text or "downed" in hit.pattern.text:
            continue
        code = _weapon_code(hit, units, mentions, text)
        if code is not None and code in refinable:
            key = (hit.pattern.cameo, dyad(hit))
            if found.get(key) != "195":
                found[key] = code
    if not found:
        return hits
    taken = {(h.pattern.cameo, dyad(h)) for h in hits}
    for hit in hits:
        pair = dyad(hit)
        code = found.get((hit.pattern.cameo, pair))
        if code is None or (code, pair) in taken:
            continue
        hit.weapon = code
    return hits


#: meetings whose place decides their code (session 10): a meeting by a verb of meeting (040:
#: "met", "shook hands", "sat down with") and one on the sidelines of a summit (044); a summit
#: or talks named by a noun ("returned from his summit with Kim in Singapore") are left as the
#: dictionary codes them
_MEETING_CODES = frozenset({"040", "044"})
_MEETING_VERBS = ("$ <meet>", "$ <shake> hands", "$ <sit> down")
#: prepositions that open the place of a meeting right after it ("met in Singapore", "met at a
#: castle outside the Slovenian capital", "met aboard a South African navy ship", "met on the
#: sidelines of the BRICS summit in New Delhi")
_MEETING_AT = frozenset(
    {"in", "at", "aboard", "onboard", "outside", "near", "inside", "sidelines", "margins"}
)
#: words that end a place phrase: what follows is no longer where they met ("met in Paris to
#: discuss …", "met Lavrov on the next steps in Syria")
_PLACE_ENDS = frozenset({"to", "for", "with", "about", "over", "against", "and", "from", "by"})
#: how many words a place phrase may run before its actor ("at a hotel on Singapore's")
_PLACE_WINDOW = 8


def is_meeting(hit: _Hit) -> bool:
    """True for a hit of a verb of meeting whose place may make it a third-location one."""
    return hit.pattern.cameo in _MEETING_CODES and hit.pattern.text.startswith(_MEETING_VERBS)


def meeting_place(units: list[_Unit], end: int, partners: Iterable[int] = ()) -> int | None:
    """The mention named as the place of a meeting whose verb or partner ends at unit ``end``:
    after time words only ("met for the first time on Sunday at a castle outside the Slovenian
    capital", "met separately in Paris") or the other partners of the meeting (``partners``:
    "met Arafat and Barak separately in Paris"), a preposition of place, then the first actor
    of a state in its phrase ("the sidelines of the U.N. General Assembly in New York": the
    organisation is passed for its seat). None when no such phrase follows ("consulted with
    his counterpart on the next steps in Syria": a topic, not a place)."""
    n = len(units)
    others = set(partners)
    i = end if end < n and units[end].norm in ("sidelines", "margins") else end + 1
    while i < n and units[i].norm not in _MEETING_AT:
        unit = units[i]
        if unit.mention is not None:
            if unit.mention not in others:
                return None
        elif (
            unit.norm not in _TIME_PHRASE
            and not unit.norm.endswith("ly")
            and not (others and unit.norm in ("and", ","))
        ):
            return None
        i += 1
    if i >= n or units[i].mention is not None:
        return None
    for unit in units[i + 1 : i + 1 + _PLACE_WINDOW]:
        norm = unit.norm
        if unit.mention is not None:
            if unit.pronoun or unit.code.startswith("---"):
                return None
            if unit.code[:3] in ("IGO", "NGO", "IMG", "MNC"):
                continue  # "the sidelines of the BRICS summit in New Delhi"
            return unit.mention
        if norm in _PLACE_ENDS or norm in _CLAUSE_BREAK or norm in (",", ".", ";", ":"):
            return None
    return None


def third_location(cameo: str, source: Actor, target: Actor, place: Actor) -> str:
    """The code of a meeting (040, 044) from its place (:func:`meeting_place`): a place of a
    state that is neither side's is a meeting at a 'third' location (044: "Donald Trump met Kim
    Jong Un in Singapore", "Barak and al-Sharaa met at the White House", "met aboard a South
    African navy ship"), as the codebook defines it; a meeting on the sidelines of a summit
    held in one side's country is no meeting at a third location ("Hu and Singh met on the
    sidelines of the BRICS summit in New Delhi": 040). Our gold codes a meeting in one side's
    country 040 more often than a visit and a hosting (042, 043), so that is left as it is.
    Both sides and the place must be of a state; ``cameo`` is returned otherwise."""
    land = place.country or ""
    sides = {source.country or "", target.country or ""}
    if not all(len(c) == 3 and c.isalpha() for c in (land, *sides)):
        return cameo
    if place.code[:3] != land:
        return cameo  # not a place of a state ("the UN headquarters in New York")
    if land not in sides:
        return "044"
    return "040" if cameo == "044" else cameo
