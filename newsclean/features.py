"""Evidence stage, part 2: cheap, language-independent features of one line and of its place.

The classifier (``classify.py``) weighs these. They look only at shape: length in words (or in
CJK characters, which carry a word's worth of meaning each), how the line ends, how many words
are lower-case (running text) or capitalised (menus, headlines), digits, separators, links.
Nothing here depends on a site or on one language's vocabulary.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from itertools import accumulate

import regex

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_DIGIT = regex.compile(r"\d")
_CLAUSE_PUNCT = regex.compile(r"[,;，、،؛]")
_SENTENCE_END_INSIDE = regex.compile(r"[.!?।۔։።]\s|[。！？]")
# A sign-off stands apart from the sentence it follows ("… einstellen. (APA)", "…ている。（共同）",
# a Japanese reporter's "…とした。【佐藤健一】");
# "… burst.(KWMB)" is a caption's credit.
_SIGN_OFF = regex.compile(r"(?:[.!?…]\s|[。！？])[(（【][^()（）【】]{2,40}[)）】]$")
# What may follow a sentence's last mark: closing quotes (German closes „…“ with “, and »…« with
# «) and brackets. The line model was trained on the ``ends_sentence`` feature read past the first
# set; the rules read past all of them.
_MODEL_CLOSERS = "\"'”’」』)）»›]"
CLOSERS = _MODEL_CLOSERS + "“«‹"
# Sentence ends of the scripts: Latin, CJK, Arabic (؟ and Urdu ۔), Devanagari's danda (।, ॥),
# Armenian (։), Ethiopic (።), Myanmar (။).
SENTENCE_END = frozenset(".!?。！？…؟।॥۔։።။")
_COLON = frozenset(":：")
_BULLETS = frozenset("•·-–—*▪►›»>+◆■□●○")
_QUOTES = frozenset("\"“”«»「」„")
_LENGTH_BINS = (1, 2, 3, 5, 9, 19, 39)
# The units_le_* and units_gt_39 features of each bin: 1.0 for the line's bin, 0.0 for the others.
_LENGTH_BIN_FLAGS = tuple(
    tuple(1.0 if k == chosen else 0.0 for k in range(len(_LENGTH_BINS) + 1)) for chosen in range(len(_LENGTH_BINS) + 1)
)

LINE_FEATURES: tuple[str, ...] = (
    "log_units", "log_chars", "ends_sentence", "ends_colon", "ends_question", "lower_words",
    "capitalised_words", "digits", "clause_punct", "sentences", "separator", "link", "bullet",
    "copyright", "all_caps", "cjk", "quote",
    *(f"units_le_{b}" for b in _LENGTH_BINS), "units_gt_39",
)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (past closing quotes and brackets, and past an
    agency's sign-off in brackets after the last sentence: "… einstellen. (APA, red, 30.11.2026)")."""
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_END or _SIGN_OFF.search(text) is not None


def units_of(stripped: str) -> float:
    """Length in words, counting a CJK character as half a word."""
    words = len(stripped.split())
    if stripped.isascii():
        return float(words)
    return words + len(_CJK.findall(stripped)) / 2


def line_features(stripped: str) -> list[float]:
    """The :data:`LINE_FEATURES` of one non-empty stripped line, in that order."""
    words = stripped.split()
    n_words = len(words)
    n_chars = len(stripped)
    cjk = 0 if stripped.isascii() else len(_CJK.findall(stripped))
    units = n_words + cjk / 2
    last = stripped.rstrip(_MODEL_CLOSERS)[-1:] or stripped[-1]
    lower = capital = 0
    for word in words:
        head = word[0]
        if head.islower():
            lower += 1
        elif head.isupper():
            capital += 1
    features = [
        math.log1p(units),
        math.log1p(n_chars),
        1.0 if last in SENTENCE_END else 0.0,
        1.0 if last in _COLON else 0.0,
        1.0 if last in "?？؟" else 0.0,
        lower / n_words,
        capital / n_words,
        len(_DIGIT.findall(stripped)) / n_chars,
        math.log1p(len(_CLAUSE_PUNCT.findall(stripped))),
        math.log1p(len(_SENTENCE_END_INSIDE.findall(stripped))),
        1.0 if ("|" in stripped or " · " in stripped or " • " in stripped or " / " in stripped) else 0.0,
        1.0 if ("http" in stripped or "www." in stripped or "@" in stripped) else 0.0,
        1.0 if stripped[0] in _BULLETS else 0.0,
        1.0 if "©" in stripped else 0.0,
        1.0 if stripped.isupper() else 0.0,
        cjk / n_chars,
        0.0 if _QUOTES.isdisjoint(stripped) else 1.0,
    ]
    features.extend(_LENGTH_BIN_FLAGS[bisect_left(_LENGTH_BINS, units)])  # the first bin with units <= bound
    return features


PLACE_FEATURES: tuple[str, ...] = ("repeated", "position", "blank_before", "blank_after", "claimed", "dated")


def place_features(index: int, count: int, repeated: bool, blank_before: bool, blank_after: bool,
                   claimed: bool, dated: bool) -> list[float]:
    """The :data:`PLACE_FEATURES` of the ``index``-th of ``count`` non-blank lines.

    ``claimed``: a rule or metadata extractor took the line; ``dated``: it is a date or byline line.
    """
    return [
        1.0 if repeated else 0.0,
        index / count,
        1.0 if blank_before else 0.0,
        1.0 if blank_after else 0.0,
        1.0 if claimed else 0.0,
        1.0 if dated else 0.0,
    ]


CONTEXT_FEATURES: tuple[str, ...] = (
    "score", "prev1", "next1", "prev2", "next2", "has_prev", "has_next", "mean5", "mean15",
    "in_main_block", "before_main_block", "after_main_block", "position", "log_units", "ends_sentence",
    "ends_sentence_near", "log_units_near", "claimed_near", "dated_near",
)


def context_features(scores: list[float], block: tuple[int, int], units: list[float], ends_sentence: list[float],
                     claimed: list[float], dated: list[float]) -> list[list[float]]:
    """The :data:`CONTEXT_FEATURES` of every non-blank line, from every line's first-pass score.

    ``block`` is the main block ``(start, end)``, end exclusive: the stretch of lines whose
    first-pass scores add up to the most (see ``classify.main_block``). ``units`` and
    ``ends_sentence`` hold every line's length and sentence ending: a run of neighbours that
    do not end sentences is a list (teasers, menus), even when each line is long; lines among
    claimed furniture, or among many date and byline lines (a comment thread), are seldom body.
    """
    count = len(scores)
    start, end = block
    # Sums over a window of neighbours, as differences of running totals. The columns hold 0/1 flags
    # and lengths in whole and half words: their sums are exact, the same as adding up each window.
    endings_upto, units_upto, claimed_upto, dated_upto = (
        list(accumulate(column, initial=0.0)) for column in (ends_sentence, units, claimed, dated)
    )
    rows = []
    for index, score in enumerate(scores):
        near = scores[max(0, index - 2): index + 3]
        wide = scores[max(0, index - 7): index + 8]
        low, high = max(0, index - 3), min(count, index + 4)
        dated_low, dated_high = max(0, index - 6), min(count, index + 7)
        rows.append([
            # Past either end of the page a neighbour counts as the line itself, so the first and
            # last lines are judged on their own score and not pushed towards boilerplate.
            score,
            scores[index - 1] if index >= 1 else score,
            scores[index + 1] if index + 1 < count else score,
            scores[index - 2] if index >= 2 else score,
            scores[index + 2] if index + 2 < count else score,
            1.0 if index > 0 else 0.0, 1.0 if index + 1 < count else 0.0,
            sum(near) / len(near), sum(wide) / len(wide),
            1.0 if start <= index < end else 0.0,
            1.0 if index < start else 0.0,
            1.0 if index >= end else 0.0,
            index / count,
            math.log1p(units[index]),
            ends_sentence[index],
            (endings_upto[high] - endings_upto[low]) / (high - low),
            math.log1p((units_upto[high] - units_upto[low]) / (high - low)),
            (claimed_upto[high] - claimed_upto[low]) / (high - low),
            (dated_upto[dated_high] - dated_upto[dated_low]) / (dated_high - dated_low),
        ])
    return rows
