"""Round 35 of issue 12: municipalities named like words in lower-case speech that were left
readable — the place one goes to before 'og' and what one does there ('dra til moss og
handle'), and the place said back as an answer at the text's start ('sola ja vi bodde i
sola') — and the guards that keep the words words. Every case of the tests whose names do
not say 'stays' failed with the round's start code (1f9f5c6, round 34's final); the cases
of the tests named '… stays …' are guards. The sentences are new ones of the same kind,
not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize(("text", "name"), [
    # going to a place named like a word, then what one does there: the clause goes on
    # (only the past tense was known: 'dro til moss og handlet')
    ("vi pleide å dra til moss og handle på lørdagene", "moss"),
    ("vi dro til hvaler og fiske hver sommer", "hvaler"),
    ("de pleide å kjøre til moss og spise på kafeen", "moss"),
])
def test_a_town_gone_to_before_what_one_does_there_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a pair of things after 'til', no verb: the words
    "vi dro til hvaler og sel",
    "det gikk til moss og lav",
    # an infinitive after 'og' with no going before the word
    "det er moss og hente ved",
])
def test_a_word_before_og_stays_a_word(text: str) -> None:
    assert named_as(text, "MUNICIPALITY") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "count"), [
    # the answer to where, said back at the text's start, where the text names the
    # municipality again as a place: both are masked (only the second was)
    ("sola ja vi bodde i sola i fem år", 2),
    ("lier ja vi bodde i lier i mange år", 2),
    ("hol altså vi bodde i hol før vi flytta", 2),
])
def test_a_town_said_back_as_an_answer_is_found(text: str, count: int) -> None:
    assert len(named_as(text, "MUNICIPALITY")) == count, detected_labels(text)


@pytest.mark.parametrize("text", [
    # the word is never a place in the text: nothing to say back
    "sola ja vi så sola hele dagen",
    "ski ja vi gikk på ski hver vinter",
    "time ja vi brukte en time på det",
])
def test_a_word_said_back_stays_a_word(text: str) -> None:
    assert named_as(text, "MUNICIPALITY") == [], detected_labels(text)


def test_a_person_said_back_stays_a_person() -> None:
    # a person named like the municipality, then 'han': not the place said back
    text = "vang ja han var rektor i vang"
    assert "vang" in named_as(text, "PERSON"), detected_labels(text)
