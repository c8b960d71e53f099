"""What the terminal apps (``interview``, ``transcript edit``) share: the crash-safe journal
file, key bindings with translated descriptions, modal dialogs, and a pseudo-terminal
runner for crash tests and start-up benchmarks."""
