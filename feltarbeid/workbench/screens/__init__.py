"""The workbench screen and its find/replace dialog."""
