"""The first window: shown at once, while the database is opened and checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__


class StartingWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startingWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1024, 768)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(APP_NAME, self)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.status = QLabel(self.tr("Opening the complaint records…"), self)
        self.status.setObjectName("startingStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        version = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        version.setProperty("role", "help")
        layout.addWidget(version)
        layout.addStretch(1)
