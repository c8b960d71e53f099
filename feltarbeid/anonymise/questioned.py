"""A name asked about on its own: 'Hegglandsvik? Nei, han har flyttet til Sotra.', 'Kven
var det som sa det – Hoelsgjerdet? Nei, det var Sveinhaug.' A speaker checks a name by
repeating it as a question; the word is a person's or a place's name that no list may know.
Unsure hits: replaced and queued for review."""

from __future__ import annotations

from collections.abc import Sequence

from . import gazetteer as gz
from .lexicon import common_word, place_shaped
from .slots import unknown_word
from .spans import Hit, Token
from .things import listed_kind
from .words import PERSONAL_PRONOUNS

# what may stand right before the name asked about ('– Hoelsgjerdet?', 'Eh, Vestby?',
# 'Hva heter det, Nordigarden?')
_BEFORE = ("–", "—", "-", ",", ":", "«", '"')


def questioned_names(text: str, tokens: Sequence[Token], hits: list[Hit]) -> list[Hit]:
    """New hits for names asked about on their own in capitalised text: a capitalised word no
    list or dictionary knows, alone between a sentence's start (or a dash, a comma, a
    colon) and a question mark. A person where a personal pronoun follows within a few
    words ('Hegglandsvik? Nei, han …'), a place where the word is built like one
    ('Nordigarden?'), else a person."""
    out: list[Hit] = []
    if "?" not in text:
        return out
    g = gz.load()
    for i, tok in enumerate(tokens):
        if not tok.capital or text[tok.end:tok.end + 1] != "?":
            continue
        if i > 0 and not tok.sentence_start \
                and not text[tokens[i - 1].end:tok.start].strip().endswith(_BEFORE):
            continue  # ('Hvorfor skulle Lunner bestemme det?': a verb's object)
        low = tok.low
        if any(h.start < tok.end and tok.start < h.end for h in hits) \
                or not unknown_word(low) or common_word(low) or listed_kind(low) \
                or low in g.places or low in g.world_given:
            continue  # a word, a listed thing, a place or name found otherwise
        after = [t.low for t in tokens[i + 1:i + 5]]
        if any(w in PERSONAL_PRONOUNS for w in after):
            label = "PERSON"
        elif place_shaped(low):
            label = "PLACE"
        else:
            label = "PERSON"
        out.append(Hit(tok.start, tok.end, label, tok.text, 0.6, "names:questioned",
                       canonical=low, info={"tokens": 1, "context": True}))
    return out
