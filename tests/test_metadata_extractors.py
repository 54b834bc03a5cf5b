"""The metadata extractors, one by one, on hand-written lines in several languages.

Every extractor gets positive cases (the line shapes it promises to read, with the expected
result written out by hand) and negative cases (body sentences of the same look that it must
leave alone). The last tests check how ``metadata.py`` assembles the Article's fields.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Caption, Dateline
from newsclean.bylines import Byline, find_byline, name_alone, name_and_date
from newsclean.classify import claim_lines
from newsclean.credits import CreditMatch, find_credit
from newsclean.datelines import find_dateline
from newsclean.dates import find_date, find_dates
from newsclean.language import detect_language
from newsclean.titles import Title, find_title, without_site_name

# --------------------------------------------------------------------------------------------
# Credits and captions
# --------------------------------------------------------------------------------------------

CAPTIONS: list[tuple[str, str, str, str]] = [
    # a Japanese caption with its day and place after "＝" and no credit; a Vietnamese graphic's credit
    ("港町の魅力を海外に広げる旅館の女将＝11日、港町市本町", "港町の魅力を海外に広げる旅館の女将", "",
     "japanese-equals-day"),
    ("被災地の現場＝写真", "被災地の現場", "", "japanese-equals-day"),
    # an Arabic archive picture: no credit; a French caption, a dash, then the credit in capitals
    ("ميناء جبل علي (أرشيفية)", "ميناء جبل علي", "", "arabic-archive"),
    ("مقر المفاوضات السابقة في جدة - أرشيفية", "مقر المفاوضات السابقة في جدة", "", "arabic-archive"),
    ("Un véhicule de gendarmerie. - PHILIPPE HUGUEN / AFP", "Un véhicule de gendarmerie.", "PHILIPPE HUGUEN / AFP",
     "capitals-slash-agency"),
    ("Sơ đồ tuyến cao tốc mới. Đồ họa: Minh Anh", "Sơ đồ tuyến cao tốc mới.", "Minh Anh", "credit-label"),
    # (line, caption, credit, rule)
    (
        "Tourists walk across Tower Bridge in London, England, March 15, 2025. /VCG",
        "Tourists walk across Tower Bridge in London, England, March 15, 2025.",
        "VCG",
        "slash-agency-suffix",
    ),
    (
        "A worker checks solar panels at a plant in Hefei, east China's Anhui Province, March 14, 2025. /Xinhua",
        "A worker checks solar panels at a plant in Hefei, east China's Anhui Province, March 14, 2025.",
        "Xinhua",
        "slash-agency-suffix",
    ),
    (
        "Protesters march through central Madrid on Saturday. (Manu Fernandez/AP)",
        "Protesters march through central Madrid on Saturday.",
        "Manu Fernandez/AP",
        "parenthesised-credit",
    ),
    (
        "President Joe Biden speaks in the East Room of the White House. (AP Photo/Evan Vucci)",
        "President Joe Biden speaks in the East Room of the White House.",
        "AP Photo/Evan Vucci",
        "parenthesised-credit",
    ),
    (
        "A man walks past a closed shop in Lagos, Nigeria, March 3, 2025. REUTERS/Jane Doe",
        "A man walks past a closed shop in Lagos, Nigeria, March 3, 2025.",
        "REUTERS/Jane Doe",
        "agency-slash-name",
    ),
    (
        "Firefighters battle a blaze in Los Angeles on Tuesday. Photograph: Jane Doe/Getty Images",
        "Firefighters battle a blaze in Los Angeles on Tuesday.",
        "Jane Doe/Getty Images",
        "credit-label",
    ),
    (
        "Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin. Foto: dpa",
        "Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin.",
        "dpa",
        "credit-label",
    ),
    (
        "وزير البيئة والمياه والزراعة خلال حفل الإطلاق في الرياض. (أ ف ب)",
        "وزير البيئة والمياه والزراعة خلال حفل الإطلاق في الرياض.",
        "أ ف ب",
        "parenthesised-credit",
    ),
    (
        "Una simulazione del Ponte sullo Stretto di Messina (ansa)",
        "Una simulazione del Ponte sullo Stretto di Messina",
        "ansa",
        "parenthesised-credit",
    ),
    (
        "Il ministro durante la conferenza stampa a Palazzo Chigi (foto: Imagoeconomica)",
        "Il ministro durante la conferenza stampa a Palazzo Chigi",
        "Imagoeconomica",
        "parenthesised-credit",
    ),
    (
        "Lors d’une manifestation contre la réforme de l’assurance-chômage, à Paris, le 13 mars 2025. "
        "JULIEN DE ROSA / AFP",
        "Lors d’une manifestation contre la réforme de l’assurance-chômage, à Paris, le 13 mars 2025.",
        "JULIEN DE ROSA / AFP",
        "capitals-slash-agency",
    ),
    (
        "3月13日，工作人员在福厦高铁泉州南站进行设备检查。新华社发（陈晓东 摄）",
        "3月13日，工作人员在福厦高铁泉州南站进行设备检查。",
        "陈晓东",
        "chinese-photographer",
    ),
    (
        "Пассажиры на платформе станции МЦД-2 в Подольске. Фото: РИА Новости / Илья Питалев",
        "Пассажиры на платформе станции МЦД-2 в Подольске.",
        "РИА Новости / Илья Питалев",
        "agency-slash-name",
    ),
    (
        "Le président Emmanuel Macron à l'Élysée, le 15 mars 2025. (Photo : AFP)",
        "Le président Emmanuel Macron à l'Élysée, le 15 mars 2025.",
        "AFP",
        "parenthesised-credit",
    ),
    (
        "图为3月15日在北京举行的新闻发布会现场。新华社记者 李明 摄",
        "图为3月15日在北京举行的新闻发布会现场。",
        "新华社记者 李明",
        "chinese-photographer",
    ),
    (
        "總統賴清德15日出席活動並致詞。（中央社記者陳怡君攝）",
        "總統賴清德15日出席活動並致詞。",
        "中央社記者陳怡君",
        "chinese-photographer",
    ),
    (
        "Президент России Владимир Путин во время встречи в Кремле. © Иван Петров/ТАСС",
        "Президент России Владимир Путин во время встречи в Кремле.",
        "Иван Петров/ТАСС",
        "copyright-sign-credit",
    ),
    (
        "متظاهرون في ميدان التحرير بالقاهرة يوم الجمعة. (تصوير: محمود حسن)",
        "متظاهرون في ميدان التحرير بالقاهرة يوم الجمعة.",
        "محمود حسن",
        "parenthesised-credit",
    ),
    # A caption under a broadcaster's caption label: the label goes, and there is no credit
    # unless the caption carries one.
    (
        "Image caption Firefighters worked through the night to contain the blaze near the harbour",
        "Firefighters worked through the night to contain the blaze near the harbour",
        "",
        "caption-label",
    ),
    (
        "Pie de foto, Miles de personas se manifestaron el sábado en el centro de Madrid.",
        "Miles de personas se manifestaron el sábado en el centro de Madrid.",
        "",
        "caption-label",
    ),
    (
        "Legenda da foto, Manifestantes em Lisboa no sábado (Foto: Reuters)",
        "Manifestantes em Lisboa no sábado",
        "Reuters",
        "parenthesised-credit",
    ),
    # the photographer before the agency's bracket is the credit's, not the caption's (El País)
    (
        "El presidente del Gobierno, Pedro Sánchez, este miércoles en el Congreso. Marcial Guillén (EFE)",
        "El presidente del Gobierno, Pedro Sánchez, este miércoles en el Congreso.",
        "Marcial Guillén (EFE)",
        "name-before-bracketed-agency",
    ),
    # a label without a colon, before an agency or "Name / Name"
    (
        "Le port de commerce de Brest, mardi matin. | Photo Le Télégramme / Vincent Mouchel",
        "Le port de commerce de Brest, mardi matin.",
        "Le Télégramme / Vincent Mouchel",
        "credit-word-before-credit",
    ),
    (
        "Le maire de Brest devant l'hôtel de ville (Photo AFP)",
        "Le maire de Brest devant l'hôtel de ville",
        "AFP",
        "parenthesised-credit",
    ),
    (
        "Le maire de Brest devant l'hôtel de ville. (Photo Le Télégramme/Vincent Mouchel)",
        "Le maire de Brest devant l'hôtel de ville.",
        "Le Télégramme/Vincent Mouchel",
        "parenthesised-credit",
    ),
    # Japanese: the credit after "＝", or in brackets at the end
    (
        "記者会見する米国のトランプ大統領＝ロイター",
        "記者会見する米国のトランプ大統領",
        "ロイター",
        "japanese-equals-credit",
    ),
    ("被災地を視察する首相＝共同", "被災地を視察する首相", "共同", "japanese-equals-credit"),
    (
        "ホワイトハウスで演説するバイデン大統領＝AP",
        "ホワイトハウスで演説するバイデン大統領",
        "AP",
        "japanese-equals-credit",
    ),
    ("パリ中心部をデモ行進する人たち＝AFP時事", "パリ中心部をデモ行進する人たち", "AFP時事", "japanese-equals-credit"),
    ("完成した新しい国立競技場＝読売新聞社撮影", "完成した新しい国立競技場", "読売新聞社", "japanese-equals-credit"),
    (
        "記者会見する石破首相＝15日午後、首相官邸、田中健一撮影",
        "記者会見する石破首相＝15日午後、首相官邸",
        "田中健一",
        "japanese-equals-photographer",
    ),
    ("東京・霞が関の財務省（資料写真）", "東京・霞が関の財務省", "", "japanese-bracketed-credit"),
    (
        "打ち上げられたＨ３ロケット（ＪＡＸＡ提供）",
        "打ち上げられたＨ３ロケット",
        "ＪＡＸＡ",
        "japanese-bracketed-credit",
    ),
    (
        "記者会見するトランプ大統領（ロイター＝共同）",
        "記者会見するトランプ大統領",
        "ロイター＝共同",
        "japanese-bracketed-credit",
    ),
    # Taiwan's CNA: the picture's date in the Minguo calendar after the credit
    (
        "立法院15日舉行院會，行政院長卓榮泰列席備詢。中央社記者鄭清元攝 114年3月15日",
        "立法院15日舉行院會，行政院長卓榮泰列席備詢。",
        "中央社記者鄭清元",
        "chinese-photographer",
    ),
    # Korean: Yonhap's dated photographer's address, and the brackets at the end
    (
        "(서울=연합뉴스) 김민수 기자 = 15일 오후 서울 중구 명동 거리를 시민들이 걷고 있다. 2025.3.15 kms@yna.co.kr",
        "(서울=연합뉴스) 김민수 기자 = 15일 오후 서울 중구 명동 거리를 시민들이 걷고 있다. 2025.3.15",
        "kms@yna.co.kr",
        "korean-dated-email",
    ),
    ("정부세종청사 전경 [연합뉴스 자료사진]", "정부세종청사 전경", "연합뉴스", "korean-credit"),
    (
        "15일 서울 광화문광장에서 시민들이 걷고 있다. (사진=연합뉴스)",
        "15일 서울 광화문광장에서 시민들이 걷고 있다.",
        "연합뉴스",
        "korean-credit",
    ),
    ("기자회견하는 트럼프 대통령 [AFP=연합뉴스]", "기자회견하는 트럼프 대통령", "AFP=연합뉴스", "korean-credit"),
    ("서울시청 전경 [서울시 제공. 재판매 및 DB 금지]", "서울시청 전경", "서울시", "korean-credit"),
    (
        "윤석열 대통령이 국무회의에서 발언하고 있다. /사진=뉴스1",
        "윤석열 대통령이 국무회의에서 발언하고 있다.",
        "뉴스1",
        "korean-credit",
    ),
    # Polish "Fot." with a dot, Turkish, Indonesian (Antara adds its editor's initials), Vietnamese,
    # Ukrainian, Czech, Swedish, Dutch "Beeld" without a colon, Hindi, Persian, Hebrew, Greek
    (
        "Premier Donald Tusk podczas konferencji prasowej w Warszawie. Fot. PAP/Leszek Szymański",
        "Premier Donald Tusk podczas konferencji prasowej w Warszawie.",
        "PAP/Leszek Szymański",
        "agency-slash-name",
    ),
    (
        "Cumhurbaşkanı Erdoğan, Beştepe'de basın toplantısı düzenledi. (Fotoğraf: AA)",
        "Cumhurbaşkanı Erdoğan, Beştepe'de basın toplantısı düzenledi.",
        "AA",
        "parenthesised-credit",
    ),
    (
        "Presiden Prabowo Subianto di Istana Merdeka, Jakarta, Senin (1/12/2025). ANTARA FOTO/Hafidz Mubarak A/foc.",
        "Presiden Prabowo Subianto di Istana Merdeka, Jakarta, Senin (1/12/2025).",
        "ANTARA FOTO/Hafidz Mubarak A/foc",
        "agency-slash-name",
    ),
    (
        "Ketua DPR memimpin rapat paripurna di Senayan (ANTARA FOTO/Dhemas Reviyanto)",
        "Ketua DPR memimpin rapat paripurna di Senayan",
        "ANTARA FOTO/Dhemas Reviyanto",
        "parenthesised-credit",
    ),
    (
        "Thủ tướng phát biểu tại hội nghị. Ảnh: Nhật Bắc",
        "Thủ tướng phát biểu tại hội nghị.",
        "Nhật Bắc",
        "credit-label",
    ),
    (
        "Президент України під час зустрічі в Києві. Фото: Укрінформ",
        "Президент України під час зустрічі в Києві.",
        "Укрінформ",
        "credit-label",
    ),
    (
        "Premiér Petr Fiala na tiskové konferenci v Praze. Foto: ČTK / Michal Kamaryt",
        "Premiér Petr Fiala na tiskové konferenci v Praze.",
        "ČTK / Michal Kamaryt",
        "agency-slash-name",
    ),
    (
        "Statsminister Ulf Kristersson på presskonferensen i Stockholm. Foto: Anders Wiklund/TT",
        "Statsminister Ulf Kristersson på presskonferensen i Stockholm.",
        "Anders Wiklund/TT",
        "credit-label",
    ),
    (
        "De premier tijdens het debat in de Tweede Kamer. Beeld ANP",
        "De premier tijdens het debat in de Tweede Kamer.",
        "ANP",
        "credit-word-before-credit",
    ),
    (
        "प्रधानमंत्री नरेंद्र मोदी नई दिल्ली में एक कार्यक्रम के दौरान। (फोटो: पीटीआई)",
        "प्रधानमंत्री नरेंद्र मोदी नई दिल्ली में एक कार्यक्रम के दौरान।",
        "पीटीआई",
        "parenthesised-credit",
    ),
    (
        "Prime Minister Narendra Modi during an event in New Delhi. (PTI Photo)",
        "Prime Minister Narendra Modi during an event in New Delhi.",
        "PTI Photo",
        "parenthesised-credit",
    ),
    ("رئیس جمهور در جلسه هیئت دولت. عکس: ایرنا", "رئیس جمهور در جلسه هیئت دولت.", "ایرنا", "credit-label"),
    (
        "ראש הממשלה בישיבת הממשלה בירושלים. צילום: יונתן זינדל, פלאש 90",
        "ראש הממשלה בישיבת הממשלה בירושלים.",
        "יונתן זינדל, פלאש 90",
        "credit-label",
    ),
    ("Ο πρωθυπουργός στη Βουλή. Φωτ.: EUROKINISSI", "Ο πρωθυπουργός στη Βουλή.", "EUROKINISSI", "credit-label"),
    # the BBC's caption label in its Turkish, Indonesian, Vietnamese, Ukrainian, Hindi and Persian services
    (
        "Fotoğraf altı yazısı, Protestocular cumartesi günü İstanbul'da yürüdü",
        "Protestocular cumartesi günü İstanbul'da yürüdü",
        "",
        "caption-label",
    ),
    (
        "Keterangan gambar, Ribuan warga berunjuk rasa di Jakarta pada hari Sabtu",
        "Ribuan warga berunjuk rasa di Jakarta pada hari Sabtu",
        "",
        "caption-label",
    ),
    (
        "Chụp lại hình ảnh, Người biểu tình tuần hành ở Hà Nội hôm thứ Bảy",
        "Người biểu tình tuần hành ở Hà Nội hôm thứ Bảy",
        "",
        "caption-label",
    ),
    (
        "Підпис до фото, Протестувальники пройшли центром Києва в суботу",
        "Протестувальники пройшли центром Києва в суботу",
        "",
        "caption-label",
    ),
    (
        "इमेज कैप्शन, दिल्ली में शनिवार को प्रदर्शनकारियों ने मार्च निकाला",
        "दिल्ली में शनिवार को प्रदर्शनकारियों ने मार्च निकाला",
        "",
        "caption-label",
    ),
    ("توضیح تصویر، معترضان روز شنبه در تهران راهپیمایی کردند", "معترضان روز شنبه در تهران راهپیمایی کردند", "",
     "caption-label"),
    # French regional papers: the agency or the paper's initials, a dash, the photographer
    ("Les pompiers ont lutté pendant plusieurs heures contre les flammes. AFP - Lionel Bonaventure",
     "Les pompiers ont lutté pendant plusieurs heures contre les flammes.", "AFP - Lionel Bonaventure",
     "agency-dash-name"),
    ("Le maire lors du conseil municipal, lundi soir. Photo DDM - Clément Roussel",
     "Le maire lors du conseil municipal, lundi soir.", "DDM - Clément Roussel", "agency-dash-name"),
    ("La place du Capitole sous la neige. © AFP - Jane Doe", "La place du Capitole sous la neige.",
     "AFP - Jane Doe", "agency-dash-name"),
    # the photographer for the outlet glued to the caption's last stop
    ("June Cushing's log books, kept since 1987, fill two shelves in the keeper's house.Tomás Reyes for The Meridian",
     "June Cushing's log books, kept since 1987, fill two shelves in the keeper's house.",
     "Tomás Reyes for The Meridian", "glued-name-for-outlet"),
    ("The keeper's house at dawn.Credit...Tomás Reyes for The Meridian", "The keeper's house at dawn.",
     "Tomás Reyes for The Meridian", "credit-label"),
    # Hindi: a danda before the label, and the label with a dash
    ("दिल्ली में बारिश के बीच सड़क से गुजरते लोग। फोटो: पीटीआई", "दिल्ली में बारिश के बीच सड़क से गुजरते लोग।", "पीटीआई",
     "credit-label"),
    ("दिल्ली में बारिश के बीच सड़क से गुजरते लोग। फोटो- पीटीआई", "दिल्ली में बारिश के बीच सड़क से गुजरते लोग।", "पीटीआई",
     "credit-label"),
    # an outlet's web address before the photographer in brackets, or ending the credit
    ("Warga melintas di kawasan Sudirman, Jakarta, Senin (3/3/2025). (KOMPAS.com/Garry Lotulung)",
     "Warga melintas di kawasan Sudirman, Jakarta, Senin (3/3/2025).", "KOMPAS.com/Garry Lotulung",
     "parenthesised-credit"),
    ("Ratownicy TOPR w akcji (zdjęcie ilustracyjne) | Foto: Jan Kowalczyk / Agencja Wyborcza.pl",
     "Ratownicy TOPR w akcji (zdjęcie ilustracyjne)", "Jan Kowalczyk / Agencja Wyborcza.pl", "credit-label"),
    # "Photo by" and "Photo courtesy of" in brackets, or after the caption's sentence
    ("Firefighters work at the scene on Tuesday. (Photo by Ray Castillo/The Valley Sentinel)",
     "Firefighters work at the scene on Tuesday.", "Ray Castillo/The Valley Sentinel", "parenthesised-credit"),
    ("The old courthouse on Main Street. (Photo courtesy of Harlan County)", "The old courthouse on Main Street.",
     "Harlan County", "parenthesised-credit"),
    ("The old courthouse on Main Street. Photo courtesy of Harlan County", "The old courthouse on Main Street.",
     "Harlan County", "label-by-name"),
    # Italian "foto" without a colon before the photographer
    ("Il sindaco durante la cerimonia in piazza (foto Schicchi)", "Il sindaco durante la cerimonia in piazza",
     "Schicchi", "foto-name"),
    ("Il sindaco durante la cerimonia in piazza. Foto Schicchi", "Il sindaco durante la cerimonia in piazza.",
     "Schicchi", "foto-name"),
    # a Japanese day and place after "＝", then the photographer's bracket
    ("満開の桜を楽しむ人たちでにぎわう公園。夜には花火も上がっていた＝4日、沢井町中央（佐藤健撮影）",
     "満開の桜を楽しむ人たちでにぎわう公園。夜には花火も上がっていた＝4日、沢井町中央", "佐藤健",
     "japanese-bracketed-credit"),
    # a Hong Kong file picture's mark before the photographer
    ("新落成的公屋屋苑本月起陸續入伙。（資料圖片／黃志強攝）", "新落成的公屋屋苑本月起陸續入伙。", "黃志強",
     "chinese-photographer"),
]

CREDIT_LINES: list[tuple[str, str, str]] = [
    # (line, credit, rule): a credit alone on its line, so the caption is empty
    ("Getty Images", "Getty Images", "credit-only"),
    ("AFP", "AFP", "credit-only"),
    ("REUTERS/Jane Doe", "REUTERS/Jane Doe", "credit-only"),
    ("Xinhua/Li Ming", "Xinhua/Li Ming", "credit-only"),
    ("AFP via Getty Images", "AFP via Getty Images", "credit-only"),
    ("Image copyright Getty Images", "Getty Images", "credit-only"),
    ("Photo courtesy of Jane Doe", "Jane Doe", "credit-only"),
    ("Image via Reuters", "Reuters", "credit-only"),
    # German and French papers print the copyright sign before the credit
    ("© dpa", "dpa", "credit-only"),
    ("© Ludovic Marin / AFP", "Ludovic Marin / AFP", "credit-only"),
    ("© picture alliance / dpa", "picture alliance / dpa", "credit-only"),
    ("(© AFP)", "AFP", "credit-only"),
    ("圖／路透社", "路透社", "credit-label"),
    ("© Hauptstadtspiegel/Katrin Fehr", "Hauptstadtspiegel/Katrin Fehr", "credit-only"),
    ("Europa Press", "Europa Press", "credit-only"),
    ("Bild: © Michael Kappeler/dpa", "Michael Kappeler/dpa", "credit-label"),
    ("Photo: AFP", "AFP", "credit-label"),
    ("Image Credit: Getty", "Getty", "credit-label"),
    ("Credit...Doug Mills/The New York Times", "Doug Mills/The New York Times", "credit-label"),
    ("Foto: dpa", "dpa", "credit-label"),
    ("Photograph: Jane Doe/Getty Images", "Jane Doe/Getty Images", "credit-label"),
    ("Main image credit: Getty", "Getty", "credit-label"),
    ("Featured image: NASA/JPL-Caltech", "NASA/JPL-Caltech", "credit-label"),
    ("Symbolbild: picture alliance/dpa", "picture alliance/dpa", "credit-label"),
    ("(Photo : AFP)", "AFP", "parenthesised-credit"),
    ("(Image credit: Future/Blue Origin)", "Future/Blue Origin", "parenthesised-credit"),
    ("(تصوير: محمود حسن)", "محمود حسن", "parenthesised-credit"),
    ("Bildrechte: BR/Tobias Kern", "BR/Tobias Kern", "credit-label"),
    ("Crédito: Reuters", "Reuters", "credit-label"),
    ("（中央社記者陳怡君攝）", "中央社記者陳怡君", "chinese-photographer"),
    ("(Photo AFP)", "AFP", "parenthesised-credit"),
    ("Marcial Guillén (EFE)", "Marcial Guillén (EFE)", "name-before-bracketed-agency"),
    ("FOTO: MARCIAL GUILLÉN (EFE)", "MARCIAL GUILLÉN (EFE)", "name-before-bracketed-agency"),
    ("[연합뉴스 자료사진]", "연합뉴스", "korean-credit"),
    ("사진=김민수 기자", "김민수 기자", "korean-credit"),
    # the credit words and agencies of more languages
    ("fot. PAP/Leszek Szymański", "PAP/Leszek Szymański", "agency-slash-name"),
    ("Zdjęcie: PAP/Radek Pietruszka", "PAP/Radek Pietruszka", "agency-slash-name"),
    ("PAP", "PAP", "credit-only"),
    ("Fotoğraf: Ahmet Yılmaz / AA", "Ahmet Yılmaz / AA", "credit-label"),
    ("Ahmet Yılmaz/AA", "Ahmet Yılmaz/AA", "credit-only"),
    ("ANTARA FOTO/Hafidz Mubarak A", "ANTARA FOTO/Hafidz Mubarak A", "credit-only"),
    ("(Ảnh: TTXVN)", "TTXVN", "parenthesised-credit"),
    ("Фото: УНІАН", "УНІАН", "credit-label"),
    ("Foto: ČTK", "ČTK", "credit-label"),
    ("Anders Wiklund/TT", "Anders Wiklund/TT", "credit-only"),
    ("Beeld: ANP", "ANP", "credit-label"),
    ("फोटो: PTI", "PTI", "credit-label"),
    ("तस्वीर: ANI", "ANI", "credit-label"),
    ("(PTI Photo)", "PTI Photo", "parenthesised-credit"),
    ("عکس: ایسنا", "ایسنا", "credit-label"),
    ("(عکس: تسنیم)", "تسنیم", "parenthesised-credit"),
    ("(צילום: רויטרס)", "רויטרס", "parenthesised-credit"),
    ("צילום: Flash90", "Flash90", "credit-label"),
    ("Φωτογραφία: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ", "credit-label"),
    ("(ΦΩΤΟ: EUROKINISSI)", "EUROKINISSI", "parenthesised-credit"),
    ("© AFP - Lionel Bonaventure", "AFP - Lionel Bonaventure", "agency-dash-name"),
    ("Photo DDM - Clément Roussel", "DDM - Clément Roussel", "agency-dash-name"),
    ("फोटो- पीटीआई", "पीटीआई", "credit-label"),
    ("(WARTAKINI.com/ADITYA NUGROHO)", "WARTAKINI.com/ADITYA NUGROHO", "parenthesised-credit"),
    ("Image: Rebecca Edwards, Move.org", "Rebecca Edwards, Move.org", "credit-label"),
]

NOT_CREDITS: list[str] = [
    "The company said in a statement: profits rose 5% in the quarter.",
    "He spoke with AP reporters on Monday about the deal.",
    "Their image source: a blurry phone video (taken at night)",
    "The cover photo: it shows the president at the summit in Paris.",
    "The company makes chips known as integrated circuits (ic)",
    "Prices fell 3%/year over the decade, the report said.",
    "WASHINGTON (AP) — The Senate voted on Tuesday to approve the bill.",
    # the site's own copyright line, and a sign before a name alone, are not a picture's credit
    "© 2026 Le Journal",
    "© Jane Doe",
    # a colon after a credit word used in its ordinary sense
    "The central bank tightened credit: loans to small firms fell 4% in March.",
    "Die Umfrage zeichnet ein gemischtes Bild: Viele Befragte sind mit der Regierung unzufrieden.",
    # a slash after an agency name inside a sentence (the Reuters/Ipsos poll)
    "Most Americans disapprove of the tariffs, according to a Reuters/Ipsos poll completed on Tuesday.",
    "Der Minister sagte: Die Lage an der Grenze bleibt angespannt.",
    "Le ministre a précisé : « Les images diffusées sont authentiques. »",
    "El ministro dijo: «No habrá más recortes en sanidad».",
    "他表示：这一政策将于明年1月1日起正式实施。",
    "Министр заявил: решение будет принято до конца месяца.",
    "The 24/7 hotline received more than 1,200 calls on Monday.",
    # a rating or a duration in brackets, with a slash
    "Top Local Mover in NY: Seka Moving (4.96/5 rating)",
    "Career Essentials in Generative AI by Microsoft and LinkedIn (4-5 hours/6 items)",
    # an ellipsis in a sentence
    "Prices rose... Analysts: no change is expected before the spring.",
    # a credit phrase opening a sentence
    "Image copyright rules were tightened by the European Parliament on Tuesday.",
    "Photo courtesy of the family shows the missing hiker on the summit last summer.",
    "Image caption contests have become a favourite pastime of the newsroom's social media team.",
    "Legenda urbana sobre o túnel secreto volta a circular nas redes sociais.",
    "Image caption",
    # a credit word opening a sentence, without a colon
    "Photo opportunities were few.",
    "Photo opportunities were few",
    # an abbreviation in brackets after the words it stands for, not an agency's credit
    "Certified Financial Planner (CFP)",
    # Japanese brackets and "＝" in sentences
    "価格は１万円（税込み）。",
    "価格は１万円（税込み）",
    "円相場は1ドル＝150円台で推移した",
    "価格は1万円＝税込み",
    # Korean: an address in a sentence, a statistic, an amount given
    "문의는 이메일(kms@yna.co.kr)로 하면 된다.",
    "연구 대상자는 모두 500명이었다(n=500)",
    "교통비 (1인당 5만원 제공)",
    # a national agency alone in brackets signs the story's text, not a picture; and alone on a
    # line two capitals are a text-size button
    "Rząd przyjął projekt ustawy w poniedziałek, a opozycja zapowiedziała poprawki do projektu. (PAP)",
    "(PAP)",
    "Cumhurbaşkanı Erdoğan kabine toplantısının ardından açıklama yaptı. (AA)",
    "AA",
    "TT",
    # a short agency's letters inside a word or an abbreviation spelled out
    "The probe into the crash was led by the FAA/NTSB.",
    "Docosahexaenoic acid (DHA)",
    "Polska Agencja Prasowa (PAP)",
    "a meeting of Alcoholics Anonymous (AA)",
    # credit words in their ordinary sense
    "Het is een somber beeld: de economie krimpt voor het derde kwartaal op rij.",
    "Fotoğraf çekmek müzenin bu bölümünde yasaktır.",
    "Ảnh hưởng của bão số 3: hàng nghìn hộ dân bị mất điện.",
    "Hubungan antara kedua negara terus membaik (antara)",
    # a dash between two names that are no agency and no labelled paper: a match, a headline
    "Le match s'est terminé sur un nul. PSG - Olympique Lyonnais",
    "Le dossier sera examiné lundi. Le Monde - Jean Dupont",
    "Photo-realistic images of the new stadium were released on Monday",
    # Hindi "फोटो-वीडियो" (photos and videos) is a compound word; after a dash a sentence or a long phrase
    "फोटो-वीडियो वायरल हो रहे हैं",
    "फोटो - वीडियो सोशल मीडिया पर वायरल हो गए हैं।",
    "फोटो - वीडियो सोशल मीडिया पर वायरल",
    # "for" after an initial's stop, a site's name ending a sentence, a path in brackets
    "He served for years in the U.S.Army Corps for Engineers",
    "Więcej informacji na stronie Gazeta.pl",
    "Read the full report on our website (example.com/privacy)",
    # "photo courtesy of" inside a sentence; "foto" before a name inside a sentence or a page's section
    "He shared a photo courtesy of Jane Doe with reporters.",
    "Il sindaco ha mostrato le foto Schicchi",
    "Tutte le immagini della serata. Foto Gallery",
    # 拍摄 (to shoot) ends a sentence, it names no photographer
    "他们这个月在北京/上海拍摄",
]


@pytest.mark.parametrize(("line", "caption", "credit", "rule"), CAPTIONS)
def test_caption_line_splits_into_caption_and_credit(line: str, caption: str, credit: str, rule: str) -> None:
    assert find_credit(line) == CreditMatch(caption, credit, rule)


@pytest.mark.parametrize(("line", "credit", "rule"), CREDIT_LINES)
def test_credit_only_line_has_empty_caption(line: str, credit: str, rule: str) -> None:
    assert find_credit(line) == CreditMatch("", credit, rule)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_body_sentence_is_not_a_caption(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize("line", ["", "A", "x" * 601 + " /VCG"])
def test_too_short_or_too_long_line_is_not_a_caption(line: str) -> None:
    assert find_credit(line) is None


# --------------------------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------------------------

BYLINES: list[tuple[str, list[str], str | None, str]] = [
    # (line, authors, date, rule)
    ("By Jane Doe", ["Jane Doe"], None, "byline.opening-word"),
    # upper-case bylines are read; the names are kept as written
    ("BY JANE DOE", ["JANE DOE"], None, "byline.opening-word"),
    ("By Jane Doe and John Smith, Reuters", ["Jane Doe", "John Smith"], None, "byline.opening-word"),
    ("By Jane Doe, Staff Writer", ["Jane Doe"], None, "byline.opening-word"),
    ("By Jane Doe, March 15, 2025 10:42 AM", ["Jane Doe"], "2025-03-15T10:42", "byline.opening-word"),
    ("Von Anna Schmidt", ["Anna Schmidt"], None, "byline.opening-word"),
    ("Von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"], None, "byline.opening-word"),
    ("Par Marie Dupont", ["Marie Dupont"], None, "byline.opening-word"),
    ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"], None, "byline.opening-word"),
    ("Por Carlos García", ["Carlos García"], None, "byline.opening-word"),
    ("Por Carlos García y Ana López", ["Carlos García", "Ana López"], None, "byline.opening-word"),
    ("Di Mario Rossi", ["Mario Rossi"], None, "byline.opening-word"),
    # Italian writes its "di" in lower case; a role or the outlet after the names ends them
    ("di Marco Rossi", ["Marco Rossi"], None, "byline.opening-word"),
    ("Par Jean Dupont, correspondant à Bruxelles", ["Jean Dupont"], None, "byline.opening-word"),
    ("Por Ana Souza, g1 RS — Porto Alegre", ["Ana Souza"], None, "byline.opening-word"),
    ("Von Anna Müller und Peter Schmidt, SWR", ["Anna Müller", "Peter Schmidt"], None, "byline.opening-word"),
    ("Door Jan de Vries", ["Jan de Vries"], None, "byline.opening-word"),
    ("Автор: Иван Петров", ["Иван Петров"], None, "byline.opening-word"),
    ("Авторы: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"], None, "byline.opening-word"),
    ("作者：张三", ["张三"], None, "byline.opening-word"),
    ("记者 王小明", ["王小明"], None, "byline.opening-word"),
    ("本报记者 李华", ["李华"], None, "byline.opening-word"),
    # an outlet before 记者, and a US chain paper's address and name after a bar
    ("湃动新闻记者 陈静", ["陈静"], None, "byline.opening-word"),
    # Arabic labels with a dash or of an interview, a Chinese outlet's reporter and intern after
    # "文｜", a source before 作者, German and French kinds of piece, a place after the name
    ("كتب- أحمد السيد:", ["أحمد السيد"], None, "byline.opening-word"),
    ("حوار: ياسين بنعلي", ["ياسين بنعلي"], None, "byline.opening-word"),
    ("文｜经纬财经记者 周敏 实习记者 黄一帆", ["周敏", "黄一帆"], None, "byline.opening-word"),
    ("本文来源：南岭晚报 作者：陈思远", ["陈思远"], None, "byline.opening-word"),
    ("Ein Kommentar von Konrad Althaus, Berlin", ["Konrad Althaus"], None, "byline.opening-word"),
    ("Article rédigé par Hélène Marchetti", ["Hélène Marchetti"], None, "byline.opening-word"),
    # a correspondent after the reporter, Taiwan's place of the report, "文：" before the name
    ("本报记者 刘畅 通讯员 张磊", ["刘畅", "张磊"], None, "byline.opening-word"),
    ("記者林志明／台北報導", ["林志明"], None, "byline.opening-word"),
    ("文：山田太郎", ["山田太郎"], None, "byline.opening-word"),
    # people and their agency, without a byline word (not a place and its agency)
    ("Tomáš Novotný, Jana Dvořáková, ČTK", ["Tomáš Novotný", "Jana Dvořáková"], None, "byline.names-and-agency"),
    # the writer's role in brackets after the name
    ("Par Claire Dubosc (Chercheuse en informatique)", ["Claire Dubosc"], None, "byline.opening-word"),
    ("By Megan Callahan | mcallahan@fairviewcourier.com | Fairview Courier", ["Megan Callahan"], None,
     "byline.opening-word"),
    ("文／陳怡君", ["陳怡君"], None, "byline.opening-word"),
    ("كتب: أحمد الخطيب", ["أحمد الخطيب"], None, "byline.opening-word"),
    ("كتب: أحمد الخطيب وسارة محمد", ["أحمد الخطيب", "سارة محمد"], None, "byline.opening-word"),
    # a name that starts with the letter waw (Wael) is one name, not "and" + a name
    ("كتب: وائل عبد الله", ["وائل عبد الله"], None, "byline.opening-word"),
    ("بقلم: سارة محمد", ["سارة محمد"], None, "byline.opening-word"),
    ("Associated Press November 19, 2019, 9:02 AM", ["Associated Press"], "2019-11-19T09:02", "byline.agency-and-date"),
    ("Reuters March 15, 2025", ["Reuters"], "2025-03-15", "byline.agency-and-date"),
    # WordPress's post line, and a date with its label after the names
    ("Posted on December 18, 2025 by John Scalzi", ["John Scalzi"], "2025-12-18", "byline.opening-word"),
    ("Posted on December 18, 2025 Posted by John Scalzi 59 Comments", ["John Scalzi"], "2025-12-18",
     "byline.opening-word"),
    ("By Jeff Cobb. Last Updated on December 11, 2025", ["Jeff Cobb"], "2025-12-11", "byline.opening-word"),
    ("Par Jean Dupont Publié le 15 mars 2025 à 18h30", ["Jean Dupont"], "2025-03-15T18:30", "byline.opening-word"),
    ("Von Anna Müller, aktualisiert am 14.03.2025", ["Anna Müller"], "2025-03-14", "byline.opening-word"),
    ("Reporting by Jane Doe; Editing by John Smith", [], None, "byline.contributors"),
    ("Additional reporting by Anna Schmidt in Berlin", [], None, "byline.contributors"),
    ("Jane Doe in Washington contributed reporting to this report.", [], None, "byline.contributors"),
    ("Keith Bradsher contributed reporting from Hong Kong.", [], None, "byline.contributors"),
    ("Associated Press writers Alan Fram, Zeke Miller and Lolita Baldor contributed to this report.", [], None,
     "byline.contributors"),
    # Korean: the role after the names; a place or an outlet before "=", an address after
    ("김민수 기자", ["김민수"], None, "byline.korean-role"),
    ("김민수·이영희 기자", ["김민수", "이영희"], None, "byline.korean-role"),
    ("김민수ㆍ이영희 기자", ["김민수", "이영희"], None, "byline.korean-role"),
    ("김민수 기자 kms@yna.co.kr", ["김민수"], None, "byline.korean-role"),
    ("김민수 기자(kms@yna.co.kr)", ["김민수"], None, "byline.korean-role"),
    ("워싱턴=김민수 특파원", ["김민수"], None, "byline.korean-role"),
    ("[헤럴드경제=김민수 기자]", ["김민수"], None, "byline.korean-role"),
    ("[이데일리 김민수 기자]", ["김민수"], None, "byline.korean-role"),
    ("이영희 선임기자", ["이영희"], None, "byline.korean-role"),
    ("박서준 객원기자", ["박서준"], None, "byline.korean-role"),
    ("정수진 논설위원", ["정수진"], None, "byline.korean-role"),
    ("김민수 사진기자", ["김민수"], None, "byline.korean-role"),
    # Japanese: the name before 記者, or after a columnist's title or a bureau
    ("田中健一記者", ["田中健一"], None, "byline.japanese-role"),
    ("政治部 田中健一記者", ["田中健一"], None, "byline.japanese-role"),
    ("編集委員 田中健一", ["田中健一"], None, "byline.japanese-role"),
    ("編集委員　田中健一", ["田中健一"], None, "byline.japanese-role"),
    ("論説委員・山田花子", ["山田花子"], None, "byline.japanese-role"),
    ("ワシントン支局 田中健一", ["田中健一"], None, "byline.japanese-role"),
    ("北京支局長 佐藤 陽介", ["佐藤 陽介"], None, "byline.japanese-role"),
    # Dutch, Polish, Turkish, Indonesian, Vietnamese, Ukrainian, Czech, Swedish, Hindi, Persian,
    # Hebrew and Greek openings, their words for "and", and their date labels after the names
    ("Door Sanne Bakker en Pieter de Vries", ["Sanne Bakker", "Pieter de Vries"], None, "byline.opening-word"),
    ("Door Sanne Bakker · Gepubliceerd op 2 december 2026, 14:30", ["Sanne Bakker"], "2026-12-02T14:30",
     "byline.opening-word"),
    ("Tekst: Sanne Bakker", ["Sanne Bakker"], None, "byline.opening-word"),
    ("Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"], None, "byline.opening-word"),
    ("Autorka: Anna Nowak", ["Anna Nowak"], None, "byline.opening-word"),
    ("Autor: Jan Kowalski, PAP", ["Jan Kowalski"], None, "byline.opening-word"),
    ("Yazan: Ahmet Yılmaz ve Ayşe Demir", ["Ahmet Yılmaz", "Ayşe Demir"], None, "byline.opening-word"),
    ("Haber: Mehmet Kaya | Yayınlanma: 02.12.2026 14:30", ["Mehmet Kaya"], "2026-12-02T14:30",
     "byline.opening-word"),
    ("Oleh Budi Santoso dan Siti Rahayu", ["Budi Santoso", "Siti Rahayu"], None, "byline.opening-word"),
    ("Oleh: Budi Santoso", ["Budi Santoso"], None, "byline.opening-word"),
    ("Pewarta: Budi Santoso", ["Budi Santoso"], None, "byline.opening-word"),
    ("Penulis: Siti Rahayu | Diterbitkan 2 Desember 2026", ["Siti Rahayu"], "2026-12-02", "byline.opening-word"),
    ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"], None, "byline.opening-word"),
    ("Bài và ảnh: Trần Thị Bình", ["Trần Thị Bình"], None, "byline.opening-word"),
    ("Bài: Nguyễn Văn An và Lê Hoàng Nam", ["Nguyễn Văn An", "Lê Hoàng Nam"], None, "byline.opening-word"),
    ("Tác giả: Nguyễn Văn An - Cập nhật: 02/12/2026 14:30", ["Nguyễn Văn An"], "2026-12-02T14:30",
     "byline.opening-word"),
    ("Автор: Олена Коваленко", ["Олена Коваленко"], None, "byline.opening-word"),
    ("Автори: Олена Коваленко і Андрій Шевченко", ["Олена Коваленко", "Андрій Шевченко"], None,
     "byline.opening-word"),
    ("Автор: Олена Коваленко та Андрій Шевченко", ["Олена Коваленко", "Андрій Шевченко"], None,
     "byline.opening-word"),
    ("Авторка: Мар'яна Дем'янчук", ["Мар'яна Дем'янчук"], None, "byline.opening-word"),
    ("Autor: Jan Novák, ČTK", ["Jan Novák"], None, "byline.opening-word"),
    ("Autoři: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"], None, "byline.opening-word"),
    ("Av Anna Lindqvist och Erik Johansson", ["Anna Lindqvist", "Erik Johansson"], None, "byline.opening-word"),
    ("Av Anna Lindqvist Publicerad 2 december 2026 14.30", ["Anna Lindqvist"], "2026-12-02T14:30",
     "byline.opening-word"),
    ("लेखक: राम शर्मा", ["राम शर्मा"], None, "byline.opening-word"),
    ("लेखक: राम शर्मा और सीमा वर्मा", ["राम शर्मा", "सीमा वर्मा"], None, "byline.opening-word"),
    ("द्वारा राम शर्मा", ["राम शर्मा"], None, "byline.opening-word"),
    ("نویسنده: علی رضایی", ["علی رضایی"], None, "byline.opening-word"),
    ("خبرنگار: مریم احمدی و علی رضایی", ["مریم احمدی", "علی رضایی"], None, "byline.opening-word"),
    ("نویسنده: علی\u200cاکبر محمدی", ["علی\u200cاکبر محمدی"], None, "byline.opening-word"),
    ("מאת יוסי כהן", ["יוסי כהן"], None, "byline.opening-word"),
    ("מאת יוסי כהן ודנה לוי", ["יוסי כהן", "דנה לוי"], None, "byline.opening-word"),
    # a name that starts with the letter vav (Vered) is one name
    ("מאת ורד כהן", ["ורד כהן"], None, "byline.opening-word"),
    ("Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"], None, "byline.opening-word"),
    ("Της Μαρίας Νικολάου", ["Μαρίας Νικολάου"], None, "byline.opening-word"),
    ("Του Γιώργου Παπαδόπουλου και της Μαρίας Νικολάου", ["Γιώργου Παπαδόπουλου", "Μαρίας Νικολάου"], None,
     "byline.opening-word"),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"], None, "byline.opening-word"),
]

NOT_BYLINES: list[str] = [
    "كتب الرئيس رسالة إلى البرلمان.",
    "Berlin, dpa",
    "The minister told reporters in Berlin, AFP",
    "新华社记者获悉，今年以来全国铁路发送旅客超过40亿人次。",
    "本报记者日前从有关部门获悉",
    "By the end of the year, prices had doubled.",
    "By Monday, the talks had collapsed.",
    "Von Montag an gilt die neue Regel für alle Bürger.",
    "Par ailleurs, le gouvernement a annoncé une réforme.",
    "Por su parte, el ministro rechazó las críticas.",
    "Di fronte alla crisi, il governo ha deciso di intervenire.",
    "Door de regen werd de wedstrijd afgelast.",
    # "Автор" and "كتب" are also ordinary words at the start of a sentence
    "Автор исследования отмечает, что цены выросли.",
    "كتب الرئيس رسالة إلى البرلمان.",
    "记者从市教育局获悉，今年全市将新建学校20所。",
    "Associated Press reporters were not allowed into the briefing on Monday.",
    "The Associated Press contributed to the costs of the investigation, the court heard on Friday.",
    "Investors contributed $5 million to the fund from their own savings.",
    "Published by the ministry on Monday, the report said prices rose.",
    "di fronte alla crisi il governo ha deciso di intervenire",
    "DIY",
    "DIMENSIONS",
    # 기자 and 記者 inside a sentence, or naming a desk or an outlet
    "국토부 장관은 기자들에게 말했다",
    "기자회견은 오후 3시에 열린다",
    "사회부 기자",
    # a photographer's credit (photo_credit, above)
    "사진=김민수 기자",
    "記者会見で述べた。",
    "首相は記者団に語った",
    "共同通信記者",
    "新人記者",
    "北京支局 開設へ",
    "ワシントン支局 閉鎖",
    "編集委員会の議論",
    # the byline words of more languages as ordinary words opening a sentence or a heading
    "Oleh karena itu, pemerintah akan menaikkan harga BBM bulan depan.",
    "Oleh sebab itu",
    "Autor tekstu podkreśla, że ceny wzrosły o pięć procent.",
    "Haber: Ankara'da yeni düzenleme yürürlüğe girdi",
    "Автор дослідження зазначає, що ціни зросли.",
    "Av de 500 tillfrågade svarade hälften ja.",
    "Του έδωσαν το βραβείο στην Αθήνα.",
    "Της Κυριακής",
    "Της Ελλάδας τα παιδιά",
    "מאת הרמטכ\"ל נמסר כי התרגיל יימשך שבועיים.",
    "लेखक ने अपनी नई किताब में गांव के जीवन का वर्णन किया है।",
    "نویسنده این کتاب در تهران زندگی می‌کند.",
    "Tác giả của cuốn sách là một nhà báo lâu năm.",
    "Bài học từ cuộc khủng hoảng",
    # Czech "a" (and) parts two names of two words, not a name and a place (Italian "a", in)
    "di Marco Rossi a Roma",
]


@pytest.mark.parametrize(("line", "authors", "date", "rule"), BYLINES)
def test_byline_names_its_authors(line: str, authors: list[str], date: str | None, rule: str) -> None:
    assert find_byline(line) == Byline(authors, date, rule)


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_sentence_opening_with_a_byline_word_is_not_a_byline(line: str) -> None:
    assert find_byline(line) is None


def test_overlong_line_is_not_a_byline() -> None:
    assert find_byline("By Jane Doe " + "x" * 160) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Priya Nair", Byline(["Priya Nair"], None, "byline.name-beside-date")),
        ("Анна Смирнова", Byline(["Анна Смирнова"], None, "byline.name-beside-date")),
        ("Politics", None),
        ("הממשלה אישרה את התקציב", None),
        ("सरकार ने बजट पेश किया", None),
        ("قیمت‌ها افزایش یافت", None),
        # Arabic names alone are read
        ("أحمد الخطيب", Byline(["أحمد الخطيب"], None, "byline.name-beside-date")),
        ("The Millbrook Gazette", None),
        # two people of two words each joined by a word; not three, nor words joined by a comma or
        # "&", which as often join a name and a role or two title-case phrases, nor longer phrases
        ("Jane Doe and John Smith", Byline(["Jane Doe", "John Smith"], None, "byline.name-beside-date")),
        ("Anna Schmidt und Jonas Weber", Byline(["Anna Schmidt", "Jonas Weber"], None, "byline.name-beside-date")),
        # names with particles count their capitalised words only
        ("Marieke de Boer en Thijs van Leeuwen",
         Byline(["Marieke de Boer", "Thijs van Leeuwen"], None, "byline.name-beside-date")),
        ("Jane Doe, John Smith, Ann Lee", None),
        ("Megan Lloyd, Chris Oduya", None),
        ("Mike Marshall, Shipping Expert", None),
        ("Social Media & Community Expert", None),
        ("Electrical Safety Tips and Best Practices", None),
        ("Science and Technology", None),
        ("A very long line that is certainly not a name", None),
        # buttons, section names, labels and greetings in title case are not people
        ("View All", None),
        ("Popular Posts", None),
        ("Order Now", None),
        ("Related Tags:", None),
        ("Filed Under:", None),
        ("Hi Prince,", None),
        ("Mehr Nachrichten", None),
        ("Google News'te Takip Et", None),
        ("WhatsApp Kanalımıza Katıl", None),
        ("Haber Merkezi", None),
        ("New Delhi", None),
        ("Add To Cart", None),
        ("First Name", None),
        # names that are also words stay names, and so do names joined by a word
        ("Jean Dupont et Marie Martin", Byline(["Jean Dupont", "Marie Martin"], None, "byline.name-beside-date")),
        ("Rita Ora", Byline(["Rita Ora"], None, "byline.name-beside-date")),
        ("Sara Brown", Byline(["Sara Brown"], None, "byline.name-beside-date")),
        ("Summer Swann", Byline(["Summer Swann"], None, "byline.name-beside-date")),
        ("Grant Page", Byline(["Grant Page"], None, "byline.name-beside-date")),
    ],
)
def test_name_alone(line: str, expected: Byline | None) -> None:
    assert name_alone(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nguyễn Văn An 02/12/2026", Byline(["Nguyễn Văn An"], "2026-12-02", "byline.name-and-date")),
        # the weekday after a dash is the date's
        ("Олена Коваленко — Вівторок, 2 грудня 2025, 13:47",
         Byline(["Олена Коваленко"], "2025-12-02T13:47", "byline.name-and-date")),
        # a weekday of two words, or a date's label, is no name; nor, without a byline word, are
        # Hebrew, Hindi or Persian words, which have no capitals to tell a name from a headline
        ("דנה לוי 2 בדצמבר 2026", None),
        ("राम शर्मा 2 दिसंबर 2026", None),
        ("Thứ Tư 02/12/2026", None),
        ("Chủ Nhật 02/12/2026", None),
        ("سه شنبه ۲ دسامبر ۲۰۲۶", None),
        ("יום רביעי 2 בדצמבר 2026", None),
        ("תאריך פרסום 2 בדצמבר 2026", None),
        ("प्रकाशित तिथि 2 दिसंबर 2026", None),
        ("منتشر شده ۲ دسامبر ۲۰۲۶", None),
        ("نشر في 2/12/2026", None),
        ("Actualizado al 02/12/2026 11:45", None),
    ],
)
def test_name_and_date(line: str, expected: Byline | None) -> None:
    found = find_date(line, time_anywhere=True)
    assert found is not None
    assert name_and_date(line, found) == expected


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

DATES: list[tuple[str, bool, str]] = [
    # (text, time_anywhere, iso)
    ("2025-03-15", False, "2025-03-15"),
    # a British day with its ordinal
    ("Published 6th Dec 2026, 17:12 GMT", False, "2026-12-06T17:12"),
    ("Tuesday 9th December 2026", False, "2026-12-09"),
    # Czech spaces the numeric date; Indonesian shortens Agustus to Agu
    ("Aktualizováno 2. 12. 2025 11:02", False, "2025-12-02T11:02"),
    ("Selasa, 12 Agu 2025 14:35 WIB", False, "2025-08-12T14:35"),
    ("2025/03/15 14:32", False, "2025-03-15T14:32"),
    ("2025-03-15T08:05:59", False, "2025-03-15T08:05"),
    ("2025年3月15日 10:21", False, "2025-03-15T10:21"),
    ("2025年3月15日 10時21分", False, "2025-03-15T10:21"),
    ("March 15, 2025 10:42 AM GMT", False, "2025-03-15T10:42"),
    ("Mar. 15, 2025", False, "2025-03-15"),
    ("Updated March 15, 2025, 12:05 a.m. ET", False, "2025-03-15T00:05"),
    ("March 15, 2025 at 3:30 p.m.", False, "2025-03-15T15:30"),
    ("Published 6:15 p.m. ET March 14, 2025", True, "2025-03-14T18:15"),
    # without time_anywhere the time before the date is not read
    ("Published 6:15 p.m. ET March 14, 2025", False, "2025-03-14"),
    ("15. März 2025, 14:30 Uhr", False, "2025-03-15T14:30"),
    ("15 mars 2025", False, "2025-03-15"),
    ("Publié le 15 mars 2025 à 09:12", False, "2025-03-15T09:12"),
    ("15 de marzo de 2025", False, "2025-03-15"),
    ("15 de marzo de 2025 a las 10:30", False, "2025-03-15T10:30"),
    ("15 marzo 2025", False, "2025-03-15"),
    ("15 марта 2025", False, "2025-03-15"),
    ("السبت 15 مارس 2025 - 10:30 ص", True, "2025-03-15T10:30"),
    ("السبت 15 مارس 2025 - 10:30 م", True, "2025-03-15T22:30"),
    ("15.03.2025", False, "2025-03-15"),
    ("15.03.2025г.", False, "2025-03-15"),
    ("03/15/2025", False, "2025-03-15"),
    ("04/03/2025", False, "2025-03-04"),
    ("Posted 04/03/2025 um 18:45", False, "2025-03-04T18:45"),
    # a published and an updated date on one line: the first is the published date, and the
    # second date's "15.03" is not a time; a time written just before the update is the update's
    ("Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025", True, "2025-03-14"),
    ("Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025 um 10:12", True, "2025-03-14"),
    ("Publié le 15 mars 2025 à 18h30, modifié le 16 mars 2025 à 08h12", True, "2025-03-15T18:30"),
    ("13:47 15.03.2025 (обновлено: 16:20 15.03.2025)", True, "2025-03-15T13:47"),
    ("15.03.2025 (обновлено: 16:20 16.03.2025)", True, "2025-03-15"),
    ("15.03.2025 (обновлено: 16:20 15.03.2025)", True, "2025-03-15"),
    # the same day written twice, the second time with its time: one stamp, not an update
    ("Aug 08, 2006 #1 2006-08-08T22:13+00:00", True, "2006-08-08T22:13"),
    ("2025-10-30T10:45:07-04:00", True, "2025-10-30T10:45"),
    ("نشر في 15 مارس 2025 الساعة 10:30 بتوقيت مكة المكرمة", False, "2025-03-15T10:30"),
    # a date, then a separator, then its time
    ("15.03.2025 - 14:30", False, "2025-03-15T14:30"),
    ("2025-03-15 | 09:05", False, "2025-03-15T09:05"),
    ("15 марта 2025 г. в 14:30", False, "2025-03-15T14:30"),
    ("15 marzo 2025 alle ore 10.30", False, "2025-03-15T10:30"),
    # morning / afternoon written before the time in Chinese, Japanese and Korean
    ("2025年3月15日 下午2:32", False, "2025-03-15T14:32"),
    ("2025-03-15 上午12:05", False, "2025-03-15T00:05"),
    ("2025年3月15日 午後2時32分", False, "2025-03-15T14:32"),
    ("2025年3月15日(土) 14:32", False, "2025-03-15T14:32"),
    ("2025-03-15 오후 2:32", False, "2025-03-15T14:32"),
    ("2025.03.15 오전 9:05", False, "2025-03-15T09:05"),
    ("发布时间：2025-03-15 下午2:32", True, "2025-03-15T14:32"),
    # Korean
    ("2025년 3월 15일", False, "2025-03-15"),
    ("2025년 3월 15일 (토) 오후 2시 32분", False, "2025-03-15T14:32"),
    ("입력 2025.03.15. 오후 2:32", False, "2025-03-15T14:32"),
    ("입력 2025.03.15 14:32", False, "2025-03-15T14:32"),
    ("2025. 3. 15. 14:32", False, "2025-03-15T14:32"),
    # digits of other scripts: Arabic-Indic, full-width
    ("١٥ مارس ٢٠٢٥", False, "2025-03-15"),
    ("２０２５年３月１５日", False, "2025-03-15"),
    # months of more languages
    ("15 Mart 2025 14:30", False, "2025-03-15T14:30"),
    ("Opublikowano: 15 marca 2025, 14:30", False, "2025-03-15T14:30"),
    ("15 березня 2025", False, "2025-03-15"),
    ("15 Maret 2025 10:30 WIB", False, "2025-03-15T10:30"),
    ("Publicado el 15 mar 2025", False, "2025-03-15"),
    ("2025. március 15.", False, "2025-03-15"),
    ("15 جانفي 2025", False, "2025-01-15"),
    # Vietnamese: a weekday, then the date in numbers; the month by its number, "năm" (year)
    ("Thứ Tư, 02/12/2026 14:30", False, "2026-12-02T14:30"),
    ("Thứ tư, 2/12/2026, 14:30 (GMT+7)", False, "2026-12-02T14:30"),
    ("ngày 2 tháng 12 năm 2026", False, "2026-12-02"),
    ("2 thg 12, 2026", False, "2026-12-02"),
    ("Cập nhật 14h30 ngày 2/12/2026", True, "2026-12-02T14:30"),
    # Hebrew, with or without the ב (in) before the month; Hindi, in Latin or Devanagari digits
    ("2 דצמבר 2026", False, "2026-12-02"),
    ("יום רביעי, 2 בדצמבר 2026, 14:30", False, "2026-12-02T14:30"),
    ("2 दिसंबर 2026", False, "2026-12-02"),
    ("२ दिसम्बर २०२६", False, "2026-12-02"),
    ("मंगलवार, 02 दिसंबर 2025, 10:30 AM IST", False, "2025-12-02T10:30"),
    # Greek in capitals, without accents
    ("2 ΔΕΚΕΜΒΡΙΟΥ 2026", False, "2026-12-02"),
    ("Τετάρτη 2 Δεκεμβρίου 2026, 14:30", False, "2026-12-02T14:30"),
    ("Gepubliceerd op 2 december 2026 om 14:30", False, "2026-12-02T14:30"),
    ("Publicerad 2 december 2026 kl. 14.30", False, "2026-12-02T14:30"),
    ("Publikováno: 2. prosince 2026 14:30", False, "2026-12-02T14:30"),
    ("Selasa, 02 Desember 2026 14:30 WIB", False, "2026-12-02T14:30"),
    ("Опубліковано: 2 грудня 2026, 14:30", False, "2026-12-02T14:30"),
    # a two-digit year, day first with dots, with a time right after it or behind a date label
    ("פורסם: 02.12.26, 09:15", False, "2026-12-02T09:15"),
    ("02.12.26, 09:15", False, "2026-12-02T09:15"),
    ("2.12.26 09:15", False, "2026-12-02T09:15"),
    ("עודכן: 02.12.26", False, "2026-12-02"),
    ("Veröffentlicht am 02.12.26 um 09:15", False, "2026-12-02T09:15"),
    ("Updated 2.12.26", False, "2026-12-02"),
    ("01.01.99 12:00", False, "1999-01-01T12:00"),
    # abbreviated months: Indonesian Des, Turkish, Czech (with the day's dot), Greek
    ("Rabu, 02 Des 2026 09:12 WIB", False, "2026-12-02T09:12"),
    ("2. des. 2026", False, "2026-12-02"),
    ("2 Ara 2026 14:30", False, "2026-12-02T14:30"),
    ("2 Kas 2026", False, "2026-11-02"),
    ("02 Şub 2026", False, "2026-02-02"),
    ("15 Eyl 2025", False, "2025-09-15"),
    ("2. pro 2026", False, "2026-12-02"),
    ("15. bře 2025", False, "2025-03-15"),
    ("02 Δεκ 2026, 09:15", False, "2026-12-02T09:15"),
    ("02 ΔΕΚ. 2026", False, "2026-12-02"),
    ("2 Μάι 2026", False, "2026-05-02"),
    ("15 Αύγ 2025", False, "2025-08-15"),
    # Solar Hijri (Jalali) dates of Iran and Afghanistan, converted to Gregorian
    ("۱۱ آذر ۱۴۰۵ - ۱۴:۳۰", False, "2026-12-02T14:30"),
    ("11 آذر 1405 - 14:30", False, "2026-12-02T14:30"),
    ("۱۱ آذر ۱۴۰۵، ۱۴:۳۰", False, "2026-12-02T14:30"),
    ("سه‌شنبه ۱۱ آذرماه ۱۴۰۵ ساعت ۱۴:۳۰", False, "2026-12-02T14:30"),
    ("تاریخ انتشار: ۱۴:۳۰ - ۱۱ آذر ۱۴۰۵", True, "2026-12-02T14:30"),
    ("۱۴۰۵/۰۹/۱۱ - ۱۴:۳۰", False, "2026-12-02T14:30"),
    ("۱ فروردین ۱۴۰۳", False, "2024-03-20"),
    ("1 فروردین 1404", False, "2025-03-21"),
    ("۳۰ اسفند ۱۴۰۳", False, "2025-03-20"),
    ("۲۹ اسفند ۱۴۰۴", False, "2026-03-20"),
    ("۲۲ بهمن ۱۴۰۲", False, "2024-02-11"),
    ("۱۳ آبان ۱۳۵۸", False, "1979-11-04"),
    ("11 قوس 1405", False, "2026-12-02"),
    ("۱۲ ثور ۱۴۰۴", False, "2025-05-02"),
    # Gregorian months in Persian, with the Persian comma before the time
    ("۲ دسامبر ۲۰۲۶، ۱۴:۳۰", False, "2026-12-02T14:30"),
]

NOT_DATES: list[str] = [
    "Call 2025-99-99",
    "Room 12/34",
    "The meeting will be held in March.",
    "March 2025",
    "February 30, 2025",
    "2025-02-29",
    "32.01.2025",
    "13/13/2025",
    "The ceasefire began at 10:30 on the border.",
    "No date in this line at all.",
    # "2025. 3. 15" is a date only with the dot after the day, as Korean writes it
    "In 2025. 3. 15 people were hurt.",
    "2025년 13월 15일",
    "下午2:32",
    # Vietnamese "in the 11 months of 2025" and a month and year without a day
    "Trong 11 tháng năm 2025, kim ngạch xuất khẩu tăng 15%.",
    "tháng 12 năm 2026",
    "בדצמבר 2026",
    # a two-digit year alone, a version, an invalid day or time
    "1.12.26",
    "Version 1.12.26 released",
    "v2.12.26 10:30",
    "192.168.12.26 10:30",
    "31.02.26, 09:15",
    "02.12.26, 25:15",
    # words that are also month abbreviations elsewhere: French des, English Pro, Portuguese tem
    "Parmi les 3 des 2000 candidats, 12 des 2020 inscrits",
    "Le prix des 12 2025 produits",
    "iPhone 15 Pro 2023",
    "Compatible with Airpods Pro 3 2025 Case",
    "Ele tem 3 tem 2020",
    # no Esfand 30 in 1404 (not a leap year), no month 13, a Jalali month without a day
    "۳۰ اسفند ۱۴۰۴",
    "شماره ۱۴۰۵/۱۳/۰۱",
    "مهر 1405",
]


@pytest.mark.parametrize(("text", "time_anywhere", "iso"), DATES)
def test_date_is_read_as_iso(text: str, time_anywhere: bool, iso: str) -> None:
    found = find_date(text, time_anywhere=time_anywhere)
    assert found is not None
    assert found[0] == iso


@pytest.mark.parametrize("text", NOT_DATES)
def test_text_without_a_valid_date(text: str) -> None:
    assert find_date(text) is None
    assert find_date(text, time_anywhere=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated: 2025-03-15", ("2025-03-15", 9, 19)),
        ("Stand: 15.03.2025, 14:30", ("2025-03-15T14:30", 7, 24)),
        # the earliest date in the line wins
        ("First published March 14, 2025; updated 2025-03-15", ("2025-03-14", 16, 30)),
        # the time after the date, with its "at" word, is in the span
        ("نشر في 15 مارس 2025 الساعة 10:30 بتوقيت مكة المكرمة", ("2025-03-15T10:30", 7, 33)),
        ("입력 2025.03.15. 오후 2:32", ("2025-03-15T14:32", 3, 22)),
        # "15.03" of the second date is not the first date's time
        ("14.03.2025 | 15.03.2025", ("2025-03-14", 0, 10)),
        # the span of a month-first date starts at its month
        ("Updated March 15, 2025, 12:05 a.m. ET", ("2025-03-15T00:05", 8, 34)),
        ("פורסם: 02.12.26, 09:15", ("2026-12-02T09:15", 7, 22)),
        ("سه‌شنبه ۱۱ آذرماه ۱۴۰۵ ساعت ۱۴:۳۰", ("2026-12-02T14:30", 8, 33)),
    ],
)
def test_date_span(text: str, expected: tuple[str, int, int]) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025",
         [("2025-03-14", 18, 28), ("2025-03-15", 47, 57)]),
        ("Publié le 15 mars 2025 à 18h30, modifié le 16 mars 2025 à 08h12",
         [("2025-03-15T18:30", 10, 30), ("2025-03-16T08:12", 43, 63)]),
        ("13:47 15.03.2025 (обновлено: 16:20 15.03.2025)", [("2025-03-15", 6, 16), ("2025-03-15", 35, 45)]),
        ("No date in this line at all.", []),
        ("פורסם: 02.12.26, 09:15 | עודכן: 02.12.26, 11:40",
         [("2026-12-02T09:15", 7, 23), ("2026-12-02T11:40", 32, 47)]),
    ],
)
def test_every_date_of_a_line(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert find_dates(text) == expected


# --------------------------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------------------------

DATELINES: list[tuple[str, Dateline]] = [
    (
        "NEW YORK (Reuters) - Stocks rose on Monday as investors weighed fresh data on inflation.",
        Dateline("NEW YORK (Reuters) -", "NEW YORK", "Reuters", None),
    ),
    (
        "HAYWARD, Calif. (AP) — A fire at a recycling yard sent thick smoke over the city on Tuesday.",
        Dateline("HAYWARD, Calif. (AP) —", "HAYWARD, Calif.", "AP", None),
    ),
    (
        "WASHINGTON (AP) — The Senate voted on Tuesday to approve the bill.",
        Dateline("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
    ),
    (
        "LONDON, March 15 (Reuters) - British Prime Minister Keir Starmer said on Saturday that talks would continue.",
        Dateline("LONDON, March 15 (Reuters) -", "LONDON", "Reuters", "March 15"),
    ),
    (
        "MADRID — El Gobierno aprobó el martes una nueva ley de vivienda.",
        Dateline("MADRID —", "MADRID", None, None),
    ),
    (
        "BERLIN -- Die Regierung will die Steuern für kleine Unternehmen senken.",
        Dateline("BERLIN --", "BERLIN", None, None),
    ),
    (
        "(CNN) The Senate voted on Tuesday to approve a short-term spending bill.",
        Dateline("(CNN)", None, "CNN", None),
    ),
    (
        "Berlin (dpa) - Die Bundesregierung hat am Mittwoch neue Hilfen für Landwirte beschlossen.",
        Dateline("Berlin (dpa) -", "Berlin", "dpa", None),
    ),
    (
        "МОСКВА, 15 марта. /ТАСС/. Власти Москвы ввели новые ограничения для водителей.",
        Dateline("МОСКВА, 15 марта. /ТАСС/.", "МОСКВА", "ТАСС", "15 марта"),
    ),
    (
        "新华社北京3月15日电（记者 张三）国务院总理李强15日主持召开国务院常务会议。",
        Dateline("新华社北京3月15日电（记者 张三）", "北京", "新华社", "3月15日"),
    ),
    (
        "（中央社記者王小明台北15日電）台灣高鐵公司今天宣布，將在春節期間加開列車。",
        Dateline("（中央社記者王小明台北15日電）", "台北", "中央社", "15日"),
    ),
    # an agency with its regional desk, or two agencies
    (
        "Stuttgart (dpa/lsw) – Die Landesregierung will im Herbst mehr Lehrer einstellen.",
        Dateline("Stuttgart (dpa/lsw) –", "Stuttgart", "dpa/lsw", None),
    ),
    (
        "BERLIN (dpa/AFP) – Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen.",
        Dateline("BERLIN (dpa/AFP) –", "BERLIN", "dpa/AFP", None),
    ),
    (
        "Frankfurt am Main (dpa) - Der Dax hat am Mittwoch deutlich nachgegeben.",
        Dateline("Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa", None),
    ),
    # Spanish: EFE and Europa Press
    (
        "Murcia, 15 mar (EFE).- El Gobierno regional aprobó este sábado un nuevo plan de regadío.",
        Dateline("Murcia, 15 mar (EFE).-", "Murcia", "EFE", "15 mar"),
    ),
    (
        "Madrid, 15 de marzo (EFE).- El Gobierno aprobó este sábado la nueva ley de vivienda.",
        Dateline("Madrid, 15 de marzo (EFE).-", "Madrid", "EFE", "15 de marzo"),
    ),
    (
        "MADRID, 15 (EUROPA PRESS) El Gobierno aprobó este sábado la nueva ley de vivienda.",
        Dateline("MADRID, 15 (EUROPA PRESS)", "MADRID", "EUROPA PRESS", "15"),
    ),
    (
        "BARCELONA, 15 (EUROPA PRESS) - El Parlament aprobó este sábado los presupuestos.",
        Dateline("BARCELONA, 15 (EUROPA PRESS) -", "BARCELONA", "EUROPA PRESS", "15"),
    ),
    (
        "MADRID, 15 Mar. (EUROPA PRESS) - El Gobierno aprobó este sábado la nueva ley de vivienda.",
        Dateline("MADRID, 15 Mar. (EUROPA PRESS) -", "MADRID", "EUROPA PRESS", "15 Mar."),
    ),
    # Italian: ANSA and AGI open with the agency; Adnkronos and LaPresse put it after the date
    (
        "(ANSA) - ROMA, 15 MAR - Il Consiglio dei ministri ha approvato oggi il decreto.",
        Dateline("(ANSA) - ROMA, 15 MAR -", "ROMA", "ANSA", "15 MAR"),
    ),
    (
        "(AGI) - Milano, 15 mar - La Borsa ha chiuso la seduta in rialzo.",
        Dateline("(AGI) - Milano, 15 mar -", "Milano", "AGI", "15 mar"),
    ),
    (
        "ROMA, 15 MAR - Il Consiglio dei ministri ha approvato oggi il decreto.",
        Dateline("ROMA, 15 MAR -", "ROMA", None, "15 MAR"),
    ),
    (
        "Roma, 15 marzo (Adnkronos) - Il Consiglio dei ministri ha approvato oggi il decreto.",
        Dateline("Roma, 15 marzo (Adnkronos) -", "Roma", "Adnkronos", "15 marzo"),
    ),
    # Russian: RIA Novosti (with or without its reporter) and Interfax
    (
        "МОСКВА, 15 мар — РИА Новости. Власти Москвы ввели новые ограничения для водителей.",
        Dateline("МОСКВА, 15 мар — РИА Новости.", "МОСКВА", "РИА Новости", "15 мар"),
    ),
    (
        "МОСКВА, 15 мар — РИА Новости, Иван Петров. Власти Москвы ввели новые ограничения.",
        Dateline("МОСКВА, 15 мар — РИА Новости, Иван Петров.", "МОСКВА", "РИА Новости", "15 мар"),
    ),
    (
        "Москва. 15 марта. INTERFAX.RU - Власти Москвы ввели новые ограничения для водителей.",
        Dateline("Москва. 15 марта. INTERFAX.RU -", "Москва", "INTERFAX.RU", "15 марта"),
    ),
    # Arabic: place and agency, bracketed or after a dash; MENA's place, date and /agency/
    (
        "الرياض (رويترز) - قالت وزارة الطاقة السعودية إن الإنتاج سيرتفع الشهر المقبل.",
        Dateline("الرياض (رويترز) -", "الرياض", "رويترز", None),
    ),
    (
        "القاهرة - أ ش أ: قالت وزارة الصحة إن عدد الحالات تراجع هذا الأسبوع.",
        Dateline("القاهرة - أ ش أ:", "القاهرة", "أ ش أ", None),
    ),
    (
        "دبي - (وام): أعلنت هيئة الطرق والمواصلات عن مشروع جديد للنقل العام.",
        Dateline("دبي - (وام):", "دبي", "وام", None),
    ),
    (
        "القدس المحتلة (أ ف ب) - قال مسؤولون إن المفاوضات ستستأنف الأسبوع المقبل.",
        Dateline("القدس المحتلة (أ ف ب) -", "القدس المحتلة", "أ ف ب", None),
    ),
    (
        "غزة - رويترز - قال مسؤولون في قطاع الصحة إن عدد الجرحى ارتفع.",
        Dateline("غزة - رويترز -", "غزة", "رويترز", None),
    ),
    (
        "القاهرة في 15 مارس /أ ش أ/ قالت وزارة الصحة إن عدد الحالات تراجع.",
        Dateline("القاهرة في 15 مارس /أ ش أ/", "القاهرة", "أ ش أ", "15 مارس"),
    ),
    # Japanese: a correspondent or the wire after the place, in lenticular brackets
    (
        "【ワシントン＝田中健一】米政府は１５日、新たな制裁を発表した。",
        Dateline("【ワシントン＝田中健一】", "ワシントン", None, None),
    ),
    (
        "【ニューヨーク共同】米株式市場は大幅に下落した。",
        Dateline("【ニューヨーク共同】", "ニューヨーク", "共同", None),
    ),
    (
        "【北京時事】中国政府は１５日、新たな経済対策を発表した。",
        Dateline("【北京時事】", "北京", "時事", None),
    ),
    # Korean agencies: place=agency in brackets, then the reporter
    (
        "(세종=연합뉴스) 김민수 기자 = 정부가 15일 새로운 부동산 대책을 발표했다.",
        Dateline("(세종=연합뉴스) 김민수 기자 =", "세종", "연합뉴스", None),
    ),
    (
        "[서울=뉴시스]김민수·이영희 기자 = 코스피가 15일 상승 마감했다.",
        Dateline("[서울=뉴시스]김민수·이영희 기자 =", "서울", "뉴시스", None),
    ),
    # Chinese papers (本报) and an agency without a place; Taiwan's reporter-and-place brackets
    (
        "本报北京3月15日电（记者 王明）国务院总理李强15日主持召开国务院常务会议。",
        Dateline("本报北京3月15日电（记者 王明）", "北京", "本报", "3月15日"),
    ),
    (
        "中新网3月15日电 据美国媒体报道，美国政府15日宣布新的关税措施。",
        Dateline("中新网3月15日电", None, "中新网", "3月15日"),
    ),
    (
        "〔記者王小明／台北報導〕台灣高鐵公司今天宣布，將在春節期間加開列車。",
        Dateline("〔記者王小明／台北報導〕", "台北", None, None),
    ),
    (
        "〔即時新聞／綜合報導〕美國總統今天宣布，將對進口汽車加徵關稅。",
        Dateline("〔即時新聞／綜合報導〕", None, None, None),
    ),
    # national agencies after the place: Anadolu, DHA, Antara, VNA (TTXVN), PAP, TT, ANA-MPA
    (
        "ANKARA (AA) - Cumhurbaşkanı Erdoğan, kabine toplantısının ardından açıklama yaptı.",
        Dateline("ANKARA (AA) -", "ANKARA", "AA", None),
    ),
    (
        "İSTANBUL (DHA) - Kadıköy'de sabah saatlerinde çıkan yangın kontrol altına alındı.",
        Dateline("İSTANBUL (DHA) -", "İSTANBUL", "DHA", None),
    ),
    (
        "Jakarta (ANTARA) - Presiden Prabowo Subianto meresmikan bendungan baru di Jawa Tengah.",
        Dateline("Jakarta (ANTARA) -", "Jakarta", "ANTARA", None),
    ),
    (
        "HÀ NỘI (TTXVN) - Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11.",
        Dateline("HÀ NỘI (TTXVN) -", "HÀ NỘI", "TTXVN", None),
    ),
    (
        "WARSZAWA (PAP) - Rada Ministrów przyjęła we wtorek projekt ustawy o obronie cywilnej.",
        Dateline("WARSZAWA (PAP) -", "WARSZAWA", "PAP", None),
    ),
    (
        "STOCKHOLM (TT) - Regeringen presenterade på tisdagen ett nytt förslag om skatter.",
        Dateline("STOCKHOLM (TT) -", "STOCKHOLM", "TT", None),
    ),
    (
        "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά.",
        Dateline("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -", "ΑΘΗΝΑ", "ΑΠΕ-ΜΠΕ", None),
    ),
    # Interfax-Ukraine in Ukrainian
    (
        "Київ. 2 грудня. ІНТЕРФАКС-УКРАЇНА - Кабінет міністрів ухвалив нову програму підтримки.",
        Dateline("Київ. 2 грудня. ІНТЕРФАКС-УКРАЇНА -", "Київ", "ІНТЕРФАКС-УКРАЇНА", "2 грудня"),
    ),
    # Hindi: the place, the day and the wire in brackets (PTI's Bhasha, IANS)
    (
        "नई दिल्ली, 2 दिसंबर (भाषा) केंद्र सरकार ने मंगलवार को नई योजना की घोषणा की।",
        Dateline("नई दिल्ली, 2 दिसंबर (भाषा)", "नई दिल्ली", "भाषा", "2 दिसंबर"),
    ),
    (
        "नई दिल्ली, 2 दिसंबर (आईएएनएस)। केंद्र सरकार ने मंगलवार को नई योजना की घोषणा की।",
        Dateline("नई दिल्ली, 2 दिसंबर (आईएएनएस)।", "नई दिल्ली", "आईएएनएस", "2 दिसंबर"),
    ),
    # Persian: IRNA's place and agency between dashes
    (
        "تهران- ایرنا- رئیس جمهور در جلسه هیئت دولت گفت که بودجه سال آینده تصویب شد.",
        Dateline("تهران- ایرنا-", "تهران", "ایرنا", None),
    ),
]

NOT_DATELINES: list[str] = [
    "The U.S. (and its allies) - said nothing.",
    # the same shape, long enough to pass the count of words after a dateline
    "The U.S. (and its allies) - said nothing about the new sanctions on Monday.",
    "NATO - the alliance - met today.",
    "The Senate voted on Tuesday to approve the bill.",
    "Die Regierung hat am Mittwoch neue Hilfen beschlossen.",
    "国务院总理李强15日主持召开国务院常务会议。",
    "BERLIN — Keine Angaben.",
    "BERLIN —",
    # an agency in brackets inside a sentence, with no dash after it
    "أعلنت وزارة النقل (رويترز) أن الحافلات الكهربائية ستبدأ العمل الشهر المقبل.",
    # a verb, its subject and the agency in an aside
    "قالت الحكومة - رويترز - إنها ستدرس المقترح خلال الأسبوع المقبل.",
    # a name and an age, not a place and a day; a titled place with a date needs the dash
    "Smith, 45 (Reuters) said the plan would not work at all.",
    "Friedrich Merz, 69 (CDU) – der Kanzler will die Steuern senken.",
    "Paris, 15 mars - Le gouvernement a annoncé un nouveau plan.",
    # a heading label in lenticular brackets; a photo credit in Korean brackets
    "【速報】米政府が新たな制裁を発表した。",
    "(사진=연합뉴스) 정부가 15일 새로운 부동산 대책을 발표했다.",
    # kana now count as letters after the dateline, but a dateline still needs a story after it
    "【ワシントン＝田中健一】速報",
    # a Hindi sentence with a date and a bracket; Persian "according to IRNA", no dateline
    "सरकार ने कहा, 2 दिसंबर (भाषा) से नई योजना लागू होगी।",
    "به گزارش ایرنا، رئیس جمهور در جلسه هیئت دولت گفت که بودجه تصویب شد.",
]


@pytest.mark.parametrize(("paragraph", "expected"), DATELINES)
def test_dateline_opens_the_paragraph(paragraph: str, expected: Dateline) -> None:
    assert find_dateline(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), DATELINES)
def test_dateline_raw_is_the_paragraph_opening(paragraph: str, expected: Dateline) -> None:
    assert paragraph.startswith(expected.raw)


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_paragraph_without_a_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

HEADLINE = "Senate passes stopgap bill to avert shutdown"
BODY = "WASHINGTON (AP) — The Senate passed a stopgap spending bill on Tuesday, hours before the deadline."

TITLES: list[tuple[list[str], Title | None]] = [
    # a spaced colon after Japanese text parts the site's name off; a French headline's own colon does not
    (
        [
            "米、対中半導体規制を強化　日本企業にも影響の恐れ : 読売新聞",
            "米、対中半導体規制を強化　日本企業にも影響の恐れ",
            "【ワシントン＝田中健一】米商務省は１４日、中国向けの先端半導体の輸出規制を強化する新たな措置を発表した。",
        ],
        Title("米、対中半導体規制を強化　日本企業にも影響の恐れ", [0, 1], "title.repeated-headline"),
    ),
    (
        [
            "Grève des contrôleurs aériens : des centaines de vols annulés | Le Monde",
            "Grève des contrôleurs aériens : des centaines de vols annulés",
            "Des centaines de vols ont été annulés samedi en raison d'une grève des contrôleurs aériens.",
        ],
        Title("Grève des contrôleurs aériens : des centaines de vols annulés", [0, 1], "title.repeated-headline"),
    ),
    # the headline repeats the <title> line's first piece; the site name repeats too, as a logo line
    (
        [f"{HEADLINE} | The Daily Ledger", "The Daily Ledger", HEADLINE, BODY],
        Title(HEADLINE, [0, 2], "title.repeated-headline"),
    ),
    (
        [f"{HEADLINE} - The Daily Ledger", HEADLINE, BODY],
        Title(HEADLINE, [0, 1], "title.repeated-headline"),
    ),
    # shown three times; spacing and case do not matter for the comparison
    (
        [f"{HEADLINE} | The Daily Ledger", HEADLINE, BODY, "Senate  passes STOPGAP bill to avert shutdown"],
        Title(HEADLINE, [0, 1, 3], "title.repeated-headline"),
    ),
    (
        [
            "国务院常务会议部署稳就业工作_新华网",
            "国务院常务会议部署稳就业工作",
            "新华社北京3月15日电 国务院总理李强主持召开会议。",
        ],
        Title("国务院常务会议部署稳就业工作", [0, 1], "title.repeated-headline"),
    ),
    (
        [
            "Regierung beschließt neue Hilfen für Landwirte | Tageszeitung",
            "Regierung beschließt neue Hilfen für Landwirte",
            "Berlin (dpa) - Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen.",
        ],
        Title("Regierung beschließt neue Hilfen für Landwirte", [0, 1], "title.repeated-headline"),
    ),
    # no repeat, but a site-name separator: the longest piece
    (
        [f"{HEADLINE} | The Daily Ledger", BODY],
        Title(HEADLINE, [0], "title.page-title-line"),
    ),
    # a first line that ends like a sentence is a paragraph, even when it repeats
    (
        ["The Senate passed a stopgap bill on Tuesday.", "The Senate passed a stopgap bill on Tuesday.", BODY],
        None,
    ),
    (
        ["Stocks fell sharply on Monday - the worst day in a year.", BODY],
        None,
    ),
    # ... but a title line whose site tagline ends in a full stop still gives up its headline
    (
        [f"{HEADLINE} – The Daily Ledger – News you can trust.", "The Daily Ledger", HEADLINE, BODY],
        Title(HEADLINE, [0, 2], "title.repeated-headline"),
    ),
    (
        [f"{HEADLINE} – The Daily Ledger – News you can trust.", BODY],
        None,
    ),
    # no separator and no repeat
    ([HEADLINE, BODY], None),
    # a separator before a short site name, which is no piece of its own
    (["Beginner's Guide to SEO (Search Engine Optimization) - Moz", BODY],
     Title("Beginner's Guide to SEO (Search Engine Optimization)", [0], "title.page-title-line")),
    # the headline shown leaves the kicker before the colon out
    (
        ["Kommentar zur Schuldenbremse: Die Koalition verspielt ihr letztes Vertrauen | FAZ",
         "Die Koalition verspielt ihr letztes Vertrauen", BODY],
        Title("Die Koalition verspielt ihr letztes Vertrauen", [0, 1], "title.repeated-headline"),
    ),
    # Chinese sites join headline, channel and site with "_"
    (
        ["国务院关于印发《实施意见》的通知_政务公开_中国政务信息网", "首页", "国务院关于印发《实施意见》的通知", BODY],
        Title("国务院关于印发《实施意见》的通知", [0, 2], "title.repeated-headline"),
    ),
    # a Korean portal parts the site's name off with a spaced colon
    (
        ["국토부, 임대차 특례 연장 검토…세입자 반발 거세 : 온누리뉴스",
         "국토부, 임대차 특례 연장 검토…세입자 반발 거세", BODY],
        Title("국토부, 임대차 특례 연장 검토…세입자 반발 거세", [0, 1], "title.repeated-headline"),
    ),
    # a headline with a dash of its own, the site's name after it; the logo repeats the name
    (
        ["Lkw kracht auf A9 in Stauende – Polizei sucht Zeugen | Neue Allgemeine", "Neue Allgemeine",
         "Lkw kracht auf A9 in Stauende – Polizei sucht Zeugen", BODY],
        Title("Lkw kracht auf A9 in Stauende – Polizei sucht Zeugen", [0, 2], "title.repeated-headline"),
    ),
    # a French quote headline: its closing guillemet is no breadcrumb separator ...
    (
        ["« L'Europe doit devenir une puissance » - L'Hebdo Politique", "L'Hebdo Politique",
         "« L'Europe doit devenir une puissance »", BODY],
        Title("« L'Europe doit devenir une puissance »", [0, 2], "title.repeated-headline"),
    ),
    (
        ["Les agriculteurs « ne lâcheront rien » | Le Courrier du Sud", "Les agriculteurs « ne lâcheront rien »", BODY],
        Title("Les agriculteurs « ne lâcheront rien »", [0, 1], "title.repeated-headline"),
    ),
    # ... where a breadcrumb's is
    (
        ["Actualités » Le conseil adopte le budget » Le Courrier du Sud", "Le conseil adopte le budget", BODY],
        Title("Le conseil adopte le budget", [0, 1], "title.repeated-headline"),
    ),
]


@pytest.mark.parametrize(("lines", "expected"), TITLES)
def test_find_title(lines: list[str], expected: Title | None) -> None:
    assert find_title(lines, list(range(len(lines)))) == expected


def test_find_title_starts_at_the_first_candidate() -> None:
    lines = ["Skip to main content", f"{HEADLINE} | The Daily Ledger", HEADLINE, BODY]
    assert find_title(lines, [1, 2, 3]) == Title(HEADLINE, [1, 2], "title.repeated-headline")


def test_find_title_without_candidates() -> None:
    assert find_title([HEADLINE, HEADLINE], []) is None


# --------------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------------

PARAGRAPHS: list[tuple[str, str]] = [
    (
        "en",
        "The city council approved the new budget on Tuesday after months of debate. The plan includes more "
        "money for schools, public transport and road repairs. Opposition members said the tax increases would "
        "hurt small businesses, but the mayor insisted the spending was necessary.",
    ),
    (
        "de",
        "Der Stadtrat hat am Dienstag nach monatelanger Debatte den neuen Haushalt beschlossen. Der Plan sieht "
        "mehr Geld für Schulen, den öffentlichen Nahverkehr und die Sanierung von Straßen vor. Die Opposition "
        "kritisierte die Steuererhöhungen, doch der Bürgermeister verteidigte die Ausgaben als notwendig.",
    ),
    (
        "fr",
        "Le conseil municipal a adopté mardi le nouveau budget après des mois de débats. Le plan prévoit "
        "davantage de moyens pour les écoles, les transports publics et l'entretien des routes. L'opposition a "
        "dénoncé les hausses d'impôts, mais le maire a défendu des dépenses qu'il juge indispensables.",
    ),
    (
        "es",
        "El ayuntamiento aprobó el martes el nuevo presupuesto tras meses de debate. El plan incluye más dinero "
        "para las escuelas, el transporte público y la reparación de las carreteras. La oposición criticó las "
        "subidas de impuestos, pero el alcalde defendió que el gasto era necesario.",
    ),
    (
        "ru",
        "Городской совет во вторник утвердил новый бюджет после нескольких месяцев обсуждений. План "
        "предусматривает дополнительные средства на школы, общественный транспорт и ремонт дорог. Оппозиция "
        "раскритиковала повышение налогов, однако мэр заявил, что эти расходы необходимы.",
    ),
    (
        "ar",
        "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد أشهر من النقاش. وتتضمن الخطة أموالا إضافية "
        "للمدارس والنقل العام وإصلاح الطرق. وانتقدت المعارضة زيادة الضرائب، لكن رئيس البلدية أكد أن هذا "
        "الإنفاق ضروري.",
    ),
    (
        "ja",
        "市議会は火曜日、数か月にわたる議論の末に新しい予算案を可決した。計画には学校や公共交通機関、道路の補修に"
        "充てる予算が盛り込まれている。野党は増税が中小企業に打撃を与えると批判したが、市長は必要な支出だと強調した。",
    ),
    (
        "zh-cn",
        "市议会周二在经过数月的讨论后通过了新的预算方案。该计划包括为学校、公共交通和道路维修增加资金。"
        "反对派批评增税会伤害小企业，但市长坚持认为这些支出是必要的。",
    ),
    (
        "zh-tw",
        "市議會週二在經過數月的討論後通過了新的預算方案。該計劃包括為學校、公共交通和道路維修增加資金。"
        "反對派批評增稅會傷害小企業，但市長堅持認為這些支出是必要的。",
    ),
]


@pytest.mark.parametrize(("code", "paragraph"), PARAGRAPHS, ids=[code for code, _ in PARAGRAPHS])
def test_detect_language(code: str, paragraph: str) -> None:
    assert detect_language(paragraph) == code


@pytest.mark.parametrize("text", ["12345 !!!", "", "   ", "2025-03-15 10:42 — 3/4"])
def test_text_without_letters_has_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(("code", "paragraph"), PARAGRAPHS, ids=[code for code, _ in PARAGRAPHS])
def test_detect_language_is_deterministic(code: str, paragraph: str) -> None:
    first = detect_language(paragraph)
    detect_language(PARAGRAPHS[0][1])  # another text in between must not change the next verdict
    assert detect_language(paragraph) == first == code


# --------------------------------------------------------------------------------------------
# Assembly: newsclean.clean() on small plain-text pages
# --------------------------------------------------------------------------------------------

PERSON_AND_AGENCY_PAGE = """\
Senate passes stopgap bill to avert shutdown | The Daily Ledger

Senate passes stopgap bill to avert shutdown

By Jane Doe

Associated Press November 19, 2019, 9:02 AM

WASHINGTON (AP) — The Senate passed a stopgap spending bill on Tuesday, sending it to the president's desk \
hours before a midnight deadline.

The measure keeps the government funded through mid-December and includes money for disaster relief in \
several states hit by storms this year.

Lawmakers from both parties said they hoped to reach a full-year agreement before the holidays, though deep \
divisions remain over spending levels.
"""

XINHUA_PAGE = """\
国务院常务会议部署稳就业工作_新华网

国务院常务会议部署稳就业工作

新华社北京3月15日电（记者 张三、李四）国务院总理李强15日主持召开国务院常务会议，部署进一步做好稳就业工作。

会议指出，今年以来就业形势总体稳定，但结构性矛盾依然突出，要多措并举促进高校毕业生等重点群体就业。

会议强调，要加大对中小微企业的支持力度，稳定和扩大就业岗位，切实兜牢民生底线。
"""

CNA_PAGE = """\
高鐵春節加開列車 | 中央社 CNA

高鐵春節加開列車

（中央社記者王小明台北15日電）台灣高鐵公司今天宣布，將在春節疏運期間加開多班南下及北上列車，以因應返鄉人潮。

高鐵公司表示，加開班次的車票將於下週一凌晨零時起開放訂購，旅客可透過官網或手機應用程式購票。

交通部也提醒民眾提早規劃行程，並多加利用大眾運輸工具，以減少春節期間的交通壅塞。
"""

CAPTIONS_PAGE = """\
Wildfire forces thousands to flee near Los Angeles | The Daily Ledger

Wildfire forces thousands to flee near Los Angeles

By Maria Lopez

LOS ANGELES (AP) — A fast-moving wildfire forced thousands of residents to flee their homes in the hills \
north of Los Angeles on Tuesday, officials said.

Firefighters battle a blaze in Altadena, California, on Tuesday. Photograph: Jane Doe/Getty Images

The fire had burned more than 4,000 acres by Tuesday evening and was only 5 percent contained, according to \
the state fire agency.

Residents watch the smoke from a hillside in Pasadena on Tuesday evening. Photograph: Jane Doe/Getty Images

Officials opened three evacuation centres and urged people in nearby neighbourhoods to be ready to leave at \
short notice.

A firefighting helicopter drops water over the hills. (Ringo Chiu/AFP)

Strong winds were expected to continue through Wednesday, making the fire harder to contain, forecasters said.
"""


def test_person_in_byline_wins_over_agency_and_date_line() -> None:
    article = newsclean.clean(PERSON_AND_AGENCY_PAGE)
    assert article.authors == ["Jane Doe"]
    assert article.published == "2019-11-19T09:02"
    assert article.title == "Senate passes stopgap bill to avert shutdown"
    assert article.dateline == Dateline("WASHINGTON (AP) —", "WASHINGTON", "AP", None)
    assert "By Jane Doe" not in article.text
    assert "Associated Press November 19" not in article.text


@pytest.mark.parametrize(
    ("line", "category", "authors"),
    [
        ("Melissa Ozawa December 18, 2025", "byline", ["Melissa Ozawa"]),
        ("Jane Doe | 3 March 2026, 10:14", "byline", ["Jane Doe"]),
        ("New York, December 3, 2025", "date", None),
        ("Last Updated December 3, 2025", "date", None),
        ("Published Monday December 3, 2025", "date", None),
    ],
)
def test_a_name_before_a_date_is_a_byline_and_a_place_or_label_is_not(
    line: str, category: str, authors: list[str] | None
) -> None:
    article = newsclean.clean(f"{line}\n\n" + PERSON_AND_AGENCY_PAGE.replace("By Jane Doe\n\n", ""))
    assert article.lines[0].category == category
    if authors is not None:
        assert article.authors == authors


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025", "date"),
        ("Publié le 15 mars 2025 à 18h30, modifié le 16 mars 2025 à 08h12", "date"),
        ("13:47 15.03.2025 (обновлено: 16:20 15.03.2025)", "date"),
        # a sentence with two dates in it is the story's
        ("The vote on 3 March 2025 was moved to 5 March 2025.", "body"),
    ],
)
def test_a_line_of_a_published_and_an_updated_date_is_a_date_line(line: str, category: str) -> None:
    page = PERSON_AND_AGENCY_PAGE.replace("By Jane Doe\n", f"By Jane Doe\n\n{line}\n")
    article = newsclean.clean(page)
    assert next(found for found in article.lines if found.text == line).category == category


COMMENTED_PAGE = """Council approves new cycle lanes for the city centre

By Priya Nair

March 3, 2026

The city council approved four new protected cycle lanes on Tuesday, after a two-hour debate in which
residents on both sides of the question spoke.

Work on the first lane, along the river, will start in May and should take about three months, the
council's transport committee said.

3 Comments

Tom Hargreaves

March 4, 2026 at 8:12 am

About time. The river road has been dangerous for years and everyone who rides it knows it.

Ellen Marsh

March 4, 2026 at 9:40 am

I drive that way every day and I am not looking forward to the roadworks this summer at all.
"""


def test_commenters_and_their_times_are_not_the_story_s_author_and_date() -> None:
    article = newsclean.clean(COMMENTED_PAGE)
    assert article.authors == ["Priya Nair"]
    assert article.published == "2026-03-03"
    assert "Tom Hargreaves" not in article.authors


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("2026年12月2日，第十届世界互联网大会在浙江乌镇开幕。", None),
        ("2026年12月2日に開かれた会合では、新たな経済対策がまとめられた。", None),
        ("2 декабря 2026 года в Москве прошел форум.", None),
        ("Aktualisiert am 14.03.2025, 10:30 Uhr.", "date"),
        ("2026-12-02 10:30 来源：新华网", "date"),
        # a portal's date, source and author on one line: the author's byline, with the date
        ("2026-10-28 21:36  来源：证券日讯网  作者：周明轩", "byline"),
    ],
)
def test_a_sentence_that_opens_with_its_date_is_not_a_date_line(line: str, category: str | None) -> None:
    claim = claim_lines([line])[0][0]
    assert (claim.category if claim else None) == category


PORTAL_STORY = """三季度净利润同比增长两成 新能源订单放量
2026-10-28 21:36  来源：证券日讯网  作者：周明轩
本报讯 南岭电气今日晚间发布三季度报告，公司前三季度实现营业收入128.6亿元，同比增长15.2%。
公司表示，业绩增长主要来自储能与光伏逆变器订单的放量，海外收入占比提升至三成以上。
多家券商随后发布点评，认为公司四季度出货有望继续环比增长，但需关注原材料价格波动。
"""


def test_a_portal_s_date_source_and_author_line_gives_the_author_and_the_date() -> None:
    article = newsclean.clean(PORTAL_STORY)
    assert article.authors == ["周明轩"]
    assert article.published == "2026-10-28T21:36"
    assert "来源" not in article.text


TAGGED_PAGE = """Monsoon session: Centre to table bill on online gaming regulation
India
Monsoon session: Centre to table bill on online gaming regulation
Ananya Sharma
Updated: Jul 18, 2026, 19:36 IST
The Union government will introduce a bill to regulate online gaming platforms during the upcoming Monsoon \
session of Parliament, the Parliamentary Affairs Minister said on Friday after an all-party meeting.
The session will begin on July 21 and conclude on August 21, with 21 sittings spread over a month. The \
government has listed 17 bills for consideration, including eight new legislations.
Topics
Parliament
Monsoon Session
Rajya Sabha
First Published: Jul 18, 2026, 19:36 IST
"""


def test_a_tag_beside_the_footer_s_date_is_not_an_author() -> None:
    # "Rajya Sabha" reads as a name and stands two lines above a date, but below the story, once
    # the head has named the author; a story signed at its foot keeps its author
    article = newsclean.clean(TAGGED_PAGE)
    assert article.authors == ["Ananya Sharma"]
    head, _, rest = TAGGED_PAGE.partition("Ananya Sharma\n")
    story, _, _ = rest.partition("Topics\n")
    signed_at_foot = head + story + "Ananya Sharma\nFirst Published: Jul 18, 2026, 19:36 IST\n"
    assert newsclean.clean(signed_at_foot).authors == ["Ananya Sharma"]


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("- By Jane Doe", "byline"),
        ("- Tags: Fruita, four-day week, schools", "navigation"),
        ("• Facebook", "share"),
        ("- 8-9 ripe pears, cored and peeled", None),
        ("-5 degrees overnight, the coldest night of the year", None),
    ],
)
def test_an_extractor_s_list_item_is_read_without_its_marker(line: str, category: str | None) -> None:
    claim = claim_lines([line])[0][0]
    assert (claim.category if claim else None) == category


def test_a_teaser_s_byline_under_a_related_heading_is_not_the_story_s() -> None:
    box = "Mehr zum Thema\n\nBahn streicht Verbindungen im Süden\n\nVon Lisa Hoffmann\n\n"
    page = PERSON_AND_AGENCY_PAGE + "\n\n" + box
    assert newsclean.clean(page).authors == newsclean.clean(PERSON_AND_AGENCY_PAGE).authors
    assert "Lisa Hoffmann" not in newsclean.clean(page).authors


def test_agency_is_the_author_when_no_person_is_named() -> None:
    page = PERSON_AND_AGENCY_PAGE.replace("By Jane Doe\n\n", "")
    article = newsclean.clean(page)
    assert article.authors == ["Associated Press"]
    assert article.published == "2019-11-19T09:02"


def test_reporters_in_chinese_wire_dateline_are_the_authors() -> None:
    article = newsclean.clean(XINHUA_PAGE)
    assert article.dateline == Dateline("新华社北京3月15日电（记者 张三、李四）", "北京", "新华社", "3月15日")
    assert article.authors == ["张三", "李四"]
    assert article.title == "国务院常务会议部署稳就业工作"


def test_reporter_in_cna_dateline_is_the_author() -> None:
    article = newsclean.clean(CNA_PAGE)
    assert article.dateline == Dateline("（中央社記者王小明台北15日電）", "台北", "中央社", "15日")
    assert article.authors == ["王小明"]


REPORTER_STORY = {
    "ja": "米商務省は１４日、中国向けの先端半導体の輸出規制を強化する新たな措置を発表した。"
        "日本企業にも影響が及ぶ可能性がある。",
    "ko": "정부가 15일 새로운 부동산 대책을 발표했다. 수도권 주택 공급을 늘리고 대출 규제를 완화하는 내용이 담겼다.",
    "zh": "国务院总理李强15日主持召开国务院常务会议，部署进一步做好稳就业工作，强调要加大对中小微企业的支持力度。",
    "tw": "台灣鐵路公司今天宣布，將在春節疏運期間加開多班南下及北上列車，以因應返鄉人潮。",
}
REPORTER_SECOND = {
    "ja": "新たな規制は、先端半導体の製造装置や関連技術を対象とし、第三国を経由した輸出も制限する内容だ。",
    "ko": "국토교통부는 이날 정부세종청사에서 브리핑을 열고 이같이 밝혔다. "
        "시장에서는 효과가 제한적일 것이라는 전망도 나온다.",
    "zh": "会议指出，今年以来就业形势总体稳定，但结构性矛盾依然突出，要多措并举促进高校毕业生等重点群体就业。",
    "tw": "鐵路公司表示，加開班次的車票將於下週一凌晨零時起開放訂購，旅客可透過官網或手機應用程式購票。",
}


@pytest.mark.parametrize(
    ("dateline", "language", "authors"),
    [
        ("【ワシントン＝田中健一】", "ja", ["田中健一"]),
        ("【北京＝田中健一、山田花子】", "ja", ["田中健一", "山田花子"]),
        # a wire's name where a reporter's would stand names no one
        ("【ニューヨーク共同】", "ja", []),
        ("【ロンドン＝共同】", "ja", []),
        ("(세종=연합뉴스) 김민수 기자 = ", "ko", ["김민수"]),
        ("[서울=뉴시스]김민수·이영희 기자 = ", "ko", ["김민수", "이영희"]),
        ("〔記者王小明／台北報導〕", "tw", ["王小明"]),
        ("〔記者王小明、李大華／台北報導〕", "tw", ["王小明", "李大華"]),
        ("〔即時新聞／綜合報導〕", "tw", []),
        ("本报北京3月15日电（记者 王明）", "zh", ["王明"]),
        # a correspondent beside the reporter; words about the report are no names
        ("本报北京3月15日电（记者王明、通讯员李华）", "zh", ["王明", "李华"]),
        ("新华社华盛顿3月15日电（记者 张三 发自华盛顿）", "zh", ["张三"]),
        # a transcribed name keeps its middle dot
        ("新华社乌鲁木齐3月15日电（记者 阿依古丽·买买提）", "zh", ["阿依古丽·买买提"]),
    ],
)
def test_reporters_named_in_a_dateline_are_the_authors(dateline: str, language: str, authors: list[str]) -> None:
    page = f"{dateline}{REPORTER_STORY[language]}\n\n{REPORTER_SECOND[language]}\n"
    article = newsclean.clean(page)
    assert article.dateline is not None and article.dateline.raw == dateline.strip()
    assert article.authors == authors


def test_byline_wins_over_reporter_in_dateline() -> None:
    page = XINHUA_PAGE.replace("\n\n新华社北京", "\n\n本报记者 王五\n\n新华社北京")
    article = newsclean.clean(page)
    assert article.authors == ["王五"]


def test_captions_and_photo_credits_in_order_and_unique() -> None:
    article = newsclean.clean(CAPTIONS_PAGE)
    assert article.captions == [
        Caption("Firefighters battle a blaze in Altadena, California, on Tuesday.", "Jane Doe/Getty Images"),
        Caption("Residents watch the smoke from a hillside in Pasadena on Tuesday evening.", "Jane Doe/Getty Images"),
        Caption("A firefighting helicopter drops water over the hills.", "Ringo Chiu/AFP"),
    ]
    assert article.photo_credits == ["Jane Doe/Getty Images", "Ringo Chiu/AFP"]
    assert article.authors == ["Maria Lopez"]
    assert "Photograph:" not in article.text
    assert [line.category for line in article.lines if "Photograph:" in line.text] == ["caption", "caption"]


def test_credit_only_line_adds_a_credit_but_no_caption() -> None:
    page = CAPTIONS_PAGE.replace(
        "A firefighting helicopter drops water over the hills. (Ringo Chiu/AFP)", "Getty Images"
    )
    article = newsclean.clean(page)
    assert [caption.credit for caption in article.captions] == ["Jane Doe/Getty Images", "Jane Doe/Getty Images"]
    assert article.photo_credits == ["Jane Doe/Getty Images", "Getty Images"]


# Caption credits without a colon ("Photograph by …", "… POUR « … »", "(Outlet: Name)"), Korean
# "사진=" after a sentence, and a Japanese agency's sign-off that is no caption.
CAPTIONS_R7: list[tuple[str, str, str, str]] = [
    (
        "Martha and Ed Pruitt on the gallery of the light, March 2026. Photograph by Jonah Reyes for The Longreader",
        "Martha and Ed Pruitt on the gallery of the light, March 2026.",
        "Jonah Reyes for The Longreader",
        "label-by-name",
    ),
    ("The harbour at dusk. Photo by Jane Doe/Getty Images", "The harbour at dusk.", "Jane Doe/Getty Images",
     "label-by-name"),
    ("Photographs by Jonah Reyes", "", "Jonah Reyes", "label-by-name"),
    (
        "Le téléski du col de Porte, à l’arrêt, le 4 février 2026. JEAN-LUC MARTIN POUR « LE QUOTIDIEN »",
        "Le téléski du col de Porte, à l’arrêt, le 4 février 2026.",
        "JEAN-LUC MARTIN POUR « LE QUOTIDIEN »",
        "capitals-pour-outlet",
    ),
    (
        "Floodwater covers paddocks near Woodburn in January. (Example News: Lucy Nguyen)",
        "Floodwater covers paddocks near Woodburn in January.",
        "Example News: Lucy Nguyen",
        "bracketed-outlet-colon-name",
    ),
    (
        "샌프란시스코 이정후가 27일 시범경기에서 2루타를 친 뒤 더그아웃으로 들어가고 있다. 사진=AP 연합뉴스",
        "샌프란시스코 이정후가 27일 시범경기에서 2루타를 친 뒤 더그아웃으로 들어가고 있다.",
        "AP 연합뉴스",
        "korean-credit",
    ),
    # a Japanese caption ends without 。 before Kyodo's bracket
    (
        "事故現場付近では通行止めが続いた＝１８日午前、岐阜県関市（共同）",
        "事故現場付近では通行止めが続いた＝１８日午前、岐阜県関市",
        "共同",
        "parenthesised-credit",
    ),
]


NOT_CREDITS_R7: list[str] = [
    # Kyodo's and Jiji's sign-off after the story's last sentence
    "岐阜地方気象台は１９日朝も濃い霧が発生する恐れがあるとして、車の運転に注意するよう呼び掛けている。（共同）",
    "政府は来年度予算案の概算要求基準を決定した。（時事）",
    # "photograph by" inside a sentence, "POUR" in lower-case French, a bracket that credits the text
    "Her favourite picture is a photograph by Ansel Adams.",
    "Le texte a été adopté par 300 voix POUR et 200 contre.",
    "The bill passed the Senate on Monday. (Editing: Jane Doe)",
    # an item of a list after an abbreviation, a video's description
    "Craig Fowler – Marebella Fish Co. (Instructor: Anna Villano)",
    "Scientists say the lightning bugs are still on the decline. (AP Video: Shelby Lum)",
    "The results were published on Monday (Table: Annual Figures)",
    "그는 사진=연합뉴스",
]


@pytest.mark.parametrize(("line", "caption", "credit", "rule"), CAPTIONS_R7)
def test_caption_credit_shapes_of_round_7(line: str, caption: str, credit: str, rule: str) -> None:
    assert find_credit(line) == CreditMatch(caption, credit, rule)


@pytest.mark.parametrize("line", NOT_CREDITS_R7)
def test_sign_offs_and_sentences_are_not_captions(line: str) -> None:
    assert find_credit(line) is None


KYODO_PAGE = """高速道路でトラック５台絡む事故、２人けが

　１８日午前６時ごろ、岐阜県関市の東海北陸自動車道上り線で、大型トラックなど５台が絡む事故があった。県警によると、２人が軽いけがをした。

事故現場付近では通行止めが続いた＝１８日午前、岐阜県関市（共同）

　中日本高速道路によると、事故の影響で美濃インターチェンジ―関インターチェンジ間が約５時間にわたり通行止めとなった。

　岐阜地方気象台は１９日朝も濃い霧が発生する恐れがあるとして、車の運転に注意するよう呼び掛けている。（共同）
"""


def test_kyodo_sign_off_is_no_caption_and_its_caption_is() -> None:
    article = newsclean.clean(KYODO_PAGE)
    sign_off = next(line for line in article.lines if line.text.endswith("呼び掛けている。（共同）"))
    assert sign_off.category not in ("caption", "photo_credit")
    assert "通行止めが続いた＝" not in article.text
    assert article.captions == [Caption("事故現場付近では通行止めが続いた＝１８日午前、岐阜県関市", "共同")]


# A day and an abbreviated month joined by dots, as Brazilian papers write them.
DATES_R7: list[tuple[str, str]] = [
    ("21.jul.2025 às 23h15", "2025-07-21T23:15"),
    ("3.dez.2024", "2024-12-03"),
]


@pytest.mark.parametrize(("text", "iso"), DATES_R7)
def test_day_and_month_joined_by_dots(text: str, iso: str) -> None:
    found = find_date(text, time_anywhere=True)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize("text", ["21.julho.2025", "v2.mar.20251"])
def test_a_long_month_or_a_long_number_is_no_dotted_date(text: str) -> None:
    assert find_date(text) is None


# Bylines with an outlet, a place or a nested bracket after the names; update labels and a
# Japanese signature; two names beside a date.
BYLINES_R7: list[tuple[str, list[str]]] = [
    ("Por Rafael Moreira, Portal Sul Notícias — Porto Alegre", ["Rafael Moreira"]),
    ("Por Ana Souza, Valor — São Paulo", ["Ana Souza"]),
    ("Por Ana Souza — Porto Alegre", ["Ana Souza"]),
    ("Por Ana Souza, Pedro Lima, g1 RS — Porto Alegre", ["Ana Souza", "Pedro Lima"]),
    ("Par Claire Duval (Saint-Pierre-de-Chartreuse (Isère), envoyée spéciale)", ["Claire Duval"]),
]


@pytest.mark.parametrize(("line", "authors"), BYLINES_R7)
def test_byline_with_an_outlet_a_place_or_a_nested_bracket(line: str, authors: list[str]) -> None:
    assert find_byline(line) == Byline(authors, None, "byline.opening-word")


@pytest.mark.parametrize(
    "line",
    [
        "Modifié le 08/07/2026 à 18h05",
        "Actualisé le 3 mars 2026 à 10h12",
        "Mise à jour le 3 mars 2026",
        "Aktualisiert am 15.03.2025",
        "Geändert am 15.03.2025",
        "Atualizado em 14/05/2025",
        "Actualizado el 3 de marzo de 2025",
        "Modificado el 3 de marzo de 2025",
        "Aggiornato il 3 marzo 2025",
        "Modificato il 3 marzo 2025",
        "Last Modified March 3, 2025",
    ],
)
def test_an_update_label_before_a_date_is_no_name(line: str) -> None:
    found = find_date(line, time_anywhere=True)
    assert found is not None
    assert name_and_date(line, found) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（佐々木 翔太）", Byline(["佐々木 翔太"], None, "byline.japanese-role")),
        ("(田中　健一)", Byline(["田中　健一"], None, "byline.japanese-role")),
        # a note without the space between the names, a desk, a Chinese role before a name
        ("（敬称略）", None),
        ("（佐々木翔太）", None),
        ("（東京 社会部）", None),
        ("（编辑 张三）", None),
    ],
)
def test_japanese_signature_in_brackets(line: str, expected: Byline | None) -> None:
    assert find_byline(line) == expected


OUTLET_UNDER_BYLINE_PAGE = """Farmers brace for second flood in a month

By Tom Hargreaves and Lucy Nguyen

Example Rural

Posted Mon 23 Feb 2026 at 5:12am

Farmers on the north coast are moving stock to higher ground for the second time in a month as rivers \
rise again after a weekend of heavy rain.

The State Emergency Service has issued evacuation warnings for low-lying properties near the river, which \
is expected to peak on Tuesday.
"""


def test_two_names_beside_a_date_without_a_byline_are_the_authors() -> None:
    page = OUTLET_UNDER_BYLINE_PAGE.replace("By Tom Hargreaves and Lucy Nguyen\n\nExample Rural\n\n",
                                            "Megan Lloyd and Chris Oduya\n\n")
    assert newsclean.clean(page).authors == ["Megan Lloyd", "Chris Oduya"]


def test_a_desk_under_a_byline_is_not_an_author() -> None:
    article = newsclean.clean(OUTLET_UNDER_BYLINE_PAGE)
    assert article.authors == ["Tom Hargreaves", "Lucy Nguyen"]
    assert article.published == "2026-02-23T05:12"


# --------------------------------------------------------------------------------------------
# Round 9: agency sign-offs, caption credits, bylines with a colon, datelines without an agency
# --------------------------------------------------------------------------------------------

CAPTIONS_R9: list[tuple[str, str, str, str]] = [
    # a short caption keeps its agency's bracket
    ("Le Premier ministre Alexander De Croo. (Belga)", "Le Premier ministre Alexander De Croo.", "Belga",
     "parenthesised-credit"),
    # the copyright sign before a photographer alone
    ("Auf dieser Fläche an der Bahnhofstraße soll das Parkhaus entstehen. © Sabine Kreuzer",
     "Auf dieser Fläche an der Bahnhofstraße soll das Parkhaus entstehen.", "Sabine Kreuzer", "copyright-sign-name"),
    # the copyright sign before an agency alone
    ("Le tunnel Léopold II avait déjà été fermé plusieurs week-ends au printemps. © Belga",
     "Le tunnel Léopold II avait déjà été fermé plusieurs week-ends au printemps.", "Belga", "copyright-sign-agency"),
    # an agency in capitals and its photographer after the caption
    ("La gare de Genève-Eaux-Vives aux heures de pointe. KEYSTONE/Martial Trezzini",
     "La gare de Genève-Eaux-Vives aux heures de pointe.", "KEYSTONE/Martial Trezzini", "agency-slash-name"),
    ("Le port d'Anvers sous la neige. BELGA/Dirk Waem", "Le port d'Anvers sous la neige.", "BELGA/Dirk Waem",
     "agency-slash-name"),
    # an Arabic archive picture and its agency
    ("عمال يصلحون خطوط كهرباء في أحد شوارع بيروت (أرشيف - أ ف ب)", "عمال يصلحون خطوط كهرباء في أحد شوارع بيروت",
     "أ ف ب", "arabic-archive"),
    ("منشأة تابعة لـ«أدنوك» في الرويس (أرشيفية - وام)", "منشأة تابعة لـ«أدنوك» في الرويس", "وام", "arabic-archive"),
    # a Chinese file picture, after its caption or alone under the picture
    ("乐龄人士明年4月起可购买新的乐龄月票。（资料图片）", "乐龄人士明年4月起可购买新的乐龄月票。", "",
     "chinese-file-photo"),
    ("港鐵東涌西站月台（資料圖）", "港鐵東涌西站月台", "", "chinese-file-photo"),
    ("（档案照）", "", "", "chinese-file-photo"),
]

NOT_CREDITS_R9 = [
    # an agency's bracket after a paragraph signs the text
    "Une prochaine fermeture est déjà programmée pour la mi-janvier. (Belga)",
    "Die Bundesregierung will die Hilfen für die Landwirte im Frühjahr noch einmal aufstocken. (dpa)",
    "El Gobierno aprobará el decreto en el próximo Consejo de Ministros, según fuentes oficiales. (EFE)",
    # the archive word and a file picture named in sentences
    "وقال مدير الأرشيف إن الوثائق ستنشر قريبا.",
    "他说，这些资料图片将在下周的展览中首次公开。",
    # a copyright sign before a year or a name that is no agency
    "Tous droits réservés. © 2026",
]


@pytest.mark.parametrize(("line", "caption", "credit", "rule"), CAPTIONS_R9)
def test_caption_credit_shapes_of_round_9(line: str, caption: str, credit: str, rule: str) -> None:
    assert find_credit(line) == CreditMatch(caption, credit, rule)


@pytest.mark.parametrize("line", NOT_CREDITS_R9)
def test_agency_sign_off_after_a_paragraph_is_no_caption(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Keystone-SDA/mke", "editor"),
        ("(APA)", "editor"),
        ("ats/afp", "editor"),
        ("Belga", "editor"),
        ("dpa/lby", "editor"),
        ("(APA, red, 30.11.2026)", "editor"),
        # a world agency alone credits a picture; "AP Photo/…" too
        ("AFP", "photo_credit"),
        ("AP Photo/Evan Vucci", "photo_credit"),
    ],
)
def test_a_bare_agency_sign_off_is_the_story_s_signature(line: str, category: str) -> None:
    decisions, _ = claim_lines([line])
    assert decisions[0] is not None and decisions[0].category == category


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von: Tom Berger und Lisa Hahn", ["Tom Berger", "Lisa Hahn"]),
        ("By: Jane Doe", ["Jane Doe"]),
        ("Par : Marie Martin", ["Marie Martin"]),
    ],
)
def test_byline_word_with_a_colon(line: str, authors: list[str]) -> None:
    found = find_byline(line)
    assert found is not None and found.authors == authors


# a store's label of a game's publisher
@pytest.mark.parametrize("line", ["By: the numbers, a record year", "Von: Berlin nach Hamburg", "Par : ici la sortie",
                                  "Published By: Valve"])
def test_byline_word_with_a_colon_before_words_is_no_byline(line: str) -> None:
    assert find_byline(line) is None


DATELINES_R9: list[tuple[str, Dateline]] = [
    ("Wien – Die neue U-Bahn-Linie U5 soll im Herbst 2027 ihren Betrieb aufnehmen.",
     Dateline("Wien –", "Wien", None, None)),
    ("Genf – Le Conseil d'Etat a présenté mardi son budget pour l'an prochain.",
     Dateline("Genf –", "Genf", None, None)),
    ("بيروت - أقرّ مجلس الوزراء اللبناني في جلسته اليوم خطة الكهرباء.", Dateline("بيروت -", "بيروت", None, None)),
    ("الرباط – قررت الحكومة المغربية رفع الدعم عن غاز الطهي.", Dateline("الرباط –", "الرباط", None, None)),
]


@pytest.mark.parametrize(("paragraph", "expected"), DATELINES_R9)
def test_place_and_dash_open_the_first_paragraph_only(paragraph: str, expected: Dateline) -> None:
    assert find_dateline(paragraph, first_paragraph=True) == expected
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # a word and a dash before a sentence in lower case; a paragraph that is no full sentence
        "Heute – das ist der Tag, an dem alles begann.",
        "Wien – Die neue U-Bahn-Linie U5 und ihre Stationen im Überblick",
        # three capitalised words are a name or a phrase, not a place
        "Frankfurt Am Main Heute – Der Dax hat am Mittwoch deutlich nachgegeben.",
    ],
)
def test_no_place_and_dash_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph, first_paragraph=True) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("【明報專訊】港鐵東涌綫延線工程進入最後階段，預計明年通車。", Dateline("【明報專訊】", None, "明報", None)),
        ("早报讯 65岁及以上的新加坡公民明年4月起可购买新的乐龄月票。", Dateline("早报讯", None, "早报", None)),
        ("江城晚报讯 11月29日，记者从市城管局获悉，长江大桥将于下月维修。",
         Dateline("江城晚报讯", None, "江城晚报", None)),
        ("本报讯（记者 张三）昨天，市政府召开新闻发布会，介绍交通整治情况。",
         Dateline("本报讯（记者 张三）", None, "本报", None)),
    ],
)
def test_chinese_paper_s_own_report_mark(paragraph: str, expected: Dateline) -> None:
    assert find_dateline(paragraph) == expected


def test_report_word_in_a_sentence_is_no_mark() -> None:
    assert find_dateline("他的报讯很快传到了北京的家人那里，家人们都很高兴。") is None


def test_bracketed_agency_and_abbreviated_month_in_a_french_dateline() -> None:
    paragraph = "Bruxelles, 2 déc. (Belga) – Le tunnel Léopold II sera fermé tout le week-end."
    assert find_dateline(paragraph) == Dateline("Bruxelles, 2 déc. (Belga) –", "Bruxelles", "Belga", "2 déc.")


# An HTML probe round: a label with a slash in brackets ("（圖／中央社）"); a pair of words in
# brackets with a slash is no credit unless a photographer's name or an agency stands beside it.
CAPTIONS_R10: list[tuple[str, str, str, str]] = [
    ("高鐵列車停靠台北車站月台。（圖／中央社）", "高鐵列車停靠台北車站月台。", "中央社", "parenthesised-credit"),
    ("抢修人员在现场作业（图/新华社）", "抢修人员在现场作业", "新华社", "parenthesised-credit"),
    ("Der Bürgermeister auf dem Wochenmarkt (Jane Doe/Example Times)", "Der Bürgermeister auf dem Wochenmarkt",
     "Jane Doe/Example Times", "parenthesised-credit"),
    ("Protesters outside the court in Seoul (Kim/Reuters)", "Protesters outside the court in Seoul", "Kim/Reuters",
     "parenthesised-credit"),
    # Polish "fot." before the source or the photographer, after a caption or alone
    ("Tak ma wyglądać nowy most na Sanie. fot. UM Przemyśl", "Tak ma wyglądać nowy most na Sanie.", "UM Przemyśl",
     "fot-name"),
    ("Fot. Jan Nowak", "", "Jan Nowak", "fot-name"),
]
NOT_CREDITS_R10 = [
    "Na zdjęciu widać fot. Nowaka z 1990 roku.",
    "Wystawa fot. Jana Nowaka w galerii",
    "Mehrheit aus zwei Fraktionen (SPD/Grüne)",
    "Der Umsatz stieg um vier Prozent (brutto/netto)",
    "Loan Fees (Graduate/Doctoral Students)",
    "Portable storage containers ($0.09/GB)",
]


@pytest.mark.parametrize(("line", "caption", "credit", "rule"), CAPTIONS_R10)
def test_caption_credit_shapes_of_round_10(line: str, caption: str, credit: str, rule: str) -> None:
    assert find_credit(line) == CreditMatch(caption, credit, rule)


@pytest.mark.parametrize("line", NOT_CREDITS_R10)
def test_a_pair_of_words_in_brackets_is_no_credit(line: str) -> None:
    assert find_credit(line) is None


def test_a_credit_element_s_leading_bar_and_label_are_dropped() -> None:
    from newsclean.credits import clean_credit

    assert clean_credit("| Photo L’Écho de Cornouaille / Maëlle Rivoal") == "L’Écho de Cornouaille / Maëlle Rivoal"


@pytest.mark.parametrize(
    ("title", "url", "site_name", "expected"),
    [
        ("What is Cloud Computing? | Google Cloud", "https://cloud.google.com/learn", None, "What is Cloud Computing?"),
        ("Top Fitness Trends in 2025 - advantagefitness.com", "https://www.advantagefitness.com/blog", None,
         "Top Fitness Trends in 2025"),
        ("Stadtrat beschließt Nachtbuslinie | Lindenauer Tagblatt", None, "Lindenauer Tagblatt",
         "Stadtrat beschließt Nachtbuslinie"),
        ("Lindenauer Tagblatt – Stadtrat beschließt Nachtbuslinie", "https://www.lindenauer-tagblatt.de/x", None,
         "Stadtrat beschließt Nachtbuslinie"),
        ("国务院印发实施意见_中国政务信息网", "https://www.zhengwu.cn/a", "中国政务信息网", "国务院印发实施意见"),
        # a part that names neither the site nor its host stays
        ("Council approves budget | Politics", "https://www.gazette.com/x", "The Gazette",
         "Council approves budget | Politics"),
        ("Council approves budget", "https://www.gazette.com/x", "The Gazette", "Council approves budget"),
        # a phrase of the headline that holds a word of the host is no site name
        ("Interest rates held – good news for mortgage holders", "https://news.example.co.uk/x", None,
         "Interest rates held – good news for mortgage holders"),
        ("Budget 2026 - What it means for your money", "https://www.money.co.uk/x", None,
         "Budget 2026 - What it means for your money"),
        ("Google unveils its new chip | AI", "https://www.dailymail.co.uk/x", None, "Google unveils its new chip | AI"),
        # what would be left is too short to be a headline
        ("News | The Gazette", "https://www.gazette.com/", "The Gazette", "News | The Gazette"),
    ],
)
def test_without_site_name(title: str, url: str | None, site_name: str | None, expected: str) -> None:
    assert without_site_name(title, url, site_name) == expected


ARTICLE_LINES = [
    "Business schools reported a rise in applications this year, with the largest programmes receiving "
    "more than 8,000 applicants for fewer than 900 places.",
    "Admissions officers said the strongest growth came from applicants with backgrounds in engineering "
    "and health care, and from candidates outside the United States.",
    "Tuition at the top 20 programmes now averages more than $80,000 a year, and scholarships have not "
    "kept pace, according to figures compiled by the schools themselves.",
]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a <title> without the site's name, not shown again on the page
        ("Top MBA Programs of 2025: Business School Rankings & Guides",
         "Top MBA Programs of 2025: Business School Rankings & Guides"),
        # a masthead of a few words is no title
        ("The Daily Ledger", None),
        # nor a sentence
        ("Our newsroom has covered the county since 1887 and will keep doing so.", None),
    ],
)
def test_a_first_line_alone_is_the_title_when_nothing_else_is(first: str, title: str | None) -> None:
    page = "\n".join([first, "Home", "News", "Sport", *ARTICLE_LINES])
    assert newsclean.clean(page).title == title


SIGNED_PAGE = """Giá vé xe buýt Hà Nội tăng từ tháng 1 - Báo Thời Sự
Thời sự
Giá vé xe buýt Hà Nội tăng từ tháng 1
Thứ ba, 1/12/2026, 14:30 (GMT+7)
Từ ngày 1/1/2027, giá vé lượt xe buýt tại Hà Nội tăng từ 7.000 lên 9.000 đồng, theo quyết định của Ủy ban \
nhân dân thành phố ban hành chiều nay.
Theo Sở Giao thông Vận tải, mức giá mới nhằm bù đắp chi phí nhiên liệu và bảo dưỡng phương tiện, vốn đã tăng \
mạnh trong hai năm qua.
Giá vé tháng dành cho học sinh, sinh viên được giữ nguyên để không ảnh hưởng đến người học, đại diện Sở \
cho biết tại buổi họp báo.
Thành phố cũng sẽ mở thêm 12 tuyến xe buýt điện trong năm tới, chủ yếu kết nối các khu đô thị mới ở phía tây \
với trung tâm.
Minh Anh
Quảng cáo
Chia sẻ
"""


def test_a_name_alone_under_the_story_signs_it_when_no_byline_did() -> None:
    # Vietnamese papers sign a story with the reporter's name on the line below its last
    # paragraph; a byline in the head names the authors instead, and a button there is no name.
    assert newsclean.clean(SIGNED_PAGE).authors == ["Minh Anh"]
    bylined = SIGNED_PAGE.replace("Thứ ba, 1/12/2026", "Tác giả: Lan Hương\nThứ ba, 1/12/2026")
    assert newsclean.clean(bylined).authors == ["Lan Hương"]
    assert newsclean.clean(SIGNED_PAGE.replace("Minh Anh", "Add To Cart")).authors == []
