"""The linking key (koblingsnøkkel): one age-encrypted file outside the study folder.

It holds everything that identifies people: informants' real names and contact details,
the registry of names to remove (persons, places, workplaces, municipalities), the map
original → pseudonym, and the secret that keys the hashes the database keeps instead of
originals. The plaintext exists only in memory: ``save_key`` encrypts with pyrage
(age passphrase/scrypt), writes a temporary file beside the key, fsyncs and renames.

The free notes of the recruitment contact log (``contact_notes``) live here too: they may
name people. Deleting the key at the end of the study is what makes the data anonymous (Sikt).

The study's database remembers that a key was made (``meta.key_status``) and which one
(``meta.key_id``: the key's public age recipient, derived from its secret; no secret). So a
key that cannot be found is *lost*, not absent: nothing leaves the study and nothing is
purged until it is found, and a key of another study (or an older, replaced key) is
refused. The same public recipient lets any stage *seal* data to the key without its
passphrase (``seal``): only someone who can open the key can read it back (``unseal``).
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
from ..locale import choices, t
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


class KeyDamaged(FeltarbeidError):
    """The key file is cut off or damaged (not a question of the passphrase)."""

    exit_code = 4


# what the study's database remembers about its key (no secret)
KEY_ID_META = "key_id"  # the key's public age recipient (age1…), derived from its secret
KEY_STATUS_META = "key_status"  # created | deleted; absent: the study never had a key
_IDENTITY_CONTEXT = b"feltarbeid age identity v1"


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

    # -- identity ---------------------------------------------------------------------
    def identity(self) -> pyrage.x25519.Identity:
        """The key's age identity, derived from its secret: every copy of the key (a backup,
        an older copy) has the same one, and it needs no extra field in the file."""
        scalar = hmac.new(bytes.fromhex(self.secret), _IDENTITY_CONTEXT, hashlib.sha256).digest()
        return pyrage.x25519.Identity.from_str(_bech32("age-secret-key-", scalar).upper())

    @property
    def key_id(self) -> str:
        """The public recipient of ``identity``: names this key in the database, no secret."""
        return str(self.identity().to_public())

    # -- hashing ----------------------------------------------------------------------
    def hash(self, label: str, original: str) -> str:
        """Keyed hash of an original: what the database stores instead of the name."""
        msg = f"{label}|{normalise(original)}".encode()
        return hmac.new(bytes.fromhex(self.secret), msg, hashlib.sha256).hexdigest()[:32]

    # -- registry ---------------------------------------------------------------------
    def add_entry(self, kind: str, original: str, variants: list[str] | None = None, *,
                  pseudonym: str = "", keep: bool = False, note: str = "") -> RegistryEntry:
        if kind not in KINDS:
            raise FeltarbeidError(t("anonymise.key_bad_kind", kind=kind),
                                  hint=t("anonymise.key_bad_kind_hint", kinds=choices(KINDS)))
        original = " ".join(original.split())
        if not original:
            raise FeltarbeidError(t("anonymise.key_name_empty"),
                                  hint=t("anonymise.key_name_empty_hint"))
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
        raise FeltarbeidError(t("anonymise.key_no_entry", id=entry_id),
                              hint=t("anonymise.key_no_entry_hint"))

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
            raise FeltarbeidError(t("anonymise.key_not_a_key", error=exc), where=where,
                                  hint=t("anonymise.key_not_a_key_hint")) from None


# -------------------------------------------------------------------------- passphrase


def get_passphrase(prompt: bool = True, *, confirm: bool = False) -> str:
    """$FELTARBEID_KEY_PASSPHRASE, else a getpass prompt (if allowed and a terminal),
    else a clear error."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if prompt and sys.stdin is not None and sys.stdin.isatty():
        return ask_passphrase("anonymise.key_prompt", confirm=confirm)
    raise FeltarbeidError(t("anonymise.key_no_passphrase"),
                          hint=t("anonymise.key_no_passphrase_hint", env=PASSPHRASE_ENV))


def ask_passphrase(prompt_key: str, *, confirm: bool = False) -> str:
    """Ask at the terminal, in the study's language (the prompt ``prompt_key``); with
    ``confirm`` twice, refusing two different answers."""
    first = getpass.getpass(t(prompt_key) + " ")
    if confirm and getpass.getpass(t("anonymise.key_prompt_again") + " ") != first:
        raise FeltarbeidError(t("anonymise.key_passphrases_differ"),
                              hint=t("anonymise.key_passphrases_differ_hint"))
    return first


# -------------------------------------------------------------------------- file ops

# Decrypting costs about a second (scrypt); keep what was opened in this process,
# keyed by the file's bytes and the passphrase, so one command decrypts once.
_cache: dict[tuple[str, str, str], KeyData] = {}


def _cache_key(path: Path, blob: bytes, passphrase: str) -> tuple[str, str, str]:
    return (str(path), hashlib.sha256(blob).hexdigest(),
            hashlib.sha256(passphrase.encode()).hexdigest())


def key_state(study: Study) -> str:
    """``present`` (the file is where ``[key] path`` says), ``lost`` (the study made a key
    that is not found there), ``deleted`` (deleted on purpose: ``key delete``, ``purge``)
    or ``none`` (the study never had one)."""
    from ..store.registers import get_meta

    if study.key_path.is_file():
        return "present"
    status = get_meta(study.store, KEY_STATUS_META)
    if status == "created":
        return "lost"
    return "deleted" if status == "deleted" else "none"


def key_exists(study: Study) -> bool:
    """Whether the study has its key at hand. A key the study made that cannot be found
    raises ``KeyMissing`` (fail closed: never treat a lost key as no key)."""
    state = key_state(study)
    if state == "lost":
        raise _lost(study)
    return state == "present"


def _lost(study: Study) -> KeyMissing:
    return KeyMissing(t("safety.key_lost"), where=str(study.key_path),
                      hint=t("safety.key_lost_hint", settings=str(study.settings.path)))


def _check_outside(study: Study, path: Path) -> None:
    """A key (or a copy of it) never lies inside the study folder, whose folders are sent
    and exported: the key must stay apart from the data it unlocks."""
    p = path.resolve()
    if p.is_relative_to(study.root.resolve()):
        raise FeltarbeidError(t("safety.key_inside_study"), where=str(p),
                              hint=t("safety.key_inside_study_hint"))


def create_key(study: Study, passphrase: str, *, informants: dict[str, dict] | None = None,
               replace_lost: bool = False) -> KeyData:
    """Create a new, empty key. Refuses to overwrite an existing one, and to stand in for a
    lost one unless ``replace_lost`` (audited; what the lost key held stays lost)."""
    from ..store.registers import get_meta, set_meta

    path = study.key_path
    state = key_state(study)
    if state == "present":
        raise FeltarbeidError(t("anonymise.key_exists"), where=str(path),
                              hint=t("anonymise.key_exists_hint"))
    if state == "lost" and not replace_lost:
        raise FeltarbeidError(t("safety.key_create_lost"), where=str(path),
                              hint=t("safety.key_create_lost_hint",
                                     settings=str(study.settings.path)))
    if replace_lost and state != "lost":
        raise FeltarbeidError(t("safety.key_replace_not_lost"),
                              hint=t("safety.key_replace_not_lost_hint"))
    if len(passphrase) < MIN_PASSPHRASE:
        raise FeltarbeidError(t("anonymise.key_passphrase_short", n=MIN_PASSPHRASE),
                              hint=t("anonymise.key_passphrase_short_hint"))
    _check_outside(study, path)
    key = KeyData(study_id=study.study_id, informants=dict(informants or {}))
    old_id = get_meta(study.store, KEY_ID_META) or ""
    _write(path, key, passphrase, exclusive=True)
    with study.store.tx():
        if replace_lost:
            study.store.audit("key.replace_lost", path.name,
                              {"old_key_id": old_id, "new_key_id": key.key_id})
        set_meta(study.store, KEY_ID_META, key.key_id)
        set_meta(study.store, KEY_STATUS_META, "created")
        study.store.audit("key.create", path.name, {"key_id": key.key_id})
    return key


def open_key(study: Study, passphrase: str | None = None) -> KeyData:
    """Decrypt the study's key. Wrong passphrase → WrongPassphrase; a cut-off or damaged
    file → KeyDamaged; another study's (or a replaced) key → refused. Nothing is changed."""
    path = study.key_path
    if not path.is_file():
        if key_state(study) == "lost":
            raise _lost(study)
        raise KeyMissing(t("anonymise.key_missing"), where=str(path),
                         hint=t("anonymise.key_missing_hint"))
    blob = _whole_blob(path)
    passphrase = passphrase if passphrase is not None else get_passphrase()
    ck = _cache_key(path, blob, passphrase)
    key = _cache.get(ck)
    if key is None:
        raw = _decrypt(blob, passphrase, path)
        key = _cache[ck] = KeyData.from_json(raw, str(path))
    if key.study_id and key.study_id != study.study_id:
        raise FeltarbeidError(t("safety.key_other_study"), where=str(path),
                              hint=t("safety.key_other_study_hint"))
    _check_identity(study, key, path)
    return _copy(key)


def _whole_blob(path: Path) -> bytes:
    """The key file's bytes, if it looks like a whole age file; else KeyDamaged."""
    blob = path.read_bytes()
    if not blob.startswith(AGE_HEADER):
        raise KeyDamaged(t("safety.key_not_age"), where=str(path),
                         hint=t("safety.key_damaged_hint"))
    damage = _damage(blob)
    if damage:
        raise KeyDamaged(t("safety.key_damaged", what=t(f"safety.key_damage_{damage}")),
                         where=str(path), hint=t("safety.key_damaged_hint"))
    return blob


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the key file at ``path`` (one that is not a whole age
    file raises KeyDamaged, as ``open_key`` does)."""
    try:
        _decrypt(_whole_blob(path), passphrase, path)
    except WrongPassphrase:
        return False
    return True


def _decrypt(blob: bytes, passphrase: str, path: Path) -> bytes:
    """Decrypt a whole-looking key file, telling a wrong passphrase from a damaged file.

    age refuses to open a key whose scrypt work factor would take too long at the
    machine's speed *now* (a busy laptop opening a key made when it was idle): that is
    retried a few times, then reported as such — never as damage or a wrong passphrase.
    Any other failure is tried once more (a transient error must not call a key damaged)."""
    import time

    last = ""
    for attempt in range(4):
        try:
            return pyrage.passphrase.decrypt(blob, passphrase)
        except pyrage.DecryptError as exc:
            last = str(exc)
        if last == "Decryption failed":  # no stanza opened with this passphrase
            raise WrongPassphrase(t("safety.key_wrong_passphrase"), where=str(path),
                                  hint=t("safety.key_wrong_passphrase_hint",
                                         env=PASSPHRASE_ENV))
        if not last.startswith("Excessive work") and attempt >= 1:
            break
        time.sleep(0.5 * (attempt + 1))
    if last.startswith("Excessive work"):
        raise FeltarbeidError(t("safety.key_busy"), where=str(path),
                              hint=t("safety.key_busy_hint"))
    raise KeyDamaged(t("safety.key_damaged", what=t("safety.key_damage_payload")),
                     where=str(path), hint=t("safety.key_damaged_hint"))


def _damage(blob: bytes) -> str:
    """Why an age passphrase file is structurally broken ('' if it looks whole): a header
    without its end line, no passphrase stanza, or no room for the encrypted content."""
    end = blob.find(b"\n--- ")
    if end < 0:
        return "header"
    if b"\n-> scrypt " not in blob[:end + 1]:
        return "stanza"
    mac_end = blob.find(b"\n", end + 1)
    if mac_end < 0:
        return "header"
    if len(blob) - (mac_end + 1) < 33:  # 16-byte nonce + at least one 16-byte-tag chunk
        return "payload"
    return ""


def _check_identity(study: Study, key: KeyData, path: Path) -> None:
    """The key must be the one the study made. A study from before this check (0.1) learns
    its key's id the first time the key is opened."""
    import sqlite3

    from ..store.registers import get_meta, set_meta

    known = get_meta(study.store, KEY_ID_META)
    if known is None:
        try:
            with study.store.tx():
                set_meta(study.store, KEY_ID_META, key.key_id)
                set_meta(study.store, KEY_STATUS_META, "created")
        except sqlite3.OperationalError:
            pass  # a read-only study: it learns the id next time
        return
    if known != key.key_id:
        replaced = bool(key.study_id) and key.study_id == study.study_id
        raise FeltarbeidError(
            t("safety.key_replaced" if replaced else "safety.key_not_this_study"),
            where=str(path), hint=t("safety.key_other_study_hint"))


# -------------------------------------------------------------------------- sealing


def seal(study: Study, data: bytes, *, passphrase: str | None = None,
         open_if_needed: bool = False) -> bytes | None:
    """Encrypt ``data`` to the study's key (its public recipient; no passphrase needed).
    None when the study has no key to seal to (never made, or deleted); with
    ``open_if_needed`` a study that does not know its key's id yet opens the key once."""
    from ..store.registers import get_meta

    state = key_state(study)
    if state in ("none", "deleted"):
        return None
    recipient = get_meta(study.store, KEY_ID_META)
    if recipient is None:
        if not open_if_needed or state != "present":
            return None
        recipient = open_key(study, passphrase).key_id
    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)])


def unseal(study: Study, blob: bytes, passphrase: str | None = None) -> bytes:
    """Decrypt what ``seal`` made; needs the key (and its passphrase)."""
    key = open_key(study, passphrase)
    try:
        return pyrage.decrypt(blob, [key.identity()])
    except pyrage.DecryptError:
        raise FeltarbeidError(t("safety.unseal_failed"),
                              hint=t("safety.unseal_failed_hint")) from None


def seal_record(study: Study, value: Any, *, passphrase: str | None = None) -> Any:
    """A JSON value as it is to be stored: sealed to the key (``{"sealed": base64, "salt",
    "digest"}``; the digest lets ``same_record`` compare without the key), or the value
    itself when the study has no key to seal to (the privacy report then says so)."""
    import base64

    raw = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    blob = seal(study, raw, passphrase=passphrase, open_if_needed=True)
    if blob is None:
        return value
    salt = secrets.token_hex(16)
    return {"sealed": base64.b64encode(blob).decode("ascii"), "salt": salt,
            "digest": hashlib.sha256(salt.encode() + raw).hexdigest()}


def is_sealed_record(stored: Any) -> bool:
    return isinstance(stored, dict) and set(stored) == {"sealed", "salt", "digest"}


def same_record(stored: Any, value: Any) -> bool:
    """Whether ``stored`` (sealed or not) holds ``value``; no key needed."""
    if not is_sealed_record(stored):
        return bool(stored == value)
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hmac.compare_digest(
        hashlib.sha256(stored["salt"].encode() + raw).hexdigest(), stored["digest"])


def open_record(study: Study, stored: Any, passphrase: str | None = None) -> Any:
    """The value of a stored record (unsealed with the key if it is sealed)."""
    import base64

    if not is_sealed_record(stored):
        return stored
    return json.loads(unseal(study, base64.b64decode(stored["sealed"]), passphrase))


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32(hrp: str, data: bytes) -> str:
    """Bech32 (BIP 173) of ``data`` with human-readable part ``hrp``, as age writes keys."""
    acc = bits = 0
    words: list[int] = []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            words.append((acc >> bits) & 31)
    if bits:
        words.append((acc << (5 - bits)) & 31)
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + words + [0] * 6
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    polymod = chk ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[w] for w in words + checksum)


def save_key(study: Study, key: KeyData, passphrase: str) -> None:
    """Encrypt in memory and replace the key atomically (tmp file, fsync, rename)."""
    _write(study.key_path, key, passphrase, exclusive=False)


def change_passphrase(study: Study, old: str, new: str) -> None:
    if len(new) < MIN_PASSPHRASE:
        raise FeltarbeidError(t("anonymise.key_new_passphrase_short", n=MIN_PASSPHRASE),
                              hint=t("anonymise.nothing_changed"))
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
        raise FeltarbeidError(t("anonymise.key_target_exists"), where=str(target),
                              hint=t("anonymise.key_target_exists_hint"))
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
    from ..store.registers import set_meta

    with study.store.tx():
        set_meta(study.store, KEY_STATUS_META, "deleted")
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
