"""``feltarbeid demo DIR``: a demo study built from the bundled guide and sample audio, with
every stage run on it. Each stage is one step below; the demo calls the same functions the
CLI calls, so it shows what a real study goes through.

The sample interview (``sample_audio/``) is synthetic English speech, so the demo study's
language is English; its answers mention invented people and real Norwegian municipalities.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from .domain import Case, Informant
from .errors import FeltarbeidError
from .locale import t
from .store import registers as reg
from .study import Study, init_study, is_study
from .timeutil import now_iso

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSPHRASE = "demo-passphrase-not-for-real-studies"
DEMO_GUIDE = "en-municipal-services.yaml"
DEMO_INFORMANT = "IP01"
DEMO_CASE = "K1"


def resource_dir(name: str) -> Path:
    """``guides`` or ``sample_audio``: beside the package in a checkout."""
    path = REPO_ROOT / name
    if not path.is_dir():
        raise FeltarbeidError(
            f"the demo needs the '{name}' folder of the feltarbeid repository",
            where=str(path),
            hint="run the demo from a checkout of the repository (make demo)",
        )
    return path


def build_demo(directory: Path, *, force: bool = False, console: Console | None = None) -> Study:
    console = console or Console()
    directory = Path(directory)
    key_path = directory.resolve().parent / f"{directory.resolve().name}-nokkel.age"
    if directory.exists():
        if not force:
            raise FeltarbeidError(
                "the folder exists already", where=str(directory),
                hint="use --force to replace the demo study, or choose another folder",
            )
        if not is_study(directory):
            raise FeltarbeidError(
                "the folder exists and is not a feltarbeid study; not touching it",
                where=str(directory), hint="choose another folder",
            )
        shutil.rmtree(directory)
        key_path.unlink(missing_ok=True)
    os.environ.setdefault("FELTARBEID_KEY_PASSPHRASE", DEMO_PASSPHRASE)

    steps: list[tuple[str, Callable[[Study], Any]]] = [
        ("registers", _registers),
    ]
    study = _init(directory)
    for name, step in steps:
        console.print(f"[bold]{t('core.demo_step', step=name)}[/]")
        result = step(study)
        if result:
            console.print(f"  {result}")
    console.print(f"\n[bold green]{t('core.demo_done', path=str(study.root))}[/]")
    console.print(f"  feltarbeid --study {directory} status")
    return study


def _init(directory: Path) -> Study:
    guides = resource_dir("guides")
    study = init_study(directory, title="Demo: municipal services", language="en",
                       guide=DEMO_GUIDE, end_date=None)
    shutil.copy2(guides / DEMO_GUIDE, study.root / DEMO_GUIDE)
    return study


def _registers(study: Study) -> str:
    reg.add_case(study.store, Case(DEMO_CASE, "Service office (demo)",
                                   {"size": "medium", "model": "joint office"}))
    reg.add_informant(study.store, Informant(
        DEMO_INFORMANT, role="office leader", case_code=DEMO_CASE, employer="municipality",
        consent="written", consent_at=now_iso(), anonymise_wish="yes",
    ))
    return f"case {DEMO_CASE}, informant {DEMO_INFORMANT} (written consent)"


def sample_timeline() -> list[dict[str, Any]]:
    data = json.loads((resource_dir("sample_audio") / "timeline.json").read_text("utf-8"))
    return list(data["events"] if isinstance(data, dict) else data)
