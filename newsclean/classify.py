"""The core algorithm: decide, for every line of a page's text, whether it is body, and if not, what.

Read top to bottom, :func:`classify` is the whole algorithm (docs/algorithm.md explains why):

1. Blank lines are ``blank``.
2. Named furniture: a line that a pattern table claims (``rules.py``) takes that category.
3. Metadata lines: photo credits and captions (``credits.py``), bylines (``bylines.py``) and
   lines that are only a date (``dates.py``) take their category; a bare person's name next to
   a date line is a byline.
4. The title: the opening ``<title>`` line and the headline that repeats it (``titles.py``).
5. Every other line is weighed by a two-pass linear model (weights in
   ``resources/line_model.json``, trained by ``tools/train_line_model.py``):
   the first pass scores each line from its own shape and place (``features.py``); the
   *main block* is the stretch of lines whose scores add up to the most; the second pass
   rescores each line with its neighbours' scores and its position against the main block.
   A line whose second-pass probability reaches the threshold is ``body``; any other is
   ``boilerplate``.
6. Revision: a full sentence the model rejected, with body on one side and body, the page's
   edge or named furniture on the other, is ``body``. When step 4 found no title, a headline-shaped
   first body line directly above more body is the ``title``.
7. The article is one stretch of the page: a "Related" or comments heading below most of the
   body ends it (what follows is teasers or a comment thread), so does a thread of commenters'
   lines ("jane_doe says:") however long it is; three or more headline-shaped lines below the
   last paragraph are teasers; a later copy of a kept paragraph is a repeat; and a run of body
   lines cut off from the rest, with a small share of the words of the largest run, is an
   island of boilerplate.
8. Naming: lines the model rejected are named from their neighbours (a menu's run of section
   names, a teaser list's headlines, a cookie banner's button, a picker's unknown language);
   nothing kept changes.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import mul
from typing import Any

import regex

from newsclean.article import MODEL_RULE_PREFIX
from newsclean.bylines import Byline, find_byline, name_alone, name_and_date
from newsclean.credits import CreditMatch, find_credit
from newsclean.dates import find_date, find_dates
from newsclean.features import (
    CLOSERS,
    CONTEXT_FEATURES,
    LINE_FEATURES,
    PLACE_FEATURES,
    SENTENCE_END,
    context_features,
    ends_sentence,
    line_features,
    place_features,
    units_of,
)
from newsclean.rules import Rule, default_ruleset
from newsclean.titles import Title, find_title, is_headline_shaped

_MIN_REVISED_UNITS = 8
# A subheading introduces a paragraph of this many words or more; a teaser list is followed by
# another teaser, a short prompt or the page's furniture.
_MIN_PARAGRAPH_UNITS = 15
# A subheading opens a paragraph of this many words at least (a tabloid's are short).
_MIN_SECTION_PARAGRAPH_UNITS = 10
_DATED = frozenset({"date", "byline"})
# A first line of fewer words is as often the site's name ("The New York Times") as a title.
_MIN_FIRST_LINE_TITLE_UNITS = 5
# Step 7. A heading closes the article when this share of the body's words is above it.
_CLOSED_AT_SHARE = 0.85
_FORM_CLOSES_AT_SHARE = 0.3
# ... unless the story goes on right below the few headlines of a box in mid-story.
_MAX_BOX_HEADLINES = 3
# Body lines further apart than this many other (non-blank) lines are separate runs; a run with
# less than _MIN_RUN_SHARE of the words of the largest run is an island.
_MAX_RUN_GAP = 1
_MIN_RUN_SHARE = 0.05
# A kept line of this many words or more is said once; a later copy is a repeat.
_MIN_REPEATED_UNITS = 8
# "jane_doe said:": a line this short ending in a colon names who is quoted below it.
_MAX_ATTRIBUTION_UNITS = 6
# Headline-shaped lines below the last paragraph that make a teaser list.
_MIN_TRAILING_HEADLINES = 3
# Commenters' lines ("jane_doe says:") that make a thread.
_MIN_THREAD_AUTHORS = 3
# A thread of stamped comments: its first date or byline line within this many lines of the thread
# heading, its third before this share of the story's words.
_MAX_HEADING_TO_STAMP = 3
_MAX_THREAD_OPENING_SHARE = 0.5
# A copyright line longer than this is a caption or a licence paragraph, not the site's footer.
_MAX_FOOTER_COPYRIGHT_CHARS = 100
# Sentences of the story that must stand above the copyright line for it to be the page's footer.
_MIN_SENTENCES_ABOVE_FOOTER = 2
_MAX_DATE_LINE_CHARS = 90
_MAX_DATE_LINE_LEFTOVER = 32
_AGE_OR_READING_TIME = regex.compile(
    r"(?:last\s)?updated\s\d{1,2}\s(?:minutes?|mins?|hours?|hrs?|days?)\sago"
    r"|\d{1,3}\s?(?:-\s?)?min(?:ute)?s?\.?\s(?:read|de lecture|Lesezeit|de lectura|de leitura|di lettura)",
    regex.IGNORECASE,
)
_DATE_BYLINE_SEPARATORS = " \t|·•-–—,/"
_MIN_SENTENCE_WORDS_BESIDE_DATE = 4
# A second date on the line (the update) brings its own label: "| Aktualisiert am".
_MAX_DATES_ON_A_LINE = 2
_SECOND_DATE_LABEL_CHARS = 20


@dataclass(frozen=True)
class Decision:
    """What was decided about one line, and the evidence a metadata extractor found in it."""

    category: str
    rule: str
    detail: CreditMatch | Byline | str | None = None

    @property
    def kept(self) -> bool:
        return self.category == "body"

    @property
    def by_model(self) -> bool:
        """Whether the line model decided the line (no rule named it)."""
        return self.rule.startswith(MODEL_RULE_PREFIX)


# The decisions every page repeats, made once.
_BLANK = Decision("blank", "blank")
_MODEL_BODY = Decision("body", "model.body")
_MODEL_BOILERPLATE = Decision("boilerplate", "model.boilerplate")
_BETWEEN_BODY = Decision("body", "model.body-between-body")
_SIGNATURES = frozenset({"byline", "editor"})
_MAX_SIGNED_PARAGRAPHS = 3
# Furniture inside a story; a full sentence beside a credit alone is its caption (_revive_gap).
_IN_STORY_FURNITURE = frozenset({"related", "advertisement", "caption", "photo_credit"})
_STORY_HEAD = frozenset({"title", "date", "byline"})
_HEAD_FURNITURE = frozenset({"share", "boilerplate", "comments"})
_MAX_STORY_GAP = 12
# ... a gap may hold a box or an ad label each so many lines, up to this many of them
_MAX_GAP_BOXES = 2
_MIN_SHORT_SENTENCE_UNITS = 4
_SHORT_SENTENCE_ENDS = frozenset(".!?")
_MAX_CAPTION_UNITS = 25
_MAX_INTRO_UNITS = 12
_TEASER_UNDER_HEADING = Decision("related", "related.teaser-under-heading")
# Under a related heading, a headline-shaped line above a paragraph is the story's subheading
# ("What happens next") when shorter than this, else a teaser's headline, the last of a box in
# mid-story ("Власти рассказали, когда откроют новый мост через Волгу").
_MIN_TEASER_UNITS = 7
# Korean and Japanese papers mark a subheading with a sign: "◇국토부 \"연장 여부 검토 중\"", "■ 対策は".
_SUBHEADING_MARKS = frozenset("◇◆■□▲△▶▷●○◎")
_ISLAND = Decision("boilerplate", "model.island")
_LIST_ITEM = Decision("body", "model.list-under-colon")
# A live ticker's entries: a time alone ("16:05 Uhr", "4:14 p.m."), perhaps a headline, then the text.
_LIVE_ENTRY = Decision("body", "model.live-entry")
_TIME_STAMP = regex.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|horas?|heures?|[ap]\.?m\.?|et|gmt|cet|cest|utc|msk|wib))?$", regex.IGNORECASE
)
_MIN_LIVE_ENTRIES = 3
_LIST_MARKER = regex.compile(r"^[-•*·▪]\s+")
# An entry's time, its headline and the first paragraphs the model rejected, above its kept text.
_MAX_LIVE_ENTRY_HEAD = 4
_LIST_SEPARATORS = (" -- ", " – ", " — ", " - ", " | ", ": ")
_MIN_LIST_INTRO_UNITS = 3
_MIN_LIST_ITEMS = 3
# Items that end with a semicolon or a comma (the last with a full stop), each a phrase.
_ITEM_ENDS = frozenset(";,；，、")
_MAX_ITEM_UNITS = 25
_MIN_PUNCTUATED_ITEMS = 2
# A list of bare phrases under a colon: a dozen short items at most, so that a menu under a
# kept line ending with a colon is not taken for one.
_MIN_PHRASE_ITEMS = 2
_MAX_PHRASE_ITEMS = 12
_MAX_PHRASE_ITEM_UNITS = 12
_PAGE_WITHOUT_STORY = Decision("body", "model.page-without-story")
# A page has no story when the model kept fewer words than this in lines that end a sentence,
# and less than this share of the words it judged.
_MIN_STORY_SENTENCE_UNITS = 60
_MAX_KEPT_SHARE_WITHOUT_STORY = 0.2
_TRAILING_HEADLINE = Decision("related", "related.headline-after-story")
_REPEATED_PARAGRAPH = Decision("boilerplate", "boilerplate.repeated-paragraph")
_RELATED_HEADING_SUFFIX = ".heading"
# Headings a list of teasers follows: "Related stories", "More from Technology".
_TEASER_LIST_HEADING_SUFFIXES = (_RELATED_HEADING_SUFFIX, ".more-from")
_HEADLINES_ABOVE_STORY = Decision("related", "related.headline-above-story")
_LEAD_UNDER_HEAD = Decision("body", "model.lead-under-head")
_MENU_RUN = Decision("navigation", "navigation.menu-run")
_AMONG_LANGUAGES = Decision("language_picker", "language_picker.among-languages")
_MAX_UNKNOWN_LANGUAGES = 2
_COOKIE_BUTTON = Decision("cookie_banner", "cookie_banner.button-after-notice")
_MAX_BUTTON_UNITS = 2
_MIN_MENU_RUN = 3
_MAX_MENU_ITEM_UNITS = 3
_MENU_ITEM_ENDS = frozenset(".!?。！？…؟,，;")
_COLONS = frozenset(":：")
_ABOVE_HEADLINE = Decision("boilerplate", "boilerplate.above-headline")
# A headline has the story under it when this many full sentences are kept below it and a date or
# byline follows it within this many lines.
_MIN_SENTENCES_UNDER_HEADLINE = 2
_MAX_HEAD_LINES = 6
_MAX_LEAD_LINES = 3
# A lead reads as prose: at least this share of its words start in lower case (scripts without
# case pass).
_MIN_LEAD_LOWER_SHARE = 0.51
_MIN_HEADLINES_ABOVE_STORY = 3
_AFTER_SIGN_UP_BOX = Decision("boilerplate", "boilerplate.after-sign-up-box")
_SIGN_UP_BOXES = frozenset({"newsletter", "cookie_banner"})
# A comment form ("Leave a Reply", "Save my name, email, and website…") is a box too: its
# privacy notes follow it.
_COMMENT_FORM_SUFFIX = ".comment-form"
# A paywall's prompt cuts the story: what the model keeps below it is the offer ("1 € le premier
# mois"). The same words badge a teaser in a "Read also" box, so it needs most of the story above.
_PAYWALL_SUFFIX = ".paywall"
# A stretch of kept text after a sign-up box with less than this share of the story's words is
# the box's own text (its form, its consent notes), not the story going on.
_MIN_STRETCH_SHARE = 0.3
_REPEATED_AS_ONE_LINE = Decision("boilerplate", "boilerplate.repeated-as-one-line")
_MIN_JOINED_COPY_UNITS = 40
_MIN_JOINED_COPY_SHARE = 0.85
_MIN_JOINED_COPY_PARTS = 3
# Shorter kept lines ("Photos", "Read more") may stand in any line by chance.
_MIN_JOINED_PART_UNITS = 4
_COMMENT_AUTHOR_SUFFIX = ".comment-author"
_QUOTES = frozenset("\"“”„«»‹›「『'‘")
_THREAD_HEADING_SUFFIX = ".thread-heading"
# An author's or a company's profile ("About the author", "About Example Corp") closes a story too.
_ABOUT_HEADING_SUFFIX = ".about-heading"
_AUTHOR_NOTE = Decision("boilerplate", "boilerplate.author-note")
# The author's note is among the story's last kept lines, and says more than a signature.
_AUTHOR_NOTE_TAIL = 3
_MIN_AUTHOR_NOTE_UNITS = 6
_IN_COMMENT_THREAD = Decision("comments", "comments.in-thread")
_POST_ABOVE_THREAD = Decision("body", "model.body-above-thread")
_BELOW_FOOTER = Decision("boilerplate", "boilerplate.below-copyright-footer")
# What opens a post: going up from its comment thread, the post ends at these.
_POST_HEAD = frozenset({"title", "date", "byline"})


@dataclass(frozen=True)
class LineModel:
    """The two weight vectors of the linear model and the threshold for ``body``."""

    line_weights: tuple[float, ...]
    line_bias: float
    context_weights: tuple[float, ...]
    context_bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineModel:
        expected = list(LINE_FEATURES + PLACE_FEATURES)
        if data["line_features"] != expected or data["context_features"] != list(CONTEXT_FEATURES):
            raise ValueError("line_model.json was trained on other features: retrain it (tools/train_line_model.py)")
        return cls(tuple(data["line_weights"]), data["line_bias"], tuple(data["context_weights"]),
                   data["context_bias"], data["threshold"])


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    """The model shipped in ``resources/line_model.json``."""
    text = (resources.files("newsclean") / "resources" / "line_model.json").read_text(encoding="utf-8")
    return LineModel.from_json(json.loads(text))


def classify(
    lines: list[str], model: LineModel | None = None, threshold: float | None = None, *, main_text: bool = False
) -> list[Decision]:
    """One :class:`Decision` per entry of ``lines`` (the page's text split into lines).

    ``threshold`` overrides the model's own threshold for ``body`` (the HTML path uses a low one).
    ``main_text`` says that ``lines`` are an extractor's main text rather than the whole page's.
    The plain-text-only steps of step 7 (footer, headline lists above and below the story,
    lead, lists under a colon, repeats, sign-up boxes, a page without a story) are then
    skipped: the page's teaser lists, footer and dialogs are gone already, short lines below
    the last paragraph are the story's own (a list of the photos shown, a podcast's links), a
    repeated paragraph is a pull quote, a copyright line is an agency's credit, not the site's
    footer, and an extractor keeps lists and has no menus to mistake for them. Headings that
    close the story, comment threads and islands are looked for on both.
    """
    stripped = [line.strip() for line in lines]
    decisions, title = claim_lines(stripped)

    probabilities = body_probabilities(lines, model or default_model(), decisions)
    if threshold is None:
        threshold = (model or default_model()).threshold
    decided = [
        decision if decision is not None
        else _MODEL_BODY if probabilities[index] >= threshold
        else _MODEL_BOILERPLATE
        for index, decision in enumerate(decisions)
    ]
    _revise_sentences_between_body(stripped, decided)
    _revive_paragraphs_above_signature(stripped, decided)
    _revive_paragraphs_around_story_furniture(stripped, decided)
    _teasers_under_related_heading(stripped, decided)
    if title is None:
        _headline_above_body(stripped, decided)
        _title_on_first_line(stripped, decided)
    _close_at_tail_heading(stripped, decided, main_text=main_text)
    _close_at_comment_thread(stripped, decided)
    if not main_text:
        _close_at_copyright_footer(stripped, decided)
        _drop_trailing_headlines(stripped, decided)
        _drop_headlines_above_story(stripped, decided)
        _drop_body_above_headline(stripped, decided)
        _revive_lead_under_head(stripped, decided)
        _revive_list_under_colon(stripped, decided)
        _revive_live_entries(stripped, decided)
        _drop_repeated_paragraphs(stripped, decided)
        _drop_copies_joined_in_one_line(stripped, decided)
        _drop_stretches_after_sign_up_boxes(stripped, decided)
    _drop_author_notes(stripped, decided)
    _drop_islands(stripped, decided)
    if not main_text:
        _keep_page_without_story(stripped, decided)
    _name_rejected_furniture(stripped, decided)
    return decided


def claim_lines(stripped: list[str]) -> tuple[list[Decision | None], Title | None]:
    """Steps 1 to 4: the lines that blank, a rule, a metadata extractor or the title claim (else None)."""
    # A page repeats lines (menu items, "Share", "Advertisement"): each distinct one is judged once.
    distinct = list(dict.fromkeys(stripped))
    # An extractor writes a list's items with a marker ("- Tags: Fruita, schools"): the tables and
    # the extractors read the item.
    items = [_LIST_MARKER.sub("", text, count=1) for text in distinct]
    rules = default_ruleset().match_lines(items)
    claim_of = {text: _claim(item, rule) for text, item, rule in zip(distinct, items, rules, strict=True)}
    decisions = [claim_of[text] for text in stripped]
    _names_beside_dates(stripped, decisions)
    _quote_intros_are_not_commenters(stripped, decisions)
    unclaimed = [i for i, d in enumerate(decisions) if d is None]
    title = find_title(stripped, unclaimed)
    if title is not None:
        for index in title.lines:
            decisions[index] = Decision("title", title.rule, title.text)
    return decisions, title


def _side(decision: Decision) -> bool | None:
    """Body (True), the model's boilerplate (False), or a boundary a rule or extractor named (None)."""
    if decision.kept:
        return True
    return False if decision.by_model else None


def _headline_above_body(stripped: list[str], decided: list[Decision]) -> None:
    """The headline-shaped line just above the first body line is the title, when no title was found.

    Removing it keeps cleaning idempotent: a headline the model kept only for the blank lines
    around it would be dropped when the clean text (which has none) is cleaned again.
    """
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if not decided[index].kept:
            continue
        text = stripped[index]
        if decided[index].by_model and is_headline_shaped(text, units_of(text)) and any(
            decided[k].kept for k in present[rank + 1: rank + 2]
        ):
            decided[index] = Decision("title", "title.headline-above-body", text)
        return


def _title_on_first_line(stripped: list[str], decided: list[Decision]) -> None:
    """With no title found, a headline-shaped first line of a few words is the page's ``<title>``.

    A scraper's text opens with it; a title without a site's name in it ("Top MBA Programs of
    2025: Business School Rankings & Guides") has no part to recur or to tell it from the site's.
    """
    present = next((index for index, text in enumerate(stripped) if text), None)
    if present is None or any(decision.category == "title" for decision in decided):
        return
    text = stripped[present]
    if decided[present].by_model and units_of(text) >= _MIN_FIRST_LINE_TITLE_UNITS \
            and is_headline_shaped(text, units_of(text)):
        decided[present] = Decision("title", "title.first-line", text)


def _revise_sentences_between_body(stripped: list[str], decided: list[Decision]) -> None:
    """A full sentence the model rejected is body when body is on one side and body, the page's
    edge or furniture a rule named is on the other.

    This is jusText's context-sensitive revision: the model has learnt that pages end in
    footers, but a text cut at the article's last sentence ends in body, and a story's last
    paragraph often stands right above a newsletter box.
    """
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if decided[index].rule != "model.boilerplate":
            continue
        text = stripped[index]
        if not _is_full_sentence(text):
            # a subheading between two paragraphs the model kept; a short one (a section's
            # "Relief for farmers") may follow a short paragraph
            if 0 < rank < len(present) - 1 and _opens_section(
                    text, *((stripped[present[k]], decided[present[k]]) for k in (rank - 1, rank + 1))):
                decided[index] = _BETWEEN_BODY
            continue
        sides = [_side(decided[present[k]]) if 0 <= k < len(present) else None for k in (rank - 1, rank + 1)]
        if all(side is not False for side in sides) and any(sides):
            decided[index] = _BETWEEN_BODY
    _revise_last_sentences(stripped, decided, present)


def _revise_last_sentences(stripped: list[str], decided: list[Decision], present: list[int]) -> None:
    """Up to :data:`_MAX_SIGNED_PARAGRAPHS` full sentences in a row that the model rejected, below
    kept body and above furniture a rule named or the page's end, are the story's last paragraphs:
    one at a time, each stands beside a rejected sentence, which the revision above does not take
    for either side. The kept body may stand above a box the story holds ("VIDEO: …", an ad label)
    and a rejected subheading may open the run: both are the story's last section."""
    run: list[int] = []
    for rank, index in enumerate([*present, None]):
        if index is not None and decided[index] == _MODEL_BOILERPLATE and _is_full_sentence(stripped[index]):
            run.append(rank)
            continue
        if 1 < len(run) <= _MAX_SIGNED_PARAGRAPHS and (index is None or _side(decided[index]) is None):
            above = run[0] - 1
            heading = present[above] if above >= 0 else None
            if heading is not None and decided[heading] == _MODEL_BOILERPLATE \
                    and _is_section_heading(stripped[heading]):
                run.insert(0, above)
                above -= 1
            while above >= 0 and decided[present[above]].category in _IN_STORY_FURNITURE:
                above -= 1
            if above >= 0 and decided[present[above]].kept:
                for line in run:
                    decided[present[line]] = _BETWEEN_BODY
        run = []


def _opens_section(text: str, above: tuple[str, Decision], below: tuple[str, Decision]) -> bool:
    """A headline-shaped line between kept paragraphs, or a short one below a kept sentence."""
    if not is_headline_shaped(text, units_of(text)) or not _opens_paragraph(*below):
        return False
    return _is_paragraph(*above) or (above[1].kept and ends_sentence(above[0]) and _is_section_heading(text))


def _revive_paragraphs_above_signature(stripped: list[str], decided: list[Decision]) -> None:
    """The last paragraphs the model rejected right above the story's signature are the story's.

    Many papers end a story with its byline or editor line ("정덕현 칼럼니스트 x@example.co.kr",
    "(责任编辑：张三)", "Von Anna Müller") and the photo credits. The model has learnt that
    claimed lines cluster in comment threads and footers, and rejects the paragraphs next to
    them. Up to :data:`_MAX_SIGNED_PARAGRAPHS` full sentences the model rejected, directly above
    a byline or editor line and directly below kept body, are body.
    """
    present = [index for index, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        if decided[index].category not in _SIGNATURES:
            continue
        run: list[int] = []
        above = rank - 1
        while above >= 0 and len(run) < _MAX_SIGNED_PARAGRAPHS and decided[present[above]] == _MODEL_BOILERPLATE \
                and _is_full_sentence(stripped[present[above]]):
            run.append(present[above])
            above -= 1
        if run and above >= 0 and decided[present[above]].kept:
            for line in run:
                decided[line] = _BETWEEN_BODY


def _revive_paragraphs_around_story_furniture(stripped: list[str], decided: list[Decision]) -> None:
    """Paragraphs the model rejected beside a "Read also" box, an ad label or a caption inside the
    story are the story's.

    News sites break a story with in-story furniture ("Lire aussi" and a teaser's headline,
    "Mehr zum Thema: <headline>", "Anzeige"). The model reads the claimed lines as a footer's and
    rejects the short paragraphs beside them, so a story of short paragraphs loses its opening
    or its end. A gap holds only such furniture, the headlines of its teasers and sentences the
    model rejected (full ones, or a tabloid's short ones of four to seven words), at most
    :data:`_MAX_STORY_GAP` lines for each piece of furniture it holds, up to
    :data:`_MAX_GAP_BOXES` pieces. Its sentences are body when
    it has furniture and it lies between kept body (or the story's head, above the first kept
    line) and kept body; or between kept body and the page's end or furniture a rule named (the
    last paragraphs above a share row), for the sentences after the furniture.
    """
    anchor: Decision | None = None
    gap: list[int] = []
    seen_body = False
    for index, text in enumerate(stripped):
        decision = decided[index]
        if not text:
            continue
        if _in_story_gap(text, decision):
            gap.append(index)
            continue
        # A share row, a "Listen to this article" or a comment count between the headline's date
        # and the first paragraph (before or after the lead picture) is still the story's head.
        if anchor is not None and not anchor.kept and decision.category in _HEAD_FURNITURE \
                and not decision.by_model:
            continue
        # The story's signature ("（责任编辑：王五）", "Von Anna Müller") ends it as surely as kept body goes on.
        if anchor is not None and (decision.kept or (anchor.kept and decision.category in _SIGNATURES)):
            _revive_gap(stripped, decided, gap, below_body=anchor.kept)
        elif anchor is not None and anchor.kept and not decision.by_model:
            _revive_gap_at_story_end(stripped, decided, gap)
        opens_story = decision.category in _STORY_HEAD and not seen_body
        anchor = decision if decision.kept or opens_story else None
        seen_body = seen_body or decision.kept
        gap = []
    if anchor is not None and anchor.kept:
        _revive_gap_at_story_end(stripped, decided, gap)


def _revive_gap(stripped: list[str], decided: list[Decision], gap: list[int], *,
                at_story_end: bool = False, below_body: bool = True) -> None:
    """Revive the rejected sentences of a gap that holds in-story furniture; ``below_body`` is
    false for a gap between the story's head and its first kept line."""
    furniture = sum(decided[k].category in _IN_STORY_FURNITURE for k in gap)
    if not furniture or len(gap) > _MAX_STORY_GAP * min(furniture, _MAX_GAP_BOXES):
        return
    # A sentence right above a credit alone is that photo's caption, unless it is a paragraph's
    # length in the story (above its first paragraph, the lead picture's caption may be long: the
    # gap's first sentence there);
    # below the story, a credit that ends the gap is the main image's ("Main image credit: Getty").
    first_sentence = next((k for k in gap if decided[k] == _MODEL_BOILERPLATE and _is_full_sentence(stripped[k])), None)
    captions = {k for k, following in pairwise(gap) if decided[following].category == "photo_credit"
                and (units_of(stripped[k]) <= _MAX_CAPTION_UNITS or (not below_body and k == first_sentence))
                and not (at_story_end and following == gap[-1])}
    # a tabloid's story is one short sentence a paragraph ("Erlaubt sind dort nur 60 km/h."); its ad
    # labels cut it into gaps, longer ones; above a picture's caption or credit, a short line is its caption
    above_picture = {k for k, following in pairwise(gap) if decided[following].category in ("caption", "photo_credit")}
    prose = [k for k in gap if decided[k] == _MODEL_BOILERPLATE and k not in captions and (
        _is_full_sentence(stripped[k])
        or (not at_story_end and k not in above_picture and _is_short_sentence(stripped[k])))]
    # A short headline-shaped line above a paragraph opens the story's next section, also right
    # after a box: the box's teasers are longer ("Bäume statt Beton" against a teaser's headline).
    # Above the story's first sentence, a short line is the page's ("Why you can trust us", a
    # share button's "送る"), and so is a subheading or an intro there.
    after = next((k for k in range(gap[-1] + 1, len(stripped)) if stripped[k]), None)
    paragraph_below = {k for k, following in pairwise(gap) if following in prose and (below_body or k > prose[0])}
    if (below_body or (prose and gap[-1] > prose[0])) and not at_story_end and after is not None \
            and _opens_paragraph(stripped[after], decided[after]):
        paragraph_below.add(gap[-1])
    sections = {k for k in paragraph_below if decided[k] == _MODEL_BOILERPLATE and _is_section_heading(stripped[k])}
    # The line that introduces a quote ("Der Verkehrsminister sagt:") goes with it; so does a
    # subheading, a headline-shaped line that does not follow a related line or a teaser's headline.
    teasers: set[int] = set()
    for before, k in pairwise(gap):
        if (decided[before].category == "related" or before in teasers) and decided[k] == _MODEL_BOILERPLATE \
                and _is_subheading(stripped[k]) and k not in sections:
            teasers.add(k)
    above_prose = [k for k, following in pairwise(gap) if following in prose and (below_body or k > prose[0])]
    leads = [k for k in above_prose if decided[k] == _MODEL_BOILERPLATE and (
        _is_intro(stripped[k], decided[k]) or (k not in teasers and _is_subheading(stripped[k])))]
    leads += [k for k in sections if k not in above_prose]
    for k in prose + leads:
        decided[k] = _BETWEEN_BODY


def _revive_gap_at_story_end(stripped: list[str], decided: list[Decision], gap: list[int]) -> None:
    """Below the story's last kept line, only the sentences after in-story furniture (what stands
    above it is an author's note), and those below a heading only if it opens no list of
    teasers: a "Read also" box in mid-story holds one headline, a list under a heading at the
    story's end several, each with its summary. Above such a list, the story's last section
    ("Foto: …", "Das sagt das Gericht" and its paragraphs) is the story's."""
    if len(gap) > _MAX_STORY_GAP:
        return
    furniture = [rank for rank, k in enumerate(gap) if decided[k].category in _IN_STORY_FURNITURE]
    if not furniture:
        return
    below = gap[furniture[0]:]
    headings = [rank for rank, k in enumerate(below) if decided[k].rule.endswith(_TEASER_LIST_HEADING_SUFFIXES)]
    # the last line may be the story's signature, a name alone ("Nguyễn Văn B")
    headlines = sum(decided[k] == _MODEL_BOILERPLATE and not _is_full_sentence(stripped[k])
                    and not _is_intro(stripped[k], decided[k]) for k in below[headings[0] if headings else 0:-1])
    if not headings or headlines <= len(headings) \
            or _story_goes_on_below_teasers(stripped, decided, below[headings[0] + 1:]):
        _revive_gap(stripped, decided, below, at_story_end=True)
    else:
        _revive_gap(stripped, decided, below[:headings[0]], at_story_end=True)


def _story_goes_on_below_teasers(stripped: list[str], decided: list[Decision], lines: list[int]) -> bool:
    """Below a heading, one to :data:`_MAX_BOX_HEADLINES` headlines, then only full sentences, two
    or more: a box in the story's last section ("Don't miss...", two teasers, the spokesperson's
    reply), where a list of teasers alternates headline and summary."""
    sentences = [_is_full_sentence(stripped[k]) for k in lines if decided[k] == _MODEL_BOILERPLATE]
    box = sentences.index(True) if True in sentences else len(sentences)
    return 0 < box <= _MAX_BOX_HEADLINES and len(sentences) - box >= 2 and all(sentences[box:])


def _in_story_gap(text: str, decision: Decision) -> bool:
    """In-story furniture, or a line the model rejected that is a full sentence, a teaser's
    headline or the short line that introduces a quote or a list."""
    if decision.category in _IN_STORY_FURNITURE:
        return True
    return decision == _MODEL_BOILERPLATE and (
        _is_full_sentence(text) or _is_short_sentence(text) or _is_subheading(text) or _is_intro(text, decision)
    )


def _is_subheading(text: str) -> bool:
    return is_headline_shaped(text, units_of(text))


def _is_section_heading(text: str) -> bool:
    """A subheading shorter than a teaser's headline, in words, of one phrase (not "Thanks for
    watching! Visit Website"), and not a bare date or score."""
    return _is_subheading(text) and units_of(text) < _MIN_TEASER_UNITS \
        and not any(character in SENTENCE_END for character in text[:-1]) \
        and any(character.isalpha() for character in text)


def _is_intro(text: str, decision: Decision) -> bool:
    return decision == _MODEL_BOILERPLATE and text[-1] in _COLONS and units_of(text) <= _MAX_INTRO_UNITS


def _is_short_sentence(text: str) -> bool:
    """A sentence of a few words, "Erlaubt sind dort nur 60 km/h.": capitalised, ending in one of
    :data:`_SHORT_SENTENCE_ENDS` before any closing quote or bracket."""
    return _MIN_SHORT_SENTENCE_UNITS <= units_of(text) < _MIN_REVISED_UNITS and text[:1].isupper() \
        and text.rstrip(CLOSERS)[-1:] in _SHORT_SENTENCE_ENDS


def _is_full_sentence(text: str) -> bool:
    """A sentence of :data:`_MIN_REVISED_UNITS` words or more, ending like one."""
    return units_of(text) >= _MIN_REVISED_UNITS and ends_sentence(text)


def _close_at_tail_heading(stripped: list[str], decided: list[Decision], *, main_text: bool = False) -> None:
    """Body below a "Related" or comments heading that has most of the body above it is that section.

    Teaser summaries and comments are sentences the model keeps; the heading is what tells them
    from the story. A heading higher up (a "Read also" box mid-story) closes nothing. In an
    extractor's main text, a related heading right above a kept full sentence is a box whose
    links the extractor dropped ("Czytaj także", then the story's last paragraph).
    """
    words = [units_of(text) if decision.kept else 0.0 for text, decision in zip(stripped, decided, strict=True)]
    total = sum(words)
    above = 0.0
    for index, decision in enumerate(decided):
        above += words[index]
        share = _FORM_CLOSES_AT_SHARE if decision.rule.endswith(_COMMENT_FORM_SUFFIX) else _CLOSED_AT_SHARE
        if total and above >= share * total and _closes_article(decision) \
                and not (decision.category == "related" and _box_in_story(stripped, decided, index, main_text)):
            section = Decision(decision.category, f"{decision.category}.after-heading")
            for later in range(index + 1, len(decided)):
                if decided[later].kept:
                    decided[later] = section
            return


def _box_in_story(stripped: list[str], decided: list[Decision], heading: int, main_text: bool) -> bool:
    """Whether the related ``heading`` heads a box inside the story rather than a list below it."""
    if stripped[heading][-1:] in _COLONS or _story_goes_on_below_box(stripped, decided, heading):
        return True
    following = next((index for index in range(heading + 1, len(stripped)) if stripped[index]), None)
    return main_text and following is not None and decided[following].kept and _is_full_sentence(stripped[following])


def _story_goes_on_below_box(stripped: list[str], decided: list[Decision], heading: int) -> bool:
    """Below a related heading, a box's headlines (one to a few) and then two kept full sentences
    in a row: the story goes on ("Related stories", two teasers, "Northern Rivers dairy farmer
    Kate O'Brien said …"), where a list of teasers below the story alternates headline and
    summary, or gives the summaries alone."""
    headlines = 0
    sentences: list[bool] = []
    for index in range(heading + 1, len(stripped)):
        text = stripped[index]
        if not text:
            continue
        # a teaser's headline may be a question: "What is vinyl flooring and how is it made?"
        full = decided[index].kept and _is_full_sentence(text) and not _is_subheading(text)
        if not sentences and not full:
            headlines += 1
            if headlines > _MAX_BOX_HEADLINES:
                return False
            continue
        sentences.append(full)
        if len(sentences) == 2:
            return headlines > 0 and all(sentences)
    return False


def _closes_article(decision: Decision) -> bool:
    return (
        decision.category == "comments"
        or decision.rule.endswith(_PAYWALL_SUFFIX)
        or decision.rule.endswith(_ABOUT_HEADING_SUFFIX)
        or (decision.category == "related" and decision.rule.endswith(_RELATED_HEADING_SUFFIX))
    )


def _close_at_comment_thread(stripped: list[str], decided: list[Decision]) -> None:
    """A comment thread ends the article, however long it is against the story.

    A thread shows itself by its commenters' lines ("jane_doe says:", ``comments.<lang>.comment-author``):
    when the page holds :data:`_MIN_THREAD_AUTHORS` of them, the thread starts at the first of
    them, or at the comments heading just above it ("34 responses to ..."), and what the model
    kept from there on is the comments. One such line alone (a story quoting "Here is what the
    sign says:") closes nothing. When the model kept nothing above the thread, the story is the
    post's sentences right above it (see :func:`_revive_post_above_thread`).
    """
    authors = [index for index, decision in enumerate(decided) if decision.rule.endswith(_COMMENT_AUTHOR_SUFFIX)]
    if len(authors) >= _MIN_THREAD_AUTHORS:
        start = authors[0]
        for index in range(authors[0] - 1, -1, -1):
            if decided[index].kept:
                break
            if decided[index].category == "comments":
                start = index
    else:
        found = _stamped_thread_start(stripped, decided)
        if found is None:
            return
        start = found
    for later in range(start + 1, len(decided)):
        if decided[later].kept:
            decided[later] = _IN_COMMENT_THREAD
    if not any(decision.kept for decision in decided[:start]):
        _revive_post_above_thread(stripped, decided, start)


def _stamped_thread_start(stripped: list[str], decided: list[Decision]) -> int | None:
    """The thread heading that opens a thread of stamped comments, when the page has one.

    Many threads name each commenter on a line of their own beside a date line ("Emma" /
    "December 18, 2025, 9:59 pm") instead of writing "Emma says:". The first thread heading
    below kept text ("59 Comments on “...”", ``comments.<lang>.thread-heading``) opens such a
    thread when a date or byline line follows it within :data:`_MAX_HEADING_TO_STAMP` lines and
    :data:`_MIN_THREAD_AUTHORS` of them follow before the kept words between it and the third
    reach :data:`_MAX_THREAD_OPENING_SHARE` of the kept words above it.
    """
    kept_above = 0.0
    heading = None
    for index, decision in enumerate(decided):
        if decision.kept:
            kept_above += units_of(stripped[index])
        elif kept_above and decision.rule.endswith(_THREAD_HEADING_SUFFIX):
            heading = index
            break
    if heading is None:
        return None
    stamps = lines_seen = 0
    between = 0.0
    for later in range(heading + 1, len(decided)):
        if not stripped[later]:
            continue
        lines_seen += 1
        if decided[later].category in _DATED:
            stamps += 1
            if stamps >= _MIN_THREAD_AUTHORS:
                return heading
        elif stamps == 0 and lines_seen > _MAX_HEADING_TO_STAMP:
            return None
        elif decided[later].kept:
            between += units_of(stripped[later])
            if between >= _MAX_THREAD_OPENING_SHARE * kept_above:
                return None
    return None


def _revive_post_above_thread(stripped: list[str], decided: list[Decision], start: int) -> None:
    """The sentences the model rejected right above a thread, up to the post's date, byline or title.

    A short blog post reads like the comments under it, and the model, which sees one stretch
    of sentences, may have taken the post for the furniture above a long thread. Going up from
    the thread, lines that a rule named or that are not sentences (a "Posted in ... | Permalink"
    row) are passed over until the first sentence; the post is the sentences from there up to
    the first line that is not one.
    """
    post: list[int] = []
    for index in range(start - 1, -1, -1):
        decision, text = decided[index], stripped[index]
        if not text:
            continue
        if decision.category in _POST_HEAD:
            break
        if decision == _MODEL_BOILERPLATE and _is_full_sentence(text):
            post.append(index)
        elif post:
            break
    for index in post:
        decided[index] = _POST_ABOVE_THREAD


def _close_at_copyright_footer(stripped: list[str], decided: list[Decision]) -> None:
    """The site's copyright line ("© 2026 Example Media. All rights reserved.") ends the article.

    It is the last line of a page's footer, and what a scraper finds below it is the page's
    hidden dialogs: a privacy policy, return terms, a consent manager, a sign-up form. Those
    read like text, so the model keeps them. Only a short copyright line below
    :data:`_MIN_SENTENCES_ABOVE_FOOTER` full sentences the model kept counts: a long one is a
    work's caption or a licence, and one with a lone promo sentence above it may stand above a
    story that the page's source puts after its footer.
    """
    sentences_above = 0
    for index, (text, decision) in enumerate(zip(stripped, decided, strict=True)):
        if decision.kept:
            sentences_above += _is_full_sentence(text)
        elif (
            sentences_above >= _MIN_SENTENCES_ABOVE_FOOTER
            and decision.category == "copyright"
            and len(text) <= _MAX_FOOTER_COPYRIGHT_CHARS
        ):
            for later in range(index + 1, len(decided)):
                if decided[later].kept:
                    decided[later] = _BELOW_FOOTER
            return


def _drop_trailing_headlines(stripped: list[str], decided: list[Decision]) -> None:
    """Headline-shaped lines the model kept below the story's last paragraph are teasers.

    A subheading introduces the paragraph below it; below the last paragraph there is none to
    introduce, and a list of short title-like lines there is "more stories" without its heading.
    """
    kept = [index for index, decision in enumerate(decided) if decision.kept]
    paragraphs = [index for index in kept if _is_paragraph(stripped[index], decided[index])]
    if not paragraphs:
        return
    tail = [index for index in kept if index > paragraphs[-1]]
    if len(tail) < _MIN_TRAILING_HEADLINES or not all(
        decided[index].by_model and is_headline_shaped(stripped[index], units_of(stripped[index]))
        for index in tail
    ):
        return
    for index in tail:
        decided[index] = _TRAILING_HEADLINE


def _drop_headlines_above_story(stripped: list[str], decided: list[Decision]) -> None:
    """Headline-shaped lines the model kept above a dated story's first paragraph are teasers.

    A page may print a list of other stories (a playlist, "Most read") between its head and the
    story. When everything kept above the first paragraph is :data:`_MIN_HEADLINES_ABOVE_STORY`
    or more headline-shaped lines, and a date or byline stands above that paragraph (so the story
    has begun), the list is teasers; the last one stays if it sits right on the paragraph (the
    story's own headline or subheading).
    """
    paragraphs = [i for i, text in enumerate(stripped) if _is_paragraph(text, decided[i])]
    if not paragraphs or not any(decision.category in _DATED for decision in decided[: paragraphs[0]]):
        return
    first = paragraphs[0]
    kept = [index for index in range(first) if decided[index].kept]
    if len(kept) < _MIN_HEADLINES_ABOVE_STORY or not all(
        decided[index].by_model and is_headline_shaped(stripped[index], units_of(stripped[index]))
        for index in kept
    ):
        return
    present = [index for index in range(first) if stripped[index]]
    if present[-1] == kept[-1]:
        kept.pop()
    for index in kept:
        decided[index] = _HEADLINES_ABOVE_STORY


def _drop_body_above_headline(stripped: list[str], decided: list[Decision]) -> None:
    """What the model kept above the story's headline, with its date or byline, is not the story.

    The first title line below the page's first line is the story's headline when a date or
    byline follows it within :data:`_MAX_HEAD_LINES` lines and
    :data:`_MIN_SENTENCES_UNDER_HEADLINE` full sentences are kept below it; a story starts at
    its headline, so sentences kept above it are promotions and teasers.
    """
    headline = next((i for i in range(1, len(decided)) if decided[i].category == "title"), None)
    if headline is None or not any(decision.kept for decision in decided[:headline]):
        return
    following = [i for i in range(headline + 1, len(stripped)) if stripped[i]][:_MAX_HEAD_LINES]
    if not any(decided[i].category in _DATED for i in following):
        return
    below = sum(
        1 for i in range(headline + 1, len(stripped)) if decided[i].kept and _is_full_sentence(stripped[i])
    )
    if below < _MIN_SENTENCES_UNDER_HEADLINE:
        return
    for index in range(headline):
        if decided[index].kept:
            decided[index] = _ABOVE_HEADLINE


def _revive_lead_under_head(stripped: list[str], decided: list[Decision]) -> None:
    """The lines the model rejected between the story's head and its first kept sentence are its lead.

    A lead of one or two long lines without a full stop (a dateline, a standfirst) reads to the
    model like the furniture above a story. When every line between the title, date or byline
    and the first kept line (a full sentence) is a rejected line of prose, at most
    :data:`_MAX_LEAD_LINES` of them, they are the story's opening.
    """
    present = [index for index, text in enumerate(stripped) if text]
    first = next((rank for rank, index in enumerate(present) if decided[index].kept), None)
    if first is None or not _is_full_sentence(stripped[present[first]]):
        return
    lead: list[int] = []
    for index in reversed(present[:first]):
        if decided[index].category in _POST_HEAD:
            for line in lead:
                decided[line] = _LEAD_UNDER_HEAD
            return
        if len(lead) == _MAX_LEAD_LINES or decided[index] != _MODEL_BOILERPLATE or not _reads_as_prose(stripped[index]):
            return
        lead.append(index)


def _revive_list_under_colon(stripped: list[str], decided: list[Decision]) -> None:
    """A list the story announces with a colon goes on as long as its items keep their separator.

    "The tour dates:" followed by "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" and
    thirty lines like it: the model keeps an item here and there and drops the rest, which read
    like a venue menu. When a kept line of :data:`_MIN_LIST_INTRO_UNITS` words or more ends with
    a colon and the kept line right below it holds one of :data:`_LIST_SEPARATORS`, the lines
    after it that hold the same separator, up to the first that does not or that a rule claimed,
    are the list's items. Items that end with a semicolon or a comma, and bare phrases with
    no separator, have their own tests (:func:`_revive_punctuated_items`,
    :func:`_revive_phrase_items`). Each line is looked at once: a list's items are not read
    again as the introduction of another.
    """
    present = [index for index, text in enumerate(stripped) if text]
    rank = 0
    while rank < len(present) - 1:
        index, first = present[rank], present[rank + 1]
        rank += 1
        intro = stripped[index]
        if not (decided[index].kept and intro.endswith((":", "：")) and units_of(intro) >= _MIN_LIST_INTRO_UNITS):
            continue
        if stripped[first][-1] in _ITEM_ENDS:
            rank += _revive_punctuated_items(stripped, decided, present[rank:])
            continue
        separator = next((mark for mark in _LIST_SEPARATORS if mark in stripped[first]), None)
        if separator is None:
            rank += _revive_phrase_items(stripped, decided, present[rank:])
            continue
        if not decided[first].kept:
            continue
        items = []
        for following in present[rank + 1:]:
            if separator not in stripped[following] or not decided[following].by_model:
                break
            items.append(following)
        rank += 1 + len(items)
        if len(items) + 1 >= _MIN_LIST_ITEMS:
            for item in items:
                if not decided[item].kept:
                    decided[item] = _LIST_ITEM


def _revive_phrase_items(stripped: list[str], decided: list[Decision], below: list[int]) -> int:
    """The short items of a list under a colon ("Key topics discussed in the guide include:",
    then "Reporting losses", "Renting vehicles with hand controls") when the story goes on below
    them: body. The model reads a run of short phrases as a menu; the kept sentences on both
    sides are what says they are the story's. Returns how many lines were the list's."""
    items: list[int] = []
    for index in below:
        decision, text = decided[index], stripped[index]
        if decision != _MODEL_BOILERPLATE or units_of(text) > _MAX_PHRASE_ITEM_UNITS or text[-1] in _COLONS:
            resumes = decision.kept
            break
        items.append(index)
    else:
        return 0
    if not resumes or not _MIN_PHRASE_ITEMS <= len(items) <= _MAX_PHRASE_ITEMS:
        return 0
    for item in items:
        decided[item] = _LIST_ITEM
    return len(items)


def _revive_live_entries(stripped: list[str], decided: list[Decision]) -> None:
    """The time stamps, headlines and text of a live ticker's entries are the story's.

    A live page is a run of entries, each a time alone, often a headline, then its text; the model
    keeps the text and drops the short lines above it. When :data:`_MIN_LIVE_ENTRIES` time lines
    or more each have kept text at most :data:`_MAX_LIVE_ENTRY_HEAD` lines below them, before the
    next time line or a line a rule claimed, the page is live: the lines the
    model rejected between each time line and its text are body, and so is a whole entry the
    model rejected (a time line and the lines below it up to the next time or claimed line, when
    they hold a full sentence): a share row under each entry splits the story for the model.
    """
    present = [index for index, text in enumerate(stripped) if text]
    entries = []
    for rank, index in enumerate(present):
        if decided[index].by_model and _TIME_STAMP.match(stripped[index]):
            head = [index]
            for following in present[rank + 1: rank + 1 + _MAX_LIVE_ENTRY_HEAD]:
                if not decided[following].by_model or _TIME_STAMP.match(stripped[following]):
                    break
                head.append(following)
            text = next((k for k in head[1:] if decided[k].kept), None)
            if text is not None:
                entries.append([k for k in head if k < text])
    if len(entries) < _MIN_LIVE_ENTRIES:
        return
    for rank, index in enumerate(present):
        if decided[index] == _MODEL_BOILERPLATE and _TIME_STAMP.match(stripped[index]):
            entry = [index]
            for following in present[rank + 1:]:
                if decided[following] != _MODEL_BOILERPLATE or _TIME_STAMP.match(stripped[following]):
                    break
                entry.append(following)
            if any(_is_full_sentence(stripped[k]) for k in entry):
                entries.append(entry)
    for entry in entries:
        for k in entry:
            if not decided[k].kept:
                decided[k] = _LIVE_ENTRY


def _revive_punctuated_items(stripped: list[str], decided: list[Decision], below: list[int]) -> int:
    """The items of a list under a colon that end with a semicolon or a comma, and the item that
    ends it with a full stop ("de dijk tussen Nijmegen en Tiel;" … "een nieuwe nevengeul bij
    Varik."): body, when two or more come before the last. Returns how many lines were the list's."""
    mark = stripped[below[0]][-1]
    items: list[int] = []
    for index in below:
        text = stripped[index]
        if not decided[index].by_model or units_of(text) > _MAX_ITEM_UNITS:
            return 0
        items.append(index)
        if text[-1] != mark:
            break
    if len(items) <= _MIN_PUNCTUATED_ITEMS or not ends_sentence(stripped[items[-1]]):
        return 0  # no last item that closes the list: a menu's "Home," "News," runs on
    for item in items:
        if not decided[item].kept:
            decided[item] = _LIST_ITEM
    return len(items)


def _reads_as_prose(text: str) -> bool:
    """Eight words or more, no "|" of a menu row, and mostly lower-case words where case exists."""
    if units_of(text) < _MIN_REVISED_UNITS or "|" in text:
        return False
    cased = [word for word in text.split() if word[:1].isalpha() and word[:1].lower() != word[:1].upper()]
    return not cased or sum(word[0].islower() for word in cased) >= _MIN_LEAD_LOWER_SHARE * len(cased)


def _drop_repeated_paragraphs(stripped: list[str], decided: list[Decision]) -> None:
    """A story says each paragraph once: a later kept copy of a kept paragraph is a repeat.

    A teaser list shown twice (beside the story and under it), a pull quote or a summary box
    repeats text word for word; the first copy stays, so nothing the page says is lost. Short
    lines repeat for good reasons (a refrain, "Q:"), so only lines of
    :data:`_MIN_REPEATED_UNITS` words or more count. A copy under an attribution ("jane_doe
    said:", "Hans:") is a reply quoting an earlier post, and stays with the lines that follow it.
    """
    seen: set[str] = set()
    quoting = False
    previous = ""
    for index, text in enumerate(stripped):
        if not text:
            continue
        if decided[index].kept and units_of(text) >= _MIN_REPEATED_UNITS:
            if text in seen:
                quoting = quoting or _is_attribution(previous)
                if not quoting:
                    decided[index] = _REPEATED_PARAGRAPH
            else:
                quoting = False
            seen.add(text)
        else:
            quoting = False
        previous = text


def _drop_copies_joined_in_one_line(stripped: list[str], decided: list[Decision]) -> None:
    """A long kept line made of other kept paragraphs run together is a copy of the story.

    Some pages print the story a second time as one line (a summary field, a print version).
    A kept line of :data:`_MIN_JOINED_COPY_UNITS` words or more is that copy when other kept
    lines stand in it word for word, :data:`_MIN_JOINED_COPY_PARTS` full sentences among them,
    together making :data:`_MIN_JOINED_COPY_SHARE` of it, and no one of them half of it (a line
    that quotes one paragraph is not a copy of the story).
    """
    kept = [index for index, decision in enumerate(decided) if decision.kept]
    units = {index: units_of(stripped[index]) for index in kept}
    long_lines = [index for index in kept if units[index] >= _MIN_JOINED_COPY_UNITS]
    if not long_lines:
        return
    candidates = sorted(
        ((" ".join(stripped[index].split()), index) for index in kept if units[index] >= _MIN_JOINED_PART_UNITS),
        key=lambda candidate: len(candidate[0]),
    )
    for index in long_lines:
        line = " ".join(stripped[index].split())
        parts = {}
        for text, other in candidates:
            if len(text) >= len(line):
                break
            if text in line and other != index and decided[other].kept:
                parts[other] = len(text)
        if (
            len(parts) >= _MIN_JOINED_COPY_PARTS
            and sum(parts.values()) >= _MIN_JOINED_COPY_SHARE * len(line)
            and max(parts.values()) < len(line) / 2
            and sum(_is_full_sentence(stripped[other]) for other in parts) >= _MIN_JOINED_COPY_PARTS
        ):
            decided[index] = _REPEATED_AS_ONE_LINE


def _drop_stretches_after_sign_up_boxes(stripped: list[str], decided: list[Decision]) -> None:
    """Small stretches of kept text after a newsletter or cookie box, below the story, are the box's.

    A sign-up box goes on with a form's notes and consent sentences the model keeps. The
    newsletter and cookie lines cut the kept lines into stretches; a stretch after the largest
    one, with less than :data:`_MIN_STRETCH_SHARE` of its words, is such text. The story is the
    largest stretch, so a box in mid-story cuts nothing from it. A comment form below the story
    ends it whatever follows: the form's privacy notes, the comments, the site's footer.
    """
    stretches: list[list[int]] = [[]]
    after_comment_form = [False]
    for index, decision in enumerate(decided):
        is_comment_form = decision.rule.endswith(_COMMENT_FORM_SUFFIX)
        if decision.category in _SIGN_UP_BOXES or is_comment_form:
            if stretches[-1]:
                stretches.append([])
                after_comment_form.append(is_comment_form)
            else:
                after_comment_form[-1] = after_comment_form[-1] or is_comment_form
        elif decision.kept:
            stretches[-1].append(index)
    sizes = [sum(units_of(stripped[index]) for index in stretch) for stretch in stretches]
    largest = max(range(len(stretches)), key=sizes.__getitem__)
    below_comment_form = False
    for stretch, size, after_form in zip(
        stretches[largest + 1:], sizes[largest + 1:], after_comment_form[largest + 1:], strict=True
    ):
        below_comment_form = below_comment_form or after_form
        if below_comment_form or size < _MIN_STRETCH_SHARE * sizes[largest]:
            for index in stretch:
                decided[index] = _AFTER_SIGN_UP_BOX


def _is_attribution(text: str) -> bool:
    """A short line ending in a colon: who is quoted next ("jane_doe said:", "Hans:")."""
    return text.endswith((":", "：")) and units_of(text) <= _MAX_ATTRIBUTION_UNITS


def _drop_author_notes(stripped: list[str], decided: list[Decision]) -> None:
    """A kept line among the story's last that opens with the name of its byline's author is the
    author's note ("Eleanor Marsh is a staff writer at …", "Scott Levine has no position in …").

    Reporters do not write of themselves in the third person; a note about them, or their
    disclosure, ends the page's story. Only full names (two words or more) count, so that a
    first name alone at the start of a sentence is not taken for one.
    """
    names = {name for decision in decided if isinstance(decision.detail, Byline)
             for name in decision.detail.authors if len(name.split()) > 1}
    if not names:
        return
    kept = [index for index, decision in enumerate(decided) if decision.kept]
    for index in kept[-_AUTHOR_NOTE_TAIL:]:
        text = stripped[index]
        if units_of(text) >= _MIN_AUTHOR_NOTE_UNITS and any(
                text.startswith(name) and text[len(name):len(name) + 1] in (" ", ",", "(") for name in names):
            decided[index] = _AUTHOR_NOTE


def _drop_islands(stripped: list[str], decided: list[Decision]) -> None:
    """A run of body lines set apart from the others, with few words against the largest run, is boilerplate.

    This is boilerpipe's observation: the article is one dense stretch of the page, and a stray
    promo sentence or teaser far from it is furniture even when it reads like text.
    """
    runs: list[list[int]] = []
    gap = _MAX_RUN_GAP + 1
    for index, text in enumerate(stripped):
        if not text:
            continue
        if not decided[index].kept:
            gap += 1
            continue
        if gap > _MAX_RUN_GAP:
            runs.append([])
        runs[-1].append(index)
        gap = 0
    if len(runs) < 2:
        return
    sizes = [sum(units_of(stripped[index]) for index in run) for run in runs]
    largest = max(sizes)
    for run, size in zip(runs, sizes, strict=True):
        if size < _MIN_RUN_SHARE * largest:
            for index in run:
                decided[index] = _ISLAND


def _keep_page_without_story(stripped: list[str], decided: list[Decision]) -> None:
    """A page where the model kept almost nothing has no story: keep what no rule claimed.

    A shop's category page, a list of links or a product grid has no prose for the model to
    find, and the few lines it keeps are not the page either. When the model kept less than
    :data:`_MAX_KEPT_SHARE_WITHOUT_STORY` of the words it judged, and fewer than
    :data:`_MIN_STORY_SENTENCE_UNITS` words in lines that end a sentence, what the page says is
    its list: every line the model judged (not the rules' furniture, the metadata or the lines
    step 7 set aside) is kept, with its own rule name. A short news brief is a story all the
    same: its first sentence has a title, date or byline line within :data:`_MAX_HEAD_LINES`
    lines above it, and then nothing changes.
    """
    judged = kept = sentences = 0.0
    first_sentence = None
    for index, (text, decision) in enumerate(zip(stripped, decided, strict=True)):
        if not text:
            continue
        units = units_of(text)
        if decision.by_model:
            judged += units
        if decision.kept:
            kept += units
            if ends_sentence(text):
                sentences += units
                first_sentence = index if first_sentence is None else first_sentence
    if sentences >= _MIN_STORY_SENTENCE_UNITS or kept >= _MAX_KEPT_SHARE_WITHOUT_STORY * judged:
        return
    if first_sentence is not None:
        above = [index for index in range(first_sentence) if stripped[index]][-_MAX_HEAD_LINES:]
        if any(decided[index].category in _STORY_HEAD for index in above):
            return
    for index, decision in enumerate(decided):
        if decision.by_model:
            decided[index] = _PAGE_WITHOUT_STORY


def _name_rejected_furniture(stripped: list[str], decided: list[Decision]) -> None:
    """Lines the model rejected that their neighbours name: a menu's items, a teaser list's headlines,
    a cookie banner's button.

    Nothing here changes what is kept; a user reading ``Article.lines`` learns what a rejected
    line was. A run of :data:`_MIN_MENU_RUN` or more rejected lines of at most
    :data:`_MAX_MENU_ITEM_UNITS` words each, none ending like a sentence (:func:`_is_menu_item`:
    "Politik", "Sport", "Kultur"), is a menu (``navigation.menu-run``); up to
    :data:`_MAX_UNKNOWN_LANGUAGES` such lines with a language picker's line on either side are
    more of its languages (``language_picker.among-languages``: "Tiếng Việt", "Norsk bokmål").
    Headline-shaped lines the model rejected under a "Related" heading, up to the next line that
    is not one, are its teasers. A rejected line of one or two words right after a cookie
    notice's sentence is the banner's button ("Prosseguir", "Got it"). Runs last, so that no
    earlier step mistakes these lines for a rule's furniture.
    """
    present = [index for index, text in enumerate(stripped) if text]
    for before, index in pairwise(present):
        if (decided[before].category == "cookie_banner" and ends_sentence(stripped[before])
                and decided[index] == _MODEL_BOILERPLATE
                and units_of(stripped[index]) <= _MAX_BUTTON_UNITS and not ends_sentence(stripped[index])):
            decided[index] = _COOKIE_BUTTON
    run: list[int] = []
    left: Decision | None = None
    for index in [*present, -1]:
        if index >= 0 and decided[index] == _MODEL_BOILERPLATE and _is_menu_item(stripped[index]):
            run.append(index)
            continue
        right = decided[index] if index >= 0 else None
        if run and len(run) <= _MAX_UNKNOWN_LANGUAGES and _is_language(left) and _is_language(right):
            for item in run:
                decided[item] = _AMONG_LANGUAGES
        elif len(run) >= _MIN_MENU_RUN:
            for item in run:
                decided[item] = _MENU_RUN
        run, left = [], right
    teasers = False
    for index in present:
        decision = decided[index]
        if decision.category == "related" and decision.rule.endswith(_TEASER_LIST_HEADING_SUFFIXES):
            teasers = True
        elif teasers and decision == _MODEL_BOILERPLATE and is_headline_shaped(text := stripped[index], units_of(text)):
            decided[index] = _TEASER_UNDER_HEADING
        elif decision.rule != _TEASER_UNDER_HEADING.rule:
            teasers = False


def _is_language(decision: Decision | None) -> bool:
    return decision is not None and decision.category == "language_picker"


def _is_menu_item(text: str) -> bool:
    """A section's name: a few words, no digits (a price, a spec), no colon (a label and its value)."""
    return (units_of(text) <= _MAX_MENU_ITEM_UNITS and text[-1] not in _MENU_ITEM_ENDS
            and _COLONS.isdisjoint(text) and not any(character.isdigit() for character in text))


def _claim(text: str, rule: Rule | None) -> Decision | None:
    """Steps 1 to 3 for one line, given the rule that claims it (if any)."""
    if not text:
        return _BLANK
    if rule is not None:
        return Decision(rule.category, rule.id)
    return _metadata_line(text)


def _teasers_under_related_heading(stripped: list[str], decided: list[Decision]) -> None:
    """Headline-shaped lines the model kept under a "Related stories" heading are its teasers.

    The heading is named by a rule (``related.<lang>.heading``, or ``.more-from``: "More from
    Technology"), but each teaser alone is a short
    line the model may keep, above all on the HTML path's low threshold. The list ends at the
    first kept line that is not headline-shaped (the story going on), at a short headline-shaped
    line right above a paragraph (a subheading: a "Read also" box in mid-story is followed by the
    story's next section; when the model rejected it, it is revived), at another heading, at an
    ad label or at a live ticker's time line; other removed lines in between (dates, image
    credits) do not end it.
    """
    present = [i for i, text in enumerate(stripped) if text]
    for rank, index in enumerate(present):
        heading = decided[index]
        if heading.category != "related" or not heading.rule.endswith(_TEASER_LIST_HEADING_SUFFIXES):
            continue
        for after, following in enumerate(present[rank + 1:], start=rank + 2):
            decision = decided[following]
            if decision.category in ("related", "advertisement"):
                break
            text = stripped[following]
            if _TIME_STAMP.match(text):
                break  # a live ticker's next entry, kept or not, ends a box between its entries
            if not decision.kept:
                # the next section's subheading, which the model rejected, ends the list too
                marked = _is_section_heading(text) or text[:1] in _SUBHEADING_MARKS
                if decision == _MODEL_BOILERPLATE and marked and after < len(present) \
                        and _opens_paragraph(stripped[present[after]], decided[present[after]]):
                    decided[following] = _BETWEEN_BODY
                    break
                continue
            if not decision.by_model or not is_headline_shaped(text, units_of(text)):
                break
            if (units_of(text) < _MIN_TEASER_UNITS or text[:1] in _SUBHEADING_MARKS) and after < len(present) \
                    and _opens_paragraph(stripped[present[after]], decided[present[after]]):
                break
            decided[following] = _TEASER_UNDER_HEADING


def _is_paragraph(text: str, decision: Decision, min_units: int = _MIN_PARAGRAPH_UNITS) -> bool:
    return decision.kept and units_of(text) >= min_units and ends_sentence(text)


def _opens_paragraph(text: str, decision: Decision) -> bool:
    """A kept paragraph a subheading may stand above."""
    return _is_paragraph(text, decision, _MIN_SECTION_PARAGRAPH_UNITS)


def _metadata_line(text: str) -> Decision | None:
    credit = find_credit(text)
    if credit is not None:
        category = "caption" if credit.caption else "photo_credit"
        return Decision(category, f"{category}.{credit.rule}", credit)
    byline = find_byline(text)
    if byline is not None:
        return Decision("byline", byline.rule, byline)
    if len(text) <= _MAX_DATE_LINE_CHARS:
        found = find_date(text, time_anywhere=True)
        if found is not None and _date_line_leftover(text, found) <= _MAX_DATE_LINE_LEFTOVER \
                and not _sentence_opening_with_date(text, found):
            named = name_and_date(text, found) or _byline_after_date(text, found)
            if named is not None:
                return Decision("byline", named.rule, named)
            return Decision("date", "date.date-line", found[0])
    return None


def _byline_after_date(text: str, found: tuple[str, int, int]) -> Byline | None:
    """A byline after the date that opens the line, as a portal prints its date, source and
    author: "2026-10-28 21:36  来源：证券日讯网  作者：周明轩"."""
    rest = text[found[2]:].strip(_DATE_BYLINE_SEPARATORS)
    byline = find_byline(rest) if found[1] == 0 and rest else None
    return Byline(byline.authors, found[0], byline.rule) if byline is not None and byline.authors else None


def _sentence_opening_with_date(text: str, found: tuple[str, int, int]) -> bool:
    """A sentence that opens with its date: "2026年12月2日，第十届世界互联网大会在浙江乌镇开幕。",
    "2 декабря 2026 года в Москве прошел форум." Counted in words, the few characters left of a
    CJK sentence say as much as a long line of Latin text."""
    _, start, end = found
    return ends_sentence(text) and units_of(text[:start] + " " + text[end:]) >= _MIN_SENTENCE_WORDS_BESIDE_DATE


def _date_line_leftover(text: str, found: tuple[str, int, int]) -> int:
    """The characters of ``text`` that are not its date, less an allowance for a second date's label.

    "Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025" is a date line: the published
    date, then the updated one, each with its label. A sentence with two dates in it ("The vote on
    3 March was moved to 5 March.") is not.
    """
    if ends_sentence(text):
        return len(text) - (found[2] - found[1])
    spans = find_dates(text)[:_MAX_DATES_ON_A_LINE]
    covered = max(found[2] - found[1], sum(end - start for _, start, end in spans))
    # "Published Dec 09, 2026 • Last updated 3 hours ago • 3 minute read": the update's age and the
    # reading time are the date line's too
    covered += sum(len(match.group()) for match in _AGE_OR_READING_TIME.finditer(text))
    return len(text) - covered - _SECOND_DATE_LABEL_CHARS * (len(spans) - 1 if len(spans) > 1 else 0)


def _names_beside_dates(stripped: list[str], decisions: list[Decision | None]) -> None:
    """A bare person's name within two lines of a date line is that story's byline."""
    present = [i for i, text in enumerate(stripped) if text]
    dated = [rank for rank, index in enumerate(present) if (d := decisions[index]) is not None and d.category == "date"]
    beside = sorted({k for rank in dated for k in range(max(0, rank - 2), min(len(present), rank + 3))})
    for index in (present[k] for k in beside):
        if decisions[index] is None and (byline := name_alone(stripped[index])) is not None:
            decisions[index] = Decision("byline", byline.rule, byline)


def _quote_intros_are_not_commenters(stripped: list[str], decisions: list[Decision | None]) -> None:
    """ "Der Verkehrsminister sagt:" above a line that opens with a quotation mark introduces a
    quote in the story; a commenter's line ("Hans sagt:") has a date or the comment below it."""
    present = [i for i, text in enumerate(stripped) if text]
    for index, following in pairwise(present):
        decision = decisions[index]
        if decision and decision.rule.endswith(_COMMENT_AUTHOR_SUFFIX) and stripped[following][0] in _QUOTES:
            decisions[index] = None


def body_probabilities(lines: list[str], model: LineModel, claims: list[Decision | None]) -> list[float]:
    """P(body) for every line (0.0 for blank lines), from the two-pass model."""
    rows = first_pass_rows(lines, claims)
    probabilities = [0.0] * len(lines)
    if not rows:
        return probabilities
    scores = [_dot(model.line_weights, row.features) + model.line_bias for row in rows]
    for row, context in zip(rows, second_pass_rows(rows, scores), strict=True):
        probabilities[row.index] = _sigmoid(_dot(model.context_weights, context) + model.context_bias)
    return probabilities


@dataclass(frozen=True)
class Row:
    """A non-blank line's position in ``lines`` and its first-pass features."""

    index: int
    features: list[float]
    units: float


def first_pass_rows(lines: list[str], claims: list[Decision | None] | None = None) -> list[Row]:
    """The first-pass features (:data:`LINE_FEATURES` + :data:`PLACE_FEATURES`) of the non-blank lines.

    ``claims`` are :func:`claim_lines`' decisions (computed here when not given): whether a rule or
    a metadata extractor claimed a line is evidence about its neighbours too (a comment thread is
    a run of names, dates and "Reply" buttons around long sentences).
    """
    stripped = [line.strip() for line in lines]
    if claims is None:
        claims = claim_lines(stripped)[0]
    present = [i for i, text in enumerate(stripped) if text]
    counts = Counter(stripped[i] for i in present)
    shapes = {text: (line_features(text), units_of(text)) for text in counts}  # each distinct line once
    rows = []
    last = len(lines) - 1
    for rank, index in enumerate(present):
        text = stripped[index]
        features, units = shapes[text]
        claim = claims[index]
        rows.append(Row(index, features + place_features(
            rank, len(present), counts[text] > 1,
            index > 0 and not stripped[index - 1], index < last and not stripped[index + 1],
            claim is not None, claim is not None and claim.category in _DATED,
        ), units))
    return rows


def second_pass_rows(rows: list[Row], scores: list[float]) -> list[list[float]]:
    """The :data:`CONTEXT_FEATURES` of every row, given the first-pass scores."""
    block = main_block([score * math.log1p(row.units) for score, row in zip(scores, rows, strict=True)])
    width = len(LINE_FEATURES)
    columns = (LINE_FEATURES.index("ends_sentence"), width + PLACE_FEATURES.index("claimed"),
               width + PLACE_FEATURES.index("dated"))
    endings, claimed, dated = ([row.features[column] for row in rows] for column in columns)
    units = [row.units for row in rows]
    return context_features(scores, block, units, endings, claimed, dated)


def main_block(weights: list[float]) -> tuple[int, int]:
    """The ``(start, end)`` of the contiguous run with the largest sum of ``weights`` (Kadane)."""
    best_sum, best = -math.inf, (0, 0)
    running, start = 0.0, 0
    for k, weight in enumerate(weights):
        if running <= 0:
            running, start = weight, k
        else:
            running += weight
        if running > best_sum:
            best_sum, best = running, (start, k + 1)
    return best


def _dot(weights: tuple[float, ...], values: list[float]) -> float:
    return float(sum(map(mul, weights, values)))


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
