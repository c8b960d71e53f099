"""Evaluate the detector on the hand-written evaluation set; print recall per label and
precision.

    .venv/bin/python bench/anonymisation/evaluate.py            # the test split (report this)
    .venv/bin/python bench/anonymisation/evaluate.py --split dev --errors

A predicted span counts as correct when it overlaps a gold span with the same label
(labelled) or with any label (any). Precision is over predicted spans; "touched" is the
share of name-free sentences in which anything at all was detected. Two operating points:
``all`` = every hit the batch replaces (unsure hits are replaced until someone rejects
them in review), ``sure`` = only hits at or above the review threshold (0.8).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from feltarbeid.anonymise.detect import detect  # noqa: E402

MARK = re.compile(r"\{([^{}|]+)\|([A-Z]+)\}")
THRESHOLD = 0.8


def parse_line(line: str) -> tuple[str, str, list[tuple[int, int, str]]]:
    lang, marked = line.split("\t", 1)
    text, gold, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        surface, label = m.group(1), m.group(2)
        gold.append((pos, pos + len(surface), label))
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(marked[last:])
    return lang, "".join(text), gold


def load(split: str) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    lines = (HERE / f"{split}.txt").read_text(encoding="utf-8").splitlines()
    return [parse_line(ln) for ln in lines if ln.strip() and not ln.startswith("#")]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(items, min_conf: float, show_errors: bool = False) -> dict:
    gold_n, found = Counter(), Counter()
    pred_n, pred_ok_label, pred_ok_any = Counter(), Counter(), Counter()
    empty, touched = 0, 0
    errors = []
    for _lang, text, gold in items:
        hits = [h for h in detect(text) if h.confidence >= min_conf]
        for s, e, label in gold:
            gold_n[label] += 1
            if any(h.label == label and overlaps((s, e), (h.start, h.end)) for h in hits):
                found[label] += 1
            elif show_errors:
                errors.append(f"MISS {label:12} {text[s:e]!r:22} | {text}")
        for h in hits:
            pred_n[h.label] += 1
            if any(g[2] == h.label and overlaps((h.start, h.end), g[:2]) for g in gold):
                pred_ok_label[h.label] += 1
            if any(overlaps((h.start, h.end), g[:2]) for g in gold):
                pred_ok_any[h.label] += 1
            elif show_errors:
                errors.append(f"FP   {h.label:12} {h.surface!r:22} {h.confidence:.2f} "
                              f"{h.source} | {text}")
        if not gold:
            empty += 1
            touched += bool(hits)
    return {"gold": gold_n, "found": found, "pred": pred_n, "ok_label": pred_ok_label,
            "ok_any": pred_ok_any, "empty": empty, "touched": touched, "errors": errors}


def report(name: str, r: dict) -> None:
    print(f"\n== {name}")
    print(f"{'label':14}{'gold':>6}{'found':>7}{'recall':>8}{'pred':>7}{'precision':>11}")
    for label in sorted(set(r["gold"]) | set(r["pred"])):
        g, f, p, ok = r["gold"][label], r["found"][label], r["pred"][label], r["ok_label"][label]
        rec = f"{f / g:.3f}" if g else "-"
        prec = f"{ok / p:.3f}" if p else "-"
        print(f"{label:14}{g:>6}{f:>7}{rec:>8}{p:>7}{prec:>11}")
    tp, tg = sum(r["found"].values()), sum(r["gold"].values())
    pn = sum(r["pred"].values())
    print(f"{'all':14}{tg:>6}{tp:>7}{tp / tg:>8.3f}{pn:>7}"
          f"{sum(r['ok_label'].values()) / max(pn, 1):>11.3f}")
    print(f"precision (any label overlapping gold): {sum(r['ok_any'].values()) / max(pn, 1):.3f}")
    print(f"name-free sentences touched: {r['touched']}/{r['empty']} = "
          f"{r['touched'] / max(r['empty'], 1):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev"))
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    args = ap.parse_args()
    items = load(args.split)
    langs = Counter(lang for lang, _, _ in items)
    print(f"split {args.split}: {len(items)} sentences "
          f"({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print("\nrecall by kind of text (all hits):")
    for lang in sorted(langs):
        r = evaluate([it for it in items if it[0] == lang], 0.0)
        tg, tp = sum(r["gold"].values()), sum(r["found"].values())
        pn, ok = sum(r["pred"].values()), sum(r["ok_any"].values())
        print(f"  {lang:4} sentences {langs[lang]:>4}  recall {tp}/{tg} = {tp / max(tg, 1):.3f}"
              f"  precision {ok}/{pn} = {ok / max(pn, 1):.3f}")
    for name, conf in (("all hits (unsure ones replaced until reviewed)", 0.0),
                       (f"sure hits only (confidence >= {THRESHOLD})", THRESHOLD)):
        r = evaluate(items, conf, args.errors and conf == 0.0)
        report(name, r)
        for e in r["errors"]:
            print("  " + e)


if __name__ == "__main__":
    main()
