"""Evidence stage, part 1: the named furniture categories, matched by rules kept as data.

Each category has a table in ``newsclean/patterns/<category>.json``: rules per language, each a
regular expression with the examples it must match and the body sentences it must not
(docs/categories.md explains the format). This module only loads and applies the tables.

A rule applies to one stripped line. ``max_chars`` keeps a rule off long lines, so that a news
sentence that only mentions cookies or a hotline is never caught. For speed, the rules are
joined into one pattern per ``max_chars`` bucket: a line is searched once per bucket that can
hold it, and long body lines skip the tables entirely.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import import_module, resources
from itertools import accumulate
from typing import Any

import ahocorasick
import regex

# The standard library's regular-expression parser reads the patterns for required_literals(). It
# is private: should a Python release move it, every rule is simply tried on every line.
_parser: Any
_constants: Any
try:
    _parser = import_module("re._parser")
    _constants = import_module("re._constants")
except ImportError:
    _parser = _constants = None

# When rules of several categories match one line, the earliest match wins; on a tie, this order.
CATEGORY_ORDER: tuple[str, ...] = (
    "cookie_banner",
    "language_picker",
    "licence",
    "hotline",
    "editor",
    "copyright",
    "newsletter",
    "advertisement",
    "share",
    "comments",
    "related",
    "navigation",
    "boilerplate",
)

FLAGS = regex.IGNORECASE | regex.UNICODE
NO_LIMIT = 1 << 30
_MIN_NEED_CHARS = 2
_MAX_SPELLINGS = 32
_MAX_CLASS_CHARS = 4
_UNICODE_PROPERTY = regex.compile(r"\\[pP]\{[^}]{1,40}\}")


@dataclass(frozen=True)
class Rule:
    """One row of a pattern table."""

    category: str
    lang: str
    name: str
    pattern: str
    max_chars: int
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    @property
    def id(self) -> str:
        """The name shown in :attr:`newsclean.Line.rule`, e.g. ``cookie_banner.en.consent-sentence``."""
        return f"{self.category}.{'any' if self.lang == '*' else self.lang}.{self.name}"

    def matches(self, stripped_line: str) -> bool:
        """Whether this rule alone matches ``stripped_line`` (used by the tests of the tables)."""
        return len(stripped_line) <= self.max_chars and _compiled(self.pattern).search(stripped_line) is not None


@cache
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, FLAGS)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every rule of every table, in :data:`CATEGORY_ORDER` then file order."""
    rules: list[Rule] = []
    folder = resources.files("newsclean") / "patterns"
    for category in CATEGORY_ORDER:
        table = folder / f"{category}.json"
        if not table.is_file():
            continue
        data = json.loads(table.read_text(encoding="utf-8"))
        for row in data["rules"]:
            rules.append(
                Rule(
                    category=category,
                    lang=row["lang"],
                    name=row["name"],
                    pattern=row["pattern"],
                    max_chars=int(row.get("max_chars") or NO_LIMIT),
                    examples=tuple(row.get("examples", ())),
                    counter_examples=tuple(row.get("counter_examples", ())),
                )
            )
    return tuple(rules)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case strings of which every match of ``pattern`` contains at least one; ``None`` if unknown.

    Read off the pattern's syntax tree (the standard library's parser): a run of literal
    characters (or of small classes such as ``[网網]``, spelt out) in a sequence is required; an
    alternation requires one of its branches' requirements; a repeat of at least one requires
    its body's. Of a sequence's candidates the most selective is kept. ``\\p{...}`` classes are
    read as ``\\w`` (they hold no literal); a pattern the standard parser still cannot read gets
    ``None`` and is always tried: the gate may only skip lines that cannot match.
    """
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(_UNICODE_PROPERTY.sub(r"\\w", pattern))
    except Exception:  # regex-module syntax the standard parser does not know
        return None
    needs = _sequence_needs(list(parsed))
    if needs is None or min(len(need) for need in needs) < _MIN_NEED_CHARS:
        return None
    return frozenset(needs)


def _spelt_out(run: list[set[str]]) -> set[str]:
    spellings = {""}
    for choices in run:
        if len(spellings) * len(choices) > _MAX_SPELLINGS:
            break
        spellings = {head + tail for head in spellings for tail in choices}
    return spellings


def _small_class(op: Any, value: Any) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(value).lower()}
    if op is _constants.IN and len(value) <= _MAX_CLASS_CHARS and all(
        item_op is _constants.LITERAL for item_op, _ in value
    ):
        return {chr(code).lower() for _, code in value}
    return None


def _sequence_needs(items: list[tuple[Any, Any]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[set[str]] = []
    for op, value in items:
        choices = _small_class(op, value)
        if choices is not None:
            run.append(choices)
            continue
        if run:
            candidates.append(_spelt_out(run))
            run = []
        inner = _item_needs(op, value)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(_spelt_out(run))
    if not candidates:
        return None
    return max(candidates, key=lambda needs: min(len(need) for need in needs))


def _item_needs(op: Any, value: Any) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        return _sequence_needs(list(value[-1]))
    if op is _constants.ATOMIC_GROUP:
        return _sequence_needs(list(value))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        return _sequence_needs(list(value[2])) if value[0] >= 1 else None
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            needs = _sequence_needs(list(branch))
            if needs is None:
                return None
            union |= needs
        return union
    return None


class RuleSet:
    """All tables compiled for matching the lines of a page.

    Most rules need some literal text (``required_literals``): a page is scanned once for each
    such string, and a rule is tried only on the lines that hold one of its strings. The few
    rules without one are joined into one pattern per ``max_chars`` value and tried on every
    line they fit. A line longer than every limit is never searched.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._order = {rule: (CATEGORY_ORDER.index(rule.category), k) for k, rule in enumerate(rules)}
        by_need: dict[str, set[Rule]] = {}
        ungated: list[Rule] = []
        for rule in rules:
            needs = required_literals(rule.pattern)
            if needs is None:
                ungated.append(rule)
                continue
            for need in needs:
                by_need.setdefault(need, set()).add(rule)
        # One Aho-Corasick scan of the page finds every occurrence of every need, overlaps included.
        self._needs = ahocorasick.Automaton()
        for need, gated in by_need.items():
            self._needs.add_word(need, (len(need), frozenset(gated)))
        if by_need:
            self._needs.make_automaton()
        self._buckets: list[tuple[int, regex.Pattern[str], list[Rule]]] = []
        for limit in sorted({rule.max_chars for rule in ungated}):
            members = [rule for rule in ungated if rule.max_chars == limit]
            alternation = "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(members))
            self._buckets.append((limit, regex.compile(alternation, FLAGS), members))
        self.longest = max((rule.max_chars for rule in rules), default=0)

    def match(self, stripped_line: str) -> Rule | None:
        """The rule that claims ``stripped_line``, or ``None``."""
        return self.match_lines([stripped_line])[0]

    def match_lines(self, stripped_lines: list[str]) -> list[Rule | None]:
        """The rule that claims each of ``stripped_lines`` (``None`` for none).

        The leftmost match in a line wins; rules matching at the same place are ranked by
        :data:`CATEGORY_ORDER`, then by their order in the table.
        """
        lowered = [line.lower() if len(line) <= self.longest else "" for line in stripped_lines]
        page = "\n".join(lowered)
        starts = list(accumulate((len(line) + 1 for line in lowered), initial=0))
        candidates: dict[int, set[Rule]] = {}
        if len(self._needs):
            for end, (size, gated) in self._needs.iter(page):
                index = bisect_right(starts, end - size + 1) - 1
                candidates.setdefault(index, set()).update(gated)
        return [
            self._best(line, candidates.get(index, ())) if lowered[index] else None
            for index, line in enumerate(stripped_lines)
        ]

    def _best(self, line: str, gated: Iterable[Rule]) -> Rule | None:
        size = len(line)
        best: tuple[int, tuple[int, int], Rule] | None = None
        for rule in gated:
            if size <= rule.max_chars:
                found = _compiled(rule.pattern).search(line)
                if found is not None:
                    key = (found.start(), self._order[rule], rule)
                    best = key if best is None or key[:2] < best[:2] else best
        for limit, pattern, members in self._buckets:
            if size <= limit:
                found = pattern.search(line)
                if found is not None and found.lastgroup is not None:
                    rule = members[int(found.lastgroup[1:])]
                    key = (found.start(), self._order[rule], rule)
                    best = key if best is None or key[:2] < best[:2] else best
        return best[2] if best else None


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The rule set built from the tables shipped with the package (built once per process)."""
    return RuleSet(load_rules())
