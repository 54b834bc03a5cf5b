"""Web archives: ``newsclean --warc`` and ``--wet`` (newsclean/archives.py, docs/cli.md).

The archives are built here with FastWARC, the library newsclean reads them with, one gzip member
per record as crawlers write them.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from cli_runner import Capsys, run, usage_error

import newsclean
from newsclean import archives, cli
from newsclean.templates import TEMPLATE_RULE

fastwarc = pytest.importorskip("fastwarc.warc")

ROOT = Path(__file__).parent.parent
SEED_LINES = (ROOT / "seeds" / "000_eb3a76ea8bd78012.txt").read_text(encoding="utf-8").splitlines()
Patch = pytest.MonkeyPatch

DATE = "2025-03-15T10:21:07Z"


def article_html(number: int) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED_LINES[6:17])
    return (f"<html><head><title>Story {number}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Story {number}</h1>{paragraphs}</article>"
            "<footer>Subscribe to our newsletter</footer></body></html>").encode()


def page_text(number: int) -> bytes:
    lines = ["Share on Facebook", f"Story {number}", *SEED_LINES[6:17], "Subscribe to our newsletter"]
    return "\n".join(lines).encode()


def record_id(number: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"


def warc_record(kind: str, number: int, url: str | None, content: bytes, content_type: str) -> bytes:
    record = fastwarc.WarcRecord()
    record.init_headers(getattr(fastwarc.WarcRecordType, kind))
    record.headers["WARC-Record-ID"] = record_id(number)
    record.headers["WARC-Date"] = DATE
    if url is not None:
        record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = content_type
    record.set_bytes_content(content)
    buffer = io.BytesIO()
    record.write(buffer)
    return gzip.compress(buffer.getvalue(), mtime=0)


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK",
                  extra: str = "") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}\r\n".encode() + body


def response(number: int, url: str, body: bytes, **http: str) -> bytes:
    return warc_record("response", number, url, http_response(body, **http), "application/http; msgtype=response")


def chunked(data: bytes) -> bytes:
    pieces = [data[i:i + 50] for i in range(0, len(data), 50)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


def make_warc(path: Path, pages: int = 3) -> Path:
    """warcinfo, then per page a request and an HTML response, with records to skip in between."""
    records = [warc_record("warcinfo", 0, None, b"software: test\r\n", "application/warc-fields")]
    for i in range(1, pages + 1):
        url = f"https://news.example.com/story/{i}"
        records.append(warc_record("request", 100 + i, url, b"GET /story HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
                                   "application/http; msgtype=request"))
        records.append(response(i, url, article_html(i)))
        records.append(warc_record("metadata", 200 + i, url, b"fetchTimeMs: 12\r\n", "application/warc-fields"))
    records += [
        response(301, "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        response(302, "https://news.example.com/missing", article_html(302), status="404 Not Found"),
        response(303, "https://news.example.com/old", b"<html>Moved</html>", status="301 Moved Permanently",
                 extra="Location: https://news.example.com/new\r\n"),
    ]
    path.write_bytes(b"".join(records))
    return path


def make_wet(path: Path, pages: int = 3) -> Path:
    records = [warc_record("warcinfo", 0, None, b"software: test\r\n", "application/warc-fields")]
    records += [warc_record("conversion", i, f"https://news.example.com/story/{i}", page_text(i), "text/plain")
                for i in range(1, pages + 1)]
    path.write_bytes(b"".join(records))
    return path


def expected_result(page: bytes, url: str, with_lines: bool = False) -> dict[str, Any]:
    result = newsclean.clean(page, url=url).to_dict()
    if not with_lines:
        result.pop("lines")
    return result


# --- reading ---------------------------------------------------------------------------------------


def test_warc_pages_are_the_html_responses_with_their_headers(tmp_path: Path) -> None:
    pages = list(archives.warc_pages(make_warc(tmp_path / "crawl.warc.gz")))
    # Requests, metadata, warcinfo, the image, the 404 and the redirect are skipped.
    assert [page.url for page in pages] == [f"https://news.example.com/story/{i}" for i in (1, 2, 3)]
    assert [page.record_id for page in pages] == [record_id(i) for i in (1, 2, 3)]
    assert {page.date for page in pages} == {DATE}
    assert {page.content_type for page in pages} == {"text/html"}
    assert pages[1].content == article_html(2)


def test_warc_bodies_are_decoded_and_xhtml_counts(tmp_path: Path) -> None:
    url = "https://news.example.com/encoded"
    path = tmp_path / "crawl.warc"  # not compressed: known by content, not by name
    path.write_bytes(gzip.decompress(response(
        1, url, chunked(gzip.compress(article_html(1))), content_type="application/xhtml+xml",
        extra="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")))
    [page] = archives.warc_pages(path)
    assert page.content == article_html(1)
    assert page.content_type == "application/xhtml+xml"


@pytest.mark.parametrize("coding", ["deflate", "raw-deflate", "br", "gzip, br"])
def test_warc_content_encodings(tmp_path: Path, coding: str) -> None:
    brotli = pytest.importorskip("brotli")  # installed with FastWARC
    encode = {"deflate": zlib.compress, "gzip": gzip.compress, "br": brotli.compress,
              "raw-deflate": lambda data: zlib.compress(data)[2:-4]}
    body = article_html(1)
    for name in [name.strip() for name in coding.split(",")]:  # applied in the order listed
        body = encode[name](body)
    header = coding.replace("raw-deflate", "deflate")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(response(1, "https://news.example.com/1", body, extra=f"Content-Encoding: {header}\r\n"))
    [page] = archives.warc_pages(path)
    assert (page.content, page.error) == (article_html(1), None)


def test_a_badly_encoded_body_is_a_bad_record_and_the_run_goes_on(capsys: Capsys, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join([
        response(1, "https://news.example.com/1", article_html(1), extra="Content-Encoding: gzip\r\n"),
        response(2, "https://news.example.com/2", article_html(2)),
        response(3, "https://news.example.com/3", b"zz" + article_html(3), extra="Transfer-Encoding: chunked\r\n"),
        response(4, "https://news.example.com/4", article_html(4), extra="Content-Encoding: compress\r\n"),
    ]))
    code, out, err = run(capsys, "--warc", "-j", "2", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["record_id"] for r in records] == [record_id(i) for i in (1, 2, 3, 4)]
    assert "newsclean" in records[1]
    errors = [records[i]["newsclean_error"] for i in (0, 2, 3)]
    assert errors[0].startswith("cannot undo Content-Encoding 'gzip' (")
    assert errors[1].startswith("cannot undo Transfer-Encoding 'chunked'")
    assert errors[2] == "unknown Content-Encoding 'compress'"
    assert [line.split(": ", 3)[2] for line in err.splitlines()] == [f"record {record_id(i)}" for i in (1, 3, 4)]
    code, out, _ = run(capsys, "--warc", "--on-error", "skip", str(path))
    assert [json.loads(line)["record_id"] for line in out.splitlines()] == [record_id(2)]


def test_wet_pages_are_the_conversion_records(tmp_path: Path) -> None:
    pages = list(archives.wet_pages(make_wet(tmp_path / "crawl.warc.wet.gz")))
    assert [page.record_id for page in pages] == [record_id(i) for i in (1, 2, 3)]
    assert pages[0].content == page_text(1)
    assert pages[0].content_type == "text/plain"


# --- the command -----------------------------------------------------------------------------------


def test_warc_output(capsys: Capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--warc", str(make_warc(tmp_path / "crawl.warc.gz")))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    for i, record in enumerate(records, start=1):
        url = f"https://news.example.com/story/{i}"
        assert list(record) == ["url", "date", "record_id", "newsclean"]
        assert (record["url"], record["date"], record["record_id"]) == (url, DATE, record_id(i))
        assert record["newsclean"] == expected_result(article_html(i), url)
        assert record["newsclean"]["source"] == "html"
        assert record["newsclean"]["url"] == url
    assert records[0]["newsclean"]["text"].splitlines() == [line.strip() for line in SEED_LINES[6:17]]
    assert "Subscribe" not in out and "Moved" not in out


def test_wet_output_goes_through_the_text_path(capsys: Capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--wet", "--with-lines", str(make_wet(tmp_path / "crawl.warc.wet.gz")))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["record_id"] for r in records] == [record_id(i) for i in (1, 2, 3)]
    for i, record in enumerate(records, start=1):
        url = f"https://news.example.com/story/{i}"
        assert record["newsclean"] == expected_result(page_text(i), url, with_lines=True)
        assert record["newsclean"]["source"] == "text"
    assert [line["category"] for line in records[0]["newsclean"]["lines"]][:1] == ["share"]


@pytest.mark.parametrize("mode", ["--warc", "--wet"])
def test_several_processes_give_the_same_output(capsys: Capsys, tmp_path: Path, mode: str) -> None:
    make = make_warc if mode == "--warc" else make_wet
    first, second = make(tmp_path / "a.warc.gz", 5), make(tmp_path / "b.warc.gz", 2)
    serial = run(capsys, mode, str(first), str(second))
    assert serial[0] == 0 and serial[1].count("\n") == 7
    assert run(capsys, mode, "-j", "2", str(first), str(second)) == serial
    target = tmp_path / "out.jsonl"
    assert run(capsys, mode, "-j", "2", "-o", str(target), str(first), str(second)) == (0, "", "")
    assert target.read_text(encoding="utf-8") == serial[1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cleaning_failures_follow_on_error(capsys: Capsys, tmp_path: Path, monkeypatch: Patch, jobs: str) -> None:
    path = make_warc(tmp_path / "crawl.warc.gz")
    real = newsclean.clean

    def failing_on_the_second(source: str | bytes, **kwargs: Any) -> newsclean.Article:
        if kwargs.get("url", "").endswith("/2"):
            raise ValueError("boom")
        return real(source, **kwargs)

    monkeypatch.setattr(newsclean, "clean", failing_on_the_second)  # the workers are forked from here
    where = f"{path}: record {record_id(2)}"
    code, out, err = run(capsys, "--warc", "-j", jobs, str(path))
    assert (code, err) == (0, f"newsclean: {where}: cleaning failed: ValueError: boom\n")
    second = json.loads(out.splitlines()[1])
    assert second == {"url": "https://news.example.com/story/2", "date": DATE, "record_id": record_id(2),
                      "newsclean_error": "cleaning failed: ValueError: boom"}
    code, out, _ = run(capsys, "--warc", "-j", jobs, "--on-error", "skip", str(path))
    assert [json.loads(line)["record_id"] for line in out.splitlines()] == [record_id(1), record_id(3)]
    code, out, err = run(capsys, "--warc", "-j", jobs, "--on-error", "fail", str(path))
    assert code == 1
    assert [json.loads(line)["record_id"] for line in out.splitlines()] == [record_id(1)]
    assert err == f"newsclean: error: {where}: cleaning failed: ValueError: boom\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_truncated_archive_is_a_one_line_error_after_the_pages_before(capsys: Capsys, tmp_path: Path,
                                                                         jobs: str) -> None:
    path = make_warc(tmp_path / "crawl.warc.gz", 2)
    third = response(3, "https://news.example.com/story/3", article_html(3))
    path.write_bytes(path.read_bytes() + third[:len(third) // 2])
    code, out, err = run(capsys, "--warc", "-j", jobs, str(path))
    assert code == 1
    assert [json.loads(line)["record_id"] for line in out.splitlines()] == [record_id(1), record_id(2)]
    assert err.startswith(f"newsclean: error: {path}: truncated gzip file") and err.count("\n") == 1


@pytest.mark.parametrize("content", [b"\x1f\x8b\x08\x00garbage, not deflate data" * 20, b"just some text\n" * 20])
def test_a_corrupt_archive_or_another_file_is_a_one_line_error(capsys: Capsys, tmp_path: Path,
                                                               content: bytes) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(content)
    for mode in ("--warc", "--wet"):
        code, out, err = run(capsys, mode, str(path))
        assert (code, out) == (1, "")
        assert err.startswith(f"newsclean: error: {path}: ") and err.count("\n") == 1
        assert "Traceback" not in err
    missing = tmp_path / "missing.warc.gz"
    assert run(capsys, "--warc", str(missing)) == (1, "", f"newsclean: error: {missing}: No such file or directory\n")


def test_without_fastwarc_the_error_names_the_extra(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = make_wet(tmp_path / "crawl.warc.wet.gz")
    monkeypatch.setitem(sys.modules, "fastwarc", None)  # import fastwarc now raises ImportError
    code, out, err = run(capsys, "--wet", str(path))
    assert (code, out) == (1, "")
    assert err == (f"newsclean: error: {path}: reading WARC and WET files needs FastWARC: "
                   "pip install 'newsclean[warc]'\n")


def test_resume_by_record_id(capsys: Capsys, tmp_path: Path) -> None:
    path = make_warc(tmp_path / "crawl.warc.gz", 4)
    _, full, _ = run(capsys, "--warc", str(path))
    target = tmp_path / "out.jsonl"
    lines = full.encode().splitlines(keepends=True)
    target.write_bytes(b"".join(lines[:2]) + lines[2][:40])
    code, out, err = run(capsys, "--warc", "-j", "2", "--resume", "-o", str(target), str(path))
    assert (code, out, err) == (0, "", f"newsclean: resuming {target}: 2 records already written\n")
    assert target.read_text(encoding="utf-8") == full


@pytest.mark.parametrize("args", [
    ["--warc"],
    ["--wet", "-"],
    ["--warc", "--field", "html", "a.warc.gz"],
    ["--wet", "--url", "https://example.com", "a.warc.gz"],
    ["--warc", "--resume", "-o", "out.jsonl", "--id-field", "url", "a.warc.gz"],
    ["--warc", "--jsonl", "a.warc.gz"],
])
def test_usage_errors(capsys: Capsys, tmp_path: Path, monkeypatch: Patch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    usage_error(capsys, *args)
    assert list(tmp_path.iterdir()) == []


def test_learn_templates_in_archives(capsys: Capsys, tmp_path: Path) -> None:
    # Seven pages of one site that share their body lines: from the fifth on, they are its template.
    path = make_wet(tmp_path / "crawl.warc.wet.gz", 7)
    serial = run(capsys, "--wet", "--learn-templates", "--with-lines", str(path))
    assert serial[0] == 0
    rules = [{line["rule"] for line in json.loads(record)["newsclean"]["lines"]} for record in serial[1].splitlines()]
    assert [TEMPLATE_RULE in found for found in rules] == [False] * 4 + [True] * 3
    assert run(capsys, "--wet", "--learn-templates", "--with-lines", "-j", "2", str(path)) == serial


def test_progress_counts_the_pages(monkeypatch: Patch, tmp_path: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli.Progress, "INTERVAL", 0.0)
    path = make_warc(tmp_path / "crawl.warc.gz", 4)
    assert cli.main(["--warc", "-j", "2", "-o", str(tmp_path / "out.jsonl"), str(path)]) == 0
    shown = terminal.getvalue()
    assert "\r4 documents, " in shown and "\r5 documents" not in shown  # pages only, not skipped records
    assert shown.endswith("\r")
