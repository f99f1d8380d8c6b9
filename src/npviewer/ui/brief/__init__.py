"""Exporting a brief from the window: the dialog and the export on its own thread."""
