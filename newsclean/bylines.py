"""Bylines: the line that names the article's authors ("By Jane Doe", "Von Anna Schmidt", 记者 张三).

A byline is a short line that opens with a byline word of some language, or a wire agency's name
followed by a date ("Associated Press November 19, 2019, 9:02 AM"). The names are split on the
conjunctions of the languages supported, and the agency, roles and dates are stripped off.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsclean.dates import find_date

_MAX_BYLINE_CHARS = 160

_BYLINE_OPENING = regex.compile(
    r"^(?:(?:Written\s|Reported\s|Story\s|Words\s|Text\s|Texto\s|Testo\s)?by|Von|Par|Por|Di|Door|Av|Autor(?:in|es|a)?\s?[:：]|"
    r"Author(?:s)?\s?[:：]|Auteur\s?[:：]|Texto\s?[:：]|Text\s?[:：]|Testo\s?[:：]|Автор(?:ы)?\s?[:：]?|Текст\s?[:：]|"
    r"作者\s?[:：]|文\s?[/／|｜]|撰文\s?[:：]?|记者\s?[:：]?|記者\s?[:：]?|本报记者|本報記者|"
    r"كتب(?:ت)?\s?[:：]?|بقلم\s?[:：]?|بواسطة\s?[:：]?)\s*(?P<names>.+)$",
)
_AGENCY_DATE = regex.compile(
    r"^(?P<names>The Associated Press|Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg News|Bloomberg|"
    r"dpa|CNN Wire|UPI|Xinhua)\s*[|,·•-]?\s*(?P<rest>.+)$"
)
_NAME_SEPARATORS = regex.compile(r"\s*(?:,|;|&|、|，|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\ben\b|\bog\b|\bو)\s*")
_TRAILERS = regex.compile(
    r"\s*(?:[|,·•/–—-]\s*)?(?:The Associated Press|Associated Press|Reuters|AFP|Bloomberg|CNN|BBC News|dpa|"
    r"Staff Writers?|Staff Reporters?|Special Correspondent|Correspondent|Senior Editor|Reporter|Editor|"
    r"Contributing Writer|Contributor|For [A-Z][\w ]{2,30})\s*$",
    regex.IGNORECASE,
)
_PERSON_NAME = regex.compile(
    r"^(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s(?:van|von|de|da|del|der|den|di|du|la|le|al|el|bin|ibn|[\p{Lu}][\p{L}\p{M}'’.-]*)){0,4}"
    r"|[\p{Han}·]{2,6}|[\p{Arabic}\s]{3,40}|[\p{Cyrillic}][\p{L}-]+(?:\s[\p{Cyrillic}][\p{L}.-]*){0,3})$"
)


class Byline(NamedTuple):
    """The authors named by a byline line, the date it also carries (if any), and its rule."""

    authors: list[str]
    date: str | None
    rule: str


def find_byline(stripped: str) -> Byline | None:
    """The authors of a byline line, or ``None`` if ``stripped`` is not one."""
    if len(stripped) > _MAX_BYLINE_CHARS:
        return None
    opening = _BYLINE_OPENING.match(stripped)
    if opening:
        names, when = _split_off_date(opening.group("names"))
        authors = _names(names)
        return Byline(authors, when, "byline.opening-word") if authors else None
    agency = _AGENCY_DATE.match(stripped)
    if agency:
        found = find_date(agency.group("rest"))
        if found and len(agency.group("rest")) - (found[2] - found[1]) < 20:
            return Byline([agency.group("names")], found[0], "byline.agency-and-date")
    return None


def _split_off_date(text: str) -> tuple[str, str | None]:
    found = find_date(text)
    if found is None:
        return text, None
    return text[: found[1]].rstrip(" ,|·•-–—"), found[0]


def _names(text: str) -> list[str]:
    text = text.strip()
    while True:
        shorter = _TRAILERS.sub("", text)
        if shorter == text:
            break
        text = shorter
    authors: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        name = part.strip(" .|·•-–—")
        if not name:
            continue
        if not _PERSON_NAME.match(name) or len(name) > 60:
            return []
        authors.append(name)
    return authors
