"""Many documents: ``clean_many()`` streams results in input order, optionally over processes.

Memory stays bounded whatever the input's length: at most ``workers * _CHUNKS_IN_FLIGHT`` chunks
are being cleaned or waiting to be yielded at any time. An item that cannot be cleaned yields a
:class:`Failure` in its place; nothing is dropped and the batch goes on.

:func:`map_in_order` is the engine under ``clean_many()`` and the ``newsclean -j N`` command: it
applies a function to a stream of tasks in worker processes and hands the results back in input
order, each with a context that never leaves the calling process.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

from newsclean.article import Article
from newsclean.pipeline import clean

Item = str | bytes | Mapping[str, Any]
"""A page as ``str`` or ``bytes``, or a mapping with ``text`` or ``html`` and an optional ``url``."""

_CHUNKS_IN_FLIGHT = 4
_ORPHAN_CHECK_SECONDS = 1.0

Context = TypeVar("Context")
Payload = TypeVar("Payload")
Result = TypeVar("Result")


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
    tasks = ((None, chunk) for chunk in _chunks(enumerate(items), chunksize))
    for _, results in map_in_order(_clean_chunk, tasks, workers=workers):
        yield from results


def map_in_order(
    function: Callable[[Payload], Result],
    tasks: Iterable[tuple[Context, Payload]],
    *,
    workers: int | None = None,
) -> Generator[tuple[Context, Result], None, None]:
    """Yield ``(context, function(payload))`` for every task, in the order of ``tasks``.

    ``workers`` > 1 runs ``function`` in that many processes (``function`` and the payloads must
    pickle; the contexts stay in this process, so they may be anything); ``None`` or 1 runs it
    here, one task at a time, so that nothing is read ahead. ``tasks`` is consumed lazily: at most
    ``workers * 4`` tasks are submitted or finished but not yet yielded. An exception raised by
    ``function`` is raised here when its task's turn comes. When the caller stops early (an
    exception, ``close()``), tasks not yet started are cancelled and the processes are shut down.
    """
    if workers is None or workers <= 1:
        for context, payload in tasks:
            yield context, function(payload)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        pending: deque[tuple[Context, Future[Result]]] = deque()
        for context, payload in tasks:
            pending.append((context, pool.submit(function, payload)))
            if len(pending) >= workers * _CHUNKS_IN_FLIGHT:
                done_context, future = pending.popleft()
                yield done_context, future.result()
        while pending:
            done_context, future = pending.popleft()
            yield done_context, future.result()
    finally:
        # After an early stop, waiting is only for the tasks already running.
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the calling process handles it and shuts the pool
    # down. Workers that raised KeyboardInterrupt as well would die with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent that is killed outright (SIGKILL, the OOM killer) cannot shut the pool down, and
    # its workers would wait for tasks forever: they leave when they find themselves orphaned.
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_ORPHAN_CHECK_SECONDS)
    os._exit(1)


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
