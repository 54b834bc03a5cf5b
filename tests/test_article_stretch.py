"""Step 7 of the algorithm: the article is one stretch of the page.

A "Related" or comments heading below most of the story ends it, a heading higher up does not,
a thread of commenters' lines ends it however long the thread, so does the site's copyright line,
and a small run of kept lines cut off from the story (a settings dialog, a stray teaser) is an
island of boilerplate. The pages copy the shape of real ones; the expectations are by hand.
"""

from __future__ import annotations

import pathlib

import newsclean
import newsclean.rules
from newsclean.classify import (
    Decision,
    _close_at_comment_thread,
    _close_at_copyright_footer,
    _close_at_tail_heading,
    _drop_body_above_headline,
    _drop_copies_joined_in_one_line,
    _drop_headlines_above_story,
    _drop_islands,
    _drop_repeated_paragraphs,
    _drop_stretches_after_sign_up_boxes,
    _drop_trailing_headlines,
    _keep_page_without_story,
    _revise_sentences_between_body,
    _revive_lead_under_head,
    _revive_list_under_colon,
    _revive_live_entries,
    _revive_paragraphs_above_signature,
    _revive_paragraphs_around_story_furniture,
    _teasers_under_related_heading,
    claim_lines,
)

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "text"
STORY = [
    "Emergency crews evacuated more than 400 homes on Tuesday night after the river burst through temporary "
    "barriers that had been put up only two days earlier.",
    "The Environment Agency said water levels at the town bridge reached 6.2 metres, the highest since records "
    "began in 1870, and warned that more rain was expected on Thursday.",
    "Residents described watching the water rise over the course of an hour. \"We had about twenty minutes to get "
    "the children out,\" said Mark Ellis, who lives on Mill Lane with his family.",
    "The council has opened two rest centres at local schools and asked people who can stay with friends or "
    "relatives to do so, so that beds remain free for the elderly.",
    "Engineers will inspect the barriers once the water recedes. The agency said it was too early to say why the "
    "defences had failed, but that a full review would be published.",
    "The river has flooded the town centre three times in the past decade, and the barriers were meant to hold "
    "until permanent walls are finished in 2028.",
    "Local businesses on the high street said they had moved stock upstairs on Monday after warnings from the "
    "agency, but several shops were still damaged.",
    "The main road into the town will stay closed until at least Friday, the county council said, and buses are "
    "being diverted through the villages to the east.",
    "Volunteers from the sailing club used dinghies to reach people who had stayed in their homes, and the "
    "coastguard helicopter lifted two people from a roof.",
]
# The second half of a longer story. The "Related" heading that ends a story has most of the
# story's words above it, and an island is small next to the story it is cut off from.
MORE = [
    "Schools in the lower town will stay closed for the rest of the week, and exams planned for Thursday have been "
    "moved to the sports hall at the college on the hill.",
    "The water company said drinking water was safe, but asked people in the flooded streets not to use taps "
    "until engineers had checked the pumping station on Station Road.",
    "Several families said they had not been able to get flood insurance since the last floods, and that they "
    "would have to pay for repairs to their homes themselves.",
    "The local MP said she would ask the government for emergency funding and visit the rest centres on "
    "Wednesday morning with the leader of the county council.",
    "Forecasters expect the river to stay high until the weekend, and the agency has kept its severe flood "
    "warning in place for the streets closest to the bridge.",
    "Police asked people not to drive through flood water after two cars were abandoned on the ring road on "
    "Tuesday evening, and closed the footpaths along the river.",
]
HEAD = [
    "Flood defences fail as river reaches record height - The Example Gazette",
    "",
    "Home",
    "News",
    "Sport",
    "Weather",
    "",
    "Flood defences fail as river reaches record height",
    "",
    "By Jane Morton, Environment correspondent",
    "",
]
TEASERS = [
    "Storm warnings issued for the north-west as a second band of heavy rain moves in from the Atlantic overnight.",
    "Insurers say claims from last winter's floods are still being settled, more than a year after the water went "
    "down.",
    "Farmers count the cost of waterlogged fields as the planting season is pushed back by several weeks.",
]


def _page(*blocks: list[str]) -> str:
    return "\n".join(line for block in blocks for line in block)


def _rule_of(article: newsclean.Article, text: str) -> str:
    return next(line.rule for line in article.lines if line.text.strip() == text)


def test_teaser_sentences_under_a_related_heading_below_the_story_are_not_body() -> None:
    article = newsclean.clean(_page(HEAD, STORY, MORE, ["Related stories"], TEASERS, ["© 2026 The Example Gazette"]))
    assert article.text.splitlines() == STORY + MORE
    assert {_rule_of(article, teaser) for teaser in TEASERS} == {"related.after-heading"}


def test_a_box_whose_headlines_the_story_follows_does_not_close_it() -> None:
    # "Related stories", two headlines, then the story's last paragraphs, below 85% of the kept
    # words: step 7 is run alone on the model's decisions, which kept the paragraphs.
    box = ["Related stories", "Council approves new flood walls", "Small town rallies to rebuild flooded school"]
    lines = [*STORY, *MORE[:4], *box, *MORE[4:]]
    decided = _decided(lines, {*STORY, *MORE})
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == [line for line in lines if line not in box]
    # teasers that alternate headline and summary are a list below the story
    lines = [*STORY, *MORE, box[0], box[1], TEASERS[0], box[2], TEASERS[1]]
    decided = _decided(lines, {*STORY, *MORE, *TEASERS})
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == [*STORY, *MORE]


def test_an_emptied_box_in_an_extractor_s_main_text_does_not_close_the_story() -> None:
    # trafilatura keeps a box's heading ("Czytaj także") but drops its links: the story's last
    # paragraph follows the heading directly. In a page's text the teasers' headlines are there.
    lines = [*STORY, *MORE[:5], "Czytaj także", MORE[5]]
    decided = _decided(lines, {*STORY, *MORE})
    _close_at_tail_heading(lines, decided, main_text=True)
    assert _kept(lines, decided) == [*STORY, *MORE]
    decided = _decided(lines, {*STORY, *MORE})
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == [*STORY, *MORE[:5]]


def test_a_note_on_the_author_below_the_story_is_not_body() -> None:
    # The byline names Jane Morton; a line opening with her name among the last kept lines is a
    # note about her. A story that quotes someone by name ends as it did.
    note = "Jane Morton is the Gazette's environment correspondent and the author of a book on the river."
    article = newsclean.clean(_page(HEAD, STORY, [note]))
    assert article.text.splitlines() == STORY
    assert _rule_of(article, note) == "boilerplate.author-note"
    quoted = "Jan Morten, who runs the sailing club, said the volunteers would be out again tonight."
    assert newsclean.clean(_page(HEAD, STORY, [quoted])).text.splitlines() == [*STORY, quoted]


def test_a_comment_thread_below_the_story_is_not_body() -> None:
    thread = [
        "12 comments",
        "The barriers were never going to hold, and everyone on Mill Lane said so at the public meeting in March. "
        "Nobody from the agency listened to us then.",
        "Thank you to the volunteers from the sailing club. They were out all night in the rain helping people who "
        "could not leave their homes on their own.",
    ]
    article = newsclean.clean(_page(HEAD, STORY, MORE, thread))
    assert article.text.splitlines() == STORY + MORE
    assert {_rule_of(article, comment) for comment in thread[1:]} == {"comments.after-heading"}


def test_a_long_comment_thread_under_a_short_story_is_not_body() -> None:
    # A blog's thread: its heading names the post, and every comment opens with its author's line.
    # The thread has more words than the story, so only the authors' lines tell it apart. Step 7
    # alone is run, on the decisions of the steps before it, which kept the comments.
    comments = [*MORE, *TEASERS]
    lines = [*STORY[:3], "6 responses to “Flood defences fail as river reaches record height”"]
    for number, comment in enumerate(comments):
        lines += [f"floodwatcher{number} says:", comment]
    lines.append("Leave a Reply")
    rules = newsclean.rules.default_ruleset().match_lines(lines)
    decided = [Decision(rule.category, rule.id) if rule else Decision("body", "model.body") for rule in rules]
    _close_at_comment_thread(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == STORY[:3]
    assert decided[3].rule == "comments.en.thread-heading"
    assert {decided[lines.index(comment)].rule for comment in comments} == {"comments.in-thread"}


def test_a_thread_whose_commenters_stand_on_their_own_lines_is_not_body() -> None:
    # A blog's thread without "says:" lines: each comment under its author's name and a date
    # line. The thread is longer than the post, so no share of the body closes it; the thread
    # heading followed by names and dates does.
    comments = [*MORE, *TEASERS, *STORY[3:5]]
    lines = [*HEAD, *STORY[:3], "", f"{len(comments)} Comments on “Flood defences fail as river reaches record height”"]
    names = ["Emma", "Chris S", "Max Battcher", "Pete", "Travis Butler", "Kent Bunn", "Marc", "Dwight Williams",
             "Paul", "Sean Crawford", "Ann Marie"]
    for number, comment in enumerate(comments):
        lines += ["", names[number], f"March {number + 3}, 2026, 9:{10 + number} pm", comment]
    article = newsclean.clean("\n".join(lines))
    assert article.text.splitlines() == STORY[:3]
    assert {_rule_of(article, comment) for comment in comments} <= {"comments.in-thread", "model.boilerplate"}


def test_a_comments_link_in_the_story_head_closes_nothing() -> None:
    # "Comments (4)" under the byline, the story's date below it: the story is not a thread.
    head = [*HEAD[:-1], "3 Comments on “Flood defences fail as river reaches record height”", "March 3, 2026", ""]
    article = newsclean.clean(_page(head, STORY, MORE))
    assert article.text.splitlines() == STORY + MORE


def test_rejected_menu_items_and_teaser_headlines_are_named() -> None:
    # Section names the tables do not know, and teaser headlines under a "Related" heading, are
    # rejected by the model; their neighbours say what they are. The body is not touched.
    menu = ["Politik", "Wirtschaft", "Kultur", "Wissenschaft", "Reise", "Gesundheit"]
    teasers = [
        "Storm warnings issued for the north-west as heavy rain moves in",
        "Insurers still settling claims from last winter's floods",
        "Farmers count the cost of waterlogged fields",
    ]
    article = newsclean.clean(_page(HEAD[:2], menu, [""], HEAD[7:], STORY, MORE, ["", "Related stories"], teasers))
    assert article.text.splitlines() == STORY + MORE
    assert {_rule_of(article, item) for item in menu} == {"navigation.menu-run"}
    assert {_rule_of(article, teaser) for teaser in teasers} == {"related.teaser-under-heading"}


def test_unknown_names_among_a_language_picker_s_are_languages() -> None:
    # A world service's list of editions: the tables know most endonyms, not every one.
    picker = ["English", "Norsk bokmål", "Polski", "Hausa", "Kreyòl Ayisyen", "Kiswahili", "Tiếng Việt"]
    article = newsclean.clean(_page(HEAD[:2], picker, [""], HEAD[7:], STORY, MORE))
    assert article.text.splitlines() == STORY + MORE
    assert [line.category for line in article.lines if line.text in picker] == ["language_picker"] * len(picker)
    assert _rule_of(article, "Norsk bokmål") == "language_picker.among-languages"


def test_a_short_line_after_a_cookie_notice_is_its_button() -> None:
    notice = ("Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de "
              "Privacidade e, ao continuar navegando, você concorda com estas condições.")
    article = newsclean.clean(_page(HEAD, STORY, MORE, ["", notice, "Prosseguir"]))
    assert article.text.splitlines() == STORY + MORE
    assert _rule_of(article, "Prosseguir") == "cookie_banner.button-after-notice"


def test_a_subheading_between_two_kept_paragraphs_is_body() -> None:
    lines = [STORY[0], "Oppositionen tveksam", STORY[1], "Read more", "Home"]
    decided = _decided(lines, {STORY[0], STORY[1]})
    _revise_sentences_between_body(lines, decided)
    assert decided[1].rule == "model.body-between-body"
    assert not decided[3].kept  # a short line below the story has no paragraph under it


def test_last_paragraphs_the_model_rejected_above_the_story_s_signature_are_body() -> None:
    # A columnist's story ends with the signature and the photo credit; the model, which has
    # learnt that claimed lines cluster in threads and footers, rejected the last two paragraphs.
    # Step 6 alone is run on such decisions.
    signature = "정덕현 칼럼니스트 thekian1@entermedia.co.kr"
    lines = [*STORY[:4], signature, "[사진=JTBC, 이매진아시아]", "무단전재 및 재배포 금지"]
    decided = [Decision("body", "model.body")] * 2 + [Decision("boilerplate", "model.boilerplate")] * 2
    decided += [claim for claim in claim_lines(lines)[0][4:] if claim is not None]
    assert [decision.category for decision in decided[4:]] == ["byline", "photo_credit", "copyright"]
    _revive_paragraphs_above_signature(lines, decided)
    assert [decision.rule for decision in decided[:4]] == ["model.body"] * 2 + ["model.body-between-body"] * 2
    # With no kept body above them, rejected sentences over a byline stay out (a commenter's post).
    decided = [Decision("boilerplate", "model.boilerplate")] * 4 + decided[4:]
    _revive_paragraphs_above_signature(lines, decided)
    assert {decision.rule for decision in decided[:4]} == {"model.boilerplate"}


def test_paragraphs_the_model_rejected_beside_in_story_furniture_are_body() -> None:
    # A story in short paragraphs, broken by a "Read also" box with its teaser's headline, a
    # caption with its credit and an ad label; the model rejected the paragraphs beside them.
    # Step 6's revision around such furniture is run alone on these decisions.
    head = ["By Jane Morton, Environment correspondent"]
    box = ["Read also", "Town council approves new flood barrier plan"]
    caption = ["Residents carry belongings through flooded Mill Lane on Tuesday. (Photo: Jane Morton/Reuters)"]
    tail = ["Advertisement", STORY[4], STORY[5], "Share this article"]
    lines = [*head, STORY[0], STORY[1], *box, STORY[2], *caption, STORY[3], *tail]
    claims = claim_lines(lines)[0]
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    decided = [claim or rejected for claim in claims]
    decided[lines.index(STORY[2])] = kept
    assert [decided[lines.index(text)].category for text in (head[0], box[0], caption[0], tail[0], tail[3])] == [
        "byline", "related", "caption", "advertisement", "share"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    revived = [lines.index(text) for text in (STORY[0], STORY[1], STORY[3], STORY[4], STORY[5])]
    assert {decided[index].rule for index in revived} == {"model.body-between-body"}
    assert decided[lines.index(box[1])] == rejected  # the teaser's headline stays out
    # Below the last kept line, a heading over several headlines, each with its summary, is a list
    # of teasers: their summaries stay out.
    teasers = ["Related stories", "Council approves new barrier plan", STORY[4],
               "Insurers count the cost of the floods", STORY[5], "Share this article"]
    lines = [STORY[3], *teasers]
    decided = [kept, *(claim or rejected for claim in claim_lines(lines)[0][1:])]
    assert decided[1].rule == "related.en.heading"
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert {decided[lines.index(text)].rule for text in (STORY[4], STORY[5])} == {"model.boilerplate"}
    # A full sentence beside a credit alone is its caption, not the story.
    photo = "Floodwater on Mill Lane on Tuesday morning, seen from the bridge."
    lines = [STORY[0], photo, "Jane Morton/Reuters", STORY[1]]
    decided = [kept, rejected, claim_lines(lines)[0][2] or rejected, kept]
    assert decided[2].category == "photo_credit"
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[1] == rejected


def test_a_figure_and_a_subheading_inside_the_story_keep_the_story_going() -> None:
    # A figure in mid-story (caption, then its credit on a line of its own), then the story's
    # next section under an ad label and a subheading down to the share row. Step 6 is run alone.
    photo = "Floodwater on Mill Lane on Tuesday morning, seen from the bridge."
    lines = [STORY[0], photo, "Jane Morton/Reuters", STORY[1], STORY[2], "Advertisement",
             "What happens next", STORY[3], "Share this article"]
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[0] = decided[lines.index(STORY[2])] = kept
    assert [decided[k].category for k in (2, 5, 8)] == ["photo_credit", "advertisement", "share"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[lines.index(STORY[1])].rule == "model.body-between-body"
    assert decided[lines.index(photo)] == rejected  # the caption above the credit stays out
    # a paragraph's length above a credit is the story, the picture's caption left out
    lines[1] = STORY[4] + " " + STORY[5]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[0] = decided[lines.index(STORY[2])] = kept
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[1].rule == "model.body-between-body"
    assert {decided[lines.index(text)].rule for text in ("What happens next", STORY[3])} == {
        "model.body-between-body"}


def test_the_last_two_paragraphs_the_model_rejected_above_a_share_row_are_body() -> None:
    # Each of the two stands beside the other, rejected: one at a time, neither has body on one
    # side and body or named furniture on the other. As a run they do. Four in a row are too many.
    lines = [*STORY[:3], STORY[3], STORY[4], "Share this article"]
    decided = _decided(lines, set(STORY[:3]))
    _revise_sentences_between_body(lines, decided)
    assert _kept(lines, decided) == STORY[:5]
    lines = [*STORY[:3], *MORE[:4], "Share this article"]
    decided = _decided(lines, set(STORY[:3]))
    _revise_sentences_between_body(lines, decided)
    assert _kept(lines, decided) == STORY[:3]


def test_the_story_s_last_section_after_a_box_or_under_a_subheading_is_body() -> None:
    # A TV station's story: kept body, a "VIDEO:" pointer, the last two paragraphs the model
    # rejected, then the next pointer. And a business paper's: its last subheading and two
    # paragraphs, all rejected, above the paywall box.
    video = "VIDEO: Drone footage shows Ridge Fire burn scar near Placerville"
    lines = [*STORY[:3], video, STORY[3], STORY[4], "WATCH RELATED: Ridge Fire forces evacuations in El Dorado County"]
    decided = _decided(lines, set(STORY[:3]))
    assert decided[3].category == decided[-1].category == "related"
    _revise_sentences_between_body(lines, decided)
    assert _kept(lines, decided) == STORY[:5]
    lines = [*STORY[:3], "What happens next", STORY[3], STORY[4], "Share this article"]
    decided = _decided(lines, set(STORY[:3]))
    _revise_sentences_between_body(lines, decided)
    assert _kept(lines, decided) == [*STORY[:3], "What happens next", *STORY[3:5]]


def test_the_sentences_below_a_box_s_few_headlines_at_the_story_s_end_are_body() -> None:
    # A tabloid's "Don't miss..." box with two teasers, then the story's last two paragraphs the
    # model rejected, then a reader call. A list of teasers alternates headline and summary.
    box = ["Don't miss...", "Brits issued warning over common mistake on beach holidays [LATEST]",
           "Heatwave map shows exact date UK will bake in 34C sunshine [WEATHER]"]
    call = "Have you had a run-in with a seagull? Email us at newsdesk@example.co.uk"
    lines = [*STORY[:3], *box, STORY[3], STORY[4], call]
    decided = _decided(lines, set(STORY[:3]))
    assert [decided[k].category for k in (3, 8)] == ["related", "hotline"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == STORY[:5]
    teasers = [box[0], box[1], TEASERS[0], box[2], TEASERS[1]]
    lines = [*STORY[:3], *teasers, call]
    decided = _decided(lines, set(STORY[:3]))
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == STORY[:3]


def test_a_listen_label_under_the_date_does_not_cut_the_story_from_its_head() -> None:
    # "Escuchar este artículo" and a share row between the date and the first paragraphs, which
    # the model rejected, above a photo's credit: the story's head still reaches them.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    lines = ["Por Valentina Restrepo", "9 de octubre de 2026, 11:20 a. m.", "Escuchar este artículo", "Compartir",
             "Foto: Alcaldía de Medellín", STORY[0], STORY[1],
             "Te puede interesar: Estas son las vías cerradas en Antioquia por derrumbes", STORY[2], STORY[3]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-2] = decided[-1] = kept
    assert [decision.category for decision in decided[:5]] == ["byline", "date", "boilerplate", "share", "photo_credit"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == STORY[:4]


def test_a_short_subheading_below_a_short_paragraph_is_body() -> None:
    # "Last year, the monsoon reached Kerala on May 30." then "Relief for farmers" and the next
    # paragraph: the model rejected the subheading. A teaser's long headline there stays out.
    short = "Last year, the monsoon reached Kerala on May 30."
    teaser = "Farmers in four states count the cost of the early rains"
    for heading, revived in (("Relief for farmers", True), (teaser, False)):
        lines = [STORY[0], short, heading, STORY[1]]
        decided = _decided(lines, {STORY[0], short, STORY[1]})
        _revise_sentences_between_body(lines, decided)
        assert decided[2].kept is revived


def test_a_short_subheading_right_after_a_box_opens_the_story_s_next_section() -> None:
    # An ad label or a "Read also" box, then the next section's subheading right above a kept
    # paragraph: the model rejected the subheading. A teaser's headline there stays out, and so
    # does a short line between the story's head and its first paragraph.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    for box in (["Advertisement"], ["Read also", "Council approves new flood barrier plan for the town"]):
        lines = [STORY[0], STORY[1], *box, "What happens next", STORY[2]]
        decided = [claim or rejected for claim in claim_lines(lines)[0]]
        decided[0] = decided[1] = decided[-1] = kept
        _revive_paragraphs_around_story_furniture(lines, decided)
        assert decided[lines.index("What happens next")].rule == "model.body-between-body"
        assert box[-1] == "Advertisement" or decided[lines.index(box[-1])] == rejected
    lines = [STORY[0], "Read also", "Council approves new flood barrier plan for the town", STORY[1]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[0] = decided[-1] = kept
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[2] == rejected
    lines = ["By Jane Morton", "Jane Morton/Reuters", "Why you can trust us", STORY[0]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-1] = kept
    assert [decision.category for decision in decided[:2]] == ["byline", "photo_credit"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[2] == rejected


def test_a_tabloid_s_short_paragraphs_keep_their_subheadings() -> None:
    # Paragraphs of a dozen words: a subheading right after an ad label stands above one, and so
    # does one that ends the gap between the byline and the first kept paragraph once the gap's
    # sentences are the story's. The model rejected both subheadings.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    first = "Die Vermieterin hatte die Miete im Frühjahr um fast 30 Prozent erhöht."
    second = "Der Verein schrieb einen Brief an die Hausverwaltung und drohte mit einer Klage."
    lines = [first, "Anzeige", "Dann kam der Mieterverein", second]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[0] = decided[-1] = kept
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert decided[2].rule == "model.body-between-body"
    lines = ["Von Tom Berger", first, "Anzeige", "Was war passiert?", second]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-1] = kept
    assert decided[0].category == "byline"
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == [first, "Was war passiert?", second]


def test_the_story_s_last_section_above_a_list_of_teasers_is_body() -> None:
    # Below the last kept line: a photo credit, the last section (a subheading, two sentences),
    # then "Mehr zum Thema" over two teasers' headlines. The list starts at its heading.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    section = ["Das sagt das Gericht", "Die Richter stellten klar, dass eine Mieterhöhung begründet sein muss.",
               "Der Vermieter kann noch Berufung einlegen, sein Anwalt äußerte sich nicht."]
    teasers = ["Mehr zum Thema", "Mietpreisbremse: Diese Städte sind jetzt betroffen",
               "Nebenkosten-Abrechnung: So erkennen Sie Fehler"]
    lines = [STORY[0], "Foto: Thomas Weber", *section, *teasers]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[0] = kept
    assert [decided[k].category for k in (1, 5)] == ["photo_credit", "related"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == [STORY[0], *section]


def test_a_share_row_under_the_byline_does_not_cut_the_story_from_its_head() -> None:
    # A regional paper's wire story: byline, a share row ("Share this article", then a button the
    # rules do not know), the first paragraphs the model rejected, a caption, then kept body.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    caption = "Residents carry belongings through flooded Mill Lane on Tuesday. (Photo: Jane Morton/Reuters)"
    lines = ["By Jane Morton", "Share this article", "Send", STORY[0], STORY[1], caption, STORY[2], STORY[3]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-1] = kept
    assert [decision.category for decision in decided[:2]] == ["byline", "share"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == [*STORY[:4]]


def test_the_story_s_head_reaches_past_the_lead_picture_and_its_furniture() -> None:
    # A Canadian chain's story: the date line with the update's age and the reading time, a
    # comment count, the lead picture's long caption and credit, then "Article content", then the
    # first paragraphs the model rejected. The long caption stays out; the paragraphs are the story's.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    caption = ("The Elgin County courthouse in St. Thomas, where the former daycare owner was sentenced on "
               "Tuesday after pleading guilty in September to fraud over five thousand dollars.")
    lines = ["Published Dec 09, 2026  •  Last updated 3 hours ago  •  3 minute read", "Join the conversation",
             caption, "Photo by Derek Ruttan/The Free Press", "Article content", STORY[0], STORY[1],
             "Advertisement 2", STORY[2], STORY[3]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-2] = decided[-1] = kept
    assert [decision.category for decision in decided[:4]] == ["date", "comments", "boilerplate", "photo_credit"]
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == STORY[:4]


def test_a_tabloid_s_one_sentence_paragraphs_between_ad_labels_are_the_story() -> None:
    # An Austrian tabloid: a paragraph is one short sentence, and an ad label every few of them;
    # the model rejected all of them above its first kept paragraph. The gap is longer than one
    # box allows, and its sentences shorter than the revision's. A short caption above its
    # credited repeat stays out.
    kept, rejected = Decision("body", "model.body"), Decision("boilerplate", "model.boilerplate")
    short = ["Es war kurz nach 2 Uhr in der Früh.", "Plötzlich schoss ein dunkler BMW an den Beamten vorbei.",
             "Und das mitten im Baustellenbereich bei Engerwitzdorf.", "Erlaubt sind dort nur 60 km/h.",
             "Die Messung ergab unfassbare 187 km/h.", "Das ist mehr als das Dreifache.",
             "Die Polizisten nahmen sofort die Verfolgung auf.", "Er war laut Polizei nüchtern."]
    picture = ["Der Wagen wurde beschlagnahmt.", "Der Wagen wurde beschlagnahmt. (Bild: Polizei OÖ)"]
    lines = ["07.12.2026 13:45", "Markus Hainzl", *picture, *short[:3], "Werbung", *short[3:6], "Anzeige",
             *short[6:], "Werbung", STORY[0], STORY[1]]
    decided = [claim or rejected for claim in claim_lines(lines)[0]]
    decided[-2] = decided[-1] = kept
    _revive_paragraphs_around_story_furniture(lines, decided)
    assert _kept(lines, decided) == [*short, STORY[0], STORY[1]]


def test_a_quote_s_intro_near_the_story_s_end_is_not_a_commenter() -> None:
    # "Der Verkehrsminister sagt:" reads like a commenter's line ("Hans sagt:"); above a line that
    # opens with a quotation mark it introduces a quote, and the story goes on below it.
    page = (FIXTURES / "de_short_paragraphs_read_also.txt").read_text(encoding="utf-8").splitlines()
    end = next(k for k, line in enumerate(page) if line.startswith("Bereits im November"))
    quote = ["Der Verkehrsminister sagt:", "„Ich erwarte von beiden Seiten, dass sie schnell an den "
             "Verhandlungstisch zurückkehren und eine Lösung finden.“"]
    lines = [*page[:end], *quote, *page[end:]]
    assert claim_lines(lines)[0][end] is None
    kept = newsclean.clean("\n".join(lines)).text.splitlines()
    assert kept[-4:] == [*quote, *page[end:end + 2]]


def test_a_short_post_the_model_dropped_above_its_thread_is_the_story() -> None:
    # A quarterly open thread: a two-sentence post, then its comments. The model kept only the
    # comments; step 7 makes them comments and takes the post's sentences above them instead.
    post = [
        "Our goal with hosting quarterly open threads is to give readers an opportunity to raise questions "
        "about our work in the comments section below.",
        "You can view our June open thread here.",
    ]
    lines = [
        "September open thread",
        "September 10, 2026 | by Catherine",
        *post,
        "Posted in Open thread | Permalink | 10 Comments",
        "Comments",
    ]
    for number, comment in enumerate(MORE):
        lines += [f"Reader {number} on September 12, 2026 at 4:47 pm said:", comment]
    decided = [Decision("title", "title.page-title-line"), Decision("date", "date.date-line")]
    decided += [Decision("boilerplate", "model.boilerplate")] * 3 + [Decision("comments", "comments.en.widget")]
    for rule in newsclean.rules.default_ruleset().match_lines(lines[len(decided):]):
        decided.append(Decision(rule.category, rule.id) if rule else Decision("body", "model.body"))
    _close_at_comment_thread(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == post
    assert decided[2].rule == "model.body-above-thread"
    assert {decided[lines.index(comment)].rule for comment in MORE} == {"comments.in-thread"}


def test_a_story_quoting_what_someone_says_is_not_a_thread() -> None:
    quote = ["Here is what the sign on the bridge says:", "“Danger: flood water. Do not cross.”"]
    article = newsclean.clean(_page(HEAD, STORY[:4], quote, STORY[4:]))
    assert article.text.splitlines()[-len(STORY[4:]):] == STORY[4:]


def test_an_author_profile_below_the_story_is_not_body() -> None:
    # Step 7 alone, on decisions where the model kept the profile's sentences.
    profile = [
        "About Jane Morton",
        "Jane Morton has covered the environment for the Gazette since 2015. She previously reported on farming "
        "and rural affairs for regional papers in the north of England.",
    ]
    lines = [*STORY, *MORE, *profile]
    rules = newsclean.rules.default_ruleset().match_lines(lines)
    decided = [Decision(rule.category, rule.id) if rule else Decision("body", "model.body") for rule in rules]
    _close_at_tail_heading(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == STORY + MORE
    assert [decision.rule for decision in decided[-2:]] == ["boilerplate.en.about-heading", "boilerplate.after-heading"]


def test_headlines_below_the_last_paragraph_are_teasers_but_subheadings_are_not() -> None:
    headlines = [
        "Storm warnings issued for the north-west",
        "Insurers still settling last winter's claims",
        "Farmers count the cost of waterlogged fields",
    ]
    page = _page(HEAD, STORY[:4], ["What happens next"], STORY[4:], headlines, ["© 2026 The Example Gazette"])
    assert newsclean.clean(page).text.splitlines() == [*STORY[:4], "What happens next", *STORY[4:]]
    # Step 7 alone, on decisions where the model kept the headlines.
    lines = [*STORY[:4], "What happens next", *STORY[4:], *headlines]
    decided = [Decision("body", "model.body") for _ in lines]
    _drop_trailing_headlines(lines, decided)
    assert [decision.rule for decision in decided] == ["model.body"] * len(STORY) + ["model.body"] + [
        "related.headline-after-story"
    ] * len(headlines)


def test_a_paragraph_said_twice_is_kept_once() -> None:
    # A teaser list shown beside the story and again below it: step 7 alone, on decisions where
    # the model kept both copies.
    lines = [*TEASERS, *STORY, "", *TEASERS, "Short line", "Short line"]
    decided = [Decision("blank", "blank") if not text else Decision("body", "model.body") for text in lines]
    _drop_repeated_paragraphs(lines, decided)
    kept = [text for text, decision in zip(lines, decided, strict=True) if decision.kept]
    assert kept == [*TEASERS, *STORY, "Short line", "Short line"]
    assert {decided[index].rule for index in range(len(TEASERS) + len(STORY) + 1, len(lines) - 2)} == {
        "boilerplate.repeated-paragraph"
    }


def test_a_reply_quoting_an_earlier_post_keeps_the_quote() -> None:
    # A forum thread: the second post quotes the first under "name said:".
    lines = ["flood_watcher", STORY[0], STORY[1], "riverside_resident", "flood_watcher said:", STORY[0], STORY[1],
             "Click to expand...", STORY[2]]
    decided = [Decision("body", "model.body") for _ in lines]
    _drop_repeated_paragraphs(lines, decided)
    assert all(decision.kept for decision in decided)


def test_a_related_box_in_the_middle_of_the_story_does_not_end_it() -> None:
    box = ["Related stories", "Council approves new flood walls for the town centre"]
    article = newsclean.clean(_page(HEAD, STORY[:2], box, STORY[2:]))
    kept = article.text.splitlines()
    assert kept[:2] == STORY[:2]
    assert kept[-len(STORY[2:]):] == STORY[2:]


def test_a_read_also_box_near_the_story_s_end_does_not_close_it() -> None:
    # "Read also:" with its colon introduces a box inside the story, even below most of it.
    box = ["Read also:", "Council approves new flood walls for the town centre after a vote"]
    article = newsclean.clean(_page(HEAD, STORY, MORE[:5], box, MORE[5:]))
    assert article.text.splitlines()[-1] == MORE[5]


def test_the_last_teaser_of_a_box_in_mid_story_is_not_body() -> None:
    # The box's last headline stands right above the story's next paragraph, as a subheading
    # would; a full headline is a teaser, a short line a subheading.
    box = ["Read also:", "Council approves new flood walls for the town centre after a vote",
           "Insurers warn homeowners in the river valley of higher premiums this year"]
    article = newsclean.clean(_page(HEAD, STORY[:3], box, STORY[3:]))
    assert [_rule_of(article, line) for line in box[1:]] == ["related.teaser-under-heading"] * 2
    assert article.text.splitlines()[-len(STORY[3:]):] == STORY[3:]
    subheading = ["Related stories", "Council approves new flood walls", "What happens next"]
    article = newsclean.clean(_page(HEAD, STORY[:3], subheading, STORY[3:]))
    assert _rule_of(article, "What happens next").startswith("model.body")


def test_a_run_of_body_cut_off_from_the_story_is_an_island() -> None:
    # The model's decisions on a page with a settings dialog above the story: it kept the dialog's
    # sentence, which reads like text. Step 7 alone is run, on those decisions.
    dialog = [
        "Manage Teams",
        "Select Your Favourite Teams",
        "Select as many teams as you like from the leagues below. You can change your selections at any time.",
        "Near You",
        "Select Sports",
    ]
    lines = dialog + HEAD[7:] + STORY + MORE
    body = Decision("body", "model.body")
    other = Decision("boilerplate", "model.boilerplate")
    decided = [body if text in (dialog[2], *STORY, *MORE) else other for text in lines]
    _drop_islands(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == STORY + MORE
    assert decided[2].rule == "model.island"


def test_a_story_split_by_a_caption_and_an_advert_is_not_an_island() -> None:
    page = _page(HEAD, STORY[:6], ["Advertisement", "Crews at the bridge on Tuesday. Photo: Jane Morton"], STORY[6:])
    assert newsclean.clean(page).text.splitlines() == STORY


def test_a_dialog_below_the_copyright_footer_is_not_body() -> None:
    # A shop's collection page: the scraper also took the privacy policy from a hidden dialog
    # below the footer. Step 7 alone, on decisions where the model kept the policy's sentences.
    policy = [
        "Privacy Policy",
        "This Privacy Policy applies to everyone who interacts with us as a customer who has purchased any of our "
        "products, visited our stores or used our website.",
        "We may collect personal information from you such as your email address, phone number and postal address "
        "when you contact us or place an order.",
    ]
    lines = [*STORY[:3], "", "Help", "Returns", "© 2026 Example Shoes, Inc. All Rights Reserved", "", *policy]
    rules = newsclean.rules.default_ruleset().match_lines(lines)
    decided = [
        Decision(rule.category, rule.id) if rule
        else Decision("blank", "blank") if not text
        else Decision("body", "model.body") if text in (*STORY, *policy[1:])
        else Decision("boilerplate", "model.boilerplate")
        for text, rule in zip(lines, rules, strict=True)
    ]
    _close_at_copyright_footer(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == STORY[:3]
    assert {decided[lines.index(text)].rule for text in policy[1:]} == {"boilerplate.below-copyright-footer"}


def test_a_caption_with_a_copyright_sign_does_not_end_the_story() -> None:
    # An art review: a work's caption names its rights holder. Long, it is a caption, not the footer.
    caption = (
        "Ivy Marsh, The River at Dusk, 1961. Oil on canvas, 120 × 180 cm. Town Museum collection. "
        "© The Estate of Ivy Marsh. All rights reserved."
    )
    lines = [*STORY[:3], caption, *STORY[3:]]
    rules = newsclean.rules.default_ruleset().match_lines(lines)
    assert rules[3] is not None and rules[3].category == "copyright"
    decided = [Decision(rule.category, rule.id) if rule else Decision("body", "model.body") for rule in rules]
    _close_at_copyright_footer(lines, decided)
    assert [text for text, decision in zip(lines, decided, strict=True) if decision.kept] == STORY


def _decided(lines: list[str], kept_by_model: set[str]) -> list[Decision]:
    """Steps 1 to 4 as newsclean runs them, then the model's choice as the test sets it."""
    claims, _ = claim_lines(lines)
    return [
        claim if claim is not None
        else Decision("body", "model.body") if text in kept_by_model
        else Decision("boilerplate", "model.boilerplate")
        for text, claim in zip(lines, claims, strict=True)
    ]


def _kept(lines: list[str], decided: list[Decision]) -> list[str]:
    return [text for text, decision in zip(lines, decided, strict=True) if decision.kept]


HEADLINES = [
    "Storm warnings issued for the north-west",
    "Insurers still settling last winter's claims",
    "Farmers count the cost of waterlogged fields",
]


def test_headlines_under_a_more_from_heading_are_teasers() -> None:
    lines = [*STORY, "More from Environment", *HEADLINES]
    decided = _decided(lines, {*STORY, *HEADLINES})
    assert decided[len(STORY)].rule == "related.en.more-from"
    _teasers_under_related_heading(lines, decided)
    assert _kept(lines, decided) == STORY
    assert {decided[lines.index(headline)].rule for headline in HEADLINES} == {"related.teaser-under-heading"}


def test_a_list_of_headlines_between_the_byline_and_the_story_is_teasers() -> None:
    # A video playlist printed between the story's head and its first paragraph.
    lines = ["By Jane Morton, Environment correspondent", "Up next", *HEADLINES, "Advertisement", *STORY]
    decided = _decided(lines, {*HEADLINES, *STORY})
    assert decided[0].category == "byline"
    _drop_headlines_above_story(lines, decided)
    assert _kept(lines, decided) == STORY
    assert {decided[lines.index(headline)].rule for headline in HEADLINES} == {"related.headline-above-story"}


def test_a_subheading_on_the_first_paragraph_stays_and_an_undated_page_keeps_its_list() -> None:
    dated = ["By Jane Morton, Environment correspondent", *HEADLINES, *STORY]
    decided = _decided(dated, {*HEADLINES, *STORY})
    _drop_headlines_above_story(dated, decided)
    assert _kept(dated, decided) == [HEADLINES[-1], *STORY]
    undated = [*HEADLINES, "", *STORY]
    decided = _decided(undated, {*HEADLINES, *STORY})
    _drop_headlines_above_story(undated, decided)
    assert _kept(undated, decided) == [*HEADLINES, *STORY]


def test_the_story_printed_again_as_one_line_is_a_repeat() -> None:
    quoting = f"As the agency put it on Wednesday: {STORY[1]} It gave no further details of the review."
    lines = [*STORY, quoting, " ".join(STORY)]
    decided = _decided(lines, set(lines))
    _drop_copies_joined_in_one_line(lines, decided)
    assert _kept(lines, decided) == [*STORY, quoting]
    assert decided[-1].rule == "boilerplate.repeated-as-one-line"


def test_the_text_of_a_sign_up_box_below_the_story_is_not_body() -> None:
    form = [
        "Sign up for our newsletter",
        "We will send you the week's best stories every Friday morning, along with news of events near you.",
    ]
    lines = [*STORY[:5], "Sign up for our newsletter", *STORY[5:], *MORE, *form]
    decided = _decided(lines, {*STORY, *MORE, form[1]})
    assert decided[len(lines) - 2].category == "newsletter"
    _drop_stretches_after_sign_up_boxes(lines, decided)
    assert _kept(lines, decided) == STORY + MORE
    assert decided[-1].rule == "boilerplate.after-sign-up-box"


def test_whatever_the_model_keeps_below_a_comment_form_under_the_story_is_not_body() -> None:
    # A blog's comment form, then its privacy notes and the site's newsletter blurb: together
    # longer than the box rule's share of the story, so only the form ends it.
    form = [
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    notes = [
        "Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of "
        "spam filtering or if this is necessary for technical maintenance of the website.",
        "You may revoke this consent at any time with effect for the future, in which case your personal data "
        "will be deleted immediately.",
        "Further information on data privacy can be found in our Data Protection Policy.",
    ]
    lines = [*STORY, *form, *notes]
    decided = _decided(lines, {*STORY, *notes})
    assert [decision.rule for decision in decided[len(STORY):len(STORY) + 3]] == ["comments.en.comment-form"] * 3
    _drop_stretches_after_sign_up_boxes(lines, decided)
    assert _kept(lines, decided) == STORY
    assert {decision.rule for decision in decided[-3:]} == {"boilerplate.after-sign-up-box"}


def test_a_comment_form_closes_the_story_above_a_long_list_of_recent_posts() -> None:
    # A blog's comment form under the post, then "Recent Posts": each teaser is a tag list, a
    # title and the author. The model keeps the tag lists and titles, more words than the story's
    # 15%, so the "Related" share rule would not close it; a comment form is never mid-story.
    posts = []
    for number in range(12):
        posts += [
            f"Cultivating Change, habits, Learn to Meditate, meditation, Morning Routine, Reset {number}",
            f"Why a slow morning routine made my week {number} calmer than the one before",
            "Jordanna Campbell",
        ]
    lines = [*STORY, "Leave a comment Cancel reply", "Recent Posts", *posts]
    decided = _decided(lines, {*STORY, *(post for post in posts if post != "Jordanna Campbell")})
    assert decided[len(STORY)].rule == "comments.en.comment-form"
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == STORY
    # under the headline, the same form (a "Leave a comment" link) cuts nothing from the story
    lines = [*posts[:3], "Leave a comment Cancel reply", *STORY]
    decided = _decided(lines, {*posts[:2], *STORY})
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == [*posts[:2], *STORY]


def test_a_paywall_prompt_under_the_story_closes_it() -> None:
    # A French regional paper's paywall: the prompt, the offer the model keeps, the button; the
    # prompt has most of the story's words above it. A premium label above the story closes nothing.
    offer = ["Offre spéciale : 1 € le premier mois pour lire la suite sans aucune limite",
             "Accès illimité au site et à l’application, avec le journal en version numérique dès 5 heures."]
    lines = [*STORY, "Cet article est réservé aux abonnés.", *offer, "Je m’abonne"]
    decided = _decided(lines, {*STORY, *offer})
    assert decided[len(STORY)].rule == "boilerplate.fr.paywall"
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == STORY
    lines = ["Cet article est réservé aux abonnés.", *STORY]
    decided = _decided(lines, set(STORY))
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == STORY
    # nor does the same badge on a teaser of a "Read also" box in mid-story
    box = ["À lire aussi", "Retraites : ce que contient vraiment le projet de loi", "Article réservé aux abonnés"]
    lines = [*STORY[:6], *box, *STORY[6:]]
    decided = _decided(lines, set(STORY))
    _close_at_tail_heading(lines, decided)
    assert _kept(lines, decided) == STORY


def test_a_comment_form_above_the_story_cuts_nothing_from_it() -> None:
    form = [
        "Leave a Reply Cancel reply",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    lines = [MORE[0], *form, *STORY]
    decided = _decided(lines, {MORE[0], *STORY})
    _drop_stretches_after_sign_up_boxes(lines, decided)
    assert _kept(lines, decided) == [MORE[0], *STORY]


TOUR = [
    "12. Juni – Waldbühne, Berlin",
    "14. Juni – Stadtpark, Hamburg",
    "17. Juni – Tanzbrunnen, Köln",
    "20. Juni – Olympiahalle, München",
]


def test_a_list_the_story_announces_with_a_colon_keeps_its_items() -> None:
    # A German concert story: the model keeps the first date and drops the rest, which read
    # like a menu of venues; the list ends at the first line without the items' dash.
    intro = "Die Band spielt im Sommer an diesen Terminen:"
    lines = [*STORY, intro, *TOUR, "Mehr Konzerte in der Region", "Impressum"]
    decided = _decided(lines, {*STORY, intro, TOUR[0]})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == [*STORY, intro, *TOUR]
    assert {decided[lines.index(item)].rule for item in TOUR[1:]} == {"model.list-under-colon"}


def test_a_subheading_the_model_rejected_below_a_box_s_kept_teaser_is_body() -> None:
    # "Read also", a teaser the model kept, then the next section's short subheading, which it
    # rejected, above a kept paragraph.
    lines = [*STORY[:2], "Read also", HEADLINES[0], "Where the money goes", *STORY[2:]]
    decided = _decided(lines, {*STORY, HEADLINES[0]})
    _teasers_under_related_heading(lines, decided)
    assert decided[lines.index(HEADLINES[0])].rule == "related.teaser-under-heading"
    assert decided[lines.index("Where the money goes")].kept


def test_a_marked_subheading_ends_a_box_s_teasers() -> None:
    # A Korean portal's "관련기사" box, its teaser, then the story's next subheading, marked with
    # ◇ and as long as a teaser, above a kept paragraph.
    subheading = "◇국토부 \"연장 여부 검토 중\""
    lines = [*STORY[:2], "관련기사", "'빌라왕' 일당 항소심서 징역 15년 유지", subheading, *STORY[2:]]
    for kept_subheading in (False, True):
        decided = _decided(lines, {*STORY, "'빌라왕' 일당 항소심서 징역 15년 유지", *([subheading] * kept_subheading)})
        _teasers_under_related_heading(lines, decided)
        assert decided[lines.index(subheading)].kept


def test_an_ad_label_ends_a_box_s_teasers() -> None:
    # "Read also", its teaser, then an ad label: the kept headline below the ad is the story's
    # subheading, not a teaser of the box.
    intro = "The money goes mainly to three projects:"
    lines = [*STORY[:2], "Read also", HEADLINES[0], "Advertisement", "Where the money goes", intro, *STORY[2:]]
    decided = _decided(lines, {*STORY, "Where the money goes", intro})
    _teasers_under_related_heading(lines, decided)
    assert decided[lines.index("Where the money goes")].kept


def test_a_live_ticker_keeps_its_entries_times_and_headlines() -> None:
    # Each entry: a time alone, a headline, its text; the model kept the text only.
    entries = [("16:05 Uhr", "Bahn meldet Ersatzfahrplan", STORY[0]), ("14:48 Uhr", "GDL-Chef äußert sich", STORY[1]),
               ("12:30 Uhr", "Lange Staus rund um die Großstädte", STORY[2])]
    lines = [line for entry in entries for line in entry]
    decided = _decided(lines, set(STORY))
    _revive_live_entries(lines, decided)
    assert _kept(lines, decided) == lines
    # an entry the model rejected whole, its share row splitting the story: revived on a live page
    lost = ["13:05 Uhr", "Pendler steigen aufs Rad um", MORE[0]]
    lines = [*lines, "Teilen", *lost, "Teilen"]
    decided = _decided(lines, set(STORY))
    _revive_live_entries(lines, decided)
    assert _kept(lines, decided) == [line for entry in entries for line in entry] + lost
    # a "Read also" box between two entries ends at the next entry's time, kept or not, and a
    # French page's "17h05" is a time too
    boxed = [*entries[0], "Read also", HEADLINES[0], *entries[1]]
    decided = _decided(boxed, {*STORY[:2], HEADLINES[0], "14:48 Uhr"})
    _teasers_under_related_heading(boxed, decided)
    assert decided[boxed.index("14:48 Uhr")].kept
    boxed = [*entries[0], "Lire aussi", HEADLINES[0], "13h30", "L'inflation belge recule à 2,1% en novembre", STORY[1]]
    decided = _decided(boxed, {*STORY[:2], HEADLINES[0], "L'inflation belge recule à 2,1% en novembre"})
    _teasers_under_related_heading(boxed, decided)
    assert decided[boxed.index("L'inflation belge recule à 2,1% en novembre")].kept
    # two time lines are no ticker
    lines = lines[:6]
    decided = _decided(lines, set(STORY))
    _revive_live_entries(lines, decided)
    assert _kept(lines, decided) == [STORY[0], STORY[1]]


def test_a_live_blog_whose_entries_open_with_rejected_paragraphs_is_live() -> None:
    # An Australian broadcaster's live page: each entry a time, a headline, then paragraphs of
    # which the model kept only the later ones (or none), a byline and a share row below it.
    entries = [("4:41pm", "Pacific Highway closed at Coopernook", [MORE[0], MORE[1]], []),
               ("4:18pm", "'We've lost everything twice now'", [MORE[2]], [STORY[0]]),
               ("3:52pm", "Taree evacuation order", [], [STORY[1], STORY[2]]),
               ("3:20pm", "BOM warns more rain to come", [], [STORY[3]])]
    lines: list[str] = []
    for time, headline, rejected, kept in entries:
        lines += [time, headline, *rejected, *kept, "By Priya Nair", "Share"]
    decided = _decided(lines, set(STORY))
    _revive_live_entries(lines, decided)
    assert _kept(lines, decided) == [line for line in lines if line not in ("By Priya Nair", "Share")]


def test_a_list_of_phrases_ending_in_semicolons_keeps_its_items() -> None:
    # A Dutch story's list: phrases ending with ";", the last with a full stop; the model
    # rejected the short ones. A comma list that runs into a menu is no such list.
    intro = "Het geld gaat vooral naar drie projecten:"
    items = ["de dijk tussen Nijmegen en Tiel;", "het traject bij Zaltbommel;", "een nieuwe nevengeul bij Varik."]
    lines = [*STORY[:2], intro, *items, *STORY[2:]]
    decided = _decided(lines, {*STORY, intro, items[2]})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == lines
    assert {decided[lines.index(item)].rule for item in items[:2]} == {"model.list-under-colon"}
    menu = ["Home,", "News,", "Sport", "Weather"]
    lines = [*STORY[:2], intro, *menu]
    decided = _decided(lines, {*STORY[:2], intro})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == [*STORY[:2], intro]


def test_a_list_of_short_phrases_between_kept_paragraphs_keeps_its_items() -> None:
    # Items without a separator or end mark ("Emergency housing for families"): the model read
    # them as a menu. The story going on below them says they are its list; with no kept line
    # below (a menu under the colon, then the footer) they stay out.
    intro = "The agreement signed on Tuesday covers four areas:"
    items = ["Flood defences along the river", "Emergency housing for families", "Compensation for farmers",
             "Repairs to the rail line"]
    lines = [*STORY[:2], intro, *items, *STORY[2:]]
    decided = _decided(lines, {*STORY, intro})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == lines
    assert {decided[lines.index(item)].rule for item in items} == {"model.list-under-colon"}
    lines = [*STORY[:2], intro, *items, "Impressum"]
    decided = _decided(lines, {*STORY[:2], intro})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == [*STORY[:2], intro]


def test_a_colon_with_no_kept_item_below_it_revives_nothing() -> None:
    intro = "Die Band spielt im Sommer an diesen Terminen:"
    lines = [*STORY, intro, *TOUR]
    decided = _decided(lines, {*STORY, intro})
    _revive_list_under_colon(lines, decided)
    assert _kept(lines, decided) == [*STORY, intro]


GRID = [
    "Men's Running Shoes (214)",
    "Sort By: Featured",
    "Pegasus 41 Men's Road Running Shoes",
    "4 Colours",
    "$140",
    "Vomero 18 Men's Road Running Shoes",
    "Just In",
    "$160",
    "Structure 26 Men's Road Running Shoes (Extra Wide)",
    "Sustainable Materials",
    "$130",
]


def test_a_page_without_a_story_keeps_what_no_rule_claimed() -> None:
    # A shop's category page: a grid of products between the site's menus and its footer. The
    # model keeps a line or two of it; there is no story to find, so the grid is the page.
    lines = ["Skip to main content", "Sign In", *GRID, "© 2026 Example Shoes, Inc. All rights reserved."]
    decided = _decided(lines, {GRID[2]})
    _keep_page_without_story(lines, decided)
    assert _kept(lines, decided) == GRID
    assert {decided[lines.index(text)].rule for text in GRID} == {"model.page-without-story"}


def test_a_short_brief_under_its_headline_on_a_heavy_page_is_a_story() -> None:
    # A news flash of two sentences (about 35 words' worth of Chinese) under its headline and
    # date, on a page with a long menu and sixty teasers: the model keeps a small share of what
    # it judged, but the story has its head, so nothing else is kept.
    menu = ["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "健康"]
    teasers = [f"北京市今年将新建{n}所幼儿园和中小学校" for n in range(60)]
    brief = [
        "新华社北京3月15日电 国务院总理李强15日主持召开国务院常务会议，部署进一步稳就业工作。",
        "会议指出，要加大对重点群体的就业支持力度。",
    ]
    page = [
        "国务院部署进一步稳就业工作_新华网", *menu, "国务院部署进一步稳就业工作", "2026-03-15 10:21:33 来源：新华网",
        *brief, "相关新闻", *teasers, "版权所有 © 2026 新华网",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.text.splitlines() == brief


def test_a_page_with_a_story_keeps_only_the_story() -> None:
    lines = ["Sign In", *GRID, *STORY[:2]]
    decided = _decided(lines, set(STORY))
    _keep_page_without_story(lines, decided)
    assert _kept(lines, decided) == STORY[:2]


LEAD = (
    "LONDON, March 14 — Hundreds of homes were evacuated overnight as the river reached its highest level "
    "since records began"
)


def test_a_lead_the_model_dropped_under_the_byline_is_the_story_opening() -> None:
    lines = [HEAD[7], "By Jane Morton, Environment correspondent", "", LEAD, "", *STORY]
    decided = _decided(lines, set(STORY))
    assert [decision.category for decision in decided[1:4]] == ["byline", "blank", "boilerplate"]
    _revive_lead_under_head(lines, decided)
    assert _kept(lines, decided) == [LEAD, *STORY]
    assert decided[3].rule == "model.lead-under-head"


def test_a_menu_row_or_a_line_with_no_head_above_is_not_a_lead() -> None:
    menu = "Home | News | Sport | Weather | Travel | Culture | Business | Opinion | Podcasts"
    lines = ["By Jane Morton, Environment correspondent", menu, *STORY]
    decided = _decided(lines, set(STORY))
    _revive_lead_under_head(lines, decided)
    assert _kept(lines, decided) == STORY
    headless = [LEAD, *STORY]
    decided = _decided(headless, set(STORY))
    _revive_lead_under_head(headless, decided)
    assert _kept(headless, decided) == STORY


def test_sentences_kept_above_the_dated_headline_are_not_the_story() -> None:
    promo = "Watch the moment a fallen tree blocked the coastal railway line near the harbour on Monday."
    lines = [HEAD[0], promo, "", HEAD[7], "By Jane Morton, Environment correspondent", "", *STORY]
    decided = _decided(lines, {promo, *STORY})
    assert [decision.category for decision in decided[3:5]] == ["title", "byline"]
    _drop_body_above_headline(lines, decided)
    assert _kept(lines, decided) == STORY
    assert decided[1].rule == "boilerplate.above-headline"
    # Without a date or byline under it, the title line does not say where the story starts.
    undated = [HEAD[0], promo, "", HEAD[7], "", *STORY]
    decided = _decided(undated, {promo, *STORY})
    _drop_body_above_headline(undated, decided)
    assert _kept(undated, decided) == [promo, *STORY]
