"""Round 33 of issue 12: names no rule found (given names of other origins, municipalities
named like words), found by probing with a person or a place in each slot, and things the
detector took for persons. Every case of the tests named '… is no one', '… is found' and
'… is masked' failed with the round's start code (bb791ec); the tests named '… stays a
person' and '… leave … alone' are guards that keep the new rules from unmasking persons or
masking words. The sentences are new ones of the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize("text", [
    # makers named after a family abroad (no Norwegian bears the name), listed with other
    # listed things and nothing saying person of either
    "Vi har stenger fra Daiwa og Shimano.",
    "Utvalget omfatter Gucci og Prada.",
])
def test_a_maker_named_after_a_family_abroad_among_things_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # alone, or where the words around say person, the name may be a person's
    ("Jeg fikk en Daiwa av Gucci.", "Gucci"),
    ("Vi intervjuet Gucci og Prada.", "Prada"),
    ("Gucci og Prada sa nei.", "Gucci"),
    ("Vi møtte Kirby og Shimano.", "Shimano"),
    ("Aldo Gucci kom. Gucci og Prada var ikke der.", "Gucci"),
    ("Sammen med Gucci kjøpte jeg en Nokia.", "Gucci"),
])
def test_a_family_name_abroad_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a given name of another origin that Norwegian text knows, no word, opening the
    # sentence before a verb (these were missed: no list of SSB's holds them)
    ("Dmitri kom i går.", "Dmitri"),
    ("Giuseppe hadde vondt i ryggen.", "Giuseppe"),
    ("Kofi er fra Ghana.", "Kofi"),
    ("Kofi jobber på lageret.", "Kofi"),
    # one too frequent in Norwegian text for the world's list (its Zipf made it a
    # 'Nynorsk form of a frequent word' too)
    ("Pablo kom i går.", "Pablo"),
    ("Javier kom i går.", "Javier"),
    # after a verb whose 'på' takes a person: no place, so a person (they were missed: the
    # place detector passes such a 'på' by, and the person detector left it to places)
    ("Vi ventet på Dmitri.", "Dmitri"),
    ("Vi tenkte på Giuseppe hele dagen.", "Giuseppe"),
    ("Vi ventet på Pierre i en time.", "Pierre"),
    ("Vi ventet på Haugstøl.", "Haugstøl"),
    # a number written out before a surname: the person ('Tre Kråker' is a brewery)
    ("Vi møtte Tre Hansen.", "Hansen"),
])
def test_a_person_no_list_or_rule_found_is_found(text: str, name: str) -> None:
    assert any(name in found for found in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize("text", [
    "Vi fikk et lite bryggeri som het Tre Kråker.",
    "Vi ventet på bussen.",
    "Vi ventet på Posten.",
    "Hubble tok bildet.",
    "Tesla lager biler.",
    "Oppgåva nyttar data frå tre kommunar.",
    "Resultata viser ein tydeleg skilnad.",
])
def test_what_the_new_person_rules_leave_alone(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word, said to have grown or to be merged from others
    # (these were left unmasked: no list of persons holds 'Sola' or 'Kinn')
    ("Sola har jo vokst enormt de siste årene.", "Sola"),
    ("Kinn er jo Flora og Vågsøy sammen.", "Kinn"),
    ("Alver er jo Lindås, Meland og Radøy saman.", "Alver"),
    ("sola har jo vokst veldig", "sola"),
])
def test_a_municipality_that_grew_or_was_merged_is_masked(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY"), detected_labels(text)


@pytest.mark.parametrize("text", [
    "Treet har vokst mye i år.",
    "Gjengen er jo Ola og Kari sammen.",
])
def test_growing_and_merging_words_leave_other_things_alone(text: str) -> None:
    assert named_as(text, "MUNICIPALITY") == [], detected_labels(text)
