"""The self-contained HTML packet (inline CSS and JS, no network; works from file://).

The informant's answer is saved by the page as a small HTML file (``svar-<packet>.html``)
holding a readable summary and, in ``<script type="application/json"
id="feltarbeid-answer">``, the JSON ``{"format", "body", "check"}``: ``body`` is the
answer as a JSON string and ``check`` its FNV-1a 32-bit hash over UTF-16 code units (a
damaged or hand-edited file is caught). See ``returns.py`` for reading it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .. import locale
from ..study import Study
from .letters import format_date, page_paragraphs
from .packet import ANSWER_FORMAT, FORMAT_VERSION, Packet

UI_KEYS = (
    "page_title", "skip_to_answer", "informant", "deadline", "packet", "howto_title",
    "step_read", "step_choose", "step_add", "step_save", "draft_note", "noscript",
    "transcript_title", "confirm_rest", "passage", "confirm", "correct", "correct_label",
    "comment", "comment_label", "left_out", "answer_title", "additions_label", "additions_hint",
    "withdraw_label", "withdraw_hint", "withdraw_confirm", "save", "save_short", "save_hint",
    "status_start", "draft_saved", "draft_restored", "draft_failed", "no_storage", "saved_file",
    "summary_corrected", "summary_comments", "summary_additions", "yes", "no",
    "answer_file_title", "answer_file_send",
)


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("feltarbeid.review", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def asset(name: str) -> str:
    folder = resources.files("feltarbeid.review").joinpath("templates")
    return folder.joinpath(name).read_text("utf-8")


def ui_strings(lang: str) -> dict[str, str]:
    return {k: locale.t(f"review.ui_{k}", lang) for k in UI_KEYS}


def script_json(data: Any) -> Markup:
    """JSON safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def answer_file_name(packet: Packet) -> str:
    return f"{locale.t('review.answer_file_prefix', packet.language)}-{packet.packet_id}.html"


def render_html(study: Study, packet: Packet) -> str:
    lang = packet.language
    strings = ui_strings(lang)
    data = {
        "format": "feltarbeid-review-packet", "answer_format": ANSWER_FORMAT,
        "format_version": FORMAT_VERSION, "study_id": packet.study_id,
        "study_title": study.title, "packet_id": packet.packet_id,
        "version_hash": packet.version_hash, "informant": packet.informant, "lang": lang,
        "answer_file": answer_file_name(packet), "strings": strings,
    }
    return environment().get_template("packet.html.j2").render(
        html_lang="nn" if lang == "nn" else ("en" if lang == "en" else "nb"),
        s=strings, title=study.title, packet=packet,
        deadline=format_date(packet.deadline, lang),
        letter_paragraphs=page_paragraphs(study, packet),
        packet_json=script_json(data), css=Markup(asset("packet.css")),
        js=Markup(asset("packet.js")),
    )


def write_html(study: Study, packet: Packet, folder: Path) -> Path:
    path = folder / f"{packet.packet_id}.html"
    path.write_text(render_html(study, packet), encoding="utf-8")
    return path
