"""The user's bookmarks: the model, the dock's panel, undoable removal, and the bookmark actions."""
