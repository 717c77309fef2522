"""The manager's backups: the ones on disk with their times and the last good one; back up
now to a chosen folder (a USB stick); restore from one. Below, what goes to head office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.staff import StaffMember
from desktop_app.services import maintenance
from desktop_app.services.context import AppContext, explain_failure
from desktop_app.ui.head_office_panel import HeadOfficePanel
from desktop_app.ui.tables import record_table
from desktop_app.ui.text import tr_error

# Columns of the table of backups on disk
COL_MADE, COL_KIND, COL_SIZE = range(3)


class BackupScreen(QWidget):
    back = Signal()
    restored = Signal()        # the database was replaced: everyone signs in again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("backupScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Backups"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.about = QLabel(self)
        self.about.setObjectName("backupAbout")
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.last_good = QLabel(self)
        self.last_good.setObjectName("lastGoodBackup")
        self.last_good.setWordWrap(True)
        layout.addWidget(self.last_good)
        self.table = record_table(self, "backupsTable", self.tr("Backups on this PC"),
                                  [self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now to a folder…"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.setProperty("primary", True)
        self.backup_button.clicked.connect(self._backup)
        row.addWidget(self.backup_button)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("Keep automatic backups for"), self)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("keepDays")
        self.keep.setAccessibleName(self.tr("Keep automatic backups for"))
        self.keep.setRange(7, 3650)
        self.keep.setSuffix(self.tr(" days"))
        keep_label.setBuddy(self.keep)
        self.keep_button = QPushButton(self.tr("Save"), self)
        self.keep_button.setObjectName("saveKeepDaysButton")
        self.keep_button.clicked.connect(self._save_keep_days)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.keep_button)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        self.head_office = HeadOfficePanel(ctx, self)
        layout.addWidget(self.head_office)
        self.message = QLabel(self)
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        done = QPushButton(self.tr("Back"), self)
        done.setObjectName("backupBackButton")
        done.clicked.connect(self.back)
        layout.addWidget(done)

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        folder = maintenance.backup_folder(self.ctx.db.path)
        self.about.setText(self.tr(
            "A backup is made automatically each day and before every upgrade, in %1, and "
            "kept for %2 days. Keep a copy on a second device too: back up to a USB stick "
            "and keep it locked away.").replace("%1", str(folder))
            .replace("%2", str(maintenance.keep_days(self.ctx))))
        self.keep.setValue(maintenance.keep_days(self.ctx))
        self.message.clear()
        self._show_backups()
        self.head_office.show_for(user)

    def _show_backups(self) -> None:
        state = maintenance.backups_state(self.ctx, self.user)
        self.table.setRowCount(len(state.backups))
        for row, backup in enumerate(state.backups):
            kind = (self.tr("Before an upgrade") if "before-upgrade" in backup.path.name
                    else self.tr("Daily"))
            cells = {COL_MADE: backup.made_at.strftime("%d/%m/%Y %H:%M"), COL_KIND: kind,
                     COL_SIZE: f"{backup.size_bytes / 1_048_576:.1f} MB"}
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if state.last_good is None:
            self.last_good.setText(self.tr("No good backup is on this PC yet."))
        else:
            self.last_good.setText(self.tr("Last good backup: %1")
                                   .replace("%1", state.last_good.made_at
                                            .strftime("%d/%m/%Y at %H:%M")))

    def _save_keep_days(self) -> None:
        try:
            maintenance.set_keep_days(self.ctx, self.user, self.keep.value())
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        self.show_for(self.user)
        self.message.setText(self.tr("Saved."))

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder?"))

    def choose_backup(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore which backup?"),
            str(maintenance.backup_folder(self.ctx.db.path)), self.tr("Backups (*.db)"))
        return path

    def _backup(self) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        try:
            target = maintenance.backup_now(self.ctx, self.user, Path(folder))
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        except Exception as error:  # noqa: BLE001 - a sentence, never an unhandled error
            self.message.setText(explain_failure(error))
            return
        self.message.setText(self.tr("Backed up and checked: %1").replace("%1", str(target)))

    def _restore(self) -> None:
        chosen = self.choose_backup()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Everything saved since %1 was made will no longer be in the database "
                    "(the current database is kept beside it). Everyone will need to sign in "
                    "again. Restore it?").replace("%1", Path(chosen).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = maintenance.restore_in_place(self.ctx, self.user, Path(chosen))
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        except Exception as error:  # noqa: BLE001 - a sentence, never an unhandled error
            self.message.setText(explain_failure(error))
            return
        self.message.setText(self.tr("Restored. The replaced database is kept as %1.")
                             .replace("%1", kept.name if kept else ""))
        self.restored.emit()
