"""Language of the clean text, by langdetect, made deterministic.

langdetect is randomised; its factory is seeded once so that the same text always gives the
same code. It confuses Traditional Chinese with Korean: a ``ko`` verdict on text without a single
Hangul character is replaced by the likeliest non-Korean candidate, which there is Chinese.
"""

from __future__ import annotations

import regex

_SAMPLE_CHARS = 4000
_HAS_LETTER = regex.compile(r"\p{L}")
_HANGUL = regex.compile(r"\p{Hangul}")
_SEED = 0


def detect_language(text: str) -> str | None:
    """langdetect's code for ``text`` ("en", "zh-cn", ...), or ``None`` when it has no letters."""
    sample = text[:_SAMPLE_CHARS]
    if not _HAS_LETTER.search(sample):
        return None
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = _SEED
    try:
        candidates = detect_langs(sample)
    except LangDetectException:
        return None
    if not candidates:
        return None
    best = str(candidates[0].lang)
    if best == "ko" and not _HANGUL.search(sample):
        others = [str(c.lang) for c in candidates if c.lang != "ko"]
        return others[0] if others else "zh-tw"
    return best
