"""Key bindings with translated descriptions.

``BINDINGS`` of the terminal apps name a catalogue key as the description
(``"interview.key_asked"``, ``"workbench.key_play"``); ``localise_bindings`` swaps in the
text in the current language when a screen is made, so the footer and the help screen
follow ``--lang``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..locale import catalogue, t

AREAS = ("interview.", "workbench.", "tui.")


def localise_bindings(node: Any) -> None:
    bindings = node._bindings.key_to_bindings  # one place that touches Textual's internals
    ours: set[str] = set()
    for key, items in bindings.items():
        new = []
        for b in items:
            if b.description.startswith(AREAS) and b.description in catalogue("en"):
                b = replace(b, description=t(b.description))
                ours.add(b.description)
            new.append(b)
        bindings[key] = new
    node._feltarbeid_keys = ours


def described_bindings(node: Any) -> list[tuple[str, str, str]]:
    """(keys as shown, description, action) for every binding of ours on ``node``, one
    entry per description (its keys joined with " / ")."""
    ours = getattr(node, "_feltarbeid_keys", set())
    seen: dict[str, tuple[list[str], str]] = {}
    for items in node._bindings.key_to_bindings.values():
        for b in items:
            if b.description and b.description in ours:
                shown = b.key_display or node.app.get_key_display(b)
                keys, _ = seen.setdefault(b.description, ([], b.action))
                if shown not in keys:
                    keys.append(shown)
    return [(" / ".join(keys), desc, action) for desc, (keys, action) in seen.items()]


def described(node: Any) -> list[tuple[str, str]]:
    """(key as shown, description) for every binding of ours on ``node``."""
    return [(keys, desc) for keys, desc, _ in described_bindings(node)]
