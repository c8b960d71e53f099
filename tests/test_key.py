"""The linking key: age format, file mode, wrong passphrase, no plaintext on disk, the
``feltarbeid key`` commands."""

from __future__ import annotations

import os
import stat

import pytest

from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.keyfile import (
    KeyMissing,
    WrongPassphrase,
    create_key,
    get_passphrase,
    open_key,
    save_key,
)
from feltarbeid.errors import FeltarbeidError
from feltarbeid.locale import t
from feltarbeid.study import init_study

PASS = "correct horse battery"


def test_create_open_save_and_wrong_passphrase(study):
    key = create_key(study, PASS)
    path = study.key_path
    assert path.parent == study.root.parent  # outside the study folder by default
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    blob = path.read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n-> scrypt ")
    with pytest.raises(FeltarbeidError, match=t("anonymise.key_exists")):
        create_key(study, PASS)
    assert path.read_bytes() == blob

    key = open_key(study, PASS)
    key.informants["IP01"] = {"name": "Tjorven Haugstøl", "contact": "tjorven@example.no"}
    key.add_entry("person", "Kari Nordheim", ["Kari"])
    key.add_entry("municipality", "Trøgstad")
    key.add_entry("person", "Jan Fridthjof Bernt", keep=True)
    save_key(study, key, PASS)
    raw = path.read_bytes()
    for secret in (b"Tjorven", b"Nordheim", "Trøgstad".encode(), b"tjorven@example"):
        assert secret not in raw  # never plaintext on disk
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]

    keyfile._cache.clear()  # decrypt from disk, not from this process's memory
    again = open_key(study, PASS)
    assert again.informants["IP01"]["name"] == "Tjorven Haugstøl"
    originals = again.originals()
    assert {"Kari Nordheim", "Kari", "Trøgstad", "Tjorven Haugstøl"} <= set(originals)
    assert "Jan Fridthjof Bernt" not in originals  # kept: a cited author

    with pytest.raises(WrongPassphrase, match="feil passordfrase"):
        open_key(study, "not the passphrase")
    assert path.read_bytes() == raw

    # hashes are keyed: the same name hashes differently in another study's key
    other = keyfile.KeyData()
    assert again.hash("PERSON", "Kari Nordheim") == again.hash("PERSON", "kari  nordheim")
    assert again.hash("PERSON", "Kari Nordheim") != other.hash("PERSON", "Kari Nordheim")


def test_bad_inputs(study, tmp_path, monkeypatch):
    with pytest.raises(KeyMissing):
        open_key(study, PASS)
    short = t("anonymise.key_passphrase_short", n=keyfile.MIN_PASSPHRASE)
    with pytest.raises(FeltarbeidError, match=short):
        create_key(study, "short")
    assert not study.key_path.exists()
    study.key_path.write_bytes(b"this is not age")
    with pytest.raises(FeltarbeidError, match="ikke en age-kryptert fil"):
        open_key(study, PASS)
    monkeypatch.delenv(keyfile.PASSPHRASE_ENV, raising=False)
    with pytest.raises(FeltarbeidError, match=t("anonymise.key_no_passphrase")):
        get_passphrase(prompt=False)
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, "from-env-123")
    assert get_passphrase() == "from-env-123"


def test_key_of_another_study_is_refused(study, tmp_path):
    create_key(study, PASS)
    other = init_study(tmp_path / "other", key_path=str(study.key_path))
    with pytest.raises(FeltarbeidError, match="annen studie"):
        open_key(other, PASS)
    other.close()


def test_key_commands(cli, tmp_path):
    env = {keyfile.PASSPHRASE_ENV: PASS}
    assert cli("init", "studie", "--title", "Nøkkeltest").exit_code == 0
    s = ["--study", str(tmp_path / "studie")]
    r = cli(*s, "key", "create", env=env)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "studie-nokkel.age").is_file()
    r = cli(*s, "key", "add", "Kari Nordheim", "--variant", "Kari", env=env)
    assert r.exit_code == 0, r.output
    r = cli(*s, "key", "add", "Skjeberg", "--kind", "place", env=env)
    assert r.exit_code == 0, r.output
    r = cli(*s, "key", "add", "Skjeberg", "--kind", "river", env=env)
    assert r.exit_code == 1 and t("anonymise.key_bad_kind", kind="river") in r.output
    r = cli(*s, "key", "list", env=env)
    assert r.exit_code == 0 and "Kari Nordheim" in r.stdout and "Skjeberg" in r.stdout
    r = cli(*s, "key", "list", env={keyfile.PASSPHRASE_ENV: "wrong passphrase"})
    assert r.exit_code == WrongPassphrase.exit_code and "feil passordfrase" in r.output
    assert "Traceback" not in r.output

    # change passphrase; the old one stops working
    env2 = {keyfile.PASSPHRASE_ENV: PASS, "FELTARBEID_KEY_NEW_PASSPHRASE": "new passphrase 2"}
    assert cli(*s, "key", "passwd", env=env2).exit_code == 0
    assert cli(*s, "key", "list", env=env).exit_code == WrongPassphrase.exit_code
    new = {keyfile.PASSPHRASE_ENV: "new passphrase 2"}
    r = cli(*s, "key", "export", str(tmp_path / "arkiv.age"), env=new)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "arkiv.age").read_bytes() == (tmp_path / "studie-nokkel.age").read_bytes()
    r = cli(*s, "key", "export", str(tmp_path / "studie" / "exports" / "k.age"), env=new)
    assert r.exit_code == 1 and not (tmp_path / "studie" / "exports" / "k.age").exists()

    # delete: needs the title and the passphrase
    r = cli(*s, "key", "delete", "--confirm", "feil tittel", env=new)
    assert r.exit_code == 1 and (tmp_path / "studie-nokkel.age").exists()
    r = cli(*s, "key", "delete", "--confirm", "Nøkkeltest", env=new)
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "studie-nokkel.age").exists()
    assert os.listdir(tmp_path).count("studie-nokkel.age") == 0
