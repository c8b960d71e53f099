"""Guide parser speed: the example guides and a generated 300-item guide (parse + validate
+ hash). Prints seconds per parse; no targets asserted here."""

from __future__ import annotations

import time
from pathlib import Path

from feltarbeid.guide import parse_guide_text

REPO = Path(__file__).resolve().parent.parent


def big_guide(themes: int = 20, per_theme: int = 15) -> str:
    lines = ["id: big", "title: Stor guide", "themes:"]
    for t in range(1, themes + 1):
        lines += [f"  - id: t{t}", f'    label: "Tema {t}."', f"    title: Tema {t} – æøå",
                  "    minutes: 10", "    items:"]
        for q in range(1, per_theme + 1):
            lines += [f"      - id: t{t}-q{q}",
                      f"        question: Hvordan opplever du samarbeidet om sak {q}?",
                      "        must: true", "        probes:",
                      f"          - id: t{t}-q{q}-p1", "            followup: hvem var med?"]
    return "\n".join(lines) + "\n"


def timed(text: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parse_guide_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    for path in sorted((REPO / "guides").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        items = len(parse_guide_text(text).items())
        print(f"{path.name:32s} {items:4d} items  {timed(text) * 1000:7.1f} ms")
    text = big_guide()
    print(f"{'generated (20 themes x 15)':32s} {300:4d} items  {timed(text, 3) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
