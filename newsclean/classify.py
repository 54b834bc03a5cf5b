"""The core algorithm: decide, for every line of a page's text, whether it is body, and if not, what.

Read top to bottom, :func:`classify` is the whole algorithm (docs/algorithm.md explains why):

1. Blank lines are ``blank``.
2. Named furniture: a line that a pattern table claims (``rules.py``) takes that category.
3. Metadata lines: photo credits and captions (``credits.py``), bylines (``bylines.py``) and
   lines that are only a date (``dates.py``) take their category; a bare person's name next to
   a date line is a byline.
4. The title: the opening ``<title>`` line and the headline that repeats it (``titles.py``).
5. Every other line is weighed by a two-pass linear model (weights in
   ``resources/line_model.json``, trained by ``tools/train_line_model.py``):
   the first pass scores each line from its own shape and place (``features.py``); the
   *main block* is the stretch of lines whose scores add up to the most; the second pass
   rescores each line with its neighbours' scores and its position against the main block.
   A line whose second-pass probability reaches the threshold is ``body``; any other is
   ``boilerplate``.
6. Revision: a full sentence the model rejected, with body on one side and body, the page's
   edge or named furniture on the other, is ``body``. When step 4 found no title, a headline-shaped
   first body line directly above more body is the ``title``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

import regex

from newsclean.bylines import Byline, find_byline, name_alone
from newsclean.credits import CreditMatch, find_credit
from newsclean.dates import find_date
from newsclean.features import (
    CONTEXT_FEATURES,
    LINE_FEATURES,
    PLACE_FEATURES,
    context_features,
    line_features,
    place_features,
    units_of,
)
from newsclean.rules import default_ruleset
from newsclean.titles import Title, find_title, is_headline_shaped

_MIN_REVISED_UNITS = 8
_DATED = frozenset({"date", "byline"})
_CLOSERS = "\"'”’」』)）»"
_SENTENCE_END = frozenset(".!?。！？…؟")
_MAX_DATE_LINE_CHARS = 90
_DIGIT = regex.compile(r"\d")
_MAX_DATE_LINE_LEFTOVER = 32


@dataclass(frozen=True)
class Decision:
    """What was decided about one line, and the evidence a metadata extractor found in it."""

    category: str
    rule: str
    detail: CreditMatch | Byline | str | None = None

    @property
    def kept(self) -> bool:
        return self.category == "body"


@dataclass(frozen=True)
class LineModel:
    """The two weight vectors of the linear model and the threshold for ``body``."""

    line_weights: tuple[float, ...]
    line_bias: float
    context_weights: tuple[float, ...]
    context_bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineModel:
        expected = list(LINE_FEATURES + PLACE_FEATURES)
        if data["line_features"] != expected or data["context_features"] != list(CONTEXT_FEATURES):
            raise ValueError("line_model.json was trained on other features: retrain it (tools/train_line_model.py)")
        return cls(tuple(data["line_weights"]), data["line_bias"], tuple(data["context_weights"]),
                   data["context_bias"], data["threshold"])


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    """The model shipped in ``resources/line_model.json``."""
    text = (resources.files("newsclean") / "resources" / "line_model.json").read_text(encoding="utf-8")
    return LineModel.from_json(json.loads(text))


def classify(lines: list[str], model: LineModel | None = None, threshold: float | None = None) -> list[Decision]:
    """One :class:`Decision` per entry of ``lines`` (the page's text split into lines).

    ``threshold`` overrides the model's own threshold for ``body`` (the HTML path uses a low one).
    """
    stripped = [line.strip() for line in lines]
    decisions, title = claim_lines(stripped)

    probabilities = body_probabilities(lines, model or default_model(), decisions)
    if threshold is None:
        threshold = (model or default_model()).threshold
    decided = [
        decision if decision is not None
        else Decision("body", "model.body") if probabilities[index] >= threshold
        else Decision("boilerplate", "model.boilerplate")
        for index, decision in enumerate(decisions)
    ]
    _revise_sentences_between_body(stripped, decided)
    if title is None:
        _headline_above_body(stripped, decided)
    return decided


def claim_lines(stripped: list[str]) -> tuple[list[Decision | None], Title | None]:
    """Steps 1 to 4: the lines that blank, a rule, a metadata extractor or the title claim (else None)."""
    decisions: list[Decision | None] = [None] * len(stripped)
    claimed = default_ruleset().match_lines(stripped)
    for index, text in enumerate(stripped):
        if not text:
            decisions[index] = Decision("blank", "blank")
            continue
        rule = claimed[index]
        if rule is not None:
            decisions[index] = Decision(rule.category, rule.id)
            continue
        decisions[index] = _metadata_line(text)

    _names_beside_dates(stripped, decisions)
    unclaimed = [i for i, d in enumerate(decisions) if d is None]
    title = find_title(stripped, unclaimed)
    if title is not None:
        for index in title.lines:
            decisions[index] = Decision("title", title.rule, title.text)
    return decisions, title


def _side(decision: Decision) -> bool | None:
    """Body (True), the model's boilerplate (False), or a boundary a rule or extractor named (None)."""
    if decision.kept:
        return True
    return False if decision.rule.startswith("model.") else None


def _headline_above_body(stripped: list[str], decided: list[Decision]) -> None:
    """The headline-shaped line just above the first body line is the title, when no title was found.

    Removing it keeps cleaning idempotent: a headline the model kept only for the blank lines
    around it would be dropped when the clean text (which has none) is cleaned again.
    """
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if not decided[index].kept:
            continue
        text = stripped[index]
        if decided[index].rule.startswith("model.") and is_headline_shaped(text, units_of(text)) and any(
            decided[k].kept for k in present[rank + 1: rank + 2]
        ):
            decided[index] = Decision("title", "title.headline-above-body", text)
        return


def _revise_sentences_between_body(stripped: list[str], decided: list[Decision]) -> None:
    """A full sentence the model rejected is body when body is on one side and body, the page's
    edge or furniture a rule named is on the other.

    This is jusText's context-sensitive revision: the model has learnt that pages end in
    footers, but a text cut at the article's last sentence ends in body, and a story's last
    paragraph often stands right above a newsletter box.
    """
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if decided[index].rule != "model.boilerplate":
            continue
        text = stripped[index]
        if units_of(text) < _MIN_REVISED_UNITS or text.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END:
            continue
        sides = [_side(decided[present[k]]) if 0 <= k < len(present) else None for k in (rank - 1, rank + 1)]
        if all(side is not False for side in sides) and any(sides):
            decided[index] = Decision("body", "model.body-between-body")


def _metadata_line(text: str) -> Decision | None:
    credit = find_credit(text)
    if credit is not None:
        category = "caption" if credit.caption else "photo_credit"
        return Decision(category, f"{category}.{credit.rule}", credit)
    byline = find_byline(text)
    if byline is not None:
        return Decision("byline", byline.rule, byline)
    if len(text) <= _MAX_DATE_LINE_CHARS and _DIGIT.search(text):
        found = find_date(text, time_anywhere=True)
        if found is not None and len(text) - (found[2] - found[1]) <= _MAX_DATE_LINE_LEFTOVER:
            return Decision("date", "date.date-line", found[0])
    return None


def _names_beside_dates(stripped: list[str], decisions: list[Decision | None]) -> None:
    """A bare person's name within two lines of a date line is that story's byline."""
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if decisions[index] is not None:
            continue
        neighbours = [present[k] for k in (rank - 2, rank - 1, rank + 1, rank + 2) if 0 <= k < len(present)]
        if not any((d := decisions[k]) is not None and d.category == "date" for k in neighbours):
            continue
        byline = name_alone(stripped[index])
        if byline is not None:
            decisions[index] = Decision("byline", byline.rule, byline)


def body_probabilities(lines: list[str], model: LineModel, claims: list[Decision | None]) -> list[float]:
    """P(body) for every line (0.0 for blank lines), from the two-pass model."""
    rows = first_pass_rows(lines, claims)
    probabilities = [0.0] * len(lines)
    if not rows:
        return probabilities
    scores = [_dot(model.line_weights, row.features) + model.line_bias for row in rows]
    for row, context in zip(rows, second_pass_rows(rows, scores), strict=True):
        probabilities[row.index] = _sigmoid(_dot(model.context_weights, context) + model.context_bias)
    return probabilities


@dataclass(frozen=True)
class Row:
    """A non-blank line's position in ``lines`` and its first-pass features."""

    index: int
    features: list[float]
    units: float


def first_pass_rows(lines: list[str], claims: list[Decision | None] | None = None) -> list[Row]:
    """The first-pass features (:data:`LINE_FEATURES` + :data:`PLACE_FEATURES`) of the non-blank lines.

    ``claims`` are :func:`claim_lines`' decisions (computed here when not given): whether a rule or
    a metadata extractor claimed a line is evidence about its neighbours too (a comment thread is
    a run of names, dates and "Reply" buttons around long sentences).
    """
    stripped = [line.strip() for line in lines]
    if claims is None:
        claims = claim_lines(stripped)[0]
    present = [i for i, text in enumerate(stripped) if text]
    counts = Counter(stripped[i] for i in present)
    rows = []
    last = len(lines) - 1
    for rank, index in enumerate(present):
        text = stripped[index]
        features = line_features(text)
        claim = claims[index]
        features.extend(place_features(
            rank, len(present), counts[text] > 1,
            index > 0 and not stripped[index - 1], index < last and not stripped[index + 1],
            claim is not None, claim is not None and claim.category in _DATED,
        ))
        rows.append(Row(index, features, units_of(text)))
    return rows


def second_pass_rows(rows: list[Row], scores: list[float]) -> list[list[float]]:
    """The :data:`CONTEXT_FEATURES` of every row, given the first-pass scores."""
    block = main_block([score * math.log1p(row.units) for score, row in zip(scores, rows, strict=True)])
    width = len(LINE_FEATURES)
    columns = (LINE_FEATURES.index("ends_sentence"), width + PLACE_FEATURES.index("claimed"),
               width + PLACE_FEATURES.index("dated"))
    endings, claimed, dated = ([row.features[column] for row in rows] for column in columns)
    units = [row.units for row in rows]
    return [context_features(scores, k, block, units, endings, claimed, dated) for k in range(len(rows))]


def main_block(weights: list[float]) -> tuple[int, int]:
    """The ``(start, end)`` of the contiguous run with the largest sum of ``weights`` (Kadane)."""
    best_sum, best = -math.inf, (0, 0)
    running, start = 0.0, 0
    for k, weight in enumerate(weights):
        if running <= 0:
            running, start = weight, k
        else:
            running += weight
        if running > best_sum:
            best_sum, best = running, (start, k + 1)
    return best


def _dot(weights: tuple[float, ...], values: list[float]) -> float:
    return float(sum(map(mul, weights, values)))


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
