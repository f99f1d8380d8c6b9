"""The content store, search and user data: no Qt widgets are imported below this package."""
