#!/usr/bin/env python3
"""Regenerate the sample interview from interview.script.json with espeak-ng and sox.

    apt-get install -y espeak-ng sox libsox-fmt-mp3   # Debian
    python sample_audio/make_sample.py

Writes, beside this script: interview.mp3 (mono, 16 kHz, 32 kbit/s), reference.txt (one
turn per line), timeline.json (when each turn and each guide question starts, in seconds).
``sox -D`` (no dither) and fixed voices keep the bytes reproducible for a given
espeak-ng/sox/lame version.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATE = 16000
GAP_SAME = 0.6  # seconds of silence between turns
GAP_CHANGE = 0.9  # after an interviewer question (the informant thinks)
LEAD = 0.5  # silence at the start


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def duration(path: Path) -> float:
    return float(run("soxi", "-D", str(path)).strip())


def main() -> None:
    script = json.loads((HERE / "interview.script.json").read_text(encoding="utf-8"))
    voices = script["voices"]
    parts: list[Path] = []
    turns: list[dict] = []
    t = 0.0
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        silence = {}
        for name, secs in (("lead", LEAD), ("same", GAP_SAME), ("change", GAP_CHANGE)):
            path = tmp / f"sil-{name}.wav"
            run("sox", "-D", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(path),
                "trim", "0", f"{secs}")
            silence[name] = path
        parts.append(silence["lead"])
        t += LEAD
        for n, turn in enumerate(script["turns"]):
            raw = tmp / f"turn{n:02d}-raw.wav"
            wav = tmp / f"turn{n:02d}.wav"
            run("espeak-ng", "-v", voices[turn["speaker"]], "-s", "160", "-w", str(raw),
                turn["text"])
            run("sox", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(wav),
                "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%",
                "reverse")
            d = duration(wav)
            turns.append({"speaker": turn["speaker"], "item_id": turn["item_id"],
                          "start": round(t, 3), "end": round(t + d, 3), "text": turn["text"]})
            parts.append(wav)
            t += d
            if n + 1 < len(script["turns"]):
                gap = "change" if turn["speaker"] == "I" else "same"
                parts.append(silence[gap])
                t += GAP_CHANGE if gap == "change" else GAP_SAME
        parts.append(silence["lead"])
        whole = tmp / "whole.wav"
        run("sox", "-D", *map(str, parts), str(whole))
        out = HERE / "interview.mp3"
        run("sox", "-D", str(whole), "-C", "32", str(out))
    questions = []
    for turn in turns:
        if turn["speaker"] == "I":
            questions.append({"item_id": turn["item_id"], "t_start": turn["start"]})
    timeline = {
        "audio": "interview.mp3",
        "informant": script["informant"],
        "guide": script["guide"],
        "questions": questions,
        "turns": [{k: v for k, v in tr.items() if k != "text"} for tr in turns],
    }
    (HERE / "timeline.json").write_text(json.dumps(timeline, indent=2) + "\n", encoding="utf-8")
    (HERE / "reference.txt").write_text(
        "".join(tr["text"] + "\n" for tr in turns), encoding="utf-8")
    print(f"{out.name}: {t + LEAD:.1f} s, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
