"""Choose the period pack's scope (the chain, a region, a store) and period, then see it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.head_office import Viewer
from desktop_app.services.head_office_figures import StoreStatus
from desktop_app.services.head_office_pack import period_pack
from desktop_app.ui import language as spoken
from desktop_app.ui.head_office.tabs import PeriodBar
from desktop_app.ui.report_preview import ReportPreview, open_preview


class PackDialog(QDialog):
    def __init__(self, viewer: Viewer, stores: list[StoreStatus],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.setObjectName("packDialog")
        self.setWindowTitle(self.tr("Period pack"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("packScope")
        self.scope.setAccessibleName(self.tr("Which stores"))
        if viewer.region is None:
            self.scope.addItem(self.tr("The whole chain"), (None, None))
        for region in sorted({s.region for s in stores}):
            self.scope.addItem(self.tr("Region %1").replace("%1", region), (region, None))
        for s in stores:
            self.scope.addItem(f"{s.code} {s.name}", (None, s.code))
        row.addWidget(QLabel(self.tr("For"), self))
        row.addWidget(self.scope, 1)
        layout.addLayout(row)
        self.period = PeriodBar(viewer.clock.now().date(), self)
        self.period.show_button.setText(self.tr("Make the pack"))
        self.period.show_button.setObjectName("makePackButton")
        self.period.show_button.clicked.connect(self.make)
        layout.addWidget(self.period)
        self.message = QLabel(self)
        self.message.setObjectName("packMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.preview: ReportPreview | None = None
        self.setMinimumWidth(layout.sizeHint().width() + 120)   # the dates never cut

    def make(self) -> ReportPreview | None:
        region, store_code = self.scope.currentData()
        self.message.clear()
        self.preview = open_preview(self, lambda: period_pack(
            self.viewer, *self.period.period(), region=region, store_code=store_code,
            language=spoken.current()),
            self.message.setText)
        return self.preview
