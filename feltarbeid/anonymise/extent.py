"""The whole of a person's name: a hit grown over the name words right next to it.

The detectors find a name by its words and its slot, and often take only the part they are
sure of: 'Ashcombe' of 'Nigel Ashcombe', 'ruta' of 'ruta petrauskiene', 'Owusu' of
'Owusu-Ansah'. The part left out is then read in every packet and export, and the
evaluation (which counts a name as found when a hit touches it) does not show it. Here a
PERSON hit takes in:

- a word joined to it by a hyphen that is capitalised ('Owusu-Ansah', 'Berg-Hansen'), or in
  lower-case text another hit ('tveit-hansen'); an O' or a D' before it ('O'Brien');
- a capitalised word right before or after it, a space between ('Nigel Ashcombe',
  'Kristi Solbakkmo'), unless a surer place or another language's country is that word;
  at a sentence's start only a name-like word ('Hans Chr. Skrubbestad' aside: a given name
  before an initial);
- in lower-case text a word right before or after it that is a name and no word: a listed
  name no word is, a name of another origin, a word no word list knows and no verb form
  ('ruta petrauskiene', 'hjalmar kolstøen', 'gareth pennington');
- after the Vietnamese middle names 'thi' and 'van' the next word, before them a listed
  surname ('nguyen thi lan', 'tran van duc');
- a particle between it and such a word ('maria dos santos', 'Van den Heuvel').

Other hits the grown name covers are merged into it. Never a hit from the study's key (its
span is the key's), and never across punctuation.

A farm's or a place's name takes in the word of its position before it ('Nordre Flatmo',
'Øvre Kvåle', 'søndre berg'; ``prefixed_places``): that word is part of the name, and a
one-word person guessed after it is the place (no one is called 'Nordre Flatmo').
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from . import gazetteer as gz
from .keyfile import normalise
from .lexicon import (
    common_word,
    foreign_marked,
    name_like,
    nynorsk_word,
    surname_word,
    world_name,
    zipf,
)
from .named_things import thing_noun
from .slots import (
    foreign_word,
    past_verb,
    present_verb,
    role_word,
    unknown_word,
    verb_form,
)
from .spans import Hit, Token
from .words import (
    ASIAN_SURNAMES,
    COMPASS_POINTS,
    INITIALS,
    NAME_PARTICLES,
    NEGATIONS,
    OWNERS,
    PERSON_ACTS,
    PERSON_DOES,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
)

HYPHENS = "-\u2011"
_COMPASS = COMPASS_POINTS | {"midt", "indre", "ytre"}
# Vietnamese middle names: the word after is a given name ('nguyen thi lan', 'tran van duc')
_MIDDLE_MARKERS = frozenset({"thi", "thị", "van", "văn", "thu"})
_PARTICLES = NAME_PARTICLES | {"dos", "das", "del", "dela", "della", "delos", "mc", "mac"}
# in lower-case text Norwegian words are among the particles ('da', 'de', 'der', 'la')
_PARTICLES_IN_LOWER_CASE = frozenset({"van", "von", "dos", "das", "del", "dela", "della",
                                      "al", "el", "bin", "ibn", "mc", "mac"})
SURE_PLACE = 0.8  # a place hit this sure is no part of a person's name next to it
# particles that begin a name before it ('van der Linden', 'al Khatib'); not 'de', 'la',
# 'der', 'den', 'da' (they, laid, there, it, then)
_LEADING_PARTICLES = frozenset({"van", "von", "al", "el", "bin", "ibn", "dos", "das", "del",
                                "dela", "della", "mc", "mac", "ter", "ten", "af", "zu"})
_HYPHEN_PARTICLES = frozenset({"al", "el", "ul", "abd", "abu", "bin", "ibn", "ben"})


def whole_names(text: str, tokens: Sequence[Token], hits: list[Hit], caps: bool) -> list[Hit]:
    """``hits`` with each PERSON hit grown to the whole name (module doc); the hits it
    took in are gone from the list."""
    persons = [h for h in hits if h.label == "PERSON" and h.entry_id is None
               and h.surface.lower() not in _COMPASS]
    if not persons:
        return hits
    g = gz.load()
    at = _Index(tokens, hits)
    absorbed: set[int] = set()
    for h in persons:
        if id(h) in absorbed:
            continue
        start, end = h.start, h.end
        while True:
            grown = _grow(text, tokens, at, h, caps, g)
            if grown is None:
                break
            h.start, h.end = grown
        if (h.start, h.end) != (start, end):
            inside = [o for o in at.over(h.start, h.end) if o is not h and o.entry_id is None]
            h.start = min([h.start] + [o.start for o in inside])  # ('Siobhan O' + 'Connor')
            h.end = max([h.end] + [o.end for o in inside])
            h.surface = text[h.start:h.end]
            h.canonical = normalise(h.surface)
            absorbed |= {id(o) for o in inside}
            at.cover(h)
    return [h for h in hits if id(h) not in absorbed]


class _Index:
    """Tokens by position and the hit on each token (built once a text)."""

    def __init__(self, tokens: Sequence[Token], hits: list[Hit]) -> None:
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self.on: dict[int, list[Hit]] = {}
        for h in hits:
            self.cover(h)

    def cover(self, h: Hit) -> None:
        for k in range(bisect_left(self.ends, h.start + 1), len(self.starts)):
            if self.starts[k] >= h.end:
                break
            self.on.setdefault(k, []).append(h)

    def over(self, start: int, end: int) -> list[Hit]:
        found: list[Hit] = []
        for k in range(bisect_left(self.ends, start + 1), len(self.starts)):
            if self.starts[k] >= end:
                break
            found += [h for h in self.on.get(k, ()) if h.start < end and start < h.end
                      and all(h is not f for f in found)]
        return found

    def hit(self, k: int, h: Hit) -> Hit | None:
        return next((o for o in self.on.get(k, ()) if o is not h), None)

    def starting(self, pos: int) -> int | None:
        k = bisect_left(self.starts, pos)
        return k if k < len(self.starts) and self.starts[k] == pos else None

    def ending(self, pos: int) -> int | None:
        k = bisect_left(self.ends, pos)
        return k if k < len(self.ends) and self.ends[k] == pos else None


def _grow(text: str, tokens: Sequence[Token], at: _Index, h: Hit, caps: bool,
          g: gz.Gazetteer) -> tuple[int, int] | None:
    """The span of ``h`` grown by one step, or None where it is whole."""
    # a hyphen: 'Owusu-Ansah'
    if h.end + 1 < len(text) and text[h.end] in HYPHENS:
        k = at.starting(h.end + 1)
        if k is not None and _hyphen_joins(tokens[k], h, at.hit(k, h), caps, g):
            return h.start, max(tokens[k].end, _end_of(at.hit(k, h)))
    if h.start >= 2 and text[h.start - 1] in HYPHENS:
        k = at.ending(h.start - 1)
        if k is not None and _hyphen_joins(tokens[k], h, at.hit(k, h), caps, g):
            return min(tokens[k].start, _start_of(at.hit(k, h))), h.end
    if h.start >= 2 and text[h.start - 1] in "'’" and text[h.start - 2].isupper() \
            and (h.start == 2 or not text[h.start - 3].isalpha()):
        return h.start - 2, h.end  # 'O'Brien', 'D'Souza'
    # a word next to it, a space between
    first, last = at.starting(h.start), at.ending(h.end)
    if first is None or last is None:
        return None
    for step, edge in ((1, last), (-1, first)):
        k = edge + step
        if not 0 <= k < len(tokens) or _gap(text, tokens, min(k, edge)) != " ":
            continue
        particles = _PARTICLES if caps else _PARTICLES_IN_LOWER_CASE
        m = k  # particles between: 'maria dos santos', 'Van den Heuvel'
        while tokens[m].low in particles and 0 <= m + step < len(tokens) \
                and _gap(text, tokens, min(m, m + step)) == " " and abs(m - edge) < 3:
            m += step
        if tokens[m].low not in particles and m != k and not _joins(
                tokens, m, edge, step, h, at.hit(m, h), caps, g, after_particle=True):
            m -= step  # the word beyond the particles is none of the name
        if m != edge + step or tokens[m].low in particles:
            outer = m if tokens[m].low in particles else m - step
            if step == -1 and tokens[outer].low in _LEADING_PARTICLES and m == outer:
                return tokens[outer].start, h.end  # 'van der Steeg', 'bin Salman'
            if tokens[m].low in particles:
                continue  # ('der Kari bodde', 'la Kari fram')
            if at.hit(m, h) is not None and at.hit(m, h).label != "PERSON":
                continue  # ('til Randaberg da Ingrid begynte')
        if _joins(tokens, m, edge, step, h, at.hit(m, h), caps, g,
                  after_particle=m != k or tokens[edge].low in particles):
            lo, hi = sorted((m, edge))
            if step == 1:
                return h.start, max(tokens[hi].end, _end_of(at.hit(m, h)))
            return min(tokens[lo].start, _start_of(at.hit(m, h))), h.end
    return None


def _joins(tokens: Sequence[Token], k: int, edge: int, step: int, h: Hit, other: Hit | None,
           caps: bool, g: gz.Gazetteer, after_particle: bool = False) -> bool:
    """Token k (before or after the name's edge token) is part of the name; ``other`` the
    hit on it, if any."""
    tok = tokens[k]
    low = tok.low
    edge_low = tokens[edge].low
    given_edge = edge_low in g.given or edge_low in g.world_given or world_name(edge_low)
    town = _foreign_town(low, g) or other is not None and other.label == "NONE" \
        and other.source.endswith(":city") and zipf(low, ("nb",)) < 3.5
    if town and low not in STOPWORDS and (k == 0 or tokens[k - 1].low not in PLACE_PREPOSITIONS) \
            and (caps and tok.capital and step == -1 and (
                not tok.sentence_start or _initial_after(tokens, edge))  # ('Nigel R. …')
                 or not caps and (step == -1 or given_edge)):
        return True  # 'Nigel Ashcombe', 'mehmet aydın', 'mantas' (towns elsewhere too)
    if other is not None and (other.entry_id is not None or other.label != "PERSON" and (
            other.confidence >= min(h.confidence, SURE_PLACE))):
        return False  # a surer place ('Kari Oslo' is no name)
    if other is not None and other.label == "PERSON":
        return True  # two hits of one name ('nguyen' 'thi')
    if other is not None and not caps and not (step == 1 and tokens[edge].low in g.given):
        return False  # in lower case a place only after a given name ('berit hamar')
    if role_word(low) or low in TITLES:
        return False  # 'Lensmann Bergersen': a title before the name
    if step == -1 and tok.sentence_start and thing_noun(low):
        return False  # 'Traktoren Ola kjøpte': the thing's noun before a name
    given_word_opening = _given_word_opening(tok, edge_low, step, caps, g)
    if low in g.world or low in STOPWORDS and not (
            caps and tok.capital and step == -1 and _initial_after(tokens, edge)
            and low in g.given or given_word_opening
            or not caps and step == -1 and low in g.given and low not in ("jo", "da", "så")
            and (edge_low in g.given or edge_low in g.world_given)
            and edge_low not in STOPWORDS):
        # ('hans petter', 'inga máret': a double given name; not 'jo kari', a filler
        # before a name, which would key the name's pseudonym on 'jo kari')
        return False
    if step == 1 and edge_low in _MIDDLE_MARKERS and low.isalpha():
        return True  # 'nguyen thi lan'
    if step == -1 and edge_low in _MIDDLE_MARKERS and low in ASIAN_SURNAMES:
        return True  # 'tran van duc'
    if caps:
        if not tok.capital:
            return False
        given_abroad_before_surname = step == -1 and low in g.world_given \
            and (edge_low in g.surnames or edge_low in g.world_surnames)
        if tok.sentence_start:
            # 'Hans Chr. Skrubbestad', 'Darren P. Ashcombe': a given name before an initial
            return name_like(tok, g) and not common_word(low) or _initial_after(
                tokens, edge) and (low in g.given or zipf(low, ("nb",)) < 3.8) \
                or given_abroad_before_surname and low not in STOPWORDS \
                or step == -1 and low in g.given and low not in STOPWORDS \
                and (unknown_word(edge_low) or edge_low in g.surnames
                     and not surname_word(edge_low)) or given_word_opening
            # ('Will Smith'; 'Mai Srisawat', 'Mai Hansen': a given name that is a word too,
            # a month, before a surname)

        # 'Nigel Ashcombe', 'Kristi Solbakkmo' (not 'Lie Takk': a word); 'Will Smith': a
        # given name abroad that is an English word, before a listed surname
        return not common_word(low) or low in g.given or low in g.surnames \
            or world_name(low) or given_abroad_before_surname
    if _lower_name_part(low, g):
        return True
    if step == 1 and given_edge and low.isalpha() and (
            low in g.world_surnames and zipf(low, ("nb",)) < 3.0
            or low.startswith("mc") and len(low) >= 5):
        return True  # 'kwabena asante', 'tyrone mcallister': a family name abroad after a
        # given name (they end as verbs do: 'asante', 'mcallister')
    if not low.isalpha() or verb_form(low) or past_verb(low) or low in PERSON_ACTS \
            or low in PERSON_DOES or low in SPEECH_VERBS or low in NEGATIONS \
            or present_verb(low):
        return False
    if step == 1 and given_edge and (low in g.surnames or low in g.world_given
                                     or zipf(low, ("nb",)) < 3.0 and not common_word(low)
                                     and not nynorsk_word(low)):
        # 'kari time', 'tyrone mcallister', 'kwabena asante': a family name after; 'juan
        # pablo': a second given name
        return True
    if step == -1 and (low in g.given or low in g.world_given):
        return True  # 'gareth pennington', 'inga máret': a given name before
    return after_particle and zipf(low, ("nb",)) < 3.5  # 'maricel dela cruz'


# given names that are small words too ('anna', 'vår', 'inga', 'hans'); not these, which
# open a question or a clause before a surname ('Ville Hansen komme?', 'Jo Hansen …')
_QUESTION_OR_FILLER = frozenset({"ville", "jo"})
# possessives before a given name ('Vår Kari kom': our Kari), not 'Hans' ('Hans Petter')
_OWNERS_OF_GIVEN = OWNERS - {"hans"}


def _given_word_opening(tok: Token, edge_low: str, step: int, caps: bool,
                        g: gz.Gazetteer) -> bool:
    """Token ``tok``, a capitalised given name that is a small word too, right before a
    name's given name or a surname that is no word, opening a sentence ('Anna Maria Bjørgo
    (2022)', 'Vår Engebretsen Kvålsvoll var …') or inside one, where a capital says name
    ('Hun het Vår Engebretsen Kvålsvoll'): the first given name, not the word."""
    if not (caps and step == -1 and tok.capital and tok.low in g.given):
        return False
    opening = tok.sentence_start
    if opening and tok.low in _QUESTION_OR_FILLER:
        return False
    return edge_low in g.surnames and not surname_word(edge_low) \
        or edge_low in g.given and edge_low not in STOPWORDS \
        and edge_low not in g.given_words and not (opening and tok.low in _OWNERS_OF_GIVEN)


def _lower_name_part(low: str, g: gz.Gazetteer) -> bool:
    """A lower-case word that is a name and no word: a listed name no word is, a name of
    another origin, or a word no word list knows that is no verb form."""
    if not low.isalpha() or len(low) < 2 or low in STOPWORDS or low in NEGATIONS \
            or low in PERSON_ACTS or low in PERSON_DOES or low in SPEECH_VERBS \
            or verb_form(low) or past_verb(low) or nynorsk_word(low) \
            or low in g.places or low in g.world:
        return False
    if present_verb(low) and not (low in g.given or low in g.surnames or world_name(low)):
        return False  # 'kari køyrer': a Nynorsk verb the word lists lack
    if low in g.given and low not in g.given_words or low in g.given_extra \
            or low in g.surnames and not surname_word(low) or world_name(low):
        return True
    if (foreign_word(low) or foreign_marked(low)) and zipf(low, ("nb",)) < 3.0:
        return True  # 'aydın', 'zukauskas'
    return len(low) >= 4 and zipf(low, ("nb",)) < 1.0 and zipf(low, ("en",)) < 3.0 \
        and not low.endswith(("ast", "est"))  # (not 'trivast')


def _foreign_town(low: str, g: gz.Gazetteer) -> bool:
    """A town abroad (no country) whose name is a person's too ('aydın', 'wanchai',
    'nigel'), not a word ('paris' is rare as a name next to a name)."""
    places = g.places.get(low, ())
    return bool(places) and all(p.label == "NONE" and p.kind == "city" for p in places) \
        and zipf(low, ("nb",)) < 3.5


def _initial_after(tokens: Sequence[Token], edge: int) -> bool:
    """The name starts with an initial ('Chr.', 'R.')."""
    tok = tokens[edge]
    return len(tok.text) == 1 and tok.text.isupper() or tok.low in INITIALS


def _hyphen_joins(tok: Token, h: Hit, other: Hit | None, caps: bool,
                  g: gz.Gazetteer) -> bool:
    if tok.low in _HYPHEN_PARTICLES:
        return True  # 'al-Khatib', 'el-Sayed'
    if other is not None and (other.entry_id is not None or other.label != "PERSON"
                              and other.confidence > h.confidence):
        return False  # 'Nord-Troms': the surer place
    if caps:
        return tok.capital
    low = tok.low  # lower case: a hit, a listed name or a name no word is
    return other is not None or (low in g.surnames or low in g.given or low in g.places) \
        and not common_word(low) or _lower_name_part(low, g) \
        or low in g.given and low not in STOPWORDS  # 'liv-jorunn', 'anne-karin'


def _end_of(hit: Hit | None) -> int:
    return hit.end if hit else 0


def _start_of(hit: Hit | None) -> int:
    return hit.start if hit else 1 << 62


def _gap(text: str, tokens: Sequence[Token], k: int) -> str:
    return text[tokens[k].end:tokens[k + 1].start]


# words of position that open only places' names ('Nordre', 'Øvre'): a person guessed after
# one is the place; not the words of size, which open persons' nicknames too ('Store Per',
# 'Lille Kari', 'vesle Ola')
_POSITION_WORDS = PLACE_PREFIXES - {"store", "lille"}
_PLACE_PREFIXES = PLACE_PREFIXES | {"vesle"}


def prefixed_places(text: str, tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """A place's hit, or a one-word person's guessed by its capital or its slot, right after
    a word of position that begins farms' and places' names ('Nordre Flatmo', 'Øvre Kvåle';
    in written text only a capitalised one: 'den indre Hansen' is no place) takes that word
    in; the person becomes the place. Changes hits in place."""
    if not any(t.low in _PLACE_PREFIXES for t in tokens):
        return
    starts = [t.start for t in tokens]
    covered = {k for h in hits for k in range(bisect_left(starts, h.start),
                                              bisect_left(starts, h.end))}
    for h in hits:
        if h.entry_id is not None or h.label not in ("PLACE", "PERSON"):
            continue
        i = bisect_left(starts, h.start)
        if i == 0 or i >= len(tokens) or tokens[i].start != h.start or i - 1 in covered:
            continue
        prefix = tokens[i - 1]
        if prefix.low not in _PLACE_PREFIXES or text[prefix.end:h.start] != " " \
                or caps and not prefix.capital:
            continue
        if h.label == "PERSON" and not (
                prefix.low in _POSITION_WORDS and " " not in h.surface
                and h.source in _GUESSED_PERSONS):
            continue
        if h.label == "PERSON":
            h.label, h.info = "PLACE", {}  # (a person's token count says nothing of a place)
        h.start = prefix.start
        h.surface = text[h.start:h.end]
        h.canonical = h.surface.lower()
        covered.add(i - 1)


# persons guessed by a capital or a slot alone (not from a list of persons' full names, a
# citation or the key): after a word of position, the place
_GUESSED_PERSONS = frozenset({"names:capital", "names:context", "names:slot", "names:model"})
