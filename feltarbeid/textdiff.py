"""Word differences between two texts: what review shows for an informant's correction,
what the workbench previews before a replace, what ``transcript diff`` prints."""

from __future__ import annotations

import difflib


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """[(op, words)] with op ' ' (same), '-' (removed), '+' (added)."""
    a, b = before.split(), after.split()
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append((" ", " ".join(a[i1:i2])))
        if tag in ("delete", "replace"):
            out.append(("-", " ".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(("+", " ".join(b[j1:j2])))
    return out


def plain_diff(before: str, after: str) -> str:
    """``kept [-removed-] {+added+}`` — readable without colour."""
    parts = []
    for op, words in word_diff(before, after):
        parts.append(words if op == " " else (f"[-{words}-]" if op == "-" else f"{{+{words}+}}"))
    return " ".join(parts)
