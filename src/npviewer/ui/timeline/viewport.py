"""Which stretch of time the plot shows: the mapping from days to x, zooming and panning."""

from __future__ import annotations

import datetime as dt

#: Days are proleptic Gregorian ordinals (``date.toordinal()``), as floats: day ``d`` covers
#: ``[d, d + 1)``.
FIRST_DAY = float(dt.date(1, 1, 2).toordinal())
LAST_DAY = float(dt.date(9999, 12, 30).toordinal())
MIN_VISIBLE_DAYS = 3.0  # zoomed in as far as three days across the plot
MAX_VISIBLE_DAYS = 400 * 365.25  # zoomed out as far as four centuries


class Viewport:
    """The plot's time window: ``t0`` is the day at its left edge, ``scale`` pixels per day.

    ``x`` is measured from the plot's left edge, not the widget's.
    """

    def __init__(self, width: float = 600.0) -> None:
        self.width = max(1.0, width)
        self.t0 = float(dt.date(2000, 1, 1).toordinal())
        self.scale = self.width / (25 * 365.25)

    def x(self, day: float) -> float:
        return (day - self.t0) * self.scale

    def day(self, x: float) -> float:
        return self.t0 + x / self.scale

    def visible(self) -> tuple[float, float]:
        """The first and last day (fractional) the plot shows."""
        return self.t0, self.t0 + self.width / self.scale

    def resize(self, width: float) -> None:
        """Keep the left edge and scale; show more or less time on the right."""
        self.width = max(1.0, width)
        self._clamp()

    def zoom_at(self, x: float, factor: float) -> None:
        """Scale by ``factor`` (> 1 zooms in) keeping the day under ``x`` at ``x``."""
        if factor <= 0:
            return
        day = self.day(x)
        self.scale = self._bounded_scale(self.scale * factor)
        self.t0 = day - x / self.scale
        self._clamp()

    def pan(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right (the window moves left)."""
        self.t0 -= dx / self.scale
        self._clamp()

    def show(self, first: float, last: float, margin: float = 0.03, room: float = 0.0) -> None:
        """Fit days ``[first, last)`` into the plot, ``margin`` of the width on each side and
        ``room`` more pixels on the right (for the last events' labels)."""
        inner = max(1.0, self.width * (1 - 2 * margin) - room)
        span = max(last - first, MIN_VISIBLE_DAYS / 2)
        self.scale = self._bounded_scale(inner / span)
        self.t0 = first - (self.width * margin + max(0.0, inner - span * self.scale) / 2) / self.scale
        self._clamp()

    def reveal(self, first: float, last: float, margin_px: float = 40.0) -> bool:
        """Pan (never zoom) the least so that ``[first, last)`` is in view; True if it moved."""
        left, right = self.x(first), self.x(last)
        room = self.width - 2 * margin_px
        if left >= margin_px and right <= self.width - margin_px:
            return False
        too_wide = right - left > room or left < margin_px
        # a long or early span: align its start with the left margin; else its end with the right
        self.pan(margin_px - left if too_wide else (self.width - margin_px) - right)
        return True

    def _bounded_scale(self, scale: float) -> float:
        return min(max(scale, self.width / MAX_VISIBLE_DAYS), self.width / MIN_VISIBLE_DAYS)

    def _clamp(self) -> None:
        self.scale = self._bounded_scale(self.scale)
        visible = self.width / self.scale
        self.t0 = min(max(self.t0, FIRST_DAY), LAST_DAY - visible)
