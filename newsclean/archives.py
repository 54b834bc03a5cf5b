"""Reading inputs: compressed files (``.gz``, ``.zst``) and web archives (WARC, WET).

The ``newsclean`` command reads every input through this module, so that its own code only
chooses what to read. Each problem with an input's content (corrupt or truncated compressed data,
a file that is not a WARC) is an :class:`InputError` whose message is one line; a missing
optional package is a :class:`MissingDependency` that says which extra to install.

- :func:`read_bytes` / :func:`read_lines`: a whole file, or its lines streamed, decompressed
  according to the file name's suffix: ``.gz`` (gzip), ``.zst`` or ``.zstd`` (Zstandard, the
  ``zstd`` extra).
- :func:`warc_pages`: the HTML pages of a WARC file (``response`` records of a 2xx HTTP response
  whose Content-Type is HTML); :func:`wet_pages`: the plain-text ``conversion`` records of a WET
  file, as Common Crawl publishes them. Both yield :class:`ArchivePage` and need the ``warc``
  extra (FastWARC, chosen over warcio for its error reporting and speed: docs/cli.md).

The optional packages are imported on first use, so that plain-text users never load them.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

GZIP_SUFFIXES = (".gz",)
ZSTD_SUFFIXES = (".zst", ".zstd")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_READ_SIZE = 1 << 16


class InputError(Exception):
    """An input that cannot be read, or not to the end; the message is one line, without the file name."""


class MissingDependency(InputError):
    """An optional package that this input needs is not installed."""


@dataclass(frozen=True)
class ArchivePage:
    """One page of a web archive: its WARC headers and its content, not yet decoded."""

    url: str | None
    """``WARC-Target-URI``."""
    date: str | None
    """``WARC-Date``, as written in the archive (e.g. ``2025-03-15T10:21:07Z``)."""
    record_id: str | None
    """``WARC-Record-ID``, e.g. ``<urn:uuid:...>``."""
    content: bytes
    """The HTTP body (WARC; chunked transfer and gzip/deflate/brotli content encodings undone) or the
    extracted text (WET)."""
    content_type: str | None
    """The MIME type without parameters: the HTTP Content-Type (WARC) or the record's (WET)."""
    error: str | None = None
    """Why the body could not be decoded (``content`` is then the body as stored), else ``None``."""


def read_bytes(path: str | Path) -> bytes:
    """The whole content of ``path``, decompressed by suffix."""
    with _errors(path), _open(path) as handle:
        return handle.read()


def read_lines(path: str | Path) -> Iterator[bytes]:
    """The lines of ``path`` (with their ``\\n``), decompressed by suffix and streamed."""
    with _errors(path), _open(path) as handle:
        yield from handle


def warc_pages(path: str | Path) -> Iterator[ArchivePage]:
    """The HTML pages of a WARC file (``.warc``, ``.warc.gz``): ``response`` records of an HTTP
    response with a 2xx status and an HTML Content-Type. Request, metadata, warcinfo and revisit
    records, redirects, errors, non-HTTP records (``dns:``) and other content types (images, PDF,
    ...) are skipped."""
    _require("fastwarc", "warc", "reading WARC and WET files needs FastWARC")
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # Bodies are decoded here, not by FastWARC (auto_decode): its error on one badly encoded body
    # ends the whole iteration, where here it is that page's error.
    with _errors(path, _fastwarc_errors()), _open_archive(path) as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            if not record.is_http:
                continue
            status = record.http_headers.status_code
            content_type = _mime(record.http_content_type)
            if status is not None and 200 <= status < 300 and content_type in HTML_TYPES:
                body = record.reader.read()
                try:
                    content, error = _decode_body(body, record.http_headers), None
                except ValueError as exc:
                    content, error = body, str(exc)
                yield _page(record, content_type, content, error)


def wet_pages(path: str | Path) -> Iterator[ArchivePage]:
    """The ``conversion`` records of a WET file (``.warc.wet.gz``): each page's text, as extracted
    by the crawler. The warcinfo record and any other record type are skipped."""
    _require("fastwarc", "warc", "reading WARC and WET files needs FastWARC")
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with _errors(path, _fastwarc_errors()), _open_archive(path) as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.conversion, parse_http=False):
            yield _page(record, _mime(record.headers.get("Content-Type")), record.reader.read())


def _page(record: WarcRecord, content_type: str | None, content: bytes, error: str | None = None) -> ArchivePage:
    headers = record.headers
    return ArchivePage(url=headers.get("WARC-Target-URI"), date=headers.get("WARC-Date"),
                       record_id=headers.get("WARC-Record-ID"), content=content, content_type=content_type,
                       error=error)


def _decode_body(body: bytes, headers: Any) -> bytes:
    """The body with its Transfer-Encoding (chunked) and Content-Encoding undone; ``ValueError`` if
    it cannot be. Crawlers that decode bodies when they store them (Common Crawl) rename both
    headers, so their bodies pass unchanged."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
    codings = [coding.strip().lower() for coding in (headers.get("Content-Encoding") or "").split(",")]
    for coding in reversed([coding for coding in codings if coding not in ("", "identity")]):
        body = _undo(coding, body)
    return body


def _undo(coding: str, body: bytes) -> bytes:
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompress(body, wbits=16 + zlib.MAX_WBITS)
        if coding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:  # raw deflate, as many servers send it instead of the standard's zlib format
                return zlib.decompress(body, wbits=-zlib.MAX_WBITS)
    except zlib.error as exc:
        raise ValueError(f"cannot undo Content-Encoding {coding!r} ({exc})") from None
    if coding != "br":
        raise ValueError(f"unknown Content-Encoding {coding!r}")
    try:
        import brotli  # installed with FastWARC
    except ImportError:
        raise ValueError("cannot undo Content-Encoding 'br': brotli is not installed") from None
    try:
        return bytes(brotli.decompress(body))
    except brotli.error as exc:
        raise ValueError(f"cannot undo Content-Encoding 'br' ({exc})") from None


def _dechunk(body: bytes) -> bytes:
    """The data of a chunked transfer encoding (RFC 9112, 7.1)."""
    out: list[bytes] = []
    position = 0
    while True:
        end = body.find(b"\n", position)
        try:
            size = int(body[position:end].split(b";", 1)[0].strip(), 16) if end >= 0 else -1
        except ValueError:
            size = -1
        if size < 0:
            raise ValueError("cannot undo Transfer-Encoding 'chunked' (a chunk size is missing or malformed)")
        if size == 0:
            return b"".join(out)
        chunk = body[end + 1:end + 1 + size]
        if len(chunk) < size:
            raise ValueError("cannot undo Transfer-Encoding 'chunked' (the last chunk is cut off)")
        out.append(chunk)
        position = body.find(b"\n", end + 1 + size) + 1  # after the chunk's line end
        if position == 0:
            return b"".join(out)  # no final zero-size chunk: what came is all there is


def _mime(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _require(module: str, extra: str, what: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError:
        raise MissingDependency(f"{what}: pip install 'newsclean[{extra}]'") from None


def _open(path: str | Path) -> IO[bytes]:
    name = str(path)
    raw = open(path, "rb")  # noqa: SIM115 (closed with the returned stream)
    if name.endswith(GZIP_SUFFIXES):
        return io.BufferedReader(_Decompressing(raw, "gzip"), _READ_SIZE)
    if name.endswith(ZSTD_SUFFIXES):
        try:
            return io.BufferedReader(_Decompressing(raw, "Zstandard"), _READ_SIZE)
        except BaseException:
            raw.close()
            raise
    return raw


def _open_archive(path: str | Path) -> IO[bytes] | _Decompressing:
    """A WARC file, gzip-compressed or not (known by its content: a ``.warc.gz`` may be either).

    gzip is undone here rather than by FastWARC, which ends quietly at a record cut off by a
    truncation. The stream is unbuffered, so that FastWARC gets every complete record before the
    error. Other data goes to FastWARC as it is.
    """
    raw = open(path, "rb")  # noqa: SIM115 (closed with the returned stream)
    try:
        gzipped = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
    except BaseException:
        raw.close()
        raise
    return _Decompressing(raw, "gzip") if gzipped else raw


class _Decompressing(io.RawIOBase):
    """The content of a file of gzip members or Zstandard frames, one after the other.

    Unlike Python's gzip module, it hands out everything decompressed before a problem and raises
    the problem (an :class:`InputError`) at the next read, so that the records before a damaged
    place are all read. Unlike zstandard's ``stream_reader``, it reports a file that ends inside a
    frame, which would otherwise pass for a complete one.
    """

    def __init__(self, raw: IO[bytes], kind: str) -> None:
        self._raw = raw
        self._kind = kind
        if kind == "gzip":
            self._new_unit: Any = functools.partial(zlib.decompressobj, wbits=16 + zlib.MAX_WBITS)
            self._codec_error: type[Exception] = zlib.error
        else:
            _require("zstandard", "zstd", "reading .zst files needs zstandard")
            import zstandard

            self._new_unit = zstandard.ZstdDecompressor().decompressobj
            self._codec_error = zstandard.ZstdError
        self._unit = self._new_unit()
        self._in_unit = False  # whether the start of a member or frame has been read but not its end
        self._pending = b""  # decompressed, handed out from _offset on
        self._offset = 0
        self._position = 0  # in the decompressed content
        self._error: InputError | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Only forward, by reading: FastWARC asks where it is, and skips, but never goes back."""
        target = offset + (self._position if whence == io.SEEK_CUR else 0)
        if whence == io.SEEK_END or target < self._position:
            raise io.UnsupportedOperation("a compressed stream can only be read forward")
        while self._position < target and self.read(min(target - self._position, _READ_SIZE)):
            pass
        return self._position

    def readinto(self, buffer: Any) -> int:
        while self._offset == len(self._pending):
            if self._error is not None:
                raise self._error
            data = self._raw.read(_READ_SIZE)
            if not data:
                if self._in_unit:
                    self._error = InputError(f"truncated {self._kind} file (it ends in the middle of "
                                             f"{'a member' if self._kind == 'gzip' else 'a frame'})")
                    continue
                return 0
            self._pending, self._offset = self._decompress(data), 0
        size = min(len(buffer), len(self._pending) - self._offset)
        buffer[:size] = self._pending[self._offset:self._offset + size]
        self._offset += size
        self._position += size
        return size

    def _decompress(self, data: bytes) -> bytes:
        out = []
        while data:
            try:
                out.append(self._unit.decompress(data))
            except self._codec_error as exc:
                self._error = InputError(f"corrupt {self._kind} data ({exc})")
                break
            self._in_unit = not self._unit.eof
            if not self._unit.eof:
                break
            data = self._unit.unused_data  # the next member or frame starts here
            self._unit = self._new_unit()
        return b"".join(out)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


@contextlib.contextmanager
def _errors(path: str | Path, malformed: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Turn what reading ``path`` can raise into an :class:`InputError` with a one-line message."""
    try:
        yield
    except malformed as exc:
        raise InputError(f"not a valid WARC file ({exc})") from None
    except OSError as exc:
        if exc.errno is None:  # not the system's: FastWARC 2 reports a malformed archive so
            raise InputError(f"not a valid WARC file ({exc})") from None
        raise InputError(exc.strerror or str(exc)) from None


def _fastwarc_errors() -> tuple[type[Exception], ...]:
    """What FastWARC before 2.0 (the last with macOS arm64 wheels) reports a malformed archive with."""
    error = getattr(importlib.import_module("fastwarc.stream_io"), "StreamError", None)
    return (error,) if isinstance(error, type) and issubclass(error, Exception) else ()
