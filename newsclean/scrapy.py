"""Scrapy: an item pipeline that cleans each scraped page as it passes.

    # settings.py
    ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}

    # the spider yields the page as it was downloaded
    yield {"url": response.url, "html": response.text}

    # and the item comes out with
    item["newsclean"] == {"text": ..., "title": ..., "authors": [...], "published": ...,
                          "dateline": {...} | None, "captions": [...], "photo_credits": [...],
                          "language": ..., "source": "html", "extraction": "trafilatura", "url": ...}

Items are read and written through :class:`itemadapter.ItemAdapter`, so dicts, ``scrapy.Item``,
dataclass and attrs items all work; an item class with declared fields must declare the fields
the pipeline writes (``newsclean = scrapy.Field()``, or the ``newsclean_*`` fields with
``NEWSCLEAN_FLAT``).

Settings (all optional):

``NEWSCLEAN_SOURCE_FIELD``  (default ``["html", "text"]``)
    The field that holds the page, or a list of fields tried in order: the first one that holds a
    non-empty ``str`` or ``bytes`` is cleaned. ``bytes`` (``response.body``) are decoded by
    newsclean, from the charset the page declares.
``NEWSCLEAN_URL_FIELD``  (default ``"url"``)
    The field with the page's URL, passed to ``clean(url=...)``; a missing field is no error.
``NEWSCLEAN_OUTPUT_FIELD``  (default ``"newsclean"``)
    Where the result goes: ``Article.to_dict()`` without ``lines``.
``NEWSCLEAN_FLAT``  (default ``False``)
    Write each result field as its own item field, ``{OUTPUT_FIELD}_{name}``
    (``newsclean_text``, ``newsclean_title``, ...), instead of one dict.
``NEWSCLEAN_WITH_LINES``  (default ``False``)
    Keep ``lines``, the per-line decisions (about as large as the page).
``NEWSCLEAN_LANGUAGE``  (default ``None``)
    A language code (``"en"``) to set instead of detecting the language of every page.
``NEWSCLEAN_ON_ERROR``  (default ``"drop"``)
    What happens to an item with no page in any source field, or whose page cannot be cleaned
    (a value that is not ``str`` or ``bytes``): ``"drop"`` raises
    :class:`scrapy.exceptions.DropItem` (Scrapy logs it and counts it in ``item_dropped_count``);
    ``"keep"`` passes the item on with the reason in ``{OUTPUT_FIELD}_error`` and no result.

Stats: ``newsclean/cleaned`` and ``newsclean/failed`` count the items. Install with
``pip install 'newsclean[scrapy]'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Self

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem
except ImportError as error:  # tests/test_scrapy.py hides itemadapter to check this message
    raise ImportError(f"newsclean.scrapy needs Scrapy ({error}): pip install 'newsclean[scrapy]'") from error

from newsclean.pipeline import clean

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

__all__ = ["ON_ERROR_MODES", "NewscleanPipeline"]

ON_ERROR_MODES: tuple[str, ...] = ("drop", "keep")
"""The values ``NEWSCLEAN_ON_ERROR`` (and ``on_error=``) can take."""


class NewscleanPipeline:
    """Clean the page in each item and add the result to the item (see the module docstring).

    Built by Scrapy through :meth:`from_crawler`; it can also be made directly, with the same
    options as keyword arguments, and :meth:`process_item` called on any item.
    """

    def __init__(
        self,
        *,
        source_fields: Sequence[str] = ("html", "text"),
        url_field: str = "url",
        output_field: str = "newsclean",
        flat: bool = False,
        with_lines: bool = False,
        language: str | None = None,
        on_error: str = "drop",
        stats: StatsCollector | None = None,
    ) -> None:
        if isinstance(source_fields, str):
            source_fields = [source_fields]
        if not source_fields:
            raise ValueError("NEWSCLEAN_SOURCE_FIELD names no field")
        if on_error not in ON_ERROR_MODES:
            raise ValueError(f"NEWSCLEAN_ON_ERROR must be one of {', '.join(ON_ERROR_MODES)}, not {on_error!r}")
        self.source_fields = tuple(source_fields)
        self.url_field = url_field
        self.output_field = output_field
        self.flat = flat
        self.with_lines = with_lines
        self.language = language
        self.on_error = on_error
        self.error_field = f"{output_field}_error"
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """The pipeline configured by the crawler's ``NEWSCLEAN_*`` settings."""
        settings = crawler.settings
        return cls(
            source_fields=[str(name) for name in settings.getlist("NEWSCLEAN_SOURCE_FIELD", ["html", "text"])],
            url_field=str(settings.get("NEWSCLEAN_URL_FIELD", "url")),
            output_field=str(settings.get("NEWSCLEAN_OUTPUT_FIELD", "newsclean")),
            flat=settings.getbool("NEWSCLEAN_FLAT", False),
            with_lines=settings.getbool("NEWSCLEAN_WITH_LINES", False),
            language=settings.get("NEWSCLEAN_LANGUAGE") or None,
            on_error=str(settings.get("NEWSCLEAN_ON_ERROR", "drop")),
            stats=crawler.stats,
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Add the cleaned page to ``item`` and return it, or drop it (``NEWSCLEAN_ON_ERROR``).

        ``spider`` is accepted for Scrapy versions that pass it and is not used.
        """
        adapter = ItemAdapter(item)
        try:
            result = self._clean(adapter)
        except _Unclean as error:
            self._count("newsclean/failed")
            if self.on_error == "drop":
                raise DropItem(f"newsclean: {error}") from None
            self._set(adapter, self.error_field, str(error))
            return item
        if self.flat:
            for name, value in result.items():
                self._set(adapter, f"{self.output_field}_{name}", value)
        else:
            self._set(adapter, self.output_field, result)
        self._count("newsclean/cleaned")
        return item

    def _clean(self, adapter: ItemAdapter) -> dict[str, Any]:
        field, source = self._source(adapter)
        url = adapter.get(self.url_field)
        try:
            article = clean(source, url=url if isinstance(url, str) else None, language=self.language)
            result = article.to_dict()
        except Exception as error:  # a page that cannot be cleaned is handled as NEWSCLEAN_ON_ERROR says
            raise _Unclean(f"field {field!r}: {type(error).__name__}: {error}") from error
        if not self.with_lines:
            del result["lines"]
        return result

    def _source(self, adapter: ItemAdapter) -> tuple[str, Any]:
        for field in self.source_fields:
            value = adapter.get(field)
            if value is None or (isinstance(value, (str, bytes)) and not value):
                continue
            return field, value
        names = " or ".join(repr(field) for field in self.source_fields)
        raise _Unclean(f"the item has no page in {names}")

    def _set(self, adapter: ItemAdapter, field: str, value: Any) -> None:
        try:
            adapter[field] = value
        except KeyError:
            raise KeyError(
                f"newsclean: {type(adapter.item).__name__} has no field {field!r}: declare it "
                f"({field} = scrapy.Field()) or set NEWSCLEAN_OUTPUT_FIELD to a field it has"
            ) from None

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


class _Unclean(Exception):
    """An item whose page could not be cleaned; the message says why."""
