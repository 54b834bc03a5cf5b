"""Evidence stage, part 1: the named furniture categories, matched by rules kept as data.

Each category has a table in ``newsclean/patterns/<category>.json``: rules per language, each a
regular expression with the examples it must match and the body sentences it must not
(docs/categories.md explains the format). This module only loads and applies the tables.

A rule applies to one stripped line. ``max_chars`` keeps a rule off long lines, so that a news
sentence that only mentions cookies or a hotline is never caught. For speed, a rule is tried
only on lines that could match it: lines that open with a string every match of it opens with
(:func:`required_opening`), or that hold a string every match of it contains
(:func:`required_literals`); long body lines skip the tables entirely.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import import_module, resources
from itertools import chain
from typing import Any

import ahocorasick
import regex

# The standard library's regular-expression parser reads the patterns for required_literals() and
# required_opening(). It is private: should a Python release move it, every rule is simply tried on
# every line.
_parser: Any
_constants: Any
try:
    _parser = import_module("re._parser")
    _constants = import_module("re._constants")
except ImportError:
    _parser = _constants = None
_REPEATS = () if _constants is None else (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

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
_GATE_KEY_CHARS = 16
# The trie of openings holds every head of every opening; ten characters tell lines apart as well
# as whole openings ("klick, um einem freund ...") and keep the trie, built once per process, small.
_MAX_OPENING_CHARS = 10
_MAX_CLASS_CHARS = 5  # [二三初复複]审: the five ordinal prefixes of a Chinese review credit
_UNICODE_PROPERTY = regex.compile(r"\\[pP]\{[^}]{1,40}\}")
# Every character str.isspace() knows (none is past U+3000): all that the regex module's \s matches.
_COMBINING_DOT = "\u0307"
_WHITESPACE = "".join(char for char in map(chr, range(0x3001)) if char.isspace())


# What a rule anchored at the start of a line lets it open with: the separators it skips, then one of these strings.
Opening = tuple[str, frozenset[str]]


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
    ``None`` and is always tried: the gate may only skip lines that cannot match. So does a
    pattern that may need no more than one letter or digit, which most lines hold.
    """
    items = _parsed(pattern)
    needs = None if items is None else _sequence_needs(items)
    if needs is None or not all(_selective(need) for need in needs):
        return None
    return frozenset(needs)


def required_opening(pattern: str) -> Opening | None:
    """For a pattern anchored at the start of a line: what it may skip there, and what must follow.

    Returns the characters of a leading run the pattern skips (``^[\\s|·•]*+`` in most tables)
    and the lower-case strings of which a matching line, past all of that run, starts with one (no
    opening starts with a skipped character, so a match skips the whole run); ``None`` for a
    pattern not anchored so, or whose opening cannot be read off its syntax tree (see
    :func:`required_literals`).
    """
    tree = _syntax_tree(pattern)
    if tree is None:
        return None
    flags, top = tree
    # With (?m), ^ also matches after a line break inside the string.
    if flags & _constants.SRE_FLAG_MULTILINE or top[:1] != ((_constants.AT, _constants.AT_BEGINNING),):
        return None
    items = list(top[1:])
    skipped = ""
    if items and items[0][0] in _REPEATS:
        body = list(items[0][1][2])
        skipped_chars = _uncased_chars(body[0][1]) if len(body) == 1 and body[0][0] is _constants.IN else None
        if skipped_chars is None:
            return None
        skipped, items = skipped_chars, items[1:]
    openings = _sequence_openings(items)
    if openings is None or any(opening[:1] in ("", *skipped) for opening in openings):
        return None
    return skipped, frozenset(openings)


def pattern_gates(pattern: str) -> tuple[Opening | None, frozenset[str] | None]:
    """:func:`required_opening` and :func:`required_literals` of ``pattern``.

    Reading them off the syntax trees takes about half a second for all the tables, so the
    package ships them, computed by ``tools/write_pattern_gates.py``, in
    ``resources/pattern_gates.json``; a pattern the file does not hold (one just edited) is read
    here. ``tests/test_patterns.py`` checks that the file holds every pattern's gates as read.
    """
    shipped = _shipped_gates().get(gate_key(pattern))
    if shipped is None:
        return required_opening(pattern), required_literals(pattern)
    opening, literals = shipped["opening"], shipped["literals"]
    return (
        None if opening is None else (opening[0], frozenset(opening[1])),
        None if literals is None else frozenset(literals),
    )


def gate_key(pattern: str) -> str:
    """The key of ``pattern``'s gates in the shipped file: a digest of the pattern, so that an
    edited pattern misses its old gates."""
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:_GATE_KEY_CHARS]


@lru_cache(maxsize=1)
def _shipped_gates() -> dict[str, Any]:
    folder = resources.files("newsclean") / "resources"
    gates: dict[str, Any] = json.loads((folder / "pattern_gates.json").read_text(encoding="utf-8"))
    return gates


def _parsed(pattern: str) -> list[tuple[Any, Any]] | None:
    tree = _syntax_tree(pattern)
    return None if tree is None else list(tree[1])


@cache
def _syntax_tree(pattern: str) -> tuple[int, tuple[tuple[Any, Any], ...]] | None:
    """The global flags and top-level items of ``pattern`` as the standard parser reads it (once:
    parsing is slow)."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(_UNICODE_PROPERTY.sub(r"\\w", pattern))
    except Exception:  # regex-module syntax the standard parser does not know
        return None
    return parsed.state.flags, tuple(parsed)


def _uncased_chars(items: list[tuple[Any, Any]]) -> str | None:
    """The characters of a class of uncased literals and ``\\s`` (``None`` for any other class)."""
    chars = []
    for op, value in items:
        if op is _constants.CATEGORY and value is _constants.CATEGORY_SPACE:
            chars.append(_WHITESPACE)
        elif op is _constants.LITERAL and chr(value).lower() == chr(value).upper():
            chars.append(chr(value))
        else:
            return None
    return "".join(chars)


def _sequence_openings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Lower-case strings one of which every match of the sequence ``items`` starts with."""
    run: list[set[str]] = []
    for op, value in items:
        choices = _choices(op, value)
        if choices is None:
            break
        run.append(choices)
    if run:
        return _run_and_after(run, items[len(run):])
    if not items:
        return None
    (op, value), rest = items[0], items[1:]
    if op is _constants.SUBPATTERN:
        return _sequence_openings(list(value[-1]) + rest)
    if op is _constants.ATOMIC_GROUP:
        return _sequence_openings(list(value) + rest)
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            openings = _sequence_openings(list(branch) + rest)
            if openings is None:
                return None
            union |= openings
        return union
    if op in _REPEATS:
        body = _sequence_openings(list(value[2]))
        if value[0] >= 1 or body is None:
            return body
        after = _sequence_openings(rest)  # the repeat may match nothing
        return None if after is None else body | after
    return None


def _selective(need: str) -> bool:
    """Whether few lines hold ``need``: a string of two characters or more, or a symbol such as ©."""
    return len(need) >= _MIN_NEED_CHARS or (need != "" and not (need.isalnum() or need.isspace()))


def _spelt_out(run: list[set[str]]) -> set[str]:
    spellings = {""}
    for choices in run:
        if len(spellings) * len(choices) > _MAX_SPELLINGS:
            break
        spellings = {head + tail for head in spellings for tail in choices}
    return spellings


def _choices(op: Any, value: Any) -> set[str] | None:
    """What one item of a sequence matches, if it is a character, a small class or an optional one (``\\.?``)."""
    if op in _REPEATS and value[:2] == (0, 1) and len(value[2]) == 1:
        optional = _small_class(*value[2][0])
        return None if optional is None else optional | {""}
    return _small_class(op, value)


def _small_class(op: Any, value: Any) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(value).lower()}
    if op is _constants.IN and len(value) <= _MAX_CLASS_CHARS and all(
        item_op is _constants.LITERAL for item_op, _ in value
    ):
        return {chr(code).lower() for _, code in value}
    return None


def _run_and_after(run: list[set[str]], rest: list[tuple[Any, Any]]) -> set[str]:
    """The spellings of a run of characters, followed by the openings of what comes after it
    when they can be read ("I" before "(?:ČO|CO|Č)", which the parser factored out, needs "ič")."""
    spellings = _spelt_out(run)
    complete = math.prod(map(len, run)) <= _MAX_SPELLINGS  # not cut short by _spelt_out
    after = _sequence_openings(rest) if complete and rest else None
    if after is None or "" in after or len(spellings) * len(after) > _MAX_SPELLINGS:
        return spellings
    return {head + tail for head in spellings for tail in after}


def _sequence_needs(items: list[tuple[Any, Any]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[set[str]] = []
    for position, (op, value) in enumerate(items):
        choices = _choices(op, value)
        if choices is not None:
            run.append(choices)
            continue
        if run:
            candidates.append(_run_and_after(run, items[position:]))
            run = []
        inner = _item_needs(op, value)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(_spelt_out(run))
    if not candidates:
        return None
    return max(candidates, key=lambda needs: (all(map(_selective, needs)), min(map(len, needs))))


def _item_needs(op: Any, value: Any) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        return _sequence_needs(list(value[-1]))
    if op is _constants.ATOMIC_GROUP:
        return _sequence_needs(list(value))
    if op in _REPEATS:
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

    A cheap gate keeps most rules off most lines. A rule anchored at the start of a line is tried
    only on lines that open with one of its openings (:func:`required_opening`), past a run of
    separators: a menu or button rule, on lines that start with a menu word. Any other rule that
    needs some literal text (:func:`required_literals`) is tried only on lines that hold one of its
    strings, which one Aho-Corasick scan of a line finds. The few rules with neither gate are tried
    on every line they fit. A line longer than every limit is never searched.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._order = {rule: (CATEGORY_ORDER.index(rule.category), k) for k, rule in enumerate(rules)}
        gates = {rule: pattern_gates(rule.pattern) for rule in rules}
        anchored = {rule: opening for rule, (opening, _) in gates.items() if opening is not None}
        # Lines are read past the separators that any anchored rule skips. That is where each of
        # these rules' matches goes on too, as long as none of its openings starts with one of
        # those separators; a rule with such an opening is gated by its literals instead.
        self._skipped = "".join(sorted({char for skipped, _ in anchored.values() for char in skipped}))
        by_opening: dict[str, set[Rule]] = {}
        by_need: dict[str, set[Rule]] = {}
        self._ungated: list[Rule] = []
        for rule in rules:
            openings = anchored[rule][1] if rule in anchored else ()
            if openings and not any(text[0] in self._skipped for text in openings):
                for text in openings:
                    by_opening.setdefault(text[:_MAX_OPENING_CHARS], set()).add(rule)
            elif (needs := gates[rule][1]) is not None:
                for need in needs:
                    by_need.setdefault(need, set()).add(rule)
            else:
                self._ungated.append(rule)
        self._openings = _opening_trie(by_opening)
        # One Aho-Corasick scan of a line finds every occurrence of every need in it.
        self._needs = ahocorasick.Automaton()
        for need, gated in by_need.items():
            self._needs.add_word(need, frozenset(gated))
        if by_need:
            self._needs.make_automaton()
        self.longest = max((rule.max_chars for rule in rules), default=0)

    def match(self, stripped_line: str) -> Rule | None:
        """The rule that claims ``stripped_line``, or ``None``."""
        return self.match_lines([stripped_line])[0]

    def match_lines(self, stripped_lines: list[str]) -> list[Rule | None]:
        """The rule that claims each of ``stripped_lines`` (``None`` for none).

        The leftmost match in a line wins; rules matching at the same place are ranked by
        :data:`CATEGORY_ORDER`, then by their order in the table.
        """
        return [self._best(line) if line and len(line) <= self.longest else None for line in stripped_lines]

    def _best(self, line: str) -> Rule | None:
        # Rules are tried in rank order, so that a match at the line's start ends the search: no
        # rule tried later can match further left, or win a tie. Most furniture matches there, and
        # the other languages' rows a common word opens ("Home", "Menu") are then never compiled.
        size = len(line)
        best: tuple[int, tuple[int, int], Rule] | None = None
        for rule in sorted(chain(self._gated(lowered_for_gates(line)), self._ungated), key=self._order.__getitem__):
            if size <= rule.max_chars:
                found = _compiled(rule.pattern).search(line)
                if found is not None:
                    key = (found.start(), self._order[rule], rule)
                    best = key if best is None or key[:2] < best[:2] else best
                    if key[0] == 0:
                        break
        return best[2] if best else None

    def _gated(self, lowered: str) -> set[Rule]:
        """The gated rules whose gate ``lowered`` (a line in lower case) passes."""
        passed: set[Rule] = set()
        past = lowered.lstrip(self._skipped)
        head = past[: self._openings.longest_prefix(past)]
        if head:
            passed.update(self._openings.get(head))
        if len(self._needs):
            passed.update(*{rules for _, rules in self._needs.iter(lowered)})
        return passed


def lowered_for_gates(line: str) -> str:
    """``line`` in lower case as the gates read it: Turkish "İ" lowers to "i" and a combining dot
    (U+0307), which would hide "ilgili" in "İlgili"; the dot goes (the gate may pass more lines,
    never fewer)."""
    lowered = line.lower()
    return lowered.replace(_COMBINING_DOT, "") if _COMBINING_DOT in lowered else lowered


def _opening_trie(rules_by_opening: dict[str, set[Rule]]) -> ahocorasick.Automaton:
    """A trie of the heads of the openings (``o``, ``op``, ``ope``, ...), each mapped to the rules of
    the openings it starts with: the longest head a line starts with gives all the rules it opens."""
    trie = ahocorasick.Automaton()
    opened_by: dict[str, frozenset[Rule]] = {"": frozenset()}
    for head in sorted({opening[:end] for opening in rules_by_opening for end in range(1, len(opening) + 1)}, key=len):
        opened_by[head] = opened_by[head[:-1]].union(rules_by_opening.get(head, ()))
        trie.add_word(head, opened_by[head])
    return trie


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The rule set built from the tables shipped with the package (built once per process)."""
    return RuleSet(load_rules())
