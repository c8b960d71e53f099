"""The language Word is told a document is in (spelling, hyphenation, screen readers).

python-docx's blank template says en-US; a Bokmål study's packets and exports must say
nb-NO (Nynorsk: nn-NO). Used by the review packets' and the exports' DOCX writers.
"""

from __future__ import annotations

from typing import Any

LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def language_tag(lang: str) -> str:
    """BCP 47 tag for a study language (nb → nb-NO)."""
    return LANGUAGE_TAGS.get(lang, lang)


def set_docx_language(document: Any, lang: str) -> None:
    """Set the document's default text language and its core property to ``lang``."""
    from docx.oxml import OxmlElement

    tag = language_tag(lang)
    styles = document.styles.element
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(f"{_W}rPrDefault")
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{_W}rPr")
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(f"{_W}lang")
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(f"{_W}val", tag)
    document.core_properties.language = tag
