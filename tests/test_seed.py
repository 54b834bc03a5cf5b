"""The seed page is the first golden test: its expected result is written out by hand here."""

from __future__ import annotations

import newsclean

EXPECTED_CATEGORIES = (
    ["cookie_banner", "language_picker", "language_picker", "licence", "hotline", "caption"] + ["body"] * 11
)
CAPTION = (
    "British Prime Minister Keir Starmer speaks with European leaders at the beginning of a video "
    "conference at 10 Downing Street in London, England, March 15, 2025."
)


def test_seed_text_is_the_last_eleven_lines(seed_text: str) -> None:
    article = newsclean.clean(seed_text)
    assert article.text == "\n".join(seed_text.splitlines()[6:17])
    assert article.text.startswith("British Prime Minister Keir Starmer said on Saturday")
    assert article.text.endswith("on Ukrainian soil.")


def test_seed_every_line_has_its_category(seed_text: str) -> None:
    article = newsclean.clean(seed_text)
    assert [line.category for line in article.lines] == EXPECTED_CATEGORIES
    assert [line.text for line in article.lines] == seed_text.splitlines()
    assert all(line.rule for line in article.lines)
    assert [line.number for line in article.removed] == [0, 1, 2, 3, 4, 5]


def test_seed_metadata(seed_text: str) -> None:
    article = newsclean.clean(seed_text)
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, "VCG")]
    assert article.photo_credits == ["VCG"]
    assert article.language == "en"
    assert article.dateline is None


def test_seed_as_bytes_gives_the_same_article(seed_text: str) -> None:
    from_text = newsclean.clean(seed_text)
    from_bytes = newsclean.clean(seed_text.encode("utf-8"))
    assert from_bytes.to_dict() == from_text.to_dict()


def test_seed_to_json_round_trips(seed_text: str) -> None:
    import json

    data = json.loads(newsclean.clean(seed_text).to_json())
    assert data["photo_credits"] == ["VCG"]
    assert data["lines"][3]["category"] == "licence"
    assert data["language"] == "en"
