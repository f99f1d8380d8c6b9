"""The timeline (issue 3): events by date in lanes, as a model, a view and a dockable panel."""

from npviewer.ui.timeline.model import TimelineModel, TimelineRole
from npviewer.ui.timeline.panel import TimelinePanel
from npviewer.ui.timeline.text import NO_REGION
from npviewer.ui.timeline.view import TimelineView

__all__ = ["NO_REGION", "TimelineModel", "TimelinePanel", "TimelineRole", "TimelineView"]
