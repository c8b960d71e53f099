"""Run QualCoder's own REFI-QDA project importer headless on a ``.qdpx`` and print what
came through (codes, colours, codings, annotations, cases, variables, audio).

QualCoder is not on PyPI and is not a dependency of feltarbeid: this is a check a
developer runs by hand against a QualCoder checkout (GPL/LGPL code, never copied here).

    python -m venv /tmp/qc && /tmp/qc/bin/pip install PyQt6
    git clone https://github.com/ccbogel/QualCoder /tmp/QualCoder
    QT_QPA_PLATFORM=offscreen /tmp/qc/bin/python scripts/qualcoder_import_check.py \\
        --qualcoder /tmp/QualCoder/src export.qdpx [--json out.json]

Only ``qualcoder/refi.py``, ``color_selector.py`` and two generated GUI modules are
imported; ``qualcoder.helpers`` (message boxes, PDF and image helpers) is replaced by a
stub whose dialogs do nothing. The project database is created with the table
definitions QualCoder uses for a new project (``__main__.py``), in a temporary folder.
"""

from __future__ import annotations

import argparse
import builtins
import json
import sqlite3
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE project (databaseversion text, date text, memo text, about text,
  bookmarkfile integer, bookmarkpos integer, codername text, recently_used_codes text,
  avbookmarkfile integer, avbookmarkmsec integer, avbookmarktextpos integer);
CREATE TABLE source (id integer primary key, name text, fulltext text, mediapath text,
  memo text, owner text, date text, av_text_id integer, risid integer, unique(name));
CREATE TABLE code_image (imid integer primary key, id integer, x1 integer, y1 integer,
  width integer, height integer, cid integer, memo text, date text, owner text,
  important integer, pdf_page integer);
CREATE TABLE code_av (avid integer primary key, id integer, pos0 integer, pos1 integer,
  cid integer, memo text, date text, owner text, important integer);
CREATE TABLE annotation (anid integer primary key, fid integer, pos0 integer,
  pos1 integer, memo text, owner text, date text, unique(fid,pos0,pos1,owner));
CREATE TABLE attribute_type (name text primary key, date text, owner text, memo text,
  caseOrFile text, valuetype text);
CREATE TABLE attribute (attrid integer primary key, name text, attr_type text,
  value text, id integer, date text, owner text, unique(name,attr_type,id));
CREATE TABLE case_text (id integer primary key, caseid integer, fid integer,
  pos0 integer, pos1 integer, owner text, date text, memo text);
CREATE TABLE cases (caseid integer primary key, name text, memo text, owner text,
  date text, constraint ucm unique(name));
CREATE TABLE code_cat (catid integer primary key, name text, owner text, date text,
  memo text, supercatid integer, unique(name));
CREATE TABLE code_text (ctid integer primary key, cid integer, fid integer, seltext text,
  pos0 integer, pos1 integer, owner text, date text, memo text, avid integer,
  important integer, unique(cid,fid,pos0,pos1, owner));
CREATE TABLE code_name (cid integer primary key, name text, memo text, catid integer,
  owner text, date text, color text, supercid integer, unique(name));
CREATE TABLE journal (jid integer primary key, name text, jentry text, date text,
  owner text, unique(name));
INSERT INTO project(databaseversion, memo) VALUES ('v12', '');
"""


class _Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def append(self, text: str) -> None:
        self.lines.append(str(text))


class _App:
    def __init__(self, folder: Path) -> None:
        self.project_path = str(folder)
        for sub in ("documents", "audio", "video", "images"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(folder / "data.qda")
        self.conn.executescript(SCHEMA)
        self.settings = {"directory": str(folder), "codername": "default", "ai_enable": "False"}
        self.ai_models: list[Any] = []

    def write_config_ini(self, *args: Any) -> None:
        pass


def _load_refi(src: Path) -> Any:
    sys.path.insert(0, str(src))
    builtins._ = lambda s: s  # type: ignore[attr-defined]  # QualCoder's gettext hook
    helpers = types.ModuleType("qualcoder.helpers")

    class Message:  # the message boxes: print instead of opening a window
        def __init__(self, app: Any, title: str, text: str, *args: Any) -> None:
            self.text = text

        def exec(self) -> int:
            return 0

    helpers.Message = Message  # type: ignore[attr-defined]
    sys.modules["qualcoder.helpers"] = helpers
    from PyQt6 import QtWidgets

    global _qt_app  # noqa: PLW0603 - kept alive for the progress dialog
    _qt_app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from qualcoder import refi

    return refi


_qt_app: Any = None


def run_import(qualcoder_src: Path, qdpx: Path) -> dict[str, Any]:
    refi = _load_refi(qualcoder_src)
    work = Path(tempfile.mkdtemp(prefix="qc-import-"))
    project = work / "project.qda"
    app = _App(project)
    copy = work / qdpx.name
    copy.write_bytes(qdpx.read_bytes())
    log = _Log()
    imp = refi.RefiImport.__new__(refi.RefiImport)
    imp.__dict__.update(dict(
        app=app, parent_textedit=log, import_type="qdpx", file_path=str(copy),
        folder_name="", sources_name="/Sources", file_vars=[], annotations=[], links=[],
        tree=None, codes=[], users=[], cases=[], sources=[], source_name_prefix=0,
        variables=[], xml=None, base_path="", software_name="", xmlns_version="1.0",
        pd=None, pd_value=0))
    imp.import_project()
    cur = app.conn.cursor()

    def rows(sql: str) -> list[dict[str, Any]]:
        cur.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    sources = rows("SELECT id, name, mediapath, length(fulltext) AS length, fulltext "
                   "FROM source ORDER BY id")
    texts = {s["id"]: s.pop("fulltext") or "" for s in sources}
    codings = rows("SELECT c.cid, n.name AS code, c.fid, c.pos0, c.pos1, c.seltext "
                   "FROM code_text c LEFT JOIN code_name n ON n.cid = c.cid ORDER BY ctid")
    offsets_exact = all(texts.get(c["fid"], "")[c["pos0"]:c["pos1"]] == c["seltext"]
                        for c in codings)
    annotations = rows("SELECT fid, pos0, pos1, memo, date FROM annotation ORDER BY anid")
    for a in annotations:
        a["text_at"] = texts.get(a["fid"], "")[a["pos0"]:a["pos1"]]
    return {
        "log": log.lines,
        "categories": rows("SELECT catid, name, supercatid FROM code_cat ORDER BY catid"),
        "codes": rows("SELECT cid, name, color, catid, supercid FROM code_name ORDER BY cid"),
        "sources": sources,
        "codings": len(codings),
        "codings_without_code": sum(1 for c in codings if c["cid"] is None),
        "codings_per_code": _count(c["code"] for c in codings),
        "offsets_exact": offsets_exact,
        "annotations": annotations,
        "journal": rows("SELECT name, jentry FROM journal ORDER BY jid"),
        "cases": rows("SELECT caseid, name FROM cases ORDER BY caseid"),
        "case_sources": rows("SELECT caseid, fid FROM case_text ORDER BY caseid, fid"),
        "variables": rows("SELECT name, caseOrFile, valuetype FROM attribute_type ORDER BY name"),
        "values": rows("SELECT name, attr_type, id, value FROM attribute "
                       "ORDER BY attr_type, id, name"),
        "audio_codings": rows("SELECT id, pos0, pos1, cid FROM code_av ORDER BY avid"),
        "audio_files": sorted(p.name for p in (project / "audio").iterdir()),
    }


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[str(v)] = out.get(str(v), 0) + 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("qdpx", type=Path)
    ap.add_argument("--qualcoder", type=Path, required=True,
                    help="QualCoder's src folder (the one that holds qualcoder/refi.py)")
    ap.add_argument("--json", type=Path, help="write the full result here")
    args = ap.parse_args()
    result = run_import(args.qualcoder, args.qdpx)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"sources: {[s['name'] for s in result['sources']]}")
    print(f"categories: {[c['name'] for c in result['categories']]}")
    print(f"codes: {len(result['codes'])}, without colour from the file: "
          f"see 'color' in --json")
    print(f"codings: {result['codings']} (without a code: {result['codings_without_code']}),"
          f" offsets exact: {result['offsets_exact']}")
    print(f"annotations: {len(result['annotations'])}")
    for a in result["annotations"]:
        print(f"  [{a['pos0']}, {a['pos1']}) {a['memo']!r} at {a['text_at'][:60]!r}")
    print(f"journal entries: {len(result['journal'])}")
    print(f"cases: {[c['name'] for c in result['cases']]}")
    print(f"variables: {[(v['name'], v['caseOrFile']) for v in result['variables']]}")
    print(f"audio files: {result['audio_files']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
