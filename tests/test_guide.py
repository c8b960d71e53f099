"""The guide format: the example guides, every kind of broken guide, the content hash,
short forms, generated ids and --fix-ids. (CLI and study: test_guide_cli.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from feltarbeid import locale
from feltarbeid.errors import FeltarbeidError
from feltarbeid.guide import (
    GuideError,
    check_file,
    fix_ids,
    guide_hash,
    guide_stats,
    load_guide,
    parse_guide_text,
)

REPO = Path(__file__).resolve().parent.parent
GUIDES = REPO / "guides"
BROKEN = Path(__file__).resolve().parent / "data" / "guides"
EXAMPLES = sorted(GUIDES.glob("*.yaml"))


@pytest.fixture(autouse=True)
def _english() -> None:
    locale.set_language("en")


def _expected(path: Path) -> set[tuple[str, int]]:
    """The problems a broken guide is written to have: '# <-- code[, code]' on the line."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    out: set[tuple[str, int]] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        found = re.search(r"# <-- ([\w\-, ]+)$", line)
        if found:
            out |= {(code.strip(), number) for code in found.group(1).split(",")}
    return out


# -------------------------------------------------------------------------- examples


def test_three_example_guides_exist() -> None:
    names = {p.name for p in EXAMPLES}
    assert {"nav-partnerskap.yaml", "samarbeid-apen.yaml", "en-municipal-services.yaml"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_guides_are_valid_with_explicit_ids(path: Path) -> None:
    result = check_file(path)
    assert result.problems == []
    assert result.generated == []  # every id written out: stable across edits
    assert result.notices == []
    guide = result.guide
    assert guide is not None and len(guide.content_hash) == 64
    anonymity = [it for _, it in guide.items() if it.attribute and it.attribute.anonymisation]
    assert len(anonymity) == 1 and guide.items()[0][1] is anonymity[0]  # asked first
    assert guide.sections[-1].kind == "closing"


def test_nav_guide_keeps_every_feature_as_written() -> None:
    g = load_guide(GUIDES / "nav-partnerskap.yaml")
    assert g.language == "nb"
    assert [h.label for h in g.header_fields] == ["KOMMUNE:"]
    intro = g.sections[0]
    assert intro.kind == "intro" and intro.label == "Introduksjonsdel:"
    assert {it.attribute.name for it in intro.items if it.attribute} >= {
        "anonymisering", "utdanning", "rekruttering", "arbeidsgiver", "eget_valg",
        "plassering", "motivasjon"}
    assert intro.items[0].attribute.type == "yesno"  # type: ignore[union-attr]
    assert any(it.kind == "narrative" and it.text == "FORTELL OM EN VANLIG DAG!"
               for it in intro.items)
    themes = g.themes
    assert [s.number for s in themes] == [1, 2, 3, 4, 6]  # no Tema 5: the gap is kept
    assert [s.label for s in themes] == ["Tema 1.", "Tema 2.", "Tema 3:", "Tema 4.", "Tema 6 :"]
    assert themes[2].display_title == 'Tema 3: "2 sjefer"'
    t1 = themes[0]
    assert any(it.lead_in for it in t1.items)
    assert any(it.text.endswith("Evt. hvilke?") for it in t1.items)
    assert len(t1.items) == 10
    t2 = themes[1]
    assert t2.items[0].probes[0].kind == "followup" and t2.items[0].probes[0].marker == "-"
    t4 = themes[3]
    assert all(it.marker == "•" for it in t4.items)
    assert any("Referat" in it.document_request for it in t4.items)
    kinds = {p.kind for it in t4.items for p in it.probes}
    assert {"prompt_list", "conditional"} <= kinds
    t6 = themes[4]
    assert any(p.kind == "sub_bullet" and p.marker == "◦" for it in t6.items for p in it.probes)
    closing = g.sections[-1]
    assert closing.kind == "closing" and len(closing.items) == 1
    stats = guide_stats(g)
    assert stats.missing_numbers == (5,)
    assert stats.must_ask >= 10 and stats.planned_minutes == 120
    assert all(s.code and s.code.colour.startswith("#") for s in themes)


def test_open_guide_has_six_themes_with_one_or_two_questions() -> None:
    g = load_guide(GUIDES / "samarbeid-apen.yaml")
    assert len(g.themes) == 6
    assert all(1 <= len(s.items) <= 2 for s in g.themes)


def test_english_guide_shape() -> None:
    g = load_guide(GUIDES / "en-municipal-services.yaml")
    assert g.language == "en"
    assert 3 <= len(g.themes) <= 4
    assert 10 <= len(g.items()) <= 14
    assert g.items()[0][1].id == "anonymity"


# -------------------------------------------------------------------------- broken guides

BROKEN_FILES = sorted(p for p in BROKEN.glob("*.yaml"))


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda p: p.name)
def test_broken_guide_reports_each_problem_on_its_line(path: Path) -> None:
    expected = _expected(path) or {("empty", 1)}
    with pytest.raises(GuideError) as info:
        load_guide(path)
    err = info.value
    got = {(p.code, p.line) for p in err.problems}
    assert got == expected, "\n".join(p.render() for p in err.problems)
    for p in err.problems:
        assert p.source == str(path) and p.column >= 1
        assert p.message and p.hint
        assert str(p).startswith(f"{path}:{p.line}:{p.column}: ")
    assert isinstance(err, FeltarbeidError)


def test_at_least_eight_kinds_with_distinct_messages() -> None:
    messages: dict[str, str] = {}
    for path in BROKEN_FILES:
        with pytest.raises(GuideError) as info:
            load_guide(path)
        for p in info.value.problems:
            messages.setdefault(p.code, p.message)
    assert len(messages) >= 20
    assert len(set(messages.values())) == len(messages)


def test_typo_in_key_suggests_the_right_one() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "typo-key.yaml")
    (p,) = info.value.problems
    assert "questoin" in p.message and "did you mean 'question'" in p.hint
    assert (p.line, p.column) == (10, 9)


def test_duplicate_id_names_the_first_use() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "duplicate-id.yaml")
    (p,) = info.value.problems
    assert "'q1'" in p.message and "line 8" in p.hint


def test_yaml_syntax_error_gives_line_and_column_not_a_traceback() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "bad-indent.yaml")
    (p,) = info.value.problems
    assert (p.line, p.column) == (10, 8)
    assert p.message.startswith("bad indentation")
    assert "Traceback" not in info.value.render()


def test_not_utf8_names_the_byte_and_line() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "not-utf8.yaml")
    (p,) = info.value.problems
    assert p.code == "not-utf8" and p.line == 6 and "0xf8" in p.message


def test_all_problems_of_a_file_are_reported() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "many-problems.yaml")
    assert len(info.value.problems) >= 12
    rendered = info.value.render()
    assert rendered.count("many-problems.yaml:") >= 12


def test_missing_file_and_folder() -> None:
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "no-such-file.yaml")
    assert info.value.problems[0].code == "not-found"
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN)
    assert info.value.problems[0].code == "not-a-file"


@pytest.mark.parametrize("text, code", [
    ("- a\n- b\n", "not-mapping"),
    ("# only a comment\n\n", "empty"),
    ("id: x\ntitle: T\nthemes: []\n", "no-themes"),
    ("id: x\ntitle: T\nthemes:\n  - {label: Tema 1., title: A, items: [a]}\n"
     "  - {title: B, number: 1, items: [b]}\n", "duplicate-theme-number"),
    ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - {question: q, attribute: "
     "{name: a, type: text, choices: [x]}}\n", "choices-not-choice"),
    ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - question: q\n        probes:\n"
     "          - {ask: x}\n", "unknown-probe-kind"),
    ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - [a, b]\n", "bad-item"),
    ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - question: [a, b]\n",
     "not-text"),
    ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - question: q\n        probes:\n"
     "          - {prompts: []}\n", "empty-prompts"),
    ("id: x\ntitle: T\nintro:\n  - {question: a, attribute: {name: x, type: yesno, "
     "anonymisation: yes}}\n  - {question: b, attribute: {name: y, type: yesno, "
     "anonymisation: yes}}\nthemes:\n  - title: A\n    items: [a]\n", "duplicate-anonymisation"),
    ("id: x\ntitle: T\nintro:\n  - {question: a, attribute: x}\n  - {question: b, "
     "attribute: x}\nthemes:\n  - title: A\n    items: [a]\n", "duplicate-attribute"),
    ("id: x\ntitle: T\nthemes:\n  - items: [a]\n", "missing-title"),
])
def test_more_kinds_of_problem(text: str, code: str) -> None:
    with pytest.raises(GuideError) as info:
        parse_guide_text(text, "g.yaml")
    assert code in {p.code for p in info.value.problems}, info.value.render()


def test_messages_come_in_the_ui_language() -> None:
    locale.set_language("nb")
    with pytest.raises(GuideError) as info:
        load_guide(BROKEN / "typo-key.yaml")
    assert "ukjent nøkkel 'questoin'" in info.value.problems[0].message
    assert "mente du 'question'" in info.value.problems[0].hint


# -------------------------------------------------------------------------- hash

BASE = """\
id: h
title: Hash
themes:
  - id: t1
    label: "Tema 1."
    title: Samarbeid
    items:
      - id: q1
        question: Hvordan samarbeider dere?
        must: true
"""


def test_hash_ignores_layout_comments_and_quoting() -> None:
    a = parse_guide_text(BASE)
    reformatted = (
        "# a comment\n\nid: 'h'\ntitle: \"Hash\"\n\nthemes:\n-   id: t1\n    label: 'Tema 1.'"
        "\n    title: Samarbeid   # trailing comment\n    items:\n    - {id: q1, question: "
        "\"Hvordan samarbeider dere?\", must: yes}\n"
    )
    b = parse_guide_text(reformatted)
    assert a.content_hash == b.content_hash == guide_hash(a)


@pytest.mark.parametrize("old, new", [
    ("Hvordan samarbeider dere?", "Hvordan samarbeider dere nå?"),
    ("id: q1", "id: q2"),
    ("must: true", "must: false"),
    ('"Tema 1."', '"Tema 1:"'),
])
def test_hash_changes_with_any_text_or_id(old: str, new: str) -> None:
    assert parse_guide_text(BASE).content_hash != parse_guide_text(
        BASE.replace(old, new)).content_hash


def test_hash_of_example_is_stable_across_loads() -> None:
    path = GUIDES / "nav-partnerskap.yaml"
    assert load_guide(path).content_hash == load_guide(path).content_hash


# -------------------------------------------------------------------------- short forms, ids

SHORT = """\
id: short
title: Kortform
intro:
  - Ønsker du at intervjuet skal anonymiseres?
themes:
  - label: "Tema 2:"
    title: Samarbeid
    items:
      - Hvordan samarbeider dere?
      - question: Hvem bestemmer?
        probes:
          - hvordan merkes det?
          - Evt. hvorfor?
      - {statement: Avtalen regulerer samarbeidet.}
closing:
  - Noe å legge til?
"""


def test_short_forms_and_generated_ids() -> None:
    locale.set_language("en")
    from feltarbeid.guide.parse import parse_text

    result = parse_text(SHORT, "short.yaml")
    assert result.problems == []
    g = result.guide
    assert g is not None
    theme = g.themes[0]
    assert theme.id == "t2" and theme.number == 2  # number read from the label
    assert [it.id for it in theme.items] == ["t2.1", "t2.2", "t2.3"]
    assert [it.kind for it in theme.items] == ["question", "question", "statement"]
    probes = theme.items[1].probes
    assert [(p.id, p.kind) for p in probes] == [("t2.2.1", "followup"),
                                                ("t2.2.2", "conditional")]
    assert g.sections[0].items[0].id == "intro.1"
    assert g.sections[-1].id == "closing"
    (notice,) = result.notices
    assert notice.code == "notice-generated-ids" and "--fix-ids" in notice.hint


def test_fix_ids_writes_ids_and_keeps_content_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "short.yaml"
    path.write_text("# keep this comment\n" + SHORT, encoding="utf-8")
    before = load_guide(path)
    assert fix_ids(path) == 8
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# keep this comment\n")
    after_result = check_file(path)
    assert after_result.ok and after_result.generated == [] and after_result.notices == []
    after = after_result.guide
    assert after is not None and after.content_hash == before.content_hash
    assert "id: t2.2.2\n" in text and "conditional: Evt. hvorfor?" in text
    assert fix_ids(path) == 0  # nothing left to do; the file is untouched
    assert path.read_text(encoding="utf-8") == text


def test_generated_ids_avoid_explicit_ones() -> None:
    text = ("id: x\ntitle: T\nthemes:\n  - id: t1\n    title: A\n    items:\n"
            "      - b\n      - id: t1.1\n        question: a\n")
    g = parse_guide_text(text)
    ids = [it.id for it in g.themes[0].items]
    assert len(set(ids)) == 2 and "t1.1" in ids


def test_bom_is_accepted() -> None:
    g = parse_guide_text(("\ufeff" + BASE).encode("utf-8"))
    assert g.content_hash == parse_guide_text(BASE).content_hash


def test_every_problem_code_has_a_message_and_hint_in_every_language() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (REPO / "feltarbeid" / "guide").glob("*.py"))
    codes = set(re.findall(r'(?:problem|notice)\(\s*"([a-z0-9-]+)"', source))
    codes |= set(re.findall(r'code = "([a-z0-9-]+)"', source))
    codes |= set(re.findall(r'hint_key="([a-z0-9-]+)"', source))
    codes |= {f"{c}-suggest" for c in ("unknown-key", "unknown-top-key")}
    assert len(codes) >= 40
    for lang in ("nb", "nn", "en"):
        catalogue = locale.catalogue(lang)
        for code in codes:
            key = code.replace("-", "_")
            if not code.endswith("-suggest"):
                assert f"guide.problem.{key}" in catalogue, (lang, code)
            assert f"guide.hint.{key}" in catalogue, (lang, code)


def test_the_example_in_the_format_reference_is_valid() -> None:
    doc = (REPO / "docs" / "guide-format.md").read_text(encoding="utf-8")
    block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    guide = parse_guide_text(block, "docs/guide-format.md")
    assert guide.id == "my-guide" and guide.themes[0].label == "Tema 1."


@pytest.mark.parametrize("text, code, line", [
    ("id: x\ntitle: T\nthemes: &a\n  - *a\n", "yaml-recursive", 3),
    ("id: x\ntitle: T\x07\nthemes:\n  - {title: A, items: [a]}\n", "control-char", 2),
    ('id: x\ntitle: "T\nthemes:\n  - {title: A, items: [a]}\n', "yaml-syntax", 2),
])
def test_yaml_level_problems_point_at_the_cause(text: str, code: str, line: int) -> None:
    with pytest.raises(GuideError) as info:
        parse_guide_text(text, "g.yaml")
    (p,) = info.value.problems
    assert (p.code, p.line) == (code, line)


def test_an_alias_may_repeat_an_entry() -> None:
    text = ("id: x\ntitle: T\nthemes:\n  - title: A\n    items:\n      - question: q\n"
            "        probes: &p ['hvem?']\n      - question: r\n        probes: *p\n")
    g = parse_guide_text(text)
    assert [p.text for p in g.themes[0].items[1].probes] == ["hvem?"]


@pytest.mark.parametrize(("text", "prompts", "shown"), [
    ("hvem …", ("kaller inn", "leder møtet?"), "hvem … (kaller inn, leder møtet?)"),
    ("", ("kaller inn", "leder møtet"), "(kaller inn, leder møtet)"),
    # the author's own bracket: none added, none closed that the author left open
    ("(hvem", ("kaller inn", "leder møtet?"), "(hvem kaller inn, leder møtet?"),
    ("hvem (", ("kaller inn", "leder møtet)"), "hvem (kaller inn, leder møtet)"),
    ("hvem", ("(kaller inn", "leder møtet)"), "hvem (kaller inn, leder møtet)"),
    ("", ("[kaller inn", "leder møtet]"), "[kaller inn, leder møtet]"),
])
def test_prompt_list_is_bracketed_only_where_the_author_did_not(
        text: str, prompts: tuple[str, ...], shown: str) -> None:
    from feltarbeid.domain import Probe

    probe = Probe(id="p", kind="prompt_list", text=text, prompts=prompts)
    assert probe.display_text == shown
    assert Probe(id="f", kind="followup", text="hva og til/fra hvem?").display_text \
        == "hva og til/fra hvem?"
