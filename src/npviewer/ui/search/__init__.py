"""Searching: the search field, the results model, view and delegate, and the controller that runs searches."""
