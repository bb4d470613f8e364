"""English verb inflection for patterns: ``<visit>`` → visit, visits, visited, visiting."""

from __future__ import annotations

import functools

__all__ = ["participles", "verb_forms"]

# lemma: (past, past participle) — for irregular verbs common in news
_IRREGULAR = {
    "be": ("was", "been"),
    "begin": ("began", "begun"),
    "bring": ("brought", "brought"),
    "build": ("built", "built"),
    "buy": ("bought", "bought"),
    "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "flee": ("fled", "fled"),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "hang": ("hanged", "hanged"),
    "have": ("had", "had"),
    "hear": ("heard", "heard"),
    "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"),
    "hold": ("held", "held"),
    "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"),
    "know": ("knew", "known"),
    "lay": ("laid", "laid"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "lend": ("lent", "lent"),
    "let": ("let", "let"),
    "lose": ("lost", "lost"),
    "make": ("made", "made"),
    "mean": ("meant", "meant"),
    "meet": ("met", "met"),
    "overtake": ("overtook", "overtaken"),
    "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid", "paid"),
    "put": ("put", "put"),
    "quit": ("quit", "quit"),
    "read": ("read", "read"),
    "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said", "said"),
    "see": ("saw", "seen"),
    "seek": ("sought", "sought"),
    "sell": ("sold", "sold"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"),
    "shut": ("shut", "shut"),
    "sit": ("sat", "sat"),
    "slay": ("slew", "slain"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"),
    "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"),
    "take": ("took", "taken"),
    "teach": ("taught", "taught"),
    "tell": ("told", "told"),
    "think": ("thought", "thought"),
    "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld", "upheld"),
    "wage": ("waged", "waged"),
    "unfreeze": ("unfroze", "unfrozen"),
    "overrun": ("overran", "overrun"),
    "retake": ("retook", "retaken"),
    "dig": ("dug", "dug"),
    "rerun": ("reran", "rerun"),
    "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld", "withheld"),
    "write": ("wrote", "written"),
    "break": ("broke", "broken"),
    "bear": ("bore", "borne"),
    "arise": ("arose", "arisen"),
    "bid": ("bid", "bid"),
    "blow": ("blew", "blown"),
    "forsake": ("forsook", "forsaken"),
    "oversee": ("oversaw", "overseen"),
    "rebuild": ("rebuilt", "rebuilt"),
    "shed": ("shed", "shed"),
    "sink": ("sank", "sunk"),
    "spread": ("spread", "spread"),
    "stick": ("stuck", "stuck"),
    "sweep": ("swept", "swept"),
    "upset": ("upset", "upset"),
    "wake": ("woke", "woken"),
    "wear": ("wore", "worn"),
    "foresee": ("foresaw", "foreseen"),
    "beat": ("beat", "beaten"),
    "feed": ("fed", "fed"),
    "bind": ("bound", "bound"),
    "grind": ("ground", "ground"),
    "light": ("lit", "lit"),
    "slit": ("slit", "slit"),
    "split": ("split", "split"),
    "thrust": ("thrust", "thrust"),
    "tear": ("tore", "torn"),
    "bleed": ("bled", "bled"),
    "mislead": ("misled", "misled"),
    "override": ("overrode", "overridden"),
    "offset": ("offset", "offset"),
    "broadcast": ("broadcast", "broadcast"),
    "forecast": ("forecast", "forecast"),
    "cast": ("cast", "cast"),
    "sting": ("stung", "stung"),
    "become": ("became", "become"),
    "overcome": ("overcame", "overcome"),
    "undergo": ("underwent", "undergone"),
    "forgo": ("forwent", "forgone"),
}
_DOUBLE = frozenset(
    """ban bar beg blot chat clap cut drop grab jam jog knit lag map mop nab net nod pat pin plan
       plot rig rob rub scrap ship shop shun sip skip slam slap slip sob spot stab stem step stir
       stop strip tap tip trap trim vet wrap admit commit compel control expel equip occur omit
       patrol permit propel rebel refer regret repel submit transfer abet airdrop readmit swap
       unban set sit begin get put hit shut let run win spin split quit rid bet forget upset prefer
       recommit outstrip kidnap worship handicap ram rap club dig drag flog gag gas gun lob snap
       snub whip stun tag overrun rerun""".split()
)
# verbs of more than one syllable stressed on the last, which double their final consonant
# like a one-syllable verb does ("incur" -> incurred, "embed" -> embedded; but "visit" -> visited)
_DOUBLE_STRESSED = frozenset(
    """abhor acquit allot annul befit concur confer debar decontrol defer deter dispel embed
       enrol excel extol impel incur infer outbid outfit rebut recur remit resubmit transmit
       unpin unwrap""".split()
)
# one-syllable verbs ending in one vowel and one consonant that do not double it
_NO_DOUBLE = frozenset("""bus fix""".split())
# British spelling doubles a final l after one vowel: travel -> travelled (US: traveled)
_BRITISH_L = frozenset(
    [
        "travel",
        "cancel",
        "label",
        "signal",
        "model",
        "fuel",
        "total",
        "level",
        "channel",
        "quarrel",
        "rival",
        "counsel",
        "dial",
        "marshal",
        "pencil",
        "shovel",
        "tunnel",
        "equal",
    ]
)
_VOWELS = set("aeiou")


def _doubles(lemma: str) -> bool:
    """Whether a verb doubles its final consonant before "-ed"/"-ing": a one-syllable verb
    ending in a single vowel and a consonant ("dub" -> dubbed, "prod" -> prodded, but "seat",
    "fix", "show"), or one listed as stressed on its last syllable ("incur", "confer")."""
    if lemma in _DOUBLE or lemma in _DOUBLE_STRESSED:
        return True
    if lemma in _NO_DOUBLE or len(lemma) < 3 or lemma[-1] in _VOWELS or lemma[-1] in "cwxy":
        return False
    word = lemma.replace("qu", "q")  # "squat": the u after q is no vowel
    if word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    return not any(c in _VOWELS for c in word[:-2])


@functools.cache
def verb_forms(lemma: str) -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): base, 3rd person, past, participle and -ing forms of a verb."""
    lemma = lemma.lower()
    if " " in lemma:  # a phrasal lemma inflects its first word: "crack down"
        head, _, rest = lemma.partition(" ")
        return tuple(f"{form} {rest}" for form in verb_forms(head))
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if _doubles(lemma):
        stem = lemma + lemma[-1]
        past, ing = stem + "ed", stem + "ing"
    elif lemma.endswith("ie"):
        past, ing = lemma + "d", lemma[:-2] + "ying"
    elif lemma.endswith("ee"):
        past, ing = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith("c"):
        past, ing = lemma + "ked", lemma + "king"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    forms = [lemma, third, past, ing]
    if lemma in _IRREGULAR:
        forms[2:3] = list(_IRREGULAR[lemma])
    if lemma == "have":
        forms = ["have", "has", "had", "having"]
    elif lemma == "be":
        forms = ["be", "is", "are", "am", "was", "were", "been", "being"]
    if lemma in _BRITISH_L:
        forms += [lemma + "led", lemma + "ling"]
    if lemma.endswith("ize"):
        forms += [f.replace("iz", "is") for f in forms]  # criticize / criticise
    return tuple(dict.fromkeys(forms))


@functools.cache
def participles(lemma: str) -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): the past participle(s) of a verb (for passives)."""
    lemma = lemma.lower()
    if " " in lemma:
        head, _, rest = lemma.partition(" ")
        return tuple(f"{p} {rest}" for p in participles(head))
    if lemma in _IRREGULAR:
        return (_IRREGULAR[lemma][1],)
    forms = verb_forms(lemma)
    return tuple(f for f in forms if f.endswith("ed"))
