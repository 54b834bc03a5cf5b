"""clean_many(): every item answered, in input order, the same in one process or several."""

from __future__ import annotations

import multiprocessing
import pathlib
from collections.abc import Iterator

import pytest

import newsclean
from newsclean import Failure, clean_many
from newsclean.batch import map_in_order

SEED = (pathlib.Path(__file__).resolve().parent.parent / "seeds" / "000_eb3a76ea8bd78012.txt").read_text(
    encoding="utf-8"
)
ITEMS: list[object] = [
    SEED,
    SEED.encode("utf-8"),
    {"text": "Menu\nHome\n" + SEED, "url": "https://example.com/a"},
    {"html": "<html><body><article><p>" + SEED.splitlines()[6] + "</p><p>" + SEED.splitlines()[7]
     + "</p></article></body></html>"},
    "",
    123,
    {"title": "no text here"},
    "新华社北京3月15日电 国务院总理今天在北京会见了来访的外国领导人。双方就两国关系和共同关心的国际问题交换了意见。",
]


def expected(item: object) -> dict[str, object] | str:
    try:
        if isinstance(item, dict):
            source = item.get("html") or item.get("text")
            if source is None:
                return "KeyError"
            return newsclean.clean(source, url=item.get("url")).to_dict()
        return newsclean.clean(item).to_dict()  # type: ignore[arg-type]
    except TypeError:
        return "TypeError"


def answer(result: newsclean.Article | Failure) -> dict[str, object] | str:
    return result.error.split(":")[0] if isinstance(result, Failure) else result.to_dict()


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_every_item_answered_in_order_the_same_with_any_workers(workers: int | None) -> None:
    results = list(clean_many(ITEMS, workers=workers, chunksize=3))
    assert len(results) == len(ITEMS)
    assert [answer(r) for r in results] == [expected(item) for item in ITEMS]


def test_failures_say_which_item_and_why() -> None:
    failures = [r for r in clean_many(ITEMS) if isinstance(r, Failure)]
    assert [(f.index, f.error.split(":")[0]) for f in failures] == [(5, "TypeError"), (6, "KeyError")]
    assert "int" in failures[0].error


def test_a_long_stream_is_consumed_lazily() -> None:
    consumed = 0

    def pages() -> object:
        nonlocal consumed
        for _ in range(10_000):
            consumed += 1
            yield SEED

    stream = clean_many(pages(), chunksize=4)  # type: ignore[arg-type]
    first = next(stream)
    assert isinstance(first, newsclean.Article)
    assert consumed <= 8


def test_chunksize_must_be_positive() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        next(clean_many([SEED], chunksize=0))


# --- map_in_order: the engine under clean_many() and `newsclean -j N` -------------------------------


def square(value: int) -> int:
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value * value


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_map_in_order_keeps_contexts_here_and_order(workers: int | None) -> None:
    # The contexts are lambdas, which cannot be pickled: they must never leave this process.
    tasks = [((lambda i=i: i), i) for i in range(30)]
    results = [(context(), result) for context, result in map_in_order(square, tasks, workers=workers)]
    assert results == [(i, i * i) for i in range(30)]


def test_map_in_order_reads_ahead_a_bounded_number_of_tasks() -> None:
    consumed = 0

    def tasks() -> Iterator[tuple[None, int]]:
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield None, i

    stream = map_in_order(square, tasks(), workers=2)
    assert next(stream) == (None, 0)
    assert consumed <= 2 * 4 + 1
    stream.close()
    assert multiprocessing.active_children() == []  # the pool is shut down by close()

    serial = map_in_order(square, tasks(), workers=1)
    consumed = 0
    next(serial)
    assert consumed == 1  # in this process nothing is read ahead


@pytest.mark.parametrize("workers", [1, 2])
def test_map_in_order_raises_an_error_in_its_turn(workers: int) -> None:
    results = map_in_order(square, [(i, value) for i, value in enumerate([1, 2, -3, 4])], workers=workers)
    assert [next(results), next(results)] == [(0, 1), (1, 4)]
    with pytest.raises(ValueError, match="negative: -3"):
        next(results)
    assert multiprocessing.active_children() == []
