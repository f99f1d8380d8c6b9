"""Whose content a brief is made from, as npviewer says it everywhere (``library.provenance``): the
content's version on the cover and in the colophon, and, where no key the user trusts vouches for the
content, the sentence that says so, so that a printed brief never passes unsigned content off as ours.
In the brief's language, whatever the window's. No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from npviewer import __version__
from npviewer.brief.labels import Labels, format_date
from npviewer.i18n import translated_in

if TYPE_CHECKING:
    from npviewer.store.provenance import Provenance


@dataclass(frozen=True)
class Colophon:
    """``prepared``: when, with which npviewer, from which content (its version as shown everywhere);
    ``warning``: the sentence for content no trusted key vouches for (else empty); ``whose``: the
    colophon's sentence on whose content it is (signed by whom, unsigned, a local folder; empty for the
    bundled content, which ``prepared`` already names)."""

    prepared: str
    warning: str = ""
    whose: str = ""


def colophon(provenance: Provenance | None, labels: Labels, today: dt.date | None = None) -> Colophon:
    """The colophon of a brief made from content vouched for as ``provenance`` says (None: the bundled content)."""
    from npviewer.store.provenance import BUNDLED, Provenance

    provenance = provenance or Provenance("", BUNDLED)
    with translated_in(labels.lang):
        content, sentence = provenance.label(), provenance.sentence()
    date = format_date(today or dt.date.today(), labels.lang)
    prepared = labels.fmt("prepared", date=date, version=__version__, content=content)
    return Colophon(prepared, sentence if provenance.marked else "", "" if provenance.status == BUNDLED else sentence)
