"""Where the per-file tasks run: in this process, in a local process pool, or on a Dask
cluster. Each executor takes a lazy iterator of tasks (the batch decides, file by file,
whether to start another) and yields results as they finish. The task function is the
same everywhere (``worker.run_task``), so the results are the same whichever way it runs.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from ..errors import FeltarbeidError
from ..locale import t
from .worker import Task, TaskResult, run_task

STOP_WAIT = 20.0  # seconds a worker gets to leave its file after Ctrl-C before it is killed


def run_inline(tasks: Iterable[Task], *, threads: int) -> Iterator[TaskResult]:
    for task in tasks:
        yield run_task(task, threads)


def _die_with_parent() -> None:
    """Linux: a worker process ends when the batch process is killed (even by SIGKILL),
    instead of finishing a long file nobody will commit. Ctrl-C reaches every process of
    the terminal's group: a worker ignores it, the batch stops the workers itself (no
    worker tracebacks, no half-closed queues)."""
    import contextlib
    import ctypes
    import signal
    import sys

    def stop(signum: int, frame: object) -> None:
        # give up the file: the task returns through Python, so the worker's own exit
        # handlers run when the pool closes (a bare kill leaves their semaphores behind)
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # started with it held back (_ctrl_c_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # a pending one is dropped
    signal.signal(signal.SIGTERM, stop)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Start worker processes with Ctrl-C held back: a worker still starting when Ctrl-C
    comes would otherwise die with a traceback before ``_die_with_parent`` makes it ignore
    Ctrl-C. Held twice: blocked (as multiprocessing starts its resource tracker), which
    the new process inherits; and deferred in this process, since another thread of it
    (the progress display) may take the signal while this one blocks it — Python then
    raised KeyboardInterrupt here between starting a worker and sending it its start-up
    data, and the worker died reading them ('EOFError: Ran out of input'). The batch gets
    a Ctrl-C that came meanwhile as soon as the workers are started."""
    import signal
    import threading

    if (not hasattr(signal, "pthread_sigmask")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    came: list[int] = []
    handler = signal.signal(signal.SIGINT, lambda signum, frame: came.append(signum))
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        signal.signal(signal.SIGINT, handler)
        if came:
            signal.raise_signal(signal.SIGINT)  # now, to the batch's own handler


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (the files they run are given up) and wait for the pool's
    threads and queues to close, so nothing is left behind."""
    known = getattr(pool, "_processes", None)  # pid -> Process (CPython's pool keeps it)
    processes = list(known.values()) if isinstance(known, dict) else []
    # the pool's manager thread: the first shutdown below forgets it, so the last one would
    # not wait for it, and a thread still closing its pipe at exit made Python print a
    # traceback ('Bad file descriptor' in concurrent.futures' exit hook) after a Ctrl-C
    manager = getattr(pool, "_executor_manager_thread", None)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()  # SIGTERM: the worker leaves its task (see _die_with_parent)
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        proc.join(STOP_WAIT)
    for proc in processes:
        if proc.is_alive():  # stuck in native code: no choice left
            proc.kill()
            proc.join(5)
    pool.shutdown(wait=True, cancel_futures=True)
    if manager is not None:
        manager.join(STOP_WAIT)


def run_pool(tasks: Iterable[Task], *, workers: int, threads: int) -> Iterator[TaskResult]:
    """``workers`` processes with ``threads`` threads each; at most ``workers`` files in
    flight. A worker process that dies (killed, out of memory) fails its file only."""
    it = iter(tasks)
    ctx = mp.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                               initializer=_die_with_parent)
    inflight: dict[Future[TaskResult], Task] = {}

    def fill() -> None:
        while len(inflight) < workers:
            task = next(it, None)
            if task is None:
                return
            with _ctrl_c_held():  # submit starts the worker processes (spawn)
                inflight[pool.submit(run_task, task, threads)] = task

    try:
        fill()
        while inflight:
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = inflight.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    yield TaskResult(task.recording_id, False, error=t("transcribe.worker_died"))
            if broken:
                for fut, task in list(inflight.items()):
                    inflight.pop(fut)
                    yield TaskResult(task.recording_id, False, error=t("transcribe.worker_died"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                           initializer=_die_with_parent)
            fill()
    except BaseException:  # Ctrl-C, SIGTERM, or the batch closing the generator early
        _stop_pool(pool)
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_dask(tasks: Iterable[Task], *, address: str, threads: int = 1) -> Iterator[TaskResult]:
    """Run on an existing Dask cluster (``tcp://host:port``). Workers must see the study's
    recordings at the same path (a shared file system) and have feltarbeid installed."""
    try:
        from distributed import Client, as_completed
    except ImportError:  # pragma: no cover - declared dependency
        raise FeltarbeidError(t("transcribe.no_dask"), hint="pip install distributed") from None
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ...
        raise FeltarbeidError(t("transcribe.no_cluster", detail=type(exc).__name__),
                              where=address, hint=t("transcribe.no_cluster_hint")) from None
    try:
        slots = max(1, sum(client.nthreads().values()))
        it = iter(tasks)
        pending: dict[object, Task] = {}

        def submit() -> object | None:
            task = next(it, None)
            if task is None:
                return None
            fut = client.submit(run_task, task, threads, pure=False,
                                key=f"feltarbeid-rec-{task.recording_id}-{task.settings_hash}")
            pending[fut] = task
            return fut

        first = [f for f in (submit() for _ in range(slots)) if f is not None]
        if not first:
            return
        ac = as_completed(first, loop=client.loop)
        for fut in ac:
            task = pending.pop(fut)
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - worker lost etc.
                yield TaskResult(task.recording_id, False,
                                 error=t("transcribe.dask_task_failed", kind=type(exc).__name__))
            nxt = submit()
            if nxt is not None:
                ac.add(nxt)
    finally:
        client.close()
