"""Interview guides: the one parser and validator (YAML → ``domain.Guide``), the content
hash, and the guide versions a study keeps in its store.

    from feltarbeid.guide import load_guide, parse_guide_text, guide_hash, GuideError

    guide = load_guide("guides/nav-partnerskap.yaml")   # raises GuideError with every problem
    guide.content_hash                                  # sha256 of the canonical content

In a study: :func:`study_guide` loads the guide named in ``feltarbeid.toml`` and stores
that version by hash; :func:`guide_by_hash` gives back any stored version, so a session
keeps its guide after the file is edited. The format: ``docs/guide-format.md``.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import locale
from ..domain import Guide
from ..errors import FeltarbeidError
from .canonical import canonical_json, guide_hash
from .problems import GuideError, Problem, make_problem
from .serial import guide_from_dict, guide_to_dict

if TYPE_CHECKING:
    from ..store import Store
    from ..study import Study
    from .parse import ParseResult

# The parser (and PyYAML under it) is imported when a guide is first parsed, not with this
# package: the interview app starts from a parsed guide in its cache and never needs it.


def parse_text(text: str | bytes, source: str = "<string>") -> ParseResult:
    from .parse import parse_text as parse

    return parse(text, source)


def __getattr__(name: str) -> object:
    if name == "ParseResult":
        from .parse import ParseResult

        return ParseResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "GuideError", "GuideStats", "ParseResult", "Problem", "add_to_study", "canonical_json",
    "check_file", "fix_ids", "guide_by_hash", "guide_from_dict", "guide_hash", "guide_stats",
    "guide_to_dict", "list_versions", "load_guide", "parse_guide_text", "read_guide_file",
    "study_guide", "summary",
]


# -------------------------------------------------------------------------- parse


def _finish(result: ParseResult, source: str, source_path: str = "") -> Guide:
    if not result.ok or result.guide is None:
        raise GuideError(result.problems, source)
    guide = result.guide
    return dataclasses.replace(guide, content_hash=guide_hash(guide), source_path=source_path)


def parse_guide_text(text: str | bytes, source: str = "<string>") -> Guide:
    """Parse guide text; raises :class:`GuideError` listing every problem."""
    return _finish(parse_text(text, source), source)


def read_guide_file(path: str | Path) -> tuple[bytes, str]:
    """The bytes of a guide file and the name to show for it; a missing file or a folder
    is a :class:`GuideError` like any other problem."""
    path = Path(path)
    source = str(path)
    if path.is_dir():
        raise GuideError([make_problem("not-a-file", source, 1, 1)], source)
    try:
        return path.read_bytes(), source
    except FileNotFoundError:
        raise GuideError([make_problem("not-found", source, 1, 1)], source) from None
    except OSError as exc:
        raise GuideError([make_problem("unreadable", source, 1, 1, error=exc.strerror or exc)],
                         source) from None


def check_file(path: str | Path) -> ParseResult:
    """Parse a file and return everything found (problems, notices, generated ids) without
    raising for problems in the guide (a missing file still raises)."""
    data, source = read_guide_file(path)
    result = parse_text(data, source)
    if result.ok and result.guide is not None:
        result.guide = dataclasses.replace(result.guide, content_hash=guide_hash(result.guide),
                                           source_path=source)
    return result


def load_guide(path: str | Path) -> Guide:
    """Load and validate a guide file; raises :class:`GuideError` listing every problem."""
    data, source = read_guide_file(path)
    return _finish(parse_text(data, source), source, source)


def fix_ids(path: str | Path) -> int:
    """Write every generated id into the file. Returns how many were written (0: the file
    was not touched). Raises :class:`GuideError` for a broken guide, and
    :class:`FeltarbeidError` if the ids cannot be written without changing the guide."""
    result = check_file(path)
    if not result.ok:
        raise GuideError(result.problems, str(path))
    if not result.generated:
        return 0
    from .fixids import fixed_text

    text = fixed_text(result)
    if text is None:
        lines = ", ".join(str(g.node.start_mark.line + 1) for g in result.generated)
        raise FeltarbeidError(locale.t("guide.fix_ids_failed"), where=str(path),
                              hint=locale.t("guide.fix_ids_failed_hint", lines=lines))
    Path(path).write_text(text, encoding="utf-8")
    return len(result.generated)


# -------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class GuideStats:
    themes: int
    items: int
    must_ask: int
    probes: int
    attributes: int
    documents: int
    planned_minutes: float
    theme_numbers: tuple[int, ...]

    @property
    def missing_numbers(self) -> tuple[int, ...]:
        """Gaps in the theme numbering as written (e.g. no 'Tema 5')."""
        if not self.theme_numbers:
            return ()
        have = set(self.theme_numbers)
        return tuple(n for n in range(min(have), max(have)) if n not in have)


def guide_stats(guide: Guide) -> GuideStats:
    items = [it for _, it in guide.items()]
    return GuideStats(
        themes=len(guide.themes),
        items=len(items),
        must_ask=sum(1 for it in items if it.must_ask),
        probes=sum(len(it.probes) for it in items),
        attributes=sum(1 for it in items if it.attribute is not None),
        documents=sum(1 for it in items if it.document_request),
        planned_minutes=sum(s.planned_minutes or 0 for s in guide.sections),
        theme_numbers=tuple(s.number for s in guide.themes if s.number is not None),
    )


def summary(guide: Guide, name: str = "") -> str:
    """One line about a valid guide: themes, items, must-ask, planned minutes, hash."""
    stats = guide_stats(guide)
    return locale.t("guide.check_ok", path=name or guide.source_path or guide.id,
                    themes=stats.themes, items=stats.items, must=stats.must_ask,
                    minutes=f"{stats.planned_minutes:g}", hash=guide.content_hash[:12])


# -------------------------------------------------------------------------- in a study


def _save_version(store: Store, guide: Guide, text: str, source_path: str) -> bool:
    from ..store.registers import save_guide

    return save_guide(store, hash=guide.content_hash, guide_id=guide.id, title=guide.title,
                      version=guide.version, source_path=source_path, content=text)


def _relative_to_study(study: Study, path: Path) -> str:
    """How the study names a guide file: relative to the study folder where possible."""
    try:
        return os.path.relpath(path.resolve(), study.root.resolve())
    except ValueError:  # another drive (Windows)
        return str(path.resolve())


def _load_for_study(study: Study, path: Path) -> tuple[Guide, bool]:
    data, source = read_guide_file(path)
    guide = _finish(parse_text(data, source), source, source)
    new = _save_version(study.store, guide, data.decode("utf-8").removeprefix("\ufeff"),
                        _relative_to_study(study, path))
    return guide, new


def study_guide(study: Study) -> Guide:
    """The guide named in the study's settings (``[study] guide``), validated; that
    version is saved in the store by its content hash (once) so sessions can refer to it."""
    path = study.settings.guide_path()
    if path is None:
        raise FeltarbeidError(locale.t("guide.no_study_guide"),
                              where=str(study.settings.path),
                              hint=locale.t("guide.no_study_guide_hint"))
    return _load_for_study(study, path)[0]


def add_to_study(study: Study, path: str | Path, *, use: bool = False) -> tuple[Guide, bool, bool]:
    """Validate a guide file and store this version by hash. The study's ``[study] guide``
    is set to it when empty (or when ``use``). Returns (guide, new version?, set as the
    study's guide?)."""
    from ..settings import set_value

    path = Path(path)
    guide, new = _load_for_study(study, path)
    current = study.settings.guide_path()
    chosen = False
    if current is None or use:
        set_value(study.settings.path, "study", "guide", _relative_to_study(study, path))
        study.reload_settings()
        chosen = True
    if chosen:
        with study.store.tx():
            study.store.audit("guide.use", guide.content_hash[:12], {"guide_id": guide.id})
    return guide, new, chosen


def list_versions(study: Study) -> list[dict[str, object]]:
    """The guide versions stored in the study, oldest first; ``current`` marks the version
    of the file the study names now (if it can be read)."""
    from ..store.registers import list_guides

    current = ""
    path = study.settings.guide_path()
    if path is not None:
        try:
            current = load_guide(path).content_hash
        except FeltarbeidError:
            current = ""
    return [{**row, "current": row["hash"] == current} for row in list_guides(study.store)]


def guide_by_hash(store: Store, hash: str) -> Guide:
    """A stored guide version, parsed again from the text that was stored. ``hash`` may be
    a unique prefix (at least 6 characters). The returned guide's ``content_hash`` is the
    hash it was stored under."""
    from ..store.registers import guide_content, list_guides

    full = hash
    if len(hash) < 64:
        matches = [g["hash"] for g in list_guides(store)] if len(hash) >= 6 else []
        matches = [h for h in matches if h.startswith(hash)]
        if len(matches) > 1:
            raise FeltarbeidError(locale.t("guide.hash_ambiguous", hash=hash),
                                  hint=locale.t("guide.hash_hint"))
        full = matches[0] if matches else hash
    content = guide_content(store, full)
    if content is None:
        raise FeltarbeidError(locale.t("guide.hash_unknown", hash=hash[:12]),
                              hint=locale.t("guide.hash_hint"))
    guide = _stored_guide(content, f"<guide {full[:12]}>")
    return dataclasses.replace(guide, content_hash=full)


def _stored_guide(content: str, source: str) -> Guide:
    """A stored version: the YAML text of the file, or (for a guide built in code) the
    JSON of ``guide_to_dict``."""
    if content.lstrip().startswith("{"):
        try:
            data = json.loads(content)
        except ValueError:
            data = None
        if isinstance(data, dict) and "sections" in data:
            return guide_from_dict(data)
    return parse_guide_text(content, source)
