"""Persons: names of people, whether or not a name list knows them.

Evidence, from surest to weakest:

- **Literature references** in every common style: "(Kvamsdal 2010)", "Kvamsdal og Fagerli
  (2008)", "(Kvamsdal, 2002; Fagerli, 2000)", "Kvamsdal m.fl." / "et al." / "mfl.",
  "Kvamsdal & Fagerli", "Lipskys (1980)", reference-list entries "Kvamsdal, L. C. (2008)."
  (``citation_hits``).
- **Name runs**: a given name followed by more name tokens ("Anne Karin Myklebust"), initials
  ("K. Eikeland", "K.Eikeland", "John T. Whitford", "Lars Chr. Kvamsdal"), particles ("van
  der", "de").
- **Capitalised words** that are not at a sentence start and not an ordinary word, a place,
  an institution ("Husbanken", "Sametinget", "Helse- og …"), a country, a foreign city or a
  brand: Norwegian writes proper nouns only with a capital, so an unknown one is a name.
  At a sentence start a word counts when its lower-case form is no ordinary word and the
  words after it say person (a speech or reporting verb, a citation, "og jeg").
- **Given names and surnames that are also words** (Rein, Foss, Moe, Liv, Dag) and all
  names in lower-case speech recognition output are decided by the words around them:
  "X sa", "X og jeg", "X fra personalavdelingen", "X, som var leder", "spurte X",
  "det var X som …".
- **Possessives and compounds**: "Idas idé", "Kvamsdals forslag", "Kvamsdal-utvalget".

``propagate`` then carries every name found to its other mentions in the same document:
after "Ragnhild Brekke", a bare "Brekke" is the same person (same canonical form, so the
same pseudonym).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer as gz
from .brands import after_brand
from .keyfile import normalise
from .lexicon import (
    BRAND_ZIPF,
    HYPHEN_HEAD,
    common_word,
    compound,
    definite_noun,
    foreign_marked,
    given_word,
    inflected_word,
    institution,
    name_like,
    not_a_name,
    nynorsk_word,
    place_shaped,
    surname_word,
    world_name,
)
from .named_things import a_person_word
from .slots import (
    AUXILIARIES,
    COPULAS,
    HESITATIONS,
    NUMBER_PARTS,
    PEOPLE_PLURALS,
    SPOKEN_FILLERS,
    defined_as_place,
    kin_after_owner,
    kin_word,
    named_place,
    noun_as_object,
    noun_like,
    overridable,
    past_verb,
    person_evidence,
    place_evidence,
    place_predicate,
    present_verb,
    role_word,
    unknown_word,
    verb_form,
)
from .spans import Hit, Overlaps, Token
from .things import listed_kind
from .words import (
    ARTICLES,
    ASIAN_SURNAMES,
    AUTHOR_VERBS,
    CAPITAL_FUNCTION_NAMES,
    CLAUSE_STARTS,
    COMMITTEES,
    COMMON_PLACE_STEMS,
    DETERMINERS,
    FARM_PREPOSITIONS,
    FOLK_FIGURES,
    FREQUENT_FOREIGN_GIVEN,
    FROM_WORDS,
    GENITIVE_HEADS,
    INITIALS,
    INSTITUTION_AFTER,
    LOCATIVE,
    MAKE_ADJECTIVES,
    MODAL_WORDS,
    MONTHS,
    MOVING_VERBS,
    NAME_PARTICLES,
    NEGATIONS,
    ON_PERSON_VERBS,
    ORG_RUN_HEADS,
    ORIGIN_BEFORE_FROM,
    PATRONYMIC_ENDINGS,
    PERSON_ACTS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSON_DOES,
    PERSONAL_PRONOUNS,
    PLACE_NOUNS_BEFORE,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    ROLE_OWNERS,
    ROLE_WORDS,
    SIN_POSSESSIVES,
    SPEECH_VERBS,
    SPOKEN_PREPOSITIONS,
    STOPWORDS,
    STRONG_BEFORE,
    SUBJECT_PRONOUNS,
    TALKED,
    THING_NOUNS,
    TITLES,
    TOWN_OR_PERSON_HEADS,
    UNIT_WORDS,
    UP_IN,
    WATCHED,
    WORK_NOUNS,
    zipf,
)

SURE = 0.95
COMMON_SURNAME_BEARERS = 2000  # a surname this many bear is a name before it is a word
DOUBLE_SURNAME_BEARERS = 200  # two surnames this many bear each, side by side: one name
RARE_ZIPF = 2.0  # a lower-case word rarer than this is no ordinary word
PLACE_ZIPF = 3.5  # ... after 'på', 'i', 'ved' a word built like a place may be this frequent
# prepositions whose object is no subject of the verb after it ('over helga sa de')
OBJECT_PREPOSITIONS = frozenset({"over", "før", "etter", "i", "på", "fra", "frå", "under",
                                 "gjennom", "mot", "av", "ved", "langs", "innen", "innan"})
# spoken prepositions of where and which way ('oppi lisleby', 'innom sennesvik', 'via
# hjerkinn'), for lower-case text
SPOKEN_WAYS = UP_IN | frozenset({"innom", "via", "forbi", "bak", "utafor", "utafør", "langs",
                         "nedenfor", "nedanfor", "nedafor", "ovenfor", "ovanfor", "ovafor",
                         "bortenfor", "bortanfor", "innenfor", "innanfor", "innafor"})
# before a place that speech recognition wrote without a capital
LOWER_PLACE_BEFORE = LOCATIVE | SPOKEN_WAYS | frozenset({"fra", "frå", "ifra", "ifrå", "til"})
WORD_BEFORE = LOCATIVE | frozenset({"en", "ei", "et", "ein", "eit", "den", "det", "denne",
                                    "dette", "hele", "heile", "vår", "mi", "min"})
# before a noun, never before a name ('neste dag', 'hver sommer')
_ORDINAL_BEFORE = frozenset({"neste", "forrige", "førre", "hver", "kvar", "samme", "same",
                             "eneste", "einaste", "annenhver", "annakvar"})
_YEAR = r"(?:1[5-9]|20)\d\d[a-zæøå]?"
_CAP = r"[A-ZÆØÅÀ-ÖØ-ÞČŠŽ]"
# a cited author's year or its stand-in right after a name ('Sande (2013)', '(u.å.)')
CITE_AFTER = re.compile(rf"\s*\(\s*\[?(?:{_YEAR}|u\.å\.|i trykk|in press)\]?\s*[,:;)\-–/ ]")
_CITATION_HINT = re.compile(rf"{_YEAR}|&|et al|m\.\s?fl|mfl|\((?:[Rr]ed|[Ee]ds?|[Hh]rsg)\.?\)")
# an editor: 'I T. Bondarchuk (Red.), Bosetting i praksis', 'Brekkehagen (red.) (2010)'
_EDITOR = re.compile(r"\s*\((?:[Rr]ed|[Ee]ds?|[Hh]rsg)\.?\)")
_PAREN = re.compile(r"\(([^()]{1,300})\)")
_YEAR_RE = re.compile(_YEAR)
_REPORT_NUMBER = re.compile(rf"\s(?:{_YEAR})[:/]\d")  # 'Rapport 2022:4', 'Notat 2023/12'
_YEAR_NEXT = re.compile(rf"(?:['’]?s|(?<=[sxz])['’])?\s?,?\s?\(?\[?(?:{_YEAR})(?!\d)")
_ETAL = re.compile(r"\s*(?:et\s+al\.?|m\.\s?fl\.?|mfl\.?|mfl\b|med\s+flere)", re.I)
_REFERENCE = re.compile(
    rf"(?:(?<=^)|(?<=[&,;]\s)|(?<=\bog\s)|(?<=\band\s)|(?<=\n)|(?<=\b[Ii]\s)|(?<=\b[Ii]n\s))"
    rf"({_CAP}[\w'’]+(?:[- ]{_CAP}[\w'’]+)?,\s?(?:{_CAP}[a-zæøå]?\.\s?(?:-\s?)?)+)",
    re.UNICODE)


# ------------------------------------------------------------------------------ all


def person_hits(text: str, tokens: Sequence[Token], caps: bool) -> list[Hit]:
    """Every person guess in one text (overlaps are resolved by ``detect.resolve``)."""
    g = gz.load()
    hits = listed_name_hits(text, tokens, caps)
    if caps:
        hits += proper_noun_hits(text, tokens, g)
        hits += citation_hits(text, tokens)
        hits += unknown_place_hits(text, tokens, g)
        hits += initials_hits(text)
    else:
        hits += lowercase_hits(text, tokens, g)
        hits += unknown_place_hits(text, tokens, g, caps=False)
    titles = _reference_titles(text) if caps else []
    hits = [h for h in hits if not after_brand(text, h)]
    return [h for h in hits if not _per_unit(text, h) and not (
        h.label == "PERSON" and h.source not in ("names:citation", "names:reference")
        and any(a <= h.start < b for a, b in titles))]


# a reference-list entry: 'Okafor, C., & Whitford, J. T. (2009). Title. Journal …'
_REF_LINE = re.compile(
    rf"^\s*{_CAP}[\w'’-]+,\s?(?:{_CAP}[a-zæøå]?\.\s?)+[^\n]*?\(\s*{_YEAR}\s*\)\.?[^\n]*$",
    re.M | re.UNICODE)
_REF_YEAR = re.compile(rf"\(\s*{_YEAR}\s*\)\.?")


def _reference_titles(text: str) -> list[tuple[int, int]]:
    """Where the titles, journals and publishers of reference-list entries stand (after
    '(2009).'): their capitalised words are no persons ('Nurses and the politics of time',
    'Humboldt-Universität')."""
    spans = []
    for m in _REF_LINE.finditer(text):
        year = _REF_YEAR.search(text, m.start(), m.end())
        if year:
            spans.append((year.end(), m.end()))
    return spans


PER_UNITS = frozenset({"dag", "døgn", "uke", "veke", "måned", "månad", "år", "time", "person",
                       "stykk", "innbygger", "innbyggar", "elev", "pasient", "gang", "natt",
                       "vakt", "kilo", "liter", "meter", "mil", "kilometer", "capita"})


def _per_unit(text: str, h: Hit) -> bool:
    """'per dag', 'per innbygger': the preposition, not the given name Per (nor 'Per Dag')."""
    words = h.surface.split()
    if not words or words[0].lower() != "per" or h.label != "PERSON":
        return False
    nxt = words[1] if len(words) > 1 else (re.findall(r"\w+", text[h.end:h.end + 20]) or [""])[0]
    return nxt.lower() in PER_UNITS and not nxt[:1].isupper()  # ('Per Dag Hansen')


_INITIALS_ALONE = re.compile(
    r"(?<![\w.])[A-ZÆØÅ]\.\s?[A-ZÆØÅ]\.(?:\s?[A-ZÆØÅ]\.)?(?!\s?[A-ZÆØÅ]\w)(?![\w.])")


def initials_hits(text: str) -> list[Hit]:
    """Initials standing alone for a person: 'K.B. ordnet med nøklene', 'O.J.' (unsure:
    an abbreviation in capitals is rare in Norwegian, but it happens)."""
    return [Hit(m.start(), m.end(), "PERSON", m.group(), 0.65, "names:initials",
                canonical=m.group().replace(" ", "").lower(), info={"tokens": 1})
            for m in _INITIALS_ALONE.finditer(text)]


# ------------------------------------------------------------------------------ words


_FOREIGN_LETTERS = re.compile(r"[cwqxzäöüéèáàíóúłńśźżćęąčšžğışëïÿ]|sch|sh|th|ck|ph|aa$|ee|oo")
_FOREIGN_ENDINGS = ("ski", "ska", "czyk", "icz", "nen", "ley", "ton", "ford", "worth", "field",
                    "wood", "ini", "elli", "ucci", "etti", "ez", "ov", "ova", "ovic", "ic",
                    "enko", "ian", "yan", "oglu", "ay", "ey", "ly", "by", "ridge", "bury",
                    "ano", "one", "ois", "eau", "ault", "mäki")


DEFINITE_ENDINGS = ("en", "et", "ene", "inga", "ingen", "heita", "heten", "else", "ane",
                    "erne")  # ('Utviklerne bruker …': the plural definite of a noun in -er)


# strong and irregular verbs whose subject acts as a person does ('Ducaale kom', 'Toven
# gjekk'); not those a place or a firm is the subject of as often ('hadde', 'fikk', 'ble',
# 'måtte': 'Vesterskaug hadde butikk'), nor the copulas ('Cepelinai er en litauisk rett')
_STRONG_VERBS = frozenset({"kom", "kjem", "kommer", "gikk", "gjekk", "går", "tok", "tek",
                           "tar", "dro", "drog", "drar", "sto", "stod", "står", "satt", "sat",
                           "sitter", "sit", "vet", "veit", "visste", "gjorde", "gjer", "gjør",
                           "fant", "fann", "såg", "traff", "møtte"})


def _world_given_acting(tokens: Sequence[Token], j: int, base: str, g: gz.Gazetteer) -> bool:
    """``base`` (a sentence's first word) is a given name of another origin that no list of
    words, places or things knows (or one too frequent for the world's list: 'Pablo'), and
    a finite verb follows it."""
    if base not in FREQUENT_FOREIGN_GIVEN and (
            base not in g.world_given or common_word(base) or inflected_word(base)) \
            or base in g.not_person or base in g.places or base in g.world \
            or listed_kind(base) is not None or j + 1 >= len(tokens) or tokens[j + 1].capital:
        return False
    nxt = tokens[j + 1].low
    return nxt in _FINITE or _finite_verb(nxt) or nxt in ("bor", "bur", "ser", "sier", "seier") \
        or present_verb(nxt)


def _finite_verb(low: str) -> bool:
    """A past-tense or present-tense verb form ('lærte', 'jobbet', 'kom', 'sier')."""
    return low in SPEECH_VERBS or low in AUTHOR_VERBS or low in _STRONG_VERBS or (
        len(low) > 4 and low.endswith(("te", "de", "dde", "et")) and zipf(low, ("nb",)) >= 3.0)


def foreign_looking(low: str) -> bool:
    """Spelled like no Norwegian word: letters, clusters or endings Norwegian words lack
    ('woźniakowski', 'pemley', 'montlac', 'mancinucci'); a name has vowels ('xlsx' no)."""
    if sum(c in "aeiouyæøåéèáàíóúäöü" for c in low) < 2:
        return False
    return bool(_FOREIGN_LETTERS.search(low)) or low.endswith(_FOREIGN_ENDINGS) \
        or low.endswith(_BALTIC_ENDINGS)


_RARE_LETTERS = re.compile(r"[zqxłńśźżćęąčšžėūįų]")


def _unseen_foreign(low: str) -> bool:
    """Never seen in Norwegian text and spelled with letters Norwegian words hardly have
    (loans aside: 'thairestaurant', 'gruppechatten' are compounds of words): a name
    whatever its ending looks like ('kazlauskiene' is no plural of a noun)."""
    return zipf(low, ("nb",)) == 0 and (bool(_RARE_LETTERS.search(low))
                                        or low.endswith(_BALTIC_ENDINGS))


# Lithuanian and Latvian surnames' endings ('petrauskienė', 'jankauskaitė', 'stankevičiūtė',
# 'kalniņa'), written with or without their letters
_BALTIC_ENDINGS = ("auskiene", "auskienė", "auskaite", "auskaitė", "aite", "aitė", "iute",
                   "iūtė", "ienė", "ytė", "utė", "iņa", "iņš")


def _two_given(low: str, g: gz.Gazetteer) -> bool:
    """Two given names written together by speech recognition ('annekarin'), not an
    inflected word that splits into two ('kjelleren')."""
    if inflected_word(low) or common_word(low):
        return False
    # a part that is a word too ('tone', 'liv') only where the whole is in no text
    unseen = zipf(low, ("nb",)) < 1.0
    return any(low[:k] in g.given and low[k:] in g.given
               and (unseen or low[:k] not in g.given_words and low[k:] not in g.given_words)
               for k in range(3, len(low) - 2))


def _stem(low: str) -> str | None:
    """'idas' → 'ida', 'kvamsdals' → 'kvamsdal' (a genitive -s)."""
    return low[:-1] if len(low) > 3 and low.endswith("s") and not low.endswith("ss") else None


_SPEECH_AFTER = re.compile(r"[,!?]?\s*(?:sa|sier|seier|spurte|spurde|svarte|ropte)\b", re.I)


def _in_quote(text: str, pos: int) -> bool:
    """Inside «…» or "…" (a title or a quoted phrase), not inside quoted speech: a quote
    opened after a colon or closed before 'sa' ('Idunn sa det sånn: «Hvis ikke Tverrlid
    skriver under …»')."""
    before = text[:pos]
    if before.count("«") > before.count("»"):
        opened, close = before.rfind("«"), text.find("»", pos)
    elif before.count('"') % 2 == 1:
        opened, close = before.rfind('"'), text.find('"', pos)
    else:
        return False
    if text[:opened].rstrip().endswith(":") and len(text[opened:close].split()) >= 3:
        return False  # (not 'pseudonymer: «Ristin», «Oddleif»')
    if close > 0 and len(text[opened:close].split()) >= 6:
        return False  # a quoted sentence is speech ('«Eg ringde til Owusu-Ansah sjølv og
        # spurde»'), not a title
    return not (close > 0 and text[close - 1] in ".!?,…"
                and _SPEECH_AFTER.match(text, close + 1))


_PSEUDONYM_CUES = re.compile(
    r"\b(?:informant\w*|deltak[ae]r\w*|intervju\w*|sitat\w*|pseudonym\w*|respondent\w*|"
    r"kalt|kalla|kalte|kalles|kallast|fiktive?)\b", re.I)


def _quoted_pseudonym(text: str, tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Token i alone in «…», built like a name and no word, in a text that talks of
    informants, interviews or pseudonyms ('Sitatet fra «Hêvî»', 'bare «Gislaug» og
    «Tjostolv» bodde …'): an informant's pseudonym, not a title."""
    tok = tokens[i]
    if text[tok.start - 1:tok.start] not in ("«", '"') or text[tok.end:tok.end + 1] not in (
            "»", '"') or not name_like(tok, g) or common_word(tok.low) \
            or compound(tok.low) or noun_like(tok.low):
        return False  # ('«Heimebane»', '«Gamlingen»': a series, a thing's nickname)
    if i > 0 and tokens[i - 1].low in WORK_NOUNS or i > 1 and tokens[i - 2].low in WATCHED:
        return False  # 'boka «Fjordbarn»', 'så på «Fjordbarn»': a title
    return bool(_PSEUDONYM_CUES.search(text))


def _initial_before(text: str, tokens: Sequence[Token], i: int) -> int:
    """Index of the first initial of a run ending at token i ('K. Eikeland', 'K.Eikeland',
    'Lars Chr. Kvamsdal' up to 'Chr.'), or i."""
    k = i
    while k > 0:
        prev = tokens[k - 1]
        gap = text[prev.end:tokens[k].start]
        initial = prev.text[:1].isupper() and (len(prev.text) == 1 or prev.low in INITIALS)
        if initial and gap.strip() == "." and len(gap) <= 2:
            k -= 1
            continue
        break
    return k


# ------------------------------------------------------------------------------ citations


# what is taken from an author: 'hentet fra Time (2015)'
_TAKEN_FROM = frozenset({"hentet", "henta", "sitert", "lånt", "tatt", "gjengitt", "oversatt",
                         "inspirert", "etter"})


def cited_author(text: str, name: str) -> bool:
    """``name`` is cited as an author somewhere in ``text``: '(Sande og Moen, 2013)',
    'Sande (2013)', 'Sande mfl. 2013'."""
    w = re.escape(name)
    return re.search(rf"\(\s*(?:[^()]*;\s*)?{w}\b[^()]{{0,40}}\d{{4}}"
                     rf"|\b{w}\s+(?:[^()\s]+\s+){{0,3}}\(\d{{4}}", text) is not None


def citation_hits(text: str, tokens: Sequence[Token]) -> list[Hit]:
    """Persons in literature references (capitalised text)."""
    if not _CITATION_HINT.search(text):
        return []
    g = gz.load()
    found: dict[tuple[int, int], Hit] = {}

    def add(start: int, end: int, conf: float = SURE, how: str = "citation") -> None:
        surface = text[start:end]
        key = (start, end)
        if key not in found:
            found[key] = Hit(start, end, "PERSON", surface, conf, f"names:{how}",
                             canonical=_canonical(surface), info={"context": True})

    by_start = {t.start: n for n, t in enumerate(tokens)}
    by_end = {t.end: n for n, t in enumerate(tokens)}

    def name_ok(n: int, *, cited: bool = True) -> bool:
        tok = tokens[n]
        if not tok.capital or len(tok.text) > 2 and tok.text.isupper():
            return False  # ('(NINA, 2018)', '(NOVA 2023)': an institute, written so)
        if tok.low in ASIAN_SURNAMES and _YEAR_NEXT.match(text, tok.end):
            return True  # 'Ho (1985)', 'Le og Pham (2019)'
        if not_a_name(tok, text, g) and not (tok.low in ASIAN_SURNAMES and not
                                             tok.sentence_start):
            return False
        if len(tok.text) == 1:
            return True  # an initial
        low = tok.low
        if _REPORT_NUMBER.match(text, tok.end) and common_word(low) \
                and low not in g.surnames and low not in g.given and not world_name(low):
            return False  # '(Rapport 2022:4)', '(Rapporter 2023/12)': a series, no author
        if n > 1 and tokens[n - 1].low in ("i", "fra", "frå") and (
                low not in g.surnames and low not in g.given
                or tokens[n - 1].low == "i" and institution(tokens[n - 2].low)) \
                and tokens[n - 2].low not in _TAKEN_FROM and any(
                    p.kind in ("municipality", "county") for p in g.places.get(low, ())):
            return False  # 'en studie fra Drammen (2018)', 'Statsforvalteren i Rogaland
            # (2020)': the town or county of a study or an office, no author (an office's
            # even where persons bear the name: 'Statsforvalteren i Nordland (2022)')
        if _YEAR_NEXT.match(text, tok.end) and low not in g.world and low not in MONTHS:
            return True  # the word right before a year in a citation: 'Hupe & Hill, 2007'

        stem = _stem(low)
        if stem and low not in g.surnames and low not in g.given:
            low = stem  # 'Lipskys (1980)'
        if low in g.surnames or low in g.given or low in g.given_extra:
            return True
        if tok.sentence_start or not cited:
            # a name of another origin, sentence-initial before 'et al. (2024)'
            return not common_word(low) or foreign_looking(low) or (
                world_name(low) and low not in STOPWORDS and not surname_word(low))
        return name_like(tok, g)

    def names_back(n: int) -> None:
        """Names ending at token n and the ones joined to it by og/&/and/commas."""
        joined_by_and = False  # '&' joins only authors: 'Triumf & Logje (2018)'
        while n >= 0 and (name_ok(n) or joined_by_and and _author_before_and(n)):
            first = _initial_before(text, tokens, n)
            # a run of capitalised words: 'Ragnhild Brekke', 'John T. Whitford'
            while first > 0 and text[tokens[first - 1].end:tokens[first].start] in (
                    " ", "-", "\u2011") and name_ok(first - 1):  # 'Clarkson-Hoyt (2006)'
                first = _initial_before(text, tokens, first - 1)
            add(tokens[first].start, tokens[n].end)
            k = first - 1
            if k < 0:
                return
            gap = text[tokens[k].end:tokens[first].start]
            if tokens[k].low in ("og", "and", "&", "og", "samt") or gap.strip() in ("&", ","):
                if tokens[k].low in ("og", "and", "samt"):
                    k -= 1
                joined_by_and = gap.strip() == "&"
                n = k
                continue
            return

    def _author_before_and(n: int) -> bool:
        """Token n, capitalised before '&' in a citation, is an author's name even where
        it is a word too ('Triumf & Logje (2018)'; not an acronym: 'NOU & …')."""
        tok = tokens[n]
        return tok.capital and len(tok.text) > 1 and not tok.text.isupper() \
            and tok.low not in STOPWORDS and text[tok.end:tok.end + 1] == " "

    # narrative: 'Kvamsdal og Fagerli (2008)', 'Lipskys (1980)', 'Kvamsdal m.fl. (2015)'
    for m in CITE_AFTER.finditer(text):
        before = text[:m.start()]
        etal = re.search(r"(?:et\s+al\.?|m\.\s?fl\.?|mfl\.?|med\s+flere)\s*$", before, re.I)
        end = etal.start() if etal else len(before)
        end = len(before[:end].rstrip())
        if end > 1 and before[end - 1] in "'’" and before[end - 2] in "sSxzZ":
            end -= 1  # a genitive's apostrophe after a name in -s: 'Giddens' (1991) begrep'
        n = by_end.get(end)
        if n is not None:
            names_back(n)
    # parenthetical: '(Kvamsdal 2010)', '(Kvamsdal, 2002; Fagerli, 2000)', '(jf. K.Eikeland 2012)'
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        if not _YEAR_RE.search(inner):
            continue
        offset = m.start(1)
        for part in re.finditer(r"[^;]+", inner):
            # every year in the part: '(se f.eks. Giddens 1984, Archer 1995)'
            seg_start = offset + part.start()
            for y in _YEAR_RE.finditer(part.group()):
                seg_end = offset + part.start() + y.start()
                seg = text[seg_start:seg_end]
                etal = re.search(r"(?:et\s+al\.?|m\.\s?fl\.?|mfl\.?)\s*,?\s*$", seg, re.I)
                stop = seg_start + (etal.start() if etal else len(seg.rstrip(" ,")))
                stop = seg_start + len(text[seg_start:stop].rstrip(" ,"))
                n = by_end.get(stop)
                if n is not None and tokens[n].start >= offset:
                    names_back(n)
                seg_start = offset + part.start() + y.end()
    for m in _EDITOR.finditer(text):
        n = by_end.get(m.start())
        if n is not None:
            names_back(n)
    # 'Kvamsdal et al.' / 'Kvamsdal m.fl.' without a year, 'Kvamsdal & Fagerli'
    for m in re.finditer(r"(?:et\s+al\b|m\.\s?fl\b|mfl\b)", text):
        end = len(text[:m.start()].rstrip())
        n = by_end.get(end)
        if n is not None:
            names_back(n)
    for m in re.finditer(r"&", text):
        n = by_end.get(len(text[:m.start()].rstrip()))
        k = by_start.get(m.end() + (len(text[m.end():]) - len(text[m.end():].lstrip())))
        if not text[m.start() - 1:m.start()].isspace() and not text[m.end():m.end() + 1].isspace():
            continue  # 'H&M', 'AT&T': a firm's letters
        if n is not None and k is not None and name_ok(n) and name_ok(k):
            names_back(n)
            last = k
            while last + 1 < len(tokens) and tokens[last + 1].capital and \
                    text[tokens[last].end:tokens[last + 1].start] == " " and name_ok(last + 1):
                last += 1
            add(tokens[k].start, tokens[last].end)
    # reference list: 'Kvamsdal, L. C. & Fagerli, I. (2008).'; an editor: 'I Niemelä, R. (Red.)',
    # also without a year ('Kapitlet står i Haugland, M. (red.), Bygda i endring')
    if re.search(_YEAR, text) or _EDITOR.search(text):
        for m in _REFERENCE.finditer(text):
            n = by_start.get(m.start(1))
            # 'Surname, I.' with a year later is a reference whatever the surname is built of
            # ('Kvalbein, T.'); only function words and institutions are refused
            if n is not None and tokens[n].capital and (
                    not not_a_name(tokens[n], text, g) or _surname_in_capitals(tokens[n], g)):
                add(m.start(1), m.start(1) + len(m.group(1).rstrip()), how="reference")
    return list(found.values())


def _surname_in_capitals(tok: Token, g: gz.Gazetteer) -> bool:
    """'BJØRNASTØL, A. (2010)': reference lists in some styles write the surname in
    capitals; an acronym there is an institution's ('NAV, SSB')."""
    return len(tok.text) >= 3 and tok.text.isupper() and not institution(tok.low) \
        and tok.low not in g.not_person and tok.low not in STOPWORDS


def _canonical(surface: str) -> str:
    """Canonical form of a person's name: initials and a genitive -s dropped, so that
    'K. Eikeland', 'Eikelands' and 'Eikeland' meet in ``propagate``."""
    return normalise(surface)


# ------------------------------------------------------------------------------ names


def _context(tokens: Sequence[Token], text: str, i: int, j: int) -> float:
    """How strongly the words around tokens i..j say 'a person' (0, 0.5 weak, 1 strong)."""
    prev = tokens[i - 1].low if i > 0 else ""
    prev2 = tokens[i - 2].low if i > 1 else ""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    nxt2 = tokens[j + 2].low if j + 2 < len(tokens) else ""
    nxt3 = tokens[j + 3].low if j + 3 < len(tokens) else ""
    after = text[tokens[j].end:tokens[j].end + 3]
    before = text[max(0, tokens[i].start - 3):tokens[i].start]
    if prev in FROM_WORDS and (prev2 in PEOPLE_PLURALS or prev2 in ORIGIN_BEFORE_FROM):
        return 0.0  # 'informantene fra Drag fortalte': the verb is theirs, X where they live
    if nxt in SPEECH_VERBS or nxt in AUTHOR_VERBS:
        return 1.0
    if nxt == "og" and nxt2 in ("jeg", "eg", "meg") and not noun_as_object(text, tokens, i):
        return 1.0
    if nxt in ("fra", "frå") and nxt2.endswith(UNIT_WORDS):
        return 1.0
    if nxt == "som" and nxt2 in ("var", "er", "hadde", "har", "jobbet", "jobba") \
            and (nxt3 in ROLE_WORDS or nxt3.endswith(("leder", "leiar", "sjef"))):
        return 1.0
    if after.startswith(",") and (nxt in PERSONAL_PRONOUNS or (nxt in ("som",) and
                                                               nxt2 in ("var", "er"))):
        return 1.0
    if nxt in PERSONAL_PRONOUNS and nxt2 in PERSON_AFTER:
        return 1.0
    if prev in STRONG_BEFORE or prev in TITLES or prev in ("ifølge", "ifølgje", "hos"):
        return 1.0
    if prev in ("med", "til") and prev2 in TALKED:
        return 1.0
    if prev in SUBJECT_PRONOUNS and prev2 in PERSON_BEFORE:  # 'ringte jeg bjørn'
        return 1.0
    if prev == "var" and prev2 in ("det", "da", "då") and (
            nxt == "som" or (nxt in ("og", "eller") and nxt3 == "som")):  # cleft
        return 1.0
    if prev == "følge" and prev2 == "i":
        return 1.0
    if before.endswith(("«", '"')) and after.startswith(("»", '"')):
        return 0.5
    if nxt in PERSON_AFTER or prev in PERSON_BEFORE:  # 'X var', 'med X': weak
        return 0.5
    return 0.0


def _role_context(tokens: Sequence[Token], i: int) -> bool:
    """Words that can only follow a person: 'X som var leder', 'X fra personalavdelingen',
    a title before ('doktor X')."""
    def low(k: int) -> str:
        return tokens[k].low if 0 <= k < len(tokens) else ""

    if low(i - 1) in TITLES:
        return True
    if low(i + 1) in ("fra", "frå") and low(i + 2).endswith(UNIT_WORDS):
        return True
    return low(i + 1) == "som" and low(i + 2) in ("var", "er") and (
        low(i + 3) in ROLE_WORDS or low(i + 3).endswith(("leder", "leiar", "sjef")))


def _strong_person(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Context that makes even a place name or an ordinary word a person: a speech verb
    after it, a verb of asking or calling before it, a title, a role ('X, som var leder')."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    prev = tokens[i - 1].low if i > 0 else ""
    nxt2 = tokens[j + 2].low if j + 2 < len(tokens) else ""
    if (nxt in SPEECH_VERBS or nxt in AUTHOR_VERBS) and _quoted_word(text, tokens, i, j):
        return False  # '«Heim», sa ho': the word she said
    if nxt in SPEECH_VERBS or nxt in AUTHOR_VERBS or prev in STRONG_BEFORE:
        return True
    if nxt == "og" and nxt2 in ("jeg", "eg", "meg") and not noun_as_object(text, tokens, i):
        return True  # 'hagen og jeg' (not 'han overtok gården og jeg flytta')
    prev2 = tokens[i - 2].low if i > 1 else ""
    if prev in ("med", "til") and prev2 in TALKED:  # 'snakket med X', 'sa til X'
        return True
    if text[tokens[j].end:tokens[j].end + 1] == "-" and nxt in COMMITTEES and not (
            nxt in TOWN_OR_PERSON_HEADS and gz.municipalities_called(tokens[j].low)
            and not cited_author(text, tokens[j].text)):
        return True  # 'Kvamsdal-utvalget': committees are named after their chair (but
        # 'Hemnes-modellen', 'Haram-saken' after a municipality)
    if _role_context(tokens, j) or _role_context(tokens, i):
        return True
    g = gz.load()
    if nxt in FROM_WORDS and j + 2 < len(tokens) and tokens[j + 2].capital \
            and nxt2 in g.not_person and nxt2 not in g.places:
        return True  # 'Vik fra Høyre var enig': a member of a party, a union, an agency
    if text[tokens[j].end:tokens[j].end + 1] == "," and nxt == "som" \
            and _role_context(tokens, j + 1):
        return True
    # what only people do ('det var Hjelmeland som bestemte det', 'Eide kom alltid og sa')
    return person_evidence(text, tokens, i, j) >= 2.0


def _quoted_word(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Heim, sa ho': an ordinary word (no given name) alone before a comma and a speech
    verb with its subject after it is what was said, not who said it."""
    g = gz.load()
    low = tokens[i].low
    if not (i == j and (i == 0 or tokens[i].sentence_start)
            and text[tokens[j].end:tokens[j].end + 1] == "," and common_word(low)
            and low not in g.given and j + 2 < len(tokens)
            and tokens[j + 2].low in SUBJECT_PRONOUNS | {"far", "mor", "bestemor", "bestefar"}):
        return False
    after = tokens[j + 3].low if j + 3 < len(tokens) else ""
    # ('Strand, sa han, var den beste': a parenthesis, then the subject's verb)
    return not (after in PERSON_DOES or after in PERSON_ACTS or past_verb(after))


# particles that are Norwegian words too: 'på Saupstad da Yazan var fire' ('then')
_WORD_PARTICLES = frozenset({"da", "de", "den", "der", "du", "di", "la"})


def _particle_here(tokens: Sequence[Token], j: int, g: gz.Gazetteer) -> bool:
    """Whether the particle after token j joins a name ('Leonardo da Vinci', 'Ana de la
    Cruz', 'Pieter van der Meer'): one that is a Norwegian word too only after a given
    name or a name of another origin, or before another particle."""
    part, before = tokens[j + 1].low, tokens[j].low
    if part not in _WORD_PARTICLES:
        return True
    if before in g.places and before not in g.given:
        return False  # 'til Jessheim da Thanh Hương begynte': a place, then 'then'
    return before in g.given or before in g.world_given or foreign_looking(before) \
        or world_name(before) or j + 2 < len(tokens) and tokens[j + 2].low in NAME_PARTICLES


def _run(text: str, tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> int:
    """End index (inclusive) of a run of capitalised name tokens from i: spaces, hyphens,
    initials and particles between them."""
    j = i
    while j + 1 < len(tokens) and j - i < 5:
        t = tokens[j + 1]
        gap = text[tokens[j].end:t.start]
        cur = tokens[j]
        initial = cur.text[:1].isupper() and (len(cur.text) == 1 or cur.low in INITIALS)
        if t.low in NAME_PARTICLES and gap == " ":
            k = j + 1  # 'da Vinci', 'van der Meer', 'de la Fuente'
            while k < len(tokens) and k - j <= 2 and tokens[k].low in NAME_PARTICLES \
                    and text[tokens[k - 1].end:tokens[k].start] == " ":
                k += 1
            if k < len(tokens) and tokens[k].capital and not tokens[k].sentence_start \
                    and text[tokens[k - 1].end:tokens[k].start] == " " \
                    and _particle_here(tokens, j, g):
                j = k - 1
                continue
        ok_gap = gap in (" ", "-") or (initial and gap.strip() == "." and len(gap) <= 2) \
            or (cur.low in NAME_PARTICLES and gap == " ")
        if not ok_gap or not t.capital or not_a_name(t, text, g) or t.low in g.world:
            break
        if t.sentence_start:
            break
        j += 1
    return j


def _double_surname(tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Tokens i and i + 1 are two surnames many bear ('Lie Hansen', 'Haugen Olsen', 'Strand
    Larsen'): a double surname, though the first is a word too."""
    first, second = tokens[i].low, tokens[i + 1].low
    return first not in STOPWORDS and g.surname_count.get(first, 0) >= DOUBLE_SURNAME_BEARERS \
        and g.surname_count.get(second, 0) >= DOUBLE_SURNAME_BEARERS


def _plural_noun(low: str, g: gz.Gazetteer) -> bool:
    """A noun's definite plural ('festivalene', 'kjedene', 'bandane') that no list of
    names holds: what heads a list of names of things, never a person's name itself."""
    return low.endswith(("ene", "ane")) and len(low) >= 6 and (
        inflected_word(low) or any(len(low) - k >= 6 and inflected_word(low[k:])
                                   for k in range(4, len(low) - 5))) \
        and low not in g.surnames and low not in g.world and not world_name(low)
    # ('Korene Cantus og …', 'Fastfoodkjedene McDonald's': the head of a compound)


def proper_noun_hits(text: str, tokens: Sequence[Token], g: gz.Gazetteer) -> list[Hit]:
    """Capitalised text: names from capitalisation, initials, particles and context."""
    hits: list[Hit] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.capital or not_a_name(tok, text, g) or (
                (tok.sentence_start or tok.low.endswith(("en", "a")))
                and role_word(tok.low) and tok.low not in g.surnames
                and tok.low not in g.given):
            i += 1  # ('Læraren sa at …', 'Lensmannen og Sorenskriveren': a role, an office)
            continue
        # an initial starting a run: 'K. Eikeland', 'I. Fagerli'
        j = _run(text, tokens, i, g)
        names = [t for t in tokens[i:j + 1]
                 if not (len(t.text) == 1 or t.low in NAME_PARTICLES)]
        if not names:
            i = j + 1
            continue
        if i > 0 and _place_genitive(text, tokens, i - 1, g):
            i = j + 1  # 'Norges Bondelag', 'Bergens Tidende': an organisation
            continue
        if j > i and any(t.low in ORG_RUN_HEADS for t in tokens[i:j + 1]):
            i = j + 1  # 'Helse Nord', 'Policy Press': an organisation, none of its words a name
            continue
        has_initial = any(len(t.text) == 1 and t.text.isupper() for t in tokens[i:j])
        if j > i and (tokens[i].low in TITLES or tokens[i].sentence_start
                      and (common_word(tokens[i].low) or _plural_noun(tokens[i].low, g))
                      and tokens[i].low not in g.given and not _double_surname(tokens, i, g)):
            i += 1  # 'Ifølge Whitford', 'Lensmann Bergersen', 'Festivalene Palmesus, …':
            continue  # the run starts after it
        conf = _run_confidence(text, tokens, i, j, names, has_initial, g)
        if conf > 0:
            start, end = tokens[i].start, tokens[j].end
            # the run's last word may be a genitive: keep the -s in the span
            hits.append(Hit(start, end, "PERSON", text[start:end], conf, "names:capital",
                            canonical=_person_canonical(tokens[i:j + 1], g),
                            info={"tokens": len(names),
                                  "context": _context(tokens, text, i, j) > 0}))
            i = j + 1
            continue
        i += 1
    return hits


def _place_genitive(text: str, tokens: Sequence[Token], k: int, g: gz.Gazetteer) -> bool:
    """Token k is a capitalised genitive of a country or municipality right before the next
    word ('Norges Bondelag', 'Bergens Tidende')."""
    tok = tokens[k]
    return tok.capital and tok.low.endswith("s") and text[tok.end:tokens[k + 1].start] == " " \
        and (tok.low[:-1] in g.world or tok.low[:-1] in g.places) \
        and tok.low not in g.surnames and tok.low[:-1] not in g.given


def _person_canonical(run: Sequence[Token], g: gz.Gazetteer) -> str:
    words = [t.low for t in run if not (len(t.text) == 1 and t.text.isupper())]
    if words:
        last = words[-1]
        stem = _stem(last)
        if stem and last not in g.surnames and last not in g.given:
            words[-1] = stem
    return normalise(" ".join(words))


def _run_confidence(text: str, tokens: Sequence[Token], i: int, j: int,
                    names: list[Token], has_initial: bool, g: gz.Gazetteer) -> float:
    first = tokens[i]
    # inside quotes only names the lists know ('«Marit»'), not titles, unless the text
    # talks of informants and their pseudonyms ('bare «Gislaug» og «Tjostolv» bodde …')
    if _in_quote(text, first.start) and not all(
            t.low in g.given or t.low in g.surnames or world_name(t.low) for t in names):
        return 0.85 if i == j and _quoted_pseudonym(text, tokens, i, g) else 0.0
    run_lows = [t.low for t in names]
    if len(run_lows) > 1 and run_lows[0] in PLACE_PREFIXES:
        return 0.0  # 'Nordre Brekke', 'Øvre Dale': a farm or a place
    if any(low in ORG_RUN_HEADS for low in run_lows):
        return 0.0  # 'Russell Sage Foundation', 'Policy Press'
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if nxt in ORG_RUN_HEADS:
        return 0.0
    if has_initial and names:
        return SURE
    if len(names) >= 2:
        known = sum(1 for t in names if t.low in g.given or t.low in g.surnames
                    or t.low in g.given_extra or foreign_marked(t.low))  # 'Nguyễn Thị Lan'
        words = sum(1 for t in names if not name_like(t, g))
        if words and not known:
            return 0.0
        if any(t.low in g.world for t in names):
            return 0.0
        if known:
            return 0.9
        return 0.8 if not words else 0.0
    # one name token
    low = first.low
    ctx = _context(tokens, text, i, j)
    stem = _stem(low)
    if stem and low not in g.given and low not in g.surnames and stem not in g.given \
            and (stem not in g.surnames or surname_word(stem)
                 and g.surname_count.get(stem, 0) < COMMON_SURNAME_BEARERS) \
            and stem.endswith(("en", "et", "a")) \
            and (inflected_word(stem) or common_word(stem) or noun_like(stem)) \
            and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower() \
            and tokens[j + 1].low not in GENITIVE_HEADS:
        return 0.0  # 'Markens grøde', 'Samefolkets dag': a definite noun's genitive
    genitive = bool(stem) and low not in g.given and low not in g.surnames and \
        not common_word(low) and (stem in g.given or stem in g.surnames
                                  or (not common_word(stem) and zipf(stem, ("nb",)) < 2.5
                                      and (zipf(low, ("nb",)) < GENITIVE_WORD_ZIPF
                                           or not first.sentence_start)))
    # ('Avslutningsvis', 'Lapskaus' at a sentence's start: a word in -s the word list knows
    # is no genitive of a name it does not)
    base = stem if genitive else low
    if base in g.places or low in g.places or low in g.world:
        # the gazetteer decides, unless the name is a person's too and the words around
        # it say person ('Berg, som var leder', 'Hjelmeland studerte')
        named = base in g.surnames or base in g.given
        strong = _strong_person(text, tokens, i, j)
        return SURE if named and strong and low not in g.world \
            and place_evidence(text, tokens, i, j) < 1.5 else 0.0  # not 'fra Molde fant
    if first.sentence_start:
        nxt_low = tokens[j + 1].low if j + 1 < len(tokens) else ""
        if ctx < 1.5 and place_shaped(low):
            return 0.0  # 'Hestøyas befolkning' (see ``unknown_place_hits``)
        if genitive and base in g.given and j + 1 < len(tokens) and \
                tokens[j + 1].low[:1].islower() and tokens[j + 1].low not in STOPWORDS:
            return 0.85  # 'Idas idé'
        if base in g.given and base not in g.given_words:
            return 0.0  # the name-list detector handles given names
        if world_name(base):
            return 0.85  # 'Kazlauskas jobbet …', 'Wróblewski, du …': a name of another origin
        if not genitive and _world_given_acting(tokens, j, base, g):
            return 0.85  # 'Dmitri kom i går', 'Giuseppe hadde vondt': a given name of
            # another origin that Norwegian text knows as a name, no word, before a verb
        listed = base in g.surnames or base in g.given
        if listed and _strong_person(text, tokens, i, j):
            return 0.9  # 'Bror fra personalavdelingen kom', 'Foss sa'
        if base in g.surnames and not surname_word(base):
            return 0.8  # 'Tesfamariam? Nei …', 'Johansen hadde …': a surname that is no word
        if common_word(base) and base not in g.surnames:
            if not genitive and nxt_low in _ONLY_A_PERSON_ARGUES and zipf(base, ("nb",)) < 1.0 \
                    and not base.endswith(DEFINITE_ENDINGS) and compound(base):
                return 0.8  # 'Stoltenkamp argumenterer for at …' (looks built of words)
            return 0.0
        if not genitive and base not in g.surnames and base.endswith(DEFINITE_ENDINGS) \
                and inflected_word(base):
            if _rare_stem(base, g) and person_evidence(text, tokens, i, j) >= 2.0:
                return 0.9  # 'Tveitane sa jo det selv': a farm name, speaking
            return 0.0  # 'Informanten beskriver …': a definite noun, not a name
        if ctx >= 1.0:
            return 0.9
        if genitive and j + 1 < len(tokens) and tokens[j + 1].low[:1].islower():
            return 0.8  # 'Whitfords begrep'
        if base in g.surnames and base not in g.surname_words and ctx > 0:
            return 0.8
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is not None and not nxt.capital and _finite_verb(nxt.low) and \
                max(zipf(base, ("nb",)), zipf(base, ("en",))) < 1.0 and \
                not inflected_word(base) and not base.endswith(DEFINITE_ENDINGS):
            # 'Faadumo lærte seg …': no word at all, acting (unsure); 'Ducaale kom sørover':
            # the subject of a strong verb, as surely as ``slots`` says it
            return 0.85 if nxt.low in _STRONG_VERBS else 0.7
        return 0.0
    # mid-sentence and capitalised: a proper noun
    if named_place(tokens, i) and base not in g.given:
        return 0.0  # 'ein liten plass som heiter Skjelvik' (see ``unknown_place_hits``)
    if not genitive and farm_surname(text, tokens, i, g) \
            and not HYPHEN_HEAD.match(text, first.end):
        return 0.0  # 'hus på Gimse': the farm (see ``unknown_place_hits``; not 'på
        # Kvamsdal-møtet', see below)
    if base in g.given or base in g.surnames:
        return 0.85 if (ctx or base not in g.surname_words) else 0.8
    if not name_like(first, g):
        return 0.0
    if ctx < 1.5 and (place_shaped(low) or _place_preposition(tokens, i) in PLACE_APPOSITION):
        return 0.0  # 'Kvitsandbukta', 'øya Lyngsholmen' (see ``unknown_place_hits``)
    if ctx < 1.5 and _after_article(tokens, i):
        return 0.0  # 'en gammel Gråtass', 'ein ny Tesla': a make or a model
    prev = _place_preposition(tokens, i)
    if ctx < 1.0 and (prev in PATH_PREPOSITIONS and low.endswith(PLACE_SUFFIXES)
                      or prev == "mellom" and _place_partner(tokens, i, g)):
        return 0.0  # 'over Reinsheia', 'mellom Halhjem og Sandvikvåg' (``unknown_place_hits``)
    if prev in PLACE_PREPOSITIONS and ctx < 1.0 and i > 1 \
            and tokens[i - 1].low == prev and tokens[i - 2].low in ON_PERSON_VERBS:
        return 0.7 if low.endswith(PLACE_SUFFIXES) else 0.8  # 'ventet på Dmitri', 'tenkte
        # på Pablo': the verb's 'på' takes a person (``unknown_place_hits`` passes it by);
        # unsure if built like a place ('ventet på Haugstøl' may be waiting there)
    if prev in PLACE_PREPOSITIONS and ctx < 1.0:
        if (prev in LOCATIVE or low.endswith(PLACE_SUFFIXES)) \
                and not HYPHEN_HEAD.match(text, first.end):
            return 0.0  # 'i Kvalsund': a place the lists lack (see ``unknown_place_hits``;
            # not 'på Kvamsdal-møtet': that finds no place before a hyphen, and a name
            # must not fall between the two)
        return 0.7  # 'avviker fra Castellanos'
    return 0.9 if ctx >= 1.0 else 0.8


# given names that are prepositions too ('per dag'): before a finite verb only the name
_PREPOSITION_NAMES = frozenset({"per"})
_FINITE = AUXILIARIES | COPULAS | (MODAL_WORDS - {"å"}) | {"sa", "ga", "gav", "fant", "fann"}


def _finite_after(low: str) -> bool:
    """A finite verb in the past ('kalte', 'sa') — never the noun a preposition governs (a
    present in '-er' may be a noun: 'per deltaker', 'per søker')."""
    return low in _FINITE or past_verb(low) and low not in PER_UNITS


# what a person argues, and a study or a field seldom ('Forskning viser', not 'hevder')
_ONLY_A_PERSON_ARGUES = frozenset({"argumenterer", "argumenterte", "hevder", "hevdar",
                                   "påpeker", "påpeikar", "understreker", "poengterer",
                                   "problematiserer", "kritiserer", "innvender", "mener",
                                   "meiner", "foreslår", "fremhever", "framhever"})


# a word in -s at least this frequent (wordfreq's zipf, Bokmål) is, at a sentence's start,
# no genitive of a name the lists lack ('Avslutningsvis', 'Lapskaus'; ``_run_confidence``)
GENITIVE_WORD_ZIPF = 2.7
_DEFINITE_LONGEST_FIRST = sorted(DEFINITE_ENDINGS, key=len, reverse=True)


def _rare_stem(low: str, g: gz.Gazetteer) -> bool:
    """What a definite ending leaves is a surname or no frequent word ('tveitane' →
    'tveit'; not 'informanten' → 'informant', 'pasientane' → 'pasient')."""
    for end in _DEFINITE_LONGEST_FIRST:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[:-len(end)]
            return (stem in g.surnames or max(zipf(stem, ("nb",)),
                                               zipf(stem + "e", ("nb",))) < 2.0) \
                and not compound(stem) and not role_word(stem) and not common_word(stem + "e")
    return False


def _after_article(tokens: Sequence[Token], i: int) -> bool:
    """An indefinite article, perhaps with one adjective, before token i ('en Volvo', 'en
    gammel Gråtass'): a person's name takes none."""
    if i > 0 and tokens[i - 1].low in ARTICLES:
        return True
    mid = tokens[i - 1].low if i > 0 else ""
    return i > 1 and tokens[i - 2].low in ARTICLES and not tokens[i - 1].capital \
        and (mid in MAKE_ADJECTIVES or mid.endswith(("ig", "lig", "leg", "sk")) and len(mid) > 4)


def _place_partner(tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Token i is joined by 'og'/'eller' to a Norwegian place, or to a word built like one:
    'mellom Halhjem og Sandvikvåg'."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in ("og", "eller"):
        return False
    other = tokens[i + 2]
    return g.norwegian(other.low) or other.capital and (
        other.low.endswith(PLACE_SUFFIXES) or place_shaped(other.low))


# adverbs of motion: 'opp til Stalheim', 'ned til Strandbakken' go to a place ('på')
_MOTION = frozenset({"opp", "ned", "bort", "inn", "ut", "heim", "hjem", "oppover", "nedover",
                     "over", "tilbake", "bortover", "fram",
                     "innover", "utover", "nordover", "sørover", "austover", "østover",
                     "vestover", "heilt", "helt"})


_TO = frozenset({"til", "te", "tel"})


def _from_to(tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Token i is one end of a way whose other end is a Norwegian place: 'fra Stathelle til
    Porsgrunn', 'frå Vinje til Haukeligrend'."""
    lows = [tokens[k].low if 0 <= k < len(tokens) else "" for k in range(i - 3, i + 3)]
    before3, before2, before, _, after, after2 = lows
    return (before in FROM_WORDS and after in _TO and g.norwegian(after2)) \
        or (before in _TO and before3 in FROM_WORDS and g.norwegian(before2))


def _place_preposition(tokens: Sequence[Token], i: int) -> str:
    """The word before token i, or the preposition before a coordination ('mellom Kolbu
    og Hvalhamn', 'i Molde og Kvalvika': 'mellom', 'i'); 'til' after an adverb of motion
    counts as 'på' ('opp til Stalheim')."""
    prev = tokens[i - 1].low if i > 0 else ""
    if prev in UP_IN:
        return "på"  # 'oppi Grønlikammen', 'nedpå Vollen': where something is
    if prev == "til" and i > 1 and tokens[i - 2].low in _MOTION | MOVING_VERBS:
        return "på"  # 'opp til Stalheim', 'flytta til Teie'
    if prev in ("og", "eller") and i > 2 and tokens[i - 3].low in PLACE_PREPOSITIONS \
            and tokens[i - 1].start - tokens[i - 2].end == 1 \
            and gz.load().norwegian(tokens[i - 2].low):  # (not 'til Stalheim, og Tjodolv')
        return "på"  # 'frå Hyllestad og Lavik': one of two places
    if _from_to(tokens, i, gz.load()):
        return "på"  # 'fra Stathelle til Porsgrunn': both ends are places
    if prev in FROM_WORDS and i > 1 and tokens[i - 2].low in ORIGIN_BEFORE_FROM:
        return "på"  # 'far var frå Grindheim', 'flytta frå Remøy': where one comes from
    if prev in ("og", "eller") and i > 2 and tokens[i - 3].low in (
            "mellom", "fra", "frå", "til", "i", "på", "ved") \
            and tokens[i - 1].start - tokens[i - 2].end == 1:
        return tokens[i - 3].low  # (not 'på Senja, og Pawlak lærte meg': a new clause)
    return prev


def farm_surname(text: str, tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Token i is a surname taken from a farm, standing where a farm or a hamlet stands:
    'kjøpte hus på Gimse', 'butikken ved Fossheim', 'vi bodde på nyborg'. Not a given
    name, a patronymic ('på Hansen'), a surname that is a word ('på Bakken'), after a verb
    whose 'på' takes a person ('vente på Hunstad'), nor where the words say person."""
    tok = tokens[i]
    low = tok.low
    if low not in g.surnames or low in g.given or low in g.given_extra \
            or low.endswith(PATRONYMIC_ENDINGS):
        return False
    if (surname_word(low) or inflected_word(low)) and not (tok.capital
                                                           and not tok.sentence_start):
        return False  # ('på bakken' is the hill; 'butikken på Skaret' the farm)
    if _place_preposition(tokens, i) not in FARM_PREPOSITIONS:
        return False
    prev2 = tokens[i - 2].low if i > 1 else ""
    return prev2 not in ON_PERSON_VERBS and person_evidence(text, tokens, i) < 1.0


# a farm's noun before its name: 'på garden Myklebust', 'fra gården Øvre Berg'
_FARM_NOUNS = frozenset({"garden", "gården", "gardsbruket", "gårdsbruket", "småbruket",
                         "husmannsplassen", "plassen", "setra", "sætra"})
# a place named after the noun for its kind: 'den lille øya Lyngsholmen', 'på garden X'
PLACE_APPOSITION = _FARM_NOUNS | frozenset({
    "øya", "øyane", "øyene", "holmen", "bygda", "grenda", "tettstedet", "stedet", "staden",
    "fjellet", "dalen", "vika", "bukta", "neset", "odden", "vatnet", "vannet", "bydelen",
    "strøket", "bygd", "grend", "gard", "gård", "holme", "fiskevær", "tettstad", "landsby",
    "øy"})


def unknown_place_hits(text: str, tokens: Sequence[Token], g: gz.Gazetteer,
                       caps: bool = True) -> list[Hit]:
    """A word the lists lack after a place preposition: 'i Kvalsund', 'ved Storvika',
    'mellom Kolbu og Hvalhamn'. Towards/from/between ('til', 'fra', 'mellom') only when it
    ends like a Norwegian place; in lower-case text only such words that are no ordinary
    word ('fra kvalneset'). 'på' + a surname that is also a farm name ('på Lade') is the
    place unless a verb wants a person ('vente på Lade')."""
    hits = []
    for i, tok in enumerate(tokens):
        low = tok.low
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if not caps and nxt in LIES and low.endswith(PLACE_SUFFIXES) and unknown_word(low):
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.6, "context:place",
                            canonical=low))  # 'vangsnes ligger jo på andre sida'
            continue
        farm_end = _farm_after_its_noun(text, tokens, i, g, caps)
        if farm_end is not None:
            end = tokens[farm_end].end  # 'på garden Indre Myklebust', 'til gården Berg'
            hits.append(Hit(tok.start, end, "PLACE", text[tok.start:end], 0.9, "context:place",
                            canonical=text[tok.start:end].lower()))
            continue
        if not caps and _named_site(text, tokens, i, g):
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                            canonical=low))  # 'grøndalen skole', 'moholt studentby'
            continue
        if (tok.capital or not caps) and place_predicate(tokens, i) and low not in g.places \
                and low not in g.given and (low.endswith(PLACE_SUFFIXES) or place_shaped(
                    low, caps)) and not common_word(low) and not (
                    inflected_word(low) and zipf(low, ("nb",)) >= 2.0) \
                and not any(low == kind + end for kind in ("grend", "bygd", "øy", "by")
                            for end in ("a", "en", "ene", "ane")) \
                and person_evidence(text, tokens, i) < 2.0:
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                            canonical=low))  # 'Furumoen har fått ny skole', 'raudsand var
            continue  # bare en liten plass', 'Sandbuktas eneste butikk'
        if (tok.capital or not caps) and named_place(tokens, i) and low not in g.places \
                and low not in g.given and low not in g.world and low.isalpha() \
                and not not_a_name(tok, text, g) \
                and (caps or not common_word(low) or low in PLACE_PREFIXES):
            end = tok.end  # 'ein liten plass som heiter Skjelvik'; 'en gård som heter øvre
            if low in PLACE_PREFIXES and i + 1 < len(tokens) \
                    and text[tok.end:tokens[i + 1].start] == " ":  # bjørnstad'
                end = tokens[i + 1].end
            hits.append(Hit(tok.start, end, "PLACE", text[tok.start:end], 0.7, "context:place",
                            canonical=text[tok.start:end].lower()))
            continue
        if tok.low in _SQUARE_HEADS and i > 0:
            first = _square_name(text, tokens, i, caps)
            if first is not None:  # 'på Carl Berners plass', 'på olaf ryes plass', 'i
                # Kongens gate', 'i Olav Tryggvasons gate'
                start = tokens[first].start
                hits.append(Hit(start, tok.end, "PLACE", text[start:tok.end], 0.7,
                                "context:place", canonical=text[start:tok.end].lower()))
                continue
        if caps and tok.capital and defined_as_place(tokens, i) and low not in g.places \
                and low not in g.given and low not in g.given_extra and not common_word(low) \
                and not not_a_name(tok, text, g) and person_evidence(text, tokens, i) < 1.0:
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                            canonical=low))  # 'Bleie er ein gard i Ullensvang'
            continue
        if caps and tok.capital and tok.sentence_start and place_shaped(low) \
                and low not in g.places and low not in g.world \
                and not not_a_name(tok, text, g) and person_evidence(text, tokens, i) < 1.5:
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                            canonical=low))  # 'Hestøyas befolkning', 'Skåtøy, ja, der …'
            continue
        if not caps and place_shaped(low, caps=False) and low not in g.places \
                and person_evidence(text, tokens, i) < 2.0:
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.6, "context:place",
                            canonical=low))  # 'over strynefjellet', 'raudbergvika der budde'
            continue
        if i == 0 or (caps and (not tok.capital or tok.sentence_start)):
            continue
        if not low.isalpha() or len(low) < 3 or not_a_name(tok, text, g):
            continue
        if low in g.places or low in g.world:
            continue
        prev = _place_preposition(tokens, i)
        prev2 = tokens[i - 2].low if i > 1 else ""
        if caps and low not in g.given and (
                place_shaped(low) or prev in PLACE_APPOSITION and name_like(tok, g)
                and text[tokens[i - 1].end:tok.start].strip(" ,") == ""
                and low not in g.surnames) and person_evidence(text, tokens, i) < 1.5:
            # 'Kvitsandbukta', 'den lille øya Lyngsholmen', 'ei lita bygd, Raudbergvika'
            hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                            canonical=low))
            continue
        path = prev in PATH_PREPOSITIONS and low.endswith(PLACE_SUFFIXES) \
            and zipf(low, ("nb",)) < 2.5 and len(low) >= 7 \
            and (caps or not low.startswith(COMMON_PLACE_STEMS))
        # 'over dalsetfjellet', 'te grøtneset', 'over Reinsheia'
        if (prev not in PLACE_PREPOSITIONS and not path
                and (caps or prev not in SPOKEN_WAYS)) or prev2 in ON_PERSON_VERBS:
            continue
        if low in PLACE_PREFIXES and prev in PLACE_PREPOSITIONS \
                and i + 1 < len(tokens) and (tokens[i + 1].capital or not caps) \
                and text[tok.end:tokens[i + 1].start] == " " \
                and not not_a_name(tokens[i + 1], text, g) and (caps or _farm_word(
                    tokens[i + 1].low, g)):
            nxt = tokens[i + 1]  # 'på Nordre Brekke', 'på Øvre Dale': a farm or a place
            hits.append(Hit(tok.start, nxt.end, "PLACE", text[tok.start:nxt.end], 0.7,
                            "context:place", canonical=f"{low} {nxt.low}"))
            continue
        if text[tok.end:tok.end + 1] == "-" or (caps and i + 1 < len(tokens)
                                                and tokens[i + 1].capital
                                                and text[tok.end:tokens[i + 1].start] == " "):
            continue
        suffix = low.endswith(PLACE_SUFFIXES)
        listed = low in g.given or low in g.surnames
        if listed:
            # a surname that is also a farm or a place ('på Lade', 'på Hov', 'på nyborg')
            if not farm_surname(text, tokens, i, g):
                continue
            conf = 0.6
        elif caps:
            if low.endswith("s") and person_evidence(text, tokens, i) >= 2.0:
                continue  # 'i Sørlibråtens senere arbeider': the author's
            if prev == "på" and prev2 in _RIDDEN:
                continue  # 'Jeg red på Pegasus': the horse, no place the lists lack
            if suffix:  # 'mellom Kolbu og Svartbygda': a compound that ends like a place
                if zipf(low, ("nb",)) >= BRAND_ZIPF:
                    continue
            elif not name_like(tok, g) or prev not in LOCATIVE and not (
                    prev == "mellom" and _place_partner(tokens, i, g)):
                continue
            conf = 0.7 if suffix else 0.6
            if suffix and prev in ("i", "under", "ved") and prev2 not in ON_PERSON_VERBS \
                    and not text[tok.end:tok.end + 3].lstrip().startswith("(") \
                    and nxt not in SIN_POSSESSIVES and nxt not in ("og", "&"):
                # 'Heime i Eidsnesbygda', 'like under Kvitebergskammen': a name no list
                # has, built like a place, where only a place stands: beats a person guess
                hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, conf,
                                "context:place", canonical=low, info={"strong": True}))
                continue
        else:
            # ('kvalneset' looks inflected: the definite form of a place is a place too);
            # where something is ('på melkøya', 'ved svinesund'), a place known to text
            # (more frequent than RARE_ZIPF) that is no ordinary word; a word no list knows
            freq = zipf(low, ("nb",))
            if low in THING_NOUNS:
                continue  # 'en motor på sjekta', 'på snekka': a boat, a thing one is on
            if suffix and not any(low.endswith(s) and len(low) - len(s) >= 2
                                  for s in PLACE_SUFFIXES):
                continue  # 'på skjeret', 'i tjønna': the skerry, the pond (no first part)
            if not suffix and not low.endswith("a") and definite_noun(low, 1.5, names_aside=True):
                continue  # 'frå omnen': a noun's definite form (Nynorsk)
            if suffix and low.startswith(_TRANSPORT_STEMS):
                continue  # 'på fergekaia', 'ved bussholdeplassen': where transport stops
            if suffix:
                if zipf(low, ("en",)) >= 3.0 or freq >= PLACE_ZIPF or freq >= RARE_ZIPF and (
                        prev not in LOWER_PLACE_BEFORE or common_word(low) and freq >= 3.4
                        or len(low) < 6 or inflected_word(low) or _common_compound(low)):
                    continue
            elif not (prev in LOWER_PLACE_BEFORE and len(low) >= 5
                      and (unknown_word(low) or _known_place_word(low))
                      and not _common_compound(low) and not noun_like(low)):
                continue
            conf = 0.6
        hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, conf, "context:place",
                        canonical=low))
    return hits


# verbs of riding: what one rides on is a horse ('red på Pegasus')
_RIDDEN = frozenset({"red", "rei", "ri", "rir", "ridd", "ridde", "reid", "ride"})
_TRANSPORT_STEMS = ("ferge", "ferje", "hurtigbåt", "buss", "gjestehamn", "gjestehavn",
                    "cruise", "tog")


LIES = frozenset({"ligger", "ligg", "lå", "låg"})  # places lie somewhere
_SITES = INSTITUTION_AFTER - {"kontoret", "kontor", "kontora", "kontorene", "modellen",
                              "kommunestyret", "kommunestyre", "formannskapet"} \
    | {"studentby", "studentbyen", "skole", "skule", "stadion", "idrettspark", "kai"}


def _named_site(text: str, tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Lower-case text: a word before a school, a station, a church or a centre that speech
    recognition wrote apart ('grøndalen skole', 'moholt studentby') is the place it is
    named after: no given name, no patronymic, no word."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in _SITES \
            or text[tokens[i].end:tokens[i + 1].start] != " ":
        return False
    low = tokens[i].low
    if low in g.places or low in g.given or low in g.world or len(low) < 4 \
            or low.endswith(PATRONYMIC_ENDINGS) or low in STOPWORDS:
        return False
    if low in g.surnames:
        return not surname_word(low)
    return (low.endswith(PLACE_SUFFIXES) or place_shaped(low, False)) and not common_word(low)


# a street or a square named by a genitive before it ('Kongens gate', 'Carl Berners plass')
_SQUARE_HEADS = frozenset({"plass", "gate", "gata", "vei", "veg", "veien", "vegen", "allé",
                           "torg"})


def _square_name(text: str, tokens: Sequence[Token], i: int, caps: bool) -> int | None:
    """The first token of the genitive name before 'plass', 'gate', 'vei' … (token i):
    'Carl Berners plass', 'Kongens gate', 'olaf ryes plass' (after a place preposition in
    lower case); None if there is none."""
    k = i - 1
    if not tokens[k].low.endswith("s") or len(tokens[k].low) < 4 \
            or text[tokens[k].end:tokens[i].start] != " ":
        return None
    if caps:
        if not tokens[k].capital or tokens[k].sentence_start:
            return None
        while k > 0 and tokens[k - 1].capital and not tokens[k - 1].sentence_start \
                and text[tokens[k - 1].end:tokens[k].start] == " ":
            k -= 1
        return k
    g = gz.load()
    if k > 0 and tokens[k - 1].low in g.given and k > 1 and tokens[k - 2].low in LOCATIVE:
        return k - 1  # 'på olaf ryes plass'
    return k if k > 0 and tokens[k - 1].low in LOCATIVE else None
# prepositions of a way or a direction ('over X', 'mot X'); dialect 'te', 'tel' (til)
PATH_PREPOSITIONS = frozenset({"over", "gjennom", "langs", "forbi", "mot", "oppover",
                               "nedover", "innover", "utover", "te", "tel", "åt", "frå", "fra",
                               "til", "ved", "mellom"})


def _farm_after_its_noun(text: str, tokens: Sequence[Token], i: int, g: gz.Gazetteer,
                         caps: bool) -> int | None:
    """The last token of a farm's name that begins at token i after a place preposition
    and a farm's noun ('på garden Myklebust', 'til gården Indre Myklebust', 'på garden
    øvre kvåle'): farms bear the names of the families that took their names from them,
    so a surname there is the farm. Not a given name ('på gården Ola eide'), not an
    ordinary word in lower-case text ('på garden heime')."""
    if i < 2 or tokens[i - 1].low not in _FARM_NOUNS \
            or tokens[i - 2].low not in ("på", "til", "fra", "frå", "ved", "om") \
            or text[tokens[i - 1].end:tokens[i].start] != " ":
        return None
    last = i
    if tokens[i].low in PLACE_PREFIXES and i + 1 < len(tokens) \
            and text[tokens[i].end:tokens[i + 1].start] == " ":
        last = i + 1
    tok = tokens[last]
    if caps and not (tok.capital and (last == i or tokens[i].capital)):
        return None
    low = tok.low
    if low in g.given or low in STOPWORDS or not low.isalpha() or len(low) < 3 \
            or not caps and not _farm_word(low, g):
        return None
    return last


def _farm_word(low: str, g: gz.Gazetteer) -> bool:
    """After 'nedre', 'øvre' in lower-case text: a farm's or a place's name ('nedre
    skårli', 'øvre haugsrud'), not an ordinary word ('nedre del')."""
    return low in g.places or low in g.surnames or (
        zipf(low, ("nb",)) < 2.5 and not common_word(low))





def _known_place_word(low: str) -> bool:
    """A word known to text (Zipf 1–3) that is no ordinary word, verb or name: after
    'på', 'ved', 'til' a place no list holds ('rundt titran', 'til dalsnibba')."""
    g = gz.load()
    freq = zipf(low, ("nb",))
    if not (1.0 <= freq < 2.5) or zipf(low, ("en",)) >= 2.5 or common_word(low) \
            or inflected_word(low) or verb_form(low) or past_verb(low) or nynorsk_word(low) \
            or low in g.given or low in g.surnames or world_name(low) or foreign_looking(low) \
            or any(n in low for n in NUMBER_PARTS) or low.endswith(("are", "ere", "ende")):
        return False
    for suffix in ("en", "et", "a"):  # the definite form of a noun ('sjarken', 'byssa';
        # of a noun in -e too: 'kjelken', 'snekka', 'hengekøya')
        if low.endswith(suffix) and (zipf(low[:-len(suffix)], ("nb",)) >= 2.0
                                     or suffix != "et"
                                     and zipf(low[:-len(suffix)] + "e", ("nb",)) >= 2.0):
            return False
    # a compound of a frequent word and a word ('fotballtur', 'lærerværelset', 'kraftfôr')
    return not any(zipf(low[:k], ("nb",)) >= 4.0 and zipf(low[k:], ("nb",)) >= max(
        3.0, zipf(low[k:], ("en",)) - 0.3) for k in range(4, len(low) - 2))
    # (a Norwegian word at the end: 'skal-and' is no compound)


def _common_compound(low: str) -> bool:
    """A compound of ordinary words ('storbyen', 'naboøya', 'hytteområdet'); not a
    generic first part before a rest that is no word ('nordkjosbotn')."""
    stem = next((s for s in COMMON_PLACE_STEMS if low.startswith(s)), None)
    if stem in ("nabo", "heim", "hjem"):
        return True
    if stem is not None:
        rest = low[len(stem):]
        return any(zipf(r, ("nb",)) >= 2.0 or inflected_word(r) or compound(r)
                   for r in (rest, rest[1:], rest[2:]) if len(r) >= 3)
    return compound(low)


# ------------------------------------------------------------------------------ lower case


def lowercase_hits(text: str, tokens: Sequence[Token], g: gz.Gazetteer) -> list[Hit]:
    """Lower-case text (speech recognition): surnames and unknown words that are no
    ordinary word, when the words around them say person; possessives of given names."""
    hits: list[Hit] = []
    for i, tok in enumerate(tokens):
        low = tok.low
        if low in STOPWORDS or len(low) < 3 or low in g.not_person or low.isdigit() \
                or tok.text.isupper():
            continue
        if low in g.world or institution(low):
            continue
        ctx = _context(tokens, text, i, i)
        if low in g.places:
            if low in g.surnames and _strong_person(text, tokens, i, i):  # 'berg sa …'
                hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.75,
                                "names:context", canonical=low,
                                info={"tokens": 1, "context": True}))
            elif low in g.surnames and _locality_surname(tokens, i, g):
                if g.surname_count.get(low, 0) < RARE_PLACE_SURNAME and not ctx:
                    # a village few are named after, no person's words around it: the
                    # village (unsure; 'leknes har blitt en by', 'forbi fagernes')
                    hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.6,
                                    "gazetteer:locality", canonical=normalise(
                                        g.places[low][0].canonical)))
                    continue
                # a surname that is also a farm or village ('hauge', 'tveit'), with no
                # place word before it: the surname (unsure)
                hits.append(Hit(tok.start, tok.end, "PERSON", tok.text,
                                0.85 if ctx else 0.7, "names:context", canonical=low,
                                info={"tokens": 1, "context": ctx > 0}))
            continue
        if named_place(tokens, i):
            continue  # 'en plass som heter njøs': the place's name (``unknown_place_hits``)
        conf = 0.0
        stem = _stem(low)
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if stem and stem in g.given and low not in g.given and low not in g.surnames \
                and zipf(low, ("nb",)) < RARE_ZIPF + 0.5 and nxt and nxt not in STOPWORDS:
            conf = 0.75  # 'idas mor'
        elif low in g.surnames and low not in g.given:
            if farm_surname(text, tokens, i, g) or _named_site(text, tokens, i, g):
                continue  # 'vi bodde på nyborg': the farm (see ``unknown_place_hits``)
            # a word too ('berg', 'sommer') only where the words around it say person
            word = surname_word(low)
            conf = (0.7 if ctx >= 1.0 else 0.0) if word else 0.85 if ctx else 0.75
        elif low not in g.given and _two_given(low, g):
            conf = 0.8  # 'annekarin', 'perolav': two given names written together
        elif world_name(low):
            conf = _world_confidence(low, ctx > 0)  # 'kowalczyk', 'maricel'
        elif low not in g.given and not common_word(low) and len(low) >= 4 \
                and zipf(low, ("nb",)) < RARE_ZIPF + 0.6 and not kin_word(low) \
                and not any(n in low for n in NUMBER_PARTS):  # ('totusenogåtte')
            word = inflected_word(low) or zipf(low, ("en",)) >= 2.5 or not low.isalpha() \
                or (noun_like(low) or nynorsk_word(low)
                    or definite_noun(low, 1.0, names_aside=True)) and not _unseen_foreign(low)
            # no ordinary word, and spelled like no Norwegian word: a foreign name (unsure)
            foreign = not word and zipf(low, ("nb",)) < RARE_ZIPF and foreign_looking(low)
            conf = 0.7 if ctx >= 1.0 and not word else (0.55 if foreign else 0.0)

        if conf:
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, conf, "names:context",
                            canonical=_stem(low) if low.endswith("s") and _stem(low) in
                            g.given else low, info={"tokens": 1, "context": ctx > 0}))
    return hits


# ------------------------------------------------------------------------------ name lists


RARE_PLACE_SURNAME = 1000  # fewer bearers than this: the village is meant, not the family


def _locality_surname(tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Lower-case text: a surname that names only a farm or village (no municipality, no
    county or region), is no word, and has no place word before it ('hauge sa', 'vi
    hadde tveit som kontakt'; not 'på hauge', 'fra tveit')."""
    low = tokens[i].low
    if surname_word(low) or any(p.kind != "locality" for p in g.places[low]):
        return False
    prev = tokens[i - 1].low if i > 0 else ""
    return prev not in SPOKEN_PREPOSITIONS and prev not in PLACE_PREPOSITIONS \
        and prev not in DETERMINERS and prev not in PLACE_NOUNS_BEFORE


def _name_list(tokens: Sequence[Token], k: int, step: int) -> bool:
    """Token k, joined by a comma to a person, is in a list that 'og'/'eller' closes
    ('Hauknes, Vangberg og ei dame'), and is no role or noun ('Tolken, Kari Holm, …')."""
    low = tokens[k].low
    if inflected_word(low) and low not in gz.load().surnames:
        return False
    lo, hi = (k, k + 6) if step == -1 else (k - 6, k)
    return any(tokens[m].low in ("og", "eller") for m in range(max(lo, 0), min(hi, len(tokens))))


def _no_word(low: str) -> bool:
    """A lower-case word no Norwegian or English word list knows ('jocelyn' aside)."""
    return low.isalpha() and len(low) >= 3 and zipf(low, ("nb",)) < 1.5 \
        and zipf(low, ("en",)) < 2.5 and not common_word(low) and not inflected_word(low)


def _world_confidence(low: str, context: bool) -> float:
    """A lower-case name of another origin (``lexicon.world_name``): a name where the words
    around it say person; alone only when spelled like no Norwegian word or never seen in
    Norwegian text ('kazlauskas', 'maricel'; not 'farid', which Norwegian text has seen
    as a name and 'klammer', a rare word)."""
    if context:
        return 0.85
    return 0.75 if foreign_looking(low) or zipf(low, ("nb",)) < 1.0 else 0.0


def _is_given(low: str, g: gz.Gazetteer, *, extra: bool) -> bool:
    if low in STOPWORDS or low in g.not_person:
        return False
    return low in g.given or (extra and low in g.given_extra) or (
        low in g.world_given and world_name(low))


def listed_name_hits(text: str, tokens: Sequence[Token], caps: bool) -> list[Hit]:
    """Names the lists know: given-name runs ('Kari Nordheim'), listed surnames, a
    capitalised word after a title ('doktor Skaug')."""
    g = gz.load()
    hits: list[Hit] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.low in _NICKNAME_PREFIXES and i + 1 < n \
                and text[tok.end:tokens[i + 1].start] == "-" \
                and (tok.capital or not caps) and (tokens[i + 1].capital or not caps) \
                and _is_given(tokens[i + 1].low, g, extra=caps) \
                and f"{tok.low}-{tokens[i + 1].low}" not in FOLK_FIGURES:
            end = tokens[i + 1].end  # 'Vesle-Mari', 'Gamle-Per', 'lille-ola': a nickname
            hits.append(Hit(tok.start, end, "PERSON", text[tok.start:end], 0.9, "names",
                            canonical=normalise(text[tok.start:end]),
                            info={"tokens": 2, "context": False}))
            i += 2
            continue
        run = _name_run(text, tokens, i, caps, g)
        if run:
            j = i + len(run) - 1
            conf = _person_confidence(text, tokens, i, j, caps, g)
            if conf > 0:
                start, end = tokens[i].start, tokens[j].end
                # genitive: "Karis" is not in the lists; "Kari Nordheims" is caught by
                # the surname list only if written without -s: strip a trailing 's'.
                hits.append(Hit(start, end, "PERSON", text[start:end], conf, "names",
                                canonical=normalise(text[start:end]),
                                info={"tokens": j - i + 1,
                                      "context": _person_context(tokens, i, j)}))
                i = j + 1
                continue
        if caps and tok.capital and tok.low in gz.EXTRA_WORLD_GIVEN and i + 1 < n \
                and tokens[i + 1].capital and not tokens[i + 1].sentence_start \
                and text[tok.end:tokens[i + 1].start] == " " \
                and tokens[i + 1].low not in g.not_person \
                and tokens[i + 1].low not in STOPWORDS and tokens[i + 1].text.isalpha():
            end = tokens[i + 1].end  # 'Vi møtte Will Stone': an English given name that is
            # a word, then a capitalised word: a name (the lists drop such given names)
            hits.append(Hit(tok.start, end, "PERSON", text[tok.start:end], 0.85, "names",
                            canonical=normalise(text[tok.start:end]),
                            info={"tokens": 2, "context": _person_context(tokens, i, i + 1)}))
            i += 2
            continue
        # a capitalised unknown word after a title: "doktor Skaug"
        if caps and tok.capital and not tok.sentence_start and i > 0 \
                and tokens[i - 1].low in TITLES and tok.low not in g.not_person \
                and tok.low not in STOPWORDS:
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.85, "names:title",
                            canonical=tok.low))
        i += 1
    return hits


# the first part of a nickname made of a given name ('Vesle-Mari', 'Gamle-Per')
_NICKNAME_PREFIXES = frozenset({"vesle", "lille", "litle", "store", "stor", "gamle", "unge",
                                "svarte", "raude", "røde", "kvite", "halv"})
# styles after 'Hans' ('Hans Majestet Kongen'): no person's name
_STYLES = frozenset({"majestet", "majestets", "kongelige", "høyhet", "høghet", "eksellense",
                     "hellighet"})


def _nickname_head(prev: Token, text: str) -> bool:
    """The word before a hyphen and a given name makes a nickname ('Kaffe-Kåre', 'Sjø-Ivar',
    'Fiske-Per'): a capitalised word, no acronym ('NAV-Liv'), right before the hyphen."""
    return prev.capital and prev.text[1:].islower() and prev.text.isalpha() \
        and text[prev.end:prev.end + 1] == "-"


def _name_run(text: str, tokens: Sequence[Token], i: int, caps: bool,
              g: gz.Gazetteer) -> list[Token]:
    """Consecutive name tokens starting with a given name at ``i`` (only spaces or a
    hyphen between them)."""
    first = tokens[i]
    if caps and not first.capital:
        return []
    if not caps and (i + 1 < len(tokens) and kin_after_owner(tokens, i + 1)
                     or kin_after_owner(tokens, i) and not (
                         i + 1 < len(tokens) and (tokens[i + 1].low in g.given
                                                  or tokens[i + 1].low in g.surnames))):
        return []  # 'han sa at hans bror hadde …', 'hennes bror kom': his, her brother (not
        # 'navnet hans bror og …': his name, Bror)
    function_name = caps and first.capital and not first.sentence_start \
        and first.low in CAPITAL_FUNCTION_NAMES and first.low in g.given \
        and (i + 1 >= len(tokens) or tokens[i + 1].low not in _STYLES) \
        and (i == 0 or tokens[i - 1].low not in ("st", "sankt"))  # 'Hans Majestet', 'St. Hans'
    if not (_is_given(first.low, g, extra=caps) or function_name) \
            or not_a_name(first, text, g) \
            or (caps and first.low in ORG_RUN_HEADS):
        return []  # ('Helse Vest' is a health trust)
    if first.start > 1 and text[first.start - 1] == "-" and text[first.start - 2].isalnum() \
            and not (caps and i > 0 and _nickname_head(tokens[i - 1], text)
                     and f"{tokens[i - 1].low}-{first.low}" not in FOLK_FIGURES):
        return []  # the last part of a compound ('id-ane', 'NAV-Liv'; not 'Kaffe-Kåre', a
        # nickname: the whole of it is found)
    run = [first]
    k = i + 1
    while k < len(tokens) and len(run) < 5:
        t = tokens[k]
        gap = text[tokens[k - 1].end:t.start]
        if gap not in (" ", "-"):
            break
        if caps and not t.capital:
            break
        if t.low in STOPWORDS or t.low in g.not_person:
            break
        if t.low in g.given or t.low in g.surnames or (caps and t.low not in g.places) \
                or world_name(t.low):
            run.append(t)
            k += 1
            continue
        if t.low in g.places and (caps or t.low in g.surnames or k == i + 1 and gap == " "
                                  and first.low in g.given and not given_word(first.low)):
            run.append(t)  # in lower case too after a given name that is no word ('ingrid
            k += 1  # hamar hun åpna skolen': a place takes a preposition)
            continue
        break
    return run


def _person_context(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Words around tokens i..j that say 'a person' ('sa', 'ringte', 'doktor', 'hun')."""
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    prev2 = tokens[i - 2].low if i > 1 else ""
    nxt2 = tokens[j + 2].low if j + 2 < len(tokens) else ""
    if prev in OBJECT_PREPOSITIONS:
        nxt = nxt2 = ""  # 'over helga sa de': the object of a preposition says nothing
    return (nxt in PERSON_AFTER or prev in PERSON_BEFORE or prev in TITLES
            or (prev in SUBJECT_PRONOUNS and prev2 in PERSON_BEFORE)  # 'ringte jeg bjørn'
            or nxt2 in PERSONAL_PRONOUNS and nxt != "som"  # 'for ida da hun sluttet'
            or nxt in SIN_POSSESSIVES  # 'ida sin idé'
            or _role_context(tokens, j)  # 'bror fra personalavdelingen'
            or nxt == "som" and _cleft_before(tokens, i))  # 'det var X som', 'det er jo X som'


_CLEFT_FILLERS = SPOKEN_FILLERS | {"nok", "faktisk", "egentlig", "eigentleg"}


def _cleft_before(tokens: Sequence[Token], i: int) -> bool:
    """'det var X som', 'det er jo X som', 'da var det eh X som': a cleft before token i
    (a filler or two between)."""
    k = i - 1
    while k >= 0 and tokens[k].low in _CLEFT_FILLERS and i - k <= 2:
        k -= 1
    return k >= 1 and tokens[k].low in ("var", "va", "er", "e") \
        and tokens[k - 1].low in ("det", "da", "då")


# words before a pronoun that opens a clause of its own ('… før han tar toget')
_CLAUSE_JOINS = CLAUSE_STARTS | {"før", "etter", "sidan", "siden", "enn"}


def _acts_then_resumed(tokens: Sequence[Token], j: int) -> bool:
    """After a capitalised word opening a sentence, a finite verb of doing (no copula) and,
    later in the sentence, 'han' or 'hun' opening a clause of its own: the word is a
    person's name ('Sindre kjører til Værnes før han tar toget'; not 'Kristen var han
    ikke', 'Storm kom inn, og den …')."""
    if j + 1 >= len(tokens) or tokens[j + 1].sentence_start:
        return False
    verb = tokens[j + 1].low
    if verb in COPULAS or not (past_verb(verb) or present_verb(verb)):
        return False
    for k in range(j + 3, min(len(tokens), j + 16)):
        if tokens[k].sentence_start:
            return False
        if tokens[k].low in ("han", "hun", "ho", "hu") and tokens[k - 1].low in _CLAUSE_JOINS:
            return True
    return False


def _person_confidence(text: str, tokens: Sequence[Token], i: int, j: int, caps: bool,
                       g: gz.Gazetteer) -> float:
    first = tokens[i]
    noun = definite_noun(first.low, 3.8, names_aside=True)  # 'helga' the weekend
    word_like = first.low in g.given_words or (not caps or first.sentence_start) and (
        noun or given_word(first.low))  # ('Lia var full av blåbær': the hillside)
    if not caps and i > 0 and tokens[i - 1].low in MODAL_WORDS and verb_form(first.low):
        return 0.0  # 'de skulle arve gården', 'å mette alle': the verb
    if j > i:  # two or more name tokens
        second = tokens[i + 1].low
        if word_like and second in g.given_words and second in g.surname_words and not caps:
            return 0.6
        return 0.95
    context = _person_context(tokens, i, j)
    if caps:
        if not word_like:
            return 0.9
        if first.sentence_start:
            # 'Fred er viktigere', 'Lykke er å ha noen': only where a person must stand
            if person_evidence(text, tokens, i, j) >= 1.5:
                return 0.75
            if first.low in _PREPOSITION_NAMES and j + 1 < len(tokens) \
                    and _finite_after(tokens[j + 1].low):
                return 0.75  # 'Per kalte vi sjefen': no preposition stands before a verb
            return 0.7 if not noun and _acts_then_resumed(tokens, j) else 0.0
        return 0.85
    prev = tokens[i - 1].low if i > 0 else ""
    if first.low in _PREPOSITION_NAMES and prev not in WORD_BEFORE and j + 1 < len(tokens) \
            and _finite_after(tokens[j + 1].low):
        return 0.7  # 'per kalte vi sjefen', 'og per gjorde resten' (unsure)
    if prev in WORD_BEFORE and noun or prev in _ORDINAL_BEFORE and word_like:
        return 0.0  # 'hele helga gikk med til …', 'neste dag var det vår': the noun
    if prev in WORD_BEFORE and not context and not word_like and first.low in g.given \
            and HYPHEN_HEAD.match(text, tokens[j].end):
        return 0.7  # 'vi var på kari-festen': the preposition governs the compound's head,
        # the name before the hyphen is someone's (unsure)
    if prev in WORD_BEFORE and not context and (
            word_like or prev != "det" or first.low in g.places
            or inflected_word(first.low) or noun_like(first.low)):
        return 0.0  # 'i lia', 'en liv': a word after a preposition or an article (not
        # 'var det fredrik': 'det' is no article before a name that is no word)
    if prev in SUBJECT_PRONOUNS and j + 1 < len(tokens) and tokens[j + 1].low in NEGATIONS:
        return 0.0  # 'han tor ikkje spørje': a verb between a pronoun and a negation
    if not word_like:
        if first.low in g.given:
            return 0.9
        return _world_confidence(first.low, context) if world_name(first.low) else 0.0
    if prev in DETERMINERS:
        return 0.0  # 'min bror jobbet …'
    # a word before it is a name: only where the words around it say person (weak words
    # too: 'med sten i hagen' stays an unsure hit, for a missed person weighs more)
    return 0.65 if context else 0.0



# ------------------------------------------------------------------------------ documents


# words between 'og'/'eller' and a name ('pekka eller kanskje eero'), hesitations too
_HEDGES = HESITATIONS | {"kanskje", "kansje", "muligens", "mulegvis", "også", "òg"}


def coordinated(text: str, tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """A name joined by 'og', 'eller' or '&' to a person found is a person too: 'Liv og
    Dag', 'det var foss og sunde som …'. Adds hits in place (unsure ones)."""
    g = gz.load()
    persons = [h for h in hits if h.label == "PERSON" and h.confidence >= 0.7]
    if not persons:
        return
    starts = {t.start: n for n, t in enumerate(tokens)}
    ends = {t.end: n for n, t in enumerate(tokens)}
    at = Overlaps(hits)
    for h in persons:
        for step in (1, -1):
            n = ends.get(h.end) if step == 1 else starts.get(h.start)
            if n is None:
                continue
            k = n + step
            if not 0 <= k < len(tokens):
                continue
            if step == -1 and k > 0 and tokens[k].low in _HEDGES:
                k -= 1  # 'pekka eller kanskje eero paavola'
            gap = text[tokens[min(n, k)].end:tokens[max(n, k)].start]
            if tokens[k].low in ("og", "eller", "and"):
                k += step
                if step == 1 and k < len(tokens) and tokens[k].low in _HEDGES:
                    k += 1
            elif gap.strip() != "," or not caps or not _name_list(tokens, k, step):
                continue  # 'Hauknes, Vangberg og …': a list of names (capitalised text)
            if not 0 <= k < len(tokens):
                continue
            tok = tokens[k]
            over = at.over(tok.start, tok.end)
            if over and _surname_opening_a_list(tok, over, g, caps):
                for x in over:
                    hits.remove(x)  # 'Storjord, Hætta og Lampinen meldte seg': a surname
                    at.remove(x)  # that a village bears too, first in a list of persons
                hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.75,
                                "names:coordinated", canonical=tok.low,
                                info={"tokens": 1, "context": True}))
                at.add(hits[-1])
                continue
            if any(x.confidence >= 0.5 for x in over):
                continue
            low = tok.low
            if low in STOPWORDS or low in g.world or not_a_name(tok, text, g):
                continue
            listed = low in g.given or low in g.surnames
            if caps:
                if not tok.capital or not (listed or not common_word(low)):
                    continue
            elif not (listed or low in g.world_given or low in g.world_surnames
                      or _no_word(low)):
                continue  # 'maricel og jocelyn' (lower case: a name or no word at all)
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.75, "names:coordinated",
                            canonical=low, info={"tokens": 1, "context": True}))
            at.add(hits[-1])



def _surname_opening_a_list(tok: Token, over: Sequence[Hit], g: gz.Gazetteer,
                            caps: bool) -> bool:
    """Token ``tok`` opens a sentence and a list of persons, and is a surname or a rare word,
    that only a village or a farm of the gazetteer bears besides ('Storjord, Hætta og
    Lampinen'): no preposition makes it the place."""
    if not (caps and tok.sentence_start) or tok.low not in g.surnames \
            and zipf(tok.low, ("nb",)) >= 3.0:
        return False
    return all(x.label == "PLACE" and x.source == "gazetteer:locality" and x.entry_id is None
               for x in over)


NameParts = tuple[list[tuple[str, str]], list[tuple[str, str]]]


def name_parts(hits: Sequence[Hit]) -> NameParts:
    """What one text gives the document (``propagate``'s first step): (first or last
    word, canonical full name) of each full name, and (word, canonical) of each sure
    single name, in text order."""
    full: list[tuple[str, str]] = []
    single: list[tuple[str, str]] = []
    for h in hits:
        if h.label != "PERSON" or h.entry_id is not None or h.confidence < 0.7:
            continue
        words = [w for w in h.canonical.split() if len(w) > 1]
        if len(words) >= 2:
            full += [(w, h.canonical) for w in (words[0], words[-1])]
        elif words and (h.confidence >= 0.8 or h.info.get("context")):
            single.append((words[0], h.canonical))
    return full, single


def document_names(parts_per_text: Sequence[NameParts], *,
                   study: dict[str, str] | None = None) -> dict[str, str]:
    """Word -> the canonical name it stands for anywhere in the document: a part of exactly
    one full name, else (``study``) a part of one full name found in the study's other
    texts, else the first sure single name (texts in document order)."""
    full: dict[str, set[str]] = {}  # single word -> canonical full names it is part of
    sure_single: dict[str, str] = {}
    for full_parts, singles in parts_per_text:
        for w, canonical in full_parts:
            full.setdefault(w, set()).add(canonical)
        for w, canonical in singles:
            sure_single.setdefault(w, canonical)
    targets: dict[str, str] = {}
    for w, names in full.items():
        if len(names) == 1:
            targets[w] = next(iter(names))
    for w, canonical in (study or {}).items():
        if w not in full:  # a word of two full names here: the study cannot tell
            targets[w] = canonical
    for w, canonical in sure_single.items():
        targets.setdefault(w, canonical)
    return targets


# what a speaker says between a name and the same name said in full ('berg altså solveig berg')
_REPAIR_FILLERS = SPOKEN_FILLERS | {"nei", "nemlig", "han", "hun", "ho", "hu", "at", "òg",
                                    "også", "og"}


def said_again(tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A word said and then repeated in a full name a few words on, with only fillers
    between ('berg altså solveig berg', 'dag eh dag snortheim', 'hamar nei sverre hamar'): a
    speaker naming the person, then saying the name in full. The word is that person (it
    takes the full name's canonical form), even where it names a town too. Adds hits in
    place."""
    full = [h for h in hits if h.label == "PERSON" and h.entry_id is None
            and h.confidence >= 0.5 and " " in h.surface.strip()]
    if not full:
        return
    starts = {t.start: n for n, t in enumerate(tokens)}
    at = Overlaps(hits)
    for h in full:
        first = starts.get(h.start)
        if first is None:
            continue
        words = h.surface.lower().split()
        for k in range(first - 1, max(-1, first - 5), -1):
            low = tokens[k].low
            if low in _REPAIR_FILLERS:
                continue
            if low in (words[0], words[-1]) and len(low) >= 2 and not (
                    k > 0 and tokens[k - 1].low in PLACE_PREPOSITIONS):  # ('bodde i hamar ja
                # sverre hamar og jeg': the town, then a man of its name)
                over = at.over(tokens[k].start, tokens[k].end)
                if any(o.entry_id is not None or o.label == "PERSON" for o in over):
                    break
                for o in over:
                    hits.remove(o)
                    at.remove(o)
                hits.append(Hit(tokens[k].start, tokens[k].end, "PERSON", tokens[k].text,
                                min(0.85, max(h.confidence, 0.7)),
                                "names:document", canonical=h.canonical,
                                info={"tokens": 1, "context": True}))
                at.add(hits[-1])
            break


# after 'han X': a word that says X was a name ('han berg altså', 'han hamar eh')
_AFTER_SPOKEN_NAME = frozenset({"altså", "eh", "ehm", "æh"})
# particles, adverbs and verbs that stand between 'han' and the next word as often as a
# name does (not ``STOPWORDS``: names that are words too, 'vår', 'inga', stand there)
_NO_NAME_AFTER_HE = frozenset({
    "jo", "da", "nå", "no", "vel", "bare", "berre", "òg", "også", "sjøl", "selv", "sjølv",
    "der", "her", "derre", "heller", "altså", "ikke", "ikkje", "som", "og", "å", "så", "eh",
    "ja", "nei", "igjen", "att", "alltid", "aldri", "faktisk", "egentlig", "eigentleg",
    "liksom", "visst", "kanskje", "vist", "nok", "ofte", "mye", "mykje", "hjemme",
    "heime", "borte", "ute", "inne", "oppe", "nede", "sa", "sier", "er", "var", "har", "hadde",
    "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "måtte", "får", "fikk", "fekk",
    "til", "med", "på", "i", "fra", "frå", "om", "av", "for", "at", "det", "den", "de", "dei",
    "en", "ei", "et", "ein", "eit", "meg", "deg", "seg", "oss", "dem", "henne", "ham",
    "hvor", "kor", "hva", "kva", "når", "bestandig", "helt", "heilt", "sånn",
    "slik", "mer", "meir", "først", "fyrst", "sist", "enda", "ennå", "endå", "allerede",
    "alt", "allereie", "uansett", "tydeligvis", "sikkert", "jammen", "vet", "veit", "trur",
    "tror", "mente", "meinte", "tenkte", "syns", "synes", "ble", "vart", "blei", "blir",
    "han", "hun", "ho", "hu"})


def named_between_pronouns(tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """Speech: a word between 'han' or 'hun' and the same pronoun again, or 'altså' or
    'eh' ('hun javiera hun bor på kolstad', 'han harstad altså læreren', 'ho inga ho va
    med'): the person spoken of, named as speakers name someone, even where the word
    names a town or is a word too. Only in lower-case text; the word after 'altså' must
    be a name of some list. Adds hits in place, over a municipality's or place's."""
    if caps or len(tokens) < 3:
        return
    g = gz.load()
    at = Overlaps(hits)
    for k in range(1, len(tokens) - 1):
        before, low, after = tokens[k - 1].low, tokens[k].low, tokens[k + 1].low
        if before not in PERSONAL_PRONOUNS or low in _NO_NAME_AFTER_HE or not low.isalpha() \
                or len(low) < 2:
            continue
        listed = low in g.given or low in g.surnames or low in g.places \
            or low in g.world_given or low in g.world_surnames
        if not (after in PERSONAL_PRONOUNS and (listed or zipf(low, ("nb",)) < 3.0
                                                 and not definite_noun(low)
                                                 and not a_person_word(low))
                or after in _AFTER_SPOKEN_NAME and listed):
            continue  # 'hun javiera hun', 'han berg altså' (not 'kom han hjem han')
        over = at.over(tokens[k].start, tokens[k].end)
        if any(o.label == "PERSON" or o.entry_id is not None for o in over):
            continue
        for o in over:
            hits.remove(o)
            at.remove(o)
        hits.append(Hit(tokens[k].start, tokens[k].end, "PERSON", tokens[k].text, 0.7,
                        "names:slot", canonical=low, info={"tokens": 1, "context": True}))
        at.add(hits[-1])


# what a scholar's genitive stands before ('Strands arbeid', 'Kvalbeins studie')
_WORK_OF_A_SCHOLAR = frozenset({
    "studie", "studien", "studiar", "studier", "analyse", "analysen", "arbeid", "arbeidet",
    "arbeider", "undersøkelse", "undersøkelsen", "undersøking", "undersøkinga", "avhandling",
    "avhandlinga", "avhandlingen", "teori", "teorien", "begrep", "begrepet", "omgrep",
    "omgrepet", "funn", "funna", "funnene", "kritikk", "perspektiv", "perspektivet",
    "konklusjon", "konklusjonen", "konklusjonar", "konklusjoner", "argument", "argumentet",
    "resonnement", "tolkning", "tolkninga", "tolkingen", "definisjon", "definisjonen",
    "bok", "boka", "boken", "artikkel", "artikkelen", "forskning", "forsking", "tese",
    "typologi", "typologien", "rammeverk", "rammeverket", "materiale",
    "materialet", "intervjuer", "intervju", "intervjua"})


def scholars_genitive(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A capitalised genitive before a scholar's work ('Strands arbeid', 'Gjermundshaugs
    studie', 'Gjerdrum-Viks analyse'; a municipality's only where many bear its name, and
    not before a model: 'Lunds modell' is the municipality's), or the genitive of a person
    the text names ('Tangen (2019) … Tangens konklusjon'), taken for a place or a
    municipality: the person. Not a county's or a country's ('Nordlands analyse'), nor
    letters ('SSBs'). Changes hits in place."""
    candidates = [n for n, h in enumerate(hits)
                  if h.label in ("PLACE", "MUNICIPALITY") and h.entry_id is None
                  and h.surface.endswith("s") and not h.surface[:2].isupper()]
    if not candidates:
        return
    g = gz.load()
    persons = {h.surface.lower() for h in hits if h.label == "PERSON"}
    ends = {t.end: x for x, t in enumerate(tokens)}
    starts = {t.start: x for x, t in enumerate(tokens)}
    joined: list[tuple[int, int]] = []
    for n in candidates:
        h = hits[n]
        k = ends.get(h.end)
        if k is None or not tokens[k].capital:
            continue
        stem = h.surface[:-1].lower()
        if stem in g.county_names or stem.split("-")[-1] in g.county_names:
            continue
        before_work = k + 1 < len(tokens) and tokens[k + 1].low in _WORK_OF_A_SCHOLAR
        if not (stem in persons or before_work and (
                h.label == "PLACE" or stem.split("-")[-1] in g.common_surnames)):
            continue
        start = h.start
        m = starts.get(h.start, k)
        if m > 0 and text[tokens[m - 1].end:tokens[m].start] == "-" and tokens[m - 1].capital:
            start = tokens[m - 1].start  # 'Gjerdrum-Viks': the double name
            joined.append((start, h.end))
        hits[n] = Hit(start, h.end, "PERSON", text[start:h.end],
                      0.85 if stem in persons else 0.75, "names:document",
                      canonical=text[start:h.end - 1].lower(), info={"tokens": 1})
    if joined:  # the first part's own hit ('Gjerdrum') goes inside the double name
        hits[:] = [h for h in hits if h.label == "PERSON" or not any(
            s <= h.start and h.end <= e for s, e in joined)]


# an article or a determiner that a noun takes and a name does not ('samme dag', 'ein stein')
_WORD_BEFORE = ARTICLES | frozenset({"samme", "same", "hver", "kvar", "denne", "dette",
                                     "hele", "heile", "neste", "forrige", "førre"})


def propagate(texts: Sequence[str], tokens_per_text: Sequence[Sequence[Token]],
              hits_per_text: Sequence[list[Hit]], caps_per_text: Sequence[bool], *,
              targets: dict[str, str] | None = None, also: dict[str, str] | None = None,
              study: dict[str, str] | None = None) -> None:
    """Carry names found in a document to their other mentions: the surname or given name
    of a full name ('Brekke' after 'Ragnhild Brekke'), and a name found once in context
    ('Foss sa …') elsewhere ('… med Foss'). Adds hits in place; a word already part of a
    hit keeps that hit. Every part points to the full name's canonical form.

    ``targets``: the document's names (``document_names``) when the caller has them — the
    workbench carries them to one text at a time (``detect.DocumentHits``). ``also``: the
    study's names (``known.StudyNames.targets``: a surname or given name of a full name
    found in another text of the study), carried where no full name of the document has
    the word (before the document's single names: ``document_names``); ``study``: the
    entries of ``targets`` that came from the study (their hits say so in their source:
    ``names:study``)."""
    g = gz.load()
    if targets is None:
        parts = [name_parts(hits) for hits in hits_per_text]
        targets = document_names(parts, study=also)
        if also:
            own = document_names(parts)
            study = {w: c for w, c in targets.items() if own.get(w) != c}
    if not targets:
        return
    for text, tokens, hits, caps in zip(texts, tokens_per_text, hits_per_text, caps_per_text,
                                        strict=True):
        at: Overlaps | None = None  # built on the first word to carry (most texts: none)
        for n, tok in enumerate(tokens):
            low = tok.low
            key = low if low in targets else _stem(low)
            if key not in targets or (caps and not tok.capital):
                continue
            if at is None:
                at = Overlaps(hits)
            over = at.over(tok.start, tok.end)
            same = [h for h in over if h.label == "PERSON" and h.entry_id is None
                    and " " not in h.canonical]
            for h in same:  # the same word found alone: the full name's canonical form
                h.canonical = targets[key]
            blocking = [h for h in over if h.label != "NONE"
                        and (h.confidence >= 0.7 or h.entry_id is not None)]
            if blocking and not (all(overridable(h) and not h.info.get("coordinated")
                                     for h in blocking)
                                 and place_evidence(text, tokens, n) == 0):
                continue  # a place guess yields only where nothing says place ('i Lund',
                # 'Hjelmeland og Suldal')
            word = key in g.given_words or key in g.surname_words or common_word(key)
            if word and not caps and _context(tokens, text, n, n) == 0:
                continue  # 'lie' the word in lower-case text
            if word and (n + 1 < len(tokens) and tokens[n + 1].low in ROLE_OWNERS
                         and text[tok.end:tokens[n + 1].start] == " "
                         or n > 0 and tokens[n - 1].low in _WORD_BEFORE):
                continue  # 'Bror min', 'samme dag', 'ein stein': the word, not 'Bror X'
                # or 'Dag X' named elsewhere
            for h in over:
                hits.remove(h)
                at.remove(h)
            conf = 0.85 if not word or caps else 0.7
            source = "names:study" if study and key in study else "names:document"
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, conf, source,
                            canonical=targets[key], info={"tokens": 1, "context": True}))
            at.add(hits[-1])
