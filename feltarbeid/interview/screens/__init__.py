"""The three screens (before, during, after) and the small dialogs."""
