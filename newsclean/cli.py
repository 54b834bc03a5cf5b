"""The ``newsclean`` command: clean files, stdin, JSON lines or web archives from the shell (docs/cli.md).

Six modes: plain text (the default), ``--json`` and ``--explain`` read whole documents
(:func:`run_documents`); ``--jsonl``, ``--warc`` and ``--wet`` read records and write JSON lines
(:class:`RecordRun`). Every mode reads its inputs in this process, has the pages cleaned by
:func:`newsclean.batch.map_in_order` (in ``-j N`` worker processes, or here), and writes the
results here, in input order, so that the output does not depend on ``-j``. Reading inputs
(decompression, WARC parsing) is ``newsclean/archives.py``.

User errors (unreadable or corrupt inputs, bad records with ``--on-error fail``) end in one
``newsclean: error: ...`` line and exit status 1, never in a traceback. ``--output`` writes to a
file instead of stdout; with ``--resume`` an interrupted run is continued from what its output
file already holds (:class:`Resume`).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, TypeVar

import newsclean
from newsclean import archives
from newsclean.archives import ArchivePage, InputError
from newsclean.article import CATEGORIES, Article
from newsclean.batch import map_in_order
from newsclean.templates import Cleaner

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
                        help="input files, read as bytes (.gz and .zst/.zstd are decompressed); "
                        "none or '-' reads standard input")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print each article as a JSON document (one per line unless --indent)")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its decision (kept, category, rule) and a summary")
    mode.add_argument("--jsonl", action="store_true",
                      help="read JSON lines; write each record back with the result under 'newsclean'")
    mode.add_argument("--warc", action="store_true",
                      help="read WARC files; write a JSON line for each HTML page (needs newsclean[warc])")
    mode.add_argument("--wet", action="store_true",
                      help="read WET files (Common Crawl's extracted text); write a JSON line for each page "
                      "(needs newsclean[warc])")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="clean in N processes (default: 1); the output is the same")
    parser.add_argument("--indent", type=int, metavar="N", help="with --json: indent the JSON by N spaces")
    parser.add_argument("--url", metavar="URL", help="the page's URL (one input only)")
    parser.add_argument("--language", metavar="CODE",
                        help="set the language (e.g. 'en') instead of detecting it")
    parser.add_argument("--field", metavar="NAME",
                        help="with --jsonl: the field holding the page "
                        "(default: 'html' if present, else 'text')")
    parser.add_argument("--on-error", choices=("fail", "skip", "record"),
                        help="with --jsonl, --warc, --wet: what to do with a bad record (default: record)")
    parser.add_argument("--with-lines", action="store_true",
                        help="with --jsonl, --warc, --wet: include the per-line decisions ('lines')")
    parser.add_argument("--learn-templates", action="store_true",
                        help="with --jsonl, --warc, --wet: learn each site's repeated lines across its pages "
                        "and remove them (newsclean.Cleaner)")
    parser.add_argument("--templates", metavar="FILE",
                        help="with --learn-templates: start from the templates saved in FILE")
    parser.add_argument("--save-templates", metavar="FILE",
                        help="with --learn-templates: save the templates learned to FILE at the end")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the output to FILE (UTF-8; replaced if it exists) instead of stdout")
    parser.add_argument("--resume", action="store_true",
                        help="with --jsonl, --warc, --wet and --output: continue an interrupted run, keeping "
                        "the records already in FILE and skipping their input records")
    parser.add_argument("--id-field", metavar="NAME",
                        help="with --jsonl --resume: the record field that identifies a record (default: 'id'; "
                        "records without it are matched by input line number)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="with --explain: colour the lines (default: auto, i.e. when stdout is a "
                        "terminal and NO_COLOR is not set)")
    parser.add_argument("--no-progress", action="store_true",
                        help="never show the progress counter on stderr")
    parser.add_argument("--version", action="version", version=f"newsclean {newsclean.__version__}")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of processes, 1 or more, not {value!r}")
    return jobs


def _check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Reject option combinations that would silently do nothing or something surprising."""
    records = args.jsonl or args.warc or args.wet
    archive = "--warc" if args.warc else "--wet" if args.wet else None
    if args.indent is not None and not args.json:
        parser.error("--indent needs --json")
    if args.indent is not None and args.indent < 0:
        parser.error("--indent must be 0 or more")
    if args.field is not None and not args.jsonl:
        parser.error("--field needs --jsonl")
    if not records:
        for given, option in ((args.on_error is not None, "--on-error"), (args.with_lines, "--with-lines"),
                              (args.learn_templates, "--learn-templates")):
            if given:
                parser.error(f"{option} needs --jsonl, --warc or --wet")
    for given, option in ((args.templates is not None, "--templates"),
                          (args.save_templates is not None, "--save-templates")):
        if given and not args.learn_templates:
            parser.error(f"{option} needs --learn-templates")
    if args.url is not None and (records or len(args.files) > 1):
        # One URL cannot be right for several pages; records carry their own.
        parser.error("--url applies to a single input document (records carry their own: the 'url' field with "
                     "--jsonl, the WARC-Target-URI with --warc and --wet)")
    if args.files.count(STDIN) > 1:
        parser.error("standard input ('-') can be read only once")
    if archive is not None and (not args.files or STDIN in args.files):
        parser.error(f"{archive} reads files: give at least one FILE, and not '-'")
    if args.resume and not records:
        parser.error("--resume needs --jsonl, --warc or --wet")
    if args.resume and args.output in (None, STDIN):
        parser.error("--resume needs --output FILE (the output of the run to continue)")
    if args.id_field is not None and not (args.resume and args.jsonl):
        parser.error("--id-field needs --jsonl and --resume (--warc and --wet records are known by 'record_id')")
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
    """The bytes of one input, decompressed by suffix (``.gz``, ``.zst``); ``clean()`` does the decoding."""
    if name == STDIN:
        try:
            return _stdin_binary().read()
        except OSError as exc:
            raise UserError(f"{STDIN_NAME}: {_reason(exc)}") from None
    with _reading(name):
        return archives.read_bytes(name)


def read_lines(name: str) -> Iterator[bytes]:
    """The raw lines of one JSON-lines input, streamed so that big files are not held in memory."""
    if name == STDIN:
        try:
            yield from _stdin_binary()
        except OSError as exc:
            raise UserError(f"{STDIN_NAME}: {_reason(exc)}") from None
        return
    with _reading(name):
        yield from archives.read_lines(name)


@contextlib.contextmanager
def _reading(name: str) -> Iterator[None]:
    try:
        yield
    except InputError as exc:
        raise UserError(f"{_display_name(name)}: {exc}") from None


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


# --- cleaning, here or in worker processes ---------------------------------------------------------
#
# The functions that map_in_order runs take their options first (bound with functools.partial) and
# a list of pages; what they return is sent back from the worker, so it holds only what is written.

Job = tuple[str | bytes, str | None]
"""A page to clean, and its URL."""

PAGES_PER_TASK = 4
"""With -j N, pages travel to a worker this many at a time. Cleaning a page takes tens of
milliseconds or more, so a task's round trip (well under one) is paid back by a few pages; more
would hold more pages in memory and leave workers idle at the end of a short input. Bad records,
which are not cleaned, count too: they wait in the task of the pages around them, in memory."""


@dataclass(frozen=True)
class RenderOptions:
    """What :func:`render_documents` needs from the command line."""

    form: str
    """``text``, ``json`` or ``explain``."""
    indent: int | None
    color: bool
    url: str | None
    language: str | None


def render_documents(options: RenderOptions, documents: list[bytes]) -> list[str]:
    """Plain text, ``--json``, ``--explain``: each document's output, as it is printed."""
    out = []
    for data in documents:
        article = newsclean.clean(data, url=options.url, language=options.language)
        if options.form == "json":
            out.append(article.to_json(indent=options.indent) + "\n")
        elif options.form == "explain":
            out.append(format_explain(article, options.color))
        else:
            out.append(article.text + "\n")
    return out


@dataclass(frozen=True)
class CleanOptions:
    """What :func:`clean_pages` needs from the command line."""

    language: str | None
    keep_lines: bool
    """Whether the Articles keep their ``lines`` (--with-lines, --learn-templates). They are about
    as large as the page, so they are not sent back from the workers otherwise."""


@dataclass(frozen=True)
class CleaningFailed:
    """Stands for a page that ``clean()`` raised an exception on."""

    message: str


def clean_pages(options: CleanOptions, jobs: list[Job]) -> list[Article | CleaningFailed]:
    """``--jsonl``, ``--warc``, ``--wet``: each page's Article, its language already detected."""
    return [_clean_page(options, page, url) for page, url in jobs]


def _clean_page(options: CleanOptions, page: str | bytes, url: str | None) -> Article | CleaningFailed:
    try:
        article = newsclean.clean(page, url=url, language=options.language)
        # Detected here, in the worker, and not in the process that writes the records: langdetect
        # is a large part of the cleaning time, and one process doing it for all would be the limit.
        article.language  # noqa: B018
    except Exception as exc:
        # A failure on one record of a long batch is reported like any bad record rather
        # than losing the rest of the run; --on-error fail still stops at it.
        return CleaningFailed(f"cleaning failed: {type(exc).__name__}: {exc}")
    if not options.keep_lines:
        article.lines = []
    return article


Entry = TypeVar("Entry")
JobT = TypeVar("JobT")


def _tasks(entries: Iterable[Entry], job_of: Callable[[Entry], JobT | None],
           size: int) -> Iterator[tuple[list[Entry], list[JobT]]]:
    """Group the entries read into tasks for map_in_order: each task is ``size`` entries (which stay
    in this process) and the jobs of those that have one (which go to a worker)."""
    batch: list[Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch, [job for job in map(job_of, batch) if job is not None]
            batch = []
    if batch:
        yield batch, [job for job in map(job_of, batch) if job is not None]


def _pages_per_task(workers: int) -> int:
    # In this process, one page at a time: nothing is cleaned before what comes before it is
    # written, so an interrupted run has written everything it cleaned.
    return 1 if workers <= 1 else PAGES_PER_TASK


@dataclass(frozen=True)
class _Unreadable:
    """An input that cannot be read from here on; reported when its turn comes, after what came before."""

    error: UserError


# --- plain text, --json, --explain ----------------------------------------------------------------


@dataclass(frozen=True)
class _Document:
    index: int
    name: str
    data: bytes


def run_documents(args: argparse.Namespace, inputs: list[str], out: Output, progress: Progress) -> int:
    """Plain text, ``--json`` and ``--explain``: one whole document per input."""
    color = args.explain and _use_color(args.color, out.is_terminal())
    form = "json" if args.json else "explain" if args.explain else "text"
    options = RenderOptions(form, args.indent, color, args.url, args.language)
    tasks = _tasks(_documents(inputs), _document_job, _pages_per_task(args.jobs))
    # closing(): an error or Ctrl-C stops the workers at once, not when the generator is collected.
    with contextlib.closing(map_in_order(functools.partial(render_documents, options), tasks,
                                         workers=args.jobs)) as results:
        for batch, outputs in results:
            rendered = iter(outputs)
            for entry in batch:
                if isinstance(entry, _Unreadable):
                    raise entry.error
                if entry.index and not args.json:
                    out.write("\n")
                if args.explain and len(inputs) > 1:
                    out.write(f"# {_display_name(entry.name)}\n")
                out.write(next(rendered))
                out.flush()
                progress.tick()
    return EXIT_OK


def _documents(inputs: list[str]) -> Iterator[_Document | _Unreadable]:
    for index, name in enumerate(inputs):
        try:
            data = read_document(name)
        except UserError as exc:
            yield _Unreadable(exc)
            return
        yield _Document(index, name, data)


def _document_job(entry: _Document | _Unreadable) -> bytes | None:
    return entry.data if isinstance(entry, _Document) else None


# --- --jsonl, --warc, --wet -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    """A record whose page is cleaned; it is written with the result under ``newsclean``."""

    where: str
    """Where the record is, for messages: ``FILE:LINE``, or ``FILE: record <urn:...>``."""
    number: int | None
    """With --jsonl, the record's line number, written as ``newsclean_line``."""
    record: dict[str, Any]
    job: Job


@dataclass(frozen=True)
class _Bad:
    """A record found bad before cleaning: written, left out or fatal, as --on-error says."""

    where: str
    number: int | None
    message: str
    replacement: dict[str, Any]


_Entry = _Page | _Bad | _Unreadable


def _page_job(entry: _Entry) -> Job | None:
    return entry.job if isinstance(entry, _Page) else None


class RecordRun:
    """``--jsonl``, ``--warc``, ``--wet``: one JSON line out per record in, bad records handled by
    ``--on-error``.

    Records are read and checked in this process (:meth:`jsonl_entries`, :meth:`archive_entries`),
    their pages cleaned by ``map_in_order`` and the results written here, in input order: what is
    written, reported and counted does not depend on ``-j``. With ``resume``, the input records
    that the interrupted run already wrote are skipped before cleaning; with ``cleaner``
    (--learn-templates), each Article is observed and applied as it is written.
    """

    def __init__(self, args: argparse.Namespace, out: Output, progress: Progress,
                 resume: Resume | None = None, cleaner: Cleaner | None = None) -> None:
        self.field: str | None = args.field
        self.on_error: str = args.on_error or "record"
        self.with_lines: bool = args.with_lines
        self.workers: int = args.jobs
        self.options = CleanOptions(args.language, keep_lines=args.with_lines or cleaner is not None)
        self.out = out
        self.progress = progress
        self.resume = resume
        self.cleaner = cleaner

    def run(self, entries: Iterable[_Entry]) -> int:
        tasks = _tasks(entries, _page_job, _pages_per_task(self.workers))
        cleaning = functools.partial(clean_pages, self.options)
        with contextlib.closing(map_in_order(cleaning, tasks, workers=self.workers)) as cleaned:
            for batch, outcomes in cleaned:
                results = iter(outcomes)
                for entry in batch:
                    if isinstance(entry, _Page):
                        self.finish(entry, next(results))
                    elif isinstance(entry, _Bad):
                        self.report(entry.where, entry.number, entry.message, entry.replacement)
                    else:
                        raise entry.error
        if self.resume is not None and self.resume.unmatched:
            # The records are kept, but the inputs are probably not those of the interrupted run.
            self.progress.message(f"newsclean: {self.resume.name}: {self.resume.unmatched} of the records "
                                  "already written match no input record")
        return EXIT_OK

    def jsonl_entries(self, inputs: list[str]) -> Iterator[_Entry]:
        for name in inputs:
            try:
                for number, raw in enumerate(read_lines(name), start=1):
                    entry = self.parse(_display_name(name), number, raw)
                    if entry is not None:
                        yield entry
            except UserError as exc:
                yield _Unreadable(exc)
                return

    def archive_entries(self, inputs: list[str], pages: Callable[[str], Iterator[ArchivePage]]) -> Iterator[_Entry]:
        for name in inputs:
            try:
                with _reading(name):
                    for page in pages(name):
                        entry = self.page(name, page)
                        if entry is not None:
                            yield entry
            except UserError as exc:
                yield _Unreadable(exc)
                return

    def page(self, name: str, page: ArchivePage) -> _Entry | None:
        """One page of an archive: the record to clean, a bad record, or ``None`` (written already)."""
        where = f"{name}: record {page.record_id}"
        record: dict[str, Any] = {"url": page.url, "date": page.date, "record_id": page.record_id}
        if page.error is not None:
            return self.bad(where, None, page.error, _with_error(record, page.error))
        if self.already_written(record, None):
            return None
        return _Page(where, None, record, (page.content, page.url))

    def parse(self, name: str, number: int, raw: bytes) -> _Entry | None:
        """One JSON line: the record to clean, a bad record, or ``None`` (blank, or written already)."""
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = f"line is not valid UTF-8 (byte {exc.start + 1})"
            shown = raw.decode("utf-8", errors="replace")
            return self.bad(where, number, message, _raw_record(shown, number, message))
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            return None  # blank lines carry no record; JSON-lines readers skip them too
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"malformed JSON at column {exc.colno}: {exc.msg}"
            return self.bad(where, number, message, _raw_record(line, number, message))
        except (ValueError, RecursionError) as exc:  # e.g. an integer too long, nesting too deep
            message = f"malformed JSON: {exc}"
            return self.bad(where, number, message, _raw_record(line, number, message))
        if not isinstance(record, dict):
            message = f"line is JSON {_json_type(record)}, not an object"
            return self.bad(where, number, message, _raw_record(line, number, message))
        field = self.field
        if field is None:
            field = "html" if record.get("html") is not None else "text"
            missing = "record has neither an 'html' nor a 'text' field"
        else:
            missing = f"record has no {field!r} field"
        if field not in record:
            return self.bad(where, number, missing, _with_error(record, missing))
        value = record[field]
        if not isinstance(value, str):
            message = f"field {field!r} is {_json_type(value)}, not a string"
            return self.bad(where, number, message, _with_error(record, message))
        if self.already_written(record, number):
            return None  # checked before cleaning, the expensive part
        url = record.get("url")
        return _Page(where, number, record, (value, url if isinstance(url, str) else None))

    def bad(self, where: str, number: int | None, message: str, replacement: dict[str, Any]) -> _Bad | None:
        if self.on_error == "record" and self.already_written(replacement, number):
            return None  # written, and reported, by the interrupted run
        return _Bad(where, number, message, replacement)

    def finish(self, entry: _Page, outcome: Article | CleaningFailed) -> None:
        if isinstance(outcome, CleaningFailed):
            self.report(entry.where, entry.number, outcome.message, _with_error(entry.record, outcome.message))
            return
        article = outcome
        if self.cleaner is not None:
            self.cleaner.observe(article)
            article = self.cleaner.apply(article)
        result = article.to_dict()
        if not self.with_lines:
            result.pop("lines", None)
        record = entry.record
        record.pop("newsclean_error", None)
        record["newsclean"] = result
        self.emit(record, entry.number)

    def report(self, where: str, number: int | None, message: str, replacement: dict[str, Any]) -> None:
        if self.on_error == "fail":
            raise UserError(f"{where}: {message}")
        self.progress.message(f"newsclean: {where}: {message}")
        if self.on_error == "record":
            self.emit(replacement, number)
        else:
            self.progress.tick()

    def already_written(self, record: dict[str, Any], number: int | None) -> bool:
        return self.resume is not None and self.resume.take(record, number)

    def emit(self, record: dict[str, Any], number: int | None) -> None:
        if number is not None:
            record.pop("newsclean_line", None)  # last, also when the input was an earlier run's output
            record["newsclean_line"] = number
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        # Record by record, so that an interrupted run leaves at most one incomplete line behind.
        self.out.flush()
        self.progress.tick()


# Fields of an output record that newsclean writes: none of them can identify an input record.
_WRITTEN_FIELDS = ("newsclean", "newsclean_error", "newsclean_line")


class Resume:
    """The records that an interrupted ``--jsonl``, ``--warc`` or ``--wet`` ``--output FILE`` run
    has written to FILE.

    A record is known by its id (the ``--id-field`` field, when present and not ``null``; for
    ``--warc`` and ``--wet``, ``record_id``) or else by its ``newsclean_line``. The keys are
    counted, not just collected: an input that holds one id twice has both of its records redone
    or skipped exactly as far as the interrupted run got.
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

    def take(self, record: dict[str, Any], number: int | None) -> bool:
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
                                "newsclean run, so it cannot be resumed")
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
                            "was not written by newsclean, so the run cannot be resumed")
        self._remaining[key] += 1
        self.written += 1
        return None


def open_output(args: argparse.Namespace) -> tuple[Output, Resume | None]:
    """Where the output goes: stdout, a new ``--output`` file, or the end of the one to resume."""
    name: str | None = args.output
    if name is None or name == STDIN:
        return Output(sys.stdout), None
    id_field = args.id_field or ("id" if args.jsonl else "record_id")
    resume = Resume(name, id_field) if args.resume else None
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


def load_templates(args: argparse.Namespace) -> Cleaner | None:
    """The Cleaner of --learn-templates: new, or the one saved in --templates FILE."""
    if not args.learn_templates:
        return None
    if args.templates is None:
        return Cleaner()
    try:
        return Cleaner.load(args.templates)
    except ValueError as exc:  # its message names the file
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{args.templates}: {_reason(exc)}") from None


def save_templates(args: argparse.Namespace, cleaner: Cleaner | None) -> None:
    if cleaner is None or args.save_templates is None:
        return
    try:
        cleaner.save(args.save_templates)
    except OSError as exc:
        raise UserError(f"{args.save_templates}: {_reason(exc)}") from None


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
    records = args.jsonl or args.warc or args.wet
    progress = Progress(sys.stderr, enabled=False)
    out: Output | None = None
    try:
        try:
            cleaner = load_templates(args)  # before the output is replaced: a bad FILE changes nothing
            out, resume = open_output(args)
            progress.enabled = (not args.no_progress and (records or len(inputs) > 1)
                                # When the output goes to the terminal too, it shows the progress
                                # itself, and the counter would be written into the middle of it.
                                and _isatty(sys.stderr) and not out.is_terminal())
            if resume is not None and resume.existed:
                progress.message(f"newsclean: resuming {resume.name}: {resume.written} record"
                                 f"{'' if resume.written == 1 else 's'} already written")
            try:
                if records:
                    run = RecordRun(args, out, progress, resume, cleaner)
                    if args.jsonl:
                        status = run.run(run.jsonl_entries(inputs))
                    else:
                        status = run.run(run.archive_entries(inputs, archives.warc_pages if args.warc
                                                             else archives.wet_pages))
                else:
                    status = run_documents(args, inputs, out, progress)
            finally:
                # Also when the run stops early: what was learnt from the records written is what
                # a --resume run continues from, with --templates FILE.
                save_templates(args, cleaner)
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
