"""How a passage looks: its gutter (checked/flagged, held back or with an indirect
identifier, time, speaker) and its text with the unsure words, the names (with their label
or pseudonym), the indirect identifiers (with their kind and suggested wording) and the
word being heard marked.

Pure functions of a segment and what is known about it; the widgets only cut the result
into screen lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from ..domain import Segment
from ..locale import t
from ..timeutil import format_clock
from .draft import ATTENTION_FLAGS, CHECKED, SHOWN_FLAGS, unsure_spans

GUTTER = 17  # "✓⊘ 1:02:03 IP01  "
HELD = "⊘"  # a sensitive passage: held back from exports
FLAG_OPEN = "◆"  # an indirect identifier to decide (or a preview)
FLAG_DONE = "◇"  # indirect identifiers, all decided


@dataclass(frozen=True)
class Look:
    """Styles from the app's theme (so dark and light themes both read well)."""

    unsure: Style
    name: Style
    kept: Style
    heard: Style
    label: Style
    gutter: Style
    checked: Style
    flagged: Style
    item: Style
    flag: Style
    flag_done: Style
    held: Style
    selected: Style

    @classmethod
    def from_theme(cls, theme: object | None) -> Look:
        def colour(name: str, default: str) -> str:
            value = getattr(theme, name, None) if theme is not None else None
            return str(value) if value else default

        warning = colour("warning", "yellow")
        accent = colour("accent", "magenta")
        success = colour("success", "green")
        error = colour("error", "red")
        return cls(
            unsure=Style(underline=True, color=warning),
            name=Style(bold=True, color=accent),
            kept=Style(italic=True, dim=True),
            heard=Style(reverse=True),
            label=Style(dim=True, color=accent),
            gutter=Style(dim=True),
            checked=Style(color=success, bold=True),
            flagged=Style(color=warning, bold=True),
            item=Style(dim=True, italic=True),
            flag=Style(color=error, underline=True),
            flag_done=Style(color=error, dim=True, underline=True),
            held=Style(color=error, bold=True),
            selected=Style(reverse=True),
        )


def glyph(seg: Segment, heard: bool = False) -> str:
    if heard:
        return "♪"
    if CHECKED in seg.flags:
        return "✓"
    if any(f in seg.flags for f in ATTENTION_FLAGS):
        return "!"
    return "·"


def marker(*, held: bool = False, flags: Sequence[object] = ()) -> str:
    """The second gutter column: held back, an open indirect identifier, decided ones."""
    if held:
        return HELD
    if any(getattr(f, "is_open", False) for f in flags):
        return FLAG_OPEN
    return FLAG_DONE if flags else " "


def gutter(seg: Segment, look: Look, *, heard: bool = False, held: bool = False,
           flags: Sequence[object] = (), selected: bool = False) -> Text:
    g = glyph(seg, heard)
    style = look.checked if g == "✓" else look.flagged if g in "!♪" else look.gutter
    out = Text()
    out.append(g, style=style)
    out.append(marker(held=held, flags=flags), style=look.held)
    out.append(f" {format_clock(seg.start):>7} ", style=look.gutter)
    out.append(f"{(seg.speaker or '?')[:5]:<5} ", style="bold")
    if selected:
        out.stylize(look.selected)
    return out


def body(seg: Segment, look: Look, *, names: Sequence[object] = (), unsure_below: float = 0.5,
         heard: tuple[int, int] | None = None, labels: bool = True,
         flags: Sequence[object] = ()) -> Text:
    """The passage text with its marks. ``names``: ``NameMark``-like objects (start, end,
    label, replacement, kept); ``flags``: ``marks.FlagMark``-like objects (start, end, kind,
    status, shown). With ``labels`` the label or pseudonym follows each name
    (``Tove Hansen‹Person 1›``) and the kind and wording each indirect identifier
    (``vi er 14 ansatte‹antall ansatte → et mellomstort kontor›``); the editor shows the
    bare text (labels=False)."""
    text = Text(seg.text)
    for ws in unsure_spans(seg, unsure_below):
        text.stylize(look.unsure, ws.start, ws.end)
    for f in flags:
        text.stylize(look.flag if getattr(f, "is_open", True) else look.flag_done,
                     f.start, f.end)  # type: ignore[attr-defined]
    for m in names:
        text.stylize(look.kept if m.kept else look.name, m.start, m.end)
    if heard is not None:
        text.stylize(look.heard, *heard)
    if not labels or not (names or flags):
        return text
    inserts: list[tuple[int, int, str, Style]] = []  # (at, order, label, style)
    pos = 0
    for m in sorted(names, key=lambda m: m.start):
        if m.start < pos:
            continue
        inserts.append((m.end, 0, name_label(m), look.label))
        pos = m.end
    for f in flags:
        inserts.append((f.end, 1, flag_label(f), look.flag))  # type: ignore[attr-defined]
    out = Text()
    pos = 0
    for at, _, label, style in sorted(inserts, key=lambda x: (x[0], x[1])):
        out.append_text(text[pos:at])
        out.append(f"‹{label}›", style=style)
        pos = at
    out.append_text(text[pos:])
    return out


def flag_label(flag: object) -> str:
    """``antall ansatte → et mellomstort kontor`` (open), ``→ [et mellomstort kontor]``
    (accepted), ``=`` (kept as said)."""
    status = getattr(flag, "status", "open")
    if status == "dismissed":
        return "="
    shown = str(getattr(flag, "shown", ""))
    if status == "accepted":
        return f"→ [{shown.strip('[]')}]"
    return f"{t('indirect.kind_' + str(getattr(flag, 'kind', '')))} → {shown}"


def name_label(mark: object) -> str:
    replacement = getattr(mark, "replacement", "")
    if getattr(mark, "kept", False):
        return "="
    return replacement.strip("[]") if replacement else label_text(str(getattr(mark, "label", "")))


def label_text(label: str) -> str:
    """A detector label in the study's language (``PERSON`` → "person", ``PLACE`` → "sted")."""
    try:
        return t(f"workbench.label_{label}")
    except KeyError:
        return label.lower()


def flags_text(seg: Segment) -> list[str]:
    return [f for f in seg.flags if f in SHOWN_FLAGS]
