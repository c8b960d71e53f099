"""Titles in English: the names of series, films, shows, podcasts and books that Norwegian
speech and writing quote in English ('«The Menu»', '«Nigella Bites»', '«Gordon, Gino and
Fred»', 'Binging with Babish', 'Chef's Table', 'Weight Watchers'). A guessed person or place
inside one names a work or a brand, not anyone of a study.

What decides, for tokens i..j of a guessed name:

- in quotation marks: the quoted words hold an English function word ('The', 'and',
  'with'), or the words that no list of persons knows are English words ('«Friends»',
  '«Ugly Delicious»', '«Nigella Bites»'), at least one of them;
- without quotation marks: the run of capitalised words around the name opens with 'The',
  holds 'with', 'of' or 'and' between capitals, or a possessive before a capital ('Chef's
  Table'), and one of its words is English ('The Sporkful'; not 'Kari Lund from Bergen'); or
  two words or more of it are English words no list of persons knows ('Boiling Point',
  'Weight Watchers'); in lower-case speech, 'with' or 'of' between an English word
  and the name ('binging with babish');
- never where the words around say a person acts or is called so ('«Big John» kalte vi
  ham', '«Little Joe» sa at …'): a nickname is a person's; never in quoted words to
  someone ('«Love from Ida»', '«Happy birthday, Per»', '«Good morning, Kari»').

A name with an English possessive and nothing after it, after a preposition of place or
'som', is a venue ('på MacLaren's,', 'en diner som Luke's.'): pubs, diners and shops are
named so, and a person's genitive has what they own after it ('Kari's bil').

An English word is one far more frequent in English than in Norwegian (``wordfreq``) that
no list of persons holds ('menu', 'bites', 'friends'; not 'will', 'fred').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .slots import person_evidence
from .spans import QUOTES, Token, all_lower
from .things import person_name
from .words import CALLING_VERBS, zipf

# English words that only titles hold in Norwegian text (not 'i', 'at', 'for', 'to', 'on',
# 'is', 'me': Norwegian words too, 'me' the Nynorsk 'we')
_FUNCTION = frozenset({"the", "and", "of", "with", "an", "your", "from", "who", "you",
                       "our", "what", "how", "when", "without", "about", "into", "are", "was",
                       "this", "that", "it's", "i'm", "don't"})
# words of a greeting, a card or a letter: quoted, they are said or written to or by someone
# whose name stands among them ('«Love from Ida»', '«Happy birthday, Per»')
_MESSAGE_WORDS = frozenset({"love", "from", "happy", "birthday", "thank", "thanks", "dear",
                            "hi", "hello", "hey", "bye", "cheers", "regards", "miss",
                            "congratulations", "congrats", "sorry", "welcome", "merry", "xoxo",
                            "yours", "sincerely"})
# a name called at the end, after a comma ('«Good morning, Kari»')
_VOCATIVE = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[!.?]?\s*$")
# between capitals in a title without quotation marks ('Binging with Babish')
_JOINING = frozenset({"with", "of", "and"})
# the quotation marks that open and close differently (a straight '"' or "'" may be either)
_QUOTE_PAIRS = {o: c for o, c in QUOTES.items() if o != c}
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")
_MAX_TITLE = 80  # characters inside the quotation marks


def english_word(low: str) -> bool:
    """``low`` is an English word no list of persons holds ('menu', 'bites')."""
    en = zipf(low, ("en",))
    return en >= 3.2 and en - zipf(low, ("nb",)) >= 0.8 and not person_name(low)


def _foreign(low: str) -> bool:
    """An English word, or one that English knows and Norwegian hardly ('binging')."""
    return english_word(low) or zipf(low, ("nb",)) < 1.5 and zipf(low, ("en",)) >= 2.0


def _bare(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith("'s") else low


def _quoted_span(text: str, start: int, end: int) -> str | None:
    """The text inside the quotation marks around text[start:end], if any."""
    for open_, close in _QUOTE_PAIRS.items():
        o = text.rfind(open_, max(0, start - _MAX_TITLE), start)
        if o < 0 or close in text[o + 1:start]:
            continue
        c = text.find(close, end, end + _MAX_TITLE)
        if c >= 0 and open_ not in text[end:c]:
            return text[o + 1:c]
    return None


def _english_words(words: Sequence[str]) -> tuple[int, bool]:
    """How many of ``words`` are English words, and whether every other word is a name, a
    number or a word Norwegian hardly knows ('Nigella', '30')."""
    n, rest_ok = 0, True
    for w in words:
        low = _bare(w)
        if english_word(low):
            n += 1
        elif not (person_name(low) or zipf(low, ("nb",)) < 2.5):
            rest_ok = False
    return n, rest_ok


def _called_or_acts(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    near = {t.low for t in tokens[max(0, i - 4):min(len(tokens), j + 5)]}
    return bool(near & CALLING_VERBS) or any(w.startswith(("kallenavn", "kallenamn"))
                                             for w in near) \
        or person_evidence(text, tokens, i, j) >= 2.0


def in_an_english_title(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, a guessed name, stand in a title in English (module doc)."""
    inside = _quoted_span(text, tokens[i].start, tokens[j].end)
    if inside is not None:
        words = _WORD.findall(inside)
        if not words or len(words) > 8:
            return False
        if any(w.lower() in _MESSAGE_WORDS for w in words) \
                or _VOCATIVE.search(inside) and inside.rstrip(" !.?").endswith(tokens[j].text):
            return False  # 'skrev «Love from Ida»', '«Happy birthday, Per»': words to someone
        n, rest_ok = _english_words(words)
        function_word = len(words) >= 2 and any(w.lower() in _FUNCTION for w in words)
        in_it = i > 0 and tokens[i - 1].low in ("i", "fra", "frå") \
            and text[tokens[i - 1].end:tokens[i].start].strip() in _QUOTE_PAIRS
        return (function_word or n >= 1 and rest_ok) \
            and not (_called_or_acts(text, tokens, i, j) and not in_it)
    if all_lower(text):
        k = i - 1
        return k >= 1 and tokens[k].low in ("with", "of") and _foreign(tokens[k - 1].low) \
            and not _called_or_acts(text, tokens, i, j)
    lo, hi = _run(text, tokens, i, j)
    run = tokens[lo:hi + 1]
    capitals = [t for t in run if t.capital]
    if len(capitals) < 2:
        return False
    words = [t.text for t in capitals if t.text != "The"]
    cue = (run[0].text == "The" or any(t.low in _JOINING or _possessive(text, t)
                                       for t in run[1:-1])) \
        and any(_foreign(_bare(w)) for w in words)
    n, _ = _english_words(words)
    return (cue or n >= 2) and not _called_or_acts(text, tokens, i, j)


def _possessive(text: str, t: Token) -> bool:
    """Token ``t`` is the 's' of an English possessive ('Chef's')."""
    return t.low == "s" and text[t.start - 1:t.start] in ("'", "’")


def _run(text: str, tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """The run of capitalised words around tokens i..j, across English joining words and
    possessives ('Binging with Babish', 'Chef's Table'), within one sentence."""
    def joined(a: int, b: int) -> bool:
        gap = text[tokens[a].end:tokens[b].start]
        return gap in (" ", "'", "’") and not tokens[b].sentence_start

    def part(k: int) -> bool:
        return tokens[k].capital or tokens[k].low in _JOINING or tokens[k].low.isdigit() \
            or _possessive(text, tokens[k])

    lo = i
    while lo > 0 and joined(lo - 1, lo) and part(lo - 1):
        lo -= 1
    hi = j
    while hi + 1 < len(tokens) and joined(hi, hi + 1) and part(hi + 1):
        hi += 1
    while lo < i and not tokens[lo].capital:
        lo += 1
    while hi > j and not tokens[hi].capital:
        hi -= 1
    return lo, hi


_VENUE_AFTER = re.compile(r"['’]s(?:\s*[,.;:!?»)]|\s*$|\s+(?:og|eller)\s)")


def english_venue(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j and an English possessive, alone after a preposition of place or 'som',
    name a venue ('på MacLaren's,', 'som Luke's.'; module doc)."""
    return i > 0 and tokens[i - 1].low in ("på", "hos", "som", "til", "fra", "frå", "ved") \
        and bool(_VENUE_AFTER.match(text, tokens[j].end)) \
        and person_evidence(text, tokens, i, j) < 1.5
