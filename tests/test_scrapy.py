"""newsclean.scrapy.NewscleanPipeline: on dict, scrapy.Item and dataclass items, configured by a real
crawler's settings, and in a real crawl (``scrapy runspider`` on a file:// page)."""

from __future__ import annotations

import dataclasses
import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from shared_pages import HTML, URL

import newsclean
from newsclean.scrapy import NewscleanPipeline

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
EN_TEXT = (FIXTURES / "en_ap_style.txt").read_text(encoding="utf-8")



class PageItem(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()
    text = scrapy.Field()
    newsclean = scrapy.Field()
    newsclean_error = scrapy.Field()


class BareItem(scrapy.Item):
    text = scrapy.Field()


@dataclasses.dataclass
class PageRecord:
    url: str | None = None
    body: bytes | None = None
    clean_text: str | None = None
    clean_title: str | None = None
    clean_authors: list[str] | None = None
    clean_published: str | None = None
    clean_dateline: dict[str, Any] | None = None
    clean_captions: list[dict[str, Any]] | None = None
    clean_photo_credits: list[str] | None = None
    clean_language: str | None = None
    clean_source: str | None = None
    clean_extraction: str | None = None
    clean_url: str | None = None


def expected(source: str | bytes, url: str | None = None) -> dict[str, Any]:
    result = newsclean.clean(source, url=url).to_dict()
    del result["lines"]
    return result


def pipeline(**settings: Any) -> NewscleanPipeline:
    crawler = get_crawler(scrapy.Spider, settings_dict=settings)
    return NewscleanPipeline.from_crawler(crawler)


def test_a_dict_item_with_html_gets_the_article_under_newsclean() -> None:
    item: dict[str, Any] = {"url": URL, "html": HTML, "text": "ignored: html comes first"}
    out = pipeline().process_item(item)
    assert out is item
    result = out["newsclean"]
    assert result == expected(HTML, URL)
    assert result["source"] == "html"
    assert result["title"] == "Harbor ferry service to add weekend trips"
    assert result["authors"] == ["Maria Lopez"]
    assert result["url"] == URL
    assert result["text"].startswith("OAKLAND, Calif. — The regional ferry operator")
    assert "Privacy Policy" not in result["text"] and "Sports" not in result["text"]
    assert "lines" not in result
    assert out["html"] == HTML  # the source is left as it was


def test_a_scrapy_item_falls_back_to_text_when_html_is_missing() -> None:
    item = PageItem(url=URL, text=EN_TEXT)
    out = pipeline().process_item(item, scrapy.Spider("news"))  # older Scrapy passes the spider
    assert isinstance(out, PageItem)
    result = out["newsclean"]
    assert result == expected(EN_TEXT, URL)
    assert result["title"] == "Fire at Hayward recycling yard prompts shelter-in-place order for thousands"
    assert result["authors"] == ["Daniel Reyes"]
    assert result["dateline"]["raw"] == "HAYWARD, Calif. (AP) —"
    assert result["photo_credits"] == ["Rosa Delgado/AP"]
    assert result["language"] == "en"
    assert "Cookie Preferences" not in result["text"]


def test_an_empty_html_field_falls_back_to_text() -> None:
    out = pipeline().process_item({"html": "", "text": EN_TEXT})
    assert out["newsclean"]["authors"] == ["Daniel Reyes"]


def test_settings_choose_the_fields_and_flat_output_on_a_dataclass_item() -> None:
    crawler = get_crawler(
        scrapy.Spider,
        settings_dict={
            "NEWSCLEAN_SOURCE_FIELD": "body",
            "NEWSCLEAN_OUTPUT_FIELD": "clean",
            "NEWSCLEAN_FLAT": True,
            "NEWSCLEAN_LANGUAGE": "en",
        },
    )
    pipe = NewscleanPipeline.from_crawler(crawler)
    record = PageRecord(url=URL, body=HTML.encode("utf-8"))
    out = pipe.process_item(record)
    assert out is record
    want = expected(HTML.encode("utf-8"), URL)
    assert record.clean_text == want["text"]
    assert record.clean_title == want["title"] == "Harbor ferry service to add weekend trips"
    assert record.clean_authors == ["Maria Lopez"]
    assert record.clean_dateline == want["dateline"]
    assert record.clean_source == "html"
    assert record.clean_url == URL
    assert record.clean_language == "en"
    assert crawler.stats is not None
    assert crawler.stats.get_value("newsclean/cleaned") == 1


def test_with_lines_keeps_the_decisions() -> None:
    result = pipeline(NEWSCLEAN_WITH_LINES=True).process_item({"text": EN_TEXT})["newsclean"]
    assert len(result["lines"]) == len(EN_TEXT.splitlines())
    assert result["lines"][0]["category"] == "title"


@pytest.mark.parametrize(
    "item",
    [{"url": URL}, {"html": None, "text": ""}, PageItem(url=URL)],
    ids=["dict-without-page", "empty-values", "scrapy-item-without-page"],
)
def test_an_item_without_a_page_is_dropped_by_default(item: Any) -> None:
    crawler = get_crawler(scrapy.Spider)
    with pytest.raises(DropItem, match="no page in 'html' or 'text'"):
        NewscleanPipeline.from_crawler(crawler).process_item(item)
    assert crawler.stats is not None
    assert crawler.stats.get_value("newsclean/failed") == 1


def test_a_page_that_cannot_be_cleaned_is_dropped_with_the_reason() -> None:
    with pytest.raises(DropItem, match=r"field 'html': TypeError: .*list"):
        pipeline().process_item({"html": ["<p>a selector's getall()</p>"]})


def test_on_error_keep_passes_the_item_on_with_the_reason() -> None:
    item = PageItem(url=URL)
    out = pipeline(NEWSCLEAN_ON_ERROR="keep").process_item(item)
    assert out is item
    assert out["newsclean_error"] == "the item has no page in 'html' or 'text'"
    assert "newsclean" not in out

    bad = pipeline(NEWSCLEAN_ON_ERROR="keep", NEWSCLEAN_SOURCE_FIELD="body").process_item({"body": 42})
    assert bad["newsclean_error"].startswith("field 'body': TypeError:")


def test_an_item_class_without_the_output_field_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match=r"BareItem has no field 'newsclean'.*scrapy.Field\(\)"):
        pipeline().process_item(BareItem(text=EN_TEXT))


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="NEWSCLEAN_ON_ERROR"):
        pipeline(NEWSCLEAN_ON_ERROR="ignore")
    with pytest.raises(ValueError, match="NEWSCLEAN_SOURCE_FIELD"):
        pipeline(NEWSCLEAN_SOURCE_FIELD="")


def test_without_scrapy_the_import_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "itemadapter", None)
    monkeypatch.delitem(sys.modules, "newsclean.scrapy")
    with pytest.raises(ImportError, match=r"pip install 'newsclean\[scrapy\]'"):
        importlib.import_module("newsclean.scrapy")


def test_a_real_crawl_with_the_documented_settings(tmp_path: Path) -> None:
    """The docs' ITEM_PIPELINES line, in a crawl of two file:// pages; the feed is read back."""
    (tmp_path / "article.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    spider = tmp_path / "spider.py"
    spider.write_text(
        textwrap.dedent(
            """
            import scrapy

            class NewsSpider(scrapy.Spider):
                name = "news"
                custom_settings = {
                    "ITEM_PIPELINES": {"newsclean.scrapy.NewscleanPipeline": 300},
                    "LOG_LEVEL": "INFO",
                }

                async def start(self):
                    for name in ("article.html", "empty.html"):
                        yield scrapy.Request(self.base + name)

                def parse(self, response):
                    yield {"url": response.url, "html": response.text}
            """
        ),
        encoding="utf-8",
    )
    feed = tmp_path / "items.jsonl"
    run = subprocess.run(
        [
            sys.executable, "-m", "scrapy", "runspider", str(spider),
            "-a", f"base={tmp_path.as_uri()}/", "-o", f"{feed}:jsonlines",
        ],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert len(items) == 1, run.stderr[-3000:]
    assert items[0]["newsclean"]["title"] == "Harbor ferry service to add weekend trips"
    assert items[0]["newsclean"]["authors"] == ["Maria Lopez"]
    assert items[0]["newsclean"]["url"] == items[0]["url"]
    assert "Dropped: newsclean: the item has no page in 'html' or 'text'" in run.stderr
    assert "'newsclean/cleaned': 1" in run.stderr and "'newsclean/failed': 1" in run.stderr
