"""Train the name model of lower-case speech recognition output (``anonymise/model.py``).

    .venv/bin/python scripts/train_name_model.py        # writes feltarbeid/data/name_model.json
    .venv/bin/python scripts/train_name_model.py --exclude heldout4-partD --out /tmp/m.json

Training sentences: every labelled evaluation file in ``bench/anonymisation`` except the
test splits that are kept for measuring (``evaluate.NEVER_TRAINED``), plus any ``--extra``
files.
Each sentence is tokenised as the detector does; a word inside a PERSON span is PER, inside
a MUNICIPALITY or PLACE span LOC, else O. Capitalised sentences count too: the model sees
only lower-case words. An averaged perceptron, ``--epochs`` passes in a fixed shuffled
order (``--seed``), weights below ``--prune`` dropped; the result is deterministic.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "anonymisation"))

from evaluate import NEVER_TRAINED, parse_line  # noqa: E402

from feltarbeid.anonymise.model import LABELS, MODEL_FILE, candidate, features  # noqa: E402
from feltarbeid.anonymise.spans import tokenise  # noqa: E402

SETS = ROOT / "bench" / "anonymisation"
LABEL_OF = {"PERSON": "PER", "MUNICIPALITY": "LOC", "PLACE": "LOC"}


def examples(path: Path) -> list[tuple[list[str], list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _, text, gold = parse_line(line)
        tokens = tokenise(text)
        words = [t.low for t in tokens]
        labels = []
        for t in tokens:
            label = "O"
            for start, end, glabel in gold:
                if start < t.end and t.start < end:
                    label = LABEL_OF.get(glabel, "O")
            labels.append(label)
        out.append((words, labels))
    return out


def train(data: list[tuple[list[str], list[str]]], epochs: int, seed: int
          ) -> dict[str, list[float]]:
    n = len(LABELS)
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    step = 0
    items = [(words, labels, i) for words, labels in data for i in range(len(words))
             if candidate(words[i])]
    feats = [features(words, i) for words, _, i in items]
    gold = [LABELS.index(labels[i]) for _, labels, i in items]
    order = list(range(len(items)))
    rng = random.Random(seed)

    def update(name: str, k: int, delta: float) -> None:
        w = weights.setdefault(name, [0.0] * n)
        t = totals.setdefault(name, [0.0] * n)
        s = stamps.setdefault(name, [0] * n)
        t[k] += (step - s[k]) * w[k]
        s[k] = step
        w[k] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for idx in order:
            step += 1
            f = feats[idx]
            scores = [0.0] * n
            for name in f:
                w = weights.get(name)
                if w:
                    for k in range(n):
                        scores[k] += w[k]
            guess = max(range(n), key=lambda k: scores[k])
            if guess != gold[idx]:
                for name in f:
                    update(name, gold[idx], 1.0)
                    update(name, guess, -1.0)
    averaged = {}
    for name, w in weights.items():
        t, s = totals[name], stamps[name]
        averaged[name] = [(t[k] + (step - s[k]) * w[k]) / step for k in range(n)]
    return averaged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", action="append", default=[],
                    help="leave out files whose name contains this (e.g. to validate on them)")
    ap.add_argument("--extra", action="append", default=[], type=Path,
                    help="another labelled file to train on")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--prune", type=float, default=0.02)
    ap.add_argument("--out", type=Path, default=ROOT / "feltarbeid" / "data" / MODEL_FILE)
    args = ap.parse_args()
    files = [p for p in sorted(SETS.glob("*.txt")) if p.name not in NEVER_TRAINED]
    files += args.extra
    files = [p for p in files if not any(x in p.name for x in args.exclude)]
    data = []
    for p in files:
        ex = examples(p)
        print(f"{p.name}: {len(ex)} sentences", file=sys.stderr)
        data += ex
    weights = train(data, args.epochs, args.seed)
    kept = {name: [round(x, 3) for x in w] for name, w in sorted(weights.items())
            if max(abs(x) for x in w) >= args.prune}
    args.out.write_text(json.dumps({"labels": LABELS, "files": [p.name for p in files],
                                    "weights": kept}, ensure_ascii=False,
                                   separators=(",", ":")), encoding="utf-8")
    print(f"{len(kept)} of {len(weights)} features kept -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
