"""Benchmark: review packet for one long interview (default 2 h, ~1 400 segments).

    .venv/bin/python bench/bench_review.py [--segments 1400]

Prints the time to make the packet (leak check, HTML, PDF, DOCX, letter), the file sizes,
the PDF page count, and the time to read + import an answer with 20 corrections (HTML
answer) and a DOCX with 20 edited paragraphs. The study is built in a temporary folder
straight into the store (no audio, no model, no key).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from timing import Timer  # bench/timing.py (the bench folder is on sys.path)

from feltarbeid.domain import Informant, Recording, Segment, Session
from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.diff import apply_answer, changes_for
from feltarbeid.review.packets import make_packets
from feltarbeid.review.returns import take_in
from feltarbeid.store import recordings, registers, sessions, transcripts
from feltarbeid.study import init_study

WORDS = ("jeg", "vi", "det", "samarbeid", "oppfølging", "brukerne", "møte", "kommunen",
         "veileder", "tiltak", "egentlig", "liksom", "ganske", "viktig", "tid", "mye")




def build(root: Path, n: int) -> None:
    rnd = random.Random(7)
    study = init_study(root, title="Benk", language="nb")
    registers.add_informant(study.store, Informant(code="IP01", consent="written"))
    sessions.create_session(study.store, Session(id="S001", informants=["IP01"],
                                                 interviewers=["INT1"]))
    rid = recordings.add(study.store, Recording(id=0, path="recordings/a.wav",
                                                original_name="a.wav", sha256="0" * 64,
                                                size=1, session_id="S001"))
    tid = transcripts.get_or_create(study.store, rid, "h", "base", {}, state="running")
    segs = []
    t = 0.0
    for i in range(n):
        speaker = "I" if i % 6 == 0 else "IP01"
        words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 18)))
        segs.append(Segment(i, t, t + 5.0, words.capitalize() + ".", speaker, f"q{i // 30}"))
        t += 5.1
    transcripts.save_version(study.store, tid, "anonymised", segs, state="anonymised")
    study.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--segments", type=int, default=1400)
    args = ap.parse_args()
    from feltarbeid.study import open_study

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "benk"
        build(root, args.segments)
        study = open_study(root)
        with Timer() as tm:
            made = make_packets(study, "IP01")[0]
        packet = made.packet
        print(f"segments {args.segments}, passages {len(packet.passages)}")
        print(f"make packet (leak check + HTML + PDF + DOCX + letter): {tm}")
        for f in made.files:
            print(f"  {f.suffix or f.name:6} {f.stat().st_size / 1024:8.1f} KiB  {f.name}")
        print(f"  PDF pages: {len(PdfReader(str(made.files[1])).pages)}")
        own = [p for p in packet.reviewable if p.speaker == "IP01"][:20]
        path = write_answer_file(study, packet.packet_id,
                                 corrections={p.number: p.text + " rettet" for p in own},
                                 additions="Et tillegg.")
        with Timer() as tm:
            packet2, rnd, answer = take_in(study, path)
            changes = changes_for(packet2, answer)
            apply_answer(study, packet2, rnd, answer, {c.index: True for c in changes})
        print(f"import HTML answer, 20 corrections accepted: {tm}")
        study.close()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "benk"
        build(root, args.segments)
        study = open_study(root)
        made = make_packets(study, "IP01")[0]
        doc = Document(str(made.files[2]))
        edited = 0
        for para in doc.paragraphs:
            if edited < 20 and " IP01: " in para.text and len(para.runs) > 1:
                para.runs[1].text = para.runs[1].text + " rettet"
                edited += 1
        out = root / "returns" / "edited.docx"
        doc.save(str(out))
        with Timer() as tm:
            packet2, rnd, answer = take_in(study, out)
            changes = changes_for(packet2, answer)
            apply_answer(study, packet2, rnd, answer, {c.index: True for c in changes})
        print(f"import edited DOCX, {edited} corrections accepted: {tm}")
        study.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
