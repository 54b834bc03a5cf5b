"""Wire-style datelines at the start of a story's first paragraph.

Shapes, each a named pattern below: ``NEW YORK (Reuters) -``, ``HAYWARD, Calif. (AP) —``,
``LONDON, March 15 (Reuters) -``, ``MADRID —``, ``BERLIN --``, ``(CNN)``, ``Berlin (dpa) -``,
``МОСКВА, 15 марта. /ТАСС/.``, ``新华社北京3月15日电``, ``中新网北京3月15日电``,
``（中央社記者王小明台北15日電）``. The dateline stays in the body; it is reported beside it,
its ``date`` as written ("March 15", "3月15日"), since a dateline gives no year.
"""

from __future__ import annotations

import regex

from newsclean.article import Dateline

_DASH = r"(?:--|[-–—])"
# An agency is a capitalised name or one of the lower-case wire names; "(and its allies)" is not.
_AGENCY = r"(?P<agency>(?:\p{Lu}[\p{L}\p{M} .&'-]{0,24}?|dpa|epd|dts|kna|apa|sda|ats|afp|ansa))"
_UPPER_PLACE = r"(?P<location>\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}?(?:,\s[\p{Lu}][\p{L}.]{1,12}\.?)?)"
_TITLE_PLACE = r"(?P<location>\p{Lu}[\p{L}\p{M}.'’-]{1,24}(?:[ -]\p{Lu}[\p{L}\p{M}.'’-]{1,24}){0,2})"
_CN_AGENCY = r"(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中国日报网|中國日報網|国际在线|國際在線|中国新闻网|中國新聞網|光明网|光明網|澎湃新闻|澎湃新聞)"

_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern))
    for name, pattern in (
        ("place-date-agency", rf"^{_UPPER_PLACE},\s(?P<when>[\p{{L}}]{{3,9}}\.?\s\d{{1,2}})\s\({_AGENCY}\)\s?{_DASH}\s?"),
        ("place-agency", rf"^{_UPPER_PLACE}\s\({_AGENCY}\)\s?{_DASH}\s?"),
        ("titled-place-agency", rf"^{_TITLE_PLACE}\s\({_AGENCY}\)\s?{_DASH}\s"),
        # Not when a second dash closes an aside: "NATO - the alliance - met today."
        ("place-dash", rf"^{_UPPER_PLACE}\s?{_DASH}\s(?=\p{{L}}|\d|[\"“‘'])(?![^-–—]{{0,60}}\s{_DASH}\s)"),
        ("agency-only", r"^\((?P<agency>CNN|AP|AFP|Reuters|CNN Business|CNN Wire)\)\s?(?:[-–—]\s?)?"),
        ("russian-wire", r"^(?P<location>\p{Lu}[\p{Lu}-]{2,30}),\s(?P<when>\d{1,2}\s\p{Ll}{3,9})\.?\s/(?P<agency>[\p{L} -]{2,20})/\.?\s?"),
        ("chinese-wire", rf"^{_CN_AGENCY}(?P<location>[\p{{Han}}]{{2,8}}?)(?P<when>(?:\d{{1,2}}月)?\d{{1,2}}日)[电電]"
                         r"(?:[(（](?:记者|記者)[^)）]{1,30}[)）])?"),
        ("cna-style", r"^[(（](?P<agency>中央社)(?:記者|记者)?[\p{Han}·、]{0,12}?(?P<location>\p{Han}{2})(?P<when>\d{1,2}日)[電电][)）]"),
    )
)
_MIN_WORDS_AFTER = 3


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens ``paragraph``, or ``None``."""
    for _name, pattern in _SHAPES:
        found = pattern.match(paragraph)
        if not found:
            continue
        rest = paragraph[found.end():]
        if len(rest.split()) < _MIN_WORDS_AFTER and not regex.search(r"\p{Han}{8}", rest):
            continue
        groups = found.groupdict()
        location = (groups.get("location") or "").strip(" ,") or None
        agency = (groups.get("agency") or "").strip() or None
        return Dateline(raw=found.group(0).strip(), location=location, agency=agency, date=groups.get("when"))
    return None
