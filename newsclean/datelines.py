"""Wire-style datelines at the start of a story's first paragraph.

Each shape is a named pattern in ``_SHAPES``, tried in order; the first that matches wins, so a
shape comes before any looser one that would also match its text. The dateline stays in the
body; it is reported beside it, its ``date`` as written ("March 15", "15 mar", "3月15日"),
since a dateline gives no year.
"""

from __future__ import annotations

import regex

from newsclean.article import Dateline
from newsclean.dates import month_names

_DASH = r"(?:--|[-–—])"
# An agency is a capitalised name or one of the lower-case wire names; "(and its allies)" is not.
# A regional desk or a second agency may follow a slash: "(dpa/lsw)", "(dpa/AFP)".
_AGENCY = (
    r"(?P<agency>(?:\p{Lu}[\p{L}\p{M} .&'-]{0,24}?|dpa|epd|dts|kna|apa|sda|ats|afp|ansa)"
    r"(?:/\p{L}{2,12}){0,2})"
)
_UPPER_PLACE = r"(?P<location>\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}?(?:,\s[\p{Lu}][\p{L}.]{1,12}\.?)?)"
# Capitalised words, joined by a space, a hyphen or a slash ("Frankfurt/Main") or by a
# lower-case particle ("Frankfurt am Main", "Santa Cruz de Tenerife").
_TITLE_PLACE = (
    r"(?P<location>\p{Lu}[\p{L}\p{M}.'’-]{1,24}"
    r"(?:(?:[ /-]|\s(?:am|an der|de|del|de la|di|sur|upon)\s)\p{Lu}[\p{L}\p{M}.'’-]{1,24}){0,3})"
)
_PLACE = rf"(?:{_UPPER_PLACE}|{_TITLE_PLACE})"
# Month names of every language in months.json, in any case ("15 MAR", "15 mar", "March 15").
_MONTH = "(?i:" + "|".join(regex.escape(name) for name in month_names()) + r")\.?"
# A day and a month, either order: "March 15", "15 mar", "15 de marzo", "15. März", "15 MAR".
_DAY_MONTH = rf"(?:\d{{1,2}}\.?\s(?:de\s)?{_MONTH}|{_MONTH}\s\d{{1,2}})"
# After a bracketed agency: " -", "–", ".-" (EFE), ":".
_AFTER_AGENCY = rf"(?:\.?\s?{_DASH}|:)"

_CN_AGENCY = (
    r"(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中国日报网|中國日報網|国际在线|國際在線"
    r"|中国新闻网|中國新聞網|光明网|光明網|澎湃新闻|澎湃新聞|本报|本報)"
)
# Arabic has no capitals to tell a place from a word, so the Arabic shapes name the agency:
# Reuters, AFP (أ ف ب), MENA (أ ش أ), dpa (د ب أ), AP, UPI, WAM, SPA, KUNA, QNA, BNA, SANA, Petra,
# WAFA, Anadolu, Xinhua, Sputnik, ONA; initials may be spaced or dotted. Persian: IRNA's
# "تهران- ایرنا-", and ISNA, Tasnim, ILNA.
_AR_AGENCY = (
    r"(?P<agency>رويترز|[أا][ .]?ف[ .]?ب|أ[ .]?ش[ .]?أ|د[ .]?ب[ .]?أ|يو بي آي|أ[ .]?ب|وام|واس|كونا|قنا|بنا|سانا"
    r"|بترا|وفا|الأناضول|شينخوا|سبوتنيك|العمانية|ایرنا|ایسنا|تسنیم|ایلنا)"
)
# Hindi, no capitals either: the wire in brackets after the place and the day, "नई दिल्ली, 2 दिसंबर
# (भाषा)" (PTI's Hindi service), "(आईएएनएस)।", UNI's "(वार्ता)".
_HI_AGENCY = r"(?P<agency>भाषा|आईएएनएस|वार्ता|यूएनआई|एएनआई|पीटीआई)"
# A place of one or two words: "الرياض", "القدس المحتلة", "رام الله".
_AR_PLACE = r"(?P<location>\p{Arabic}{2,15}(?:\s\p{Arabic}{2,15})?)"
# Japanese wire names that follow the place with no separator: 【ニューヨーク共同】, 【北京時事】.
_JA_AGENCY = r"(?P<agency>共同|時事|ロイター|AFP時事|ＡＦＰ時事)"
_JA_PLACE = r"(?P<location>[\p{Katakana}\p{Han}ー・]{1,12}?)"

_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern))
    for name, pattern in (
        # "LONDON, March 15 (Reuters) -", "Murcia, 15 mar (EFE).-", "Madrid, 15 de marzo (EFE).-",
        # "Roma, 15 marzo (Adnkronos) -", "МИНСК, 15 марта (БЕЛТА) -".
        ("place-date-agency", rf"^{_PLACE},\s(?P<when>{_DAY_MONTH})\s\({_AGENCY}\){_AFTER_AGENCY}\s?"),
        # Europa Press gives the day alone, and as republished has no dash: "MADRID, 15 (EUROPA
        # PRESS) -", "MADRID, 15 (EUROPA PRESS) El Gobierno". Only a place in capitals: "Friedrich
        # Merz, 69 (CDU) – der Kanzler" is a name and an age.
        ("upper-place-day-agency",
         rf"^{_UPPER_PLACE},\s(?P<when>3[01]|[12]\d|0?[1-9])\s\({_AGENCY}\)(?:{_AFTER_AGENCY}\s?|\s)"),
        # ANSA and AGI open with the agency: "(ANSA) - ROMA, 15 MAR -", "(AGI) - Roma, 15 mar. -".
        ("agency-place-date", rf"^\({_AGENCY}\)\s?{_DASH}\s?{_PLACE},\s(?P<when>{_DAY_MONTH})\s?{_DASH}\s"),
        ("place-agency", rf"^{_UPPER_PLACE}\s\({_AGENCY}\)\.?\s?{_DASH}\s?"),
        ("titled-place-agency", rf"^{_TITLE_PLACE}\s\({_AGENCY}\)\.?\s?{_DASH}\s"),
        # RIA Novosti: "МОСКВА, 15 мар — РИА Новости." and its reporter: "…, Иван Петров."
        ("russian-agency-after-date",
         rf"^(?P<location>\p{{Lu}}[\p{{Lu}}\p{{M}} -]{{1,30}}?),\s(?P<when>\d{{1,2}}\s\p{{Ll}}{{3,8}}\.?)\s?{_DASH}\s"
         r"(?P<agency>\p{Lu}[\p{L}]{1,15}(?:\s\p{Lu}[\p{L}]{1,15}){0,2})"
         r"(?:,\s\p{Lu}[\p{L}-]{1,20}(?:\s\p{Lu}[\p{L}-]{1,20}){0,2})?\.\s?"),
        # A place in capitals, a day and a month, a dash: "ROMA, 15 MAR - " (ANSA's reprints).
        ("place-date-dash", rf"^{_UPPER_PLACE},\s(?P<when>{_DAY_MONTH})\s?{_DASH}\s"),
        # Not when a second dash closes an aside: "NATO - the alliance - met today."
        ("place-dash", rf"^{_UPPER_PLACE}\s?{_DASH}\s(?=\p{{L}}|\d|[\"“‘'])(?![^-–—]{{0,60}}\s{_DASH}\s)"),
        ("agency-only", r"^\((?P<agency>CNN|AP|AFP|Reuters|CNN Business|CNN Wire)\)\s?(?:[-–—]\s?)?"),
        ("russian-wire", r"^(?P<location>\p{Lu}[\p{Lu}-]{2,30}),\s(?P<when>\d{1,2}\s\p{Ll}{3,9})\.?\s/(?P<agency>[\p{L} -]{2,20})/\.?\s?"),
        # Interfax: "Москва. 15 марта. INTERFAX.RU - ", "Киев. 15 марта. ИНТЕРФАКС-УКРАИНА - ",
        # in Ukrainian "Київ. 2 грудня. ІНТЕРФАКС-УКРАЇНА - ".
        ("interfax",
         rf"^(?P<location>\p{{Lu}}[\p{{L}}-]{{1,24}}(?:\s\p{{Lu}}[\p{{L}}-]{{1,24}})?)\.\s(?P<when>\d{{1,2}}\s\p{{Ll}}{{3,9}})\.\s"
         rf"(?P<agency>(?i:interfax|интерфакс|інтерфакс)(?:\.RU|-\p{{Lu}}{{2,12}})?)\s?{_DASH}\s?"),
        # Arabic: "الرياض (رويترز) -", "دبي - (وام):", "القاهرة (أ ف ب) -".
        ("arabic-place-agency", rf"^{_AR_PLACE}\s?(?:{_DASH}\s?)?\(\s?{_AR_AGENCY}\s?\)\s?(?::|{_DASH})\s?"),
        # Arabic, agency unbracketed after a dash: "القاهرة - أ ش أ:", "غزة - رويترز -". The place is
        # one word here: "قالت الحكومة - رويترز - إنها" is a verb, its subject and an aside.
        ("arabic-place-dash-agency",
         rf"^(?P<location>\p{{Arabic}}{{2,15}})\s?{_DASH}\s?{_AR_AGENCY}(?:\s?:|\s?{_DASH}|(?=\s))\s?"),
        # Hindi: "नई दिल्ली, 2 दिसंबर (भाषा)", "नई दिल्ली, 2 दिसंबर (आईएएनएस)।".
        ("hindi-place-date-agency",
         rf"^(?P<location>\p{{Devanagari}}{{2,15}}(?:\s\p{{Devanagari}}{{2,15}})?),\s(?P<when>\d{{1,2}}\s{_MONTH})\s?"
         rf"\({_HI_AGENCY}\)(?:\s?[।:]|\s?{_DASH})?\s?"),
        # MENA's own: "القاهرة في 15 مارس /أ ش أ/".
        ("arabic-place-date-agency",
         rf"^{_AR_PLACE}\sفي\s(?P<when>\d{{1,2}}\s\p{{Arabic}}{{3,8}})\s?/\s?{_AR_AGENCY}\s?/\s?"),
        ("chinese-wire", rf"^{_CN_AGENCY}(?P<location>[\p{{Han}}]{{2,8}}?)?(?P<when>(?:\d{{1,2}}月)?\d{{1,2}}日)[电電]"
                         r"(?:[(（](?:记者|記者)[^)）]{1,30}[)）])?"),
        ("cna-style", r"^[(（](?P<agency>中央社)(?:記者|记者)?[\p{Han}·、]{0,12}?(?P<location>\p{Han}{2})(?P<when>\d{1,2}日)[電电][)）]"),
        # Taiwan's papers: "〔記者王小明／台北報導〕"; "〔即時新聞／綜合報導〕" (compiled reports) has no place.
        ("taiwan-reporter",
         r"^[〔【\[](?:記者|记者|編譯|编译)?[\p{Han}·、]{1,12}?[／/]\s?"
         r"(?:綜合|综合|(?P<location>\p{Han}{2,6}?))(?:即時)?(?:報導|报道)[〕】\]]"),
        # Japanese papers: a correspondent after the place, 【ワシントン＝田中健一】, 【ロンドン＝共同】,
        # or the wire name right after it, 【ニューヨーク共同】, 【北京時事】.
        ("japanese-bracket",
         rf"^【{_JA_PLACE}(?:[=＝](?:{_JA_AGENCY}|[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}ー・、\s]{{1,16}}?)|{_JA_AGENCY})】"),
        # Hong Kong's, Singapore's and mainland papers mark their own reports at the start of the
        # lead: "【明報專訊】", "【本報訊】", "早报讯", "本报讯（记者 张三）", "江城晚报讯" (a paper's name:
        # "他的报讯" is words).
        ("chinese-lead-mark",
         r"^(?:【(?P<agency>\p{Han}{1,6}?)(?:專訊|专讯|訊|讯)】|(?P<agency>本[报報]|\p{Han}{0,4}?(?:[日晚早晨周週时時商][报報]|都市[报報]|青年[报報]))[讯訊](?=\s?[\p{Han}\d“「（(]))"
         r"(?:[(（](?:记者|記者)[^)）]{1,30}[)）])?"),
        # Korean agencies: "(세종=연합뉴스) 김민수 기자 =", "[서울=뉴시스] 김민수·이영희 기자 =", "(서울=뉴스1)".
        # The same brackets credit a photo or a graphic, "(사진=연합뉴스)": not a place.
        ("korean-place-agency",
         r"^[(\[]\s?(?!사진|자료|그래픽|영상|캡처|제공|출처)(?P<location>\p{Hangul}{1,10})\s?=\s?(?P<agency>[\p{L}\d]{2,10}?)\s?[)\]]\s?"
         r"(?:\p{Hangul}{2,4}(?:\s?[·,]\s?\p{Hangul}{2,4}){0,3}\s?(?:기자|특파원|통신원)\s?=\s?)?"),
    )
)
# Shapes without an agency or a date: only the first paragraph of a story opens with them, and a
# full sentence follows. A capitalised word or two and a spaced dash, "Wien – Die Stadt …",
# "Genf – Le Conseil …" (the sentence after it opens with a capital: "Heute – das ist …" is a
# sentence), and an Arabic place and a dash, "بيروت - …", "الرباط – …".
_FIRST_PARAGRAPH_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern))
    for name, pattern in (
        ("titled-place-dash",
         r"^(?P<location>\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]{1,24}(?:[ /-]\p{Lu}[\p{L}\p{M}'’.-]{1,24})?)\s[-–—]\s"
         r"(?=[\p{Lu}„\"“«‚‘])"),
        ("arabic-place-dash", r"^(?P<location>\p{Arabic}{2,15})\s[-–—]\s(?=\p{Arabic})"),
    )
)
# The full sentence that follows such a shape ends the paragraph.
_ENDS_SENTENCE = regex.compile(r"[.!?…。؟][\"”“»’']?$")
_MIN_WORDS_AFTER = 3
# Chinese and Japanese are written without spaces: 8 of their letters stand for the 3 words.
_MIN_CJK_AFTER = 8
_CJK_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_FIRST_PARAGRAPH_NAMES = frozenset(name for name, _ in _FIRST_PARAGRAPH_SHAPES)


def find_dateline(paragraph: str, first_paragraph: bool = False) -> Dateline | None:
    """The dateline that opens ``paragraph``, or ``None``; the shapes without an agency or a date
    only when ``paragraph`` is the story's first."""
    shapes = _SHAPES + _FIRST_PARAGRAPH_SHAPES if first_paragraph else _SHAPES
    for name, pattern in shapes:
        found = pattern.match(paragraph)
        if not found:
            continue
        rest = paragraph[found.end():]
        if len(rest.split()) < _MIN_WORDS_AFTER and len(_CJK_LETTER.findall(rest, 0, 200)) < _MIN_CJK_AFTER:
            continue
        if name in _FIRST_PARAGRAPH_NAMES and not _ENDS_SENTENCE.search(rest):
            continue
        groups = found.groupdict()
        location = (groups.get("location") or "").strip(" ,") or None
        agency = (groups.get("agency") or "").strip() or None
        return Dateline(raw=found.group(0).strip(), location=location, agency=agency, date=groups.get("when"))
    return None
