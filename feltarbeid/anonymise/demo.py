"""The anonymisation step of ``feltarbeid demo``: the calls a researcher would make.

    feltarbeid key create                       # passphrase from $FELTARBEID_KEY_PASSPHRASE
    feltarbeid key informant IP01 "Kari Nordheim" --contact kari@example.no
    feltarbeid key add "Tove Hansen" --variant Tove
    feltarbeid key add "Per Olsen"
    feltarbeid key add Lillehammer --kind municipality   (and Asker, Moss)
    feltarbeid anonymise
    feltarbeid anonymise indirect list          # "We are 14 employees here, an hour's drive
                                                #  from Oslo": a head count and a distance
    feltarbeid anonymise indirect accept N      # the head count becomes [a medium-sized
                                                #  office]; the distance is left open

The names are the ones said in the synthetic sample interview (``sample_audio/``); the
informant's name is invented for the demo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import indirect as idb
from .apply import decide_indirect, run
from .keyfile import create_key, get_passphrase, key_exists, open_key, save_key

if TYPE_CHECKING:
    from ..study import Study

DEMO_INFORMANT_NAME = "Kari Nordheim"
DEMO_PERSONS = (("Tove Hansen", ["Tove"]), ("Per Olsen", []))
DEMO_MUNICIPALITIES = ("Lillehammer", "Asker", "Moss")


def anonymise_demo(study: Study, *, informant: str = "IP01",
                   passphrase: str | None = None) -> str:
    """Create the demo key (if missing), register the sample interview's names and run
    the anonymisation batch. Returns a one-line summary."""
    passphrase = passphrase if passphrase is not None else get_passphrase(prompt=False)
    if not key_exists(study):
        create_key(study, passphrase)
    key = open_key(study, passphrase)
    key.informants.setdefault(informant, {"name": DEMO_INFORMANT_NAME,
                                          "contact": "kari.nordheim@example.no"})
    for name, variants in DEMO_PERSONS:
        key.add_entry("person", name, variants)
    for name in DEMO_MUNICIPALITIES:
        key.add_entry("municipality", name)
    save_key(study, key, passphrase)
    summary = run(study, passphrase=passphrase)
    labels = ", ".join(f"{k} {v}" for k, v in sorted(summary.labels.items())) or "none"
    flags = idb.flags(study.store)
    found = ", ".join(f"{f.kind} → '{f.suggestion}'" for f in flags) or "none"
    accepted = next((f for f in flags if f.kind == "staff_count"), None)
    if accepted is not None:  # the researcher accepts one suggestion, leaves the rest open
        decide_indirect(study, accepted.id, "accepted", apply=True, passphrase=passphrase)
    return (f"anonymised {len(summary.done)} transcript(s), unchanged {len(summary.unchanged)};"
            f" replaced: {labels}; to review: {summary.queued}; indirect identifiers: "
            f"{summary.flagged} ({found}), {1 if accepted else 0} accepted, the rest open "
            f"('feltarbeid anonymise indirect list'); key: {study.key_path}")
