"""The Qt widgets GUI: the main window and its parts (the store below it never imports Qt)."""
