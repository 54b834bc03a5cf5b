"""The pattern tables: each rule matches its examples and none of the news sentences."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import newsclean
from newsclean.rules import (
    CATEGORY_ORDER,
    Rule,
    RuleSet,
    default_ruleset,
    gate_key,
    load_rules,
    lowered_for_gates,
    pattern_gates,
    required_literals,
    required_opening,
)

RULES = load_rules()
NAMED = ("cookie_banner", "language_picker", "licence", "hotline")
LANGUAGES = ("en", "zh", "de", "fr", "es", "pt", "it", "ru", "ar", "ja")

# News sentences that mention each named topic: a table rule must leave every one of them alone.
BODY_SENTENCES = (
    "Google announced it would phase out third-party cookies in Chrome by next year, the company said.",
    "The minister, who speaks English, French and Arabic, addressed the assembly on Tuesday.",
    "The station lost its broadcasting licence after the regulator found repeated violations.",
    "The ministry said its new hotline had received more than 1,200 calls since Monday.",
    "新华社北京3月15日电 国务院总理今天在北京会见了来访的外国领导人。",
    "Die Regierung will die Werbung für Glücksspiele künftig stärker einschränken, sagte der Minister.",
    "Le gouvernement a annoncé vendredi une nouvelle ligne d'assistance pour les victimes.",
    "Share prices fell sharply on Monday after the announcement.",
    "Comments made by the minister on Tuesday drew criticism from opposition parties.",
)


def test_every_category_has_a_table_and_no_table_is_unknown() -> None:
    assert {rule.category for rule in RULES} == set(CATEGORY_ORDER)
    assert set(CATEGORY_ORDER) <= set(newsclean.CATEGORIES)


@pytest.mark.parametrize("category", NAMED)
def test_named_categories_cover_ten_languages(category: str) -> None:
    languages = {rule.lang for rule in RULES if rule.category == category}
    assert set(LANGUAGES) <= languages


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_matches_its_examples(rule: newsclean.rules.Rule) -> None:
    assert len(rule.examples) >= 2
    for example in rule.examples:
        assert rule.matches(example.strip()), example


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_spares_its_counter_examples(rule: newsclean.rules.Rule) -> None:
    assert rule.counter_examples
    for sentence in rule.counter_examples:
        assert not rule.matches(sentence.strip()), sentence


def test_no_counter_example_is_claimed_by_any_table() -> None:
    ruleset = default_ruleset()
    for rule in RULES:
        for sentence in rule.counter_examples:
            assert ruleset.match(sentence.strip()) is None, (rule.id, sentence)


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_news_sentences_are_claimed_by_no_table(sentence: str) -> None:
    assert default_ruleset().match(sentence) is None


def test_a_joined_ruleset_agrees_with_each_rule_on_the_examples() -> None:
    ruleset = RuleSet(RULES)
    for rule in RULES:
        for example in rule.examples:
            found = ruleset.match(example.strip())
            assert found is not None, (rule.id, example)


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("We use cookies to improve your experience on our site.", "cookie_banner"),
        ("Accept all", "cookie_banner"),
        ("Alle akzeptieren", "cookie_banner"),
        ("Tout accepter", "cookie_banner"),
        ("CHOOSE YOUR LANGUAGE", "language_picker"),
        ("English | 中文 | Español | Français | العربية | Русский", "language_picker"),
        ("京ICP备12345678号-1", "licence"),
        ("京公网安备 11010502030000号", "licence"),
        ("互联网新闻信息服务许可证10120180008", "licence"),
        ("互联网新闻信息许可证10120180008", "licence"),
        ("违法和不良信息举报电话：12377", "hotline"),
        ("举报邮箱：jubao@example.cn", "hotline"),
        ("Disinformation report hotline: 010-85061466", "hotline"),
        ("© 2025 Example Media. All rights reserved.", "copyright"),
        ("责任编辑：张三", "editor"),
        ("Реклама. ООО «Пример», ИНН 7701234567, erid: 2VtzqvWgxEX", "advertisement"),
        ("登录 | 注册", "boilerplate"),
        ("登录", "boilerplate"),
    ],
)
def test_typical_furniture_gets_its_category(line: str, category: str) -> None:
    rule = default_ruleset().match(line)
    assert rule is not None and rule.category == category, line


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_example_holds_a_required_literal(rule: newsclean.rules.Rule) -> None:
    # The gate skips a line holding none of a rule's required literals: the examples prove the
    # literals were read off the pattern soundly.
    needs = required_literals(rule.pattern)
    if needs is not None:
        for example in rule.examples:
            assert any(need in lowered_for_gates(example.strip()) for need in needs), (example, sorted(needs)[:5])


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bwe use cookies\b", {"we use cookies"}),
        (r"^(?:accept all|reject all)$", {"accept all", "reject all"}),
        (r"互[联聯]网", {"互联网", "互聯网"}),
        (r"(?:a|bc)d", None),
        (r"x*yz", {"yz"}),
        (r"\p{Han}{2}许可证", {"许可证"}),
        # the parser factors the common "I" out of the branches: it still opens each of them
        (r"\b(?:IČO|ICO|IČ)\s*\d", {"ičo", "ico", "ič"}),
        (r"ab?c", {"abc", "ac"}),
    ],
)
def test_required_literals(pattern: str, needs: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (None if found is None else set(found)) == needs


def test_gated_matching_agrees_with_each_rule_on_a_page() -> None:
    page = [example.strip() for rule in RULES for example in rule.examples[:1]] + list(BODY_SENTENCES)
    claimed = default_ruleset().match_lines(page)
    for line, rule in zip(page, claimed, strict=True):
        alone = [r for r in RULES if r.matches(line)]
        assert (rule is None) == (not alone), line


def test_the_gate_reads_a_turkish_capital_i_as_the_pattern_does() -> None:
    # "İ".lower() is "i" plus a combining dot; the pattern's IGNORECASE matches "İlgili" all the
    # same, so the gate must not keep the rule off the line.
    rule = Rule("related", "tr", "heading", "^ilgili haberler$", 60, ("ilgili haberler",), ("x",))
    ruleset = RuleSet((rule,))
    assert rule.matches("İlgili Haberler")
    assert ruleset.match_lines(["İlgili Haberler", "İLGİLİ HABERLER", "Diğer haberler"]) == [rule, rule, None]


def test_the_shipped_gates_are_those_the_patterns_give() -> None:
    # The rule set reads its gates from resources/pattern_gates.json; after editing a table, run
    # python tools/write_pattern_gates.py.
    shipped = json.loads((resources.files("newsclean") / "resources" / "pattern_gates.json").read_text("utf-8"))
    assert set(shipped) == {gate_key(rule.pattern) for rule in RULES}
    for rule in RULES:
        assert pattern_gates(rule.pattern) == (required_opening(rule.pattern), required_literals(rule.pattern)), rule.id
