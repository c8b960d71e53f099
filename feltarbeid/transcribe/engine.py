"""faster-whisper on CPU, int8, with the settings that keep long recordings honest.

Language is always given (never detected); VAD cuts the audio into speech; no conditioning
on previous text (a mistake cannot spread); word timings are kept; a segment whose text
loops (repeated n-grams, Whisper's compression ratio, the same text in a run of
segments) is flagged ``repetition`` for a person to check.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..domain import Segment, Word
from ..models import ModelRef
from .audio import SAMPLE_RATE, ChannelEnergy, windows
from .quality import COMPRESSION_LIMIT, has_loop, repeated_runs

WHISPER_LANGUAGE = {"nb": "no", "nn": "nn", "en": "en"}
SEED = 20261123
LOW_CONFIDENCE = -1.0  # avg_logprob below this: flag 'low_confidence'


def whisper_language(study_language: str) -> str:
    try:
        return WHISPER_LANGUAGE[study_language]
    except KeyError:
        raise ValueError(f"no Whisper language for study language {study_language!r}") from None


@dataclass(frozen=True)
class EngineOptions:
    """What decides the text. All of it goes into the settings hash; how many processes or
    threads run it does not (it does not change the result)."""

    language: str  # Whisper code: no, nn, en
    beam_size: int = 5
    vad_filter: bool = True
    condition_on_previous_text: bool = False
    word_timestamps: bool = True
    compute_type: str = "int8"
    batched: bool = False
    batch_size: int = 8
    hotwords: str = ""  # study vocabulary given to the model ('' = none; measured: off)

    def settings(self) -> dict[str, Any]:
        d = asdict(self)
        hotwords = d.pop("hotwords")
        d["hotwords_sha256"] = (hashlib.sha256(hotwords.encode()).hexdigest()[:16]
                                if hotwords else "")
        if not self.batched:
            d.pop("batch_size")
        return d


def settings_of(model: ModelRef, options: EngineOptions) -> dict[str, Any]:
    return {"engine": "faster-whisper", "model": model.name, "model_id": model.identity,
            **options.settings()}


def settings_hash(settings: dict[str, Any]) -> str:
    blob = json.dumps(settings, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass
class Result:
    segments: list[Segment]
    duration: float
    language: str
    info: dict[str, Any] = field(default_factory=dict)


class Engine:
    """One loaded model. Load once per process and reuse for every file."""

    def __init__(self, model: ModelRef, *, compute_type: str = "int8", threads: int = 0) -> None:
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        self.model_ref = model
        self.model = WhisperModel(str(model.path), device="cpu", compute_type=compute_type,
                                  cpu_threads=threads)
        self.pipeline = BatchedInferencePipeline(self.model)

    def transcribe(self, path: Path, options: EngineOptions,
                   expected: float | None = None, energy: ChannelEnergy | None = None) -> Result:
        """A recording of any length: decoded and transcribed window by window (cut in
        pauses, see ``audio.windows``), so memory stays flat on a 2-hour file."""
        segments: list[Segment] = []
        duration = after_vad = 0.0
        for offset, audio in windows(Path(path), expected, energy=energy):
            part = self.transcribe_array(audio, options, flag=False)
            for seg in part.segments:
                segments.append(shifted(seg, offset, len(segments)))
            duration = offset + part.duration
            after_vad += part.info.get("duration_after_vad", 0.0)
            del audio, part
            release_memory()
        flag_repetitions(segments)
        return Result(segments=segments, duration=round(duration, 3), language=options.language,
                      info={"duration_after_vad": after_vad})

    def transcribe_array(self, audio: np.ndarray, o: EngineOptions, *,
                         flag: bool = True) -> Result:
        import ctranslate2

        # the temperature fallback samples: a fixed seed per window makes a re-run, a Dask
        # worker and a Slurm task give the same text
        ctranslate2.set_random_seed(SEED)
        kwargs: dict[str, Any] = dict(
            language=o.language, beam_size=o.beam_size, vad_filter=o.vad_filter,
            word_timestamps=o.word_timestamps, hotwords=o.hotwords or None,
        )
        if o.batched:
            raw, info = self.pipeline.transcribe(audio, batch_size=o.batch_size, **kwargs)
        else:
            raw, info = self.model.transcribe(
                audio, condition_on_previous_text=o.condition_on_previous_text, **kwargs)
        segments = [to_segment(i, s) for i, s in enumerate(raw)]
        if flag:
            flag_repetitions(segments)
        return Result(segments=segments, duration=len(audio) / SAMPLE_RATE,
                      language=o.language, info={"duration_after_vad": info.duration_after_vad})


def to_segment(idx: int, s: Any) -> Segment:
    """A faster-whisper segment as a domain Segment (times rounded to milliseconds)."""
    words = [Word(round(w.start, 3), round(w.end, 3), w.word, round(w.probability, 4))
             for w in (s.words or [])]
    flags = []
    if s.compression_ratio is not None and s.compression_ratio > COMPRESSION_LIMIT:
        flags.append("repetition")
    if s.avg_logprob is not None and s.avg_logprob < LOW_CONFIDENCE:
        flags.append("low_confidence")
    return Segment(idx=idx, start=round(s.start, 3), end=round(s.end, 3), text=s.text.strip(),
                   words=words, avg_logprob=round(s.avg_logprob, 4), flags=flags)


def release_memory() -> None:
    """Give freed memory back to the system between windows (glibc keeps large freed
    blocks otherwise, and the resident size creeps up over a 2-hour recording)."""
    import gc
    import sys

    gc.collect()
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def shifted(seg: Segment, offset: float, idx: int) -> Segment:
    """The segment moved ``offset`` seconds later, renumbered."""
    if not offset:
        seg.idx = idx
        return seg
    words = [Word(round(w.start + offset, 3), round(w.end + offset, 3), w.word, w.probability)
             for w in seg.words]
    return Segment(idx=idx, start=round(seg.start + offset, 3), end=round(seg.end + offset, 3),
                   text=seg.text, words=words, avg_logprob=seg.avg_logprob, flags=seg.flags)


def flag_repetitions(segments: list[Segment]) -> None:
    """Mark looping segments 'repetition' (in place)."""
    runs = repeated_runs([s.text for s in segments])
    for i, seg in enumerate(segments):
        if (i in runs or has_loop(seg.text)) and "repetition" not in seg.flags:
            seg.flags.append("repetition")
