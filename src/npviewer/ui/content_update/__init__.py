"""Content updates from the window: installing and rolling back packs, and the "What changed" window."""
