"""One string catalogue: every key in nb exists in nn and en, and formats."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from feltarbeid import locale


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_in_every_language() -> None:
    nb = locale.catalogue("nb")
    assert nb, "the Bokmål catalogue is empty"
    for lang in ("nn", "en"):
        other = locale.catalogue(lang)
        missing = sorted(set(nb) - set(other))
        extra = sorted(set(other) - set(nb))
        assert not missing, f"{lang} lacks {missing[:10]}"
        assert not extra, f"{lang} has keys nb lacks: {extra[:10]}"
        for key, text in nb.items():
            assert _fields(text) == _fields(other[key]), f"{lang}:{key} has other fields"


def test_language_switch() -> None:
    assert locale.t("core.informants", "nb") == "Informanter"
    assert locale.t("core.informants", "nn") == "Informantar"
    assert locale.t("core.informants", "en") == "Informants"
    locale.set_language("en")
    assert locale.t("core.case_added", code="K1") == "Case K1 added."


# --------------------------------------------------------------------------- keys in code

_CODE = Path(locale.__file__).resolve().parent.parent
_T_NAMES = {"t", "tr"}  # locale.t and its local aliases (tr = locale.t)


def _calls(names: set[str], *, any_object: bool) -> list[tuple[str, int, ast.expr]]:
    """Every call in the package of a function named in ``names`` — by its bare name, or
    as an attribute of ``locale`` (of any object with ``any_object``): (file, line, first
    argument)."""
    out = []
    for path in sorted(_CODE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else (
                f.attr if isinstance(f, ast.Attribute) and (any_object or (
                    isinstance(f.value, ast.Name) and f.value.id == "locale")) else None)
            if name in names:
                out.append((str(path.relative_to(_CODE)), node.lineno, node.args[0]))
    return out


def _t_calls() -> list[tuple[str, int, ast.expr]]:
    """Every call of the catalogue lookup in the package: (file, line, first argument)."""
    return _calls(_T_NAMES, any_object=False)


def _prefix(node: ast.JoinedStr) -> str:
    first = node.values[0] if node.values else None
    return first.value if isinstance(first, ast.Constant) else ""


def test_every_key_the_code_looks_up_exists_in_every_language() -> None:
    """A literal key must be in nb, nn and en; a computed one (an f-string) must at least
    name an area and a start that some key has (the finite ones are checked below)."""
    calls = _t_calls()
    assert len(calls) > 300  # the scan finds the calls
    problems = []
    for lang in locale.LANGUAGES:
        keys = locale.catalogue(lang)
        for where, line, arg in calls:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if arg.value not in keys:
                    problems.append(f"{lang}: {where}:{line} {arg.value}")
            elif isinstance(arg, ast.JoinedStr):
                prefix = _prefix(arg)
                if "." not in prefix or not any(k.startswith(prefix) for k in keys):
                    problems.append(f"{lang}: {where}:{line} f'{prefix}…'")
    assert problems == []


def _plural_calls() -> list[tuple[str, int, str]]:
    """Every ``plural("area.key", n)`` in the package, a conditional key as both keys."""
    out = []
    for where, line, arg in _calls({"plural"}, any_object=True):
        options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
        for option in options:
            if isinstance(option, ast.Constant) and isinstance(option.value, str):
                out.append((where, line, option.value))
    return out


def test_every_plural_has_one_and_other_in_every_language() -> None:
    """Counted words come from ``locale.plural``: 'key_one' for 1, 'key_other' else, in
    nb, nn and en (issue 16 item 23: no 'identifikator(er)', no '1 passasjer')."""
    calls = _plural_calls()
    assert len(calls) > 30  # the scan finds the calls
    problems = [f"{lang}: {where}:{line} {key}_{form}"
                for lang in locale.LANGUAGES for where, line, key in calls
                for form in ("one", "other") if f"{key}_{form}" not in locale.catalogue(lang)]
    assert problems == []
    hand_made = [f"{lang}: {key}" for lang in ("nb", "nn")
                 for key, text in locale.catalogue(lang).items()
                 if re.search(r"\w\((er|e|r|ar)\)", text)]
    assert hand_made == []


def test_computed_keys_of_finite_sets_exist() -> None:
    """Keys built from a value of a known set: every value has its string."""
    from feltarbeid.privacy import report
    from feltarbeid.store.schema import MIGRATION_1

    source = Path(report.__file__).read_text("utf-8")
    kinds = set(re.findall(r'\badd\("([a-z_]+)"', source))
    kinds |= {f"{what}_permissions" for what in ("folder", "key", "files")}
    assert "key_inside_study" in kinds
    round_statuses = re.search(r"status\s+TEXT[^(]*\(status IN \(([^)]*)\)\)",
                               MIGRATION_1.split("CREATE TABLE review_rounds")[1])
    assert round_statuses
    statuses = re.findall(r"'(\w+)'", round_statuses.group(1))
    needed = [f"privacy.finding_{k}" for k in kinds] + [f"privacy.hint_{k}" for k in kinds]
    needed += [f"review.status_{s}" for s in statuses]
    needed += [f"safety.key_damage_{d}" for d in ("header", "stanza", "payload")]
    for lang in locale.LANGUAGES:
        missing = [k for k in needed if k not in locale.catalogue(lang)]
        assert missing == [], lang


def test_every_setting_is_explained_in_every_language() -> None:
    """Each key of feltarbeid.toml has its help (hint of a refusal, comment of a new file)
    as settings.<section>.<key> in nb, nn and en, and no help is left over."""
    from feltarbeid.settings import SCHEMA

    wanted = {f"settings.{s}.{k}" for s, keys in SCHEMA.items() for k in keys}
    for lang in locale.LANGUAGES:
        have = {k for k in locale.catalogue(lang) if k.count(".") == 2
                and k.startswith("settings.")}
        assert have == wanted, (lang, sorted(have ^ wanted))
