"""The known downloadable models (``catalogue.toml`` beside this file, the only copy of
that data) and the names that lead to them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

# file patterns of a CTranslate2 Whisper model (what faster-whisper itself downloads)
CT2_FILES = ("config.json", "preprocessor_config.json", "model.bin", "tokenizer.json",
             "vocabulary.*")
HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
STUDY_LANGUAGES = ("nb", "nn", "en")


@dataclass(frozen=True)
class Entry:
    name: str
    repo: str
    subfolder: str | None = ""  # None: not known, found from the repository's files
    extra: tuple[str, ...] = ()
    format: str = "ct2"  # ct2 | transformers
    size_mb: int = 0
    parameters: str = ""
    languages: tuple[str, ...] = STUDY_LANGUAGES
    aliases: tuple[str, ...] = ()
    hidden: bool = False

    def patterns(self) -> list[str]:
        """``allow_patterns`` for the hub download: only the files the model needs."""
        if self.format != "ct2" or self.subfolder is None:
            return [*self.extra]
        inner = [f"{self.subfolder}/{p}" if self.subfolder else p for p in CT2_FILES]
        return [*inner, *self.extra]


@cache
def catalogue() -> dict[str, Entry]:
    text = resources.files(__package__).joinpath("catalogue.toml").read_text("utf-8")
    out: dict[str, Entry] = {}
    for name, row in tomllib.loads(text).items():
        row = dict(row)
        for key in ("extra", "languages", "aliases"):
            if key in row:
                row[key] = tuple(row[key])
        out[name] = Entry(name=name, **row)
    return out


def find(name: str) -> Entry | None:
    """The entry for a catalogue name, an alias (``small``) or a hub id
    (``NbAiLab/nb-whisper-small``, any case)."""
    entries = catalogue()
    if name in entries:
        return entries[name]
    lowered = name.lower()
    for entry in entries.values():
        if name in entry.aliases or entry.repo.lower() == lowered:
            return entry
    return None


def for_hub_id(repo: str) -> Entry:
    """A hub repository that is not in the catalogue: its layout is found on download."""
    return Entry(name=local_name(repo), repo=repo, subfolder=None, languages=())


def local_name(repo: str) -> str:
    """The name a model from hub repository ``repo`` gets on this computer."""
    return repo.rsplit("/", 1)[-1].lower()


def is_hub_id(name: str) -> bool:
    return bool(HUB_ID.match(name))
