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
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

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
_CACHED_LINES = 65536


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


class RuleSet:
    """All tables compiled for matching one line at a time.

    Rules are joined into one pattern per ``max_chars`` value; a line is searched with the
    patterns whose limit it fits, and a line longer than every limit is not searched at all.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._buckets: list[tuple[int, regex.Pattern[str], list[Rule]]] = []
        for limit in sorted({rule.max_chars for rule in rules}):
            members = [rule for rule in rules if rule.max_chars == limit]
            alternation = "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(members))
            self._buckets.append((limit, regex.compile(alternation, FLAGS), members))
        self.longest = self._buckets[-1][0] if self._buckets else 0
        # Furniture repeats ("Home", "Share", a site's footer), within a page and across a crawl:
        # a line already matched is not matched again.
        self.match = lru_cache(maxsize=_CACHED_LINES)(self._match)

    def _match(self, stripped_line: str) -> Rule | None:
        """The rule that claims ``stripped_line``, or ``None``.

        The leftmost match wins; rules matching at the same place are ranked by
        :data:`CATEGORY_ORDER`.
        """
        size = len(stripped_line)
        if size > self.longest:
            return None
        best: tuple[int, int, Rule] | None = None
        for limit, pattern, members in self._buckets:
            if size > limit:
                continue
            found = pattern.search(stripped_line)
            if found is None or found.lastgroup is None:
                continue
            rule = members[int(found.lastgroup[1:])]
            key = (found.start(), CATEGORY_ORDER.index(rule.category), rule)
            if best is None or key[:2] < best[:2]:
                best = key
        return best[2] if best else None


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The rule set built from the tables shipped with the package (built once per process)."""
    return RuleSet(load_rules())
