"""The transcript workbench (``feltarbeid transcript edit ID``): the researcher listens to
the recording and corrects the machine's text before anonymisation and review.

- ``draft``: the working text and the edits that change it (pure);
- ``session``: the journal (fsync per edit), resume after a crash, saving a ``corrected``
  version, progress in the store;
- ``audio``: the recording's sound (``feltarbeid.playback``) and what was heard;
- ``render``: how a passage looks (unsure words, names, the word being heard);
- ``app``, ``screens/``, ``widgets/``: the Textual app (CSS in ``app.tcss``);
- ``scripted``: corrections without a screen (the demo, tests, benchmarks).
"""
