"""Reading a window for English: the program's own words visible in it (labels, buttons,
groups, tabs, choices, column headers, placeholders and tips), and those still in English.
What staff typed and names are data, so record bodies and table cells are not read."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QTableView, QTabWidget, QWidget)

ROOT = Path(__file__).resolve().parents[2]
#: English words Welsh never uses: one of them in a sentence the program shows is English
ENGLISH = re.compile(r"\b(the|and|with|your|you|this|for|not|of|to|are|was|has|have|"
                     r"from|will|can|cannot|when|what|who|which|been|there|here)\b", re.I)
#: widgets that show what was typed or saved, not the program's words
DATA = {"complaintRecord", "incidentRecord", "recentComplaints",
        "returns_policy",                   # the policy as the store wrote it
        "field_chosen_option",              # the options as the staff member wrote them
        "recordValue"}                      # a value of a record head office reads
#: the other language, offered in its own name ("English" on a Welsh screen)
OWN_NAMES = {"languageButton", "language"}         # the switch; the store's language


def _translated() -> set[str]:
    """Every English string the catalogue has a different Welsh for."""
    tree = ET.parse(ROOT / "resources" / "translations" / "till_cy.ts")
    return {m.findtext("source") for m in tree.getroot().iter("message")
            if (m.findtext("translation") or "").strip()
            and m.findtext("translation") != m.findtext("source")}


TRANSLATED = _translated()


def _shown(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each piece of the program's own wording visible in `root`."""
    found: list[tuple[str, str]] = []
    visible = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for w in visible:
        name = w.objectName() or type(w).__name__
        if name in OWN_NAMES or name in DATA:
            continue
        if isinstance(w, QLabel):
            found.append((name, w.text()))
        if isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        if isinstance(w, QGroupBox):
            found.append((name, w.title()))
        if isinstance(w, QLineEdit):
            found.append((name, w.placeholderText()))
        if isinstance(w, QComboBox) and not w.isEditable():       # the choices it offers
            found += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            found += [(name, str(w.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(w.model().columnCount())]
        if w.toolTip() and not (isinstance(w, QLineEdit) and w.toolTip() == w.text()):
            found.append((name + " (tip)", w.toolTip()))   # (an editor's tip: what it holds)
    return [(where, text) for where, text in found if text and text.strip()]


def english_left(root: QWidget) -> list[str]:
    left = []
    for where, text in _shown(root):
        plain = unescape(re.sub(r"<[^>]+>", " ", text))
        plain = re.sub(r"\S*[/\\]\S*", " ", plain)        # a folder is data, whatever its name
        if text in TRANSLATED or plain.strip() in TRANSLATED or ENGLISH.search(plain):
            left.append(f"{where}: {' '.join(plain.split())[:200]}")
    return left
