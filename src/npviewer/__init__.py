"""npviewer: an offline reference to Korea's New Northern Policy."""

__version__ = "0.1.0"
