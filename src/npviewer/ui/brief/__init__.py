"""Exporting a brief from the window: the dialog and the export on its own thread."""

#: The entries a meeting brief is made for: a meeting (or forum, or summit), or a body (its latest meeting).
MEETING_KINDS = ("meeting", "forum", "summit", "body")
