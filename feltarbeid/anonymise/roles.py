"""Parts played on a stage or a screen: a name that the words around it say is a role or a
character, not a person ('fikk rolla som Åse', 'Eg dansa Kitri', 'Benny og Kjell i
«Olsenbanden»', 'debutert som Annie, Matilda eller Oliver'). Whoever plays the part is a
person; the part is not."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import Token
from .words import SUBJECT_PRONOUNS

# the noun before 'som' that makes what follows a part ('rollen som Peer')
_PART_NOUNS = frozenset({"rollen", "rolla", "rolle", "rollene", "rollefiguren", "rollefigur",
                         "hovedrollen", "hovudrolla", "hovudrollen", "birollen", "birolla",
                         "tittelrollen", "tittelrolla", "debuterte", "debutert", "debuterer",
                         "debuterar"})
# playing, dancing or singing a part ('Jeg spilte Higgins', 'Eg dansa Kitri', 'sang
# Cio-Cio-San')
_PLAYED = frozenset({"spilte", "spelte", "spelar", "spiller", "spela", "spilt", "spelt",
                     "dansa", "danset", "dansar", "danser", "sang", "song", "syng",
                     "synger", "sunget", "sunge", "tolket", "tolka", "spille", "spele",
                     "danse", "synge", "tolke"})
# a title before a part's name ('rollen som fru Alving', 'spilte professor Higgins')
_TITLES = frozenset({"fru", "frøken", "herr", "professor", "doktor", "onkel", "tante",
                     "kaptein", "kong", "dronning", "prins", "prinsesse", "lille", "gamle",
                     "long", "politimester", "bakermester"})
# what stands before the verb of playing where the part comes right after it ('å spele
# Åse', 'som sang Carmen', 'hadde spilt Peer')
_BEFORE_PLAYED = frozenset({"å", "som", "har", "hadde", "ha", "skulle", "ville", "skal", "vil",
                            "kunne", "fikk", "fekk", "få", "måtte", "ikke", "ikkje"})
# after a person's name, not a part's: 'jeg var Kari sin vikar', 'skulle være Per som kom'
_NOT_A_PART_AFTER = frozenset({"sin", "si", "sitt", "sine", "som", "s"})
# what a part is called after its name ('Nora som en rolle', 'Rothbart og Carabosse som
# roller')
_PART_AFTER = frozenset({"rolle", "roller", "rollen", "rolla", "figur", "figurer", "figurar",
                         "rollefigur", "rollefigurer", "rollefigurar"})
_LIST_JOINS = frozenset({",", "og", "eller"})


def a_part(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, a guessed person, are a part: after 'rollen som', 'debutert som' or a
    verb of playing a part; or before 'i «Title»' / 'fra «Title»' (a quoted work); the
    names listed with it too."""
    first, last = _list_start(text, tokens, i), _list_end(text, tokens, j)
    nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
    k = first - 1
    if k >= 0 and tokens[k].low in _TITLES:
        k -= 1
    if k >= 1 and tokens[k].low in _PLAYED and text[tokens[k].end:tokens[k + 1].start] == " " \
            and (tokens[k - 1].low in SUBJECT_PRONOUNS or tokens[k - 1].low in _BEFORE_PLAYED) \
            and nxt not in _NOT_A_PART_AFTER:
        return True  # 'Eg dansa Kitri', 'Jeg spilte professor Higgins' (not 'der spelte
        # Sivan kurdisk musikk': the subject after the verb)
    if k >= 1 and tokens[k].low == "som" and tokens[k - 1].low in _PART_NOUNS:
        return True  # 'fikk rolla som Åse', 'debutert som Annie, Matilda eller Oliver'
    after = [t.low for t in tokens[last + 1:last + 5]]
    if after[:1] == ["som"] and (after[1:2] and after[1] in _PART_AFTER or after[1:3] and (
            after[1] in ("en", "ei", "ein") and after[2] in _PART_AFTER
            or after[1:4] == ["den", "store", "rollen"])):
        return True  # 'Nora som en rolle', 'Hamlet som «den store rollen»'
    return _quoted_work_after(text, tokens, last)


def _quoted_work_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """'i «Nøtteknekkeren»', 'fra «Frost»' right after token j: the part in a work."""
    if j + 2 >= len(tokens) or tokens[j + 1].low not in ("i", "fra", "frå"):
        return False
    gap = text[tokens[j + 1].end:tokens[j + 2].start]
    return gap.strip() in ("«", '"', "“") and tokens[j + 2].text[:1].isupper() \
        and text[tokens[j].end:tokens[j + 1].start] == " "


def _joined(text: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Tokens a and b (a < b) are neighbours in a list of names: 'A, B', 'A og B'."""
    gap = text[tokens[a].end:tokens[b].start].strip()
    if b == a + 1:
        return gap == ","
    return b == a + 2 and tokens[a + 1].low in _LIST_JOINS and gap in ("og", "eller") \
        and tokens[b].text[:1].isupper()


def _list_start(text: str, tokens: Sequence[Token], i: int) -> int:
    """The first name of a list that token i ends ('Annie, Matilda eller Oliver')."""
    while True:
        for b in (i - 1, i - 2):
            if b >= 0 and tokens[b].text[:1].isupper() and _joined(text, tokens, b, i):
                i = b
                break
        else:
            return i


def _list_end(text: str, tokens: Sequence[Token], j: int) -> int:
    """The last name of a list that token j begins ('Benny og Kjell i …')."""
    while True:
        for b in (j + 1, j + 2):
            if b < len(tokens) and tokens[b].text[:1].isupper() and _joined(text, tokens, j, b):
                j = b
                break
        else:
            return j
