"""Metadata stage: gather what the line decisions found into the Article's fields.

Sources, in order of trust (docs/metadata.md):

- ``title``: the HTML's title (trafilatura: ``og:title``, JSON-LD, ``<h1>``, ``<title>``), else the
  headline found in the text (``titles.py``).
- ``authors``: the HTML's authors, else the people named by the text's byline lines (not a
  teaser's, right under a related heading or headline, nor a bare name right under a byline,
  which names the desk or the outlet), else the reporters named in a
  wire dateline (Chinese, Taiwanese, Japanese, Korean), else the agency of an agency-and-date
  byline.
- ``published``: the HTML's date, else the first date line or byline date in the text.
- ``dateline``: the opening of the first body line (``datelines.py``); text only.
- ``captions`` and ``photo_credits``: the HTML's figure captions and their credits
  (``extract.figure_captions``), then the caption and credit lines of the text (``credits.py``).
"""

from __future__ import annotations

from itertools import pairwise

import regex

from newsclean.article import MODEL_RULE_PREFIX, Article, Caption
from newsclean.bylines import Byline, name_alone
from newsclean.classify import Decision
from newsclean.credits import CreditMatch
from newsclean.datelines import find_dateline
from newsclean.extract import Extracted

# The reporters a dateline names, by its shape (datelines.py):
# 新华社北京3月15日电（记者 张三、李四）, 本报北京3月15日电（记者王明 通讯员李华）;
_REPORTER_IN_DATELINE = regex.compile(r"[(（](?:本报|本報)?(?:记者|記者)\s?(?P<names>[^()（）]{2,40})[)）]")
# （中央社記者王小明台北15日電）;
_CNA_REPORTER = regex.compile(r"^[(（]中央社(?:記者|记者)(?P<names>[\p{Han}·、]{2,12}?)\p{Han}{2}\d{1,2}日[電电]")
# Taiwan's papers, 〔記者王小明／台北報導〕, 〔編譯張沛元／綜合報導〕 (a compiled report has a writer too);
# 〔即時新聞／綜合報導〕 names a desk, no one;
_TAIWAN_REPORTER = regex.compile(r"^[〔【\[](?:記者|记者|編譯|编译)(?P<names>[\p{Han}·、]{2,12}?)[／/]")
# Japanese papers, 【ワシントン＝田中健一】 (a wire's name there, 【ロンドン＝共同】, is no person);
_JAPANESE_REPORTER = regex.compile(r"^【[^】=＝]{1,12}[=＝](?P<names>[^】=＝]{2,16})】$")
# Korean agencies, "(세종=연합뉴스) 김민수 기자 =", "[서울=뉴시스]김민수·이영희 기자 =".
_KOREAN_REPORTER = regex.compile(
    r"[)\]]\s?(?P<names>\p{Hangul}{2,4}(?:\s?[·ㆍ・,]\s?\p{Hangul}{2,4}){0,5})\s?(?:기자|특파원|통신원)\s?=$"
)
# Chinese writes a middle dot inside a transcribed name (阿依古丽·买买提), Korean between names.
_CN_SEPARATORS = regex.compile(r"[\s、，,]+")
_KO_SEPARATORS = regex.compile(r"[\s·ㆍ・,]+")
# Roles written before a name inside the brackets: 通讯员李华, 实习生王五.
_CN_ROLES = ("通讯员", "通訊員", "实习生", "實習生", "记者", "記者")
# Words beside the names that are not names: 摄影报道 (photos by), 发自华盛顿 (filed from Washington).
_CN_NOT_NAMES = ("报道", "報導", "发自", "發自", "摄", "攝")
# A Chinese name: two to four characters, or a transcribed one with a middle dot (阿依古丽·买买提).
_CN_NAME = regex.compile(r"^(?:\p{Han}{2,4}|\p{Han}{1,6}·\p{Han}{1,6})$")
# Wire services and desks in a Japanese dateline's name place.
_JA_NOT_PEOPLE = ("共同", "時事", "ロイター", "AFP", "ＡＦＰ", "AP", "ＡＰ", "EPA", "ＥＰＡ", "UPI", "ＵＰＩ", "聯合", "新華社",
                  "ブルームバーグ", "通信", "新聞", "本社", "本紙", "支局", "総局", "取材班", "特派員")
_DATELINE_SEARCH_LINES = 3
_ENDS_PARAGRAPH = regex.compile(r"[.!?…。！？؟][\"”“»’'」]?$")
_NAME_BESIDE_DATE = "byline.name-beside-date"
# Bylines without a byline word: a name (or a desk) beside a date, on the date's line, or a wire's name.
_BARE_NAME_RULES = frozenset({_NAME_BESIDE_DATE, "byline.name-and-date", "byline.agency-and-date", "byline.contributors"})
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
    present = [index for index, decision in enumerate(decisions) if decision.category != "blank"]
    previous = {index: decisions[before] for before, index in pairwise(present)}
    outlets = _names_under_a_byline(decisions, present)
    last_kept = max((index for index, decision in enumerate(decisions) if decision.kept), default=len(decisions))
    for index, decision in enumerate(decisions):
        detail = decision.detail
        if decision.category == "title" and isinstance(detail, str) and text_title is None:
            text_title = detail
        elif index >= thread and decision.category in _DATED:
            continue
        elif isinstance(detail, Byline):
            if detail.rule == "byline.agency-and-date":
                names = agency_authors
            else:
                # under a related heading or a teaser, a byline is the teaser's ("Mehr zum Thema", "Von …")
                teaser = index in previous and previous[index].category == "related"
                # below the story, a bare name beside the footer's date is a tag ("Rajya Sabha") once
                # the head has named the authors
                tag = detail.rule == _NAME_BESIDE_DATE and index > last_kept and bool(byline_authors)
                names = [] if teaser or tag or index in outlets else byline_authors
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
    # headline the title finder missed) may come before it. The first paragraph is the first
    # of them that ends a sentence: only there do a place and a dash alone make a dateline.
    first_paragraph = True
    for line in [line for line in article.lines if line.kept][:_DATELINE_SEARCH_LINES]:
        text = line.text.strip()
        ends_paragraph = _ENDS_PARAGRAPH.search(text) is not None
        article.dateline = find_dateline(text, first_paragraph=first_paragraph and ends_paragraph)
        if article.dateline is not None:
            break
        first_paragraph = first_paragraph and not ends_paragraph
    if not byline_authors and article.dateline is not None:
        byline_authors = _reporters_in_dateline(article.dateline.raw)
    if not byline_authors and last_kept < len(decisions):
        byline_authors = _signature_below_story(article, last_kept)

    html_title = extracted.title if extracted else None
    html_authors = extracted.authors if extracted else []
    html_date = extracted.published if extracted else None
    article.title = html_title or text_title
    article.authors = list(html_authors) or byline_authors or agency_authors
    article.published = html_date or text_date


def _signature_below_story(article: Article, last_kept: int) -> list[str]:
    """The name alone on the line right below the story's last paragraph, which signs it
    ("Minh Anh" under a Vietnamese story): the authors when no byline named them."""
    below = next((line for line in article.lines[last_kept + 1:] if line.text.strip()), None)
    if below is None or not below.rule.startswith(MODEL_RULE_PREFIX) \
            or not _ENDS_PARAGRAPH.search(article.lines[last_kept].text.strip()):
        return []
    named = name_alone(below.text.strip())
    return named.authors if named else []


def _names_under_a_byline(decisions: list[Decision], present: list[int]) -> set[int]:
    """The bare names beside a date that stand right under a byline with a byline word, among its
    date lines: "By Jane Doe and John Roe" / "Example Rural" / "Posted …", "Article rédigé par …" /
    "France Télévisions". They name the desk or the outlet, not more authors."""
    under: set[int] = set()
    after_byline = False
    for index in present:
        decision = decisions[index]
        if decision.rule == _NAME_BESIDE_DATE:
            if after_byline:
                under.add(index)
        elif decision.category == "byline":
            after_byline = decision.rule not in _BARE_NAME_RULES
        elif decision.category != "date":
            after_byline = False
    return under


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
    """The reporters a wire dateline names (``Dateline.raw``), when it names people."""
    found = _CNA_REPORTER.match(raw) or _TAIWAN_REPORTER.match(raw)
    if found:
        return [name for name in _CN_SEPARATORS.split(found.group("names")) if name]
    found = _REPORTER_IN_DATELINE.search(raw)
    if found:
        names = [_without_role(name) for name in _CN_SEPARATORS.split(found.group("names"))]
        names = [name for name in names if name and not name.startswith(_CN_NOT_NAMES) and not name.endswith(_CN_NOT_NAMES)]
        return names if all(_CN_NAME.match(name) for name in names) else []
    found = _KOREAN_REPORTER.search(raw)
    if found:
        return [name for name in _KO_SEPARATORS.split(found.group("names")) if name]
    found = _JAPANESE_REPORTER.match(raw)
    if found:
        names = [name.strip() for name in found.group("names").split("、")]
        if all(name and not any(word in name for word in _JA_NOT_PEOPLE) for name in names):
            return names
    return []


def _without_role(name: str) -> str:
    """``name`` without the role written before it: 通讯员李华 -> 李华."""
    return next((name.removeprefix(role) for role in _CN_ROLES if name.startswith(role)), name)
