"""Input stage: turn what the caller passed into a ``str`` and tell HTML from plain text.

Bytes are decoded in this documented order (docs/guarantees.md):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a BOM, recognised by its pattern of NUL bytes;
3. a charset declared in the first 4 KiB (``<meta charset>``, ``http-equiv``, ``<?xml encoding>``),
   when Python knows that codec and the bytes decode with it;
4. strict UTF-8;
5. charset-normalizer's best guess;
6. UTF-8 with U+FFFD for the bytes that do not decode (never an error).
"""

from __future__ import annotations

import codecs

import regex

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED_CHARSET = regex.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)

# A document is HTML when it opens like one, or when tags are frequent at its start. Plain text
# that quotes a tag or two ("use the <b> tag") stays text.
_HTML_OPENING = regex.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b",
                              regex.IGNORECASE | regex.DOTALL)
_HTML_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|meta|title|script|style|article|section|img)\b[^<>]{0,500}>",
    regex.IGNORECASE,
)
_SNIFF_CHARS = 5000
_MIN_TAGS_FOR_HTML = 5


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` following the order in this module's docstring; never raises."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guessed = _guess_charset(data)
    if guessed:
        try:
            return data.decode(guessed)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("utf-8", errors="replace")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML (or XHTML) document or fragment rather than plain text."""
    head = text[:_SNIFF_CHARS]
    if "<" not in head:
        return False
    if _HTML_OPENING.match(head):
        return True
    return any(count >= _MIN_TAGS_FOR_HTML for count, _ in enumerate(_HTML_TAG.finditer(head), start=1))


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has a NUL in nearly every other byte; real UTF-8 text almost never has NULs.
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that declare Latin-1 are nearly always really cp1252 (the WHATWG rule); GB2312 is read
    # as its superset GB18030 for the same reason.
    return {"iso8859-1": "cp1252", "latin-1": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}.get(codec, codec)


def _guess_charset(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None
