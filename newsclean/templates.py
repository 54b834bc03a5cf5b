"""Site templates learned across pages: a line that one host repeats on many pages is furniture.

``clean()`` judges each page alone. A :class:`Cleaner` also remembers, per host, on how many
pages each line occurred, and removes from a page the kept lines that are on a large share of
that host's pages (category ``boilerplate``, rule :data:`TEMPLATE_RULE`). A line counts once per
page, so a paragraph repeated within one page never counts twice; a long sentence-like line must
be on nearly every page, so a disclaimer that some articles carry stays their body.

Only hashes of normalised lines and page counts are stored, and both the lines per host and the
hosts are capped (:data:`MAX_LINES_PER_HOST`, :data:`MAX_HOSTS`). docs/templates.md has the
thresholds, the memory bound and the file format of :meth:`Cleaner.save`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsclean.article import Article
from newsclean.batch import Item, clean_many
from newsclean.features import ends_sentence, units_of
from newsclean.pipeline import clean as clean_page

TEMPLATE_RULE = "template.repeated-on-host"
"""The rule of every line a :class:`Cleaner` removed. The string is a stable contract."""

NO_HOST = ""
"""The group of the pages whose URL is missing or has no host: they are learnt together, so that
a batch of one site's pages without URLs still teaches something. Unrelated sites share little
beyond furniture, so mixing them only lowers shares and removes less."""

MIN_PAGES = 5
"""Nothing is removed for a host before this many of its pages were seen: below it a share is
noise (of three pages, two follow-ups of one story that quote the same line make two thirds)."""

MIN_SHARE = 0.5
"""A line is template when it is on at least this share of its host's pages. Headers, footers,
inline promotions and teasers that run for days are on most pages; a short body line (a quote,
a subheading) that several stories share is on far fewer."""

SENTENCE_MIN_UNITS = 8
"""A line of at least this many words (a CJK character counts half a word, as in features.py)
that ends like a sentence is sentence-like: body more often than not, so it needs
:data:`SENTENCE_MIN_SHARE`."""

SENTENCE_MIN_SHARE = 0.9
"""The share a sentence-like line needs: a disclaimer or a standard closing paragraph that many
articles carry is their body, and only one the site prints on nearly every page is template."""

MIN_LINE_PAGES = 2
"""Whatever the thresholds, a line seen on one page only is never template: that page's own
text, however often it repeats itself, is not a site's."""

MAX_LINES_PER_HOST = 1000
"""Line counts kept per host. When a host has more, the half with the lowest counts goes (the
least recently seen first): a page adds its own body lines once, while a template line gains a
count on every page, so it outlives them. An evicted line starts again from zero, which only
removes less."""

MAX_HOSTS = 500
"""Hosts kept. When there are more, the host whose last page is oldest is forgotten. With
:data:`MAX_LINES_PER_HOST` this bounds memory (docs/templates.md: about 50 MB at most)."""

WINDOW_PAGES = 1000
"""When a host reaches this many pages, its page count and every line count are halved (counts
of one go): shares then follow the recent pages, so a redesigned site's new template is learnt
and the old one fades."""

FORMAT = "newsclean-templates"
"""The ``format`` marker of the files :meth:`Cleaner.save` writes."""

VERSION = 1
"""Their version. It changes when normalisation or hashing changes, because stored hashes would
then match nothing."""

_DIGITS = re.compile(r"\d+")
_HEX_KEY = re.compile(r"[0-9a-f]{16}")
_SETTINGS = ("min_pages", "min_share", "max_lines_per_host", "sentence_min_share", "max_hosts", "window_pages")


@dataclass
class _Host:
    pages: int = 0
    lines: dict[int, int] = field(default_factory=dict)
    """Line hash to the number of pages it was on; in order of last occurrence, oldest first."""


class Cleaner:
    """Learns each site's repeated lines and removes them from pages of that site.

    Streaming: ``cleaner.clean(page, url=url)`` cleans, learns and applies in one call (a host's
    first ``min_pages - 1`` pages come back as ``clean()`` made them). Batch: ``learn(pages)``
    first, then ``apply(newsclean.clean(page, url=url))``. With pages cleaned elsewhere (worker
    processes), ``observe(article)`` then ``apply(article)`` on each result, in order.

    The settings are the module's constants by default; they are saved with the counts.
    """

    def __init__(
        self,
        *,
        min_pages: int = MIN_PAGES,
        min_share: float = MIN_SHARE,
        max_lines_per_host: int = MAX_LINES_PER_HOST,
        sentence_min_share: float = SENTENCE_MIN_SHARE,
        max_hosts: int = MAX_HOSTS,
        window_pages: int = WINDOW_PAGES,
    ) -> None:
        if min_pages < 1:
            raise ValueError(f"min_pages must be at least 1, not {min_pages}")
        if not 0 < min_share <= sentence_min_share <= 1:
            raise ValueError(
                f"need 0 < min_share <= sentence_min_share <= 1, not {min_share} and {sentence_min_share}"
            )
        if max_lines_per_host < 2:
            raise ValueError(f"max_lines_per_host must be at least 2, not {max_lines_per_host}")
        if max_hosts < 1:
            raise ValueError(f"max_hosts must be at least 1, not {max_hosts}")
        if window_pages < 2 * min_pages:
            # Halving must leave a host with enough pages to go on deciding.
            raise ValueError(f"window_pages must be at least 2 * min_pages ({2 * min_pages}), not {window_pages}")
        self.min_pages = min_pages
        self.min_share = min_share
        self.max_lines_per_host = max_lines_per_host
        self.sentence_min_share = sentence_min_share
        self.max_hosts = max_hosts
        self.window_pages = window_pages
        self._hosts: dict[str, _Host] = {}
        """Host to its counts; in order of last observed page, oldest first."""

    def observe(self, article: Article) -> None:
        """Count the article's non-blank lines, kept or not, once each, under its URL's host.

        Lines ``clean()`` already removed count too: they are the site's template as much as the
        ones it kept. A page without a non-blank line is not counted (it would only dilute).
        """
        keys = {line_key(line.text) for line in article.lines if line.text.strip()}
        if not keys:
            return
        host = self._touch(host_of(article.url))
        host.pages += 1
        for key in keys:
            host.lines[key] = host.lines.pop(key, 0) + 1
        if len(host.lines) > self.max_lines_per_host:
            self._prune(host)
        if host.pages >= self.window_pages:
            host.pages //= 2
            host.lines = {key: count // 2 for key, count in host.lines.items() if count >= 2}

    def apply(self, article: Article) -> Article:
        """A new Article in which the kept lines that are its host's template are removed.

        They become ``kept=False``, category ``boilerplate``, rule :data:`TEMPLATE_RULE`, and
        ``text`` is recomputed. Metadata is copied as ``clean()`` found it. The input is unchanged.
        """
        host = self._hosts.get(host_of(article.url))
        lines = article.lines
        if host is not None and host.pages >= self.min_pages:
            lines = [
                replace(line, kept=False, category="boilerplate", rule=TEMPLATE_RULE)
                if line.kept and self._is_template(line.text, host)
                else line
                for line in lines
            ]
        return replace(
            article,
            text="\n".join(line.text.strip() for line in lines if line.kept),
            lines=list(lines),
            authors=list(article.authors),
            captions=list(article.captions),
            photo_credits=list(article.photo_credits),
        )

    def clean(
        self, source: str | bytes | bytearray | memoryview, *, url: str | None = None, language: str | None = None
    ) -> Article:
        """``newsclean.clean()``, then :meth:`observe` and :meth:`apply`: one page of a stream."""
        article = clean_page(source, url=url, language=language)
        self.observe(article)
        return self.apply(article)

    def learn(self, items: Iterable[Item], *, workers: int | None = None) -> None:
        """Clean and :meth:`observe` every item: ``str``, ``bytes``, or a mapping with ``text`` or
        ``html`` and an optional ``url``, as for :func:`newsclean.clean_many` (``workers`` too).

        An item that cannot be cleaned is skipped: it has no lines to learn from.
        """
        for result in clean_many(items, workers=workers):
            if isinstance(result, Article):
                self.observe(result)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the settings and counts to ``path`` as JSON (docs/templates.md has the format).

        The file is written beside ``path`` and then moved over it, so that an interrupted save
        never leaves half a file.
        """
        data = {
            "format": FORMAT,
            "version": VERSION,
            "settings": self._settings(),
            "hosts": {
                name: {"pages": host.pages, "lines": {f"{key:016x}": count for key, count in host.lines.items()}}
                for name, host in self._hosts.items()
            },
        }
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Cleaner:
        """The Cleaner that :meth:`save` wrote to ``path``.

        Raises ``ValueError`` naming the file and the problem when it is not a templates file,
        has another version, or does not hold what :meth:`save` writes; ``OSError`` when it
        cannot be read.
        """
        where = os.fspath(path)
        try:
            data = json.loads(Path(path).read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{where}: not a newsclean templates file (not UTF-8 JSON: {error})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f'{where}: not a newsclean templates file (no "format": "{FORMAT}")')
        if data.get("version") != VERSION:
            raise ValueError(
                f"{where}: templates file version {data.get('version')!r}; this newsclean reads version {VERSION}"
            )
        cleaner = cls._from_settings(data.get("settings"), where)
        hosts = data.get("hosts")
        if not isinstance(hosts, dict) or len(hosts) > cleaner.max_hosts:
            raise ValueError(f'{where}: "hosts" must be an object of at most max_hosts ({cleaner.max_hosts}) hosts')
        for name, host in hosts.items():
            cleaner._hosts[name] = cleaner._host_from_json(host, f"{where}: host {name!r}")
        return cleaner

    def _touch(self, name: str) -> _Host:
        """The host's counts, created if new and moved to most recent; the oldest host goes if too many."""
        host = self._hosts.pop(name, None)
        if host is None:
            host = _Host()
        self._hosts[name] = host
        if len(self._hosts) > self.max_hosts:
            del self._hosts[next(iter(self._hosts))]
        return host

    def _prune(self, host: _Host) -> None:
        # Newest first, so that the stable sort keeps the most recently seen of equal counts.
        ranked = sorted(reversed(host.lines.items()), key=lambda item: item[1], reverse=True)
        survivors = {key for key, _ in ranked[: self.max_lines_per_host // 2]}
        host.lines = {key: count for key, count in host.lines.items() if key in survivors}

    def _is_template(self, text: str, host: _Host) -> bool:
        count = host.lines.get(line_key(text), 0)
        share = self.sentence_min_share if is_sentence_like(text.strip()) else self.min_share
        return count >= MIN_LINE_PAGES and count / host.pages >= share

    def _settings(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _SETTINGS}

    @classmethod
    def _from_settings(cls, settings: Any, where: str) -> Cleaner:
        if not isinstance(settings, dict) or set(settings) != set(_SETTINGS):
            raise ValueError(f'{where}: "settings" must be an object with exactly {", ".join(_SETTINGS)}')
        for name, value in settings.items():
            is_number = isinstance(value, (int, float)) if name.endswith("share") else isinstance(value, int)
            if isinstance(value, bool) or not is_number:
                raise ValueError(f"{where}: setting {name} is {value!r}, not a number of the right kind")
        try:
            return cls(**settings)
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None

    def _host_from_json(self, host: Any, where: str) -> _Host:
        if not isinstance(host, dict) or set(host) != {"pages", "lines"}:
            raise ValueError(f'{where} must be an object with "pages" and "lines"')
        pages, lines = host["pages"], host["lines"]
        if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages < self.window_pages:
            raise ValueError(f"{where}: pages must be a whole number from 1 to window_pages - 1, not {pages!r}")
        if not isinstance(lines, dict) or len(lines) > self.max_lines_per_host:
            raise ValueError(f"{where}: lines must be an object of at most max_lines_per_host entries")
        counts: dict[int, int] = {}
        for key, count in lines.items():
            if not _HEX_KEY.fullmatch(key):
                raise ValueError(f"{where}: line hash {key!r} is not 16 lower-case hex digits")
            if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= pages:
                raise ValueError(f"{where}: line {key} has count {count!r}, not a whole number from 1 to pages")
            counts[int(key, 16)] = count
        return _Host(pages, counts)


def host_of(url: str | None) -> str:
    """The host that groups a page: the URL's host name, lower-case, without ``www.``.

    A page without a URL, or whose URL has no host (a relative or malformed one), is in
    :data:`NO_HOST`. Subdomains other than ``www`` are hosts of their own.
    """
    if not url:
        return NO_HOST
    try:
        name = urlsplit(url.strip()).hostname
    except ValueError:
        return NO_HOST
    if not name:
        return NO_HOST
    return name.rstrip(".").removeprefix("www.")


def line_key(text: str) -> int:
    """The stable 64-bit hash of a line, normalised so that the same template line matches.

    Normalised: NFKC, case-folded, every run of digits a ``0`` (so ``© 2024`` and ``© 2025``,
    ``12 comments`` and ``3 comments`` match), whitespace collapsed. BLAKE2b, not ``hash()``, so
    that saved hashes mean the same in every process.
    """
    normalised = " ".join(_DIGITS.sub("0", unicodedata.normalize("NFKC", text).casefold()).split())
    # A lone surrogate (from a JSON escape) cannot be UTF-8; it still needs a hash.
    digest = hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def is_sentence_like(stripped: str) -> bool:
    """At least :data:`SENTENCE_MIN_UNITS` words and a sentence ending (before closing quotes)."""
    return units_of(stripped) >= SENTENCE_MIN_UNITS and ends_sentence(stripped)
