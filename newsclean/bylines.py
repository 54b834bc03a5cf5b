"""Bylines: the line that names the article's authors ("By Jane Doe", "Von Anna Schmidt", 记者 张三).

A byline is a short line that opens with a byline word of some language, or a wire agency's name
followed by a date ("Associated Press November 19, 2019, 9:02 AM"). The names are split on the
conjunctions of the languages supported, and the agency, roles and dates are stripped off.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import regex

from newsclean.dates import find_date

_MAX_BYLINE_CHARS = 160
# The role may hold a bracket of its own: "(Saint-Pierre-de-Chartreuse (Isère), envoyée spéciale)".
_ROLE_IN_BRACKETS = regex.compile(r"(?<!\s)\s*[(（][^()（）]{0,60}(?:[(（][^()（）]{1,40}[)）][^()（）]{0,60})?[)）]\s*$")
_INITIAL_AT_END = regex.compile(r"(?:^|\s)\p{Lu}\.$")
_MAX_NAME_ALONE_CHARS = 40
_WORD = regex.compile(r"\p{L}+")
_MAX_NAME_ALONE_WORDS = 4
# Two people beside the date, "Megan Lloyd and Chris Oduya": two words each, joined by a word. A
# comma, "&" or ";" joins a name and a role ("Jane Doe, Shipping Expert") or two title-case
# phrases ("Social Media & Community Expert") as often, and so do longer phrases ("Electrical
# Safety Tips and Best Practices").
_MAX_NAMES_ALONE = 2
_NAMES_ALONE_WORDS = 5
_MAX_NAMES_ALONE_CHARS = 60
_NOT_BETWEEN_TWO_NAMES = (",", "&", ";", "、")
# Hebrew, Hindi and Persian names are read after a byline word only ("מאת יוסי כהן", "लेखक: राम
# शर्मा", "نویسنده: علی رضایی"): alone, two to four words of a script without capitals are as often
# a headline. Persian is told from Arabic by its own letters (پ چ ژ گ ک ی) and the zero-width
# non-joiner.
_NOT_ALONE_SCRIPTS = regex.compile(r"[\p{Hebrew}\p{Devanagari}\u067e\u0686\u0698\u06af\u06a9\u06cc\u200c]")
# A name line that opens with an article is a masthead ("The Millbrook Gazette"), not a person.
_ARTICLES = frozenset(["the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "de", "het",
                       "ο", "η", "το", "οι", "τα"])

# Labels in Dutch, Polish, Turkish, Indonesian, Vietnamese, Ukrainian, Czech, Hindi, Persian and
# Hebrew: "Tekst:", "Yazan:", "Oleh", "Pewarta:", "Tác giả:", "Bài và ảnh:", "Авторка:",
# "Autoři:", "लेखक:", "द्वारा", "نویسنده:", "מאת". Where the word is also a word of sentences
# ("लेखक", writer; "نویسنده"; "Haber", news) the colon is needed. Greek names the author in the
# genitive after "Του"/"Της" (or "Γράφει ο/η" and the nominative): those need names of two words
# or more, as "Της Κυριακής" (Sunday's) is a heading. Tabloids write a colon after the byline
# word: "Von: Tom Berger und Lisa Hahn", "By: Jane Doe", "Par : Marie Martin" ("Published By:
# Valve" is a store's label of a game's publisher).
_BYLINE_OPENING = regex.compile(
    r"^(?:(?P<posted>(?i:posted|published)\s(?i:on)\s[^|]{4,40}?\s)?"
    r"(?:Written\s|Reported\s|Reporting\s|Story\s|Words\s|Text\s|Texto\s|Testo\s|Posted\s|Published\s)?(?i:by|von|par|por|di|door|av|oleh)(?:(?<!(?i:posted|published)\s(?i:by))\s?:)?(?=\s)|"
    r"Auto(?:r(?:in|es|a|ka|ki|zy|ky)?|ři)\s?[:：]|"
    r"Author(?:s)?\s?[:：]|Auteur\s?[:：]|Texto\s?[:：]|Text\s?[:：]|Testo\s?[:：]|Автор(?:ы|и|ка)?\s?[:：]?|Текст\s?[:：]|"
    r"作者\s?[:：]|文\s?[/／|｜:：]\s?(?:\p{Han}{0,8}(?:记者|記者)\s?)?|撰文\s?[:：]?|\p{Han}{0,8}(?:记者|記者)\s?[:：]?|"
    r"كتب(?:ت)?\s?[-–:：]?|بقلم\s?[:：]?|بواسطة\s?[:：]?|(?:حوار|إعداد|تقرير|متابعة)\s?[:：]|"
    r"(?i:ein(?:e)?\s(?:kommentar|interview|gastbeitrag|analyse|reportage|essay)\svon|article\srédigé\spar|propos\srecueillis\spar)(?=\s)|"
    r"(?:本文)?(?:来源|來源)\s?[:：]\s?\S{1,20}\s+作者\s?[:：]|"
    r"Tekst\s?[:：]|Oleh\s?[:：]|(?:Yazan|Yazar|Haber|Muhabir|Penulis|Pewarta|Wartawan|Reporter)\s?[:：]|"
    r"(?:Tác\sgiả|Bài\s?(?:và|,|&)\s?ảnh|Bài)\s?[:：]|"
    r"(?:लेखक|लेखिका)\s?[:：]|द्वारा\s?[:：]?|(?:نو[یي]سنده|خبرنگار)\s?[:：]|מאת\s?[:：]?|"
    r"(?P<greek>(?i:του|της)(?=\s)|Γράφει\s(?:ο|η)(?=\s)))\s*(?P<names>.+)$",
)
_WIRE_NAMES = ("The Associated Press", "Associated Press", "Reuters", "Agence France-Presse", "AFP", "Bloomberg News",
               "Bloomberg", "dpa", "CNN Wire", "UPI", "Xinhua")
# People and their agency, without a byline word: "Tomáš Novotný, Jana Dvořáková, ČTK".
_SIGNING_AGENCIES = ("ČTK", "dpa", "AFP", "Reuters", "AP", "ANP", "PAP", "APA", "TT", "NTB", "ANSA", "EFE", "AA",
                     "ANTARA", "TASR", "Belga", "SDA", "Keystone-SDA", "KNA", "epd", "Ritzau", "STT", "MTI", "BTA")
_NAMES_AND_AGENCY = regex.compile(
    rf"^(?P<names>[^,]{{3,60}}(?:,\s[^,]{{3,60}}){{0,3}}),\s(?:{'|'.join(regex.escape(name) for name in _SIGNING_AGENCIES)})$"
)
_AGENCY_DATE = regex.compile(
    rf"^(?P<names>{'|'.join(regex.escape(name) for name in _WIRE_NAMES)})\s*[|,·•-]?\s*(?P<rest>.+)$"
)
# Credit notes at the foot of wire copy: they name contributors, not the authors.
_CONTRIBUTORS = regex.compile(
    r"^(?:(?:Additional\s)?(?:reporting|writing|editing|research)\sby\s.{2,200}"
    r"|.{2,200}\scontributed\s(?:reporting(?:\s(?:to|for)\s(?:this|the)\s(?:report|story|article))?"
    r"|(?:to|for)\s(?:this|the)\s(?:report|story|article))(?:\s(?:from|in)\s[^.]{2,80})?\.?)$",
    regex.IGNORECASE,
)
# Each pattern starts only where a run of spaces starts ((?<!\s)), so that it stays linear in time.
# Arabic "and" (و) is written onto the next name ("وسارة"); it separates two names only between
# two two-word names, so that a name that starts with و (وائل) stays whole.
# Polish i, Turkish ve, Indonesian dan, Vietnamese và, Ukrainian і and та, Swedish och, Hindi और,
# Greek και (and the article of the next name's genitive, "και της Μαρίας Νικολάου"), each a word
# between spaces ("I've" holds no Turkish "ve"). Czech "a"
# separates two names of two words or more ("Jan Novák a Petr Svoboda"), so that Italian's "a"
# before a single place ("di Marco Rossi a Roma") is no separator; Hebrew ו, written onto the next
# name, separates like Arabic و.
_NAME_SEPARATORS = regex.compile(
    r"(?<!\s)\s*(?:,|;|&|、|，|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\ben\b|\bog\b|(?<=\s)و(?=\s)|(?<=\p{Arabic}+\s\p{Arabic}+\s)و(?=\p{Arabic}+\s\p{Arabic})|"
    r"(?<=\s)(?:i|ve|dan|và|і|та|och|और|και(?:\s(?:του|της))?|通讯员|通訊員|实习记者|實習記者|特约记者|特約記者)(?=\s)|"
    r"(?<=\p{Lu}[\p{L}\p{M}'’.-]*\s\p{Lu}[\p{L}\p{M}'’.-]*\s)a(?=\s\p{Lu}[\p{L}\p{M}'’.-]*\s\p{Lu})|"
    r"(?<=\p{Hebrew}+\s\p{Hebrew}+\s)ו(?=\p{Hebrew}+\s\p{Hebrew}))\s*"
)
_TRAILERS = regex.compile(
    r"(?<!\s)\s*(?:[|,·•/–—-]\s*)?(?:The Associated Press|Associated Press|Reuters|AFP|Bloomberg|CNN|BBC News|dpa|"
    r"Staff Writers?|Staff Reporters?|Special Correspondent|Correspondent|Senior Editor|Reporter|Editor|"
    r"Contributing Writer|Contributor|For [A-Z][\w ]{2,30}|\d{1,6}\s(?:Comments?|Responses?|Replies)|"
    # Taiwan's "記者林志明／台北報導": the place of the report after a slash
    r"(?<=\p{Han})[／/]\p{Han}{1,4}(?:報導|报道))\s*$",
    regex.IGNORECASE,
)
# The label of a date after the names: "By Jane Doe. Last updated on 3 March 2026"; alone before the
# date, "Modifié le 8 juillet 2026", it is no name.
_DATE_LABEL_AT_END = regex.compile(
    r"(?<!\p{L})(?:(?:last\s)?(?:updated|published|posted|modified)(?:\s(?:on|at))?|publié\sle|"
    r"(?:modifié|actualisé|mis\sà\sjour|(?:dernière\s)?mise\sà\sjour)(?:\sle)?|"
    r"(?:zuletzt\s)?(?:aktualisiert|geändert)(?:\sam)?|veröffentlicht(?:\sam)?|"
    r"(?:actualizado|modificado)(?:\sel|\sal|\sem)?|publicado(?:\sel|\sem|\sal)?|"
    r"(?:تم\s)?(?:نُ?شر|النشر|التحديث|تحديث|حُ?دّ?ث|محدث)(?:\sفي|\sبتاريخ)?|تاريخ\sالنشر|آخر\sتحديث|"
    r"atualizado(?:\sem)?|pubblicato(?:\sil)?|(?:aggiornato|modificato)(?:\sil)?|опубликовано|обновлено|изменено|"
    r"(?:gepubliceerd|(?:laatst\s)?bijgewerkt)(?:\sop)?|opublikowano|zaktualizowano|aktualizacja|"
    r"(?:yayınlanma|yayın|güncelleme|güncellenme)(?:\starihi)?|diterbitkan|diperbarui|dipublikasikan|"
    r"(?:ngày\s)?cập\snhật(?:\slúc|\sngày)?|ngày\sđăng|đăng\s(?:lúc|ngày)|опубліковано|оновлено|"
    r"publikováno|aktualizováno|zveřejněno|publicerad|uppdaterad|publicerat|uppdaterat|"
    r"प्रकाशित(?:\sतिथि)?|प्रकाशन\sतिथि|अपडेटेड|अपडेट|منتشر\sشده(?:\sدر)?|تاریخ\sانتشار|به[\u200c\s]?روزرسانی|"
    r"(?:פורסם|עודכן)(?:\sלאחרונה)?|עדכון\sאחרון|תאריך\sפרסום|δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|τελευταία\sενημέρωση)"
    # an abbreviated weekday may follow the label: "Posted Mon 23 Feb 2026"
    r"(?:\s(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)?\s?[:：]?$",
    regex.IGNORECASE,
)
# Words of a date, never of a name: "Published Monday December 3, 2025".
# Vietnamese, Persian and Hebrew write weekdays in two words ("Thứ Tư", "سه شنبه", "יום רביעי"),
# which would pass for a name: "thứ", "chủ" (chủ nhật), "شنبه" and "יום" rule them out.
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday",
                        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
                        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
                        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
                        "thứ", "chủ",
                        "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "пʼятниця", "субота",
                        "неділя",
                        "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
                        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                        "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार",
                        "شنبه", "یکشنبه", "یک\u200cشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه",
                        "پنجشنبه", "پنج\u200cشنبه", "جمعه", "روز",
                        "יום",
                        "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"})
_DATE_SEPARATORS = " ,.|·•-–—"
# A weekday between the name and the date, after a dash or a bar: "Name — Tuesday, 2 December 2025".
_WEEKDAY_BEFORE_DATE = regex.compile(r"(?<=\S)\s+[—–|·•-]\s+(?P<day>[^\s,]+(?:\s[^\s,]+)?),?\s*$")
# The place of the report after a spaced dash at a byline's end: "Por Ana Souza — Porto Alegre".
_DASH_AND_PLACE = regex.compile(r"(?<=\S)\s[—–]\s\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}$")
# What follows a byline's names after a comma: a role in lower case ("correspondant à Bruxelles",
# "g1 RS — Porto Alegre") or an outlet's initials ("BR", "SWR").
_ROLE_OR_OUTLET = regex.compile(r"\p{Ll}|\p{Lu}{2,5}$")
# Scripts without capitals (Arabic and Persian, Hebrew, Devanagari) need two words or more; a
# Persian name may hold a zero-width non-joiner ("علی‌اکبر"), a Ukrainian one an apostrophe.
# Lower-case words inside a name: "Marieke de Boer", "Thijs van Leeuwen", "Omar bin Said".
_NAME_PARTICLES = ("van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "al", "el", "bin", "ibn")
_PERSON_NAME = regex.compile(
    rf"^(?:[\p{{Lu}}][\p{{L}}\p{{M}}'’.-]*(?:\s(?:{'|'.join(_NAME_PARTICLES)}|[\p{{Lu}}][\p{{L}}\p{{M}}'’.-]*)){{0,4}}"
    r"|[\p{Han}·]{2,6}|\p{Arabic}[\p{Arabic}\u200c]*(?:\s\p{Arabic}[\p{Arabic}\u200c]*){1,3}"
    r"|\p{Lu}[\p{Cyrillic}'’ʼ-]+(?:\s\p{Lu}[\p{Cyrillic}.'’ʼ-]*){0,3}"
    r"|\p{Hebrew}[\p{Hebrew}'׳\"״-]*(?:\s\p{Hebrew}[\p{Hebrew}'׳\"״-]*){1,3}"
    r"|\p{Devanagari}+(?:\s\p{Devanagari}+){1,3})$"
)


# Korean bylines put the role after the names: "김민수 기자", "김민수·이영희 기자 kms@yna.co.kr",
# "워싱턴=김민수 특파원", "[이데일리 김민수 기자]"; the place or outlet before "=", or a desk or
# outlet before the names, is not a name. A role word must end the names: "기자들에게",
# "기자회견은" are words of a sentence. "사진=김민수 기자" credits a photograph, not the story.
_KO_NAME = r"\p{Hangul}{2,4}"
_KO_ROLE = (
    r"(?:(?:선임|객원|전문|수습|인턴|사진|영상|취재|편집)\s?기자|대기자|기자|특파원|논설위원|편집위원|통신원|칼럼니스트)"
)
_EMAIL = r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"
_KOREAN_BYLINE = regex.compile(
    r"^[\[(]?\s?(?!(?:사진|그래픽|영상|일러스트|디자인)\s?=)(?:(?:[\p{L}\d]{1,12}\s?=\s?)|(?:[\p{L}\d]{2,12}\s))??"
    rf"(?P<names>{_KO_NAME}(?:\s?[·ㆍ・,]\s?{_KO_NAME}){{0,5}})\s?{_KO_ROLE}(?:\s?=)?\s?[\])]?"
    rf"(?:\s{{0,3}}[(<\[]?{_EMAIL}[)>\]]?)?$"
)
_KO_ROLE_WORDS = ("기자", "특파원", "위원", "통신원", "칼럼니스트")
_KO_SEPARATORS = regex.compile(r"\s?[·ㆍ・,]\s?")
# A desk ("사회부 기자"), not a person.
_KO_DESK_END = "부"
# Japanese bylines: the name before 記者 ("田中健一記者", "政治部 田中健一記者"), or after a
# columnist's title or a bureau, set off by a space or a middle dot ("編集委員 田中健一",
# "ワシントン支局 田中健一"), or alone in brackets at the story's end ("（佐々木 翔太）"). A name is three to six kanji (a family name and a given name),
# or kanji and a kana given name; "記者会見で述べた。" is a sentence, "共同通信記者" an outlet.
_JA_NAME = r"(?:\p{Han}{1,3}\s?\p{Han}{1,3}|\p{Han}{1,3}[\p{Hiragana}\p{Katakana}ー]{2,4})"
_JA_ZH_ROLES = (
    r"(?:记者|記者|编辑|編輯|編集|责编|責編|校对|校對|审核|審核|作者|来源|來源|通讯员|通訊員|实习生|實習生|摄影|攝影|撮影|写真"
    r"|翻译|翻譯|编译|編譯|[文图圖译譯])"
)
_JA_DESK = r"[\p{Han}\p{Katakana}ー・]{1,12}?(?:部|局|支局|総局|本社)"
_JAPANESE_BYLINES = (
    regex.compile(rf"^[(（]?(?:{_JA_DESK}[\s・])?(?P<names>{_JA_NAME})\s?(?:記者|特派員|編集委員|論説委員)[)）]?$"),
    regex.compile(
        r"^[(（]?(?:[\p{Han}\p{Katakana}ー・]{1,12}?(?:支局長?|総局長?|特派員|駐在)|(?:特別|専門)?編集委員|論説(?:副?委員長?|副?主幹)"
        r"|解説委員|専門記者|シニアライター)(?:\s{1,2}|\s?・\s?)"
        rf"(?P<names>{_JA_NAME}(?:、{_JA_NAME}){{0,3}})[)）]?$"
    ),
    # The writer's signature in brackets on its own line under the story, family and given name
    # apart: "（佐々木 翔太）". Without the space, "（敬称略）", "（参考資料）" are notes of the same shape;
    # a role before the space, Chinese "（编辑 张三）", "（记者 张三）", is no family name.
    regex.compile(
        rf"^[(（](?!{_JA_ZH_ROLES}[ \u3000])(?P<names>\p{{Han}}{{1,3}}[ \u3000]\p{{Han}}{{1,3}})[)）]$"
    ),
)
# What a name before 記者 may not end with: an outlet or a desk (共同通信, 朝日新聞社, 政治部, 中央社).
_JA_NOT_NAME_ENDS = ("新聞", "通信", "社", "部", "局", "報", "报", "視", "视", "台", "網", "网", "誌", "紙", "版", "班",
                     "課", "室")
_MIN_JA_NAME_CHARS = 3


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
        # After a bar come the writer's address and the paper ("By Megan Callahan | mcallahan@… | Courier");
        # a bracket at the end holds the writer's role ("Par Claire Dubosc (chercheuse en informatique)").
        authors = _names(_ROLE_IN_BRACKETS.sub("", _without_place(names.split("|")[0])), role_may_follow=True)
        if opening.group("greek") and not all(len(name.split()) >= 2 for name in authors):
            return None
        return Byline(authors, when, "byline.opening-word") if authors else None
    korean = _KOREAN_BYLINE.match(stripped) if any(role in stripped for role in _KO_ROLE_WORDS) else None
    if korean:
        authors = [name for name in _KO_SEPARATORS.split(korean.group("names")) if name]
        if authors and not all(name.endswith(_KO_DESK_END) for name in authors):
            return Byline(authors, None, "byline.korean-role")
    japanese = _japanese_names(stripped)
    if japanese:
        return Byline(japanese, None, "byline.japanese-role")
    agency = _AGENCY_DATE.match(stripped) if stripped.startswith(_WIRE_NAMES) else None
    if agency:
        found = find_date(agency.group("rest"))
        if found and len(agency.group("rest")) - (found[2] - found[1]) < 20:
            return Byline([agency.group("names")], found[0], "byline.agency-and-date")
    signed = _NAMES_AND_AGENCY.match(stripped) if stripped.endswith(_SIGNING_AGENCIES) else None
    if signed:
        authors = _names(signed.group("names"))
        if authors and all(len(name.split()) >= 2 for name in authors):
            return Byline(authors, None, "byline.names-and-agency")
    return None


def _name_words(text: str) -> int:
    """The words of ``text`` that are not a name's particles ("de", "van")."""
    return sum(word not in _NAME_PARTICLES for word in text.split())


def name_alone(stripped: str) -> Byline | None:
    """A line that is only a person's name ("Priya Nair") or two ("Megan Lloyd and Chris Oduya"), as
    a byline; for lines next to a date."""
    words = _name_words(stripped)
    if words > _NAMES_ALONE_WORDS or len(stripped) > _MAX_NAMES_ALONE_CHARS:
        return None
    if stripped.split()[0].casefold() in _ARTICLES:
        return None
    if _NOT_ALONE_SCRIPTS.search(stripped):
        return None  # without capitals, a short headline beside the date looks like a name
    if stripped.endswith((":", ",")) or not _label_words().isdisjoint(_WORD.findall(stripped.casefold())):
        return None  # a label, a greeting, a button or a section: "Filed Under:", "View All", "Mehr Nachrichten"
    authors = _names(stripped)
    # One word alone ("Politics", 社会) is a section name far more often than a person.
    if len(authors) == 1 and len(authors[0].split()) >= 2 and len(stripped) <= _MAX_NAME_ALONE_CHARS \
            and words <= _MAX_NAME_ALONE_WORDS:
        return Byline(authors, None, "byline.name-beside-date")
    if len(authors) == _MAX_NAMES_ALONE and words == _NAMES_ALONE_WORDS \
            and all(_name_words(name) == 2 for name in authors) \
            and not any(mark in stripped for mark in _NOT_BETWEEN_TWO_NAMES):
        return Byline(authors, None, "byline.name-beside-date")
    return None


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    data = json.loads((resources.files("newsclean") / "resources" / "label_words.json").read_text(encoding="utf-8"))
    return frozenset(word for words in data["words"].values() for word in words)


def name_and_date(stripped: str, date: tuple[str, int, int]) -> Byline | None:
    """A person named before the date that ends the line, as a byline without its "By":
    "Melissa Ozawa December 18, 2025", "Jane Doe | 3 March 2026". ``date`` is what
    :func:`newsclean.dates.find_date` found in ``stripped``. A comma before the date makes the
    words a place ("New York, December 3, 2025"); a date's label ("Last Updated", "Publié le")
    or a weekday is not a name.
    """
    when, start, end = date
    weekday = _WEEKDAY_BEFORE_DATE.search(stripped[:start])
    if weekday and weekday.group("day").casefold().split()[0] in _DAY_WORDS:
        start = weekday.start()  # "Олена Коваленко — Вівторок, 2 грудня 2025": the weekday is the date's
    name = stripped[:start].rstrip(_DATE_SEPARATORS)
    if not name or "," in stripped[len(name):start] or stripped[end:].strip(_DATE_SEPARATORS):
        return None
    if _DATE_LABEL_AT_END.search(name) or not _DAY_WORDS.isdisjoint(name.casefold().split()):
        return None
    named = name_alone(name)
    return Byline(named.authors, when, "byline.name-and-date") if named else None


def _japanese_names(stripped: str) -> list[str]:
    """The reporters of a Japanese byline line ("田中健一記者", "編集委員 田中健一"), else []."""
    for pattern in _JAPANESE_BYLINES:
        found = pattern.match(stripped)
        if found:
            names = [name.strip() for name in found.group("names").split("、")]
            if all(len("".join(name.split())) >= _MIN_JA_NAME_CHARS
                   and not name.endswith(_JA_NOT_NAME_ENDS) for name in names):
                return names
    return []


def _without_place(names: str) -> str:
    """The names of a byline that ends with a spaced dash and the place of the report, without the
    place, and without the outlet written before it after a comma: "Por Ana Souza, Valor — São Paulo",
    "Por Ana Souza, Pedro Lima, Diário do Sul — Porto Alegre" name Ana Souza (and Pedro Lima)."""
    place = _DASH_AND_PLACE.search(names)
    if place is None:
        return names
    head, comma, _outlet = names[: place.start()].rpartition(",")
    return head if comma and head.strip() else names[: place.start()]


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
    if text.endswith((".", "!", "?", "。", "؟", "।")) and not _INITIAL_AT_END.search(text):
        return []  # a sentence ("By Monday, the talks had collapsed."), not a list of names
    while True:
        shorter = _TRAILERS.sub("", text)
        if shorter == text:
            break
        text = shorter
    authors: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        name = part.strip(" .|·•-–—:：")
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
        if role_may_follow and authors and " " not in name and len(authors[-1].split()) >= 2:
            return authors  # a place after a full name: "Ein Kommentar von Konrad Althaus, Berlin"
        authors.append(name)
    return authors
