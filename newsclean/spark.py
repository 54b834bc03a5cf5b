"""PySpark: clean a column of pages into a struct column, as a pandas UDF over Arrow.

    from newsclean.spark import clean_column, with_clean_columns

    df = df.withColumn("newsclean", clean_column("html", url_column="url"))
    df.select("url", "newsclean.text", "newsclean.title", "newsclean.error")

    df = with_clean_columns(df, "html", url_col="url")                 # the same, one call
    df = with_clean_columns(df, "html", url_col="url", flatten=True)   # newsclean_text, ...

The source column may be ``string`` or ``binary`` (bytes are decoded by newsclean, as
``clean()`` does). The result is one struct column, :data:`SCHEMA`. A row whose page cannot be
cleaned (a null, a value of another type, an exception inside ``clean()``) gets ``error`` set and
every other field null; the job goes on. docs/pipelines.md has a spark-submit example.

Install with ``pip install 'newsclean[spark]'`` (PySpark, pandas, PyArrow). Every executor needs
newsclean installed too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from itertools import repeat
from typing import Any

try:
    import pandas as pd
    import pyarrow  # noqa: F401  (pandas UDFs need it on the driver and the executors)
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.functions import pandas_udf
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType
except ImportError as error:  # tests/test_spark.py hides pyspark to check this message
    raise ImportError(
        f"newsclean.spark needs PySpark, pandas and PyArrow ({error}): pip install 'newsclean[spark]'"
    ) from error

from newsclean.article import Article
from newsclean.pipeline import clean

__all__ = ["FIELDS", "SCHEMA", "clean_column", "with_clean_columns"]

_STRING = StringType()

SCHEMA = StructType(
    [
        StructField("text", _STRING),
        StructField("title", _STRING),
        StructField("authors", ArrayType(_STRING)),
        StructField("published", _STRING),
        StructField(
            "dateline",
            StructType(
                [
                    StructField("raw", _STRING),
                    StructField("location", _STRING),
                    StructField("agency", _STRING),
                    StructField("date", _STRING),
                ]
            ),
        ),
        StructField(
            "captions",
            ArrayType(StructType([StructField("text", _STRING), StructField("credit", _STRING)])),
        ),
        StructField("photo_credits", ArrayType(_STRING)),
        StructField("language", _STRING),
        StructField("source", _STRING),
        StructField("error", _STRING),
    ]
)
"""The type of the column :func:`clean_column` makes. Every field is nullable.

``text``, ``title``, ``authors``, ``published``, ``captions``, ``photo_credits`` and ``source``
are the :class:`~newsclean.Article` fields of the same name; ``dateline`` is the
:class:`~newsclean.Dateline` as a struct (``dateline.raw`` is the text as it appeared), null when
the page has none; ``language`` is ``Article.language`` (null when not detected, or when
``language=False``). ``error`` is null when the page was cleaned; otherwise it says why not
(``"null source"``, or the exception as ``"TypeError: ..."``, as :class:`~newsclean.Failure` does)
and the other fields are null.
"""

FIELDS: tuple[str, ...] = tuple(SCHEMA.fieldNames())
"""The names of :data:`SCHEMA`'s fields, in order."""

NULL_SOURCE = "null source"
"""The ``error`` of a row whose source is null."""


def clean_column(column: str | Column, *, url_column: str | Column | None = None, language: bool = True) -> Column:
    """The cleaned ``column`` as a struct column (:data:`SCHEMA`): ``df.withColumn("newsclean", clean_column("html"))``.

    ``column`` holds the pages (``string`` or ``binary``); ``url_column``, if given, their URLs,
    passed to ``clean(url=...)`` (it helps HTML extraction). ``language=False`` skips language
    detection, the one costly field, and leaves ``language`` null.
    """
    if url_column is None:

        def clean_pages(sources: pd.Series) -> pd.DataFrame:
            return _clean_batch(sources, repeat(None), language)

        return _apply(clean_pages, column)

    def clean_pages_with_urls(sources: pd.Series, urls: pd.Series) -> pd.DataFrame:
        return _clean_batch(sources, urls, language)

    return _apply(clean_pages_with_urls, column, url_column)


def with_clean_columns(
    df: DataFrame,
    text_col: str = "text",
    *,
    url_col: str | None = None,
    output_col: str = "newsclean",
    flatten: bool = False,
    language: bool = True,
) -> DataFrame:
    """``df`` with the cleaned ``text_col`` added as the struct column ``output_col``.

    With ``flatten=True`` the struct's fields are added as top-level columns instead, named
    ``{output_col}_{field}`` (``newsclean_text``, ``newsclean_title``, ..., ``newsclean_error``);
    columns of those names that ``df`` already has are replaced.
    The other arguments are :func:`clean_column`'s.
    """
    cleaned = df.withColumn(output_col, clean_column(text_col, url_column=url_col, language=language))
    if not flatten:
        return cleaned
    struct = F.col(output_col)
    fields = {f"{output_col}_{name}": struct.getField(name) for name in FIELDS}
    return cleaned.withColumns(fields).drop(output_col)


def _apply(function: Callable[..., pd.DataFrame], *columns: str | Column) -> Column:
    # pyspark's stubs type a pandas UDF by its functionType argument, which a UDF typed by its
    # hints (the form Spark recommends) leaves out: the call is made untyped, the result checked.
    make_udf: Any = pandas_udf
    result = make_udf(function, SCHEMA)(*columns)
    assert isinstance(result, Column)
    return result


def _clean_batch(sources: Iterable[object], urls: Iterable[object], detect_language: bool) -> pd.DataFrame:
    rows = [_clean_row(source, url, detect_language) for source, url in zip(sources, urls, strict=False)]
    return pd.DataFrame.from_records(rows, columns=list(FIELDS))


def _clean_row(source: object, url: object, detect_language: bool) -> tuple[object, ...]:
    if _is_null(source):
        return _error_row(NULL_SOURCE)
    if not isinstance(source, (str, bytes)):
        return _error_row(f"TypeError: the source is {type(source).__name__}, not str or bytes")
    try:
        article = clean(source, url=url if isinstance(url, str) else None)
        return _article_row(article, detect_language)
    except Exception as error:  # one bad page must not fail the job: it is reported in its row
        return _error_row(f"{type(error).__name__}: {error}")


def _article_row(article: Article, detect_language: bool) -> tuple[object, ...]:
    dateline = article.dateline
    return (
        article.text,
        article.title,
        list(article.authors),
        article.published,
        None
        if dateline is None
        else {"raw": dateline.raw, "location": dateline.location, "agency": dateline.agency, "date": dateline.date},
        [{"text": caption.text, "credit": caption.credit} for caption in article.captions],
        list(article.photo_credits),
        article.language if detect_language else None,
        article.source,
        None,
    )


def _error_row(error: str) -> tuple[object, ...]:
    return (None,) * (len(FIELDS) - 1) + (error,)


def _is_null(value: object) -> bool:
    # Arrow hands pandas a null as None, or as NaN in a float or a pandas string column.
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
