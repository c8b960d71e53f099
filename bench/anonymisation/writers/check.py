"""Check one part file of a held-out set: format, labels, kinds. Prints counts only.

    python3 check.py partXX.txt [--trap-only]
"""
import re
import sys
from collections import Counter

LABELS = {"PERSON", "MUNICIPALITY", "PLACE", "FNR", "PHONE", "EMAIL", "ADDRESS"}
KINDS = {"nb", "nn", "asr", "acad", "trap"}
SPAN = re.compile(r"\{([^{}|]+)\|([A-Z]+)\}")

path = sys.argv[1]
trap_only = "--trap-only" in sys.argv
kinds: Counter = Counter()
labels: Counter = Counter()
problems = []
seen = set()
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    if not line.strip() or line.startswith("#"):
        continue
    if line.count("\t") != 1:
        problems.append(f"line {n}: needs exactly one TAB between KIND and sentence")
        continue
    kind, text = line.split("\t")
    if kind not in KINDS:
        problems.append(f"line {n}: unknown kind {kind!r}")
    if trap_only and kind != "trap":
        problems.append(f"line {n}: this part is trap sentences only")
    kinds[kind] += 1
    if text in seen:
        problems.append(f"line {n}: duplicate sentence")
    seen.add(text)
    spans = SPAN.findall(text)
    for surface, label in spans:
        if label not in LABELS:
            problems.append(f"line {n}: unknown label {label!r}")
        if surface != surface.strip():
            problems.append(f"line {n}: span has spaces at its edge")
        labels[label] += 1
    rest = SPAN.sub("", text)
    if any(c in rest for c in "{}|"):
        problems.append(f"line {n}: stray brace or | outside a well-formed span")
    if kind == "trap" and spans:
        problems.append(f"line {n}: trap sentences have no spans")
    if kind == "asr":
        plain = SPAN.sub(lambda m: m.group(1), text)
        if plain != plain.lower():
            problems.append(f"line {n}: asr lines are all lower case")
        if re.search(r"[.,;:!?«»\"()]", plain):
            problems.append(f"line {n}: asr lines have no punctuation")
print("sentences:", sum(kinds.values()), dict(sorted(kinds.items())))
print("spans:", dict(sorted(labels.items())))
print("problems:", len(problems))
for p in problems[:40]:
    print(" ", p)
