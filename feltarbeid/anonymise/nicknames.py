"""Nicknames given to a person in quotation marks: 'Alle kalte bestemor «Rypa»', 'kaller
ham «Kapteinen»', '«Stormen» ble han kalt', 'Kall meg gjerne «Tussa»', 'Vi sa bare
«Krabbekongen» om ham', 'på garden er eg berre «Dolle»'. A nickname names the person as
surely as the name does, though it is an ordinary word ('Rypa', 'Kapteinen') that no list
of names holds and no other rule takes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .named_things import a_person_word, thing_noun
from .slots import kin_word, role_word
from .spans import Hit, Overlaps, Token
from .words import CALLERS, CALLING_VERBS, STOPWORDS

# a quoted run of one to three words that begins with a capital
_QUOTED = re.compile(r"[«\"“]([A-ZÆØÅ][\w'’-]*(?: [\w'’-]+){0,2})[»\"”]")
_ONLY = frozenset({"bare", "berre", "berra", "bære"})


def nickname_hits(text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[Hit]:
    """Unsure PERSON hits for quoted nicknames given to a person (module doc) that no hit
    covers yet."""
    if not any(c in text for c in "«\"“"):
        return []
    lows = [t.low for t in tokens]
    if not CALLING_VERBS & set(lows) and not _ONLY & set(lows) and "om" not in lows:
        return []
    at = Overlaps(list(hits))
    found = []
    for m in _QUOTED.finditer(text):
        start, end = m.start(1), m.end(1)
        if at.over(start, end):
            continue
        first = bisect_left(tokens, start, key=lambda t: t.start)
        last = bisect_right(tokens, end, key=lambda t: t.end) - 1  # (a long text: no scan)
        if first >= len(tokens) or last < first:
            continue
        if _given_to_a_person(lows, first, last):
            found.append(Hit(start, end, "PERSON", text[start:end], 0.6, "names:nickname",
                             canonical=text[start:end].lower(), info={"context": True}))
    return found


def _given_to_a_person(lows: Sequence[str], first: int, last: int) -> bool:
    def w(k: int) -> str:
        return lows[k] if 0 <= k < len(lows) else ""

    for k in range(max(0, first - 5), min(len(lows), last + 6)):
        if first <= k <= last or lows[k] not in CALLING_VERBS:
            continue
        if w(k - 2) in _BECAME and w(k - 1) in _ONE_PERSON:
            return True  # '«Stormen» ble han kalt'
        n = k + 1
        while n < len(lows) and lows[n] in _BEFORE_OBJECT and not first <= n <= last:
            n += 1
        obj = w(n)
        if obj in ("den", "det") and not first <= n + 1 <= last:
            n += 2 if w(n + 2) and not first <= n + 2 <= last \
                and not a_person_word(w(n + 1)) else 1  # 'den nye gutten'
            obj = w(n)
        if not first <= n <= last and (obj in _ONE_PERSON or obj in ("meg", "deg", "seg")
                                       or kin_word(obj) or role_word(obj)
                                       or a_person_word(obj)):
            return True  # 'kalte bestemor «Rypa»', 'kaller ham «Kapteinen»', 'kall meg',
            # 'kalte den nye gutten «Bamse»', '«Bamse» kalte vi den nye gutten'
    if w(last + 1) == "om" and w(last + 2) in _ONE_PERSON:
        return True  # 'Vi sa bare «Krabbekongen» om ham'
    k = first - 1  # 'en kar som alle kaller «Storken»': a person called so in a relative
    while k > 0 and lows[k] in _BEFORE_OBJECT:  # clause
        k -= 1
    if k > 1 and lows[k] in CALLING_VERBS and lows[k - 1] in CALLERS \
            and lows[k - 2] == "som" and (a_person_word(w(k - 3)) or w(k - 4) in (
                "fra", "frå", "i", "på") and a_person_word(w(k - 5))):
        return True  # ('en kar fra Balsfjord som alle kaller «Storken»')
    return w(first - 1) in _ONLY and w(first - 2) in _I_AM and w(first - 3) in _IS
    # ('på garden er eg berre «Dolle»'; not 'han svarte bare: «Huset»')


_BECAME = frozenset({"ble", "blei", "vart", "blir", "vert"})
_ONE_PERSON = frozenset({"ham", "han", "henne", "ho", "hun", "hu", "honom"})
# between a calling verb and its object: its subject put after it, adverbs ('kalte vi
# alltid ham', 'kalla dei berre henne')
_BEFORE_OBJECT = frozenset({"vi", "me", "de", "dei", "alle", "folk", "ungane", "ungene",
                            "bare", "berre", "alltid", "gjerne", "jo", "no", "nå", "for"})
_I_AM = frozenset({"eg", "jeg", "han", "ho", "hun"})
_IS = frozenset({"er", "var", "e", "va", "blir", "ble", "vart", "blei"})


# a sentence that says what someone is called ('han heter Sigurd, men …', 'egentlig')
_NAMING = frozenset({"heter", "heiter", "het", "heitte", "hette", "navn", "navnet", "namn",
                     "namnet", "egentlig", "eigentleg", "fornavn", "fornavnet", "fornamn",
                     "etternavn", "etternavnet", "etternamn", "døpt"})
_SAYING = frozenset({"sier", "sa", "seier", "sei", "seie", "si"})
# words besides ``STOPWORDS`` that follow 'alle sier bare' and are no name ('alle sier bare
# ja', 'kalte ham alltid det')
_NO_NICKNAME = STOPWORDS | frozenset({"aldri", "alltid", "ein", "eit", "ham", "hei",
                                      "heller", "hvis", "viss", "sånt", "takk", "karen",
                                      "mannen", "kona", "dama", "jenta", "gutten"})


def unquoted_nickname_hits(tokens: Sequence[Token], hits: Sequence[Hit]) -> list[Hit]:
    """Unsure PERSON hits for a nickname not quoted, in a sentence that says what someone
    is called: 'han heter Grzegorz, men alle sier bare Greg', 'han heitte brynjulv men alle
    sa gubben', 'siggen vi kalte han, det var sigurd egentlig', 'vi kaller ham bare pølsa
    men han heter bjarne'. No hit covers the word yet; it is no word of the short list of
    those that follow 'sier bare' without naming ('alle sier bare ja')."""
    lows = [t.low for t in tokens]
    if not any(h.label == "PERSON" for h in hits) \
            and not (_NAMING & set(lows) and _ONE_PERSON & set(lows)):
        return []  # (not 'Boka heter «Snø», men alle sier bare boka')
    if not (CALLING_VERBS | _SAYING) & set(lows):
        return []
    at = Overlaps(list(hits))
    found: list[Hit] = []
    for k in range(1, len(tokens)):
        if lows[k - 1] not in CALLERS:
            continue
        n = None
        if lows[k] in CALLING_VERBS:
            m = k + 1
            if m < len(lows) and lows[m] in _ONE_PERSON:
                m += 1  # 'alle kaller ham bamse'
            elif m < len(lows) and lows[m] in _ONLY and m + 1 < len(lows) \
                    and lows[m + 1] in _ONE_PERSON:
                m += 2  # 'kalte bare henne tulla'
            elif not (m < len(lows) and lows[m] in _ONLY):
                m = None
            if m is not None and m < len(lows) and lows[m] in _ONLY:
                m += 1  # 'vi kaller ham bare pølsa'
            if m is not None and m < len(lows) and lows[m] == "for":
                m += 1  # 'kaller henne bare for vesla'
            n = m if k < 2 or lows[k - 2] != "som" else None  # (not 'Kasia, som vi kalte
            # henne, jobba': the relative clause ends at the pronoun)
        elif lows[k] in _SAYING and k + 1 < len(lows) and lows[k + 1] in _ONLY:
            n = k + 2  # 'alle sier bare Greg', 'vi sa berre gubben'
        elif lows[k] in _SAYING and k + 1 < len(lows) and k >= 2 and lows[k - 2] == "men" \
                and (k + 2 == len(lows) or tokens[k + 2].start > tokens[k + 1].end + 1):
            n = k + 1  # 'men alle sa gubben' (the sentence ends there)
        if n is not None and n < len(lows) and tokens[n].start == tokens[n - 1].end + 1 \
                and not any(thing_noun(w) for m, w in enumerate(lows) if m != n):
            found += _nickname(tokens, n, at)  # (not where a thing or an animal is named:
            # 'båten heiter Kvitholmen, men alle kallar henne berre kjerringa')
        if lows[k] in CALLING_VERBS and k + 1 < len(lows) and lows[k + 1] in _ONE_PERSON \
                and k >= 2 and (lows[k - 2] != "som" or k >= 3):
            first = k - 2 if lows[k - 2] != "som" else k - 3
            found += _nickname(tokens, first, at)  # 'siggen vi kalte han', 'lan som vi
            # kalte henne'
    return found


def _nickname(tokens: Sequence[Token], n: int, at: Overlaps) -> list[Hit]:
    tok = tokens[n]
    if tok.low in _NO_NICKNAME or not tok.low.isalpha() or len(tok.low) < 2 \
            or at.over(tok.start, tok.end):
        return []
    return [Hit(tok.start, tok.end, "PERSON", tok.text, 0.6, "names:nickname",
                canonical=tok.low, info={"context": True})]
