"""Translation helpers for strings that come from data files rather than code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


#: The context the data's Welsh is in (scripts/update_translations.py writes it).
DATA_CONTEXT = "procedures"


def tr_data(text: str, context: str = DATA_CONTEXT) -> str:
    """Procedure prompts, labels and questions are data; they still pass through Qt's
    translator so that a Welsh (or other) translation file can cover them."""
    return QCoreApplication.translate(context, text) if text else text
