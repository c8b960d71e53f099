"""Guide YAML → :class:`feltarbeid.domain.Guide`, every problem located and explained.

The file is composed with PyYAML into nodes (which carry line and column) and walked by
hand, so a mistake anywhere is reported where it is, and the walk goes on to find the
rest. Text is taken as the author wrote it: a scalar's text is never turned into a number
or a boolean (``version: 1.0`` stays ``"1.0"``, ``choices: [yes, no]`` stay words).

The format is documented in ``docs/guide-format.md``; keep the two in step.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import locale
from ..domain import Attribute, CodeHint, Guide, HeaderField, Item, Probe, Section
from .problems import Problem, make_problem

# -------------------------------------------------------------------------- the format

TOP_KEYS = ("id", "title", "language", "version", "description", "header", "intro", "themes",
            "closing")
SECTION_KEYS = ("id", "label", "number", "title", "minutes", "bullet", "note", "code", "items")
ITEM_KIND_KEYS = ("question", "statement", "narrative")
ITEM_KEYS = ("id", *ITEM_KIND_KEYS, "must", "lead_in", "probes", "attribute", "document",
             "marker", "code", "note")
PROBE_KIND_KEYS = {
    "followup": "followup",
    "conditional": "conditional",
    "prompts": "prompt_list",
    "sub": "sub_bullet",
    "statement": "statement",
}
PROBE_KEYS = ("id", *PROBE_KIND_KEYS, "text", "marker")
ATTRIBUTE_KEYS = ("name", "type", "choices", "anonymisation")
ATTRIBUTE_TYPES = ("yesno", "choice", "text")
CODE_KEYS = ("code", "category", "colour", "description")
HEADER_KEYS = ("id", "label", "help", "required")
LANGUAGES = ("nb", "nn", "en")

# the marker a probe gets when the author gives none
DEFAULT_PROBE_MARKERS = {
    "followup": "-",
    "conditional": "",
    "prompt_list": "",
    "sub_bullet": "◦",
    "statement": "",
}
# a probe written as plain text is a follow-up, or a conditional when it starts like one
CONDITIONAL_START = re.compile(
    r"^(evt\b|eventuelt\b|eventuelle\b|if (so|yes|not|no)\b)", re.IGNORECASE
)
ID_PATTERN = re.compile(r"^\w[\w.\-]*$")
NAME_PATTERN = re.compile(r"^[^\W\d][\w\-]*$")
COLOUR_PATTERN = re.compile(r"^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")
LABEL_NUMBER = re.compile(r"\d+")
TRUE_WORDS = {"true", "yes", "on", "ja", "y"}
FALSE_WORDS = {"false", "no", "off", "nei", "n"}
NULL_TAG = "tag:yaml.org,2002:null"


@dataclass(frozen=True)
class GeneratedId:
    """An id the parser made from a position because the author wrote none.

    ``node`` is the item/probe/theme node; ``text_key`` is set when the node is a plain
    text (short form) and says which key its text becomes in the long form."""

    id: str
    node: Node
    in_flow: bool
    text_key: str = ""


@dataclass
class ParseResult:
    guide: Guide | None
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    generated: list[GeneratedId] = field(default_factory=list)
    text: str = ""

    @property
    def ok(self) -> bool:
        return self.guide is not None and not self.problems


# -------------------------------------------------------------------------- helpers


def _w(key: str, **fields: object) -> str:
    """A localised name for a part of the guide, used inside messages."""
    return locale.t(f"guide.what.{key}", **fields)


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.style is None


def slug(text: str) -> str:
    """``"KOMMUNE:"`` → ``"kommune"``; ``"Dato / sted"`` → ``"dato-sted"``."""
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-") or "field"


class _Walker:
    """Walks the composed node tree, building domain objects and collecting problems."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.notices: list[Problem] = []
        self.generated: list[GeneratedId] = []
        self.ids: dict[str, int] = {}  # id -> line of first use
        self.explicit_ids: set[str] = set()
        self.attributes: dict[str, int] = {}
        self.anonymisation_line: int | None = None
        self.theme_numbers: dict[int, int] = {}

    # -- reporting ------------------------------------------------------------------------
    def unknown_kind(self, node: MappingNode, kind_keys: Collection[str], keys: Sequence[str],
                     code: str) -> bool:
        """A mapping with no kind key whose other keys are neither known nor near a known
        one (a typo gets its 'did you mean' later) is an unknown kind: report it once."""
        if any(isinstance(k, ScalarNode) and k.value in kind_keys for k, _ in node.value):
            return False
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else ""
            if key not in keys and not difflib.get_close_matches(key, keys, n=1, cutoff=0.6):
                self.problem(code, key_node, key=key)
                return True
        return False

    def problem(self, code: str, node: Node | None, *, hint_key: str | None = None,
                at: tuple[int, int] | None = None, **fields: object) -> None:
        line, column = at or (_pos(node) if node is not None else (1, 1))
        p = make_problem(code, self.source, line, column, hint_key=hint_key, **fields)
        self.problems.append(p)

    def notice(self, code: str, line: int, column: int, **fields: object) -> None:
        self.notices.append(make_problem(code, self.source, line, column, **fields))

    # -- node readers -----------------------------------------------------------------------
    def mapping(self, node: Node, allowed: tuple[str, ...], what: str, *,
                code: str = "unknown-key") -> dict[str, tuple[Node, Node]] | None:
        """The entries of a mapping node by key, reporting duplicate and unknown keys."""
        if not isinstance(node, MappingNode):
            self.problem("not-mapping", node, what=what)
            return None
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem("not-text", key_node, key="?")
                continue
            key = key_node.value
            if key in out:
                self.problem("duplicate-key", key_node, key=key,
                             first_line=_pos(out[key][0])[0])
                continue
            if key not in allowed:
                self.unknown_key(code, key_node, key, allowed, what)
                continue
            out[key] = (key_node, value_node)
        return out

    def unknown_key(self, code: str, key_node: Node, key: str, allowed: tuple[str, ...],
                    what: str) -> None:
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        self.problem(code, key_node, hint_key=f"{code}-suggest" if close else None,
                     key=key, what=what, suggestion=close[0] if close else "",
                     allowed=", ".join(allowed))

    def sequence(self, node: Node, what: str) -> list[Node]:
        if _is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            self.problem("not-list", node, what=what)
            return []
        return list(node.value)

    def text(self, node: Node, key: str) -> str:
        if not isinstance(node, ScalarNode):
            self.problem("not-text", node, key=key)
            return ""
        if _is_null(node):
            return ""
        return node.value.strip()

    def boolean(self, node: Node, key: str) -> bool:
        if isinstance(node, ScalarNode):
            word = node.value.strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS or _is_null(node):
                return False
        self.problem("bad-bool", node, key=key,
                     value=node.value if isinstance(node, ScalarNode) else "…")
        return False

    def minutes(self, node: Node) -> float | None:
        if _is_null(node):
            return None
        raw = node.value if isinstance(node, ScalarNode) else "…"
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.problem("bad-minutes", node, value=raw)
            return None
        if value < 0:
            self.problem("negative-minutes", node, value=raw)
            return None
        return value

    def identifier(self, node: Node) -> str:
        value = self.text(node, "id")
        if value and not ID_PATTERN.match(value):
            self.problem("bad-id", node, id=value)
        return value

    def claim_id(self, ident: str, node: Node) -> None:
        line = _pos(node)[0]
        if ident in self.ids:
            self.problem("duplicate-id", node, id=ident, first_line=self.ids[ident])
        else:
            self.ids[ident] = line

    def generate_id(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.ids or candidate in self.explicit_ids:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def take_id(self, entries: dict[str, tuple[Node, Node]] | None, node: Node, base: str,
                *, in_flow: bool, text_key: str = "", record: bool = True) -> str:
        """The explicit id, or a generated one (recorded for ``--fix-ids``)."""
        if entries is not None and "id" in entries:
            ident = self.identifier(entries["id"][1])
            if ident:
                self.claim_id(ident, entries["id"][1])
                return ident
        ident = self.generate_id(base)
        self.ids[ident] = _pos(node)[0]
        if record:  # "intro" and "closing" do not depend on positions: nothing to fix
            self.generated.append(GeneratedId(ident, node, in_flow, text_key))
        return ident

    # -- the guide --------------------------------------------------------------------------
    def guide(self, root: Node) -> Guide | None:
        top = self.mapping(root, TOP_KEYS, _w("guide"), code="unknown-top-key")
        if top is None:
            return None
        self.explicit_ids = _explicit_ids(root)
        guide_id = ""
        if "id" in top:
            guide_id = self.text(top["id"][1], "id")
            if guide_id and not ID_PATTERN.match(guide_id):
                self.problem("bad-id", top["id"][1], id=guide_id)
        else:
            self.problem("missing-key", root, key="id", what=_w("guide"))
        title = self.text(top["title"][1], "title") if "title" in top else ""
        if not title:
            node = top["title"][1] if "title" in top else root
            self.problem("missing-key", node, key="title", what=_w("guide"))
        language = "nb"
        if "language" in top:
            language = self.text(top["language"][1], "language")
            if language not in LANGUAGES:
                self.problem("bad-language", top["language"][1], value=language)
                language = "nb"
        version = self.text(top["version"][1], "version") if "version" in top else ""
        description = (self.text(top["description"][1], "description")
                       if "description" in top else "")
        header = self.header(top["header"][1]) if "header" in top else ()

        sections: list[Section] = []
        if "intro" in top:
            sections.append(self.section(top["intro"][1], "intro", 0))
        themes = self.sequence(top["themes"][1], _w("themes")) if "themes" in top else []
        if not themes and ("themes" not in top or _is_null(top["themes"][1])
                           or isinstance(top["themes"][1], SequenceNode)):
            self.problem("no-themes", top["themes"][0] if "themes" in top else root)
        for pos, theme_node in enumerate(themes, start=1):
            sections.append(self.section(theme_node, "theme", pos))
        if "closing" in top:
            sections.append(self.section(top["closing"][1], "closing", 0))

        self.check_anonymity_first(sections)
        return Guide(id=guide_id, title=title, language=language, version=version,
                     description=description, header_fields=header, sections=tuple(sections))

    def check_anonymity_first(self, sections: list[Section]) -> None:
        items = [it for s in sections for it in s.items]
        for index, item in enumerate(items):
            if item.attribute is not None and item.attribute.anonymisation and index > 0:
                self.notice("notice-anonymity-not-first", item.line, 1)

    def header(self, node: Node) -> tuple[HeaderField, ...]:
        fields: list[HeaderField] = []
        seen: dict[str, int] = {}
        for entry in self.sequence(node, _w("header")):
            if isinstance(entry, ScalarNode):
                label = self.text(entry, "header")
                ident, help_text, required = slug(label), "", False
            else:
                m = self.mapping(entry, HEADER_KEYS, _w("header_field"))
                if m is None:
                    continue
                label = self.text(m["label"][1], "label") if "label" in m else ""
                ident = self.identifier(m["id"][1]) if "id" in m else slug(label)
                help_text = self.text(m["help"][1], "help") if "help" in m else ""
                required = self.boolean(m["required"][1], "required") if "required" in m \
                    else False
            if not label:
                self.problem("missing-key", entry, key="label", what=_w("header_field"))
                continue
            if ident in seen:
                self.problem("duplicate-id", entry, id=ident, first_line=seen[ident])
                continue
            seen[ident] = _pos(entry)[0]
            fields.append(HeaderField(id=ident, label=label, help=help_text, required=required))
        return tuple(fields)

    # -- sections ---------------------------------------------------------------------------
    def section(self, node: Node, kind: str, position: int) -> Section:
        line = _pos(node)[0]
        what = _w(kind, n=position)
        if isinstance(node, SequenceNode) and kind != "theme":
            # short form: intro: / closing: given as a plain list of items
            ident = self.take_id(None, node, kind, in_flow=False, record=False)
            items = self.items(node, ident, "", what)
            return Section(id=ident, kind=kind, title="", items=tuple(items), line=line)  # type: ignore[arg-type]
        m = self.mapping(node, SECTION_KEYS if kind == "theme" else
                         tuple(k for k in SECTION_KEYS if k != "number"), what)
        if m is None:
            return Section(id=kind, kind=kind, title="", line=line)  # type: ignore[arg-type]
        label = self.text(m["label"][1], "label") if "label" in m else ""
        title = self.text(m["title"][1], "title") if "title" in m else ""
        number = self.theme_number(m, label) if kind == "theme" else None
        if kind == "theme" and not title and not label:
            self.problem("missing-title", node, what=what)
        base = kind if kind != "theme" else (f"t{number}" if number is not None
                                              else f"t{position}")
        ident = self.take_id(m, node, base, in_flow=node.flow_style is True,
                             record=kind == "theme")
        minutes = self.minutes(m["minutes"][1]) if "minutes" in m else None
        bullet = self.text(m["bullet"][1], "bullet") if "bullet" in m else ""
        note = self.text(m["note"][1], "note") if "note" in m else ""
        code = self.code_hint(m["code"][1]) if "code" in m else None
        items: list[Item] = []
        if "items" in m:
            items = self.items(m["items"][1], ident, bullet, what)
        else:
            self.problem("empty-section", node, what=what)
        return Section(id=ident, kind=kind, title=title, label=label, number=number,  # type: ignore[arg-type]
                       planned_minutes=minutes, items=tuple(items), code=code, line=line,
                       note=note)

    def theme_number(self, m: dict[str, tuple[Node, Node]], label: str) -> int | None:
        found = LABEL_NUMBER.search(label)
        from_label = int(found.group()) if found else None
        number = from_label
        if "number" in m:
            node = m["number"][1]
            raw = node.value.strip() if isinstance(node, ScalarNode) else "…"
            if not re.fullmatch(r"\d+", raw):
                self.problem("bad-theme-number", node, value=raw)
            else:
                number = int(raw)
                if from_label is not None and from_label != number:
                    self.problem("label-number-mismatch", node, label=label,
                                 label_number=from_label, number=number)
        if number is not None:
            node = m["number"][1] if "number" in m else m["label"][1]
            if number in self.theme_numbers:
                self.problem("duplicate-theme-number", node, number=number,
                             first_line=self.theme_numbers[number])
            else:
                self.theme_numbers[number] = _pos(node)[0]
        return number

    # -- items ------------------------------------------------------------------------------
    def items(self, node: Node, section_id: str, bullet: str, what: str) -> list[Item]:
        """The items of a section; reports an empty section (not one whose items all had
        problems: those were reported already)."""
        in_flow = isinstance(node, SequenceNode) and node.flow_style is True
        out: list[Item] = []
        entries = self.sequence(node, _w("items_of", what=what))
        if not entries and (_is_null(node) or isinstance(node, SequenceNode)):
            self.problem("empty-section", node, what=what)
        for pos, entry in enumerate(entries, start=1):
            item = self.item(entry, f"{section_id}.{pos}", bullet, in_flow)
            if item is not None:
                out.append(item)
        return out

    def item(self, node: Node, base_id: str, bullet: str, in_flow: bool) -> Item | None:
        line = _pos(node)[0]
        if isinstance(node, ScalarNode):
            text = self.text(node, "question")
            ident = self.take_id(None, node, base_id, in_flow=in_flow, text_key="question")
            if not text:
                self.problem("missing-text", node)
            return Item(id=ident, kind="question", text=text, marker=bullet, line=line)
        if not isinstance(node, MappingNode):
            self.problem("bad-item", node)
            return None
        # unknown keys in an item without a kind key read as an unknown kind of item
        if self.unknown_kind(node, ITEM_KIND_KEYS, ITEM_KEYS, "unknown-item-kind"):
            return None
        m = self.mapping(node, ITEM_KEYS, _w("item"))
        if m is None:
            return None
        kinds = [k for k in ITEM_KIND_KEYS if k in m]
        ident = self.take_id(m, node, base_id, in_flow=node.flow_style is True)
        if len(kinds) > 1:
            self.problem("two-kinds", m[kinds[1]][0], keys=", ".join(kinds))
        if not kinds:
            if len(m) == len(node.value):  # else a misspelt key was reported already
                self.problem("missing-text", node)
            return None
        kind = kinds[0]
        text = self.text(m[kind][1], kind)
        if not text:
            self.problem("missing-text", m[kind][1] if not _is_null(m[kind][1]) else m[kind][0])
        probes = self.probes(m["probes"][1], ident) if "probes" in m else ()
        attribute = self.attribute(m["attribute"][1]) if "attribute" in m else None
        return Item(
            id=ident,
            kind=kind,  # type: ignore[arg-type]
            text=text,
            must_ask=self.boolean(m["must"][1], "must") if "must" in m else False,
            probes=probes,
            lead_in=self.text(m["lead_in"][1], "lead_in") if "lead_in" in m else "",
            attribute=attribute,
            document_request=self.text(m["document"][1], "document") if "document" in m
            else "",
            marker=self.text(m["marker"][1], "marker") if "marker" in m else bullet,
            code=self.code_hint(m["code"][1]) if "code" in m else None,
            note=self.text(m["note"][1], "note") if "note" in m else "",
            line=line,
        )

    # -- probes -----------------------------------------------------------------------------
    def probes(self, node: Node, item_id: str) -> tuple[Probe, ...]:
        in_flow = isinstance(node, SequenceNode) and node.flow_style is True
        out: list[Probe] = []
        for pos, entry in enumerate(self.sequence(node, _w("probes")), start=1):
            probe = self.probe(entry, f"{item_id}.{pos}", in_flow)
            if probe is not None:
                out.append(probe)
        return tuple(out)

    def probe(self, node: Node, base_id: str, in_flow: bool) -> Probe | None:
        line = _pos(node)[0]
        if isinstance(node, ScalarNode):
            text = self.text(node, "followup")
            kind = "conditional" if CONDITIONAL_START.match(text) else "followup"
            ident = self.take_id(None, node, base_id, in_flow=in_flow, text_key=kind)
            if not text:
                self.problem("missing-text", node)
            return Probe(id=ident, kind=kind, text=text,  # type: ignore[arg-type]
                         marker=DEFAULT_PROBE_MARKERS[kind], line=line)
        if not isinstance(node, MappingNode):
            self.problem("bad-item", node)
            return None
        if self.unknown_kind(node, PROBE_KIND_KEYS, PROBE_KEYS, "unknown-probe-kind"):
            return None
        m = self.mapping(node, PROBE_KEYS, _w("probe"))
        if m is None:
            return None
        ident = self.take_id(m, node, base_id, in_flow=node.flow_style is True)
        kinds = [k for k in PROBE_KIND_KEYS if k in m]
        if len(kinds) > 1:
            self.problem("two-kinds", m[kinds[1]][0], keys=", ".join(kinds))
        if not kinds:
            if len(m) == len(node.value):
                self.problem("missing-text", node)
            return None
        key = kinds[0]
        kind = PROBE_KIND_KEYS[key]
        prompts: tuple[str, ...] = ()
        if kind == "prompt_list":
            prompts = tuple(p for p in (self.text(e, "prompts")
                                        for e in self.sequence(m[key][1], _w("prompts"))) if p)
            if not prompts:
                self.problem("empty-prompts", m[key][1])
            text = self.text(m["text"][1], "text") if "text" in m else ""
        else:
            text = self.text(m[key][1], key)
            if not text:
                self.problem("missing-text", m[key][0])
            if "text" in m:
                self.problem("text-without-prompts", m["text"][0], key=key)
        marker = self.text(m["marker"][1], "marker") if "marker" in m \
            else DEFAULT_PROBE_MARKERS[kind]
        return Probe(id=ident, kind=kind, text=text, prompts=prompts,  # type: ignore[arg-type]
                     marker=marker, line=line)

    # -- attributes and code hints ----------------------------------------------------------
    def attribute(self, node: Node) -> Attribute | None:
        line = _pos(node)[0]
        if isinstance(node, ScalarNode):
            name, type_, anonymisation = self.text(node, "attribute"), "text", False
            choices: tuple[str, ...] = ()
            name_node = node
        else:
            m = self.mapping(node, ATTRIBUTE_KEYS, _w("attribute"))
            if m is None:
                return None
            if "name" not in m:
                self.problem("missing-key", node, key="name", what=_w("attribute"))
                return None
            name_node = m["name"][1]
            name = self.text(name_node, "name")
            type_ = self.text(m["type"][1], "type") if "type" in m else "text"
            type_known = type_ in ATTRIBUTE_TYPES
            if not type_known:
                close = difflib.get_close_matches(type_, ATTRIBUTE_TYPES, n=1, cutoff=0.5)
                self.problem("unknown-attribute-type", m["type"][1], value=type_,
                             hint_key="unknown-attribute-type-suggest" if close else None,
                             suggestion=close[0] if close else "")
                type_ = "text"
            choices: tuple[str, ...] = ()
            if "choices" in m:
                entries = self.sequence(m["choices"][1], _w("choices"))
                choices = tuple(c for c in (self.text(e, "choices") for e in entries) if c)
            if type_ == "choice" and not choices:
                self.problem("choice-without-choices", m["choices"][1] if "choices" in m
                             else node, name=name)
            if choices and type_ != "choice":
                self.problem("choices-not-choice", m["choices"][0], name=name, type=type_)
                choices = ()
            anonymisation = self.boolean(m["anonymisation"][1], "anonymisation") \
                if "anonymisation" in m else False
            if anonymisation and type_ != "yesno" and type_known:
                self.problem("anonymisation-not-yesno", m["anonymisation"][0], name=name)
            if anonymisation:
                if self.anonymisation_line is not None:
                    self.problem("duplicate-anonymisation", m["anonymisation"][0],
                                 first_line=self.anonymisation_line)
                else:
                    self.anonymisation_line = line
        if not name:
            self.problem("missing-key", node, key="name", what=_w("attribute"))
            return None
        if not NAME_PATTERN.match(name):
            self.problem("bad-attribute-name", name_node, name=name)
        elif name in self.attributes:
            self.problem("duplicate-attribute", name_node, name=name,
                         first_line=self.attributes[name])
        else:
            self.attributes[name] = line
        return Attribute(name=name, type=type_, choices=choices,  # type: ignore[arg-type]
                         anonymisation=anonymisation)

    def code_hint(self, node: Node) -> CodeHint | None:
        if isinstance(node, ScalarNode):
            code = self.text(node, "code")
            if not code:
                self.problem("missing-key", node, key="code", what=_w("code_hint"))
                return None
            return CodeHint(code=code)
        m = self.mapping(node, CODE_KEYS, _w("code_hint"))
        if m is None:
            return None
        code = self.text(m["code"][1], "code") if "code" in m else ""
        if not code:
            self.problem("missing-key", node, key="code", what=_w("code_hint"))
        colour = ""
        if "colour" in m:
            raw_node = m["colour"][1]
            raw = self.text(raw_node, "colour")
            if not raw:  # often an unquoted #RRGGBB, which YAML reads as a comment
                self.problem("empty-colour", m["colour"][0])
            elif not COLOUR_PATTERN.match(raw):
                self.problem("bad-colour", raw_node, value=raw)
            else:
                colour = _expand_colour(raw)
        return CodeHint(
            code=code,
            category=self.text(m["category"][1], "category") if "category" in m else "",
            colour=colour,
            description=self.text(m["description"][1], "description")
            if "description" in m else "",
        )


def _expand_colour(raw: str) -> str:
    digits = raw[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.upper()


def _recursive_node(root: Node) -> Node | None:
    """A node that contains itself through an alias (``&a [*a]``), or None."""
    on_path: set[int] = set()
    done: set[int] = set()

    def visit(node: Node) -> Node | None:
        if id(node) in on_path:
            return node
        if id(node) in done or isinstance(node, ScalarNode):
            return None
        on_path.add(id(node))
        children = [n for pair in node.value for n in pair] if isinstance(node, MappingNode) \
            else list(node.value)
        for child in children:
            found = visit(child)
            if found is not None:
                return found
        on_path.discard(id(node))
        done.add(id(node))
        return None

    return visit(root)


def _explicit_ids(root: Node) -> set[str]:
    """Every ``id:`` written anywhere below the sections (so generated ids avoid them)."""
    found: set[str] = set()
    stack: list[Node] = []
    if isinstance(root, MappingNode):
        stack = [v for k, v in root.value
                 if isinstance(k, ScalarNode) and k.value in ("intro", "themes", "closing")]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            for k, v in node.value:
                if isinstance(k, ScalarNode) and k.value == "id" and isinstance(v, ScalarNode):
                    found.add(v.value.strip())
                else:
                    stack.append(v)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return found


# -------------------------------------------------------------------------- text → nodes


def _decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", errors="replace")) + 1
        return None, [make_problem("not-utf8", source, line, column,
                                   byte=f"{data[exc.start]:02x}")]
    return text.removeprefix("\ufeff"), []


def _tabs(text: str, source: str) -> tuple[list[Problem], set[int]]:
    """A tab in the indentation of a line (YAML allows spaces only there)."""
    problems: list[Problem] = []
    lines: set[int] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        indent = re.match(r"[ \t]*(?:-[ \t]+)*[ \t]*", line)
        assert indent is not None
        column = indent.group().find("\t")
        if column >= 0 and line.strip():
            problems.append(make_problem("tab", source, number, column + 1))
            lines.add(number)
    return problems, lines


_INDENT_PROBLEMS = ("expected <block end>", "did not find expected key",
                    "could not find expected ':'", "did not find expected '-' indicator",
                    "block sequence entries are not allowed")


def _yaml_problem(exc: yaml.MarkedYAMLError, source: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and "end of stream" in (exc.problem or ""):
        mark = exc.context_mark  # an unclosed quote: point at where it opened
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = (exc.problem or str(exc)).strip()
    if "mapping values are not allowed" in what:
        code = "yaml-colon"
    elif "but got '?'" in what:
        code = "yaml-question-mark"
    elif any(p in f"{exc.context or ''} {what}" for p in _INDENT_PROBLEMS):
        code = "yaml-indent"
    elif "found character '\\t'" in what:
        code = "tab"
    else:
        code = "yaml-syntax"
    return make_problem(code, source, line, column, problem=what)


def _compose(text: str) -> Node | None:
    # Always the pure-Python loader: libyaml (CSafeLoader) is ~8x faster but accepts things
    # this one rejects (e.g. `[Hvem bestemmer?]`), and a guide must read the same on every
    # machine. A 300-item guide composes in about 0.3 s.
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_text(text: str | bytes, source: str = "<string>") -> ParseResult:
    """Parse guide text (or the bytes of a file) into a :class:`ParseResult` with every
    problem and notice; ``guide`` is None when the file could not be read at all."""
    if isinstance(text, bytes):
        decoded, problems = _decode(text, source)
        if decoded is None:
            return ParseResult(None, problems)
        text = decoded
    text = text.removeprefix("\ufeff")
    if not any(line.strip() and not line.lstrip().startswith("#")
               for line in text.splitlines()):
        return ParseResult(None, [make_problem("empty", source, 1, 1)], text=text)
    problems, tab_lines = _tabs(text, source)
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        p = _yaml_problem(exc, source)
        # the tab itself was reported; a syntax error on the same line is its echo
        if p.line not in tab_lines and not (p.code == "tab" and tab_lines):
            problems.append(p)
        return ParseResult(None, problems, text=text)
    except yaml.reader.ReaderError as exc:  # a control character
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = len(before.rsplit("\n", 1)[-1]) + 1
        problems.append(make_problem("control-char", source, line, column,
                                     char=f"{exc.character:#x}" if isinstance(exc.character, int)
                                     else repr(exc.character)))
        return ParseResult(None, problems, text=text)
    except yaml.YAMLError as exc:  # not marked: rare
        problems.append(make_problem("yaml-syntax", source, 1, 1, problem=str(exc)))
        return ParseResult(None, problems, text=text)
    if root is None:
        return ParseResult(None, [make_problem("empty", source, 1, 1)], text=text)
    recursive = _recursive_node(root)
    if recursive is not None:
        line, column = _pos(recursive)
        problems.append(make_problem("yaml-recursive", source, line, column))
        return ParseResult(None, problems, text=text)
    walker = _Walker(source)
    guide = walker.guide(root)
    problems.extend(walker.problems)
    if walker.generated:
        first = walker.generated[0].node
        walker.notice("notice-generated-ids", *_pos(first), count=len(walker.generated))
    return ParseResult(guide, sorted(problems, key=lambda p: (p.line, p.column)),
                       sorted(walker.notices, key=lambda p: (p.line, p.column)),
                       walker.generated, text)
