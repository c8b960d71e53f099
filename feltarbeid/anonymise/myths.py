"""Gods and figures of myth: 'norrøne guder som Tor og Loke', 'Tors hammer', 'i KRLE lærte
vi om Ganesha og Krishna'. Many of these names are borne by persons too (Tor, Odin, Frøya,
Embla, Ask, Balder, Krishna), so a name is taken for the figure only where the sentence
speaks of myth, gods or religion, or of the comics, films and games that retell them."""

from __future__ import annotations

from collections.abc import Sequence

from .slots import kin_word, role_word
from .spans import Token, near_in_sentence
from .words import _words

# written from general knowledge: Norse, Greek, Roman, Hindu and Egyptian gods and figures
# of myth, in Norwegian and international spellings
MYTH_FIGURES = _words("""
odin oden tor thor loke loki frigg balder baldr baldur frøya freya freyja frøy frey freyr
heimdal heimdall njord njørd tyr ty ull idun idunn brage hel ymir fenris fenrisulven sif
skade ægir ran embla ask vidar våle hod hød sigyn mime mimir tjalve tjalfe røskva sleipner
sleipnir hugin huginn munin muninn jormungand midgardsormen surt nornene urd verdande
skuld valkyriene eostre ostara zevs zeus hera athene athena apollon apollo afrodite
aphrodite ares artemis hermes poseidon hades demeter dionysos hefaistos prometevs
prometheus herakles hercules pandora persefone odyssevs odyssevs akilles akhilles medusa
narkissos orfeus eros gaia kronos jupiter juno venus mars merkur neptun minerva amor
kupido bacchus janus brahma vishnu shiva ganesha ganesh krishna rama sita hanuman lakshmi
durga kali parvati isis osiris horus anubis
""")

# how far a cue is looked for, in words, within the sentence (lower-case speech may run on
# for thousands of words without a full stop)
REACH = 30

# words that say a sentence speaks of myth and gods, or of their retellings (not 'gud' nor
# 'religion': a congregation's members speak of God and faith)
_CUES = _words("""
guden gudar gudane guder gudene gudinne gudinna gudinnen gudinner gudinnene guddom
guddommen guddomar gudeverden gudeverda norrøn norrøne norrønt mytologi mytologien
mytologisk mytologiske myte myten myter mytene mytane mytar segn segna segner sagn sagnet
sagn sagnene sagnet saga sagaen sagaene soga soga æsene æser åsene jotne jotnen jotnene
jotnar jotnane jøtul edda eddaen eddadikt eddadikta valhall åsgard midgard utgard ragnarok
tordenguden tordenen toreguden skapingsforteljing skapingsforteljinga skapingsforteljingar
skapelsesmyte skapelsesmyten skapelsesberetning skapelsesberetningen hinduisme hinduismen
hinduistisk hinduistiske diwali krle marvel tegneserien teikneserien tegneserie
teikneserie spillfigurer spelfigurar gudefigur gudefigurer gudefigurar heltesagn olymp
olympen antikken gresk greske romersk romerske egyptisk egyptiske vikingtida vikingtiden
""")


def myth_figure(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j name a god or a figure of myth ('Tor', 'Tors' of 'Tors hammer') in a
    sentence that speaks of myth, gods or religion ('norrøne guder som Tor og Loke', 'i krle
    lærte vi om ganesha og shiva', 'Odin frå «God of War»'); never the names opening a
    sentence, nor names with a word of kin or of a role right after them (children are
    named after gods)."""
    if i != j:
        return False
    low = tokens[i].low
    if low not in MYTH_FIGURES and not (low.endswith("s") and low[:-1] in MYTH_FIGURES):
        return False
    if low.endswith("s") and i + 1 < len(tokens) \
            and tokens[i + 1].low in ("hammer", "hammeren", "hammar", "hammaren"):
        return True  # 'Tors hammer'
    first = i  # the first of the figures listed with this one ('Ask og Embla')
    while first >= 2 and tokens[first - 1].low in ("og", "eller") \
            and tokens[first - 2].low in MYTH_FIGURES:
        first -= 2
    if first == 0 or tokens[first].sentence_start:
        return False  # 'Balder og Frigg i barnehagen lærte om norrøne guder': children
        # named after gods, the subject; a figure is spoken of after its cue
    if any(kin_word(t.low) or role_word(t.low) for t in tokens[j + 1:j + 5]):
        return False  # '…, Ask og Embla, tvillingene våre, …'
    return any(k != i and (tokens[k].low in _CUES
                           or tokens[k].low.startswith(("marvel", "gude", "norrøn", "mytolog")))
               for k in near_in_sentence(tokens, i, j, REACH))
