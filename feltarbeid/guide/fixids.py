"""Write generated ids into a guide file, so they stop depending on positions.

Only text is inserted (``id: …`` lines, or a short-form item turned into the long form);
comments, order and layout stay as written. The result is parsed again and must give the
same guide with the same content hash (the ids written are the ones already in use), or
nothing is changed.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, ScalarNode

from .canonical import guide_hash
from .parse import ParseResult, parse_text


def fixed_text(result: ParseResult) -> str | None:
    """The text with every generated id written in; None if it could not be done safely."""
    if not result.ok or result.guide is None:
        return None
    text = result.text
    edits: list[tuple[int, int, str]] = []
    for gen in result.generated:
        node = gen.node
        start, end = node.start_mark.index, node.end_mark.index
        indent = " " * node.start_mark.column
        if isinstance(node, ScalarNode):
            source = text[start:end]
            if gen.in_flow:
                edits.append((start, end, f"{{id: {gen.id}, {gen.text_key}: {source}}}"))
            else:
                edits.append((start, end, f"id: {gen.id}\n{indent}{gen.text_key}: {source}"))
        elif isinstance(node, MappingNode):
            if node.flow_style:
                edits.append((start + 1, start + 1, f"id: {gen.id}, "))
            else:
                edits.append((start, start, f"id: {gen.id}\n{indent}"))
        else:
            return None
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    check = parse_text(text, result.problems[0].source if result.problems else "<fixed>")
    if not check.ok or check.generated or check.guide is None:
        return None
    if guide_hash(check.guide) != guide_hash(result.guide):
        return None
    return text
