"""Real-shaped pages in several languages, with their expected results written by hand.

Each ``fixtures/text/<name>.txt`` has a ``<name>.json`` beside it: the body lines, the metadata,
and the category of every removed line. The metadata must match exactly. Every body line must be
kept, in order. A line of a category that a rule names with certainty (the four the user asked
for, captions and credits, copyright, editor lines) must be removed with exactly that category.
Other furniture (teasers, menus) is left to the statistical line model, which is allowed one
miss per page: at most one such line may be kept. ``test_body_exact`` counts the pages that
match exactly, so that a regression there shows too.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import newsclean

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "text"
PAGES = sorted(path.stem for path in FOLDER.glob("*.txt"))
EXACT_CATEGORIES = {
    "cookie_banner", "language_picker", "licence", "hotline", "caption", "photo_credit", "copyright", "editor",
}


def load(name: str) -> tuple[str, dict[str, Any], newsclean.Article]:
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected, newsclean.clean(text)


def test_there_are_fixtures_in_many_languages() -> None:
    languages = {json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))["language"] for name in PAGES}
    assert len(PAGES) >= 12
    assert {"en", "de", "fr", "es", "ar", "ru", "ja", "zh-cn", "zh-tw"} <= languages


MODEL_MISSES_PER_PAGE = 1
EXACT_PAGES_AT_LEAST = 8


@pytest.mark.parametrize("name", PAGES)
def test_body_lines_are_all_kept_in_order(name: str) -> None:
    _, expected, article = load(name)
    kept = article.text.splitlines()
    positions = [kept.index(line) for line in expected["body"]]
    assert positions == sorted(positions)


def test_body_exact() -> None:
    exact = [name for name in PAGES if load(name)[2].text.splitlines() == load(name)[1]["body"]]
    assert len(exact) >= EXACT_PAGES_AT_LEAST, exact


@pytest.mark.parametrize("name", PAGES)
def test_removed_lines(name: str) -> None:
    _, expected, article = load(name)
    missed = []
    for number, category in expected["removed"].items():
        line = article.lines[int(number)]
        if category in EXACT_CATEGORIES:
            assert line.category == category, (number, line.text, line.rule)
        elif line.kept:
            missed.append(line.text)
    assert len(missed) <= MODEL_MISSES_PER_PAGE, missed


@pytest.mark.parametrize("name", PAGES)
def test_every_line_accounted_for(name: str) -> None:
    text, _, article = load(name)
    assert [line.text for line in article.lines] == text.splitlines()
    assert [line.number for line in article.lines] == list(range(len(text.splitlines())))


@pytest.mark.parametrize("name", PAGES)
def test_metadata(name: str) -> None:
    _, expected, article = load(name)
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert article.published == expected["published"]
    assert [(c.text, c.credit) for c in article.captions] == [(c["text"], c["credit"]) for c in expected["captions"]]
    assert article.photo_credits == expected["photo_credits"]
    assert article.language == expected["language"]


@pytest.mark.parametrize("name", PAGES)
def test_dateline(name: str) -> None:
    _, expected, article = load(name)
    if expected["dateline"] is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        got = {"raw": article.dateline.raw, "location": article.dateline.location, "agency": article.dateline.agency}
        assert got == {key: expected["dateline"][key] for key in ("raw", "location", "agency")}
