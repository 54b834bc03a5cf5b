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
_INITIAL_AT_END = regex.compile(r"(?:^|\s)\p{Lu}\.$")
_MAX_NAME_ALONE_CHARS = 40
_MAX_NAME_ALONE_WORDS = 4
# A name line that opens with an article is a masthead ("The Millbrook Gazette"), not a person.
_ARTICLES = frozenset(["the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "de", "het"])

_BYLINE_OPENING = regex.compile(
    r"^(?:(?P<posted>(?i:posted|published)\s(?i:on)\s[^|]{4,40}?\s)?"
    r"(?:Written\s|Reported\s|Reporting\s|Story\s|Words\s|Text\s|Texto\s|Testo\s|Posted\s|Published\s)?(?i:by|von|par|por|di|door|av)(?=\s)|Autor(?:in|es|a)?\s?[:：]|"
    r"Author(?:s)?\s?[:：]|Auteur\s?[:：]|Texto\s?[:：]|Text\s?[:：]|Testo\s?[:：]|Автор(?:ы)?\s?[:：]?|Текст\s?[:：]|"
    r"作者\s?[:：]|文\s?[/／|｜]|撰文\s?[:：]?|记者\s?[:：]?|記者\s?[:：]?|本报记者|本報記者|"
    r"كتب(?:ت)?\s?[:：]?|بقلم\s?[:：]?|بواسطة\s?[:：]?)\s*(?P<names>.+)$",
)
_WIRE_NAMES = ("The Associated Press", "Associated Press", "Reuters", "Agence France-Presse", "AFP", "Bloomberg News",
               "Bloomberg", "dpa", "CNN Wire", "UPI", "Xinhua")
_AGENCY_DATE = regex.compile(
    rf"^(?P<names>{'|'.join(regex.escape(name) for name in _WIRE_NAMES)})\s*[|,·•-]?\s*(?P<rest>.+)$"
)
# Credit notes at the foot of wire copy: they name contributors, not the authors.
_CONTRIBUTORS = regex.compile(
    r"^(?:(?:Additional\s)?(?:reporting|writing|editing|research)\sby\s.{2,200}"
    r"|.{2,120}\scontributed(?:\sreporting)?\s(?:to|for)\s(?:this|the)\s(?:report|story|article)\.?)$",
    regex.IGNORECASE,
)
# Each pattern starts only where a run of spaces starts ((?<!\s)), so that it stays linear in time.
# Arabic "and" (و) is written onto the next name ("وسارة"); it separates two names only between
# two two-word names, so that a name that starts with و (وائل) stays whole.
_NAME_SEPARATORS = regex.compile(r"(?<!\s)\s*(?:,|;|&|、|，|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\ben\b|\bog\b|(?<=\s)و(?=\s)|(?<=\p{Arabic}+\s\p{Arabic}+\s)و(?=\p{Arabic}+\s\p{Arabic}))\s*")
_TRAILERS = regex.compile(
    r"(?<!\s)\s*(?:[|,·•/–—-]\s*)?(?:The Associated Press|Associated Press|Reuters|AFP|Bloomberg|CNN|BBC News|dpa|"
    r"Staff Writers?|Staff Reporters?|Special Correspondent|Correspondent|Senior Editor|Reporter|Editor|"
    r"Contributing Writer|Contributor|For [A-Z][\w ]{2,30}|\d{1,6}\s(?:Comments?|Responses?|Replies))\s*$",
    regex.IGNORECASE,
)
# The label of a date after the names: "By Jane Doe. Last updated on 3 March 2026".
_DATE_LABEL_AT_END = regex.compile(
    r"(?<!\p{L})(?:(?:last\s)?(?:updated|published|posted)(?:\s(?:on|at))?|publié\sle|mis\sà\sjour\sle|"
    r"(?:zuletzt\s)?aktualisiert(?:\sam)?|veröffentlicht(?:\sam)?|actualizado(?:\sel)?|publicado(?:\sel|\sem)?|"
    r"atualizado(?:\sem)?|pubblicato(?:\sil)?|aggiornato(?:\sil)?|опубликовано|обновлено)\s?[:：]?$",
    regex.IGNORECASE,
)
# Words of a date, never of a name: "Published Monday December 3, 2025".
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday"})
_DATE_SEPARATORS = " ,.|·•-–—"
# What follows a byline's names after a comma: a role in lower case ("correspondant à Bruxelles",
# "g1 RS — Porto Alegre") or an outlet's initials ("BR", "SWR").
_ROLE_OR_OUTLET = regex.compile(r"\p{Ll}|\p{Lu}{2,5}$")
_PERSON_NAME = regex.compile(
    r"^(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s(?:van|von|de|da|del|der|den|di|du|la|le|al|el|bin|ibn|[\p{Lu}][\p{L}\p{M}'’.-]*)){0,4}"
    r"|[\p{Han}·]{2,6}|\p{Arabic}+(?:\s\p{Arabic}+){1,3}|\p{Lu}[\p{Cyrillic}-]+(?:\s\p{Lu}[\p{Cyrillic}.-]*){0,3})$"
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
    if _CONTRIBUTORS.match(stripped):
        return Byline([], None, "byline.contributors")
    opening = _BYLINE_OPENING.match(stripped)
    if opening:
        names, when = _split_off_date(opening.group("names"))
        if when is None and opening.group("posted"):
            found = find_date(opening.group("posted"))
            when = found[0] if found else None
        authors = _names(names, role_may_follow=True)
        return Byline(authors, when, "byline.opening-word") if authors else None
    agency = _AGENCY_DATE.match(stripped) if stripped.startswith(_WIRE_NAMES) else None
    if agency:
        found = find_date(agency.group("rest"))
        if found and len(agency.group("rest")) - (found[2] - found[1]) < 20:
            return Byline([agency.group("names")], found[0], "byline.agency-and-date")
    return None


def name_alone(stripped: str) -> Byline | None:
    """A line that is only a person's name ("Priya Nair"), as a byline; for lines next to a date."""
    if len(stripped) > _MAX_NAME_ALONE_CHARS or len(stripped.split()) > _MAX_NAME_ALONE_WORDS:
        return None
    if stripped.split()[0].casefold() in _ARTICLES:
        return None
    authors = _names(stripped)
    # One word alone ("Politics", 社会) is a section name far more often than a person.
    if len(authors) == 1 and len(authors[0].split()) >= 2:
        return Byline(authors, None, "byline.name-beside-date")
    return None


def name_and_date(stripped: str, date: tuple[str, int, int]) -> Byline | None:
    """A person named before the date that ends the line, as a byline without its "By":
    "Melissa Ozawa December 18, 2025", "Jane Doe | 3 March 2026". ``date`` is what
    :func:`newsclean.dates.find_date` found in ``stripped``. A comma before the date makes the
    words a place ("New York, December 3, 2025"); a date's label ("Last Updated", "Publié le")
    or a weekday is not a name.
    """
    when, start, end = date
    name = stripped[:start].rstrip(_DATE_SEPARATORS)
    if not name or "," in stripped[len(name):start] or stripped[end:].strip(_DATE_SEPARATORS):
        return None
    if _DATE_LABEL_AT_END.search(name) or not _DAY_WORDS.isdisjoint(name.casefold().split()):
        return None
    named = name_alone(name)
    return Byline(named.authors, when, "byline.name-and-date") if named else None


def _split_off_date(text: str) -> tuple[str, str | None]:
    """The names before the date in ``text``, without the date's label ("Last updated on"), and the date."""
    found = find_date(text)
    if found is None:
        return text, None
    names = text[: found[1]].rstrip()
    labelled = _DATE_LABEL_AT_END.search(names)
    if labelled:
        names = names[: labelled.start()]
    return names.rstrip(_DATE_SEPARATORS), found[0]


def _names(text: str, role_may_follow: bool = False) -> list[str]:
    """The people named in ``text``; ``role_may_follow``: a byline's names may end at a role or outlet."""
    text = text.strip()
    if text.endswith((".", "!", "?", "。", "؟")) and not _INITIAL_AT_END.search(text):
        return []  # a sentence ("By Monday, the talks had collapsed."), not a list of names
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
            # "Par Jean Dupont, correspondant à Bruxelles", "Von Anna Müller, BR": a role or the
            # outlet after a full name ends the names; anything else is not a byline.
            if role_may_follow and authors and len(authors[-1].split()) >= 2 and _ROLE_OR_OUTLET.match(name):
                return authors
            return []
        if role_may_follow and authors and _ROLE_OR_OUTLET.match(name) and name.isupper():
            return authors
        authors.append(name)
    return authors
