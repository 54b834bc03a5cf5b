"""The headline of a page given as text.

Scraped text usually opens with the page's ``<title>`` ("Headline | Site name") and shows the
headline again above the story. The headline is the part of that opening line that recurs as a
line of its own; failing that, the opening line's longest part when it has a site-name separator.
When neither is there, ``classify.py`` takes a headline-shaped line standing right above the
first body line, with no body before it (``is_headline_shaped``).
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

import regex

# Each alternative starts where a run of spaces starts ((?<!\s)), so splitting stays linear.
# A spaced colon after CJK text ("…の恐れ : 読売新聞", a Korean portal's "… 거세 : 네이버 뉴스") parts the site's name off; a French headline's
# " : " follows a Latin word, and a Chinese headline's own colon is full-width and unspaced.
# "…实施意见》_政务公开_中国政务信息网": an underscore before Han text parts too.
# A breadcrumb's "»" separates; the closing guillemet of a French quote ("« … » - Site") does not.
_SEPARATORS = regex.compile(r"(?<!\s)\s+(?:\||-|–|—|::|·|(?<!«[^«»]{0,240})»|/)\s+|(?<!\s)\s*[|｜]\s*|(?<=[\p{Han}\p{Kana}])\s?[-_—–]\s?(?=[\p{Han}\p{Kana}])"
                            r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\s:\s"
                            # Chinese sites join the headline, channel and site with "_", after any character
                            r"|(?<=\S)_(?=[\p{Han}\p{Kana}])")
_KICKER_COLON = regex.compile(r"(?<!\s):\s")
_MAX_TITLE_SEPARATORS = 8
_SEARCH_LINES = 200
_MIN_TITLE_CHARS = 8
_MAX_TITLE_CHARS = 250
_STATEMENT_END = (".", "。", "।", "۔")
_MAX_HEADLINE_UNITS = 25
_KEY_CHARS = regex.compile(r"[\p{L}\p{N}]+")
# Parts of a host name that name no site.
_HOST_NOT_NAMES = frozenset({"www", "com", "org", "net", "edu", "gov", "info", "html", "news", "amp", "edition"})
_MIN_SITE_KEY_CHARS = 3
_MAX_SITE_PART_WORDS = 3


def without_site_name(title: str, url: str | None, site_name: str | None) -> str:
    """``title`` without a first or last part that names the site: "Headline | The Gazette",
    "Headline - gazette.com" give "Headline".

    The site is named by its ``site_name`` (``og:site_name``) or a word of the ``url``'s host
    ("What is Cloud Computing? | Google Cloud" on cloud.google.com). A page's ``<title>`` and
    ``og:title`` carry the name; the headline printed above the story does not.
    """
    keys = {_key(word) for word in _host_words(url)} | ({_key(site_name)} if site_name else set())
    keys = {key for key in keys if len(key) >= _MIN_SITE_KEY_CHARS}
    spans = list(_SEPARATORS.finditer(title))
    if not keys or not spans:
        return title
    for piece, rest in ((title[spans[-1].end():], title[: spans[-1].start()]), (title[: spans[0].start()], title[spans[0].end():])):
        key = _key(piece)
        # the part names the site when it is the site's name, or a short part holds it ("Google Cloud",
        # "advantagefitness.com"); a phrase of the headline holding a host word ("… good news for …") is not
        short = len(piece.split()) <= _MAX_SITE_PART_WORDS
        if key and any(site == key or (short and site in key) for site in keys) \
                and len(rest.strip()) >= _MIN_TITLE_CHARS:
            return rest.strip()
    return title


def _key(text: str) -> str:
    return "".join(_KEY_CHARS.findall(text.casefold()))


def _host_words(url: str | None) -> list[str]:
    host = (urlsplit(url).hostname or "") if url else ""
    return [label for label in host.split(".") if label not in _HOST_NOT_NAMES]


def is_headline_shaped(stripped: str, units: float) -> bool:
    """Short, and not ending like a statement: how a headline above a story looks."""
    return 0 < units <= _MAX_HEADLINE_UNITS and len(stripped) <= _MAX_TITLE_CHARS and not stripped.endswith(
        (*_STATEMENT_END, ":", "：", ","))


class Title(NamedTuple):
    """The title text and the indices of the lines that show it."""

    text: str
    lines: list[int]
    rule: str


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_title(stripped: list[str], candidates: list[int]) -> Title | None:
    """The title among ``candidates`` (indices of unclaimed non-blank lines of ``stripped``)."""
    if not candidates:
        return None
    head = candidates[:_SEARCH_LINES]
    first = stripped[head[0]]
    if len(first) > _MAX_TITLE_CHARS:
        return None
    pieces = [p.strip() for p in _SEPARATORS.split(first) if len(p.strip()) >= _MIN_TITLE_CHARS]
    # A first line that ends like a sentence is a paragraph (perhaps quoted again further down),
    # unless it is a title whose site tagline ends in a full stop ("Headline – Site – Realize your
    # potential."): then only its pieces may recur as the headline.
    if first.endswith(_STATEMENT_END):
        if len(pieces) < 2:
            return None
        pieces = [piece for piece in pieces if not piece.endswith(_STATEMENT_END)]
        wanted = {_norm(p): p for p in pieces}
    else:
        # A headline may hold a separator of its own ("Lkw kracht auf A9 – Polizei sucht Zeugen |
        # Zeitung"): the line between any two separators (or its ends) may recur too.
        # A kicker before a colon ("Kommentar zur Schuldenbremse: Die Koalition verspielt …") may be
        # left out of the headline shown, so the line after ": " may recur too.
        spans = sorted([match.span() for match in _SEPARATORS.finditer(first)] + [
            match.span() for match in _KICKER_COLON.finditer(first)])[:_MAX_TITLE_SEPARATORS]
        bounds = [(0, 0), *spans, (len(first), len(first))]
        parts = [first[bounds[i][1]: bounds[j][0]].strip() for i in range(len(bounds)) for j in range(i + 1, len(bounds))]
        wanted = {_norm(p): p for p in [first, *pieces, *parts]}
    # The longest piece that recurs is the headline: a site name may recur too (as a logo line).
    keys = {index: _norm(stripped[index]) for index in head[1:]}
    repeated = {key: index for index, key in reversed(keys.items()) if key in wanted and len(key) >= _MIN_TITLE_CHARS}
    if repeated:
        key = max(repeated, key=len)
        shown = [head[0]] + [i for i in head[1:] if keys[i] == key]
        return Title(stripped[repeated[key]], shown, "title.repeated-headline")
    # the site's part may be short ("… - Moz"), but it is there
    if pieces and _SEPARATORS.search(first) and not first.endswith((".", "!", "?", "。", "！", "？")):
        return Title(max(pieces, key=len), [head[0]], "title.page-title-line")
    return None
