"""The ``newsclean`` command (newsclean/cli.py; docs/cli.md is the contract these tests check)."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from cli_runner import Capsys, run, usage_error

import newsclean
from newsclean import cli
from newsclean.templates import TEMPLATE_RULE, Cleaner

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_eb3a76ea8bd78012.txt"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
GOLDEN = "\n".join(SEED_LINES[6:17])
SEED_CATEGORIES = (["cookie_banner", "language_picker", "language_picker", "licence", "hotline", "caption"]
                   + ["body"] * 11)
Patch = pytest.MonkeyPatch

SEED_CAPTION = ("British Prime Minister Keir Starmer speaks with European leaders at the beginning of a "
                "video conference at 10 Downing Street in London, England, March 15, 2025.")


@functools.lru_cache(maxsize=1)
def library_result() -> newsclean.Article:
    """What the library itself makes of the seed. Tests of the command's mechanics compare with
    this rather than with the golden text, so that they test the command and not the classifier;
    the golden tests (marked "spec") pin the classifier's result on the seed as well."""
    return newsclean.clean(SEED.read_bytes())


def library_text() -> str:
    return library_result().text


def set_stdin(monkeypatch: Patch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def run_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=300, env={**os.environ, **(env or {})}, check=False,
                          cwd=ROOT)  # `-m` puts the working directory first on sys.path


def jsonl_file(tmp_path: Path, *lines: str | bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n"
                              for line in lines))
    return path


def good_record(**extra: Any) -> str:
    return json.dumps({"text": SEED.read_text(encoding="utf-8"), **extra}, ensure_ascii=False)


# --- plain text ------------------------------------------------------------------------------------


def test_seed_prints_exactly_the_body_lines_spec(capsys: Capsys) -> None:
    code, out, err = run(capsys, str(SEED))
    assert code == 0
    assert out == GOLDEN + "\n"
    assert err == ""


def test_stdin_is_read_when_no_file_is_given(capsys: Capsys,
                                             monkeypatch: Patch) -> None:
    set_stdin(monkeypatch, SEED.read_bytes())
    assert run(capsys) == (0, library_text() + "\n", "")


def test_dash_reads_stdin_as_bytes(capsys: Capsys, monkeypatch: Patch) -> None:
    # A BOM only disappears if the bytes reach clean() undecoded.
    set_stdin(monkeypatch, b"\xef\xbb\xbf" + SEED.read_bytes())
    assert run(capsys, "-") == (0, library_text() + "\n", "")


def test_several_files_are_separated_by_a_blank_line(capsys: Capsys) -> None:
    code, out, _ = run(capsys, str(SEED), str(SEED))
    assert code == 0
    assert out == library_text() + "\n\n" + library_text() + "\n"


def test_output_is_utf8_whatever_the_locale() -> None:
    result = run_process(str(SEED), env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == (library_text() + "\n").encode("utf-8")
    assert "\u2013".encode() in result.stdout  # the seed's en dash survived an ASCII locale


# --- --json ----------------------------------------------------------------------------------------


def test_json_on_the_seed_spec(capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--json", str(SEED))
    assert code == 0
    assert out.endswith("\n")
    assert out.count("\n") == 1  # one document, one line
    data = json.loads(out)
    assert [line["category"] for line in data["lines"]] == SEED_CATEGORIES
    assert [line["kept"] for line in data["lines"]] == [False] * 6 + [True] * 11
    assert data["text"] == GOLDEN
    assert data["captions"] == [{"text": SEED_CAPTION, "credit": "VCG"}]
    assert data["photo_credits"] == ["VCG"]
    assert data["language"] == "en"
    assert data["dateline"] is None


def test_json_gives_one_document_per_line(capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--json", "--language", "xx", str(SEED), str(SEED))
    assert code == 0
    documents = [json.loads(line) for line in out.splitlines()]
    assert len(documents) == 2
    assert all(d["language"] == "xx" for d in documents)  # --language is passed through


def test_json_indent_and_url(capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--json", "--indent", "2", "--url", "https://example.com/a", str(SEED))
    assert code == 0
    assert out.startswith('{\n  "text": ')
    assert json.loads(out)["url"] == "https://example.com/a"


# --- --explain -------------------------------------------------------------------------------------


def test_explain_shows_every_line_and_a_summary(capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--explain", str(SEED))
    assert code == 0
    assert "\x1b" not in out  # stdout is not a terminal here
    rows = out.splitlines()
    lines = library_result().lines
    assert len(rows) == len(SEED_LINES) + 1
    for row, line in zip(rows[:-1], lines, strict=True):
        assert row.startswith(f"{line.number:04d}  {'KEPT' if line.kept else '----'}  {line.category:<15}  "
                              f"{line.rule} ")
        assert row.endswith("| " + line.text)
    # Fixed-width columns: the text starts at the same column on every line.
    assert len({row.index("| ") for row in rows[:-1]}) == 1
    kept = sum(line.kept for line in lines)
    assert rows[-1].startswith(f"# 17 lines, {kept} kept, {17 - kept} removed: ")


def test_explain_on_the_seed_spec(capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--explain", str(SEED))
    assert code == 0
    rows = out.splitlines()
    for category in set(SEED_CATEGORIES):
        assert f"  {category} " in out
    assert rows[0].startswith("0000  ----  cookie_banner ")
    assert rows[6].startswith("0006  KEPT  body ")
    assert rows[-1] == ("# 17 lines, 11 kept, 6 removed: body 11, caption 1, cookie_banner 1, "
                        "language_picker 2, licence 1, hotline 1")


def test_explain_colour(capsys: Capsys, monkeypatch: Patch) -> None:
    _, out, _ = run(capsys, "--explain", "--color", "always", str(SEED))
    kept = next(line.number for line in library_result().lines if line.kept)
    assert f"\x1b[32m{kept:04d}  KEPT" in out
    assert "\x1b[2m0000  ----" in out
    assert out.count("\x1b[0m") == len(SEED_LINES)  # every coloured row is reset, the summary is not coloured

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli._use_color("auto")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli._use_color("auto")


def test_explain_escapes_control_characters(capsys: Capsys,
                                            monkeypatch: Patch) -> None:
    set_stdin(monkeypatch, b"Some text \x1b[31mred\n")
    code, out, _ = run(capsys, "--explain")
    assert code == 0
    assert "\x1b" not in out
    assert "\\x1b[31mred" in out


# --- --jsonl ---------------------------------------------------------------------------------------


def test_jsonl_good_record(capsys: Capsys, tmp_path: Path) -> None:
    path = jsonl_file(tmp_path, good_record(id=1, url="https://example.com/a", note="日本"))
    code, out, err = run(capsys, "--jsonl", str(path))
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    record = json.loads(line)
    # Input order kept, then the result and the line number.
    assert list(record) == ["text", "id", "url", "note", "newsclean", "newsclean_line"]
    assert record["id"] == 1
    assert record["newsclean_line"] == 1
    assert "日本" in line  # not \u-escaped
    result = record["newsclean"]
    assert result["text"] == library_text()
    assert result["url"] == "https://example.com/a"
    assert result["captions"] == [{"text": SEED_CAPTION, "credit": "VCG"}]
    assert "lines" not in result


def test_jsonl_with_lines_and_stdin(capsys: Capsys, monkeypatch: Patch) -> None:
    set_stdin(monkeypatch, (good_record(id=1) + "\n" + good_record(id=2) + "\n").encode())
    code, out, _ = run(capsys, "--jsonl", "--with-lines")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [1, 2]
    assert ([line["category"] for line in records[0]["newsclean"]["lines"]]
            == [line.category for line in library_result().lines])


def test_jsonl_field_choice(capsys: Capsys, tmp_path: Path) -> None:
    paragraphs = "</p><p>".join(SEED_LINES[6:17])
    html = f"<html><head><title>T</title></head><body><p>{paragraphs}</p></body></html>"
    path = jsonl_file(
        tmp_path,
        json.dumps({"html": html, "text": "ignored"}),
        json.dumps({"html": None, "text": SEED.read_text(encoding="utf-8")}),
    )
    code, out, _ = run(capsys, "--jsonl", str(path))
    assert code == 0
    first, second = (json.loads(line)["newsclean"] for line in out.splitlines())
    assert first["source"] == "html"
    assert second["source"] == "text"

    path = jsonl_file(tmp_path, json.dumps({"body": SEED.read_text(encoding="utf-8"), "text": "x"}))
    code, out, _ = run(capsys, "--jsonl", "--field", "body", str(path))
    assert json.loads(out)["newsclean"]["text"] == library_text()


def bad_input(tmp_path: Path) -> Path:
    return jsonl_file(tmp_path, good_record(id=1), "{not json", good_record(id=3))


def test_jsonl_malformed_line_is_recorded_by_default(capsys: Capsys, tmp_path: Path) -> None:
    path = bad_input(tmp_path)
    code, out, err = run(capsys, "--jsonl", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    assert records[1]["line"] == 2
    assert records[1]["raw"] == "{not json"
    assert records[1]["newsclean_error"].startswith("malformed JSON")
    assert [r["id"] for r in (records[0], records[2])] == [1, 3]
    assert err.count("\n") == 1
    assert err.startswith(f"newsclean: {path}:2: malformed JSON")


def test_jsonl_malformed_line_skipped(capsys: Capsys, tmp_path: Path) -> None:
    path = bad_input(tmp_path)
    code, out, err = run(capsys, "--jsonl", "--on-error", "skip", str(path))
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 3]
    assert err.count("\n") == 1
    assert err.startswith(f"newsclean: {path}:2: ")


def test_jsonl_malformed_line_fails(capsys: Capsys, tmp_path: Path) -> None:
    path = bad_input(tmp_path)
    code, out, err = run(capsys, "--jsonl", "--on-error", "fail", str(path))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]  # what came before is kept
    assert err.count("\n") == 1
    assert err.startswith(f"newsclean: error: {path}:2: malformed JSON")


def test_jsonl_malformed_line_fails_in_a_real_process(tmp_path: Path) -> None:
    result = run_process("--jsonl", "--on-error", "fail", str(bad_input(tmp_path)))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().startswith("newsclean: error: ")
    assert result.stderr.count(b"\n") == 1


def test_jsonl_record_without_the_field(capsys: Capsys, tmp_path: Path) -> None:
    path = jsonl_file(tmp_path, json.dumps({"id": 7, "body": "x"}), json.dumps({"id": 8, "text": 5}))
    code, out, err = run(capsys, "--jsonl", str(path))
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == 7 and "newsclean" not in first
    assert "'html'" in first["newsclean_error"] and "'text'" in first["newsclean_error"]
    assert second["id"] == 8 and "not a string" in second["newsclean_error"]
    warnings = err.splitlines()
    assert warnings[0].startswith(f"newsclean: {path}:1: ")
    assert warnings[1].startswith(f"newsclean: {path}:2: ")

    code, out, err = run(capsys, "--jsonl", "--field", "body", "--on-error", "skip", str(path))
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [7]
    assert err.startswith(f"newsclean: {path}:2: record has no 'body' field")


def test_jsonl_other_bad_lines(capsys: Capsys, tmp_path: Path) -> None:
    path = jsonl_file(tmp_path, "[1, 2]", "", "   ", b'{"text": "caf\xe9"}', good_record(id=5))
    code, out, err = run(capsys, "--jsonl", str(path))
    assert code == 0
    array, not_utf8, good = (json.loads(line) for line in out.splitlines())  # blank lines are skipped
    assert array == {"newsclean_error": "line is JSON array, not an object", "line": 1, "raw": "[1, 2]",
                     "newsclean_line": 1}
    assert not_utf8["line"] == 4 and "UTF-8" in not_utf8["newsclean_error"]
    assert good["id"] == 5 and good["newsclean_line"] == 5
    assert [w.split(":")[2] for w in err.splitlines()] == ["1", "4"]


def test_jsonl_cleaning_failure_is_a_bad_record(capsys: Capsys, tmp_path: Path,
                                                monkeypatch: Patch) -> None:
    def broken(*_: Any, **__: Any) -> newsclean.Article:
        raise ValueError("boom")

    monkeypatch.setattr(newsclean, "clean", broken)
    code, out, err = run(capsys, "--jsonl", str(jsonl_file(tmp_path, good_record(id=1))))
    assert code == 0
    assert json.loads(out)["newsclean_error"] == "cleaning failed: ValueError: boom"
    assert "boom" in err


# --- --output and --resume ------------------------------------------------------------------------


def story(number: int) -> str:
    """A short page, different for each number, with furniture around two body lines."""
    return (f"Share on Facebook\nCouncil approves transport plan {number}\n"
            f"The city council voted {number + 3} to 2 on Tuesday to approve the new transport plan, "
            "officials said after a long meeting.\n"
            f"Work on the {number} new bus lines is due to start next spring, according to the plan.\n"
            "Subscribe to our newsletter")


def stories(tmp_path: Path, count: int = 10, ids: bool = True) -> Path:
    return jsonl_file(tmp_path, *(json.dumps({"id": f"a{i}", "text": story(i)} if ids else {"text": story(i)})
                                  for i in range(count)))


def uninterrupted(capsys: Capsys, path: Path, *options: str) -> bytes:
    """The output of a complete run, written to stdout."""
    code, out, err = run(capsys, "--jsonl", *options, str(path))
    assert (code, err) == (0, "")
    return out.encode()


def interrupted(full: bytes, records: int, tail: bytes) -> bytes:
    """What a run killed after ``records`` records leaves behind: those lines, then ``tail``."""
    return b"".join(full.splitlines(keepends=True)[:records]) + tail


def count_cleaning(monkeypatch: Patch) -> list[str]:
    """Records the first body line of every page that is cleaned from now on."""
    cleaned: list[str] = []
    real = newsclean.clean

    def counting(source: str | bytes, **kwargs: Any) -> newsclean.Article:
        cleaned.append(str(source).splitlines()[2])
        return real(source, **kwargs)

    monkeypatch.setattr(newsclean, "clean", counting)
    return cleaned


def test_output_file_holds_what_stdout_would(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 3)
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"an older file, replaced\n" * 100)
    code, out, err = run(capsys, "--jsonl", "--output", str(target), str(path))
    assert (code, out, err) == (0, "", "")
    assert target.read_bytes() == expected
    assert [json.loads(line)["newsclean_line"] for line in expected.splitlines()] == [1, 2, 3]


def test_output_in_the_other_modes(capsys: Capsys, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    for mode in ([], ["--json"], ["--explain", "--color", "auto"]):
        _, expected, _ = run(capsys, *mode, str(SEED), str(SEED))
        assert run(capsys, *mode, "-o", str(target), str(SEED), str(SEED)) == (0, "", "")
        assert target.read_text(encoding="utf-8") == expected
    assert "\x1b" not in target.read_text(encoding="utf-8")  # a file is not a terminal: no colour
    assert run(capsys, "-o", "-", str(SEED)) == (0, library_text() + "\n", "")  # '-' is stdout


def test_output_errors(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 2)
    code, out, err = run(capsys, "--jsonl", "-o", str(tmp_path), str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"newsclean: error: {tmp_path}: ") and err.count("\n") == 1
    code, out, err = run(capsys, "--jsonl", "--resume", "-o", str(path), str(path))
    assert code == 2
    assert "is also an input" in err
    assert path.read_text(encoding="utf-8").count("\n") == 2  # untouched
    if Path("/dev/full").exists():
        code, _, err = run(capsys, "--jsonl", "-o", "/dev/full", str(path))
        assert code == 1
        assert err == "newsclean: error: /dev/full: No space left on device\n"


@pytest.mark.parametrize("tail", ["half", "no-newline", "nul-bytes", "garbage-line", "none"])
def test_resume_after_an_interruption(capsys: Capsys, tmp_path: Path, monkeypatch: Patch, tail: str) -> None:
    path = stories(tmp_path)
    expected = uninterrupted(capsys, path)
    fifth = expected.splitlines(keepends=True)[4]
    target = tmp_path / "out.jsonl"
    target.write_bytes(interrupted(expected, 4, {
        "half": fifth[:len(fifth) // 2],  # killed in the middle of writing the 5th record
        "no-newline": fifth[:-1],  # ... just before its newline
        "nul-bytes": b"\0" * 8192,  # a crash left zeroed blocks, longer than the records still to come
        "garbage-line": fifth[:len(fifth) // 2] + b"\n",  # a line that is not JSON
        "none": b"",  # killed between two records
    }[tail]))
    cleaned = count_cleaning(monkeypatch)
    code, out, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert (code, out) == (0, "")
    assert err == f"newsclean: resuming {target}: 4 records already written\n"
    assert target.read_bytes() == expected  # each record once, in input order, as without the interruption
    assert [json.loads(line)["id"] for line in expected.splitlines()] == [f"a{i}" for i in range(10)]
    assert cleaned == [story(i).splitlines()[2] for i in range(4, 10)]  # only the missing records


def test_resume_after_ctrl_c(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = stories(tmp_path)
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    real, calls = newsclean.clean, []

    def interrupted_at_the_seventh(source: str | bytes, **kwargs: Any) -> newsclean.Article:
        calls.append(source)
        if len(calls) == 7:
            raise KeyboardInterrupt
        return real(source, **kwargs)

    monkeypatch.setattr(newsclean, "clean", interrupted_at_the_seventh)
    assert run(capsys, "--jsonl", "-o", str(target), str(path)) == (130, "", "newsclean: interrupted\n")
    assert target.read_bytes() == interrupted(expected, 6, b"")
    monkeypatch.setattr(newsclean, "clean", real)
    code, _, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert (code, err) == (0, f"newsclean: resuming {target}: 6 records already written\n")
    assert target.read_bytes() == expected


def test_resume_records_without_ids_by_line_number(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = stories(tmp_path, ids=False)
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([*lines[:2], b"\n", *lines[2:]]))  # a blank line: numbers are line numbers
    expected = uninterrupted(capsys, path)
    assert [json.loads(line)["newsclean_line"] for line in expected.splitlines()] == [1, 2, *range(4, 12)]
    target = tmp_path / "out.jsonl"
    fourth = expected.splitlines(keepends=True)[3]
    target.write_bytes(interrupted(expected, 3, fourth[:50]))
    cleaned = count_cleaning(monkeypatch)
    code, _, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert (code, err) == (0, f"newsclean: resuming {target}: 3 records already written\n")
    assert target.read_bytes() == expected
    assert len(cleaned) == 7


def test_resume_of_a_complete_output_writes_nothing(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = stories(tmp_path)
    target = tmp_path / "out.jsonl"
    assert run(capsys, "--jsonl", "--output", str(target), str(path)) == (0, "", "")
    expected = target.read_bytes()
    cleaned = count_cleaning(monkeypatch)
    code, out, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert (code, out, err) == (0, "", f"newsclean: resuming {target}: 10 records already written\n")
    assert target.read_bytes() == expected
    assert cleaned == []


def test_resume_without_an_output_file_yet(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 3)
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    assert run(capsys, "--jsonl", "--resume", "-o", str(target), str(path)) == (0, "", "")  # a fresh start
    assert target.read_bytes() == expected


def test_resume_error_records_count_as_written(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = jsonl_file(tmp_path, json.dumps({"id": 1, "text": story(1)}), "{not json",
                      json.dumps({"id": 3, "body": "no text field"}), json.dumps({"id": 4, "text": story(4)}),
                      "[5]")
    code, full, warnings = run(capsys, "--jsonl", str(path))
    assert code == 0 and warnings.count("\n") == 3
    expected = full.encode()
    target = tmp_path / "out.jsonl"
    target.write_bytes(interrupted(expected, 3, b'{"id": 4, "te'))
    cleaned = count_cleaning(monkeypatch)
    code, _, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert code == 0
    assert target.read_bytes() == expected
    assert cleaned == [story(4).splitlines()[2]]
    # The bad lines already written are neither redone nor reported again.
    assert err == f"newsclean: resuming {target}: 3 records already written\nnewsclean: {path}:5: " \
        "line is JSON array, not an object\n"


def test_resume_with_repeated_ids_and_id_field(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    # The same page scraped twice keeps its two records, however far the interrupted run got.
    keys = ["k1", "k2", "k1", "k3", "k2"]
    path = jsonl_file(tmp_path, *(json.dumps({"key": key, "text": story(i)}) for i, key in enumerate(keys)))
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    for written in range(len(keys) + 1):
        target.write_bytes(interrupted(expected, written, b""))
        cleaned = count_cleaning(monkeypatch)
        code, _, err = run(capsys, "--jsonl", "--resume", "-o", str(target), "--id-field", "key", str(path))
        assert (code, err) == (0, f"newsclean: resuming {target}: {written} record"
                               f"{'' if written == 1 else 's'} already written\n")
        assert target.read_bytes() == expected
        assert cleaned == [story(i).splitlines()[2] for i in range(written, len(keys))]


def test_resume_refuses_a_file_it_did_not_write(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 3)
    target = tmp_path / "notes.txt"
    for content in (b"my notes\n" + json.dumps({"id": "a0"}).encode() + b"\n", b'{"title": "no id"}\n'):
        target.write_bytes(content)
        code, out, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
        assert (code, out) == (1, "")
        assert err.startswith(f"newsclean: error: {target}:1: ") and err.count("\n") == 1
        assert "cannot be resumed" in err
        assert target.read_bytes() == content  # left as it was


def test_resume_warns_about_records_that_match_no_input(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 2)
    target = tmp_path / "out.jsonl"
    target.write_bytes(json.dumps({"id": "elsewhere", "newsclean_line": 1}).encode() + b"\n")
    code, _, err = run(capsys, "--jsonl", "--resume", "-o", str(target), str(path))
    assert code == 0
    assert err.splitlines()[1] == f"newsclean: {target}: 1 of the records already written match no input record"
    assert target.read_text(encoding="utf-8").count("\n") == 3


_SLOW_CHILD = """
import sys, time
import newsclean
from newsclean import cli
from newsclean.templates import TEMPLATE_RULE, Cleaner

real, calls = newsclean.clean, []

def clean(*args, **kwargs):
    calls.append(1)
    if len(calls) == 5:
        time.sleep(600)  # killed here, with four records written
    return real(*args, **kwargs)

newsclean.clean = clean
sys.exit(cli.main(sys.argv[1:]))
"""


def test_resume_after_a_real_kill(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path)
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-c", _SLOW_CHILD, "--jsonl", "-o", str(target), str(path)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        # Waits for the records, not for a time: each is flushed as soon as it is made.
        deadline = time.monotonic() + 120
        while not (target.exists() and target.read_bytes().count(b"\n") == 4):
            assert child.poll() is None, child.stderr.read() if child.stderr else b""
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        child.kill()  # SIGKILL: no clean-up of any kind
        child.communicate(timeout=60)
    assert target.read_bytes() == interrupted(expected, 4, b"")
    result = run_process("--jsonl", "--resume", "-o", str(target), str(path))
    assert result.returncode == 0
    assert result.stderr.decode() == f"newsclean: resuming {target}: 4 records already written\n"
    assert target.read_bytes() == expected


# --- errors and exit statuses ----------------------------------------------------------------------


def test_missing_file(capsys: Capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, str(missing))
    assert code == 1
    assert out == ""
    assert err == f"newsclean: error: {missing}: No such file or directory\n"


def test_missing_file_in_a_real_process(tmp_path: Path) -> None:
    result = run_process(str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: error: {tmp_path / 'nope.txt'}: No such file or directory\n"


@pytest.mark.parametrize("jsonl", [False, True])
def test_directory(tmp_path: Path, jsonl: bool) -> None:
    result = run_process(*(["--jsonl"] if jsonl else []), str(tmp_path))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") == 1
    assert result.stderr.startswith(f"newsclean: error: {tmp_path}: ".encode())


@pytest.mark.parametrize("args", [
    ["--no-such-option"],
    ["--json", "--explain"],
    ["--indent", "2"],
    ["--field", "html"],
    ["--on-error", "skip"],
    ["--jsonl", "--on-error", "ignore"],
    ["--url", "https://example.com", "a", "b"],
    ["-", "-"],
    ["--jsonl", "--resume"],
    ["--jsonl", "--resume", "-o", "-"],
    ["--resume", "-o", "out.jsonl"],
    ["--json", "--resume", "-o", "out.jsonl"],
    ["--jsonl", "-o", "out.jsonl", "--id-field", "key"],
    ["--jsonl", "--resume", "-o", "out.jsonl", "--id-field", "newsclean_line"],
])
def test_usage_errors_exit_2(capsys: Capsys, args: list[str], tmp_path: Path, monkeypatch: Patch) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may be written, but if it were, not into the repository
    usage_error(capsys, *args)
    assert list(tmp_path.iterdir()) == []


def test_usage_error_in_a_real_process() -> None:
    result = run_process("--no-such-option")
    assert result.returncode == 2
    assert b"usage: newsclean" in result.stderr
    assert b"Traceback" not in result.stderr


def test_version(capsys: Capsys) -> None:
    assert run(capsys, "--version") == (0, f"newsclean {newsclean.__version__}\n", "")


def test_interrupt_exits_130(capsys: Capsys, monkeypatch: Patch) -> None:
    def interrupted(*_: Any, **__: Any) -> newsclean.Article:
        raise KeyboardInterrupt

    monkeypatch.setattr(newsclean, "clean", interrupted)
    code, _, err = run(capsys, str(SEED))
    assert code == 130
    assert err == "newsclean: interrupted\n"


def test_broken_pipe_is_quiet(capsys: Capsys, monkeypatch: Patch) -> None:
    class ClosedPipe(io.BytesIO):
        def write(self, _: Any) -> int:
            raise BrokenPipeError

    class ClosedStdout(io.StringIO):
        buffer = ClosedPipe()

    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    assert cli.main([str(SEED)]) == 0
    assert capsys.readouterr().err == ""


def test_broken_pipe_in_a_real_process(tmp_path: Path) -> None:
    # Far more output than a pipe buffer holds, so the writer hits the closed pipe.
    path = jsonl_file(tmp_path, *(good_record(id=i) for i in range(120)))
    process = subprocess.Popen([sys.executable, "-m", "newsclean.cli", "--jsonl", str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())["id"] == 0
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=300) == 0
    assert stderr == b""


# --- progress --------------------------------------------------------------------------------------


def test_progress_only_on_a_terminal(capsys: Capsys, monkeypatch: Patch) -> None:
    code, _, err = run(capsys, str(SEED), str(SEED))
    assert (code, err) == (0, "")  # stderr is not a terminal under capsys

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli.Progress, "INTERVAL", 0.0)
    assert cli.main([str(SEED), str(SEED)]) == 0
    shown = terminal.getvalue()
    assert "\r2 documents, " in shown and "docs/s" in shown
    assert shown.endswith("\r")  # cleared at the end
    terminal.truncate(0)
    terminal.seek(0)
    assert cli.main(["--no-progress", str(SEED), str(SEED)]) == 0
    assert terminal.getvalue() == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_with_jobs(monkeypatch: Patch, tmp_path: Path) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli.Progress, "INTERVAL", 0.0)
    assert cli.main(["--jsonl", "-j", "2", "-o", str(tmp_path / "out.jsonl"), str(stories(tmp_path, 5))]) == 0
    shown = terminal.getvalue()
    assert "\r5 documents, " in shown
    assert shown.endswith("\r")


# --- -j N: worker processes -----------------------------------------------------------------------


def mixed_input(tmp_path: Path, name: str = "in.jsonl") -> Path:
    """Good records and every kind of bad line, in between."""
    path = tmp_path / name
    lines = [json.dumps({"id": f"a{i}", "text": story(i)}).encode() for i in range(12)]
    lines[2:2] = [b"{not json", b"", b"[1, 2]", b'{"text": "caf\xe9"}']
    lines[9:9] = [json.dumps({"id": "no-text", "body": "x"}).encode(), json.dumps({"id": "num", "text": 5}).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize("options", [[], ["--on-error", "skip"], ["--on-error", "fail"], ["--with-lines"],
                                     ["--field", "text", "--language", "en"]])
def test_jobs_give_the_output_of_one_process(capsys: Capsys, tmp_path: Path, options: list[str]) -> None:
    first, second = mixed_input(tmp_path), stories(tmp_path / "..", 3)
    serial = run(capsys, "--jsonl", *options, str(first), str(second))
    assert serial[1].count("\n") >= (2 if "fail" in options else 15)
    assert run(capsys, "--jsonl", "-j", "2", *options, str(first), str(second)) == serial
    assert run(capsys, "--jsonl", "--jobs", "3", *options, str(first), str(second)) == serial


@pytest.mark.parametrize("mode", [[], ["--json"], ["--explain", "--color", "always"]])
def test_jobs_with_several_files(capsys: Capsys, tmp_path: Path, mode: list[str]) -> None:
    packed = tmp_path / "seed.txt.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    files = [str(SEED), str(packed), str(SEED)]
    serial = run(capsys, *mode, *files)
    assert serial[0] == 0
    assert run(capsys, *mode, "-j", "2", *files) == serial
    target = tmp_path / "out.txt"
    assert run(capsys, *mode, "-j", "2", "-o", str(target), *files) == (0, "", "")
    assert target.read_text(encoding="utf-8") == serial[1]


@pytest.mark.parametrize("jsonl", [False, True])
def test_jobs_stop_at_an_unreadable_input_after_the_ones_before(capsys: Capsys, tmp_path: Path,
                                                                jsonl: bool) -> None:
    good = stories(tmp_path, 3) if jsonl else SEED
    files = [str(good), str(tmp_path / "missing"), str(good)]
    mode = ["--jsonl"] if jsonl else []
    serial = run(capsys, *mode, *files)
    assert serial[0] == 1
    assert serial[2] == f"newsclean: error: {tmp_path / 'missing'}: No such file or directory\n"
    assert serial[1] and serial[1] == run(capsys, *mode, *files[:1])[1]
    assert run(capsys, *mode, "-j", "2", *files) == serial


def test_jobs_resume(capsys: Capsys, tmp_path: Path) -> None:
    path = mixed_input(tmp_path)
    expected = uninterrupted_with_warnings(capsys, path)
    target = tmp_path / "out.jsonl"
    for written in (0, 3, 7, 12):
        target.write_bytes(interrupted(expected, written, b'{"id": "a'))
        code, _, _ = run(capsys, "--jsonl", "-j", "2", "--resume", "-o", str(target), str(path))
        assert code == 0
        assert target.read_bytes() == expected


def uninterrupted_with_warnings(capsys: Capsys, path: Path) -> bytes:
    code, out, _ = run(capsys, "--jsonl", str(path))
    assert code == 0
    return out.encode()


def test_jobs_in_a_real_process(tmp_path: Path) -> None:
    path = mixed_input(tmp_path)
    serial = run_process("--jsonl", str(path))
    parallel = run_process("--jsonl", "-j", "2", str(path))
    assert serial.returncode == parallel.returncode == 0
    assert (parallel.stdout, parallel.stderr) == (serial.stdout, serial.stderr)
    assert b"Traceback" not in parallel.stderr


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5", ""])
def test_bad_jobs_are_usage_errors(capsys: Capsys, value: str) -> None:
    err = usage_error(capsys, "-j", value, str(SEED))
    [message] = [line for line in err.splitlines() if line.startswith("newsclean: error:")]
    assert message.startswith("newsclean: error: argument -j/--jobs: must be a whole number")
    result = run_process("--jsonl", "--jobs", value, str(SEED))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


# --- compressed inputs -----------------------------------------------------------------------------


def compress(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        return gzip.compress(data)
    zstandard = pytest.importorskip("zstandard")
    # With a checksum, as the zstd command writes: without one, zstd cannot tell damaged data.
    return bytes(zstandard.ZstdCompressor(write_checksum=True).compress(data))


@pytest.mark.parametrize("suffix", [".gz", ".zst", ".zstd"])
def test_compressed_inputs(capsys: Capsys, tmp_path: Path, suffix: str) -> None:
    document = tmp_path / f"seed.txt{suffix}"
    document.write_bytes(compress(SEED.read_bytes(), suffix))
    assert run(capsys, str(document)) == (0, library_text() + "\n", "")
    plain = mixed_input(tmp_path)
    packed = tmp_path / f"in.jsonl{suffix}"
    packed.write_bytes(compress(plain.read_bytes(), suffix))
    expected = run(capsys, "--jsonl", str(plain))
    assert run(capsys, "--jsonl", str(packed)) == (expected[0], expected[1], expected[2].replace(str(plain),
                                                                                                str(packed)))


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
@pytest.mark.parametrize("damage", ["truncated", "corrupt"])
def test_damaged_compressed_input_is_a_one_line_error(capsys: Capsys, tmp_path: Path, suffix: str,
                                                      damage: str) -> None:
    data = compress(stories(tmp_path, 300).read_bytes(), suffix)
    path = tmp_path / f"in.jsonl{suffix}"
    path.write_bytes(data[:len(data) // 2] if damage == "truncated" else data[:200] + b"\xff" * 64 + data[264:])
    kind = "gzip" if suffix == ".gz" else "Zstandard"
    for mode in (["--jsonl"], ["--jsonl", "-j", "2"], []):
        code, out, err = run(capsys, *mode, str(path))
        assert code == 1
        assert err.startswith(f"newsclean: error: {path}: {damage} {kind} ") and err.count("\n") == 1
        # The records before the damage are written, complete.
        assert all(json.loads(line)["id"] for line in out.splitlines())
    result = run_process("--jsonl", str(path))
    assert result.returncode == 1 and result.stderr.count(b"\n") == 1 and b"Traceback" not in result.stderr


def test_zst_without_zstandard_names_the_extra(capsys: Capsys, tmp_path: Path, monkeypatch: Patch) -> None:
    path = tmp_path / "in.jsonl.zst"
    path.write_bytes(b"(\xb5/\xfd")
    monkeypatch.setitem(sys.modules, "zstandard", None)  # import zstandard now raises ImportError
    assert run(capsys, "--jsonl", str(path)) == (
        1, "", f"newsclean: error: {path}: reading .zst files needs zstandard: pip install 'newsclean[zstd]'\n")


# --- --learn-templates -----------------------------------------------------------------------------

TOPICS = ["harbour", "library", "stadium", "bridge", "museum", "school", "hospital", "railway", "park", "market"]


def site_page(topic: str) -> str:
    """A page of one site: its own two body lines, and a line of the site's that the classifier keeps."""
    return (f"Council approves the new {topic} plan\n"
            f"The city council voted on Tuesday to approve the plan for the {topic}, officials said after a "
            "long meeting.\n"
            f"Work on the {topic} is due to start next spring, according to the council's planning department.\n"
            "Our reporters cover the city council for readers across the whole region every single week\n"
            "Follow the Gazette on social media")


def site_pages(tmp_path: Path, topics: list[str], name: str = "site.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps({"id": topic, "url": f"https://www.gazette.example/news/{topic}",
                                        "text": site_page(topic)}) + "\n" for topic in topics), encoding="utf-8")
    return path


def test_learn_templates_observes_and_applies_in_input_order(capsys: Capsys, tmp_path: Path) -> None:
    path = site_pages(tmp_path, TOPICS)
    cleaner = Cleaner()
    expected = []
    for topic in TOPICS:
        article = newsclean.clean(site_page(topic), url=f"https://www.gazette.example/news/{topic}")
        cleaner.observe(article)
        expected.append(cleaner.apply(article).to_dict())
    code, out, err = run(capsys, "--jsonl", "--learn-templates", "--with-lines", str(path))
    assert (code, err) == (0, "")
    results = [json.loads(line)["newsclean"] for line in out.splitlines()]
    assert results == expected
    removed = [[line["text"] for line in r["lines"] if line["rule"] == TEMPLATE_RULE] for r in results]
    assert removed[:4] == [[]] * 4 and all(len(r) == 1 and r[0].startswith("Our reporters") for r in removed[4:])
    assert run(capsys, "--jsonl", "--learn-templates", "--with-lines", "-j", "2", str(path)) == (code, out, err)
    without = run(capsys, "--jsonl", str(path))[1]
    assert "Our reporters" in json.loads(without.splitlines()[-1])["newsclean"]["text"]


def results(out: str) -> list[dict[str, Any]]:
    return [json.loads(line)["newsclean"] for line in out.splitlines()]


def test_templates_are_saved_and_loaded(capsys: Capsys, tmp_path: Path) -> None:
    whole = results(run(capsys, "--jsonl", "--learn-templates", str(site_pages(tmp_path, TOPICS)))[1])
    saved = tmp_path / "gazette.templates.json"
    first = site_pages(tmp_path, TOPICS[:3], "first.jsonl")
    second = site_pages(tmp_path, TOPICS[3:], "second.jsonl")
    code, out, err = run(capsys, "--jsonl", "--learn-templates", "--save-templates", str(saved), str(first))
    assert (code, err) == (0, "") and results(out) == whole[:3]
    assert Cleaner.load(saved)  # a file Cleaner reads
    code, out, err = run(capsys, "--jsonl", "--learn-templates", "--templates", str(saved), "-j", "2", str(second))
    assert (code, err) == (0, "") and results(out) == whole[3:]  # went on from what the first run learnt


def test_a_bad_templates_file_is_a_one_line_error(capsys: Capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    target = tmp_path / "out.jsonl"
    for templates in (bad, tmp_path / "missing.json"):
        code, out, err = run(capsys, "--jsonl", "--learn-templates", "--templates", str(templates), "-o", str(target),
                             str(stories(tmp_path, 2)))
        assert (code, out) == (1, "")
        assert err.startswith(f"newsclean: error: {templates}: ") and err.count("\n") == 1
        assert not target.exists()  # checked before the output is replaced
    code, _, err = run(capsys, "--jsonl", "--learn-templates", "--save-templates", str(tmp_path),
                       str(stories(tmp_path, 2)))
    assert code == 1 and err.startswith(f"newsclean: error: {tmp_path}") and err.count("\n") == 1


@pytest.mark.parametrize("args", [
    ["--learn-templates", "page.txt"],
    ["--json", "--learn-templates", "page.txt"],
    ["--jsonl", "--templates", "t.json"],
    ["--jsonl", "--save-templates", "t.json"],
])
def test_template_usage_errors(capsys: Capsys, tmp_path: Path, monkeypatch: Patch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    usage_error(capsys, *args)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the worker processes in /proc")
def test_jobs_after_a_real_kill(capsys: Capsys, tmp_path: Path) -> None:
    path = stories(tmp_path, 400)
    expected = uninterrupted(capsys, path)
    target = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsclean.cli", "--jsonl", "-j", "2", "-o", str(target), str(path)]
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not (target.exists() and target.read_bytes().count(b"\n") >= 20):
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        workers = [int(pid) for pid in Path(f"/proc/{child.pid}/task/{child.pid}/children").read_text().split()]
        assert len(workers) == 2
    finally:
        child.kill()  # SIGKILL: the command cannot shut its workers down
        child.wait(timeout=60)

    def running(pid: int) -> bool:
        stat = Path(f"/proc/{pid}/stat")
        return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"

    deadline = time.monotonic() + 30
    while any(running(pid) for pid in workers):  # orphaned, they leave by themselves
        assert time.monotonic() < deadline, "the workers outlived the command"
        time.sleep(0.1)
    result = run_process("--jsonl", "-j", "2", "--resume", "-o", str(target), str(path))
    assert result.returncode == 0
    assert target.read_bytes() == expected
