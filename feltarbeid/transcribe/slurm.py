"""A Slurm job array for HPC systems (e.g. TSD): one array task per planned recording.

The script and its plan file go to ``<study>/slurm/``. Job and file names carry no
personal data: the job is called ``feltarbeid-transcribe``, tasks are numbered, and the
plan lists recording ids only. Each task runs ``feltarbeid transcribe --task INDEX``, which
transcribes that one recording and commits it like a local run (same code, same result).
The study folder must be on a file system the compute nodes share.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from pathlib import Path

from ..study import Study
from .batch import plan

JOB_NAME = "feltarbeid-transcribe"


def write_array_script(study: Study, *, model: str | None = None, mode: str | None = None,
                       allow_download: bool = False, threads: int | None = None,
                       cpus: int = 2, mem: str = "4G",
                       hours: int = 4) -> tuple[Path | None, Path, int]:
    """Write the plan file and the sbatch script; returns (script, plan file, tasks).
    With nothing to do, no script is written (script is None)."""
    p = plan(study, model=model, mode=mode, allow_download=allow_download or None)
    folder = study.root / "slurm"
    folder.mkdir(exist_ok=True)
    plan_path = folder / f"plan-{p.settings_hash}.json"
    content = {"settings_hash": p.settings_hash, "model": p.model.name,
               "recordings": [t.recording_id for t in p.tasks]}
    tmp = plan_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(content, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, plan_path)
    n = len(p.tasks)
    if n == 0:
        return None, plan_path, 0
    beside = Path(sys.executable).with_name("feltarbeid")
    exe = str(beside) if beside.is_file() else (shutil.which("feltarbeid") or "feltarbeid")
    args = ["--study", str(study.root), "transcribe", "--plan", str(plan_path),
            "--threads", str(threads or cpus)]
    if model:
        args += ["--model", model]
    if mode:
        args += ["--mode", mode]
    script = folder / f"transcribe-array-{p.settings_hash}.sh"
    lines = [
        "#!/bin/bash",
        f"#SBATCH --job-name={JOB_NAME}",
        f"#SBATCH --array=0-{n - 1}",
        f"#SBATCH --cpus-per-task={cpus}",
        f"#SBATCH --mem={mem}",
        f"#SBATCH --time={hours:02d}:00:00",
        f"#SBATCH --output={shlex.quote(str(study.logs_dir))}/slurm-%A_%a.out",
        "# Written by 'feltarbeid transcribe --slurm-array'. One task per recording;",
        "# each task commits its own result. Re-running skips finished recordings.",
        "set -euo pipefail",
        f"{shlex.quote(exe)} {' '.join(shlex.quote(a) for a in args)} "
        '--task "$SLURM_ARRAY_TASK_ID"',
        "",
    ]
    tmp = script.with_suffix(".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    os.chmod(tmp, 0o700)
    os.replace(tmp, script)
    return script, plan_path, n
