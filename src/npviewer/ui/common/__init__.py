"""What every part of the window shares: the worker, settings, icons, colours, announcements, keys."""
