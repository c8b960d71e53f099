"""Benchmark: the transcript workbench with a 2-hour transcript.

    .venv/bin/python bench/bench_workbench.py [--passages 1500] [--edits 3000] [--runs 3]

Prints (targets: open < 1 s, keystroke to screen < 50 ms median, seek-and-play < 200 ms;
measured, not asserted):

- open: a real ``feltarbeid transcript edit`` process in an 80×24 pty, from exec until
  the first passage is on the terminal — a transcript of ``--passages`` passages (about
  two hours) whose journal holds ``--edits`` keystrokes to replay; and in-process, the
  workbench opening (store + journal replay) and the app's first screen;
- keystroke: a character typed into the real process until the next frame is written to
  the terminal, and until its edit is fsynced in the journal; in-process, the CPU time the
  app spends per key (less an idle app's);
- seek-and-play: ``Player.play(start)`` at random places of a 2-hour recording until its
  first sound is delivered, through the fake output (decode, seek and time-stretch; no
  device); through the real sound device too when there is one; and in the app, F4 on a
  passage until its first sound.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import Timer  # noqa: E402


def ms(values: list[float]) -> str:
    v = sorted(values)
    p95 = v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]
    return (f"median {statistics.median(v) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
            f"max {v[-1] * 1000:7.1f} ms   (n={len(v)})")


def make_audio(path: Path, seconds: float) -> Path | None:
    """A long, small recording (a tone, mp3 at 16 kbit/s) made with ffmpeg."""
    cmd = ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
           f"sine=frequency=220:sample_rate=16000:duration={seconds}", "-ac", "1",
           "-b:a", "16k", str(path)]
    try:
        subprocess.run(cmd, check=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"(no ffmpeg recording: {exc})")
        return None
    return path


def build(tmp: Path, passages: int, edits: int, audio: Path | None):  # type: ignore[no-untyped-def]
    from feltarbeid.study import init_study
    from feltarbeid.workbench.session import Workbench
    from feltarbeid.workbench.synthetic import add_transcript, passage_segments

    study = init_study(tmp / "studie", title="bench", language="en")
    segments = passage_segments(passages)
    tid = add_transcript(study, segments, audio=audio)
    wb = Workbench.open(study, tid)
    rng = random.Random(3)
    for i in range(edits):  # typing here and there, as a day's corrections would
        p = (i // 40) % len(wb.draft)
        wb.splice(p, 0, 0, rng.choice("abcdefgh "))
    wb.move(0, 0, 0.0)
    wb.close()
    return study, tid, segments[-1].end


def cold_start(root: Path, tid: int, passages: int, runs: int) -> None:
    from feltarbeid.tui.ptyrun import TuiProcess

    times, cpu = [], []
    for _ in range(runs):
        tui = TuiProcess(root, str(tid), "--no-sound", lang="en",
                         command=("transcript", "edit"))
        times.append(tui.wait_for_text(f"#1/{passages}", settle=0))
        cpu.append(tui.cpu_seconds() or 0.0)
        tui.kill()
    print(f"open, real process (exec → first passage shown): {ms(times)}")
    print(f"  CPU time of the process at that point:        {ms(cpu)}")

    # keys typed into the real process: until the next frame, until fsynced
    from feltarbeid.study import open_study
    from feltarbeid.tui.journal import Journal
    from feltarbeid.workbench.session import journal_file

    s = open_study(root)
    path = journal_file(s, tid, "S001")
    s.close()
    journal = Journal(path)
    tui = TuiProcess(root, str(tid), "--no-sound", lang="en", command=("transcript", "edit"))
    tui.wait_for_text(f"#1/{passages}", settle=3.0)
    frame, durable = [], []
    for i in range(80):
        size, out = journal.path.stat().st_size, len(tui.output)
        t0 = time.perf_counter()
        tui.send("xy"[i % 2])
        while journal.path.stat().st_size == size:
            time.sleep(0.0002)
        durable.append(time.perf_counter() - t0)
        while len(tui.output) == out:
            time.sleep(0.0002)
        frame.append(time.perf_counter() - t0)
        time.sleep(0.06)
    tui.kill()
    print(f"key in pty → edit fsynced in the journal:      {ms(durable)}")
    print(f"key in pty → frame written to the terminal:    {ms(frame)}")


async def in_process(study, tid: int, keys: int) -> None:  # type: ignore[no-untyped-def]
    from textual.app import App
    from textual.widgets import TextArea

    from feltarbeid.workbench.app import WorkbenchApp
    from feltarbeid.workbench.audio import Audio
    from feltarbeid.workbench.session import Workbench

    with Timer() as t_open:
        wb = Workbench.open(study, tid)
    print(f"Workbench.open (store + journal replay):       {t_open}")
    app = WorkbenchApp(wb, audio=Audio(None, "bench"))
    t0 = time.perf_counter()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(f"app: first screen composed and drawn:          "
              f"{(time.perf_counter() - t0) * 1000:7.1f} ms")
        per_key = []
        for i in range(keys):
            c0 = time.process_time()
            await pilot.press("xy"[i % 2])
            await pilot.pause()
            per_key.append(time.process_time() - c0)
        moves = []
        for i in range(keys // 2):
            c0 = time.process_time()
            await pilot.press("pagedown" if i % 2 == 0 else "pageup")
            await pilot.pause()
            moves.append(time.process_time() - c0)

    class Idle(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield TextArea()

    idle = []
    async with Idle().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for i in range(keys):
            c0 = time.process_time()
            await pilot.press("xy"[i % 2])
            await pilot.pause()
            idle.append(time.process_time() - c0)
    base = statistics.median(idle)
    print(f"harness baseline (a bare TextArea), CPU/key:   {base * 1000:7.1f} ms (subtracted)")
    net_keys = [max(0.0, v - base) for v in per_key]
    net_moves = [max(0.0, v - base) for v in moves]
    print(f"keystroke CPU in-process (journal + draw):     {ms(net_keys)}")
    print(f"next/previous passage CPU in-process:          {ms(net_moves)}")


def seek_and_play(audio: Path, duration: float, tries: int) -> None:
    from feltarbeid.playback import FakeOutput, NoDeviceError, Player

    rng = random.Random(5)
    out = FakeOutput()

    def first_sound(player: Player, n: int) -> list[float]:
        times = []
        for _ in range(n):
            at = rng.uniform(0, duration - 30)
            out.reset()
            t0 = time.perf_counter()
            player.play(at)
            out.advance(0.02)
            times.append(time.perf_counter() - t0)
            player.pause()
        return times

    with Player(audio, output=out) as player:
        print(f"seek-and-play, fake output (first 20 ms out):  {ms(first_sound(player, tries))}")
        player.set_speed(1.25)
        print(f"  the same at 1.25× (time-stretched):          "
              f"{ms(first_sound(player, tries // 2))}")
    try:
        real = Player(audio, require_device=True)
    except NoDeviceError as exc:
        print(f"seek-and-play, real device: none here ({exc.what})")
        return
    with real:
        times = []
        for _ in range(tries // 2):
            at = rng.uniform(0, duration - 30)
            t0 = time.perf_counter()
            real.play(at)
            while real.position() <= at + 0.001 and time.perf_counter() - t0 < 2:
                time.sleep(0.001)
            times.append(time.perf_counter() - t0)
            real.pause()
        print(f"seek-and-play, real device (position moves):   {ms(times)}")


async def app_seek_and_play(study, tid: int, audio: Path, tries: int) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.playback import FakeOutput, Player
    from feltarbeid.workbench.app import WorkbenchApp
    from feltarbeid.workbench.audio import Audio
    from feltarbeid.workbench.session import Workbench

    out = FakeOutput()
    app = WorkbenchApp(Workbench.open(study, tid), audio=Audio(Player(audio, output=out)))
    times, keys = [], []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        for i in range(tries):
            screen.goto(37 * i + 11)  # a passage somewhere else in the recording
            await pilot.pause()
            out.reset()
            t0 = time.perf_counter()
            screen.action_play_pause()  # what F4 does
            out.advance(0.02)
            times.append(time.perf_counter() - t0)
            screen.action_play_pause()
            await pilot.pause()
            screen.goto(37 * i + 29)
            await pilot.pause()
            out.reset()
            t0 = time.perf_counter()
            await pilot.press("f4")  # the key through Textual's input handling too
            out.advance(0.02)
            keys.append(time.perf_counter() - t0)
            await pilot.press("f4")
    print(f"in the app: F4's action → first sound:         {ms(times)}")
    print(f"  the F4 key through the pilot → first sound:  {ms(keys)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=1500)
    ap.add_argument("--edits", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keys", type=int, default=120)
    args = ap.parse_args()
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (wall times include waiting for a CPU)")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        hours = args.passages * 5.0 / 3600
        with Timer() as t_audio:
            audio = make_audio(tmp / "long.mp3", args.passages * 5.0)
        if audio:
            print(f"recording: {hours:.1f} h tone, mp3 16 kbit/s (made in {t_audio})")
        study, tid, duration = build(tmp, args.passages, args.edits, audio)
        print(f"transcript: {args.passages} passages, {duration / 3600:.1f} h; journal: "
              f"{args.edits} edits to replay; terminal 80x24")
        root = study.root
        study.close()
        cold_start(root, tid, args.passages, args.runs)
        from feltarbeid.study import open_study

        study = open_study(root)
        asyncio.run(in_process(study, tid, args.keys))
        if audio:
            seek_and_play(study.root / "recordings" / f"r1{audio.suffix}", duration, 40)
            asyncio.run(app_seek_and_play(study, tid, study.root / "recordings" /
                                          f"r1{audio.suffix}", 10))
        study.close()


if __name__ == "__main__":
    main()
