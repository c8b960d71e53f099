"""Widgets of the workbench: the passages around, the editor, the status lines."""
