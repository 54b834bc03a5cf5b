"""The line features read sentence ends in every script the held-out pages are written in."""

from __future__ import annotations

import pytest

from newsclean.features import LINE_FEATURES, ends_sentence, line_features


@pytest.mark.parametrize(
    "text",
    [
        "राजधानी में लगातार तीसरे दिन हवा 'गंभीर' श्रेणी में रही।",  # Hindi danda
        "حکومت نے نئی پالیسی کا اعلان کیا ہے۔",  # Urdu full stop
        "Կառավարությունը հաստատել է նոր օրենքը։",  # Armenian
        "መንግሥት አዲሱን ሕግ አጽድቋል።",  # Amharic
        "„Ich erwarte von beiden Seiten eine schnelle Lösung.“",  # German quotation marks
        "»Wir lassen uns nicht länger hinhalten.«",
        "The council approved the plan on Tuesday.",
        "Die Wiener Linien rechnen mit Einschränkungen bis Mitte Jänner. (APA, red, 30.11.2026)",  # sign-off
        "Les travaux doivent reprendre à la mi-janvier. (Belga)",
        "同社は通期の純利益見通しを約280億円とした。【佐藤健一】",  # a Japanese reporter's sign-off
    ],
)
def test_a_sentence_end_is_read_in_each_script(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["दिल्ली में प्रदूषण से राहत नहीं", "Delhi Pollution", "सबसे ज्यादा पढ़ी गई",
                                  "Hochwasser in der Wachau (APA)"])
def test_a_headline_does_not_end_a_sentence(text: str) -> None:
    assert not ends_sentence(text)


def test_the_model_sees_a_danda_as_a_sentence_end() -> None:
    features = dict(zip(LINE_FEATURES, line_features("सरकार ने कई कदम उठाए हैं। लोगों से अपील है कि वे घर पर रहें।"),
                        strict=True))
    assert features["ends_sentence"] == 1.0
    assert features["sentences"] > 0.0
