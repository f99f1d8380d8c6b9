"""The timeline (issue 3): events by date in lanes, as a model, a view, a panel and the window's dock.

Empty on purpose: the dock (:mod:`.dock`) is made after the first paint, the rest only when the
timeline is first shown.
"""
