"""Session 10 speed work on the actor stage keeps every answer: the gapped matcher's sentence
test finds its phrases by their two rarest words (:meth:`GappedMatcher._has_gapped_phrase`) and
says what the pairs of consecutive words zipped over the sentence said; the tokenizer reads a
token that starts with an ASCII letter with one rule (initialism, else word) and splits alike;
the tokenizer's caches are emptied at each article (:func:`clear_caches`); an article is copied
without ``dataclasses.replace``; a sentence takes the date of its own segment; and the
resolver skips the rules whose word is not before the phrase (a former office-holder, an owner,
a title before a surname)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import random
import re
from itertools import compress, count, pairwise

import pytest

from conftest import mention_codes
from entente.actors import resolve
from entente.actors.kb import KnowledgeBase
from entente.actors.petrarch import (
    _COMMON_WORDS,
    GappedMatcher,
    _gap_between,
    is_modifier,
    load_petrarch_actors,
)
from entente.actors.resolve import ActorResolver
from entente.api import sample_corpus
from entente.ingest import Skipped, read_paths
from entente.model import Article, Segment, Sentence
from entente.text.segment import SegmentStage
from entente.text.tokenize import clear_caches, split_words

tokenizer = importlib.import_module("entente.text.tokenize")  # (the package names a function so)

# Invented PETRARCH actors (the format of ``.actors.txt`` files): multi-word names whose words
# may stand apart, one of them made of common words and a name of its own.
_ACTORS = """\
GONDOR_STATE_RADIO [GONMED]
RIVENDELL_PEACE_COUNCIL [RIVGOV]
NORTHERN_ARNOR_FREEDOM_FRONT [ARNREB]
THE_WHITE_COUNCIL_OF_ERIADOR [ERIGOV]
ERIADOR [ERI]
SAID_AND_DONE_PARTY [ERIPTY]
"""


@pytest.fixture(scope="module")
def gapped_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("petrarch") / "Invented.actors.txt"
    path.write_text(_ACTORS, encoding="utf-8")
    kb = KnowledgeBase()
    load_petrarch_actors(kb, path)
    return kb


@pytest.fixture(scope="module")
def gapped(gapped_kb: KnowledgeBase) -> GappedMatcher:
    return GappedMatcher(gapped_kb)


def _zipped_pairs(gapped: GappedMatcher, texts: list[str], norms: list[str]) -> bool:
    """The sentence test as first written: every pair of consecutive words of a phrase zipped
    over the sentence one and two words apart, with modifiers between and every word of the
    phrase in the sentence."""
    present = set(norms)
    pairs: dict[tuple[str, str], list[frozenset[str]]] = {}
    for entries in gapped.index.values():
        for words, _ in entries:
            for pair in pairwise(words):
                pairs.setdefault(pair, []).append(frozenset(words))
    for distance in (2, 3):
        for j in compress(
            count(), map(pairs.__contains__, zip(norms, norms[distance:], strict=False))
        ):
            if all(is_modifier(texts[k]) for k in range(j + 1, j + distance)) and any(
                present.issuperset(words) for words in pairs[norms[j], norms[j + distance]]
            ):
                return True
    return False


def test_gap_between_finds_one_or_two_modifiers_between_consecutive_words():
    words = split_words("The Gondor evil state-run Radio said Gondor Radio and Gondor radio")
    assert _gap_between(words.texts, words.norms, (("gondor", "radio"),))  # two modifiers
    words = split_words("Gondor Radio said that Gondor of Radio and Gondor, the Radio")
    assert not _gap_between(words.texts, words.norms, (("gondor", "radio"),))  # no modifiers
    words = split_words("Gondor Radio, then Gondor state Radio")  # (the second "Gondor")
    assert _gap_between(words.texts, words.norms, (("gondor", "radio"),))


def test_gapped_phrases_found_by_rare_key_words_as_by_zipped_pairs(gapped):
    keys = {key: set(seconds) for key, (seconds, _) in gapped._by_key.items()}
    assert "gondor" in keys or "radio" in keys
    assert not _COMMON_WORDS & keys.keys() - {"said"}  # (only the party of common words)
    assert "eriador" not in keys  # (a name of its own, common in news: not the key)
    rnd = random.Random(10)
    fill = "the evil state-run old said of and Minor , .".split()
    phrases = [words for entries in gapped.index.values() for words, _ in entries]
    tested = found = 0
    for _ in range(3000):
        written: list[str] = []
        for words in rnd.sample(phrases, 2):
            for word in words:
                written.append(word.capitalize())
                written.extend(rnd.choice(fill) for _ in range(rnd.choice([0, 0, 1, 2, 3])))
        toks = split_words(" ".join(written))
        expected = _zipped_pairs(gapped, toks.texts, toks.norms)
        assert gapped._has_gapped_phrase(toks.texts, toks.norms, set(toks.norms)) == expected
        tested, found = tested + 1, found + expected
    assert 300 < found < tested - 300


# the tokenizer's rules before session 10: the initialism and the word were two rules
_OLD_RULES = (
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"
    r"|[’']s\b"
    r"|\d\d*+(?:[.,]\d++)*+(?:-[A-Za-z]++)*+%?"
    r"|\w\w*+(?:[-’'.]\w++)*+"
    r"|[’']"
    r"|[^\w\s]"
)


def test_tokenizer_first_rule_reads_initialisms_and_words_as_two_rules_did():
    first = tokenizer._RULES.split("|[’']s")[0]
    assert all(re.fullmatch(first, word) for word in ["U.S.", "U.S.A.", "al-Qaeda", "Ya'alon"])
    old = re.compile("(" + _OLD_RULES + ")")
    old_ascii = re.compile("(" + _OLD_RULES.replace(r"[^\w\s]", r"[^\w\s\x1c-\x1f]") + ")", re.A)
    texts = [a.text for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]
    rnd = random.Random(10)
    pieces = [*"aZ.U'’s-_09,%é ÜİΣ\t\n", "U.S.", "'s", "40-day", "1,000.5", "al-Qaeda", " "]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert tokenizer._SPLIT.split(text) == old.split(text)
        if text.isascii():
            assert tokenizer._SPLIT_ASCII.split(text) == old_ascii.split(text)


def _article(n: int, text: str) -> Article:
    return SegmentStage()(Article.from_parts(id=f"a{n}", parts=[("body", text, None)]))


def test_actor_stage_keeps_one_articles_sentences_in_the_tokenizer_cache(builtin_resolver):
    first = _article(1, "Iran protested. Israel said so. Hamas denied it.")
    second = _article(2, "Egypt mediated. Qatar agreed.")
    builtin_resolver(first)
    assert split_words.cache_info().currsize == 3
    tokenizer.tokenize("Egypt mediated.", 0)
    builtin_resolver(second)
    assert split_words.cache_info().currsize == 2  # (the first article's sentences are gone)
    assert tokenizer._tokenize.cache_info().currsize == 0
    clear_caches()
    assert split_words.cache_info().currsize == 0


def test_evolve_copies_the_article_without_dataclasses_replace(monkeypatch):
    article = Article.from_parts(
        id="x", parts=[("body", "Iran said.", None)], published=dt.date(2020, 1, 2)
    )
    expected = dataclasses.replace(article, mentions=(), title="T")

    def no_replace(*args: object, **kwargs: object) -> None:
        raise AssertionError("dataclasses.replace")

    monkeypatch.setattr(dataclasses, "replace", no_replace)
    copied = article.evolve(mentions=(), title="T")
    assert copied == expected and type(copied) is Article and hash(copied) == hash(expected)
    assert article.evolve() == article and article.evolve() is not article
    monkeypatch.undo()
    with pytest.raises(TypeError):
        article.evolve(nonsense=1)


def test_sentences_take_the_date_of_their_own_segment(builtin_resolver, monkeypatch):
    text = "Iran protested.\n\nIsrael said so.\n\nHamas denied it."
    segments = (
        Segment("title", 0, 15, dt.date(2001, 1, 1)),
        Segment("body", 17, 32),
        Segment("caption", 34, 50, dt.date(2003, 3, 3)),
    )
    sentences = tuple(Sentence(k, s.start, s.end, k) for k, s in enumerate(segments))
    article = Article(
        "d", text, published=dt.date(2002, 2, 2), segments=segments, sentences=sentences
    )
    expected = [article.date_at(s.start) for s in sentences]
    dates: list[dt.date | None] = []
    resolve_sentence = ActorResolver.resolve_sentence

    def record(self, toks, index, date, context):  # type: ignore[no-untyped-def]
        dates.append(date)
        return resolve_sentence(self, toks, index, date, context)

    def no_search(self: Article, offset: int) -> None:
        raise AssertionError("date_at")

    monkeypatch.setattr(ActorResolver, "resolve_sentence", record)
    monkeypatch.setattr(Article, "date_at", no_search)
    builtin_resolver(article)
    assert dates == expected == [dt.date(2001, 1, 1), dt.date(2002, 2, 2), dt.date(2003, 3, 3)]
    # segments out of order (sentences naming the wrong one): the search, by offset
    monkeypatch.undo()
    shuffled = dataclasses.replace(article, segments=segments[::-1])
    monkeypatch.setattr(ActorResolver, "resolve_sentence", record)
    dates.clear()
    builtin_resolver(shuffled)
    assert dates == expected


def _refuse(name: str) -> object:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} asked")

    return refused


def test_no_former_office_holder_asked_without_a_former_word(builtin_resolver, monkeypatch):
    assert ("Iranian foreign minister", "IRNELI") in mention_codes(
        builtin_resolver, "The former Iranian foreign minister met Israeli officials."
    )
    monkeypatch.setattr(resolve, "_is_former", _refuse("_is_former"))
    codes = mention_codes(builtin_resolver, "The Iranian foreign minister met Israeli officials.")
    assert codes == [("Iranian foreign minister", "IRNGOV"), ("Israeli officials", "ISRGOV")]


def test_owner_and_title_rules_asked_only_after_their_word(builtin_resolver, monkeypatch):
    assert ("diplomats", "IRNGOV") in mention_codes(
        builtin_resolver, "Iran said its diplomats left."
    )
    assert ("foreign ministry", "CHNGOV") in mention_codes(
        builtin_resolver, "China, whose foreign ministry protested, said no."
    )
    monkeypatch.setattr(resolve, "_possessor", _refuse("_possessor"))
    monkeypatch.setattr(resolve, "_whose_owner", _refuse("_whose_owner"))
    monkeypatch.setattr(ActorResolver, "_titled_surname", _refuse("_titled_surname"))
    codes = mention_codes(builtin_resolver, "Iran said the diplomats and officials left on Monday.")
    assert codes == [("Iran", "IRN"), ("diplomats", "---GOV"), ("officials", "---GOV")]
    with pytest.raises(AssertionError, match="_titled_surname"):  # (a capital after "officials")
        mention_codes(builtin_resolver, "Iran said the officials met Governor Smithers.")


def test_resolver_binds_the_gapped_pass_once(gapped_kb):
    assert ActorResolver(KnowledgeBase())._extend_gapped is None  # (no PETRARCH name: no pass)
    resolver = ActorResolver(gapped_kb)
    assert resolver._extend_gapped == resolver.gapped.extend_words
