"""The result of cleaning: an :class:`Article` and the records it is made of.

Everything here is plain data. The pipeline (``pipeline.py``) fills it in; nothing in this
module looks at text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "body",
    "title",
    "byline",
    "date",
    "caption",
    "photo_credit",
    "cookie_banner",
    "language_picker",
    "licence",
    "hotline",
    "copyright",
    "navigation",
    "share",
    "advertisement",
    "newsletter",
    "related",
    "comments",
    "editor",
    "boilerplate",
    "blank",
)
"""Every value :attr:`Line.category` can take. The strings are a stable contract."""


@dataclass(frozen=True)
class Line:
    """One line of the text that was cleaned, and what was decided about it.

    ``number`` is the 0-based index in the cleaned text's ``splitlines()``; ``text`` is the
    line as it was (not trimmed); ``rule`` names the rule or model decision that set the
    category, so that every decision can be traced.
    """

    number: int
    text: str
    kept: bool
    category: str
    rule: str


# The rules of the line model's decisions ("model.body", "model.island") start with this.
MODEL_RULE_PREFIX = "model."

_LINE_FIELDS = tuple(line_field.name for line_field in fields(Line))


@dataclass(frozen=True)
class Dateline:
    """A wire-style dateline at the start of the body, e.g. ``WASHINGTON (AP) —``."""

    raw: str
    location: str | None = None
    agency: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Caption:
    """A photo caption and the credit that was attached to it (``None`` when it had none)."""

    text: str
    credit: str | None = None


@dataclass
class Article:
    """Clean article text, its metadata, and the explanation of every line.

    ``language`` is detected on first access (it is the one costly field), so code that
    never reads it never pays for it. Pass ``language=`` to :func:`newsclean.clean` to set it.
    """

    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    source: str = "text"
    """``"text"`` for plain-text input, ``"html"`` when the input was HTML."""
    extraction: str | None = None
    """For HTML, the text that was cleaned, which ``lines`` describe: ``"trafilatura"`` (its main
    text), ``"page-text"`` (the page's whole text: the page does not call itself a story and that
    body was richer), or ``"baseline"`` (the visible text: trafilatura found no main text).
    ``None`` for plain text."""
    url: str | None = None
    _language: str | None = field(default=None, repr=False)
    _detect_language: Callable[[str], str | None] | None = field(default=None, repr=False, compare=False)

    @property
    def language(self) -> str | None:
        """langdetect's code for the body ("en", "zh-cn", ...), or ``None`` if undetectable."""
        if self._detect_language is not None:
            self._language = self._detect_language(self.text)
            self._detect_language = None
        return self._language

    @property
    def removed(self) -> list[Line]:
        """The lines that were not kept, blank lines included."""
        return [line for line in self.lines if not line.kept]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every public field, ``language`` included."""
        return {
            "text": self.text,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "dateline": asdict(self.dateline) if self.dateline else None,
            "captions": [asdict(c) for c in self.captions],
            "photo_credits": list(self.photo_credits),
            "language": self.language,
            "source": self.source,
            "extraction": self.extraction,
            "url": self.url,
            # asdict() deep-copies every value; a line's values are all immutable, and a page can
            # have hundreds of thousands of lines.
            "lines": [{name: getattr(line, name) for name in _LINE_FIELDS} for line in self.lines],
        }

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON; keyword arguments go to :func:`json.dumps`."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
