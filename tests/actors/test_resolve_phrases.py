"""Phrase rules of the resolver: state adjectives sharing a role noun, "X-led"/"pro-X", words
that are no actors, and offices named in titles."""

import datetime as dt

import pytest

from conftest import resolved
from entente.actors.resolve import ActorResolver
from entente.model import Article


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


def _found(resolver, text, date=dt.date(2000, 1, 1)):
    """(mention text, code) of every mention of a one-part article."""
    article = resolved(resolver, text, date)
    return [(article.text[m.start : m.end], m.actor.code) for m in article.mentions]


# -- two state adjectives sharing one role noun ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian and Pakistani troops exchanged fire.",
            [("Indian", "INDMIL"), ("Pakistani troops", "PAKMIL")],
        ),
        (
            "Rwandan and Ugandan troops fought in Kisangani.",
            [("Rwandan", "RWAMIL"), ("Ugandan troops", "UGAMIL"), ("Kisangani", "COD")],
        ),
        (
            "North and South Korean warships exchanged fire.",
            [("North", "PRKMIL"), ("South Korean warships", "KORMIL")],
        ),
        (
            "Peruvian and Ecuadorean soldiers clashed.",
            [("Peruvian", "PERMIL"), ("Ecuadorean soldiers", "ECUMIL")],
        ),
        (
            "Indian, Pakistani and Chinese officials met.",
            [("Indian", "INDGOV"), ("Pakistani", "PAKGOV"), ("Chinese officials", "CHNGOV")],
        ),
        (
            "US and British troops entered Basra.",
            [("US", "USAMIL"), ("British troops", "GBRMIL"), ("Basra", "IRQ")],
        ),
        # a country's full name does not borrow the role noun
        (
            "Talks between Iran and Iraqi officials.",
            [("Iran", "IRN"), ("Iraqi officials", "IRQGOV")],
        ),
    ],
)
def test_state_adjectives_share_a_role_noun(resolver, text, expected):
    assert _found(resolver, text) == expected


def test_shared_role_noun_codes_both_sides():
    from entente.api import build_pipeline

    pipeline = build_pipeline([], builtin=True)
    article = Article.from_parts(
        id="a",
        parts=[("body", "Indian and Pakistani troops exchanged fire in Kashmir.", None)],
        published=dt.date(2000, 1, 1),
    )
    events = pipeline(article).events
    assert {(e.source.code, e.target.code) for e in events} >= {("INDMIL", "PAKMIL")}


# -- "X-led" and "pro-X" ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Saudi-led coalition bombed Sanaa.", ("Saudi-led coalition", "SAUMIL")),
        ("A Saudi-led coalition air strike hit a market.", ("Saudi-led coalition", "SAUMIL")),
        ("US-led forces entered Baghdad.", ("US-led forces", "USAMIL")),
        ("NATO-led troops patrolled Kabul.", ("NATO-led troops", "IGOWSTNAT")),
        ("Vietnamese-led forces captured Phnom Penh.", ("Vietnamese-led forces", "VNMMIL")),
        ("Pro-Indonesian militias attacked Dili.", ("Pro-Indonesian militias", "IDNUAF")),
        ("pro-Indonesian militias burned houses.", ("pro-Indonesian militias", "IDNUAF")),
    ],
)
def test_led_and_pro_name_the_leader_or_side(resolver, text, expected):
    assert expected in _found(resolver, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pro-X" gives no country to other role nouns: the separatists are not Russia's
        ("Pro-Russian separatists attacked.", [("separatists", "---REB")]),
        # "Us-led" is no United States ("US" is case-sensitive); "-led" without a role noun
        ("Us-led forces arrived.", [("forces", "---MIL")]),
        ("The UN-led talks resumed.", []),
    ],
)
def test_led_and_pro_leave_other_phrases(resolver, text, expected):
    assert _found(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran seized a British-flagged tanker.", [("Iran", "IRN"), ("British-flagged", "GBR")]),
        ("Panamanian-flagged ships were hit.", [("Panamanian-flagged", "PAN")]),
        # the flag is a state's: "Hamas-flagged" or a lower-case word names none
        ("A Hamas-flagged boat sailed.", []),
        ("A red-flagged beach was closed.", []),
    ],
)
def test_flagged_names_the_flag_state(resolver, text, expected):
    """A ship "X-flagged" is the flag state's (its seizure or release is an act on that
    state)."""
    assert _found(resolver, text) == expected


def test_flagged_ship_is_the_target_of_a_seizure(builtin_pipeline):
    article = Article.from_parts(
        id="flag",
        parts=[("body", "Iran released the British-flagged tanker on Friday.", None)],
        published=dt.date(2019, 9, 27),
    )
    events = builtin_pipeline(article).events
    assert [(e.source.code, e.target.code, e.cameo[:2]) for e in events] == [("IRN", "GBR", "08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister will visit Pyongyang next week.", ("Pyongyang", "PRK")),
        ("Netanyahu flew to Moscow on Thursday.", ("Moscow", "RUS")),
        ("The envoy left for Rabat on Saturday.", ("Rabat", "MAR")),
        ("She made a visit to Riyadh last year.", ("Riyadh", "SAU")),
        # not a journey: the capital speaks or is spoken to for its government
        ("Moscow said it would respond.", ("Moscow", "RUSGOV")),
        ("Iran appealed to Washington to lift sanctions.", ("Washington", "USAGOV")),
    ],
)
def test_capital_as_destination_is_the_place(resolver, text, expected):
    """The capital a journey goes to is the place (the bare country), as after "in"; elsewhere
    it stands for the government."""
    assert expected in _found(resolver, text)


# -- words that are no actors -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union called a general strike.", []),
        ("General elections will be held in May.", []),
        ("The general election is due.", []),
        ("A general amnesty was declared.", []),
        ("The general public was angry.", [("general public", "---CVL")]),
        (
            "Delegates reached a general consensus at the general conference.",
            [("Delegates", "---GOV")],
        ),
        ("He spoke in general terms.", []),
        # a general is still a general
        ("The general said the army would withdraw.", [("general", "---MIL"), ("army", "---MIL")]),
        (
            "A general and two colonels were arrested.",
            [("general", "---MIL"), ("colonels", "---MIL")],
        ),
    ],
)
def test_general_as_an_adjective_is_no_military(resolver, text, expected):
    assert _found(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He learned the Russian language.", []),
        (
            "Attackers bombed a Jewish community centre in Buenos Aires.",
            [("Attackers", "---UAF"), ("Buenos Aires", "ARG")],
        ),
        (
            "Gunmen attacked a Catholic church and a Muslim school.",
            [("Gunmen", "---UAF"), ("church", "---REL"), ("school", "---EDU")],
        ),
        # the community, the institution and the embassy are actors
        ("The Jewish community protested.", [("Jewish", "JEW")]),
        ("The Catholic church said it would help.", [("Catholic church", "CHRCTHREL")]),
        ("The Iranian embassy was attacked.", [("Iranian embassy", "IRNGOV")]),
        ("The Iranian embassy building was attacked.", [("Iranian embassy", "IRNGOV")]),
    ],
)
def test_adjectives_before_languages_and_buildings_are_no_actors(resolver, text, expected):
    assert _found(resolver, text) == expected


# -- an office named in a title or an appositive beats the article's date ----------------------
@pytest.mark.parametrize("date", [None, dt.date(2010, 1, 1)])
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("UN Secretary-General Kofi Annan said.", "UN Secretary-General Kofi Annan", "IGOUNO"),
        ("Kofi Annan, UN secretary-general, said.", "Kofi Annan", "IGOUNO"),
        ("Kofi Annan, the UN secretary-general, said.", "Kofi Annan", "IGOUNO"),
        (
            "Arab League Secretary-General Chedli Klibi said.",
            "Arab League Secretary-General Chedli Klibi",
            "IGOMEAARL",
        ),
        ("Chedli Klibi, the Arab League secretary-general, said.", "Chedli Klibi", "IGOMEAARL"),
        # an office the person is not known to have held, or a former one, changes nothing
        ("Chedli Klibi, a Tunisian official, said.", "Chedli Klibi", "TUNELI"),
        ("Kofi Annan, the former UN secretary-general, said.", "Kofi Annan", "GHAELI"),
        (
            "Former UN Secretary-General Kofi Annan said.",
            "UN Secretary-General Kofi Annan",
            "GHAELI",
        ),
    ],
)
def test_named_office_beats_the_date(resolver, date, text, mention, code):
    assert (mention, code) in _found(resolver, text, date)


def test_named_office_does_not_beat_a_role_held_on_the_date(resolver):
    # in 1985 Klibi was the Arab League's secretary-general whatever the text calls him
    assert ("Chedli Klibi", "IGOMEAARL") in _found(
        resolver, "Chedli Klibi, a Tunisian official, said.", dt.date(1985, 1, 1)
    )


# -- whole names after a titled alias, the pope, military tribunals, dated seats --------------
@pytest.mark.parametrize("date", [None, dt.date(2000, 1, 1), dt.date(2010, 1, 1)])
def test_titled_alias_covers_the_whole_name(resolver, date):
    # the alias "Premier Zhu" matches first; "Rongji" completes the name "Zhu Rongji", and the
    # title in the alias names an office he held (CHNGOV) whatever the date
    found = _found(resolver, "Chinese Premier Zhu Rongji arrived. Rongji said.", date)
    assert found == [("Chinese Premier Zhu Rongji", "CHNGOV"), ("Rongji", "CHNGOV")]


def test_name_is_not_extended_by_an_unrelated_capital(resolver):
    assert _found(resolver, "Premier Zhu Said arrived.", dt.date(2000, 1, 1)) == [
        ("Premier Zhu", "CHNGOV")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Argentine pontiff said.", [("pontiff", "VAT")]),
        # (the capital visited is the place: test_capital_as_destination_is_the_place)
        ("The Polish pope visited Warsaw.", [("pope", "VAT"), ("Warsaw", "POL")]),
        ("The pope said.", [("pope", "VAT")]),
        (
            "Pope Francis met the Argentine president.",
            [("Pope Francis", "VATREL"), ("Argentine president", "ARGGOV")],
        ),
        # "Pope" with a capital is no seat: "Pope Shenouda" (Coptic) is not the Holy See
        ("Pope Shenouda said.", []),
    ],
)
def test_pope_nouns_make_the_holy_see(resolver, text, expected):
    assert _found(resolver, text, dt.date(2015, 1, 1)) == expected


def test_military_tribunal_takes_the_country_it_is_in(resolver):
    assert _found(resolver, "A military tribunal in Peru sentenced him.") == [
        ("military tribunal in Peru", "PERJUD")
    ]


@pytest.mark.parametrize(
    ("date", "seat", "place"),
    [
        (dt.date(2005, 1, 1), "SDNGOV", "SDN"),
        (dt.date(2011, 7, 8), "SDNGOV", "SDN"),
        (dt.date(2011, 7, 9), "SSDGOV", "SSD"),
        (None, "SSDGOV", "SSD"),
    ],
)
def test_dated_seat_juba(resolver, date, seat, place):
    assert _found(resolver, "Juba said.", date) == [("Juba", seat)]
    assert _found(resolver, "Fighting broke out in Juba.", date) == [("Juba", place)]
    assert _found(resolver, "Juba police arrested him.", date) == [("Juba police", place + "COP")]


@pytest.mark.parametrize(
    ("date", "code"),
    [
        (dt.date(1992, 4, 26), "SRBGOV"),
        (dt.date(1995, 1, 1), "YUGGOV"),
        (dt.date(2003, 2, 4), "YUGGOV"),
        (dt.date(2003, 2, 5), "SRBGOV"),
    ],
)
def test_dated_seat_belgrade(resolver, date, code):
    assert _found(resolver, "Belgrade said.", date) == [("Belgrade", code)]


def test_dated_seat_in_a_users_file(tmp_path):
    from entente.actors.kb import KnowledgeBase

    path = tmp_path / "mine.yaml"
    path.write_text(
        "- code: AAA\n"
        "  name: Aland\n"
        "  names: [Aland]\n"
        "  adjectives: [Alandic]\n"
        "  seats: [{name: Oldtown, roles: [{code: BBBGOV, until: 1999-12-31}]},"
        " {name: Fort Aland, code: AAAMIL}]\n"
        "- code: BBB\n"
        "  name: Boland\n"
        "  names: [Boland]\n"
        "  adjectives: [Bolandic]\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase()
    kb.load_file(path)
    resolver = ActorResolver(kb)
    assert _found(resolver, "Oldtown said.", dt.date(1990, 1, 1)) == [("Oldtown", "BBBGOV")]
    assert _found(resolver, "Oldtown said.", dt.date(2005, 1, 1)) == [("Oldtown", "AAAGOV")]
    assert _found(resolver, "Fort Aland said.", dt.date(1990, 1, 1)) == [("Fort Aland", "AAAMIL")]
