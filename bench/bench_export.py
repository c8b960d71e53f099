"""Benchmark: export 100 synthetic interviews (~9 000 words each) to .qdpx and XLSX.

    .venv/bin/python bench/bench_export.py [--interviews 100] [--words 9000] [--audio FILE]

Prints the time of each step (target: .qdpx < 5 s). The study is built in a temporary
folder straight into the store (no audio, no model); the guide is the bundled example.
``--audio FILE``: also time the conversion of one recording to m4a for
``export --with-audio`` (seconds per hour of audio, size per hour).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from timing import Timer  # bench/timing.py (the bench folder is on sys.path)

from feltarbeid.domain import Case, Informant
from feltarbeid.export import collect, refiqda, tables
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.study import init_study

REPO = Path(__file__).resolve().parent.parent




def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--interviews", type=int, default=100)
    ap.add_argument("--words", type=int, default=9000)
    ap.add_argument("--audio", type=Path, help="a recording to convert to m4a")
    args = ap.parse_args()
    if args.audio:
        _bench_audio(args.audio)

    with tempfile.TemporaryDirectory() as tmp:
        study = init_study(Path(tmp) / "bench", title="Benchmark", language="nb")
        guide, _, _ = add_to_study(study, REPO / "guides" / "en-municipal-services.yaml")
        t0 = time.perf_counter()
        words = segments = 0
        for n in range(args.interviews):
            case = Case(f"C{n % 10 + 1}", attributes={"size": ["small", "large"][n % 2]})
            inf = Informant(f"IP{n + 1:03d}", role="leder", case_code=case.code,
                            attributes={"age_band": "40–49"}, consent="written")
            made = add_interview(study.store, session_id=f"S{n + 1:03d}", informant=inf,
                                 case=case, guide=guide, guide_hash=guide.content_hash,
                                 words=args.words, seed=n, notes=("Notat under intervjuet.",))
            words += made.words
            segments += made.segments
        t_build = time.perf_counter() - t0
        print(f"built {args.interviews} interviews: {words} words, {segments} segments "
              f"in {t_build:.1f} s")

        out = Path(tmp) / "out"
        out.mkdir()
        with Timer() as t_collect:
            es = collect(study)
        with Timer() as t_qdpx:
            project = refiqda.build_project(es, timestamps="f4")
            path = refiqda.write_qdpx(project, out / "bench.qdpx")
        with Timer() as t_frames:
            seg = tables.segments_frame(es)
            cov = tables.coverage_frame(es)
        with Timer() as t_xlsx:
            tables.write_xlsx({"Segmenter": seg, "Dekning": cov}, out / "bench.xlsx")
        with Timer() as t_check:
            problems = refiqda.check_qdpx(path)
        total = t_collect.wall + t_qdpx.wall
        print(f"collect (store → ExportSet):  {t_collect}")
        print(f".qdpx build + write:          {t_qdpx}  ({path.stat().st_size / 1e6:.1f} MB, "
              f"{len(project.selections)} selections)")
        print(f"  collect + .qdpx: {total:.2f} s wall, "
              f"{t_collect.cpu + t_qdpx.cpu:.2f} s CPU — target < 5 s: "
              f"{'OK' if total < 5 else 'MISSED'}")
        print(f"tables (pandas frames):       {t_frames}  ({len(seg)} rows)")
        print(f"XLSX write (2 sheets):        {t_xlsx}  "
              f"({(out / 'bench.xlsx').stat().st_size / 1e6:.1f} MB)")
        print(f"read-back check of the .qdpx: {t_check}  ({len(problems)} problems)")
        try:
            from feltarbeid.export.run import leak_groups, run_leak_check

            groups = leak_groups(es, "f4", True)
            n = sum(len(texts) for _, texts in groups)
            with Timer() as t_leak:
                run_leak_check(study, groups, None)
            print(f"leak check ({n} texts): {t_leak}")
        except Exception as exc:  # noqa: BLE001 - report, the writers were measured
            print(f"leak check: not measured ({type(exc).__name__}: {exc})")
        study.close()


def _bench_audio(source: Path) -> None:
    from feltarbeid.export.media import convert

    with tempfile.TemporaryDirectory() as tmp, Timer() as t:
        track = convert(source, Path(tmp) / "a.m4a")
        size = track.path.stat().st_size
    import av

    with av.open(str(source)) as f:
        hours = (f.duration or 0) / 1_000_000 / 3600
    print(f"audio → m4a ({hours * 60:.1f} min): {t}; {t.wall / hours:.0f} s and "
          f"{size / hours / 1e6:.0f} MB per hour of audio")


if __name__ == "__main__":
    main()
