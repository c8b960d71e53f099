"""Clubs named like a person or a word, in a sentence about a match or a sport ('Odd vant
2–1 mot Start', 'spiller i Odd', 'sendinger fra ski vm')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer as gz
from .spans import Token
from .words import ORGANISATIONS

# a match: a score ('2–1') or the words of a game
_SCORE = r"(?:null|en|ett|ein|eitt|to|tre|fire|fem|seks|sju|syv|åtte)"
_MATCH = re.compile(rf"\b\d{{1,2}}\s?[–-]\s?\d{{1,2}}\b|\b{_SCORE}\s?[–-]\s?{_SCORE}\b|"
                    rf"\b(?:vant|tapte|endte|enda|slo\s\w+)\s{_SCORE}\s{_SCORE}\b|"
                    r"\b(?:kampen|kampar|kamper|serien|tribunen|"
                    r"cupfinalen|cupfinale|scoret|scora|uavgjort|bortekamp|heimekamp|hjemmekamp|"
                    r"eliteserien|obos-ligaen|tabellen|derbyet|supporterne|supporterane|"
                    r"seriegull|seriegullet)\b", re.I)
# words that may be of a match, or of a person's sport or work ('Kari og Odd vant cupen i
# sjakk', 'Odd var keeper'): enough for a club no one is named, never for 'Odd'
_MATCH_WEAK = re.compile(r"\b(?:cupen|derby|overtid|fotball|fotballaget|keeper|keeperen|"
                         r"spissen|trener|treneren|kampane|stadion|stadionet)\b", re.I)
# clubs named like a given name or a word ('Odd vant 2–1 mot Start')
CLUBS = frozenset({"odd", "start", "brann", "viking", "lyn", "skeid", "ull", "kisa", "jerv",
                   "ørn", "rosenborg", "glimt", "mercantile", "hødd", "aalesund", "strømmen"})


_PLAYS = frozenset({"vant", "tapte", "slo", "spilte", "spelte", "møtte", "scoret", "scora",
                    "leder", "leiar", "rykket", "rykka", "havnet", "hamna", "endte", "enda"})


PLAYED = frozenset({"spilte", "spelte", "spiller", "speler", "spelar", "spela"})


def cheered_on(tokens: Sequence[Token], i: int) -> bool:
    """'heia på Vålerenga': a club that people cheer for, named like a place."""
    return i > 1 and (tokens[i - 1].low == "på" and tokens[i - 2].low in (
        "heia", "heiet", "heier", "heiar", "heie", "heiste") or tokens[i - 1].low == "i"
        and tokens[i - 2].low in PLAYED) \
        and tokens[i].low in ORGANISATIONS  # 'heia på Vålerenga', 'spilte i vålerenga'


_HOME_GAMES = frozenset({"hjemmekamp", "heimekamp", "bortekamp", "hjemmekampen",
                         "heimekampen", "bortekampen", "kamp"})


def club_named(text: str, tokens: Sequence[Token], i: int, lows: list[str]) -> bool:
    """A club named like a person, playing or played against, in a sentence about a match."""
    if len(lows) != 1 or lows[0] not in CLUBS:
        return False
    before = tokens[i - 1].low if i > 0 else ""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    plays_club = after in _PLAYS and i + 2 < len(tokens) and (
        tokens[i + 2].low in CLUBS or tokens[i + 2].low in ("mot", "over")
        and i + 3 < len(tokens) and tokens[i + 3].low in CLUBS) \
        or before == "mot" and i > 2 and tokens[i - 3].low in CLUBS  # 'Odd slo Start'
    plays_club = plays_club or before == "mellom" and i + 2 < len(tokens) \
        and tokens[i + 1].low == "og" and tokens[i + 2].low in CLUBS \
        or after in ("hadde", "har", "fekk", "fikk") and i + 2 < len(tokens) \
        and tokens[i + 2].low in _HOME_GAMES  # 'kamp mellom Odd og Brann', 'odd hadde
    # hjemmekamp'
    if before == "i" and i > 1 and tokens[i - 2].low in PLAYED:
        return True  # 'han spiller i Odd nå, på juniorlaget': one plays in a club, with a person
    if not _MATCH.search(text) and not plays_club and (
            lows[0] in gz.load().given or not _MATCH_WEAK.search(text)):
        return False  # a club named like a given name needs a match told surely
    before2 = tokens[i - 2].low if i > 1 else ""
    if before == "i" and before2 in PLAYED:
        return True  # 'han spilte i Odd'
    between = before == "mellom" and i + 2 < len(tokens) and tokens[i + 1].low == "og" \
        and tokens[i + 2].low in CLUBS  # 'kampen mellom Odd og Brann'
    between = between or before in _PLAYS and i > 1 and tokens[i - 2].low in CLUBS  # 'Viking
    # slo Odd 3–1'
    return before in ("mot", "over", "og") or between or after in _PLAYS \
        or after in ("hadde", "har", "fekk", "fikk") and plays_club or text[
        tokens[i - 1].end:tokens[i].start].strip() == "," and any(
        t.low in CLUBS for t in tokens[:i - 1])  # 'Glimt vant serien, Odd havnet …'


# championships after a word that names a municipality too ('ski vm', 'ski-nm')
CHAMPIONSHIPS = frozenset({"vm", "nm", "em", "cup", "cupen"})
