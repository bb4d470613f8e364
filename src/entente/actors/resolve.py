"""Turn phrase matches into actor mentions, in context.

Per sentence: dictionary matches are grouped into noun phrases ("Iranian military officials",
"Iran's foreign minister", "Hamas leader Ismail Haniyeh") and each phrase becomes one actor:
a named person (code by the article's date) wins over a group, a group over a country, and a
country combines with the highest-priority role noun. Across sentences, pronouns ("he", "they",
"its") and definite descriptions ("the movement", "the country", "the regime") take the last
compatible actor; an unknown person introduced with an appositive ("Yousef Ali, a Hamas
official,") keeps that actor when named again by surname.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from entente.actors.kb import KnowledgeBase, Sense
from entente.actors.matcher import Match, PhraseMatcher
from entente.model import Actor, Article, Mention
from entente.text.tokenize import Token, tokenize

__all__ = ["ActorResolver"]

# Words that may stand inside an actor phrase between dictionary matches.
_GLUE = frozenset(
    [
        "'s",
        "'",
        "senior",
        "top",
        "chief",
        "deputy",
        "acting",
        "former",
        "new",
        "then",
        "high-ranking",
        "high-level",
        "leading",
        "prominent",
        "exiled",
        "veteran",
        "hardline",
        "moderate",
        "powerful",
        "influential",
        "outgoing",
        "incoming",
        "interim",
        "caretaker",
        "visiting",
        "retired",
        "ousted",
        "late",
    ]
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "two", "three", "several", "some", "many", "dozens", "of", "hundreds"]
)
# Possessive determiners (its, his, their) are not mentions: "reduced its support for Hamas".
_PERSON_PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person"}
_THEY = frozenset({"they", "them"})
_IT = frozenset({"it"})
_GROUP_NOUNS = frozenset(
    [
        "group",
        "movement",
        "organization",
        "organisation",
        "militia",
        "faction",
        "party",
        "militants",
    ]
)
_STATE_NOUNS = frozenset(["country", "kingdom", "republic", "state", "emirate"])
_AFTER_OBJECT = frozenset(
    [
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "from",
        "by",
        "during",
        "after",
        "before",
        "as",
    ]
)
_REFERRING = frozenset(_PERSON_PRONOUNS) | _THEY | _IT | _GROUP_NOUNS | _STATE_NOUNS
_REGIME_NOUNS = {
    "regime": "GOV",
    "government": "GOV",
    "administration": "GOV",
    "army": "MIL",
    "military": "MIL",
}


@dataclass
class _Context:
    """What earlier sentences of the article introduced (for pronouns and descriptions)."""

    last_person: Actor | None = None
    last_group: Actor | None = None
    last_country: Actor | None = None
    last_plural: Actor | None = None
    last_any: Actor | None = None
    surnames: dict[str, Actor] = field(default_factory=dict)
    groups: dict[str, Actor] = field(default_factory=dict)  # group code -> group actor

    def remember(self, actor: Actor) -> None:
        self.last_any = actor
        if actor.kind == "person":
            self.last_person = actor
            if actor.code in self.groups:  # a Hamas leader makes Hamas "the movement"
                self.last_group = self.groups[actor.code]
        elif actor.kind in ("group", "igo"):
            self.last_group = actor
            self.last_plural = actor
        else:
            if actor.country:
                self.last_country = actor
            self.last_plural = actor


class ActorResolver:
    """Resolve every actor mention of an article (the ``actors`` stage)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(kb)
        self.groups = {
            e.code: self.kb.actor(e.code, name=e.name, kind=e.kind)
            for e in reversed(kb.entries)
            if e.kind in ("group", "igo")
        }

    def __call__(self, article: Article) -> Article:
        context = _Context(groups=self.groups)
        mentions: list[Mention] = []
        for sent in article.sentences:
            tokens = tokenize(article.text[sent.start : sent.end], sent.start)
            date = article.date_at(sent.start)
            mentions.extend(self.resolve_sentence(tokens, sent.index, date, context))
        return article.evolve(mentions=tuple(mentions))

    # -- one sentence ---------------------------------------------------------------------
    def resolve_sentence(
        self, tokens: list[Token], index: int, date: dt.date | None, context: _Context
    ) -> list[Mention]:
        """RETURNS (list[Mention]): the actor mentions of one tokenised sentence."""
        matches = self.matcher.match(tokens, "")
        phrases = _attach_places(_group(matches, tokens), tokens)
        found: list[Mention] = []
        covered: set[int] = set()
        spans: list[tuple[int, int]] = []
        for group in phrases:
            mention = self._phrase_mention(group, tokens, index, date, context)
            if mention is not None:
                found.append(mention)
                spans.append((group[0].start, group[-1].end))
                covered.update(range(group[0].start, group[-1].end))
        found = _named_by_role(tokens, index, found, spans, covered, context)
        found.extend(self._references(tokens, index, covered, context, found))
        found.sort(key=lambda m: m.start)
        for mention in found:
            context.remember(mention.actor)
        return found

    def _phrase_mention(
        self,
        group: list[Match],
        tokens: list[Token],
        index: int,
        date: dt.date | None,
        context: _Context,
    ) -> Mention | None:
        start, end = tokens[group[0].start].start, tokens[group[-1].end - 1].end
        actor, via = self._phrase_actor(group, date)
        if actor is None:
            # bare role noun: "the regime", "the army" → last country mentioned
            head = tokens[group[-1].end - 1].norm
            before = tokens[group[0].start - 1].norm if group[0].start else ""
            if head in _REGIME_NOUNS and before == "the" and context.last_country is not None:
                country = context.last_country.country or ""
                actor = self.kb.actor(country + _REGIME_NOUNS[head])
                return Mention(start, end, index, actor, "description")
            sector = _best_agent(group)
            if sector is None:
                return None
            actor = self.kb.actor("---" + sector, kind="agent")
            via = "agent"
        if actor.kind == "person":
            actor = self._titled_person(group, tokens, date, actor)
            surname = tokens[group[-1].end - 1].norm
            context.surnames.setdefault(surname, actor)
        elif _is_former(group, tokens) and _best_agent_sense(group) is not None:
            # "a former CIA official", "Iran's former foreign minister": a former office-holder
            home = actor.country
            if actor.code.startswith("---") or (home and actor.code[3:6] in _STATE_SECTORS):
                actor = self.kb.actor((home or "---") + "ELI", kind="country" if home else "agent")
        return Mention(start, end, index, actor, via)

    def _titled_person(
        self, group: list[Match], tokens: list[Token], date: dt.date | None, actor: Actor
    ) -> Actor:
        """A title before a name ("Prime Minister Scott Morrison") that names an office the person
        held is trusted when the article's date is outside every known role of the person (or
        unknown: an undated "President Yoweri Museveni" is UGAGOV, not his default code)."""
        entry = next(
            (
                m.senses[0].entry
                for m in group
                if m.senses[0].function == "name"
                and m.senses[0].entry is not None
                and m.senses[0].entry.kind == "person"
            ),
            None,
        )
        if entry is None or not entry.roles or any(r.covers(date) for r in entry.roles):
            return actor
        if _is_former(group, tokens):
            return actor
        for m in group:
            sense = m.senses[0]
            if sense.entry is entry:
                break
            if sense.function == "agent" and sense.sector:
                for role in entry.roles:
                    if role.code == f"{entry.country}{sense.sector}":
                        return self.kb.actor(role.code, name=entry.name, kind="person")
        return actor

    def _phrase_actor(self, group: list[Match], date: dt.date | None) -> tuple[Actor | None, str]:
        senses = [_by_date(m.senses, date) for m in group]
        for rank in ("person", "group", "igo"):
            for sense in senses:
                if (
                    sense.entry is not None
                    and sense.entry.kind == rank
                    and sense.function in ("name", "population")
                ):
                    entry = sense.entry
                    code = entry.code_on(date)
                    via = "role" if entry.roles else "dictionary"
                    return self.kb.actor(code, name=entry.name, kind=rank), via
        for sense in senses:
            if sense.function == "seat" and sense.code:
                agent = _best_agent_sense(group)
                place = sense.entry
                if (
                    agent is not None
                    and agent.sector
                    and place is not None
                    and place.kind == "country"
                    and sense.code == place.code + "GOV"
                ):
                    # a capital with a role noun: "Kyiv police" is UKRCOP, not the government
                    return self.kb.actor(place.code + agent.sector, kind="country"), "agent"
                return self.kb.actor(sense.code), "dictionary"
        country = next((s.entry for s in senses if s.entry is not None), None)
        if country is None:
            return None, ""
        agent = _best_agent_sense(group)
        if agent is not None and agent.sector:
            code = agent.sector + country.code if agent.prepend else country.code + agent.sector
            return self.kb.actor(code, kind="country"), "agent"
        state = self.kb.countries.get(country.code, country)  # a place or territory: its state
        return self.kb.actor(country.code, name=state.name), "dictionary"

    def _references(
        self,
        tokens: list[Token],
        index: int,
        covered: set[int],
        context: _Context,
        found: list[Mention],
    ) -> list[Mention]:
        """Pronouns, definite descriptions and surnames of people introduced earlier."""
        out: list[Mention] = []
        norms = {t.norm for t in tokens}
        if norms.isdisjoint(_REFERRING) and norms.isdisjoint(context.surnames):
            return out
        local = _Context(**vars(context))
        pending = sorted(found, key=lambda m: m.start)
        k = 0
        for i, tok in enumerate(tokens):
            while k < len(pending) and pending[k].start <= tok.start:
                local.remember(pending[k].actor)
                k += 1
            if i in covered or not (tok.norm in _REFERRING or tok.norm in local.surnames):
                continue
            actor, via = self._reference(tokens, i, local)
            if actor is not None:
                out.append(Mention(tok.start, tok.end, index, actor, via))
        return out

    def _reference(self, tokens: list[Token], i: int, ctx: _Context) -> tuple[Actor | None, str]:
        tok = tokens[i]
        norm = tok.norm
        if norm in _PERSON_PRONOUNS and ctx.last_person is not None:
            following = tokens[i + 1].norm if i + 1 < len(tokens) else "."
            if norm == "her" and following[:1].isalpha() and following not in _AFTER_OBJECT:
                return None, ""  # "her government": a possessive, not the person
            return ctx.last_person, "pronoun"
        if norm in _THEY and ctx.last_plural is not None:
            return ctx.last_plural, "pronoun"
        if norm in _IT and (ctx.last_group or ctx.last_country) is not None:
            return (ctx.last_group or ctx.last_country), "pronoun"
        prev = tokens[i - 1].norm if i else ""
        if prev == "the" and (i + 1 == len(tokens) or tokens[i + 1].norm not in ("of",)):
            if norm in _GROUP_NOUNS and ctx.last_group is not None:
                return ctx.last_group, "description"
            if norm in _STATE_NOUNS and ctx.last_country is not None:
                code = ctx.last_country.country or ctx.last_country.code
                return self.kb.actor(code), "description"
        if tok.text[:1].isupper() and norm in ctx.surnames:
            return ctx.surnames[norm], "surname"
        return None, ""


def _group(matches: list[Match], tokens: list[Token]) -> list[list[Match]]:
    """Group adjacent matches (allowing glue words) into actor phrases."""
    groups: list[list[Match]] = []
    for m in matches:
        if groups:
            prev = groups[-1][-1]
            between = [t.norm for t in tokens[prev.end : m.start]]
            # "Israel's security cabinet": one plain word may stand between a possessive and
            # the role noun it qualifies
            possessive_modifier = (
                len(between) == 2
                and between[0] in ("'s", "'")
                and between[1].isalpha()
                and m.senses[0].function == "agent"
            )
            if (all(w in _GLUE for w in between) or possessive_modifier) and _can_join(
                groups[-1], m, between
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _kind(match: Match) -> str:
    sense = match.senses[0]
    if sense.function == "agent":
        return "agent"
    if sense.function == "adjective":
        return "adjective"
    if sense.entry is not None and sense.function in ("name", "population"):
        return sense.entry.kind
    return "seat"


def _can_join(group: list[Match], m: Match, between: list[str]) -> bool:
    kinds = [_kind(x) for x in group]
    new = _kind(m)
    named = [k for k in kinds if k in ("person", "group", "igo", "country", "seat")]
    if new in ("agent", "adjective"):
        # "Iranian officials", "Hamas leader"; but not "Hamas Iranian" (two modifiers of names)
        return not (new == "adjective" and named)
    if not named:
        return True  # "Foreign Minister Zarif", "Iranian Foreign Minister Zarif"
    # a second name joins only as the head of a modifier: "Iran's Revolutionary Guards",
    # "Hamas leader Ismail Haniyeh", "U.S. Secretary of State ..." – never two countries.
    if new == "person":
        return True
    if new in ("group", "igo") and set(named) <= {"country", "seat"}:
        return "'s" in between or "'" in between or kinds[-1] == "country"
    return False


def _best_agent(group: list[Match]) -> str | None:
    best = _best_agent_sense(group)
    return best.sector if best else None


def _best_agent_sense(group: list[Match]) -> Sense | None:
    """The highest-priority role noun of a phrase (``prepend``: its code goes first, NGO~)."""
    best: Sense | None = None
    for m in group:
        sense = m.senses[0]
        if sense.function == "agent" and (best is None or sense.priority > best.priority):
            best = sense
    return best


_INSTITUTIONAL = frozenset({"GOV", "JUD", "LEG", "COP", "SPY"})
_STATE_SECTORS = _INSTITUTIONAL | {"MIL"}
_FORMER = frozenset({"former", "ex", "ex-", "retired"})


def _is_former(group: list[Match], tokens: list[Token]) -> bool:
    """True when "former"/"retired"/"ex" stands in the phrase or just before it ("a former")."""
    first = group[0].start
    span = [t.norm for t in tokens[first : group[-1].end]]
    if first and tokens[first - 1].norm in _FORMER:
        return True
    return any(w in _FORMER for w in span)


_NAMED = ("country", "seat")


def _is_role_only(group: list[Match]) -> bool:
    return all(m.senses[0].function == "agent" for m in group)


def _is_place(group: list[Match]) -> bool:
    return all(_kind(m) in _NAMED for m in group) and len(group) == 1


def _attach_places(groups: list[list[Match]], tokens: list[Token]) -> list[list[Match]]:
    if len(groups) < 2 or not any(_is_role_only(g) for g in groups):
        return groups
    return _attach_places_to(groups, tokens)


def _attach_places_to(groups: list[list[Match]], tokens: list[Token]) -> list[list[Match]]:
    """Give a role noun without a country the country named next to it:
    "the Emir of Qatar", "delegates from Kenya", "authorities in Yemen" (institutions only),
    and "Kosovo Municipality Association (AKK) officials" (a capitalised name in between)."""
    out: list[list[Match]] = []
    i = 0
    while i < len(groups):
        group = groups[i]
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if _is_role_only(group) and nxt is not None and _is_place(nxt):
            between = [t.norm for t in tokens[group[-1].end : nxt[0].start] if t.norm != "the"]
            sector = _best_agent(group)
            if between in (["of"], ["from"]) or (between == ["in"] and sector in _INSTITUTIONAL):
                out.append(group + nxt)
                i += 2
                continue
        if _is_role_only(group) and out and _is_place(out[-1]):
            gap = tokens[out[-1][-1].end : group[0].start]
            if 0 < len(gap) <= 6 and all(t.text[:1].isupper() or t.text in "()'s" for t in gap):
                out[-1] = out[-1] + group
                i += 1
                continue
        out.append(group)
        i += 1
    return out


_NAME_PARTICLES = frozenset("al el bin ibn abu abd de da del der van von la le".split())
_APPOSITIVE_LEAD = frozenset("a an the senior top former deputy".split())


def _name_run(tokens: list[Token], end: int, covered: set[int]) -> int:
    """Start of the run of capitalised, unmatched name tokens ending before ``end`` (``end`` when
    there is none): "Yousef Hammad", "Saleh al-Arouri", "Abu Mohammed al-Jolani"."""
    start = end
    while start > 0:
        tok = tokens[start - 1]
        if start - 1 in covered:
            break
        word = tok.text.replace("-", "").replace("'", "")
        if (word[:1].isupper() and word.isalpha()) or (tok.norm in _NAME_PARTICLES and start < end):
            start -= 1
            continue
        break
    while start < end and tokens[start].norm in _NAME_PARTICLES:
        start += 1
    return start if end - start >= 2 else end


def _named_by_role(
    tokens: list[Token],
    index: int,
    found: list[Mention],
    spans: list[tuple[int, int]],
    covered: set[int],
    context: _Context,
) -> list[Mention]:
    """People the knowledge base does not know, named next to their role: "Yousef Hammad, a
    Hamas official," and "Hamas official Yousef Hammad" take the role's actor; the surname alone
    refers to them later in the article."""
    out = list(found)
    for mention, (first, last) in zip(found, spans, strict=True):
        if mention.actor.kind == "person" or mention.actor.code.startswith("---"):
            continue
        name: tuple[int, int] | None = None
        comma = first - 1
        while comma >= 0 and tokens[comma].norm in _APPOSITIVE_LEAD:
            comma -= 1
        if comma > 0 and tokens[comma].norm == ",":  # "Yousef Hammad, a Hamas official,"
            start = _name_run(tokens, comma, covered)
            if start < comma:
                name = (start, comma)
        elif last < len(tokens):  # "Hamas official Yousef Hammad"
            stop = last
            while (
                stop < len(tokens)
                and stop not in covered
                and (tokens[stop].text[:1].isupper() or tokens[stop].norm in _NAME_PARTICLES)
                and tokens[stop].text.replace("-", "").isalpha()
            ):
                stop += 1
            if stop - last >= 2 and tokens[stop - 1].text[:1].isupper():
                name = (last, stop)
        if name is None:
            continue
        text = " ".join(t.text for t in tokens[name[0] : name[1]])
        person = Actor(
            mention.actor.code, text, mention.actor.country, mention.actor.sectors, "person"
        )
        out.append(
            Mention(tokens[name[0]].start, tokens[name[1] - 1].end, index, person, "appositive")
        )
        covered.update(range(*name))
        context.surnames.setdefault(tokens[name[1] - 1].norm, person)
    return sorted(out, key=lambda m: m.start)


def _by_date(senses: tuple[Sense, ...], date: dt.date | None) -> Sense:
    """The sense to use: among people sharing a name ("President Bush", "Assad"), the one in
    office on the article's date, else the one whose office is the most recent before it;
    otherwise the first (latest-loaded) sense."""
    people = [s for s in senses if s.entry is not None and s.entry.kind == "person"]
    if len(people) < 2 or date is None:
        return senses[0]
    for sense in people:
        if any(r.covers(date) and not r.code.endswith("ELI") for r in sense.entry.roles):  # type: ignore[union-attr]
            return sense

    def latest(sense: Sense) -> dt.date:
        ends = [r.end or date for r in sense.entry.roles if r.start is None or r.start <= date]  # type: ignore[union-attr]
        return max(ends, default=dt.date.min)

    return max(people, key=latest)
