"""One string catalogue: every key in nb exists in nn and en, and formats."""

from __future__ import annotations

import string

from feltarbeid import locale


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_in_every_language() -> None:
    nb = locale.catalogue("nb")
    assert nb, "the Bokmål catalogue is empty"
    for lang in ("nn", "en"):
        other = locale.catalogue(lang)
        missing = sorted(set(nb) - set(other))
        extra = sorted(set(other) - set(nb))
        assert not missing, f"{lang} lacks {missing[:10]}"
        assert not extra, f"{lang} has keys nb lacks: {extra[:10]}"
        for key, text in nb.items():
            assert _fields(text) == _fields(other[key]), f"{lang}:{key} has other fields"


def test_language_switch() -> None:
    assert locale.t("core.informants", "nb") == "Informanter"
    assert locale.t("core.informants", "nn") == "Informantar"
    assert locale.t("core.informants", "en") == "Informants"
    locale.set_language("en")
    assert locale.t("core.case_added", code="K1") == "Case K1 added."
