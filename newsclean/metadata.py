"""Metadata stage: gather what the line decisions found into the Article's fields.

Sources, in order of trust (docs/metadata.md):

- ``title``: the HTML's title (trafilatura: ``og:title``, JSON-LD, ``<h1>``, ``<title>``), else the
  headline found in the text (``titles.py``).
- ``authors``: the HTML's authors, else the people named by the text's byline lines, else the
  reporter named in a Chinese wire dateline, else the agency of an agency-and-date byline.
- ``published``: the HTML's date, else the first date line or byline date in the text.
- ``dateline``: the opening of the first body line (``datelines.py``); text only.
- ``captions`` and ``photo_credits``: the HTML's figure captions and their credits
  (``extract.figure_captions``), then the caption and credit lines of the text (``credits.py``).
"""

from __future__ import annotations

import regex

from newsclean.article import Article, Caption
from newsclean.bylines import Byline
from newsclean.classify import Decision
from newsclean.credits import CreditMatch
from newsclean.datelines import find_dateline
from newsclean.extract import Extracted

_REPORTER_IN_DATELINE = regex.compile(r"[(（](?:记者|記者)\s?(?P<names>[\p{Han}·]{2,4}(?:[\s、，][\p{Han}·]{2,4}){0,3})[)）]")
_CNA_REPORTER = regex.compile(r"^[(（]中央社(?:記者|记者)(?P<names>[\p{Han}·、]{2,12}?)\p{Han}{2}\d{1,2}日[電电]")
_DATELINE_SEARCH_LINES = 3
_DATED = frozenset({"byline", "date"})


def collect_metadata(article: Article, decisions: list[Decision], extracted: Extracted | None) -> None:
    """Fill ``article``'s metadata fields from ``decisions`` and the HTML's ``extracted`` facts."""
    text_title: str | None = None
    byline_authors: list[str] = []
    agency_authors: list[str] = []
    text_date: str | None = None
    article.captions = list(extracted.captions) if extracted else []
    credits = [caption.credit for caption in article.captions if caption.credit]
    thread = _comment_thread_start(decisions)
    for index, decision in enumerate(decisions):
        detail = decision.detail
        if decision.category == "title" and isinstance(detail, str) and text_title is None:
            text_title = detail
        elif index >= thread and decision.category in _DATED:
            continue
        elif isinstance(detail, Byline):
            names = agency_authors if detail.rule == "byline.agency-and-date" else byline_authors
            names.extend(a for a in detail.authors if a not in names)
            text_date = text_date or detail.date
        elif decision.category == "date" and isinstance(detail, str):
            text_date = text_date or detail
        elif isinstance(detail, CreditMatch):
            caption = Caption(detail.caption, detail.credit or None)
            if detail.caption and caption not in article.captions:
                article.captions.append(caption)
            if detail.credit:
                credits.append(detail.credit)
    article.photo_credits = list(dict.fromkeys(credits))

    # The dateline opens the story's first paragraph; a stray kept line (a subtitle, a
    # headline the title finder missed) may come before it.
    for line in [line for line in article.lines if line.kept][:_DATELINE_SEARCH_LINES]:
        article.dateline = find_dateline(line.text.strip())
        if article.dateline is not None:
            break
    if not byline_authors and article.dateline is not None:
        byline_authors = _reporters_in_dateline(article.dateline.raw)

    html_title = extracted.title if extracted else None
    html_authors = extracted.authors if extracted else []
    html_date = extracted.published if extracted else None
    article.title = html_title or text_title
    article.authors = list(html_authors) or byline_authors or agency_authors
    article.published = html_date or text_date


def _comment_thread_start(decisions: list[Decision]) -> int:
    """The index of the first comments line below the story's first kept line (or past the end).

    Names and dates under it are commenters' and the times they wrote, not the story's byline
    and date.
    """
    first_kept = next((index for index, decision in enumerate(decisions) if decision.kept), len(decisions))
    return next(
        (index for index in range(first_kept, len(decisions)) if decisions[index].category == "comments"),
        len(decisions),
    )


def _reporters_in_dateline(raw: str) -> list[str]:
    found = _CNA_REPORTER.match(raw) or _REPORTER_IN_DATELINE.search(raw)
    if found:
        return [name for name in regex.split(r"[\s、，]+", found.group("names")) if name]
    return []
