"""HTML stage: the page's main text and its HTML-level metadata, by trafilatura.

trafilatura finds the main block and reads ``<meta>``, JSON-LD and ``<title>``. It runs with
``favor_recall`` because newsclean's line cleaner comes after it and removes what should go
(with a low model threshold: ``pipeline.EXTRACTED_BODY_THRESHOLD``);
comments are left out (they are never the article). When trafilatura finds nothing, or a main
text under 1,000 characters that is less than a tenth of the page's visible text, the page's
whole visible text is cleaned instead, so a page is never silently emptied. The visible text is
trafilatura's ``baseline``; where lxml cannot build the tree (a fragment, nesting deeper than
lxml's limit), it is the markup with its tags stripped. Lone surrogates, which no parser accepts, become U+FFFD first.
"""

from __future__ import annotations

import html as html_entities
from dataclasses import dataclass, field

import regex

_MIN_SHARE_OF_PAGE = 0.1
_ALWAYS_ENOUGH_CHARS = 1000
_INVISIBLE = regex.compile(r"<(script|style|noscript|template)\b[^>]*+>.*?</\1\s*>|<!--.*?-->",
                           regex.IGNORECASE | regex.DOTALL)
_BLOCK_TAG = regex.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|main|title|"
    r"blockquote|figure|figcaption|dt|dd|dl|pre|form|hr|body|head|html)\b[^>]*+>",
    regex.IGNORECASE,
)
_ANY_TAG = regex.compile(r"<[^>]*+>")


@dataclass
class Extracted:
    """The text to clean (one block a line) and the metadata the HTML declared."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    method: str = "trafilatura"


def extract_html(html: str, url: str | None = None) -> Extracted:
    """The main text and metadata of ``html``; never raises on malformed HTML."""
    import trafilatura

    html = _without_lone_surrogates(html)
    try:
        document = trafilatura.bare_extraction(
            html, url=url, favor_recall=True, include_comments=False, include_tables=True,
            with_metadata=True, deduplicate=False,
        )
    except Exception:  # trafilatura raises many types on broken markup; the fallback below covers it.
        document = None
    if document is None:
        return Extracted(_visible_text(html), method="baseline")
    main_text = getattr(document, "text", None) or ""
    author = getattr(document, "author", None)
    extracted = Extracted(
        text=main_text,
        title=getattr(document, "title", None) or None,
        authors=[a.strip() for a in author.split(";") if a.strip()] if author else [],
        published=getattr(document, "date", None) or None,
    )
    # Parsing the page a second time for its visible text costs as much as the extraction, so it
    # is done only when the main text is short enough to be a failed extraction.
    if len(main_text) < _ALWAYS_ENOUGH_CHARS:
        page_text = _visible_text(html)
        if len(main_text.strip()) < _MIN_SHARE_OF_PAGE * len(page_text.strip()):
            extracted.text, extracted.method = page_text, "baseline"
    return extracted


def _visible_text(html: str) -> str:
    # baseline keeps paragraphs apart but finds nothing in markup without <p>-like blocks;
    # html2txt then gives all the page's text on one line rather than nothing.
    from trafilatura import baseline, html2txt

    try:
        text = baseline(html)[1] or html2txt(html)
    except Exception:  # as above: malformed input must still give a result
        text = ""
    return text or _tags_stripped(html)


def _tags_stripped(html: str) -> str:
    text = _BLOCK_TAG.sub("\n", _INVISIBLE.sub(" ", html))
    text = html_entities.unescape(_ANY_TAG.sub("", text))
    return "\n".join(line for line in (" ".join(part.split()) for part in text.splitlines()) if line)


def _without_lone_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)
    return text
