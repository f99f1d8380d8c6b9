"""Reading an entry: the detail pane and its HTML, the browse tree, the navigator, find, notes and zoom."""
