"""A line above the law's guidance in any language but English: the guidance itself (the
consumer-law hint, RIDDOR and offences) is legal wording, kept in English until a legal
translator has reviewed a translation, and the reader is told so in their language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.language import Language
from desktop_app.ui import language as spoken


class LawInEnglishNotice(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("The law's guidance below is in English only: a legal "
                                 "translator has not yet reviewed a translation."), parent)
        self.setObjectName("lawInEnglishOnly")
        self.setProperty("role", "help")
        self.setWordWrap(True)
        self.setVisible(spoken.current() is not Language.ENGLISH)
