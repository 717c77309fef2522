"""Preview, print or save a report: the very PDF the program produced, page by page.

Qt cannot print a PDF file itself, so the pages are rendered with pypdfium2, shown here and
painted onto the printer: what is previewed, printed and saved is one document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.private_files import write_private
from desktop_app.services.reporting import Report
from desktop_app.ui.text import said, tr_error

PREVIEW_SCALE = 1.25


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale, force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRx)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32)
            images.append(image.copy())       # own the pixels before pdfium frees them
    finally:
        document.close()
    return images


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page onto the printer at its resolution; returns the pages printed."""
    images = page_images(pdf, printer.resolution() / 72)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
    return len(images)


def open_preview(parent: QWidget, build: Callable[[], Report],
                 said: Callable[[str], object]) -> ReportPreview | None:
    """Make a report with `build` and show it; a refusal or a problem goes to `said`
    (the screen's message line) and nothing opens."""
    try:
        report = build()
    except DomainError as error:
        said(tr_error(error))
        return None
    preview = ReportPreview(report, parent)
    preview.show()
    return preview


class ReportPreview(QDialog):
    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("reportPreview")
        self.setWindowTitle(said(report.title))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        pages = QWidget(scroll)
        column = QVBoxLayout(pages)
        self.pages: list[QLabel] = []
        for number, image in enumerate(page_images(report.pdf, PREVIEW_SCALE), start=1):
            label = QLabel(pages)
            label.setObjectName(f"page_{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            self.pages.append(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        buttons.addWidget(self.message, 1)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setProperty("primary", True)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.save_report)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closePreviewButton")
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              self.report.filename, self.tr("PDF (*.pdf)"))
        return path

    def print_report(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        printed = print_pdf(self.report.pdf, printer)
        self.message.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(printed))
                             if printed else self.tr("The printer could not be used."))

    def save_report(self) -> None:
        path = self.choose_save_path()
        if not path:
            return
        try:
            write_private(Path(path), self.report.pdf)
        except OSError as error:
            self.message.setText(self.tr("Not saved: %1").replace("%1", error.strerror or tr_error(error)))
            return
        self.message.setText(self.tr("Saved to %1").replace("%1", path))
