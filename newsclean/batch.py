"""Many documents: ``clean_many()`` streams results in input order, optionally over processes.

Memory stays bounded whatever the input's length: at most ``workers * _CHUNKS_IN_FLIGHT`` chunks
are being cleaned or waiting to be yielded at any time. An item that cannot be cleaned yields a
:class:`Failure` in its place; nothing is dropped and the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from newsclean.article import Article
from newsclean.pipeline import clean

Item = str | bytes | Mapping[str, Any]
"""A page as ``str`` or ``bytes``, or a mapping with ``text`` or ``html`` and an optional ``url``."""

_CHUNKS_IN_FLIGHT = 4


@dataclass(frozen=True)
class Failure:
    """Stands in the output for an item that could not be cleaned."""

    index: int
    """The item's 0-based position in the input."""
    error: str
    """The exception's type and message, e.g. ``"TypeError: newsclean.clean() takes str or bytes, not int"``."""


def clean_many(
    items: Iterable[Item], *, workers: int | None = None, chunksize: int = 16
) -> Iterator[Article | Failure]:
    """Clean every item, yielding one :class:`Article` or :class:`Failure` per item, in input order.

    ``workers`` > 1 cleans in that many processes; ``None`` or 1 cleans in this one. Results are
    the same either way (``clean`` is deterministic). ``chunksize`` items travel to a process
    together.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    chunks = _chunks(enumerate(items), chunksize)
    if workers is None or workers <= 1:
        for chunk in chunks:
            yield from _clean_chunk(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article | Failure]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_clean_chunk, chunk))
            if len(pending) >= workers * _CHUNKS_IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(numbered: Iterator[tuple[int, Item]], size: int) -> Iterator[list[tuple[int, Item]]]:
    while chunk := list(islice(numbered, size)):
        yield chunk


def _clean_chunk(chunk: list[tuple[int, Item]]) -> list[Article | Failure]:
    return [_clean_one(index, item) for index, item in chunk]


def _clean_one(index: int, item: Item) -> Article | Failure:
    try:
        if isinstance(item, Mapping):
            source = item.get("html") if item.get("html") is not None else item.get("text")
            if source is None:
                raise KeyError("the item has neither 'text' nor 'html'")
            url = item.get("url")
            return clean(source, url=url if isinstance(url, str) else None)
        return clean(item)
    except Exception as error:  # one bad page must not stop a batch: it is reported in its place
        return Failure(index, f"{type(error).__name__}: {error}")
