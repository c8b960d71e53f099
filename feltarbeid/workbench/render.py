"""How a passage looks: its gutter (checked/flagged, time, speaker) and its text with the
unsure words, the names (with their label or pseudonym) and the word being heard marked.

Pure functions of a segment and what is known about it; the widgets only cut the result
into screen lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from ..domain import Segment
from ..timeutil import format_clock
from .draft import ATTENTION_FLAGS, CHECKED, SHOWN_FLAGS, unsure_spans

GUTTER = 16  # "✓ 1:02:03 IP01  "


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

    @classmethod
    def from_theme(cls, theme: object | None) -> Look:
        def colour(name: str, default: str) -> str:
            value = getattr(theme, name, None) if theme is not None else None
            return str(value) if value else default

        warning = colour("warning", "yellow")
        accent = colour("accent", "magenta")
        success = colour("success", "green")
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
        )


def glyph(seg: Segment, heard: bool = False) -> str:
    if heard:
        return "♪"
    if CHECKED in seg.flags:
        return "✓"
    if any(f in seg.flags for f in ATTENTION_FLAGS):
        return "!"
    return "·"


def gutter(seg: Segment, look: Look, *, heard: bool = False) -> Text:
    g = glyph(seg, heard)
    style = look.checked if g == "✓" else look.flagged if g in "!♪" else look.gutter
    out = Text()
    out.append(g, style=style)
    out.append(f" {format_clock(seg.start):>7} ", style=look.gutter)
    out.append(f"{(seg.speaker or '?')[:5]:<5} ", style="bold")
    return out


def body(seg: Segment, look: Look, *, names: Sequence[object] = (), unsure_below: float = 0.5,
         heard: tuple[int, int] | None = None, labels: bool = True) -> Text:
    """The passage text with its marks. ``names``: ``NameMark``-like objects (start, end,
    label, replacement, kept). With ``labels`` the label or pseudonym follows each name
    (``Tove Hansen‹Person 1›``); the editor shows the bare text (labels=False)."""
    text = Text(seg.text)
    for ws in unsure_spans(seg, unsure_below):
        text.stylize(look.unsure, ws.start, ws.end)
    for m in names:
        text.stylize(look.kept if m.kept else look.name, m.start, m.end)
    if heard is not None:
        text.stylize(look.heard, *heard)
    if not labels or not names:
        return text
    out = Text()
    pos = 0
    for m in sorted(names, key=lambda m: m.start):
        if m.start < pos:
            continue
        out.append_text(text[pos:m.end])
        out.append(f"‹{name_label(m)}›", style=look.label)
        pos = m.end
    out.append_text(text[pos:])
    return out


def name_label(mark: object) -> str:
    replacement = getattr(mark, "replacement", "")
    if getattr(mark, "kept", False):
        return "="
    return replacement.strip("[]") if replacement else str(getattr(mark, "label", "")).lower()


def flags_text(seg: Segment) -> list[str]:
    return [f for f in seg.flags if f in SHOWN_FLAGS]
