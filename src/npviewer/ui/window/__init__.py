"""The main window: it makes the parts, wires them together in one place, and keeps its actions and state."""
