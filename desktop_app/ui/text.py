"""Translation helpers for strings that come from data files rather than code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_data(text: str, context: str = "procedures") -> str:
    """Procedure prompts, labels and questions are data; they still pass through Qt's
    translator so that a Welsh (or other) translation file can cover them."""
    return QCoreApplication.translate(context, text) if text else text
