"""The interface's language at run time: Welsh is a translator over the English the code
is written in (resources/translations/till_cy.qm); English is no translator at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.domain.language import Language
from desktop_app.locations import resource

#: each language named as its speakers name it, on the button that switches to it
NATIVE_NAMES = {Language.WELSH: "Cymraeg", Language.ENGLISH: "English"}

_installed: dict[str, QTranslator] = {}


def current() -> Language:
    return Language.WELSH if Language.WELSH.value in _installed else Language.ENGLISH


def other_offered(ctx) -> Language | None:  # noqa: ANN001 - an AppContext
    """The language a switch offers here: the one the store offers that is not spoken now
    (None outside Wales)."""
    from desktop_app.services import language      # late: the sign-in screen is imported first

    return next((lang for lang in language.offered(ctx) if lang is not current()), None)


def apply(language: Language) -> bool:
    """Speak `language` from now on; whether anything changed (screens built before keep
    the words they were built with, so the window rebuilds them)."""
    if language is current():
        return False
    for translator in _installed.values():
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language is Language.WELSH:
        translator = QTranslator(QCoreApplication.instance())
        if not translator.load(str(resource("translations", "till_cy.qm"))):
            return False
        QCoreApplication.installTranslator(translator)
        _installed[language.value] = translator
    return True
