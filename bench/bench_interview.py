"""Benchmark: interview app start-up and keystroke time with a 300-item guide.

    .venv/bin/python bench/bench_interview.py [--items 300] [--keys 200] [--runs 5]

Prints (targets: cold start < 0.5 s, keystroke < 20 ms):

- cold start: a real ``feltarbeid interview`` process in an 80×24 pty, from exec to the
  first screen on the terminal — the before-interview screen of a new session, and the
  interview screen of a resumed one (replaying a journal of ``--replay`` events);
- keystroke, in-process (``App.run_test``): a key press until the screen has been
  updated, for ``a`` (ask: journal fsync + store + outline), ``down`` (cursor only) and
  ``s`` (mark), and the bare ``recorder.record`` call (fsync + store mirror);
- keystroke, real process: a key sent to the pty until its event is in the journal;
- the live file (``journal/<session>.live``): a draft written per key, a heartbeat.

The machine is often shared: run it several times and take the medians (the load average
is printed first).

The guide is generated: ``--items`` items in themes of 30, each with two probes.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import yaml


def make_guide_yaml(path: Path, items: int) -> None:
    themes = []
    per = 30
    for t in range((items + per - 1) // per):
        its = []
        for i in range(min(per, items - t * per)):
            n = t * per + i
            its.append({
                "id": f"q{n:03d}",
                "question": f"Question {n} about topic {t}: how does the office handle case "
                            f"type {n} when several agencies are involved?",
                "must": n % 3 == 0,
                "probes": [{"id": f"q{n:03d}-p1", "followup": "Who decides?"},
                           {"id": f"q{n:03d}-p2", "conditional": "If so, how often?"}],
            })
        themes.append({"id": f"t{t + 1}", "label": f"Tema {t + 1}.",
                       "title": f"Theme number {t + 1}", "minutes": 10, "items": its})
    doc = {"id": "bench-300", "title": f"Benchmark guide ({items} items)", "language": "en",
           "version": "1", "themes": themes}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def ms(values: list[float]) -> str:
    v = sorted(values)
    p95 = v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]
    return (f"median {statistics.median(v) * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms   "
            f"max {v[-1] * 1000:6.1f} ms   (n={len(v)})")


def new_study(tmp: Path, guide_file: Path):  # type: ignore[no-untyped-def]
    from feltarbeid.domain import Informant
    from feltarbeid.interview.guides import guide_for_new_session
    from feltarbeid.store.registers import add_informant
    from feltarbeid.study import init_study

    study = init_study(tmp / "studie", title="bench", language="en")
    add_informant(study.store, Informant(code="IP01", consent="written",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    guide = guide_for_new_session(study, guide_file)
    return study, guide


def cold_start(guide_file: Path, runs: int, replay: int) -> None:
    from feltarbeid.interview.recorder import SessionRecorder, SessionSetup
    from feltarbeid.tui.ptyrun import TuiProcess

    with tempfile.TemporaryDirectory() as d:
        study, guide = new_study(Path(d), guide_file)
        root = study.root
        args = ("--informant", "IP01", "--guide", str(guide_file))
        new_times, new_cpu = [], []
        for _ in range(runs):
            tui = TuiProcess(root, *args, "--new")
            new_times.append(tui.wait_for_text("Ready", settle=0))
            new_cpu.append(tui.cpu_seconds() or 0.0)
            tui.kill()
        print(f"cold start, new session (before screen):  {ms(new_times)}")
        print(f"  CPU time of the process at that point:  {ms(new_cpu)}")
        rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"]))
        rec.mark_recording_start()
        ids = [it.id for _, it in guide.items()]
        for i in range(replay - 2):
            rec.ask(ids[i % len(ids)]) if i % 4 == 0 else rec.note(f"note {i}")
        rec.pause()
        rec.close()
        n_events = rec.state.n_events
        study.close()
        res_times, res_cpu = [], []
        for _ in range(runs):
            tui = TuiProcess(root, *args)
            res_times.append(tui.wait_for_text("resumed", settle=0))
            res_cpu.append(tui.cpu_seconds() or 0.0)
            tui.kill()
        print(f"cold start, resume ({n_events} events replayed): {ms(res_times)}")
        print(f"  CPU time of the process at that point:  {ms(res_cpu)}")

        # keys sent to the real process: until the next frame is written to the terminal,
        # and until the key's event is durable in the journal
        from feltarbeid.interview.journal import Journal, journal_path

        tui = TuiProcess(root, *args)
        tui.wait_for_text("resumed", settle=5.0)  # let the toast go
        journal = Journal(journal_path(root / "journal", "S001"))
        frame: dict[str, list[float]] = {"down": [], "s": []}
        durable = []
        # down, s, u, down, s, u ...: every key changes the screen (s and u toggle the
        # item under the cursor), so the next frame written is the key's own
        for i in range(90):
            name = ("down", "s", "s")[i % 3]
            key = ("\x1b[B", "s", "u")[i % 3]
            size, out = journal.path.stat().st_size, len(tui.output)
            t0 = time.perf_counter()
            tui.send(key)
            if name == "s":  # the event is on disk before the screen changes
                while journal.path.stat().st_size == size:
                    time.sleep(0.0002)
                durable.append(time.perf_counter() - t0)
            while len(tui.output) == out:
                time.sleep(0.0002)
            frame[name].append(time.perf_counter() - t0)
            time.sleep(0.05 + 0.05 * (i % 3))
        tui.kill()
        print(f"key in pty → frame written, down (cursor): {ms(frame['down'])}")
        print(f"key in pty → frame written, s/u (mark):    {ms(frame['s'])}")
        print(f"key in pty → event fsynced in journal:    {ms(durable)}")


async def keystrokes(guide_file: Path, keys: int) -> None:
    """CPU time per key in-process (``time.process_time``: other processes on the machine
    do not count), less the same measure for an app that does nothing with the key."""
    from textual.app import App
    from textual.widgets import Static

    from feltarbeid.interview.app import InterviewApp
    from feltarbeid.interview.recorder import SessionRecorder, SessionSetup

    class Idle(App[None]):
        BINDINGS = [("s", "noop", ""), ("down", "noop", "")]

        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("idle")

        def action_noop(self) -> None:
            pass

    async def cpu_per_key(app: App[None], names: tuple[str, ...]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {k: [] for k in names}
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for i in range(keys):
                key = names[i % len(names)]
                t0 = time.process_time()
                await pilot.press(key)
                await pilot.pause()
                out[key].append(time.process_time() - t0)
        return out

    base = await cpu_per_key(Idle(), ("s", "down"))
    base_ms = statistics.median(base["s"] + base["down"])
    with tempfile.TemporaryDirectory() as d:
        study, guide = new_study(Path(d), guide_file)
        rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"]))
        rec.mark_recording_start()
        res = await cpu_per_key(InterviewApp(study, guide, recorder=rec), ("a", "down", "s"))
        print(f"harness baseline (idle app), CPU per key: {base_ms * 1000:6.1f} ms (subtracted)")
        for key, label in (("a", "a (ask: fsync+store+outline)"),
                           ("down", "down (cursor)"), ("s", "s (mark spontaneous)")):
            net = [max(0.0, v - base_ms) for v in res[key]]
            print(f"keystroke CPU, {label:30s} {ms(net)}")
        t = []
        for i in range(keys):
            t0 = time.perf_counter()
            rec.bookmark() if i % 2 else rec.note("x")
            t.append(time.perf_counter() - t0)
        print(f"recorder.record wall (fsync + store):     {ms(t)}")
        # the live file: a draft is written on every key of a note dialog (no fsync), a
        # heartbeat every second (an fsync of file and folder every 10 s or after a draft)
        t = []
        for i in range(keys):
            t0 = time.perf_counter()
            rec.set_draft("free", "x" * (i % 80), item_id=None, opened=0.0)
            t.append(time.perf_counter() - t0)
        print(f"draft write per key (write + rename):     {ms(t)}")
        t = []
        for _ in range(keys):
            t0 = time.perf_counter()
            rec.beat()
            t.append(time.perf_counter() - t0)
        print(f"heartbeat (first one fsyncs the draft):   {ms(t)}")
        rec.clear_draft()
        print(f"events in the session: {rec.state.n_events}")
        rec.close()
        study.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=300)
    ap.add_argument("--keys", type=int, default=150)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--replay", type=int, default=2000)
    args = ap.parse_args()
    import os

    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (wall times include waiting for a CPU)")
    with tempfile.TemporaryDirectory() as d:
        guide_file = Path(d) / "bench-guide.yaml"
        make_guide_yaml(guide_file, args.items)
        print(f"guide: {args.items} items; terminal 80x24")
        cold_start(guide_file, args.runs, args.replay)
        asyncio.run(keystrokes(guide_file, args.keys))


if __name__ == "__main__":
    main()
