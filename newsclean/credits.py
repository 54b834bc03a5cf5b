"""Photo captions and photo credits in text lines.

A *caption* is a line that describes a picture and ends (or starts) with its credit, or that
opens with a caption label (``"Image caption Protesters march in Paris"``):
``"... in London, England, March 15, 2025. /VCG"``, ``"Protesters march. (Manu Fernandez/AP)"``,
``"图为会议现场。新华社记者 李明 摄"``. A *credit* line is a credit alone: ``"Photo: Reuters"``,
``"REUTERS/Jane Doe"``, ``"Getty Images"``. Each shape below is a named pattern whose
``credit`` group is the credit as written.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

# A name: up to four capitalised words ("Jane Doe", "Jean-Luc M. Dupont"); lower-case words are a sentence.
_NAME = r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]{0,20}(?:\s(?:de |van |von |da |di |el |al )?[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]{0,20}){0,3}"
_AGENCY_NAMES: tuple[str, ...] = (
    "AP", "AFP", "Reuters", "REUTERS", "Getty Images", "Getty", "EPA", "EPA-EFE", "EFE", "dpa", "DPA", "Xinhua",
    "XINHUA", "VCG", "CFP", "IC", "Bloomberg", "Shutterstock", "Alamy", "ANSA", "Kyodo", "Yonhap", "TASS", "ТАСС",
    "РИА Новости", "Anadolu", "PA", "PA Images", "Imago", "IMAGO", "picture alliance", "Keystone", "Sipa", "SIPA",
    "NurPhoto", "ZUMA", "Zuma Press", "Europa Press", "Xinhua News Agency", "AP Photo", "AFP via Getty Images",
    "The Associated Press", "NTB", "ANP", "Belga", "BELGA", "KEYSTONE", "WENN", "iStock", "iStockphoto",
    "共同", "時事", "共同通信", "時事通信", "新华社", "新華社", "中新社", "中央社",
    "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "د ب أ", "الأناضول", "واس", "وام", "قنا", "كونا", "أ ش أ",
    # picture agencies of Indonesia, Israel and Greece
    "ANTARA FOTO", "Flash90", "Flash 90", "פלאש 90", "פלאש90", "Eurokinissi", "EUROKINISSI",
)
# The national news agencies of Poland, Turkey, Indonesia, Vietnam, Ukraine, the Czech Republic,
# Sweden, India, Iran and Greece, as their credits write them. Alone in brackets they sign the
# story's text ("… zapowiedziała poprawki do projektu. (PAP)") more often than a picture, so there
# they credit one only with a photographer or "Photo": "(PAP/Leszek Szymański)", "(PTI Photo)".
_WIRE_TAG_NAMES = (
    "PAP", "AA", "Anadolu Ajansı", "DHA", "İHA", "ANTARA", "TTXVN", "VNA", "Ukrinform", "Укрінформ", "UNIAN",
    "УНІАН", "ČTK", "TT", "TT Nyhetsbyrån", "PTI", "ANI", "IANS", "IRNA", "ISNA", "Tasnim", "ایرنا", "ایسنا",
    "تسنیم", "ANA-MPA", "ΑΠΕ-ΜΠΕ",
)
_AGENCY_NAMES += _WIRE_TAG_NAMES
_AGENCIES = "|".join(regex.escape(name) for name in _AGENCY_NAMES)
# Written in any case in brackets, "(ansa)", "(Reuters)"; a short one in lower case is an
# abbreviation ("integrated circuits (ic)").
_LONG_AGENCIES = "|".join(regex.escape(name) for name in _AGENCY_NAMES if len(name) >= 4)
_BRACKETED_AGENCIES = "|".join(regex.escape(name) for name in _AGENCY_NAMES if name not in _WIRE_TAG_NAMES)
_LONG_BRACKETED_AGENCIES = "|".join(
    regex.escape(name) for name in _AGENCY_NAMES if len(name) >= 4 and name not in _WIRE_TAG_NAMES
)
_WIRE_TAGS = "|".join(regex.escape(name) for name in _WIRE_TAG_NAMES)
# A line of two capitals alone is a text-size button ("AA") or a grade more often than a credit.
_NOT_CREDIT_ALONE = frozenset({"AA", "TT"})
_CREDIT_WORD = (
    r"(?:(?:(?:Main|Top|Header|Hero|Lead|Featured?|Cover|Banner)\s)?(?:(?:Photo|Image|Picture)\s(?:[Cc]redit|[Ss]ource)|Photo(?:graph)?s?|Pictures?|Images?)|"
    r"Credit|Foto(?:s|grafie)?|Bild|Bildrechte|Bildquelle|Titelbild|Titelfoto|Symbolbild|Symbolfoto|Imagen|Imagem|Crédito|"
    r"Crédit(?:s)?(?: photo)?|"
    r"Fotografía|Фото|صورة|الصورة|تصوير|写真|撮影|图片来源|圖片來源|图片|圖片|图|圖|供图|供圖|"
    # Turkish, Polish ("Fot. PAP/Jan Kowalski"), Dutch, Vietnamese, Hindi, Persian, Hebrew, Greek
    r"Fotoğraf(?:lar)?|Zdjęci[ea]|Fot\.|Beeld|Ảnh|Đồ họa|(?:फ\u093c?|\u095e)ोटो|तस्वीर|عکس|צילום(?:\sמסך)?|Φωτογραφί(?:α|ες)|Φωτό|Φωτο|Φωτ\.|"
    r"Illustration)"
)


# A photographer's full name, two to four capitalised words ("Marcial Guillén", "MARCIAL GUILLÉN").
_FULL_NAME = (
    r"\p{Lu}[\p{L}\p{M}.'’\-]{0,20}(?:\s(?:de |del |de la |van |von |da |di |dos )?\p{Lu}[\p{L}\p{M}.'’\-]{0,20}){1,3}"
)
# Japanese credits: a wire's name, alone or passed on by Kyodo or Jiji ("ロイター＝共同", "AFP時事").
_JA_AGENCIES = (
    r"(?:ロイター|共同|時事|AP|ＡＰ|AFP|ＡＦＰ|EPA|ＥＰＡ|UPI|ＵＰＩ|聯合|新華社|ゲッティ|ブルームバーグ|タス|Getty|Bloomberg)"
    r"(?:時事|共同)?(?:[=＝](?:共同|時事))?"
)
# Who took or gave a Japanese picture: "読売新聞社撮影", "同社提供" (not a sentence: no particle).
_JA_TAKEN_BY = r"[^()（）=＝、。\s由はがをの]{1,20}?"
_EMAIL = r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"
# An outlet's web address, as credits name a site: "KOMPAS.com", "Agencja Wyborcza.pl".
_DOMAIN_END = (
    r"\.(?i:com|net|org|info|news|tv|eu|pl|de|fr|it|es|pt|nl|be|ch|at|cz|sk|hu|ro|ru|ua|gr|tr|id|in|vn|ph|my"
    r"|co\.(?:id|uk|in|za)|com\.(?:br|ar|mx|au|tr|my|ph))(?![\p{L}\p{N}])"
)
_DOMAIN = rf"\p{{L}}[\p{{L}}\p{{N}}\-]{{1,30}}{_DOMAIN_END}"
# Hindi papers write the label with a dash, "फोटो- पीटीआई" (a space beside the dash: "फोटो-वीडियो"
# is a compound word, photos and videos).
_HINDI_DASH_LABEL = r"(?:(?:फ\u093c?|\u095e)ोटो|तस्वीर)(?:\s?[-–]\s|\s[-–])"
# A label without a colon before a photographer's name, as Italian papers print it: "(foto Schicchi)",
# "Foto di Mario Rossi"; not a page's section, "Foto Gallery".
_FOTO_LABEL = r"(?:[Ff]oto|FOTO)\s(?:di\s)?"
_FOTO_NAME = (
    r"(?!(?i:gallery|galleria|video|album|news|notizie|story|stories|shop|club|studio)\b)"
    r"\p{Lu}[\p{L}\p{M}'’\-]{1,20}(?:\s\p{Lu}[\p{L}\p{M}'’\-]{1,20})?"
)


# English labels written before "by" and the photographer, without a colon: "Photograph by Jane Doe".
_BY_CREDIT_WORDS = (
    "Photographs by", "Photograph by", "Photography by", "Photos by", "Photo by", "Pictures by", "Picture by",
    "Images by", "Image by", "Illustrations by", "Illustration by",
)
# What a bracket's label names when it credits the text, not a picture: "(Editing: Jane Doe)".
_TEXT_CREDIT_WORDS = ("Reporting", "Editing", "Edited", "Writing", "Written", "Text", "Translation", "Translated",
                      "Interview", "Research", "Additional")


# A credit written as a phrase, without a colon: "Image copyright Getty Images", "Photo courtesy of Jane Doe".
_CREDIT_PHRASE = r"(?i:(?:image|photo(?:graph)?|picture)s?\s(?:copyright|credit|via|courtesy(?:\sof)?|source)\s)"


class CreditMatch(NamedTuple):
    """A credit found in a line: the caption text left around it (may be empty) and the credit."""

    caption: str
    credit: str
    rule: str


# (rule name, pattern, ignore case, telltales). Patterns are tried in order; each has a ``credit``
# group and may have a ``caption`` group. All run on the stripped line, and only on a line that
# holds one of the shape's telltales: every match holds one, and most lines hold none (a pattern
# that fails still tries every split of the line into caption and credit).
_SHAPE_TABLE: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    # "... March 15, 2025. /VCG" and "... /Xinhua"
    ("slash-agency-suffix", r"^(?P<caption>.{10,}?[.!?。」”\"'])\s*/\s?(?P<credit>[\p{Lu}][\p{L}\p{M} .&-]{1,30})$",
     False, ("/",)),
    # "... en el Congreso. Marcial Guillén (EFE)", "FOTO: MARCIAL GUILLÉN (EFE)": the photographer
    # before the agency is the credit's, after the caption's last sentence or alone on the line
    ("name-before-bracketed-agency",
     rf"^(?P<caption>(?:.{{0,500}}?[.!?…|。](?=\s))?)\s*(?:(?i:{_CREDIT_WORD})\s?[:：]\s?)?"
     rf"(?P<credit>{_FULL_NAME}\s?[(（](?:{_AGENCIES}|(?i:{_LONG_AGENCIES}))[)）])$", False, (")", "）")),
    # "... (Manu Fernandez/AP)", "(AP Photo/Evan Vucci)", "(Photo: AFP)", "(Foto: dpa)", "（新华社发）";
    # a name or an agency opens with a letter, so "(4.96/5 rating)" and "(4 hours/6 items)" are not credits
    ("parenthesised-credit", rf"^(?P<caption>.{{0,500}}?)\s{{0,10}}[(（\[]\s*(?P<credit>(?:(?i:{_CREDIT_WORD})\s?[:：/／]\s?[^()（）\[\]]{{1,60}}"
     # the label without a colon before an agency or a photographer and an agency: "(Photo AFP)"
     rf"|(?i:{_CREDIT_WORD})\s(?:{_AGENCIES}|{_NAME}\s?/\s?{_NAME})"
     # a photographer or an agency before the slash, or an agency after it: "(Jane Doe/Example
    # Times)", "(dpa/lby)", "(Kim/Reuters)"; not a pair of words, "(SPD/Grüne)", "(brutto/netto)"
    rf"|(?:{_FULL_NAME}|{_AGENCIES})\s?/\s?[^()（）\[\]/\d\s][^()（）\[\]/]{{1,29}}"
    rf"|[^()（）\[\]/\d][^()（）\[\]/]{{1,39}}/\s?(?:{_AGENCIES})"
     # an outlet's web address before the photographer: "(KOMPAS.com/Garry Lotulung)"
     rf"|{_DOMAIN}\s?/\s?{_FULL_NAME}"
     # a label and "by" or a credit phrase: "(Photo by Ray Castillo/The Valley Sentinel)", "(Photo courtesy of Harlan County)"
     rf"|(?:{'|'.join(_BY_CREDIT_WORDS)})\s{_FULL_NAME}(?:\s?/\s?{_NAME}|\sfor\s{_NAME})?"
     rf"|{_CREDIT_PHRASE}(?:{_AGENCIES}|{_NAME})"
     rf"|(?:{_BRACKETED_AGENCIES}|(?i:{_LONG_BRACKETED_AGENCIES}))(?: Photo)?(?:/[^()（）\[\]]{{2,40}})?"
     rf"|(?:{_WIRE_TAGS})(?: Photo|\s?/\s?[^()（）\[\]\s][^()（）\[\]]{{1,39}})"
     r"|新华社发|新華社發|[\p{Han}]{2,6}供图|[\p{Han}]{2,6}供圖))\s*[)）\]]$", False, (")", "）", "]")),
    # "... REUTERS/Jane Doe", "... Photograph: Jane Doe/Getty Images", "... Photo: AFP"; Antara
    # adds its editor's initials, "ANTARA FOTO/Hafidz Mubarak A/foc.". The agency's name is a word
    # of its own: "... led by the FAA/NTSB." names no AA.
    ("agency-slash-name",
     rf"^(?P<caption>.{{0,500}}?)\s*(?<![\p{{L}}\p{{N}}])(?P<credit>(?:{_AGENCIES})\s?/\s?{_NAME}(?:/\p{{Ll}}{{2,5}}\.?)?)$",
     False, _AGENCY_NAMES),
    # Le Monde's "… le 13 mars 2025. JULIEN DE ROSA / AFP": the photographer in capitals, then the agency
    ("capitals-slash-agency", rf"^(?P<caption>.{{10,500}}?[.!?。])\s(?:[-–—]\s)?(?P<credit>\p{{Lu}}[\p{{Lu}}\p{{M}}'’.\- ]{{2,40}}?\s?/\s?(?:{_AGENCIES}))$",
     False, ("/",)),
    # French regional papers: the agency or the paper, a dash, the photographer, after the caption's
    # last sentence or alone: "… contre les flammes. AFP - Lionel Bonaventure", "… Photo DDM - Clément
    # Roussel", "© AFP - Jane Doe". A paper's initials need the label or the sign: "PSG - Olympique
    # Lyonnais" names a football match.
    ("agency-dash-name",
     rf"^(?P<caption>(?:.{{0,500}}?[.!?…|।)）\]](?=\s))?)\s*(?:(?:(?:Photo|PHOTO|Crédit photo|Foto|FOTO)\s|©\s?)"
     rf"(?P<credit>(?:{_AGENCIES}|\p{{Lu}}[\p{{Lu}}\p{{N}}]{{1,7}})\s[-–]\s{_FULL_NAME})"
     rf"|(?P<credit>(?:{_AGENCIES})\s[-–]\s{_FULL_NAME}))$",
     False, (" - ", " – ")),
    # The label opens the line or follows the caption's last punctuation, and the credit is
    # short and is not a sentence: "… in Paris. Photo: AFP", not "… tightened credit: loans fell."
    # "Credit... Jane Doe/The Example Times" writes the label with an ellipsis.
    # Hindi ends the caption's sentence with a danda and may write the label with a dash, "…गुजरते
    # लोग। फोटो- पीटीआई"; a credit may end in its site's address, "Jan Kowalczyk / Agencja Wyborcza.pl".
    ("credit-label", rf"^(?P<caption>(?:.{{0,500}}?[.!?。।|)）\]–—-])?)\s*(?P<credit>{_CREDIT_WORD}\s?(?:by\s)?(?:[:：/／|]|\.{{3}}|…)"
     rf"\s?[^:：.!?。।…]{{2,60}}(?:{_DOMAIN_END})?\.?"
     # the dash label before a short credit, of three words at most ("फोटो - वीडियो …" is photos and videos)
     rf"|{_HINDI_DASH_LABEL}\s?(?!वीडियो)[^\s:：.!?。।…]{{1,20}}(?:\s[^\s:：.!?。।…]{{1,20}}){{0,2}}\.?)$", True,
     (":", "：", "/", "／", "|", "...", "…", "फोटो", "फ\u093cोटो", "\u095eोटो", "तस्वीर")),
    # The label without a colon, before an agency or "Name / Name": "... | Photo Le Télégramme /
    # Vincent Mouchel", "... | Photo AFP"; "Photo opportunities were few." is a sentence.
    ("credit-word-before-credit",
     rf"^(?P<caption>(?:.{{0,500}}?[.!?。।|)）\]–—-])?)\s*(?i:{_CREDIT_WORD})\s(?P<credit>(?:{_AGENCIES})|{_NAME}\s?/\s?{_NAME})$",
     False, ("/", *_AGENCY_NAMES)),
    # The label and "by" after the caption's last sentence, the photographer perhaps working for the
    # outlet: "… March 2026. Photograph by Jonah Reyes for The Example Review", "Photo by Jane Doe/Getty
    # Images". A sentence that ends "… a photograph by Ansel Adams." has no capital label after its stop.
    ("label-by-name",
     rf"^(?P<caption>(?:.{{0,500}}?[.!?|–—])?)\s*(?P<credit>(?:{'|'.join(_BY_CREDIT_WORDS)})\s{_FULL_NAME}"
     rf"(?:\s?/\s?{_NAME}|\sfor\s{_NAME})?|(?:Photo|Photograph|Image|Picture)s?\scourtesy(?:\sof)?\s{_NAME})$",
     False, (*_BY_CREDIT_WORDS, " courtesy ")),
    # The photographer for the outlet glued to the caption's last stop, the page having dropped the
    # space between two elements: "… in the keeper's house.Tomás Reyes for The Meridian". The stop
    # follows a word, not an initial ("the U.S.Army Corps for …").
    ("glued-name-for-outlet",
     rf"^(?P<caption>.{{10,500}}?(?:\p{{Ll}}{{2}}|\p{{N}}|[)\]])[.!?][\"”’']?)(?P<credit>{_FULL_NAME}\sfor\s{_NAME})$",
     False, (" for ",)),
    # Italian papers' label without a colon before the photographer, after the caption: "… in piazza
    # (foto Schicchi)", "… in piazza. Foto Schicchi"
    ("foto-name",
     rf"^(?P<caption>.{{10,500}}?)(?:\s{{0,3}}[(（]{_FOTO_LABEL}(?P<credit>{_FOTO_NAME})[)）]"
     rf"|(?<=[.!?…|–—-])\s{{1,3}}{_FOTO_LABEL}(?P<credit>{_FOTO_NAME}))$",
     False, ("foto ", "Foto ", "FOTO ")),
    # Polish "fot." before the photographer or the source, after a caption or alone: "… z ulicą
    # Sanocką. fot. UM Przemyśl", "Fot. Jan Nowak"
    ("fot-name",
     r"^(?P<caption>(?:.{10,500}?[.!?…|–—-])?)\s{0,3}[Ff]ot\.\s(?P<credit>\p{Lu}[\p{L}\p{M}'’.\-]{0,20}"
     r"(?:\s\p{Lu}[\p{L}\p{M}'’.\-]{0,20}){0,3})$",
     False, ("fot. ", "Fot. ")),
    # A French photographer for a paper, in capitals: "… le 4 février 2026. JEAN DUPONT POUR « LE JOURNAL »"
    ("capitals-pour-outlet",
     r"^(?P<caption>.{10,500}?[.!?])\s(?P<credit>\p{Lu}[\p{Lu}\p{M}'’.\- ]{2,40}?\sPOUR\s(?:«\s?[^«»]{2,40}?\s?»|\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}))$",
     False, (" POUR ",)),
    # A broadcaster's "(Outlet: Photographer)" after the caption's last sentence: "… in January.
    # (Example News: Jane Doe)". The sentence ends in a word, not an abbreviation ("Marebella Fish
    # Co. (Instructor: Anna Villano)" is an item of a list). Words that credit the text, "(Editing:
    # Jane Doe)", are no outlet, and a video's or a podcast's credit follows its description, which
    # is the page's text.
    ("bracketed-outlet-colon-name",
     rf"^(?P<caption>.{{10,500}}?(?:\p{{Ll}}{{2}}|\p{{N}}|[)\]])[.!?][\"”’']?)\s{{0,3}}"
     rf"\((?P<credit>(?!(?:{'|'.join(_TEXT_CREDIT_WORDS)})\b){_NAME}(?<!Video|Audio|Podcast):\s?{_FULL_NAME})\)$",
     False, (":",)),
    # "... © Иван Петров/ТАСС", "... © Jane Doe/Example Agency"
    ("copyright-sign-credit", r"^(?P<caption>.{10,500}?)\s*©\s?(?P<credit>[^©/]{2,40}/[^©/]{2,40})$", False, ("©",)),
    # an agency alone after the sign, "… fermé plusieurs week-ends au printemps. © Belga"
    ("copyright-sign-agency", rf"^(?P<caption>.{{10,300}}?[.!?])\s?©\s?(?P<credit>{_AGENCIES})$", False, ("©",)),
    # a photographer alone after the sign, "… soll das Parkhaus entstehen. © Sabine Kreuzer"
    ("copyright-sign-name", rf"^(?P<caption>.{{10,300}}?[.!?])\s?©\s?(?P<credit>{_NAME})$", False, ("©",)),
    # "图为……。新华社记者 李明 摄" and "（记者 张三 摄）"
    # Taiwan's CNA writes the picture's date after the credit, in the Minguo calendar:
    # "...。中央社記者鄭清元攝 114年3月15日"
    # and a file picture's mark before the slash: "…入伙。（資料圖片／黃志強攝）"
    ("chinese-photographer", r"^(?P<caption>.{0,500}?)\s*(?:[(（](?:[\p{Han}]{1,6}\s?[/／]\s?)?)?(?P<credit>(?:[\p{Han}]{2,8}(?:记者|記者|通讯员|通訊員))?\s?[\p{Han}·]{2,8}(?:\s[\p{Han}·]{2,8}){0,3})(?<!拍)\s?[摄攝][)）]?"
     r"(?:\s?\d{2,4}年\d{1,2}月\d{1,2}日)?$",
     False, ("摄", "攝")),
    # Japanese: the credit after "＝" ("...トランプ大統領＝ロイター", "＝AFP時事", "＝読売新聞社撮影",
    # "＝資料写真"), or in brackets at the end ("（ロイター＝共同）", "（同社提供）", "（資料写真）").
    # "1ドル＝150円" and "価格は１万円（税込み）。" name no one.
    ("japanese-equals-credit",
     rf"^(?P<caption>.{{2,500}}?)\s?[=＝]\s?(?:(?P<credit>{_JA_AGENCIES})|(?P<credit>{_JA_TAKEN_BY})(?:撮影|提供)|資料写真)$",
     False, ("=", "＝")),
    # the day and place first, then the photographer: "...首相＝15日午後、首相官邸、田中健一撮影"
    ("japanese-equals-photographer",
     r"^(?P<caption>.{2,500}?[=＝][^=＝]{1,60}?)、\s?(?P<credit>[^()（）=＝、。\s]{2,20}?)撮影$", False, ("撮影",)),
    # a caption without a credit, its day and place after "＝": "…を広げる旅館の女将＝11日、港町市本町",
    # "…の現場＝写真"
    ("japanese-equals-day",
     r"^(?P<caption>.{4,300}?)\s?[=＝]\s?(?:\d{1,2}日(?:午前|午後|夜|朝|未明)?(?:、[^=＝、。\s()（）]{1,20}){0,2}|写真)(?P<credit>)$",
     False, ("=", "＝")),
    # an Arabic archive picture, "ميناء جبل علي (أرشيفية)", "مقر المفاوضات في جدة - أرشيفية": no credit,
    # unless an agency follows the archive's mark, "(أرشيف - أ ف ب)", "(أرشيفية - وام)"
    ("arabic-archive",
     rf"^(?P<caption>.{{4,300}}?)\s?(?:[(（]\s?(?:صورة\s)?أرشيف(?:ية)?\s?[-–]\s?(?P<credit>{_AGENCIES})\s?[)）]"
     r"|[(（]\s?(?:صورة\s)?أرشيفية\s?[)）]|[-–]\s?(?:صورة\s)?أرشيفية)$",
     False, ("أرشيف",)),
    # a Chinese file picture, "乐龄人士可购买新的乐龄月票。（档案照）", "（资料图片）" (Japanese writes 資料写真): no credit
    ("chinese-file-photo",
     r"^(?P<caption>.{0,300}?)\s?[(（](?:档案|檔案|资料|資料)(?:照片?|图片?|圖片?)[)）](?P<credit>)$",
     False, ("档案", "檔案", "资料", "資料")),
    ("japanese-bracketed-credit",
     rf"^(?P<caption>.{{0,500}}?)\s?[(（](?:(?P<credit>{_JA_AGENCIES})|(?P<credit>{_JA_TAKEN_BY})(?:撮影|提供)|資料写真)[)）]$",
     False, (")", "）")),
    # Korean: Yonhap's pictures end with the day and the photographer's address,
    # "... 걷고 있다. 2025.3.15 kms@yna.co.kr" ("문의는 이메일(kms@yna.co.kr)로" is a sentence);
    ("korean-dated-email",
     rf"^(?P<caption>.{{2,500}}?\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?)\s{{1,3}}(?P<credit>{_EMAIL})$", False, ("@",)),
    # and a bracket at the end: "[연합뉴스 자료사진]", "(사진=연합뉴스)", "[AFP=연합뉴스]",
    # "[서울시 제공. 재판매 및 DB 금지]", or "/사진=뉴스1" or ". 사진=AP 연합뉴스" after the caption
    # ("사진=김민수 기자" alone).
    ("korean-credit",
     r"^(?P<caption>.{0,500}?)\s{0,3}(?:[\[(]\s?(?:사진\s?=\s?(?P<credit>[^\[\]()=]{2,30}?)"
     r"|(?P<credit>[^\[\]()=\d]{1,30}?)\s?(?:자료사진|제공(?:[.,]\s?[^\[\]()]{1,30})?)"
     r"|(?P<credit>[\p{L}\d]{1,12}=\p{Hangul}[\p{Hangul}\d]{1,11})(?:\s자료사진)?)\s?[\])]"
     r"|(?:\s?/\s?|^|(?<=[.!?。]\s{1,3}))사진\s?=\s?(?P<credit>[^/=]{2,30}))$", False, ("사진", "제공", "=")),
)
# A label left at the caption's end when the credit matched a shape of its own: "… в Подольске.
# Фото: РИА Новости / Илья Питалев" is "РИА Новости / Илья Питалев" after "Фото:".
# Likewise Xinhua's "…检查。新华社发（陈晓东 摄）": "新华社发" (sent by Xinhua) is not caption text;
# the credit is the photographer.
# Polish writes the label with a dot: "… w Warszawie. Fot. PAP/Leszek Szymański".
_LABEL_AT_END = regex.compile(
    rf"(?<!\s)\s*(?:(?i:{_CREDIT_WORD})\s?[:：]|(?<!\p{{L}})(?i:fot)\.|(?:新华社|新華社|中新社)(?:发|發))$"
)
_CAPTION_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern, regex.IGNORECASE if ignore_case else 0))
    for name, pattern, ignore_case, _ in _SHAPE_TABLE
)
# One search for any of a shape's telltales: a loop of ``in`` tests over every line cost more
# than the patterns it spares.
_TELLTALES = {
    name: regex.compile("|".join(regex.escape(mark) for mark in telltales)) for name, _, _, telltales in _SHAPE_TABLE
}

# A whole line that is only a credit: "Getty Images", "AFP", "Xinhua/Li Ming", "Image via Getty Images",
# and with the copyright sign German and French papers print, "© dpa", "© Ludovic Marin / AFP"
_CREDIT_ONLY = regex.compile(
    rf"^[(（]?(?:©\s?)?(?:(?:{_AGENCIES})(?:\s?/\s?(?:{_NAME}|{_AGENCIES}))?|(?<=©\s?){_NAME}\s?/\s?{_NAME}|{_NAME}\s?/\s?(?:{_AGENCIES})|(?:{_AGENCIES})(?: via {_NAME})?"
    rf"|{_CREDIT_PHRASE}(?:{_AGENCIES}|{_NAME}(?:\s?/\s?(?:{_AGENCIES}))?))[)）]?$"
)
_OPENS_WITH_CREDIT_PHRASE = regex.compile(_CREDIT_PHRASE)

# A caption printed under its label, without a credit: "Image caption Protesters march in Paris",
# "Pie de foto, Manifestantes en París" (the label as broadcasters' sites print it, in their languages:
# the BBC's Turkish, Indonesian, Vietnamese, Ukrainian, Hindi and Persian services too).
_CAPTION_LABELS = (
    "Image caption", "Media caption", "Photo caption", "Bildunterschrift", "Légende image", "Légende de l'image",
    "Pie de foto", "Legenda da foto", "Подпись к фото", "التعليق على الصورة", "图片说明", "圖片說明",
    "Fotoğraf altı yazısı", "Keterangan gambar", "Chụp lại hình ảnh", "Підпис до фото", "इमेज कैप्शन", "توضیح تصویر",
)
_LABELLED_CAPTION = regex.compile(
    rf"^(?:{'|'.join(regex.escape(label) for label in _CAPTION_LABELS)})"
    # after a bare space the caption opens like a sentence ("Image caption contests are ..." is one)
    rf"(?:\s?[,:،：]\s|\s(?=[\p{{Lu}}\p{{Lo}}\d\"“‘'«]))(?P<caption>\S.{{4,}})$"
)
_CREDIT_LABEL_PREFIX = regex.compile(
    rf"^(?:{_CREDIT_WORD}\s?(?:by\s)?(?:[:：/／|]|\.{{3}}|…)\s?|{_HINDI_DASH_LABEL}\s?|{_CREDIT_PHRASE}|(?:{'|'.join(_BY_CREDIT_WORDS)})\s"
    # the label without a colon, before an agency or "Name/Name": "Photo AFP", "Photo Le Télégramme/Vincent Mouchel"
    rf"|{_CREDIT_WORD}\s(?=(?-i:(?:{_AGENCIES})$|{_NAME}\s?/\s?{_NAME}$)))",
    regex.IGNORECASE,
)
# Kyodo and Jiji sign the story's text in brackets right after its last sentence ("…呼び掛けている。（共同）",
# a wire they pass on too, "…と報じた。（ロイター＝共同）"); a Japanese caption ends without 。
# ("…の現場＝18日午前、岐阜県関市（共同）").
_JA_SIGN_OFF = regex.compile(r"[。！？]\s?[(（][^()（）。]{0,12}?(?:共同|時事)(?:通信)?[)）]$")
# Agencies whose name in brackets credits a picture but also signs the story's text at the end of
# a paragraph: Belgium's, the Netherlands', Spain's and Italy's national agencies, and dpa and AFP,
# which German and French papers print the same way ("… pour la mi-janvier. (Belga)", "…, sagte
# er. (dpa)"). A caption with the same bracket is a short phrase ("Le Premier ministre. (Belga)"):
# after a sentence of _MIN_SIGNED_WORDS words or more the bracket signs the text.
_SIGNING_AGENCIES = ("Belga", "BELGA", "ANP", "EFE", "ANSA", "dpa", "AFP")
_SIGNED_PARAGRAPH = regex.compile(
    rf"[.!?…»“”\"']\s?[(（](?:{'|'.join(_SIGNING_AGENCIES)})(?:\s?/\s?\p{{Ll}}{{2,5}})?[)）]$"
)
_MIN_SIGNED_WORDS = 8
_ABBREVIATION_AT_END = regex.compile(r"[(（](?P<short>\p{L}{2,6})[)）]$")
_MAX_CAPTION_CHARS = 600
_MAX_CREDIT_ONLY_CHARS = 80
# Every caption shape ends in a bracket or 摄, or has a slash, a colon, an ellipsis or a label before
# "by" or "POUR", a dash between spaces, " for " or " courtesy ", Italian "foto" or a Hindi label:
# a line with none of these is passed over without running the patterns (most body lines, cheaply).
_CREDIT_ENDINGS = frozenset(")）]摄攝")
_CREDIT_MARKS = ("/", "／", ":", "：", "©", "...", "…", "=", "＝", "@", "摄", "攝", "أرشيف", " POUR ", *_BY_CREDIT_WORDS,
                 " - ", " – ", " for ", " courtesy ", "foto ", "Foto ", "FOTO ", "fot. ", "Fot. ", "फोटो", "फ\u093cोटो", "\u095eोटो", "तस्वीर")
_CREDIT_MARK = regex.compile("|".join(regex.escape(mark) for mark in _CREDIT_MARKS))


def find_credit(stripped: str) -> CreditMatch | None:
    """The caption/credit split of ``stripped`` if the line carries a photo credit, else ``None``."""
    if len(stripped) > _MAX_CAPTION_CHARS or len(stripped) < 2:
        return None
    if stripped.startswith(_CAPTION_LABELS) and (labelled := _LABELLED_CAPTION.match(stripped)):
        return find_credit(labelled.group("caption")) or CreditMatch(labelled.group("caption"), "", "caption-label")
    if (stripped[-1] not in _CREDIT_ENDINGS and not _CREDIT_MARK.search(stripped)
            and not stripped.endswith(_AGENCY_NAMES)):
        return CreditMatch("", clean_credit(stripped), "credit-only") if _is_credit_only(stripped) else None
    if _is_credit_only(stripped):
        return CreditMatch("", clean_credit(stripped.strip("()（）")), "credit-only")
    if _ends_with_its_abbreviation(stripped) or _JA_SIGN_OFF.search(stripped) or _signs_paragraph(stripped):
        return None
    for name, pattern in _CAPTION_SHAPES:
        if not _TELLTALES[name].search(stripped):
            continue
        found = pattern.match(stripped)
        if found:
            caption = (found.groupdict().get("caption") or "").strip().rstrip(" |·•-–—=＝©").strip()
            caption = _LABEL_AT_END.sub("", caption)
            return CreditMatch(caption, clean_credit(found.group("credit") or ""), name)
    return None


def _signs_paragraph(stripped: str) -> bool:
    """Whether an agency's bracket signs the paragraph ``stripped`` ends: "… est déjà programmée pour
    la mi-janvier. (Belga)" (a full sentence of :data:`_MIN_SIGNED_WORDS` words or more before it)."""
    found = _SIGNED_PARAGRAPH.search(stripped) if stripped[-1] in ")）" else None
    return found is not None and len(stripped[: found.start() + 1].split()) >= _MIN_SIGNED_WORDS


def _ends_with_its_abbreviation(stripped: str) -> bool:
    """Whether the bracket that ends ``stripped`` holds the initials of the words before it:
    "Certified Financial Planner (CFP)" spells a name out, it credits no agency."""
    found = _ABBREVIATION_AT_END.search(stripped) if stripped[-1] in ")）" else None
    if not found:
        return False
    short = found.group("short")
    words = [word for word in regex.split(r"[\s\-]+", stripped[: found.start()]) if word]
    return len(words) >= len(short) and "".join(word[0] for word in words[-len(short):]).casefold() == short.casefold()


def _is_credit_only(stripped: str) -> bool:
    """Whether the whole line is a credit: "Getty Images", "AFP", "Xinhua/Li Ming"."""
    # Without a slash, only a line that opens with an agency's name or a credit phrase can be one
    # (few lines do).
    opening = stripped.lstrip("(（").removeprefix("©").lstrip()
    if stripped in _NOT_CREDIT_ALONE or (opening != stripped and opening.rstrip(")）") in _WIRE_TAG_NAMES):
        return False  # "(PAP)" alone signs the story's text
    if "/" not in stripped and not opening.startswith(_AGENCY_NAMES) and not _OPENS_WITH_CREDIT_PHRASE.match(opening):
        return False
    return len(stripped) <= _MAX_CREDIT_ONLY_CHARS and _CREDIT_ONLY.match(stripped) is not None


def clean_credit(credit: str) -> str:
    """The credit without its label ("Photo: AFP" -> "AFP") and surrounding punctuation."""
    credit = credit.strip().lstrip("|(（[©").strip().rstrip(")）]").strip()
    # a bracket opened inside the credit stays closed: "Marcial Guillén (EFE)"
    for opening, closing in ("()", "（）", "[]"):
        if credit.count(opening) > credit.count(closing):
            credit += closing
    without_label = _CREDIT_LABEL_PREFIX.sub("", credit)
    cleaned = (without_label or credit).strip(" .;,")
    return cleaned.removeprefix("©").lstrip() or cleaned
