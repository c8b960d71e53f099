"""The interview stage: a Textual app that runs the guide live, crash-safe.

Layers, innermost first (each importable without Textual):

- ``clock``    — wall time and the recording clock (seconds since "recording started").
- ``journal``  — the append-only JSONL journal per session (fsync per event, torn-line repair).
- ``live``     — ``journal/<session>.live``, rewritten not appended: heartbeat, the draft of a
  dialog being typed, "summary not closed yet" (what a crash must not lose, but is no event).
- ``state``    — a pure reducer: the session state is a fold over its events.
- ``recorder`` — the one path every event takes: journal → store mirror → state.
- ``scripted`` — builds a finished session from a timeline through the recorder (demo, tests).
- ``app``, ``screens/``, ``widgets/``, ``palette``, ``keys`` — the Textual UI (imported lazily
  by the CLI); ``palette`` is the command palette in the study's language.
"""
