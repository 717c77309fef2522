"""The consumer-law hint as rich text for the Solve step's hint panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.consumer_law import LegalHint
from desktop_app.ui.text import tr_data


def hint_html(hint: LegalHint) -> str:
    heading = QCoreApplication.translate("LegalHint", "The customer’s rights in law")
    parts = [f"<b>{escape(heading)}</b>"]
    if hint.remedies:
        items = "".join(
            f"<li><b>{escape(tr_data(r.title))}</b> ({escape(r.section)}): "
            f"{escape(tr_data(r.reasoning))}</li>" for r in hint.remedies)
        parts.append(f"<ul style='margin:2px 0'>{items}</ul>")
    if hint.notes:
        parts.append("<br/>".join(escape(tr_data(note)) for note in hint.notes))
    parts.append(f"<i>{escape(tr_data(hint.disclaimer))}</i>")
    parts.append(f"<small>{escape(tr_data(hint.checked_text))}</small>")
    return "<br/>".join(parts)
