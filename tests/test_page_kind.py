"""What a page says it is, and the page-text switch of the HTML path (pipeline._clean_extracted).

A page that does not call itself a story (a forum thread, a shop's or a service's page) is also
cleaned from its whole text, and that text is used when its body is much longer than what
trafilatura's main text gives. The heads below copy the shapes real pages use to declare their
type; the expectations are written by hand.
"""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

import newsclean
from newsclean import extract, pipeline

STORY_HEADS = {
    "open graph": '<meta property="og:type" content="article">',
    "open graph, upper case": '<meta property="og:type" content="Article">',
    "json-ld": '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
               ' "headline": "Council approves flood walls"}</script>',
    "json-ld list": '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
                    ' {"@type": ["Thing", "BlogPosting"]}]}</script>',
    "microdata": '</head><body><div itemscope itemtype="https://schema.org/ReportageNewsArticle"><p>x</p></div>',
}
OTHER_HEADS = {
    "website": '<meta property="og:type" content="website">',
    "forum posting": '<meta property="og:type" content="website"><script type="application/ld+json">'
                     '{"@type": "DiscussionForumPosting", "headline": "Hub bearings grinding"}</script>',
    "product": '<script type="application/ld+json">{"@type": "Product", "name": "Trail shoe",'
               ' "review": {"@type": "Review"}}</script>',
    "nothing": "",
}


def _tree(head: str) -> object:
    return load_html(f"<html><head><title>t</title>{head}</head><body><p>Text of the page.</p></body></html>")


@pytest.mark.parametrize("kind", STORY_HEADS)
def test_a_page_that_declares_a_story(kind: str) -> None:
    assert extract.declares_story(_tree(STORY_HEADS[kind]))


@pytest.mark.parametrize("kind", OTHER_HEADS)
def test_a_page_that_declares_no_story(kind: str) -> None:
    assert not extract.declares_story(_tree(OTHER_HEADS[kind]))


def test_page_text_keeps_blocks_on_their_own_lines() -> None:
    html = "<html><body><nav><a>Home</a> <a>Forums</a></nav><h1>Hub bearings</h1><p>First post.</p>" \
           "<div>Second post.</div><ul><li>One</li><li>Two</li></ul></body></html>"
    lines = [line for line in extract.page_text(html).splitlines() if line]
    assert lines == ["Home Forums", "Hub bearings", "First post.", "Second post.", "One", "Two"]


@pytest.mark.parametrize("html", ["", "<html>", "<div>" * 300_000])
def test_page_text_of_markup_without_text_is_empty(html: str) -> None:
    assert extract.page_text(html) == ""


POSTS = [
    "I have been chasing a grinding noise in the rear hub of my touring bike for two weeks now, and it gets "
    "worse when I coast down long hills with a full load on the rack.",
    "Pull the axle and look at the cones before you buy anything. A pitted cone makes exactly that noise, and "
    "on most hubs of that age you can replace the cone alone for a few pounds.",
    "Agree with the above. While you have it apart, clean out the old grease completely and count the balls: "
    "if one is missing the others wear unevenly and the noise comes back within a month.",
    "Thanks both. The drive-side cone was badly pitted, and one ball had split in two. New cones and balls are "
    "in, the hub is quiet again, and I rode forty miles on it yesterday without a sound.",
]


def _thread(head: str) -> str:
    posts = "".join(
        f'<div class="message"><div class="user">rider{number}<br>Joined: 2019<br>Messages: {number * 37}</div>'
        f'<div class="message-body"><p>{post}</p></div><div class="actions">Reply Like Quote</div></div>'
        for number, post in enumerate(POSTS)
    )
    return (
        f"<html><head><title>Grinding rear hub | Example Cycling Forum</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/forums">Forums</a> <a href="/whats-new">What\'s new</a></nav>'
        f"<h1>Grinding rear hub</h1>{posts}<p>You must log in or register to reply here.</p>"
        "<footer>© 2026 Example Cycling Forum</footer></body></html>"
    )


def test_a_thread_that_is_not_a_story_is_cleaned_from_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura's main text here is made to hold the first post only, as it does on many
    # real threads; the page's text holds them all.
    monkeypatch.setattr(extract, "_with_continuations", lambda tree, main_text: POSTS[0])
    monkeypatch.setattr(extract, "_trafilatura", lambda tree, url, include_tables: _Document(POSTS[0]))
    article = newsclean.clean(_thread(OTHER_HEADS["forum posting"]))
    assert [line for line in POSTS if line in article.text.splitlines()] == POSTS
    assert "You must log in" not in article.text
    assert article.source == "html" and article.extraction == "page-text"


def test_a_story_is_cleaned_from_the_main_text_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_with_continuations", lambda tree, main_text: POSTS[0])
    monkeypatch.setattr(extract, "_trafilatura", lambda tree, url, include_tables: _Document(POSTS[0]))
    article = newsclean.clean(_thread(STORY_HEADS["open graph"]))
    assert article.text == POSTS[0]
    assert article.extraction == "trafilatura"
    assert newsclean.clean(article.text).extraction is None


def test_the_page_text_is_used_only_when_it_is_much_richer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The main text has three of the four posts: the page's text is not 1.5 times as long.
    main_text = "\n".join(POSTS[:3])
    monkeypatch.setattr(extract, "_with_continuations", lambda tree, text: main_text)
    monkeypatch.setattr(extract, "_trafilatura", lambda tree, url, include_tables: _Document(main_text))
    assert pipeline.PAGE_TEXT_RICHER == 1.5
    article = newsclean.clean(_thread(OTHER_HEADS["forum posting"]))
    assert article.text.splitlines() == POSTS[:3]


class _Document:
    """The fields of trafilatura's extraction that newsclean reads."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.title = "Grinding rear hub"
        self.author = None
        self.date = None
