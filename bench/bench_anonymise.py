"""Speed of anonymisation on a 2-hour interview (~20 000 words, ~1 400 segments).

    .venv/bin/python bench/bench_anonymise.py

Prints: detection alone, decide+replace (the engine, pseudonyms from the database), and
the whole batch (``feltarbeid anonymise``: + reading and writing the version, spans,
queue, audit) — each without and with opening the key, because opening the age key costs
one scrypt derivation (~1 s by design, calibrated by age) no matter how long the text is.
The key holds a registry of 60 names (40 persons, 20 municipalities), so the exact and
the near-miss (fuzzy) registry matchers both run. Target: < 0.5 s for a 2-hour
transcript.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from feltarbeid.anonymise import apply, words  # noqa: E402
from feltarbeid.anonymise.detect import Registry, detect  # noqa: E402
from feltarbeid.anonymise.keyfile import (  # noqa: E402
    PASSPHRASE_ENV,
    RegistryEntry,
    create_key,
    open_key,
    save_key,
)
from feltarbeid.domain import Informant, Recording, Segment, Session  # noqa: E402
from feltarbeid.store import recordings, sessions  # noqa: E402
from feltarbeid.store import transcripts as ts  # noqa: E402
from feltarbeid.store.registers import add_informant  # noqa: E402
from feltarbeid.study import init_study  # noqa: E402

WORDS = 20_000
# a study registry of 60 names (exact and near-miss matching both run over every segment)
_FIRST = ["Tove", "Kari", "Per", "Ole", "Anne", "Bjørn", "Hege", "Lise", "Geir", "Marit",
          "Silje", "Anders", "Trine", "Frode", "Signe", "Halvor", "Solveig", "Jon", "Eli", "Kjell"]
_LAST = ["Hansen", "Nordheim", "Olsen", "Eriksen", "Brekke", "Moen", "Haugen", "Skaug", "Berg",
         "Lunde", "Dahl", "Strand", "Haugstøl", "Fjeld", "Sæther", "Aasen", "Myhre", "Tangen",
         "Rønning", "Vik"]
REGISTRY_PERSONS = [f"{f} {last}" for f, last in zip(_FIRST * 2, _LAST + _LAST[::-1],
                                                     strict=True)]
REGISTRY_PLACES = ["Lillehammer", "Asker", "Moss", "Lier", "Hamar", "Bærum", "Tjøme", "Trøgstad",
                   "Elverum", "Ringsaker", "Stange", "Løten", "Rana", "Vinje", "Tokke",
                   "Kvinesdal", "Røros", "Stord", "Sola", "Time"]
PASS = "bench-passphrase"


def transcript_texts() -> list[str]:
    """Sentences of both dev splits (markup removed: interview speech, lower-case speech
    recognition, thesis text with references), shuffled into ~20 000 words."""
    sentences = []
    for name in ("dev.txt", "heldout-dev.txt"):
        lines = (HERE / "anonymisation" / name).read_text(encoding="utf-8").splitlines()
        sentences += [re.sub(r"\{([^{}|]+)\|[A-Z]+\}", r"\1", ln.split("\t", 1)[1])
                      for ln in lines if ln.strip() and not ln.startswith("#")]
    rng = random.Random(7)
    out, words = [], 0
    while words < WORDS:
        seg = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 2)))
        out.append(seg)
        words += len(seg.split())
    return out


def best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    texts = transcript_texts()
    n_words = sum(len(t.split()) for t in texts)
    print(f"transcript: {len(texts)} segments, {n_words} words, "
          f"{sum(len(t) for t in texts)} characters")
    t0 = time.perf_counter()
    detect("oppvarming i Elverum")  # load the gazetteer and word lists once per process
    words.zipf("oppvarming")
    print(f"first call (loads gazetteer, word frequencies): {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    for t in texts:
        detect(t)
    print(f"detection, first pass (cold caches):  {time.perf_counter() - t0:.3f} s")
    t_detect = best(lambda: [detect(t) for t in texts])
    print(f"detection only, no registry:         {t_detect:.3f} s")
    registry = Registry.build(
        [RegistryEntry(n, "person", name) for n, name in enumerate(REGISTRY_PERSONS, 1)]
        + [RegistryEntry(100 + n, "municipality", name)
           for n, name in enumerate(REGISTRY_PLACES)])
    t_reg = best(lambda: [detect(t, registry=registry) for t in texts])
    print(f"detection with the 60-name registry: {t_reg:.3f} s  (exact + near-miss matching)")

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[PASSPHRASE_ENV] = PASS
        study = init_study(Path(tmp) / "bench", title="bench")
        create_key(study, PASS)
        key = open_key(study, PASS)
        for name in REGISTRY_PERSONS:
            key.add_entry("person", name)
        for name in REGISTRY_PLACES:
            key.add_entry("municipality", name)
        save_key(study, key, PASS)
        store = study.store
        add_informant(store, Informant(code="IP01"))
        sessions.create_session(store, Session(id="S01", informants=["IP01"]))
        sha = hashlib.sha256(b"bench").hexdigest()
        rid = recordings.add(store, Recording(0, "recordings/b.wav", "b.wav", sha, 1,
                                              session_id="S01"))
        tid = ts.get_or_create(store, rid, "h", "base", {}, state="running")
        segs = [Segment(idx=i, start=i * 4.8, end=i * 4.8 + 4.5, text=t,
                        speaker="I" if i % 3 == 0 else "IP01") for i, t in enumerate(texts)]
        ts.save_version(store, tid, "verbatim", segs, state="transcribed")

        from feltarbeid.anonymise import keyfile

        keyfile._cache.clear()
        t0 = time.perf_counter()
        key = open_key(study, PASS)
        t_key = time.perf_counter() - t0
        engine = apply.Engine(study, key)
        engine.anonymise(tid, segs)  # first pass allocates pseudonyms
        t_engine = best(lambda: apply.Engine(study, key).anonymise(tid, segs))
        print(f"decide + replace (engine):           {t_engine:.3f} s")

        keyfile._cache.clear()
        t0 = time.perf_counter()
        summary = apply.run(study, passphrase=PASS)
        t_run = time.perf_counter() - t0
        assert summary.done == [tid]
        print(f"whole batch incl. key open + save:   {t_run:.3f} s  "
              f"(key open alone: {t_key:.3f} s; saving re-encrypts with scrypt too)")
        # the batch without the key's scrypt: the key already opened in this process
        ts.save_version(store, tid, "verbatim", segs, state="transcribed",
                        note="same text again")
        t0, c0 = time.perf_counter(), time.process_time()
        apply.run(study, passphrase=PASS)
        t_run2, c_run2 = time.perf_counter() - t0, time.process_time() - c0
        print(f"whole batch, key already open:       {t_run2:.3f} s   (target < 0.5 s; "
              f"CPU time {c_run2:.3f} s — on a busy machine the CPU time is the fair figure)")
        replaced = sum(summary.labels.values())
        print(f"replaced: {replaced} spans {dict(summary.labels)}, queued {summary.queued}")
        study.close()
    long_documents(texts)


def long_documents(texts: list[str]) -> None:
    """One long text (a document, a transcript pasted as one piece), lower case: the
    detector's time must grow with the length, not with its square."""
    one = " ".join(texts).lower().split()
    for n in (20_000, 80_000):
        words_n = (one * (n // len(one) + 1))[:n]
        text = " ".join(words_n)
        t0 = time.perf_counter()
        detect(text)
        print(f"one lower-case text of {n:>6} words:  {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
