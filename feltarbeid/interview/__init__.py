"""The interview stage: a Textual app that runs the guide live, crash-safe.

Layers, innermost first (each importable without Textual):

- ``clock``    — wall time and the recording clock (seconds since "recording started").
- ``journal``  — the append-only JSONL journal per session (fsync per event, torn-line repair).
- ``state``    — a pure reducer: the session state is a fold over its events.
- ``recorder`` — the one path every event takes: journal → store mirror → state.
- ``scripted`` — builds a finished session from a timeline through the recorder (demo, tests).
- ``app``, ``screens/``, ``widgets/`` — the Textual UI (imported lazily by the CLI).
"""
