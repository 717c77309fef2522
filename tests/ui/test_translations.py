"""The Welsh interface: every string the Qt code shows has its Welsh, none is left over,
placeholders and accelerators survive translation, and the .qm the program loads is the
one the files make now."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "scripts" / "update_translations.py")
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)

PLACEHOLDER = re.compile(r"%(?:\d|n)")


@pytest.fixture(scope="module")
def made() -> tuple[str, list[str], list[str]]:
    return tools.current()


def test_every_string_is_translated_and_none_is_obsolete(made):
    _, missing, unused = made
    assert missing == [], "run make translations and give these their Welsh"
    assert unused == [], "the code no longer has these: remove them from interface_cy.toml"


def test_the_committed_ts_is_the_one_the_files_make(made):
    text, _, _ = made
    assert tools.TS.read_text(encoding="utf-8") == text, "run make translations"
    assert 'type="unfinished"' not in text and 'type="obsolete"' not in text


def _faults(english: str, welsh: str) -> list[str]:
    faults = []
    if sorted(PLACEHOLDER.findall(welsh)) != sorted(PLACEHOLDER.findall(english)):
        faults.append("placeholders differ")
    if welsh[:1].isspace() != english[:1].isspace() or \
            welsh[-1:].isspace() != english[-1:].isspace():
        faults.append("leading or trailing space differs (it joins another string)")
    if ("&" in welsh) != ("&" in english):
        faults.append("keyboard accelerator (&) lost or added")
    if not welsh.strip():
        faults.append("empty")
    return faults


def test_placeholders_spaces_and_accelerators_survive():
    found = {english: faults for english, welsh in tools.welsh().items()
             if (faults := _faults(english, welsh))}
    assert found == {}


def test_the_phrases_keep_every_value_they_fill_in():
    """A phrase's Welsh fills in the same values, formatted the same way ({most:,})."""
    from desktop_app.domain.phrase import fields

    words = tools.data_welsh("phrases", tools.PHRASES_WELSH)
    token = re.compile(r"{[^{}]*}")
    found = {english: welsh for english, welsh in words.items()
             if sorted(token.findall(english)) != sorted(token.findall(welsh))
             or fields(english) != fields(welsh) or not welsh.strip()}
    assert found == {}
    assert len(words) == len(tools.phrase_templates()) > 150


def test_the_check_finds_a_lost_placeholder():
    assert _faults("Saved to %1", "Cadwyd") == ["placeholders differ"]
    assert _faults(" days", "diwrnod") == [
        "leading or trailing space differs (it joins another string)"]


def test_the_qm_translates_as_the_ts_says(qapp, tmp_path):
    built = tmp_path / "till_cy.qm"
    tools.build(tools.TS, built)
    assert built.read_bytes() == tools.QM.read_bytes(), "run make translations"
    translator = QTranslator()
    assert translator.load(str(tools.QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomeScreen", "New complaint") == "Cwyn newydd"
        assert QCoreApplication.translate("procedures", "Listen to the customer") == \
            "Gwrando ar y cwsmer"                                       # the data's Welsh
        assert QCoreApplication.translate("incidents", "Verbal abuse") == "Cam-drin geiriol"
        assert QCoreApplication.translate("IncidentForm", "Please check %n answer(s) marked "
                                          "in red.", None, 3) == \
            "Gwiriwch yr atebion sydd wedi'u marcio'n goch (3)."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_home_screen_holds_in_welsh_at_1024(qtbot, ctx, manager):
    """Welsh labels run longer: the manager's row wraps instead of widening the window."""
    from tests.conftest import MANAGER_PIN
    from tests.ui.helpers import open_window, sign_in

    translator = QTranslator()
    assert translator.load(str(tools.QM))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, ctx)
        window.resize(1024, 768)
        sign_in(qtbot, window, "M01", MANAGER_PIN)
        home = window.home
        assert home.new_button.text() == "Cwyn newydd"
        assert window.minimumSizeHint().width() <= 1024
        buttons = [b for b in (home.incidents_button, home.settings_button, home.staff_button,
                               home.audit_button, home.reports_button, home.backups_button,
                               home.data_protection_button) if b.isVisible()]
        assert len(buttons) == 7
        for n, button in enumerate(buttons):
            assert button.geometry().right() <= home.width()           # nothing clipped
            for other in buttons[n + 1:]:
                assert not button.geometry().intersects(other.geometry())
        assert home.recent_title.geometry().top() > max(b.geometry().bottom() for b in buttons)
    finally:
        QCoreApplication.removeTranslator(translator)


def _looked_up_contexts() -> set[str]:
    """The contexts the program asks Qt for: each class of the UI (its self.tr()), each
    literal context given to translate() or QT_TRANSLATE_NOOP(), and the data's."""
    import ast

    found = {"procedures", "incidents", "phrases"}
    for path in (ROOT / "desktop_app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Call) and node.args and \
                    isinstance(node.args[0], ast.Constant) and \
                    getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                        "translate", "QT_TRANSLATE_NOOP"):
                found.add(node.args[0].value)
    return found


def test_every_context_in_the_catalogue_is_one_the_program_looks_up(made):
    """lupdate files `table.tr("…")` under "table", but Qt looks it up under the
    widget's class: a string in a context nobody asks for is never shown in Welsh."""
    import xml.etree.ElementTree as ET

    text, _, _ = made
    contexts = {c.findtext("name") for c in ET.fromstring(text).iter("context")}
    assert sorted(contexts - _looked_up_contexts()) == []
