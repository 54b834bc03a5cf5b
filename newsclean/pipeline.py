"""``clean()``: the data flow from what the caller passed to an :class:`~newsclean.Article`.

input (str or bytes)  -> decode.py      text, and whether it is HTML
HTML                  -> extract.py     trafilatura's main text and HTML metadata (and the page's
                                        whole text, on a page that is not a story: _clean_extracted)
text                  -> lines          ``str.splitlines()``: every line is accounted for
lines                 -> classify.py    a category and a rule for every line (rules.py, credits.py,
                                        bylines.py, dates.py, titles.py, features.py, the model)
decisions             -> metadata.py    title, authors, date, dateline, captions, credits
                      -> Article        language is detected lazily (language.py)
"""

from __future__ import annotations

import regex

from newsclean.article import Article, Caption, Line
from newsclean.classify import Decision, classify
from newsclean.decode import decode_bytes, looks_like_html
from newsclean.extract import Extracted, extract_html, page_text
from newsclean.features import units_of
from newsclean.language import detect_language
from newsclean.metadata import collect_metadata
from newsclean.titles import is_headline_shaped

EXTRACTED_BODY_THRESHOLD = 0.1
"""trafilatura's main text is mostly body already: there the line model removes only the lines it
is nearly sure are not (P(body) < 0.1); rules and metadata extractors remove the rest. Measured on
scrapinghub_dev (shingle F1 of the HTML path): 0.925 at the model's own threshold of 0.5, 0.965 at
0.1, and no better lower (a threshold sweep over classify() on the extracted texts)."""

PAGE_TEXT_RICHER = 1.5
"""On a page that does not call itself a story, the page's text cleaned as plain text replaces
trafilatura's main text when its body is this many times as long. Chosen on modern (shingle /
snippet F1 of the HTML path, docs/algorithm.md "HTML input"); on scrapinghub_dev, whose news
pages nearly all call themselves stories, it switches no page."""


def clean(
    source: str | bytes | bytearray | memoryview, *, url: str | None = None, language: str | None = None
) -> Article:
    """Clean one page: plain text or HTML, as ``str`` or ``bytes``.

    Returns an :class:`Article` whose ``text`` is the body, one paragraph a line. For plain-text
    input, ``Article.lines[i]`` describes ``source.splitlines()[i]``. ``language`` sets
    ``Article.language`` instead of detecting it. Empty input gives an empty Article. Any type
    other than ``str`` or ``bytes`` (``bytearray`` and ``memoryview`` count as bytes) raises
    ``TypeError``.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"newsclean.clean() takes str or bytes, not {type(source).__name__}")

    extracted: Extracted | None = None
    if looks_like_html(text):
        extracted = extract_html(text, url=url)
        raw_lines, decisions = _clean_extracted(text, extracted)
    else:
        raw_lines = text.splitlines()
        decisions = classify(raw_lines)
    if extracted is not None and extracted.printed_captions:
        _remove_figure_lines(raw_lines, decisions, extracted.printed_captions)
    if extracted is not None and extracted.title:
        _remove_headline(raw_lines, decisions, extracted.title)
    lines = [
        Line(number=i, text=raw, kept=decision.kept, category=decision.category, rule=decision.rule)
        for i, (raw, decision) in enumerate(zip(raw_lines, decisions, strict=True))
    ]
    article = Article(
        text="\n".join(line.text.strip() for line in lines if line.kept),
        lines=lines,
        source="html" if extracted is not None else "text",
        extraction=extracted.method if extracted is not None else None,
        url=url,
    )
    collect_metadata(article, decisions, extracted)
    if language is not None:
        article._language = language
    else:
        article._detect_language = detect_language
    return article


def _clean_extracted(html: str, extracted: Extracted) -> tuple[list[str], list[Decision]]:
    """The lines of the HTML's text to clean, and their decisions.

    These are trafilatura's main text, except on a page that does not call itself a story
    (``Extracted.declares_story``): a forum thread, a shop's or a service's page, a listing. There
    trafilatura often keeps one part of the content (one post, one section), so the page's whole
    text is cleaned as plain text too, and used when its body is :data:`PAGE_TEXT_RICHER` times
    as long (``Extracted.method`` becomes ``"page-text"``).
    """
    main_lines = extracted.text.splitlines()
    main_text = extracted.method == "trafilatura"
    decisions = classify(main_lines, threshold=EXTRACTED_BODY_THRESHOLD, main_text=main_text)
    if not main_text or extracted.declares_story:
        return main_lines, decisions
    page_lines = page_text(extracted.tree if extracted.tree is not None else html).splitlines()
    page_decisions = classify(page_lines)
    if _kept_chars(page_lines, page_decisions) > PAGE_TEXT_RICHER * _kept_chars(main_lines, decisions):
        extracted.text, extracted.method = "\n".join(page_lines), "page-text"
        return page_lines, page_decisions
    return main_lines, decisions


def _kept_chars(lines: list[str], decisions: list[Decision]) -> int:
    return sum(len(line.strip()) for line, decision in zip(lines, decisions, strict=True) if decision.kept)


# The extractor's main text may open with the page's headline (its <h1>), above a kicker or not.
_HEADLINE_SEARCH_LINES = 4
_WORDS = regex.compile(r"\w+")


def _remove_headline(raw_lines: list[str], decisions: list[Decision], title: str) -> None:
    """The page's title is ``Article.title``, not body: a kept line among the first few that
    reads as the HTML's title is that title's line (``title.html-headline``)."""
    wanted = _WORDS.findall(title.casefold())
    kept = [number for number, decision in enumerate(decisions) if decision.kept][:_HEADLINE_SEARCH_LINES]
    for number in kept:
        line = raw_lines[number].strip()
        if _WORDS.findall(line.casefold()) == wanted and is_headline_shaped(line, units_of(line)):
            decisions[number] = Decision("title", "title.html-headline", title)
            return


# A caption the page gave as a figure's caption is known for what it is, whatever the line model
# thinks of it: trafilatura keeps some figure captions as paragraphs of the main text. A line that
# starts with a caption and goes on for a credit's length is that caption with its credit.
_CAPTION_WITH_CREDIT_MAX_EXTRA_CHARS = 80
_MIN_CAPTION_PREFIX_CHARS = 20


def _remove_figure_lines(raw_lines: list[str], decisions: list[Decision], captions: list[Caption]) -> None:
    texts = {" ".join(caption.text.split()) for caption in captions if caption.text}
    credits = {caption.credit for caption in captions if caption.credit}
    prefixes = [text for text in texts if len(text) >= _MIN_CAPTION_PREFIX_CHARS]
    for number, raw in enumerate(raw_lines):
        if not decisions[number].kept:
            continue
        line = " ".join(raw.split())
        if line in credits:
            decisions[number] = Decision("photo_credit", "photo_credit.html-figure")
        elif line in texts or any(
            line.startswith(text) and len(line) - len(text) <= _CAPTION_WITH_CREDIT_MAX_EXTRA_CHARS for text in prefixes
        ):
            decisions[number] = Decision("caption", "caption.html-figure")
