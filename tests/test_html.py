"""Real-shaped HTML pages, with their expected results written by hand.

Each ``fixtures/html/<name>.html`` has a ``<name>.json`` beside it, written from the page (not
from newsclean's output):

- ``body``: paragraphs that must each be a whole line of ``Article.text``, in page order;
- ``absent``: strings (captions, credits, menus, cookie text, ad labels, teasers, share labels,
  newsletter prompts, comments, footers) that must not occur anywhere in ``Article.text``;
- ``absent_lines``: short furniture (menu items, buttons) that must not be a line of
  ``Article.text`` (as substrings they could be words of the body);
- ``title``, ``authors`` (exact), ``published`` (the ISO date the value must start with),
  ``dateline`` (``raw``, ``location``, ``agency``, or ``null``), ``captions`` (``text`` and
  ``credit``, in page order) and ``photo_credits`` (in page order), and ``language``.

``encoding`` says how the file is stored: UTF-8 pages are passed to ``clean()`` as ``str``, any
other encoding as the raw ``bytes`` (newsclean must decode them from the page's declaration).
Credits are expected without a leading label ("Photo:", "Foto:", "تصوير:") or a trailing 摄,
as in ``fixtures/text`` (``credits.clean_credit``).
"""

from __future__ import annotations

import difflib
import functools
import json
import pathlib
from typing import Any

import pytest

import newsclean

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(path.stem for path in FOLDER.glob("*.html"))
MOJIBAKE = ("\ufffd", "Ã", "â€", "Â")


@functools.cache
def load(name: str) -> tuple[dict[str, Any], newsclean.Article]:
    expected = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    data = (FOLDER / f"{name}.html").read_bytes()
    source: str | bytes = data.decode("utf-8") if expected["encoding"] == "utf-8" else data
    return expected, newsclean.clean(source, url=expected["url"])


def _kept_lines_with(article: newsclean.Article, needle: str) -> list[str]:
    """The kept lines that contain ``needle``, described with the rule that kept them."""
    return [
        f"line {line.number} [{line.category} / {line.rule}]: {_short(line.text.strip())}"
        for line in article.lines
        if line.kept and needle in line.text
    ]


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} chars)"


def _where_is(paragraph: str, article: newsclean.Article) -> str:
    """Why ``paragraph`` is not a line of the text: inside a longer line, removed, or missing."""
    inside = _kept_lines_with(article, paragraph)
    if inside:
        return "present only inside a longer kept line: " + "; ".join(inside)
    removed = [line for line in article.lines if not line.kept and paragraph in line.text]
    if removed:
        return "removed: " + "; ".join(
            f"line {line.number} [{line.category} / {line.rule}]: {_short(line.text.strip())}" for line in removed
        )
    lines = [line.text.strip() for line in article.lines if line.text.strip()]
    if not lines:
        return "missing: the extracted text is empty"
    ratio, closest = max((difflib.SequenceMatcher(None, paragraph, line).ratio(), line) for line in lines)
    return f"missing from the extracted text; closest line ({ratio:.2f}): {_short(closest)}"


def test_there_are_html_fixtures_of_every_kind() -> None:
    assert len(PAGES) >= 6, PAGES
    expectations = [load(name)[0] for name in PAGES]
    assert {"en", "zh-cn", "de", "fr", "es"} <= {e["language"] for e in expectations}
    encoded = [name for name, e in zip(PAGES, expectations, strict=True) if e["encoding"] != "utf-8"]
    assert encoded, "a page stored in an encoding other than UTF-8 is needed"
    for name in encoded:
        with pytest.raises(UnicodeDecodeError):
            (FOLDER / f"{name}.html").read_bytes().decode("utf-8")
    assert all(pathlib.Path(FOLDER / f"{name}.json").exists() for name in PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_page_is_cleaned_as_html(name: str) -> None:
    expected, article = load(name)
    assert article.source == "html"
    assert article.url == expected["url"]
    assert article.text.strip(), "the page's text is empty"


@pytest.mark.parametrize("name", PAGES)
def test_body_paragraphs_are_lines_of_the_text(name: str) -> None:
    expected, article = load(name)
    lines = article.text.splitlines()
    problems = [
        f"paragraph {i} ({_short(paragraph, 70)!r}): {_where_is(paragraph, article)}"
        for i, paragraph in enumerate(expected["body"])
        if paragraph not in lines
    ]
    assert not problems, f"{len(problems)} of {len(expected['body'])} body paragraphs are not lines of the text:\n" + (
        "\n".join(problems)
    )


@pytest.mark.parametrize("name", PAGES)
def test_body_paragraphs_keep_their_order(name: str) -> None:
    expected, article = load(name)
    lines = article.text.splitlines()
    positions = [lines.index(paragraph) for paragraph in expected["body"] if paragraph in lines]
    assert positions == sorted(positions), f"body paragraphs out of page order: line positions {positions}"


@pytest.mark.parametrize("name", PAGES)
def test_captions_and_credits_are_not_in_the_text(name: str) -> None:
    expected, article = load(name)
    found = {}
    for caption in expected["captions"]:
        for needle in (caption["text"], caption["credit"]):
            if needle and needle in article.text:
                found[needle] = _kept_lines_with(article, needle)
    assert not found, "caption or credit kept in Article.text:\n" + "\n".join(
        f"{needle!r} in {where}" for needle, where in found.items()
    )


@pytest.mark.parametrize("name", PAGES)
def test_furniture_is_not_in_the_text(name: str) -> None:
    expected, article = load(name)
    found = {needle: _kept_lines_with(article, needle) for needle in expected["absent"] if needle in article.text}
    assert not found, (
        f"{len(found)} of {len(expected['absent'])} furniture strings kept in Article.text:\n"
        + "\n".join(f"{needle!r} in {where}" for needle, where in found.items())
    )


@pytest.mark.parametrize("name", PAGES)
def test_furniture_lines_are_not_lines_of_the_text(name: str) -> None:
    expected, article = load(name)
    lines = set(article.text.splitlines())
    kept = [line for line in expected["absent_lines"] if line in lines]
    rules = {line.text.strip(): f"{line.category} / {line.rule}" for line in article.lines if line.kept}
    assert not kept, f"{len(kept)} of {len(expected['absent_lines'])} furniture lines kept:\n" + "\n".join(
        f"{line!r} [{rules.get(line)}]" for line in kept
    )


@pytest.mark.parametrize("name", PAGES)
def test_title(name: str) -> None:
    expected, article = load(name)
    assert article.title == expected["title"]


@pytest.mark.parametrize("name", PAGES)
def test_authors(name: str) -> None:
    expected, article = load(name)
    assert article.authors == expected["authors"]


@pytest.mark.parametrize("name", PAGES)
def test_published(name: str) -> None:
    expected, article = load(name)
    assert article.published is not None, "no published date found"
    assert article.published.startswith(expected["published"]), (
        f"published {article.published!r} does not start with {expected['published']!r}"
    )


@pytest.mark.parametrize("name", PAGES)
def test_dateline(name: str) -> None:
    expected, article = load(name)
    got = (
        None
        if article.dateline is None
        else {
            "raw": article.dateline.raw,
            "location": article.dateline.location,
            "agency": article.dateline.agency,
        }
    )
    first_kept = [_short(line.text.strip(), 90) for line in article.lines if line.kept][:3]
    assert got == expected["dateline"], f"dateline {got}; the first kept lines are {first_kept}"


@pytest.mark.parametrize("name", PAGES)
def test_captions(name: str) -> None:
    expected, article = load(name)
    got = [(caption.text, caption.credit) for caption in article.captions]
    assert got == [(caption["text"], caption["credit"]) for caption in expected["captions"]]


@pytest.mark.parametrize("name", PAGES)
def test_photo_credits(name: str) -> None:
    expected, article = load(name)
    assert article.photo_credits == expected["photo_credits"]


@pytest.mark.parametrize("name", PAGES)
def test_language(name: str) -> None:
    expected, article = load(name)
    assert article.language == expected["language"]


@pytest.mark.parametrize("name", PAGES)
def test_no_mojibake(name: str) -> None:
    _, article = load(name)
    fields = {"text": article.text, "title": article.title or "", "authors": " ".join(article.authors)}
    bad = {field: [mark for mark in MOJIBAKE if mark in value] for field, value in fields.items()}
    assert not any(bad.values()), f"decoding marks found: {bad}"


def test_a_page_that_is_not_a_story_is_cleaned_from_its_page_text() -> None:
    # The forum thread: trafilatura's main text holds its first post only, the page's text all six.
    from newsclean.extract import extract_html
    from newsclean.pipeline import _clean_extracted

    expected = json.loads((FOLDER / "en_forum_thread_not_a_story.json").read_text(encoding="utf-8"))
    html = (FOLDER / "en_forum_thread_not_a_story.html").read_text(encoding="utf-8")
    extracted = extract_html(html, url=expected["url"])
    assert not extracted.declares_story
    _clean_extracted(html, extracted)
    assert extracted.method == "page-text"
    assert newsclean.clean(html, url=expected["url"]).extraction == "page-text"


@pytest.mark.parametrize("name", PAGES)
def test_a_story_or_a_page_is_cleaned_from_the_text_its_extraction_names(name: str) -> None:
    _, article = load(name)
    assert article.extraction == ("page-text" if name == "en_forum_thread_not_a_story" else "trafilatura")
    assert article.to_dict()["extraction"] == article.extraction


def test_when_trafilatura_gives_up_the_visible_text_and_the_page_metadata_remain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura returns None on some real pages (a product page of modern does); the fallback
    # must still clean the page's text and read its <meta> and JSON-LD.
    from newsclean import extract

    monkeypatch.setattr(extract, "_trafilatura", lambda tree, url, include_tables: None)
    expected = json.loads((FOLDER / "en_reuters_two_figures.json").read_text(encoding="utf-8"))
    html = (FOLDER / "en_reuters_two_figures.html").read_text(encoding="utf-8")
    article = newsclean.clean(html, url=expected["url"])
    assert article.source == "html"
    # The fallback text is trafilatura's baseline: the <article>'s text, which it gives as one line.
    assert all(paragraph in article.text for paragraph in expected["body"]), "the fallback lost body text"
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert (article.published or "").startswith(expected["published"])
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        (caption["text"], caption["credit"]) for caption in expected["captions"]
    ]


@pytest.mark.parametrize("name", PAGES)
def test_the_page_metadata_is_trafilatura_s_own(name: str) -> None:
    # extract._page_metadata runs the steps of trafilatura's extract_metadata that give the title,
    # the author and the date, and skips the rest (categories, tags, license: time newsclean does
    # not spend). It calls trafilatura's internals, so a trafilatura release that changes them
    # must show here rather than as metadata lost without a word.
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from newsclean import extract

    expected = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    html = (FOLDER / f"{name}.html").read_bytes().decode(expected["encoding"])
    tree = load_html(html)
    ours = extract._page_metadata(tree, expected["url"])
    theirs = extract_metadata(tree, default_url=expected["url"])
    assert ours is not None
    assert (ours.title, ours.author, ours.date) == (theirs.title, theirs.author, theirs.date)


HARLAN = "Harlan County approves $48 million jail expansion despite objections"
YOAST_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harlan County approves $48 million jail expansion despite objections - The Valley Sentinel
</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Valley Sentinel">
<meta property="og:title"
 content="Harlan County approves $48 million jail expansion despite objections - The Valley Sentinel">
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Harlan County approves $48 million jail expansion despite objections</h1>
<p>HARLAN — The Harlan County Fiscal Court voted 4-1 on Tuesday to borrow $48 million for an expansion of the
county detention center, despite objections from residents who packed the meeting room.</p>
<p>The expansion would add 220 beds to a jail that has held nearly twice its rated capacity for most of the
past three years, according to figures presented by the jailer.</p>
<p>Opponents said the county should invest in treatment programs instead, and several asked the court to put
the question to voters in a referendum next spring.</p>
</article><footer>© 2026 The Valley Sentinel</footer></body></html>"""


@pytest.mark.parametrize(
    ("url", "site_name", "title"),
    [
        # a WordPress SEO plugin's og:title repeats <title>, the site's name after a dash
        ("https://valleysentinel.com/news/jail", "The Valley Sentinel", HARLAN),
        # no og:site_name: the host names the site
        ("https://www.valleysentinel.com/news/jail", None, HARLAN),
        # neither names it: the title stays whole
        ("https://example.org/news/jail", None,
         f"{HARLAN} - The Valley Sentinel"),
    ],
)
def test_the_site_s_name_is_not_part_of_the_title(url: str, site_name: str | None, title: str) -> None:
    named = '<meta property="og:site_name" content="The Valley Sentinel">'
    page = YOAST_PAGE if site_name else YOAST_PAGE.replace(named, "")
    assert newsclean.clean(page, url=url).title == title


def test_a_headline_under_a_kicker_is_the_title_not_body() -> None:
    # A regional paper's CMS prints a kicker ("Dachzeile") above the <h1>; trafilatura keeps both.
    # The kicker stands above the first body line and is taken for a headline; the <h1> is the
    # page's title, which the HTML declares, and is no body either.
    headline = "Windräder im Staatsforst: Gemeinderat Altenau stimmt knapp zu"
    page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{headline} | Oberland Bote</title>
<meta property="og:title" content="{headline}"><meta property="og:type" content="article"></head><body>
<article><p class="kicker">Energiewende vor Ort</p><h1>{headline}</h1>
<p>Altenau – Im Staatsforst bei Altenau dürfen drei Windräder gebaut werden. Der Gemeinderat stimmte am
Dienstagabend mit neun zu acht Stimmen für den Bebauungsplan, nach mehr als drei Stunden Debatte.</p>
<p>Die Anlagen sollen gut 250 Meter hoch werden und rechnerisch rund 7000 Haushalte mit Strom versorgen.
Die Bürgerinitiative Gegenwind kündigte an, gegen den Beschluss klagen zu wollen.</p>
<p>Bürgermeisterin Claudia Reiter sprach von einer schwierigen Abwägung. Der Wald sei an der Stelle bereits
durch den Borkenkäfer geschädigt, die Zufahrten könnten über bestehende Forstwege laufen.</p>
</article></body></html>"""
    article = newsclean.clean(page, url="https://www.oberland-bote.de/altenau/windraeder")
    assert article.title == headline
    assert headline not in article.text.splitlines()
    assert article.text.startswith("Altenau – Im Staatsforst")
    assert next(line.rule for line in article.lines if line.text.strip() == headline) == "title.html-headline"


def test_captions_in_the_story_s_header_and_outside_figures_are_read() -> None:
    # The lead picture in the article's own <header> (the page's header holds teasers and the
    # logo), a WordPress caption block without <figure>, and a paper's caption paragraph.
    # A video player's "Captions" button is no caption.
    from trafilatura.utils import load_html

    from newsclean.extract import figure_captions

    page = """<html><body><header><figure><img src="logo.png" alt="x">
<figcaption>The Gazette logo above the menu bar</figcaption></figure></header>
<article><header><h1>Floods</h1><figure><img src="a.jpg">
<figcaption>Vecinos en la calle tras el desalojo del pasado febrero. EFE/Andrea Comas</figcaption></figure></header>
<div class="wp-caption"><img src="b.jpg" alt="x"><p class="wp-caption-text">Firefighters at the scene on Tuesday.
Photo: Jane Doe/Reuters</p></div>
<p class="photo-caption">Die Brücke über die Sosnowka am Montag. Foto: dpa</p>
<p class="photo-caption">３月末で廃止される路線バス＝４日、沢井町中央（佐藤健撮影）</p>
<div class="art-foto"><img src="c.jpg" alt="x">
<p class="podpis">Tak ma wyglądać nowy most na Sanie. fot. UM Przemyśl</p></div>
<figure class="captioned-image"><img src="d.jpg"><button>Expand image</button>
<figcaption>Protesters gather outside the court on Monday.</figcaption></figure>
<div class="vjs-captions-button">Captions</div><p>The story.</p></article></body></html>"""
    found = [(figure.caption.text, figure.caption.credit) for figure in figure_captions(load_html(page))]
    assert found == [
        ("Vecinos en la calle tras el desalojo del pasado febrero.", "EFE/Andrea Comas"),
        ("Firefighters at the scene on Tuesday.", "Jane Doe/Reuters"),
        ("Die Brücke über die Sosnowka am Montag.", "dpa"),
        # counted in words, a CJK character is half of one: no spaces is no single word
        ("３月末で廃止される路線バス＝４日、沢井町中央", "佐藤健"),
        # a caption's class in the page's language: Polish "podpis"
        ("Tak ma wyglądać nowy most na Sanie.", "UM Przemyśl"),
        # a figure whose own class names a caption: its figcaption, not its whole text
        ("Protesters gather outside the court on Monday.", None),
    ]


def test_an_author_read_with_a_signature_s_brackets_loses_them() -> None:
    # trafilatura reads a Japanese paper's signature "（佐藤健）" as the author, and may cut it.
    from types import SimpleNamespace

    from newsclean.extract import Extracted, _with_metadata

    for author, names in (("（佐藤健）", ["佐藤健"]), ("（佐藤", ["佐藤"]), ("Jane Doe; （ ）", ["Jane Doe"]),
                          ("Jane Doe (Reuters)", ["Jane Doe (Reuters)"])):
        document = SimpleNamespace(author=author, title=None, date=None, sitename=None)
        assert _with_metadata(Extracted(""), document, None).authors == names
