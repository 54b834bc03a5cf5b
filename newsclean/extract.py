"""HTML stage: the page's main text and its HTML-level metadata, by trafilatura.

trafilatura finds the main block and reads ``<meta>``, JSON-LD and ``<title>``. It runs with
``favor_recall`` because newsclean's line cleaner comes after it and removes what should go
(with a low model threshold: ``pipeline.EXTRACTED_BODY_THRESHOLD``);
comments are left out (they are never the article). When trafilatura finds nothing, or a main
text under 1,000 characters that is less than a tenth of the page's visible text, the page's
whole visible text is cleaned instead, so a page is never silently emptied. The visible text is
trafilatura's ``baseline``; where lxml cannot build the tree (a fragment, nesting deeper than
lxml's limit), it is the markup with its tags stripped. Lone surrogates, which no parser accepts, become U+FFFD first.

A story cut into several containers of one kind (parts separated by advertisements, the posts of
a thread) is put back together: trafilatura keeps one part, and the others are found by their
container's tag and class (``_with_continuations``).

What the page says it is (``declares_story``: its ``og:type``, JSON-LD and microdata types) and
its whole text in a scraper's layout (``page_text``) are read here too; ``pipeline`` uses them to
clean a page that is not a story from its whole text when that gives the richer body.

Photo captions and credits are read from the page's figures (``figure_captions``) before
trafilatura runs, on the same parsed tree: trafilatura drops most ``<figcaption>`` text, so without
this step a page's captions would be lost rather than reported.
"""

from __future__ import annotations

import html as html_entities
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex
from lxml.etree import XPath
from lxml.html import HtmlElement

from newsclean.article import Caption
from newsclean.credits import clean_credit, find_credit
from newsclean.features import units_of
from newsclean.titles import without_site_name

_CREDIT_CLASS = "contains(@class, 'credit') or contains(@class, 'copyright') or contains(@class, 'source')"
# The class words of captions, also in German, French, Spanish, Italian, Polish ("legende", "podpis")
_CAPTION_CLASS_WORDS = ("caption", "legend", "bildunterschrift", "leyenda", "didascalia", "podpis")
_CAPTION_CLASS = " or ".join(f"contains(@class, '{word}')" for word in _CAPTION_CLASS_WORDS)
# A figure, or a caption standing outside any figure, in page order.
_FIGURES = XPath(
    "//figure[not(.//blockquote)] | //figcaption[not(ancestor::figure)]"
    " | //*[@itemprop='caption'][not(ancestor::figure)]"
    f" | //*[self::p or self::div or self::span][{_CAPTION_CLASS}][not(ancestor::figure)]"
)
_CAPTION_IN_FIGURE = XPath(
    f"(self::figcaption | self::*[@itemprop='caption'] | .//figcaption | .//*[@itemprop='caption']"
    f" | .//*[({_CAPTION_CLASS}) and not({_CREDIT_CLASS})]"
    f" | self::*[not(self::figure)][({_CAPTION_CLASS}) and not({_CREDIT_CLASS})])[1]"
)
# Where the caption proper sits apart from its links and buttons ("Purchase licensing rights").
_CAPTION_TEXT = XPath(".//*[contains(@class, 'caption') and contains(@class, 'text')][1]")
_CREDIT = XPath(f"(.//*[{_CREDIT_CLASS} or @itemprop='copyrightHolder' or @itemprop='creator'])[1]")
_IMAGE_ALT = XPath("(.//img/@alt)[1]")
# A header inside the article is the story's own (its lead picture); the page's header is not.
_OUTSIDE_STORY = XPath(
    "boolean(ancestor::nav | ancestor::header[not(ancestor::article)] | ancestor::footer | ancestor::aside)"
)
# An alt text of a few words is a label ("Company logo"); a caption describes a scene.
_MIN_ALT_CAPTION_WORDS = 5
_FIGURE_TAGS = frozenset({"figure", "figcaption"})
# A name wrapped in brackets, or opened by one that is never closed: "（佐藤健）", "（佐藤"
_UNBRACKETED = regex.compile(r"^[(（【〔\[]([^()（）【】〔〕\[\]]*)[)）】〕\]]?$")
_MIN_CLASS_CAPTION_WORDS = 3
# trafilatura writes a table as rows of "| cell | cell |"; a cell of this many characters is a
# page laid out in a table (the story's paragraphs run together in one row), and the page is
# extracted again without tables, which keeps its paragraphs apart.
_LAYOUT_TABLE_CELL = regex.compile(r"\|[^|\n]{1000}")
# A data table (a forum thread, a schedule) is content that the second extraction drops: it is
# kept unless the second extraction keeps this share of the words.
_LAYOUT_KEEPS_WORDS = 0.9
_WORD = regex.compile(r"\w+")
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
_PARAGRAPHS = XPath("//p")
_VISIBLE_TEXT = XPath(".//text()[not(ancestor::script or ancestor::style)]")
_BLOCKS = XPath(".//*[self::p or self::h2 or self::h3 or self::h4][not(ancestor::p)]")
# The opening characters of a paragraph that find it in the page.
_MIN_ANCHOR_CHARS = 60
_MIN_STORY_BLOCKS = 2
# What a page says it is: its Open Graph type, the types of its JSON-LD and microdata.
_OPEN_GRAPH_TYPE = XPath("//meta[@property='og:type']/@content")
_JSON_LD = XPath("//script[@type='application/ld+json']/text()")
_MICRODATA_TYPE = XPath("//*[@itemtype]/@itemtype")
_JSON_LD_TYPE = regex.compile(r'"@type"\s*+:\s*+(?:"([^"]{1,80})"|\[([^\]]{1,400})\])')
# schema.org's types for a story (Article and its news, blog and report kinds). A forum posting,
# though an Article to schema.org, is left out: trafilatura keeps one post of its thread.
_STORY_TYPES = frozenset({
    "article", "newsarticle", "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle",
    "reportagenewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
    "report", "scholarlyarticle", "techarticle", "satiricalarticle", "advertisercontentarticle",
})


@dataclass
class Extracted:
    """The text to clean (one block a line) and the metadata the HTML declared."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    captions: list[Caption] = field(default_factory=list)
    """The captions of the page's figures, each with its credit where the page gives one."""
    printed_captions: list[Caption] = field(default_factory=list)
    """Those of ``captions`` printed on the page; the others are images' alt texts."""
    method: str = "trafilatura"
    """``"trafilatura"`` (its main text), ``"baseline"`` (the page's visible text, when trafilatura
    found none), or ``"page-text"`` (the page's text laid out as a scraper gives it; see
    ``pipeline._clean_extracted``)."""
    declares_story: bool = False
    """The page calls itself a story: ``og:type`` "article", or a schema.org Article type."""
    tree: HtmlElement | None = field(default=None, repr=False, compare=False)
    """The parsed page (``None`` where lxml could not build it), for ``page_text``: parsing the
    page again took a third of ``page_text``'s time."""


def extract_html(html: str, url: str | None = None) -> Extracted:
    """The main text and metadata of ``html``; never raises on malformed HTML."""
    from trafilatura.utils import load_html

    html = _without_lone_surrogates(html)
    try:
        tree = load_html(html)
    except Exception:  # lxml raises many types on broken markup; the visible text below covers it.
        tree = None
    if tree is None:
        return Extracted(_visible_text(html), method="baseline")
    figures = figure_captions(tree)
    captions = [figure.caption for figure in figures]
    printed = [figure.caption for figure in figures if figure.printed]
    metadata = _page_metadata(tree, url)
    document = _trafilatura(tree, url, include_tables=True)
    if document is not None and _LAYOUT_TABLE_CELL.search(getattr(document, "text", None) or ""):
        without_tables = _trafilatura(tree, url, include_tables=False)
        if without_tables is not None and _words(without_tables.text) >= _LAYOUT_KEEPS_WORDS * _words(document.text):
            document = without_tables
    if document is None:
        # trafilatura gives up on the main text (a product page, a page of widgets), but the
        # page's <meta> and JSON-LD still name its title, author and date.
        page_text = _visible_text(html, tree)
        fallback = Extracted(page_text, captions=captions, printed_captions=printed, method="baseline")
        return _with_metadata(fallback, metadata, url)
    main_text = getattr(document, "text", None) or ""
    main_text = _with_continuations(tree, main_text)
    extracted = _with_metadata(Extracted(main_text, captions=captions, printed_captions=printed), metadata, url)
    extracted.declares_story = declares_story(tree)
    extracted.tree = tree
    # Reading the page's visible text costs as much as the extraction, so it is done only when
    # the main text is short enough to be a failed extraction.
    if len(main_text) < _ALWAYS_ENOUGH_CHARS:
        page_text = _visible_text(html, tree)
        if len(main_text.strip()) < _MIN_SHARE_OF_PAGE * len(page_text.strip()):
            extracted.text, extracted.method = page_text, "baseline"
    return extracted


def declares_story(tree: HtmlElement) -> bool:
    """Whether the page's Open Graph type, JSON-LD or microdata says it is a story."""
    if any(str(value).strip().lower().startswith("article") for value in _OPEN_GRAPH_TYPE(tree)):
        return True
    declared = [str(value).rstrip("/").rsplit("/", 1)[-1] for value in _MICRODATA_TYPE(tree)]
    for script in _JSON_LD(tree):
        for single, listed in _JSON_LD_TYPE.findall(str(script)):
            declared.extend([single] if single else [part.strip().strip('"') for part in listed.split(",")])
    return any(name.lower() in _STORY_TYPES for name in declared)


def page_text(page: str | HtmlElement) -> str:
    """The page's visible text laid out as a scraper gives it: one block a line.

    This is html-text's layout (``guess_layout``), the shape of the scraped text the line model
    learnt from (docs/algorithm.md, "HTML input"); "" where the markup cannot be read. ``page`` is
    the markup, or the tree ``extract_html`` parsed from it (``Extracted.tree``), which html-text
    reads as it reads its own parse of the markup: the same text on all 1,104 pages of
    scrapinghub_dev and modern. html-text copies a tree before cleaning it, so ``page`` is left whole.
    """
    import html_text

    try:
        source = _without_lone_surrogates(page) if isinstance(page, str) else page
        return str(html_text.extract_text(source, guess_layout=True))
    except Exception:  # lxml raises many types on broken markup; no page text is the documented result
        return ""


def _with_continuations(tree: HtmlElement, main_text: str) -> str:
    """``main_text`` and the story's later parts, when the page splits its body into containers.

    Some layouts cut a story into several containers of one kind, with advertisements and rails in
    between, and a forum prints each post in one; trafilatura keeps one of them. The container of
    the main text's opening paragraph names the kind: its tag and class, and its parent's class.
    When it holds several of the main text's paragraphs (a page builder's widget holds one), the
    other containers of that kind that hold a paragraph (a menu of the same kind holds none), and
    are not in a header, footer, navigation or aside, are the rest of the story, before or after
    the main text in page order.
    """
    opening = next((line for line in main_text.splitlines() if len(line) >= _MIN_ANCHOR_CHARS), None)
    if opening is None:
        return main_text
    anchor = opening[:_MIN_ANCHOR_CHARS]
    container = next((p.getparent() for p in _PARAGRAPHS(tree) if _block_text(p).startswith(anchor)), None)
    if container is None or not container.get("class"):
        return main_text
    known = {_normalised(line) for line in main_text.splitlines()}
    if sum(_block_text(block) in known for block in _BLOCKS(container)) < _MIN_STORY_BLOCKS:
        return main_text
    kind = _kind(container)
    siblings = [
        element for element in tree.iter(container.tag)
        if element is container or (_kind(element) == kind and not _OUTSIDE_STORY(element))
    ]
    at = siblings.index(container)
    before = [text for element in siblings[:at] for text in _story_blocks(element) if text not in known]
    after = [text for element in siblings[at + 1:] for text in _story_blocks(element) if text not in known]
    return "\n".join([*before, main_text, *after]) if before or after else main_text


def _story_blocks(container: HtmlElement) -> list[str]:
    """The paragraphs and subheadings of one part of a story; none if it holds no paragraph.

    A heading after the last paragraph heads something else (a "More stories" list).
    """
    blocks = [(block.tag, _block_text(block)) for block in _BLOCKS(container)]
    blocks = [(tag, text) for tag, text in blocks if text]
    if not any(tag == "p" and len(text) >= _MIN_ANCHOR_CHARS for tag, text in blocks):
        return []
    while blocks and blocks[-1][0] != "p":
        blocks.pop()
    return [text for _, text in blocks]


def _kind(element: HtmlElement) -> tuple[str | None, str | None, str | None]:
    parent = element.getparent()
    return element.tag, element.get("class"), None if parent is None else parent.get("class")


def _block_text(element: HtmlElement) -> str:
    """The text a reader sees in ``element``: without the code of its scripts and styles."""
    return _normalised("".join(_VISIBLE_TEXT(element)))


def _with_metadata(extracted: Extracted, document: Any, url: str | None) -> Extracted:
    """``extracted`` with the title, authors and date of trafilatura's ``document`` (if any); the
    title without the site's name, which ``<title>`` and ``og:title`` add."""
    author = getattr(document, "author", None)
    title = getattr(document, "title", None)
    extracted.title = without_site_name(title, url, getattr(document, "sitename", None)) if title else None
    # trafilatura may read a signature with its brackets, and cut one off: "（佐藤" of "（佐藤健）"
    names = [_UNBRACKETED.sub(r"\1", name.strip()).strip() for name in author.split(";")] if author else []
    extracted.authors = [name for name in names if name]
    extracted.published = getattr(document, "date", None) or None
    return extracted


def _page_metadata(tree: HtmlElement, url: str | None) -> Any:
    """trafilatura's title, author and date of the page: the steps of its ``extract_metadata`` that
    give these three fields, in its order and with its settings (``bare_extraction`` runs the
    same function, with the date settings of its default configuration).

    ``extract_metadata`` goes on to read the page's categories, tags, license and site name, which
    newsclean does not use: 9% of the HTML path's time on scrapinghub_dev, 5% on modern. The title,
    author and date are ``extract_metadata``'s on all 1,104 pages of both corpora. The metadata
    does not depend on the main text, so it is read once, also for a second extraction and for a
    page where trafilatura finds no main text; ``None`` where reading it fails.
    """
    from htmldate import find_date  # trafilatura's date extractor, which extract_metadata calls
    from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title, extract_url
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    try:
        metadata = examine_meta(tree)
        if metadata.author and " " not in metadata.author:  # extract_metadata's rule: one word names no one
            metadata.author = None
        with suppress(Exception):  # extract_metadata goes on without a JSON-LD that fails to read
            metadata = extract_meta_json(tree, metadata)
        metadata.title = metadata.title or extract_title(tree)
        metadata.author = metadata.author or extract_author(tree)
        # htmldate reads a date in the page's URL; extract_metadata gives it the canonical one
        metadata.url = metadata.url or extract_url(tree, url)
        date_params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
        metadata.date = find_date(tree, **date_params, url=metadata.url)
        metadata.clean_and_trim()
    except Exception:  # as in _trafilatura: no metadata rather than no Article
        return None
    return metadata


def _trafilatura(tree: HtmlElement, url: str | None, include_tables: bool) -> Any:
    import trafilatura

    try:
        # trafilatura copies a tree it is given, so ``tree`` stays whole for another pass. The
        # metadata is read by _page_metadata.
        return trafilatura.bare_extraction(
            tree, url=url, favor_recall=True, include_comments=False, include_tables=include_tables,
            with_metadata=False, deduplicate=False,
        )
    except Exception:  # trafilatura raises many types on broken markup; the caller falls back.
        return None


class FigureCaption(NamedTuple):
    """A figure's caption, and whether the page prints it (``False`` for an image's alt text)."""

    caption: Caption
    printed: bool


def figure_captions(tree: HtmlElement) -> list[FigureCaption]:
    """The captions of the figures in ``tree``, in page order, without repeats.

    A caption is a ``<figcaption>``, an ``itemprop="caption"`` element, or an element whose class
    names a caption (:data:`_CAPTION_CLASS_WORDS`) inside a ``<figure>``; a ``<p>``, ``<div>`` or
    ``<span>`` with such a class outside any figure is a caption too when it has
    :data:`_MIN_CLASS_CAPTION_WORDS` words or more. A figure with none of these but an image whose ``alt``
    reads as a sentence gives that text (not printed on the page: an alt text often repeats a
    heading, so it never removes a line from the body). A figure holding a ``<blockquote>`` is a
    quotation whose figcaption names the speaker, not a picture, and is skipped. Its credit is the
    text of an element inside it (or beside it in the figure) whose class names a credit, a
    copyright or a source, else what ``credits.find_credit`` splits off the caption's text
    ("... REUTERS/Jane Doe"). Figures in navigation, the site's header, footers and asides are
    teasers of other pages and are skipped; the article's own ``<header>`` (the lead picture
    under the headline) is read.
    """
    found: list[FigureCaption] = []
    seen: set[str] = set()
    figures = _FIGURES(tree)
    chosen = set(figures)
    for figure in figures:
        if any(ancestor in chosen for ancestor in figure.iterancestors()) or _OUTSIDE_STORY(figure):
            continue
        caption_elements = _CAPTION_IN_FIGURE(figure)
        credit_elements = _CREDIT(figure)
        credit = _normalised(credit_elements[0].text_content()) if credit_elements else ""
        if caption_elements:
            inner = _CAPTION_TEXT(caption_elements[0])
            text = _normalised((inner or caption_elements)[0].text_content())
            if figure.tag not in _FIGURE_TAGS and units_of(text) < _MIN_CLASS_CAPTION_WORDS:
                continue  # an element named for captions may be a player's "Captions" button
            if credit:
                text = _normalised(text.replace(credit, " ", 1))
        else:
            alts = _IMAGE_ALT(figure)
            text = _normalised(str(alts[0])) if alts else ""
            if len(text.split()) < _MIN_ALT_CAPTION_WORDS:
                text = ""
        if credit:
            credit = clean_credit(credit)
        elif match := find_credit(text):
            text, credit = match.caption, match.credit
        _add_caption(found, seen, text, credit, printed=bool(caption_elements))
    return found


def _add_caption(found: list[FigureCaption], seen: set[str], text: str, credit: str, printed: bool) -> None:
    key = text or credit
    if key and key not in seen:
        seen.add(key)
        found.append(FigureCaption(Caption(text, credit or None), printed))


def _words(text: str | None) -> int:
    return sum(1 for _ in _WORD.finditer(text or ""))


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _visible_text(html: str, tree: HtmlElement | None = None) -> str:
    # baseline keeps paragraphs apart but finds nothing in markup without <p>-like blocks;
    # html2txt then gives all the page's text on one line rather than nothing.
    from trafilatura import baseline, html2txt

    try:
        text = baseline(tree if tree is not None else html)[1] or html2txt(html)
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
