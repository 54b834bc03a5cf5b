"""newsclean.spark in a local Spark (``local[2]``): the struct column on real-shaped pages, the
error field for pages that cannot be cleaned, flat columns and binary input.

One small session serves the whole module; each test runs one Spark job. Skipped only when there is
no Java at all: a missing pyspark is an error, since the test extra installs it.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java: no java on PATH and JAVA_HOME is not set", allow_module_level=True)

from pyspark.sql import SparkSession
from shared_pages import HTML, URL

import newsclean
from newsclean.spark import FIELDS, NULL_SOURCE, SCHEMA, clean_column, with_clean_columns

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
EN_TEXT = (FIXTURES / "en_ap_style.txt").read_text(encoding="utf-8")
ZH_TEXT = (FIXTURES / "zh_xinhua_style.txt").read_text(encoding="utf-8")


PAGES: list[tuple[str, str | None, str | None]] = [
    ("en", EN_TEXT, "https://sentinel.example/news/hayward-fire"),
    ("zh", ZH_TEXT, None),
    ("html", HTML, URL),
    ("empty", "", None),
    ("null", None, None),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # Everything on the loopback interface, and Python workers from this interpreter (CI's venv).
    saved = {name: os.environ.get(name) for name in ("SPARK_LOCAL_IP", "PYSPARK_PYTHON")}
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.memory", "1g")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def expected(source: str | bytes, url: str | None = None) -> dict[str, Any]:
    """What the column should hold for a page: the Article's fields, as the struct has them."""
    article = newsclean.clean(source, url=url).to_dict()
    return {name: article[name] for name in FIELDS if name != "error"} | {"error": None}


def as_dict(row: Any) -> dict[str, Any]:
    result: dict[str, Any] = row.asDict(recursive=True)
    if result["dateline"] is not None:  # the struct has every Dateline field; to_dict() too
        assert set(result["dateline"]) == {"raw", "location", "agency", "date"}
    return result


def test_the_struct_column_holds_the_article_and_errors_do_not_fail_the_job(spark: SparkSession) -> None:
    df = spark.createDataFrame(PAGES, "id string, page string, url string")
    rows = df.withColumn("newsclean", clean_column("page", url_column="url")).orderBy("id").collect()
    assert rows[0]["newsclean"].__fields__ == list(FIELDS)
    got = {row["id"]: as_dict(row["newsclean"]) for row in rows}

    en = got["en"]
    assert en == expected(EN_TEXT, "https://sentinel.example/news/hayward-fire")
    assert en["title"] == "Fire at Hayward recycling yard prompts shelter-in-place order for thousands"
    assert en["authors"] == ["Daniel Reyes"]
    assert en["published"] == "2024-11-19T09:02"
    assert en["dateline"]["raw"] == "HAYWARD, Calif. (AP) —" and en["dateline"]["agency"] == "AP"
    assert en["captions"] == [
        {
            "text": "Firefighters spray water on a smoldering pile of scrap metal at a recycling yard"
            " in Hayward, Calif., Tuesday, Nov. 19, 2024.",
            "credit": "Rosa Delgado/AP",
        }
    ]
    assert en["photo_credits"] == ["Rosa Delgado/AP"]
    assert en["language"] == "en" and en["source"] == "text"
    assert en["text"].startswith("HAYWARD, Calif. (AP) — A fire")
    for furniture in ("Skip to content", "Click to share on Facebook", "Reply", "Cookie Preferences"):
        assert furniture not in en["text"]

    zh = got["zh"]
    assert zh == expected(ZH_TEXT)
    assert zh["title"] == "春耕备耕有序推进 全国春播粮食面积预计稳中有增"
    assert zh["authors"] == ["张三"]
    assert zh["dateline"]["raw"] == "新华社北京3月15日电（记者 张三）"
    assert zh["photo_credits"] == ["新华社记者 李明"]
    assert zh["language"] == "zh-cn"
    assert "京ICP备" not in zh["text"]

    page = got["html"]
    assert page == expected(HTML, URL)
    assert page["source"] == "html"
    assert page["title"] == "Harbor ferry service to add weekend trips"
    assert page["authors"] == ["Maria Lopez"]
    assert "Privacy Policy" not in page["text"] and "Sports" not in page["text"]

    assert got["empty"] == expected("")
    assert got["empty"]["text"] == "" and got["empty"]["error"] is None

    assert got["null"] == dict.fromkeys(FIELDS) | {"error": NULL_SOURCE}


def test_with_clean_columns_flattens_and_can_skip_language(spark: SparkSession) -> None:
    df = spark.createDataFrame([(1, EN_TEXT), (2, None)], "id int, text string")
    out = with_clean_columns(df, flatten=True, language=False)
    assert out.columns == ["id", "text", *(f"newsclean_{name}" for name in FIELDS)]
    assert with_clean_columns(out, flatten=True).columns == out.columns  # replaced, not doubled
    rows = out.orderBy("id").collect()
    assert rows[0]["newsclean_authors"] == ["Daniel Reyes"]
    assert rows[0]["newsclean_language"] is None  # not detected
    assert rows[0]["newsclean_error"] is None
    assert rows[1]["newsclean_text"] is None and rows[1]["newsclean_error"] == NULL_SOURCE

    nested = with_clean_columns(df, output_col="clean")
    assert nested.schema["clean"].dataType == SCHEMA


def test_a_binary_column_is_decoded_by_newsclean(spark: SparkSession) -> None:
    gbk = ZH_TEXT.encode("gb18030")
    df = spark.createDataFrame([(1, gbk), (2, HTML.encode("utf-8"))], "id int, html binary")
    rows = with_clean_columns(df, "html").orderBy("id").collect()
    assert as_dict(rows[0]["newsclean"]) == expected(gbk)
    assert rows[0]["newsclean"]["title"] == "春耕备耕有序推进 全国春播粮食面积预计稳中有增"
    assert rows[1]["newsclean"]["title"] == "Harbor ferry service to add weekend trips"


def test_a_column_of_another_type_sets_error_on_every_row(spark: SparkSession) -> None:
    df = spark.createDataFrame([(1,), (2,)], "n int")
    rows = df.select(clean_column("n").alias("c")).collect()
    assert [row["c"]["error"] for row in rows] == ["TypeError: the source is int, not str or bytes"] * 2


def test_without_pyspark_the_import_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    monkeypatch.delitem(sys.modules, "newsclean.spark")
    with pytest.raises(ImportError, match=r"pip install 'newsclean\[spark\]'"):
        importlib.import_module("newsclean.spark")
