import datetime as dt

import pytest

from conftest import FIXTURES, coded
from entente.model import Article


def code(pipeline, text, date=dt.date(2018, 3, 1)):
    return coded(pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the capital a visit goes to is the place, as the wire gold codes it: IRN)
        ("Ismail Haniyeh visited Tehran.", [("PSEREBHMS", "IRN", "042")]),
        ("Israel was criticized by the United States.", [("USA", "ISR", "111")]),
        ("Iran's military support for Hamas grew.", [("IRNMIL", "PSEREBHMS", "070")]),
        ("Haniyeh, who leads the movement, criticized Israel.", [("PSEREBHMS", "ISR", "111")]),
        ("Iran threatened to attack Israel.", [("IRN", "ISR", "138")]),
        ("a visit by Hamas to Iran", [("PSEREBHMS", "IRN", "042")]),
        ("Israel said Iran attacked Syria.", [("IRN", "SYR", "190")]),
    ],
)
def test_coder_source_and_target(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


def test_coder_symmetric_verbs_code_both_directions(mini_pipeline):
    assert code(mini_pipeline, "Iran met with Syria.") == [
        ("IRN", "SYR", "040"),
        ("SYR", "IRN", "040"),
    ]


def test_coder_compound_symmetric_without_target(mini_pipeline):
    assert sorted(code(mini_pipeline, "Iran and Syria signed a defence agreement.")) == [
        ("IRN", "SYR", "057"),
        ("SYR", "IRN", "057"),
    ]


def test_coder_compound_subject_one_event_per_dyad(mini_pipeline):
    assert code(mini_pipeline, "Iran and Syria criticized Israel.") == [
        ("IRN", "ISR", "111"),
        ("SYR", "ISR", "111"),
    ]


def test_coder_coordinated_verbs_share_subject(mini_pipeline):
    assert code(mini_pipeline, "Iranian officials met Haniyeh and praised Hamas.")[-1] == (
        "IRNGOV",
        "PSEREBHMS",
        "051",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not attack Hamas.",
        "Iran would visit Syria if invited.",
        "If Israel attacks Iran, the region will burn.",
        "Iran denied attacking Israel.",
        "Iran might visit Syria.",
        "Iran would not attack Israel.",
    ],
)
def test_coder_negation_and_hypotheticals_are_not_facts(mini_pipeline, text):
    assert code(mini_pipeline, text) == []


def test_coder_event_carries_evidence_rule_and_ontology(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            parts=[("body", "Israel was criticized by the United States.", None)],
            published=dt.date(2018, 1, 1),
        )
    )
    (event,) = article.events
    assert article.span(*event.evidence) == "was criticized by the United States"
    assert event.rule.startswith("mini_verbs:") and event.rule.endswith(":passive")
    assert (event.quad_class, event.goldstein, event.plover) == (3, -2.0, "ACCUSE")
    assert article.sentence_text(event.sentence) == "Israel was criticized by the United States."
    assert 0 < event.confidence <= 1


def test_coder_caption_events_carry_caption_date(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            published=dt.date(2021, 5, 10),
            parts=[
                ("body", "Iran criticized Israel.", None),
                ("caption", "Haniyeh visits Tehran on May 3, 2021.", dt.date(2021, 5, 3)),
            ],
        )
    )
    assert [e.date for e in article.events] == [dt.date(2021, 5, 10), dt.date(2021, 5, 3)]


def test_coder_historical_full_date_in_sentence(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            published=dt.date(2021, 5, 10),
            parts=[("body", "On Feb. 10, 2012, Haniyeh visited Tehran.", None)],
        )
    )
    assert [e.date for e in article.events] == [dt.date(2012, 2, 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran will visit Syria.", [("IRN", "SYR", "036")]),
        ("Iran plans to attack Israel.", [("IRN", "ISR", "138")]),
        ("Iran will criticize Israel.", [("IRN", "ISR", "111")]),
    ],
)
def test_coder_announced_acts_are_intents_or_threats(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


# -- mechanics --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound whose later member has a determiner and modifiers
        (
            "Iran and the mighty Syria criticized Israel.",
            [("IRN", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
        # "neither A nor B" is a compound, not a negation
        (
            "Neither Iran nor Syria criticized Israel.",
            [("IRN", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
        # role nouns without a country joined in a compound
        (
            "Soldiers and officials attacked Israel.",
            [("---MIL", "ISR", "190"), ("---GOV", "ISR", "190")],
        ),
        # a verb right after "and" shares the first verb's subject, not the nearest actor
        (
            "Iran condemned an attack by Israel in Syria and praised Hamas.",
            [("IRN", "ISR", "111"), ("IRN", "PSEREBHMS", "051")],
        ),
        # "and" joining two clauses: Iran is the subject of "praised", not Hamas's co-target
        (
            "Hamas criticized Israel and Iran praised Syria.",
            [("PSEREBHMS", "ISR", "111"), ("IRN", "SYR", "051")],
        ),
        # a gerund after a subordinator takes the subject of the verb before it
        (
            "Iran criticized Israel after attacking Syria.",
            [("IRN", "ISR", "111"), ("IRN", "SYR", "190")],
        ),
        # "was seen to attack": witnessed, not a plan
        ("Iran was seen to attack Israel.", [("IRN", "ISR", "190")]),
        # a passive followed by another verb keeps its own target
        (
            "Israel was criticized by the United States, which praised Syria.",
            [("USA", "ISR", "111"), ("USA", "SYR", "051")],
        ),
        # coordinated adverbs between "was" and the participle
        (
            "Israel was sharply and repeatedly criticized by the United States.",
            [("USA", "ISR", "111")],
        ),
        # contracted negation
        ("Israel didn't attack Hamas.", []),
        # an unresolved subject pronoun is the subject: Iran did not attack anyone here
        ("Iran said he attacked Israel.", []),
    ],
)
def test_coder_mechanics(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role noun heads the list: every country of the compound has it
        (
            "Officials of Iran and Syria criticized Israel.",
            [("IRNGOV", "ISR", "111"), ("SYRGOV", "ISR", "111")],
        ),
        # the country modifies both role nouns
        (
            "The Iranian military and government criticized Israel.",
            [("IRNMIL", "ISR", "111"), ("IRNGOV", "ISR", "111")],
        ),
        # the role noun belongs to Iran alone
        (
            "Iranian officials and Syria criticized Israel.",
            [("IRNGOV", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
    ],
)
def test_coder_compound_shares_a_role_noun(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


def test_coder_target_search_passes_over_the_source_named_again(mini_pipeline):
    pipeline = _with_coder(mini_pipeline, _verbs(("$ <doubt> +", "110")))
    text = "Haniyeh visited Tehran. He doubted whether he could trust Iran."
    assert code(pipeline, text)[-1] == ("PSEREBHMS", "IRN", "110")


def test_coder_pattern_words_before_the_verb_are_not_a_noun_reading(mini_pipeline):
    """Only the pattern's verb is checked for a noun reading ("Iran's death toll has risen" is
    not "the toll"); a verb after a determiner is a noun ("in an attack")."""
    verbs = _verbs(("$ death toll .. <rise> +", "190"), ("$ in .. <attack> +", "111"))
    pipeline = _with_coder(mini_pipeline, verbs)
    assert code(pipeline, "Iran's death toll has risen in the dispute with Syria.") == [
        ("IRN", "SYR", "190")
    ]
    assert code(pipeline, "Iran was in an attack on Syria.") == []


def test_coder_adjacent_nested_mentions_are_one_actor():
    from entente.events.coder import _units
    from entente.model import Actor, Mention
    from entente.text.tokenize import tokenize

    text = "Bree Prime Minister Romendacil met Gondor."
    mentions = [
        Mention(0, 19, 0, Actor("BREGOV", "Bree (government)")),
        Mention(20, 30, 0, Actor("BRE", "Bree")),
        Mention(35, 41, 0, Actor("GON", "Gondor")),
    ]
    units = _units(tokenize(text), mentions)
    assert [(u.norm, u.code) for u in units if u.mention is not None] == [
        ("@0", "BREGOV"),
        ("@2", "GON"),
    ]


# -- options (PETRARCH's semantics are switched on by the PETRARCH reader) ---------------------
def _verbs(*patterns):
    from entente.events.verbs import VerbDictionary, compile_pattern

    verbs = VerbDictionary()
    verbs.load_file(FIXTURES / "mini_verbs.yaml")
    for n, (text, cameo) in enumerate(patterns):
        verbs.add(compile_pattern(text, cameo=cameo, rule=f"test#{n}"))
    return verbs


def _with_coder(mini_pipeline, verbs=None, **options):
    from entente.events.coder import PatternCoder
    from entente.pipeline import Pipeline

    coder = PatternCoder(verbs or _verbs(), **options)
    return Pipeline([(n, s) if n != "events" else (n, coder) for n, s in mini_pipeline.stages])


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "Iran will visit Syria.", [("IRN", "SYR", "036")]),
        ({"future_as_intent": False}, "Iran will visit Syria.", [("IRN", "SYR", "042")]),
        ({}, "Iran would visit Syria.", []),
        ({"hypotheticals": False}, "Iran would visit Syria.", [("IRN", "SYR", "042")]),
        ({}, "Iran would attack Israel.", [("IRN", "ISR", "138")]),  # a threat
        ({"future_as_intent": False}, "Iran would attack Israel.", []),
        ({"hypotheticals": False}, "Iran would attack Israel.", [("IRN", "ISR", "190")]),
        ({"hypotheticals": False}, "If Israel attacks Iran, the region will burn.", []),
        # the negation belongs to "hesitate", not to "attack"
        (
            {"hypotheticals": False},
            "Iran did not hesitate to attack Israel.",
            [("IRN", "ISR", "190")],
        ),
        ({}, "Iran did not criticize Israel.", []),
        ({"opposites": {"111": "051"}}, "Iran did not criticize Israel.", [("IRN", "ISR", "051")]),
        ({}, "Israel was criticized over its dispute with Syria.", []),
        (
            {"passive_without_by": True},
            "Israel was criticized over its dispute with Syria.",
            [("SYR", "ISR", "111")],
        ),
        ({}, "Iran attacked in Syria.", []),  # a headline passive: Syria is the place
        ({"headline_passive": False}, "Iran attacked in Syria.", [("IRN", "SYR", "190")]),
        ({}, "Iran attacked.", []),
        ({"require_dyad": False}, "Iran attacked.", [("IRN", None, "190")]),
        (
            {"gerund_clauses": False},
            "Iran criticized Israel after attacking Syria.",
            [("IRN", "ISR", "111")],
        ),
    ],
)
def test_coder_options(mini_pipeline, options, text, expected):
    assert code(_with_coder(mini_pipeline, **options), text) == expected


@pytest.mark.parametrize(
    ("a", "b", "anaphor", "same"),
    [
        (("IRNLEG", "agent"), ("IRN", "country"), False, False),  # a domestic act
        (("IRNLEG", "agent"), ("IRN", "country"), True, True),  # "… the country"
        (("IRN", "country"), ("IRN", "country"), False, True),
        (("EGY", "country"), ("EGYGOV", "agent"), True, False),
        (("ISR", "country"), ("PSE", "country"), False, False),
    ],
)
def test_coder_dyads_of_a_state_and_its_parts(a, b, anaphor, same):
    from entente.events.coder import _same
    from entente.model import Actor

    assert (
        _same(Actor(a[0], a[0], kind=a[1]), Actor(b[0], b[0], kind=b[1]), anaphor=anaphor) is same
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish authorities imposed a curfew across Turkey.",
            ("TURGOV", "TUR", "1723"),
        ),
        (
            "Iraqi authorities shut down internet access across Iraq.",
            ("IRQGOV", "IRQ", "1721"),
        ),
    ],
)
def test_coder_domestic_acts_of_a_state(builtin_pipeline, text, expected):
    """A government acting on its own country is a dyad (CAMEO codes domestic events)."""
    assert expected in code(builtin_pipeline, text)


# -- passives of longer patterns ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "$ <urge> + to attack": "+ was urged by $ to attack"
        ("Hamas was urged by Iran to attack Israel.", [("IRN", "PSEREBHMS", "0251")]),
        # "$ <receive> + (in|at)": the rest of the pattern follows the agent
        ("Haniyeh was received by Iran in Tehran.", [("IRN", "PSEREBHMS", "043")]),
        # "$ <accuse> + of": the agent after the rest, with actors between
        ("Iran was accused by Israel of arming Hamas.", [("ISR", "IRN", "112")]),
        ("Iran was accused of arming Hamas by Israel.", [("ISR", "IRN", "112")]),
        # the active reading stays as it was
        ("Iran urged Hamas to attack Israel.", [("IRN", "PSEREBHMS", "0251")]),
    ],
)
def test_coder_passive_of_longer_patterns(mini_pipeline, text, expected):
    verbs = _verbs(
        ("$ <urge> + to attack", "0251"),
        ("$ <receive> + (in|at)", "043"),
        ("$ <accuse> + of", "112"),
        ("$ <arm> +", "071"),
    )
    assert code(_with_coder(mini_pipeline, verbs), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain noun opening the clause: the actor after "of" names the subject
        ("Supporters of Hamas attacked Israel.", [("PSEREBHMS", "ISR", "190")]),
        ("The people of Syria criticized Israel.", [("SYR", "ISR", "111")]),
        (
            "Iran met Hamas, and supporters of Syria criticized Israel.",
            [("IRN", "PSEREBHMS", "040"), ("PSEREBHMS", "IRN", "040"), ("SYR", "ISR", "111")],
        ),
        # a nominalised act: the actor after "of" is not its agent
        ("The invasion of Syria criticized Israel.", []),
    ],
)
def test_coder_noun_of_actor_subject(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision taken is the act (CAMEO manual 0812, 1322)
        ("Iran decided to attack Israel.", [("IRN", "ISR", "190")]),
        # an agreement, a plan or a willingness to act is an intent
        ("Iran agreed to visit Syria.", [("IRN", "SYR", "036")]),
        ("Iran is willing to visit Syria.", [("IRN", "SYR", "036")]),
    ],
)
def test_coder_decided_to_is_the_act(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a determiner is an adjective
        ("Iranian troops stayed in the occupied Syria.", []),
        # an -ing form after a determiner and a word, before a preposition, is a noun
        ("Iran criticized Israel at an emergency meeting in Syria.", [("IRN", "ISR", "111")]),
        # a verb form after "of" and a participle is a noun
        ("Iran criticized Israel ahead of planned protests by Hamas.", [("IRN", "ISR", "111")]),
        # a participle with its own object stays a verb ("a law banning Hamas")
        ("Iran passed a law banning Hamas.", [("IRN", "PSEREBHMS", "1663")]),
    ],
)
def test_coder_participial_adjectives_are_not_verbs(mini_pipeline, text, expected):
    verbs = _verbs(("$ <occupy> +", "192"), ("$ <protest> +", "140"), ("$ <ban> +", "1663"))
    assert code(_with_coder(mini_pipeline, verbs), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hostile act under a modal is a threat (CAMEO 133 "would blockade", 135 "may halt")
        ("Iran said it would attack Israel.", [("IRN", "ISR", "138")]),
        ("Iran may attack Israel if provoked.", [("IRN", "ISR", "138")]),
        # "might", "could": a possibility, not an announced act
        ("Iran might attack Israel if provoked.", []),
        ("Officials said Iran could attack Israel.", []),
        # inside the condition it is no threat
        ("If Iran attacks Israel, oil prices could soar.", []),
    ],
)
def test_coder_modal_hostile_acts_are_threats(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject search does not cross into the main clause
        (
            "Iran criticized Israel after soldiers attacked Syria.",
            [("IRN", "ISR", "111"), ("---MIL", "SYR", "190")],
        ),
        # "as" right after the verb introduces a predicate; the object follows
        ("Iran condemned as a crime Israel's attack.", [("IRN", "ISR", "111")]),
        # elsewhere it still ends the target search
        ("Iran condemned the decision as Israel attacked Syria.", [("ISR", "SYR", "190")]),
    ],
)
def test_coder_clause_boundaries(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        # the victim reports covert violence: also an accusation of the perpetrator
        (
            {},
            "Israel said Hamas abducted Israeli soldiers.",
            [("ISR", "PSEREBHMS", "112"), ("PSEREBHMS", "ISRMIL", "181")],
        ),
        (
            {},
            "Iran said Israel abducted its soldiers.",
            [("IRN", "ISR", "112"), ("ISR", "---MIL", "181")],
        ),
        # a third party's report is no accusation
        ({}, "Israel said Iran abducted Syrian soldiers.", [("IRN", "SYRMIL", "181")]),
        # a trailing alleging verb: the speaker accuses the perpetrator
        (
            {},
            "Iran attacked Syria, Israel alleged.",
            [("IRN", "SYR", "190"), ("ISR", "IRN", "112")],
        ),
        ({}, "Iran attacked Syria, Israel said.", [("IRN", "SYR", "190")]),
        (
            {"reported_accusations": False},
            "Israel said Hamas abducted Israeli soldiers.",
            [("PSEREBHMS", "ISRMIL", "181")],
        ),
    ],
)
def test_coder_reported_accusations(mini_pipeline, options, text, expected):
    verbs = _verbs(("$ <abduct> +", "181"))
    assert code(_with_coder(mini_pipeline, verbs, **options), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" inside a quotation is its speaker, named after or before it
        ('"We criticized Israel," Iranian officials said.', [("IRNGOV", "ISR", "111")]),
        ('"We criticized Israel," said the Iranian foreign minister.', [("IRNGOV", "ISR", "111")]),
        ('Iranian officials told reporters: "We criticized Israel."', [("IRNGOV", "ISR", "111")]),
        # outside an attributed quotation "we" stays unknown
        ("We criticized Israel.", []),
    ],
)
def test_coder_first_person_in_quotations(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reason for a criticism is its content, not a fact
        ("Iran criticized Israel for attacking Syria.", [("IRN", "ISR", "111")]),
        ("Israel was criticized by Iran for attacking Syria.", [("IRN", "ISR", "111")]),
        # so is the act named in its object
        ("Iran condemned Israel's attack on Syria.", [("IRN", "ISR", "111")]),
        # and a relative clause inside that object
        ("Iran condemned Israel's attack that killed Syrian soldiers.", [("IRN", "ISR", "111")]),
        # a coordinated verb is an act of its own
        (
            "Iran condemned Israel and attacked Syria.",
            [("IRN", "ISR", "111"), ("IRN", "SYR", "190")],
        ),
    ],
)
def test_coder_reason_and_object_content_is_not_a_fact(mini_pipeline, text, expected):
    verbs = _verbs(("$ 's attack on +", "190"), ("$ 's attack", "190"), ("$ <kill> +", "190"))
    assert code(_with_coder(mini_pipeline, verbs), text) == expected


def test_coder_purpose_clause_keeps_the_target(mini_pipeline):
    """ "sent aid to help defend Syria": the purpose clause names the target of the sending."""
    verbs = _verbs(("$ <send> .. aid to +", "070"), ("$ <help> defend +", "074"))
    pipeline = _with_coder(mini_pipeline, verbs)
    assert code(pipeline, "Iran sent aid to help defend Syria.") == [("IRN", "SYR", "070")]
    assert code(pipeline, "Iran sent aid to Syria.") == [("IRN", "SYR", "070")]


def test_coder_coordinated_verbs_share_the_object(mini_pipeline):
    """ "Iran criticized and attacked Israel": the object after the last verb is both verbs'."""
    assert code(mini_pipeline, "Iran criticized and attacked Israel.") == [
        ("IRN", "ISR", "111"),
        ("IRN", "ISR", "190"),
    ]
    # two adjacent pattern matches are not a coordination
    assert code(mini_pipeline, "Iran criticized Syria and attacked Israel.") == [
        ("IRN", "SYR", "111"),
        ("IRN", "ISR", "190"),
    ]


def test_coder_passive_agent_phrase_is_the_same_act(mini_pipeline):
    """ "X was attacked by Israeli airstrikes on Y": one act, for the passive's dyad, with the
    more specific code of the same root."""
    pipeline = _with_coder(mini_pipeline, _verbs(("$ airstrikes on +", "195")))
    text = "Hamas was attacked by Israeli airstrikes on Syria."
    assert code(pipeline, text) == [("ISR", "PSEREBHMS", "195")]


def test_coder_should_is_advice_not_a_threat(mini_pipeline):
    assert code(mini_pipeline, "Iran should attack Israel, a cleric said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated verb without auxiliaries of its own shares the first verb's mood
        (
            "Iran plans to attack Israel and seize Syria.",
            [("IRN", "ISR", "138"), ("IRN", "SYR", "1382")],
        ),
        ("Iran would visit Syria and criticize Israel.", []),
        (
            "Iran attacked Israel and will seize Syria.",
            [("IRN", "ISR", "190"), ("IRN", "SYR", "1382")],
        ),
    ],
)
def test_coder_coordinated_verbs_share_the_mood(mini_pipeline, text, expected):
    verbs = _verbs(("$ <seize> +", "192"))
    assert code(_with_coder(mini_pipeline, verbs), text) == expected


def test_coder_place_head_of_a_mention_stays_visible(mini_pipeline):
    """ "stormed the Iranian embassy": the mention's head noun can follow the target slot."""
    verbs = _verbs(("$ <storm> +", "190"), ("$ <storm> + (embassy|consulate)", "145"))
    pipeline = _with_coder(mini_pipeline, verbs)
    assert code(pipeline, "Israel stormed the Iranian embassy.") == [("ISR", "IRN", "145")]
    assert code(pipeline, "Israel stormed Iran.") == [("ISR", "IRN", "190")]


# -- coder options and clause mechanics ----------------------------------------------------------
def test_coder_with_options_copies_only_on_change():
    from entente.events.coder import PatternCoder

    coder = PatternCoder(_verbs())
    assert coder.with_options(require_dyad=True) is coder
    copy = coder.with_options(require_dyad=False)
    assert copy is not coder and copy.require_dyad is False and copy.verbs is coder.verbs
    assert coder.require_dyad is True
    with pytest.raises(TypeError):
        coder.with_options(no_such_option=True)


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        # a role noun opening a clause after a comma is that clause's subject
        (
            {"require_dyad": False},
            "Iran met Syria in Tehran, a senior official attacked.",
            [("IRN", "SYR", "040"), ("SYR", "IRN", "040"), ("---GOV", None, "190")],
        ),
        # an untargeted act in an adverbial clause of a coded act is background ...
        (
            {"require_dyad": False},
            "Iran praised Syria two days after Israel attacked.",
            [("IRN", "SYR", "051")],
        ),
        # ... but the clause ends at a comma
        (
            {"require_dyad": False},
            "Iran praised Syria after a long rift, Israel attacked.",
            [("IRN", "SYR", "051"), ("ISR", None, "190")],
        ),
        # a gerund after the object noun describes the noun: the object runs on through it
        ({}, "Iran criticized the parade praising Israel.", [("IRN", "ISR", "111")]),
        ({}, "Iran criticized the parade and praised Israel.", [("IRN", "ISR", "051")]),
        # a negated announcement is a refusal (with the refusals option), one side's act
        ({"refusals": True}, "Iran will not meet Syria.", [("IRN", "SYR", "125")]),
        ({"refusals": True}, "Iran won't meet Syria.", [("IRN", "SYR", "125")]),
        ({"refusals": False}, "Iran will not meet Syria.", []),
        ({"refusals": True}, "Iran did not meet Syria.", []),  # a negation, not a refusal
        ({"refusals": True}, "Iran would not attack Israel.", []),  # no threat refused
        # a pattern without "+" is an act without a target (with untargeted_patterns)
        ({}, "Iran signed an agreement.", []),
        ({"untargeted_patterns": True}, "Iran signed an agreement.", [("IRN", None, "057")]),
    ],
)
def test_coder_clause_mechanics(mini_pipeline, options, text, expected):
    assert code(_with_coder(mini_pipeline, **options), text) == expected


@pytest.mark.parametrize(
    ("cameo", "refusal"),
    [("040", "125"), ("036", "125"), ("0841", "1243"), ("190", None), ("010", None)],
)
def test_refusal_code_is_the_rejection_of_the_intent(cameo, refusal):
    from entente.events.mood import refusal_code

    assert refusal_code(cameo) == refusal


# -- refusals, reported announcements, protests without a target ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt said it would not meet Qatar.", [("EGY", "QAT", "125")]),  # negated announcement
        ("Iran declined to release British sailors.", [("IRN", "GBRMIL", "1243")]),
        ("Israel refused to withdraw from Lebanon.", [("ISR", "LBN", "1246")]),
        # "would" reported by a past verb of saying is the reported "will": an announcement,
        # one side's intent (not both directions of the meeting)
        ("Iran said it would visit Syria.", [("IRN", "SYR", "036")]),
        ("Egypt said on Monday that it would meet Qatar.", [("EGY", "QAT", "036")]),
        ("Iran would visit Syria.", []),
    ],
)
def test_coder_refusals_and_reported_announcements(builtin_pipeline, text, expected):
    assert code(builtin_pipeline, text) == expected


def _builtin_with(pipeline, **options):
    from entente.pipeline import Pipeline

    return Pipeline(
        [(n, s.with_options(**options) if n == "events" else s) for n, s in pipeline.stages]
    )


def test_coder_refusals_option_off(builtin_pipeline):
    coder = _builtin_with(builtin_pipeline, refusals=False)
    assert code(coder, "Egypt said it would not meet Qatar.") == []
    assert code(coder, "Iran declined to release British sailors.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government of the place, or of the protesters' own country
        ("Thousands of Iraqis demonstrated in Basra.", [("IRQ", "IRQGOV", "141")]),
        ("Thousands of Egyptians took to the streets.", [("EGY", "EGYGOV", "141")]),
        # a protest in a purpose infinitive: the gathering is the protest
        (
            # a rally gathered to protest is CAMEO 141 (demonstrate or rally); the four-word gap
            # ("for a rally in Lagos") reaches "$ <gather> .. to protest +"
            "Thousands of Nigerians gathered for a rally in Lagos to protest the new law.",
            [("NGA", "NGAGOV", "141")],
        ),
        # … after a protest it is the same protest, by the same protesters
        (
            "Greeks staged a rally outside the U.S. embassy in Athens to protest against "
            "American support for Turkey.",
            [("GRC", "USAGOV", "141")],
        ),
        ("Iran demonstrated its new missile.", []),  # "demonstrate" as "show"
    ],
)
def test_coder_protests_without_a_target(builtin_pipeline, text, expected):
    assert code(builtin_pipeline, text) == expected


def test_coder_possessed_head_is_the_target(builtin_pipeline):
    """ "the party's leader Mahmoud Abbas": the leader is the target, not the party."""
    text = "Fatah activists rallied against the party's leader Mahmoud Abbas."
    assert code(builtin_pipeline, text) == [("PSEPTYFTH", "PSEGOV", "141")]


def test_coder_passive_without_actor_subject_when_no_dyad_required(builtin_pipeline):
    """ "A camp … was attacked by X": with ``require_dyad`` False the act is coded with no
    target; with it, not at all."""
    text = "A camp was attacked by Burundian militiamen."
    assert code(_builtin_with(builtin_pipeline, require_dyad=False), text) == [
        ("BDIUAF", None, "190")
    ]
    assert code(builtin_pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma list of three or more countries is a compound, even without "and"; its last
        # member may follow a phrase set off by commas ("and, with some reluctance, Hamas")
        (
            "Israel criticized Iran, Syria, the United States, and with some reluctance, Hamas.",
            [
                ("ISR", "IRN", "111"),
                ("ISR", "SYR", "111"),
                ("ISR", "USA", "111"),
                ("ISR", "PSEREBHMS", "111"),
            ],
        ),
        # two countries and a comma: an appositive, not a list
        ("Israel criticized Iran, Syria said.", [("ISR", "IRN", "111")]),
    ],
)
def test_coder_comma_list_of_countries(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria called Thursday on Jordan to close its border.", ("SYR", "JOR", "02")),
        ("France called on Monday on Iran to free the sailors.", ("FRA", "IRN", "02")),
    ],
)
def test_coder_call_on_after_a_date_is_an_appeal(builtin_pipeline, text, expected):
    roots = {(s[:3], t[:3] if t else None, c[:2]) for s, t, c in code(builtin_pipeline, text)}
    assert expected in roots and not any(c == "04" for _, _, c in roots)
