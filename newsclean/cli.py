"""The ``newsclean`` command: clean files, stdin or JSON lines from the shell (docs/cli.md).

Four modes share one loop over the inputs: plain text (the default), ``--json``, ``--explain``
and ``--jsonl``. User errors (unreadable files, bad records with ``--on-error fail``) end in one
``newsclean: error: ...`` line and exit status 1, never in a traceback. ``--output`` writes to a
file instead of stdout; with ``--jsonl --resume`` an interrupted run is continued from what its
output file already holds (:class:`Resume`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import newsclean
from newsclean.article import CATEGORIES, Article

STDIN = "-"
STDIN_NAME = "<stdin>"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_GREEN = "\033[32m"
_DIM = "\033[2m"
_RESET = "\033[0m"

# Scraped text can carry ESC and other control characters; printed raw in --explain they would
# drive the terminal, so they are shown as escapes instead. Tab is harmless and kept.
_CONTROL_ESCAPES = {
    code: f"\\x{code:02x}" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if code != 0x09
}


class UserError(Exception):
    """A problem with what the user gave us: reported on one line, exit status 1."""


class Output:
    """Writes UTF-8 with ``\\n`` newlines to stdout, or to the ``--output`` file, whatever the locale says.

    The binary layer is used when there is one, so that neither the locale's encoding nor
    Windows newline translation applies. A character that cannot be encoded (a lone surrogate
    from a JSON ``\\udXXX`` escape) becomes a backslash escape instead of an exception; inside a
    JSON string that escape is still valid JSON.

    ``Output(sys.stdout)`` writes to stdout; ``Output(None, handle, name)`` to a file opened in
    binary mode, whose write errors (a full disk) become a :class:`UserError` naming the file.
    """

    def __init__(self, stream: IO[str] | None, binary: IO[bytes] | None = None, name: str | None = None) -> None:
        self._text = stream
        self._binary: IO[bytes] | None = binary if stream is None else getattr(stream, "buffer", None)
        self.name = name
        if stream is not None:
            # argparse may already have written through the text layer.
            stream.flush()

    def write(self, text: str) -> None:
        with self._errors():
            if self._binary is None:
                assert self._text is not None
                self._text.write(text)
            else:
                self._binary.write(text.encode("utf-8", errors="backslashreplace"))

    def flush(self) -> None:
        with self._errors():
            if self._binary is not None:
                self._binary.flush()
            if self._text is not None:
                self._text.flush()

    def close(self) -> None:
        """Flush; a file is closed too (stdout is left open for the interpreter)."""
        if self._text is not None:
            self.flush()
        elif self._binary is not None:
            with self._errors():
                self._binary.close()

    def is_terminal(self) -> bool:
        return _isatty(self._text if self._text is not None else self._binary)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        if self.name is None:
            yield  # stdout: a broken pipe is handled in main()
            return
        try:
            yield
        except OSError as exc:
            raise UserError(f"{self.name}: {_reason(exc)}") from None


class Progress:
    """A ``\\r``-updated ``N documents, X docs/s`` line on stderr; inert when disabled.

    It owns every stderr write made while it may be on screen, so that a warning never lands in
    the middle of the counter.
    """

    INTERVAL = 0.5

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._stream = stream
        self.enabled = enabled
        self._count = 0
        self._start = time.monotonic()
        self._last_draw = self._start
        self._width = 0

    def tick(self) -> None:
        self._count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw >= self.INTERVAL:
            self._last_draw = now
            rate = self._count / max(now - self._start, 1e-9)
            line = f"{self._count} document{'' if self._count == 1 else 's'}, {rate:.1f} docs/s"
            self._stream.write("\r" + line.ljust(self._width))
            self._stream.flush()
            self._width = len(line)

    def message(self, text: str) -> None:
        self.clear()
        self._stream.write(text + "\n")
        self._stream.flush()

    def clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news pages (plain text or HTML): print the article body, "
        "its metadata as JSON, or an explanation of every line.",
        epilog="With several FILEs the text outputs are separated by a blank line. "
        "Exit status: 0 ok, 1 error, 2 usage error, 130 interrupted. See docs/cli.md.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="input files, read as bytes; none or '-' reads standard input")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print each article as a JSON document (one per line unless --indent)")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its decision (kept, category, rule) and a summary")
    mode.add_argument("--jsonl", action="store_true",
                      help="read JSON lines; write each record back with the result under 'newsclean'")
    parser.add_argument("--indent", type=int, metavar="N", help="with --json: indent the JSON by N spaces")
    parser.add_argument("--url", metavar="URL", help="the page's URL (one input only)")
    parser.add_argument("--language", metavar="CODE",
                        help="set the language (e.g. 'en') instead of detecting it")
    parser.add_argument("--field", metavar="NAME",
                        help="with --jsonl: the field holding the page "
                        "(default: 'html' if present, else 'text')")
    parser.add_argument("--on-error", choices=("fail", "skip", "record"),
                        help="with --jsonl: what to do with a bad line (default: record)")
    parser.add_argument("--with-lines", action="store_true",
                        help="with --jsonl: include the per-line decisions ('lines')")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the output to FILE (UTF-8; replaced if it exists) instead of stdout")
    parser.add_argument("--resume", action="store_true",
                        help="with --jsonl and --output: continue an interrupted run, keeping the records "
                        "already in FILE and skipping their input records")
    parser.add_argument("--id-field", metavar="NAME",
                        help="with --resume: the record field that identifies a record (default: 'id'; "
                        "records without it are matched by input line number)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="with --explain: colour the lines (default: auto, i.e. when stdout is a "
                        "terminal and NO_COLOR is not set)")
    parser.add_argument("--no-progress", action="store_true",
                        help="never show the progress counter on stderr")
    parser.add_argument("--version", action="version", version=f"newsclean {newsclean.__version__}")
    return parser


def _check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Reject option combinations that would silently do nothing or something surprising."""
    if args.indent is not None and not args.json:
        parser.error("--indent needs --json")
    if args.indent is not None and args.indent < 0:
        parser.error("--indent must be 0 or more")
    if not args.jsonl:
        for given, option in ((args.field is not None, "--field"), (args.on_error is not None, "--on-error"),
                              (args.with_lines, "--with-lines")):
            if given:
                parser.error(f"{option} needs --jsonl")
    if args.url is not None and (args.jsonl or len(args.files) > 1):
        # One URL cannot be right for several pages; in --jsonl mode each record's "url" is used.
        parser.error("--url applies to a single input document (use the records' 'url' field with --jsonl)")
    if args.files.count(STDIN) > 1:
        parser.error("standard input ('-') can be read only once")
    if args.resume and not args.jsonl:
        parser.error("--resume needs --jsonl")
    if args.resume and args.output in (None, STDIN):
        parser.error("--resume needs --output FILE (the output of the run to continue)")
    if args.id_field is not None and not args.resume:
        parser.error("--id-field needs --resume")
    if args.id_field in _WRITTEN_FIELDS:
        parser.error(f"--id-field {args.id_field}: newsclean writes that field itself, it cannot identify a record")
    if args.output not in (None, STDIN):
        for name in args.files:
            if name != STDIN and _same_file(name, args.output):
                # Opening the output would empty the input before it is read.
                parser.error(f"the output file {args.output} is also an input")


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):  # one of them does not exist (yet): not the same file
        return False


def _isatty(stream: IO[Any] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


def _display_name(name: str) -> str:
    return STDIN_NAME if name == STDIN else name


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _stdin_binary() -> IO[bytes]:
    stdin = sys.stdin
    if stdin is None:
        raise UserError(f"{STDIN_NAME}: no standard input")
    binary: IO[bytes] | None = getattr(stdin, "buffer", None)
    if binary is None:
        raise UserError(f"{STDIN_NAME}: standard input is not a byte stream")
    return binary


def read_document(name: str) -> bytes:
    """The bytes of one input; ``clean()`` does the decoding."""
    try:
        if name == STDIN:
            return _stdin_binary().read()
        return Path(name).read_bytes()
    except OSError as exc:
        raise UserError(f"{_display_name(name)}: {_reason(exc)}") from None


def read_lines(name: str) -> Iterator[bytes]:
    """The raw lines of one JSON-lines input, streamed so that big files are not held in memory."""
    try:
        if name == STDIN:
            yield from _stdin_binary()
            return
        with open(name, "rb") as handle:
            yield from handle
    except OSError as exc:
        raise UserError(f"{_display_name(name)}: {_reason(exc)}") from None


def _use_color(setting: str, terminal: bool | None = None) -> bool:
    """``terminal``: whether the output is a terminal (default: whether stdout is)."""
    if setting != "auto":
        return setting == "always"
    if terminal is None:
        terminal = _isatty(sys.stdout)
    # https://no-color.org: any non-empty NO_COLOR turns colour off.
    return terminal and not os.environ.get("NO_COLOR")


def format_explain(article: Article, color: bool) -> str:
    """Every line as ``NNNN  KEPT  category  rule  | text``, then a ``# `` summary line."""
    lines = article.lines
    number_width = max(4, len(str(len(lines) - 1)))
    category_width = max(len(c) for c in CATEGORIES)
    # Capped so that one unusually long rule id does not push every line's text far right.
    rule_width = min(max((len(line.rule) for line in lines), default=0), 36)
    out: list[str] = []
    for line in lines:
        row = (f"{line.number:0{number_width}d}  {'KEPT' if line.kept else '----'}  "
               f"{line.category:<{category_width}}  {line.rule:<{rule_width}}  | "
               f"{line.text.translate(_CONTROL_ESCAPES)}")
        if color:
            row = f"{_GREEN if line.kept else _DIM}{row}{_RESET}"
        out.append(row)
    counts = Counter(line.category for line in lines)
    kept = sum(1 for line in lines if line.kept)
    # Known categories in their documented order; any other (a newer classifier) is still counted.
    order = [c for c in CATEGORIES if counts[c]] + sorted(set(counts) - set(CATEGORIES))
    per_category = ", ".join(f"{c} {counts[c]}" for c in order)
    summary = f"# {len(lines)} lines, {kept} kept, {len(lines) - kept} removed"
    out.append(f"{summary}: {per_category}" if per_category else summary)
    return "\n".join(out) + "\n"


def run_documents(args: argparse.Namespace, inputs: list[str], out: Output, progress: Progress) -> int:
    """Plain text, ``--json`` and ``--explain``: one whole document per input."""
    color = args.explain and _use_color(args.color, out.is_terminal())
    for index, name in enumerate(inputs):
        data = read_document(name)
        article = newsclean.clean(data, url=args.url, language=args.language)
        if args.json:
            out.write(article.to_json(indent=args.indent) + "\n")
        else:
            if index:
                out.write("\n")
            if args.explain:
                if len(inputs) > 1:
                    out.write(f"# {_display_name(name)}\n")
                out.write(format_explain(article, color))
            else:
                out.write(article.text + "\n")
        out.flush()
        progress.tick()
    return EXIT_OK


class JsonlRun:
    """``--jsonl``: one record in, one record out, bad lines handled by ``--on-error``.

    Every record written gets ``newsclean_line``, its 1-based line number in its input, so that
    ``--resume`` can match records that have no id. With ``resume``, the input records that the
    interrupted run already wrote are skipped.
    """

    def __init__(self, args: argparse.Namespace, out: Output, progress: Progress,
                 resume: Resume | None = None) -> None:
        self.field: str | None = args.field
        self.on_error: str = args.on_error or "record"
        self.with_lines: bool = args.with_lines
        self.language: str | None = args.language
        self.out = out
        self.progress = progress
        self.resume = resume

    def run(self, inputs: list[str]) -> int:
        for name in inputs:
            for number, raw in enumerate(read_lines(name), start=1):
                self.process(_display_name(name), number, raw)
        if self.resume is not None and self.resume.unmatched:
            # The records are kept, but the inputs are probably not those of the interrupted run.
            self.progress.message(f"newsclean: {self.resume.name}: {self.resume.unmatched} of the records "
                                  "already written match no input record")
        return EXIT_OK

    def process(self, name: str, number: int, raw: bytes) -> None:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = f"line is not valid UTF-8 (byte {exc.start + 1})"
            shown = raw.decode("utf-8", errors="replace")
            self.problem(name, number, message, _raw_record(shown, number, message))
            return
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            return  # blank lines carry no record; JSON-lines readers skip them too
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"malformed JSON at column {exc.colno}: {exc.msg}"
            self.problem(name, number, message, _raw_record(line, number, message))
            return
        except (ValueError, RecursionError) as exc:  # e.g. an integer too long, nesting too deep
            message = f"malformed JSON: {exc}"
            self.problem(name, number, message, _raw_record(line, number, message))
            return
        if not isinstance(record, dict):
            message = f"line is JSON {_json_type(record)}, not an object"
            self.problem(name, number, message, _raw_record(line, number, message))
            return
        self.process_record(name, number, record)

    def process_record(self, name: str, number: int, record: dict[str, Any]) -> None:
        field = self.field
        if field is None:
            field = "html" if record.get("html") is not None else "text"
            missing = "record has neither an 'html' nor a 'text' field"
        else:
            missing = f"record has no {field!r} field"
        if field not in record:
            self.problem(name, number, missing, _with_error(record, missing))
            return
        value = record[field]
        if not isinstance(value, str):
            message = f"field {field!r} is {_json_type(value)}, not a string"
            self.problem(name, number, message, _with_error(record, message))
            return
        if self.already_written(record, number):
            return  # checked before cleaning, the expensive part
        url = record.get("url")
        try:
            url = url if isinstance(url, str) else None
            article = newsclean.clean(value, url=url, language=self.language)
            result = article.to_dict()
        except Exception as exc:
            # A failure on one record of a long batch is reported like any bad record rather
            # than losing the rest of the run; --on-error fail still stops at it.
            message = f"cleaning failed: {type(exc).__name__}: {exc}"
            self.problem(name, number, message, _with_error(record, message), checked=True)
            return
        if not self.with_lines:
            result.pop("lines", None)
        record.pop("newsclean_error", None)
        record["newsclean"] = result
        self.emit(record, number)

    def problem(self, name: str, number: int, message: str, replacement: dict[str, Any],
                checked: bool = False) -> None:
        if self.on_error == "fail":
            raise UserError(f"{name}:{number}: {message}")
        if self.on_error == "record":
            if not checked and self.already_written(replacement, number):
                return  # written, and reported, by the interrupted run
            self.progress.message(f"newsclean: {name}:{number}: {message}")
            self.emit(replacement, number)
        else:
            self.progress.message(f"newsclean: {name}:{number}: {message}")
            self.progress.tick()

    def already_written(self, record: dict[str, Any], number: int) -> bool:
        return self.resume is not None and self.resume.take(record, number)

    def emit(self, record: dict[str, Any], number: int) -> None:
        record.pop("newsclean_line", None)  # last, also when the input was an earlier run's output
        record["newsclean_line"] = number
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        # Record by record, so that an interrupted run leaves at most one incomplete line behind.
        self.out.flush()
        self.progress.tick()


# Fields of an output record that newsclean writes: none of them can identify an input record.
_WRITTEN_FIELDS = ("newsclean", "newsclean_error", "newsclean_line")


class Resume:
    """The records that an interrupted ``--jsonl --output FILE`` run has written to FILE.

    A record is known by its id (the ``--id-field`` field, when present and not ``null``) or else
    by its ``newsclean_line``. The keys are counted, not just collected: an input that holds one
    id twice has both of its records redone or skipped exactly as far as the interrupted run got.
    """

    def __init__(self, name: str, id_field: str) -> None:
        self.name = name
        self.id_field = id_field
        self.existed = False
        self.written = 0
        self._remaining: Counter[str] = Counter()

    @property
    def unmatched(self) -> int:
        return self._remaining.total()

    def key(self, record: dict[str, Any], line: object) -> str | None:
        value = record.get(self.id_field)
        if value is not None:
            # JSON text, so that 1, 1.0, true and "1" stay four different ids.
            return "id " + json.dumps(value, sort_keys=True)
        if isinstance(line, int) and not isinstance(line, bool) and line >= 1:
            return f"line {line}"
        return None

    def take(self, record: dict[str, Any], number: int) -> bool:
        """Whether this input record (line ``number``) was written already; it is counted off if so."""
        key = self.key(record, number)
        if key is None or not self._remaining[key]:
            return False
        self._remaining[key] -= 1
        return True

    def load(self, handle: IO[bytes]) -> None:
        """Read the records of ``handle`` (opened ``r+b``), cut an incomplete last line off and
        leave the handle at the end, ready to append."""
        end = 0  # just after the last complete record
        position = 0
        incomplete: tuple[int, str] | None = None
        for number, raw in enumerate(handle, start=1):
            if incomplete is not None:
                where, reason = incomplete
                raise UserError(f"{self.name}:{where}: {reason}; this is not the output of an interrupted "
                                "newsclean --jsonl run, so it cannot be resumed")
            position += len(raw)
            problem = self._add(number, raw)
            if problem is None:
                end = position
            else:
                incomplete = (number, problem)
        # The run was killed in the middle of writing a record: that record is redone.
        handle.seek(end)
        handle.truncate()

    def _add(self, number: int, raw: bytes) -> str | None:
        """Count one line's record; the reason when the line is incomplete."""
        if not raw.endswith(b"\n"):
            return "incomplete line"
        try:
            line = raw.decode("utf-8")
            if not line.strip():
                return None
            record = json.loads(line)
        except (ValueError, RecursionError):  # not UTF-8 or not JSON, e.g. cut off before its newline
            return "incomplete line"
        key = self.key(record, record.get("newsclean_line")) if isinstance(record, dict) else None
        if key is None:
            raise UserError(f"{self.name}:{number}: a record without {self.id_field!r} or 'newsclean_line' "
                            "was not written by newsclean --jsonl, so the run cannot be resumed")
        self._remaining[key] += 1
        self.written += 1
        return None


def open_output(args: argparse.Namespace) -> tuple[Output, Resume | None]:
    """Where the output goes: stdout, a new ``--output`` file, or the end of the one to resume."""
    name: str | None = args.output
    if name is None or name == STDIN:
        return Output(sys.stdout), None
    resume = Resume(name, args.id_field or "id") if args.resume else None
    try:
        if resume is None:
            handle: IO[bytes] = open(name, "wb")  # noqa: SIM115 (Output.close closes it)
        else:
            try:
                handle = open(name, "r+b")  # noqa: SIM115
            except FileNotFoundError:
                handle = open(name, "wb")  # noqa: SIM115
                return Output(None, handle, name), resume
            try:
                resume.load(handle)
            except BaseException:
                handle.close()
                raise
            resume.existed = True
    except OSError as exc:
        raise UserError(f"{name}: {_reason(exc)}") from None
    return Output(None, handle, name), resume


def _raw_record(line: str, number: int, message: str) -> dict[str, Any]:
    """What stands in the output for a line that is not a JSON object, so that nothing is lost."""
    return {"newsclean_error": message, "line": number, "raw": line.rstrip("\r\n")}


def _json_type(value: object) -> str:
    """JSON's name for a decoded value's type, which is what the user wrote."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _with_error(record: dict[str, Any], message: str) -> dict[str, Any]:
    record.pop("newsclean", None)
    record["newsclean_error"] = message
    return record


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (e.g. captured by a test): nothing to flush at exit


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _check_usage(parser, args)
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed the message
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    inputs: list[str] = args.files or [STDIN]
    progress = Progress(sys.stderr, enabled=False)
    out: Output | None = None
    try:
        try:
            out, resume = open_output(args)
            progress.enabled = (not args.no_progress and (args.jsonl or len(inputs) > 1)
                                # When the output goes to the terminal too, it shows the progress
                                # itself, and the counter would be written into the middle of it.
                                and _isatty(sys.stderr) and not out.is_terminal())
            if resume is not None and resume.existed:
                progress.message(f"newsclean: resuming {resume.name}: {resume.written} record"
                                 f"{'' if resume.written == 1 else 's'} already written")
            if args.jsonl:
                status = JsonlRun(args, out, progress, resume).run(inputs)
            else:
                status = run_documents(args, inputs, out, progress)
            out.close()
        except UserError as exc:
            progress.message(f"newsclean: error: {exc}")
            status = EXIT_ERROR
            if out is not None:
                with contextlib.suppress(UserError):
                    out.close()  # the output made before an error is still written
        finally:
            progress.clear()
        return status
    except BrokenPipeError:
        # The reader went away (`newsclean big.jsonl | head`): that is how pipelines end, not an error.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        if out is not None:
            # Complete records are kept; a record cut off mid-line is redone by --resume.
            with contextlib.suppress(UserError, OSError):
                out.close()
        progress.message("newsclean: interrupted")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
