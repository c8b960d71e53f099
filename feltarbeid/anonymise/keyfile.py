"""The linking key (koblingsnøkkel): one age-encrypted file outside the study folder.

It holds everything that identifies people: informants' real names and contact details,
the registry of names to remove (persons, places, workplaces, municipalities), the map
original → pseudonym, and the secret that keys the hashes the database keeps instead of
originals. The plaintext exists only in memory: ``save_key`` encrypts with pyrage
(age passphrase/scrypt), writes a temporary file beside the key, fsyncs and renames.

The free notes of the recruitment contact log (``contact_notes``) live here too: they may
name people. Deleting the key at the end of the study is what makes the data anonymous (Sikt).
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage

from ..errors import FeltarbeidError
from ..timeutil import now_iso

if TYPE_CHECKING:
    from ..study import Study

PASSPHRASE_ENV = "FELTARBEID_KEY_PASSPHRASE"
FORMAT = "feltarbeid-key"
VERSION = 1
AGE_HEADER = b"age-encryption.org/v1"
KINDS = ("person", "place", "workplace", "municipality")
LABEL_OF_KIND = {"person": "PERSON", "place": "PLACE", "workplace": "PLACE",
                 "municipality": "MUNICIPALITY"}
MIN_PASSPHRASE = 8


class WrongPassphrase(FeltarbeidError):
    exit_code = 4


class KeyMissing(FeltarbeidError):
    exit_code = 4


def normalise(text: str) -> str:
    """The form originals are compared and hashed in: case-folded, single spaces, no
    hyphen/space difference ('Nord-Fron' = 'nord fron')."""
    return " ".join(text.replace("-", " ").casefold().split())


@dataclass
class RegistryEntry:
    id: int
    kind: str  # person | place | workplace | municipality
    original: str
    variants: list[str] = field(default_factory=list)
    pseudonym: str = ""
    keep: bool = False  # a public figure or cited author: detected but never replaced
    note: str = ""

    @property
    def label(self) -> str:
        return LABEL_OF_KIND[self.kind]

    def forms(self) -> list[str]:
        return [self.original, *self.variants]


@dataclass
class KeyData:
    """The decrypted key, in memory only."""

    study_id: str = ""
    secret: str = field(default_factory=lambda: secrets.token_hex(32))
    created_at: str = field(default_factory=now_iso)
    informants: dict[str, dict[str, Any]] = field(default_factory=dict)
    registry: list[RegistryEntry] = field(default_factory=list)
    # "LABEL|normalised original" -> {"original": as first seen, "pseudonym": ...}
    mapping: dict[str, dict[str, Any]] = field(default_factory=dict)
    # recruitment: contact id (the database's ``contacts.id``, never reused) ->
    # {"informant": code, "text": free note, "at": time}; notes may name people
    contact_notes: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- hashing ----------------------------------------------------------------------
    def hash(self, label: str, original: str) -> str:
        """Keyed hash of an original: what the database stores instead of the name."""
        msg = f"{label}|{normalise(original)}".encode()
        return hmac.new(bytes.fromhex(self.secret), msg, hashlib.sha256).hexdigest()[:32]

    # -- registry ---------------------------------------------------------------------
    def add_entry(self, kind: str, original: str, variants: list[str] | None = None, *,
                  pseudonym: str = "", keep: bool = False, note: str = "") -> RegistryEntry:
        if kind not in KINDS:
            raise FeltarbeidError(f"unknown kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")
        original = " ".join(original.split())
        if not original:
            raise FeltarbeidError("the name is empty", hint="give the name to remove")
        for e in self.registry:
            if e.kind == kind and normalise(e.original) == normalise(original):
                new = [v for v in variants or [] if v not in e.variants]
                e.variants.extend(new)
                e.keep = e.keep or keep
                return e
        entry = RegistryEntry(
            id=max((e.id for e in self.registry), default=0) + 1, kind=kind, original=original,
            variants=[" ".join(v.split()) for v in variants or [] if v.strip()],
            pseudonym=pseudonym, keep=keep, note=note,
        )
        self.registry.append(entry)
        return entry

    def remove_entry(self, entry_id: int) -> RegistryEntry:
        for e in self.registry:
            if e.id == entry_id:
                self.registry.remove(e)
                return e
        raise FeltarbeidError(f"no registry entry {entry_id}", hint="see 'feltarbeid key list'")

    def mac(self, text: str) -> str:
        """Keyed hash of a string exactly as written (surfaces, fingerprints)."""
        return hmac.new(bytes.fromhex(self.secret), text.encode(), hashlib.sha256).hexdigest()[:32]

    def remember(self, label: str, original: str, pseudonym: str, surface: str) -> bool:
        """Record original → pseudonym and the surface form seen; True if the key changed."""
        k = f"{label}|{normalise(original)}"
        entry = self.mapping.get(k)
        changed = False
        if entry is None:
            entry = self.mapping[k] = {"original": original, "pseudonym": pseudonym,
                                       "surfaces": []}
            changed = True
        if entry.get("pseudonym") != pseudonym:
            entry["pseudonym"] = pseudonym
            changed = True
        surfaces = entry.setdefault("surfaces", [])
        if surface not in surfaces:
            surfaces.append(surface)
            changed = True
        return changed

    def surfaces_by_mac(self) -> dict[str, str]:
        """Exact-surface hash → surface, for reversing replacements."""
        out: dict[str, str] = {}
        for m in self.mapping.values():
            for s in [m.get("original", ""), *m.get("surfaces", [])]:
                if s:
                    out[self.mac(s)] = s
        return out

    def originals(self) -> list[str]:
        """Every original string that must never leave the study: informants' names and
        contact details, registry entries (not the ones marked keep), mapped originals."""
        out: set[str] = set()
        for info in self.informants.values():
            for k in ("name", "contact", "email", "phone"):
                v = str(info.get(k, "") or "").strip()
                if v:
                    out.add(v)
        for e in self.registry:
            if not e.keep:
                out.update(f for f in e.forms() if f.strip())
        for m in self.mapping.values():
            out.update(x for x in [m.get("original", ""), *m.get("surfaces", [])] if x)
        return sorted(out, key=lambda s: (-len(s), s))

    # -- recruitment notes -------------------------------------------------------------
    def set_contact_note(self, contact_id: int, informant: str, text: str) -> None:
        self.contact_notes[str(contact_id)] = {"informant": informant, "text": text,
                                               "at": now_iso()}

    def contact_note(self, contact_id: int, informant: str) -> str | None:
        """The note of a contact, if it belongs to that informant."""
        note = self.contact_notes.get(str(contact_id))
        if note is None or note.get("informant") != informant:
            return None
        return str(note.get("text", ""))

    def forget_contact_notes(self, informant: str | None = None,
                             ids: list[int] | None = None) -> int:
        """Remove the notes of one informant (or only ``ids`` of theirs); returns how many."""
        gone = [k for k, v in self.contact_notes.items()
                if (informant is None or v.get("informant") == informant)
                and (ids is None or k in {str(i) for i in ids})]
        for k in gone:
            del self.contact_notes[k]
        return len(gone)

    # -- (de)serialisation -------------------------------------------------------------
    def to_json(self) -> bytes:
        data = {
            "format": FORMAT, "version": VERSION, "study_id": self.study_id,
            "secret": self.secret, "created_at": self.created_at,
            "informants": self.informants,
            "registry": [e.__dict__ for e in self.registry],
            "mapping": self.mapping,
            "contact_notes": self.contact_notes,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, where: str) -> KeyData:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a feltarbeid key")
            return cls(
                study_id=data.get("study_id", ""), secret=data["secret"],
                created_at=data.get("created_at", ""),
                informants=data.get("informants", {}),
                registry=[RegistryEntry(**e) for e in data.get("registry", [])],
                mapping=data.get("mapping", {}),
                contact_notes=data.get("contact_notes", {}),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise FeltarbeidError(
                f"the key decrypted but its content is not a feltarbeid key ({exc})",
                where=where, hint="restore the key from your backup",
            ) from None


# -------------------------------------------------------------------------- passphrase


def get_passphrase(prompt: bool = True, *, confirm: bool = False) -> str:
    """$FELTARBEID_KEY_PASSPHRASE, else a getpass prompt (if allowed and a terminal),
    else a clear error."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if prompt and sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Passphrase for the linking key: ")
        if confirm and getpass.getpass("Again: ") != first:
            raise FeltarbeidError("the two passphrases differ; nothing was changed",
                                  hint="run the command again and type the same passphrase twice")
        return first
    raise FeltarbeidError(
        "no passphrase for the linking key",
        hint=f"run it in a terminal to be asked, or set ${PASSPHRASE_ENV}",
    )


# -------------------------------------------------------------------------- file ops

# Decrypting costs about a second (scrypt); keep what was opened in this process,
# keyed by the file's bytes and the passphrase, so one command decrypts once.
_cache: dict[tuple[str, str, str], KeyData] = {}


def _cache_key(path: Path, blob: bytes, passphrase: str) -> tuple[str, str, str]:
    return (str(path), hashlib.sha256(blob).hexdigest(),
            hashlib.sha256(passphrase.encode()).hexdigest())


def key_exists(study: Study) -> bool:
    return study.key_path.is_file()


def _check_outside(study: Study, path: Path) -> None:
    root = study.root.resolve()
    p = path.resolve()
    for shared in (study.exports_dir, study.packets_dir):
        if p.is_relative_to(shared.resolve()):
            raise FeltarbeidError(
                "the linking key must not lie in exports/ or packets/", where=str(p),
                hint="set [key] path in feltarbeid.toml to a place outside the study",
            )
    _ = root


def create_key(study: Study, passphrase: str, *, informants: dict[str, dict] | None = None
               ) -> KeyData:
    """Create a new, empty key. Refuses to overwrite an existing one."""
    path = study.key_path
    if path.exists():
        raise FeltarbeidError(
            "a linking key exists already; nothing was changed", where=str(path),
            hint="use 'feltarbeid key add' to add to it, or 'feltarbeid key passwd'",
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise FeltarbeidError(f"the passphrase is shorter than {MIN_PASSPHRASE} characters",
                              hint="choose a longer passphrase; nothing was created")
    _check_outside(study, path)
    key = KeyData(study_id=study.study_id, informants=dict(informants or {}))
    _write(path, key, passphrase, exclusive=True)
    study.store.audit("key.create", path.name, {})
    return key


def open_key(study: Study, passphrase: str | None = None) -> KeyData:
    """Decrypt the study's key. Wrong passphrase → WrongPassphrase; nothing is changed."""
    path = study.key_path
    if not path.is_file():
        raise KeyMissing(
            "the study has no linking key", where=str(path),
            hint="create it with 'feltarbeid key create' (or set [key] path in feltarbeid.toml)",
        )
    blob = path.read_bytes()
    if not blob.startswith(AGE_HEADER):
        raise FeltarbeidError("not an age-encrypted file", where=str(path),
                              hint="restore the key from your backup")
    passphrase = passphrase if passphrase is not None else get_passphrase()
    ck = _cache_key(path, blob, passphrase)
    key = _cache.get(ck)
    if key is None:
        try:
            raw = pyrage.passphrase.decrypt(blob, passphrase)
        except pyrage.DecryptError:
            raise WrongPassphrase(
                "wrong passphrase for the linking key; nothing was changed", where=str(path),
                hint=f"try again, or check ${PASSPHRASE_ENV}",
            ) from None
        key = _cache[ck] = KeyData.from_json(raw, str(path))
    if key.study_id and key.study_id != study.study_id:
        raise FeltarbeidError(
            "this linking key belongs to another study", where=str(path),
            hint="check [key] path in feltarbeid.toml",
        )
    return _copy(key)


def save_key(study: Study, key: KeyData, passphrase: str) -> None:
    """Encrypt in memory and replace the key atomically (tmp file, fsync, rename)."""
    _write(study.key_path, key, passphrase, exclusive=False)


def change_passphrase(study: Study, old: str, new: str) -> None:
    if len(new) < MIN_PASSPHRASE:
        raise FeltarbeidError(f"the new passphrase is shorter than {MIN_PASSPHRASE} characters",
                              hint="nothing was changed")
    key = open_key(study, old)
    save_key(study, key, new)
    study.store.audit("key.passwd", study.key_path.name, {})


def export_key(study: Study, passphrase: str, target: Path) -> Path:
    """Copy the (still encrypted) key for the archive, after checking the passphrase."""
    open_key(study, passphrase)
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / study.key_path.name
    if target.exists():
        raise FeltarbeidError("the target exists; nothing was written", where=str(target),
                              hint="choose another folder, or move the old copy away first")
    _check_outside(study, target)
    blob = study.key_path.read_bytes()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
        fh.flush()
        os.fsync(fh.fileno())
    study.store.audit("key.export", target.name, {})
    return target


def delete_key(study: Study, passphrase: str) -> None:
    """End of study: overwrite and remove the key. The data become anonymous."""
    path = study.key_path
    open_key(study, passphrase)  # only someone with the passphrase may delete it
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.write(secrets.token_bytes(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    _cache.clear()
    study.store.audit("key.delete", path.name, {})


def _copy(key: KeyData) -> KeyData:
    return KeyData.from_json(key.to_json(), "")


def _write(path: Path, key: KeyData, passphrase: str, *, exclusive: bool) -> None:
    blob = pyrage.passphrase.encrypt(key.to_json(), passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            os.link(tmp, path)  # fails if the key appeared meanwhile
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
        os.fsync(dfd)
        os.close(dfd)
    except OSError:
        pass
    _cache[_cache_key(path, blob, passphrase)] = _copy(key)
