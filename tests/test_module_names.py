"""A module of the package binds each top-level name once.

A word set defined twice in one module takes the second definition everywhere, the first
one's users included: round 37 found ``named_things._SOMEONE`` (the words for someone before
a place's preposition) silently replaced by a storm rule's set of the same name defined 900
lines further down, and a new ``_AT_A_SHOP`` in ``not_names`` that replaced an older one
and made 'var på Rimi' a place. Ruff reports a function or an import redefined while
unused, not a constant, nor a constant that takes an imported name's place."""

from __future__ import annotations

import ast
from pathlib import Path

import feltarbeid

PACKAGE = Path(feltarbeid.__file__).parent


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out += [((a.asname or a.name).split(".")[0], node.lineno) for a in node.names
                    if a.name != "annotations"]  # ('from __future__ import annotations')
        elif isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            out.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
    return out


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen and name != "__all__":
                twice.append(f"{path.relative_to(PACKAGE.parent)}: {name} "
                             f"(lines {seen[name]} and {line})")
            seen[name] = line
    assert twice == []
