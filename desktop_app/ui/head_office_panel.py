"""The Backups screen's head-office part: both keys' fingerprints, what head office last
acknowledged and how many changes wait; send a sealed bundle to a folder or a stick, read
head office's acknowledgement, install head office's key, save this till's key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QGridLayout, QGroupBox, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.staff import StaffMember
from desktop_app.services import head_office_link
from desktop_app.services.context import AppContext, explain_failure
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.text import tr_error
from desktop_app.ui.widgets.flow_layout import FlowLayout


class HeadOfficePanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Head office"))
        self.setObjectName("headOfficePanel")
        self.ctx = ctx
        self.user: StaffMember | None = None
        layout = QVBoxLayout(self)
        facts = QGridLayout()
        self.values: dict[str, QLabel] = {}
        for row, (name, caption) in enumerate((
                ("storeFingerprint", self.tr("This till's key")),
                ("headOfficeFingerprint", self.tr("Head office's key")),
                ("acknowledged", self.tr("Head office has")),
                ("lastBundle", self.tr("Last sent")))):
            label = QLabel(caption, self)
            value = QLabel(self)
            value.setObjectName(name)
            value.setWordWrap(True)
            label.setBuddy(value)
            facts.addWidget(label, row, 0)
            facts.addWidget(value, row, 1)
            self.values[name] = value
        facts.setColumnStretch(1, 1)
        layout.addLayout(facts)
        buttons = FlowLayout()                  # wraps where the labels run long (Welsh)
        self.send_button = self._button(self.tr("Send to head office…"), "sendToHeadOfficeButton",
                                        self._send, buttons)
        self.send_button.setProperty("primary", True)
        self._button(self.tr("Read acknowledgement…"), "readAckButton", self._read_ack, buttons)
        self._button(self.tr("Install head office's key…"), "installHeadOfficeKeyButton",
                     self._install, buttons)
        self._button(self.tr("Save this till's key…"), "saveStoreKeyButton", self._save_key,
                     buttons)
        layout.addLayout(buttons)
        self._sending_said = ""
        self.sending = BackgroundQuery(self)
        self.sending.done.connect(self._sent)
        self.sending.failed.connect(self._not_sent)
        self.message = QLabel(self)
        self.message.setObjectName("headOfficeMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _button(self, text: str, name: str, slot, row: FlowLayout) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- what it shows ----------------------------------------------------------------------
    def show_for(self, user: StaffMember) -> None:
        """A sending still running, or how the last one went, stays said when the manager
        comes back to the screen."""
        self.user = user
        self.message.setText(self._sending_said)
        self.refresh()

    def refresh(self) -> None:
        link = head_office_link.status(self.ctx)
        self.values["storeFingerprint"].setText(link.store_fingerprint)
        self.values["headOfficeFingerprint"].setText(
            link.head_office_fingerprint or self.tr("Not installed yet"))
        self.values["acknowledged"].setText(
            self.tr("every change up to %1; %2 changed since, waiting to be sent")
            .replace("%1", f"{link.acknowledged_through:,}")
            .replace("%2", f"{link.waiting:,}"))
        self.values["lastBundle"].setText(
            link.last_bundle.replace("T", " ") if link.last_bundle else self.tr("Never"))
        self.send_button.setEnabled(link.installed and not self.sending.busy)

    # -- file choices (tests replace these) -----------------------------------------------
    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Send to which folder or stick?"))

    def choose_file(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title)
        return path

    def choose_save(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this till's key as"),
                                              "till-public-key.json")
        return path

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action) -> None:  # noqa: ANN001 - a callable returning the message
        try:
            self.message.setText(action())
        except DomainError as error:
            self.message.setText(tr_error(error))
        except OSError as error:
            self.message.setText(self.tr("Could not read or write the file: %1")
                                 .replace("%1", error.strerror or tr_error(error)))
        except Exception as error:  # noqa: BLE001 - a sentence, never an unhandled error
            self.message.setText(explain_failure(error))
        self.refresh()

    def _send(self) -> None:
        """Sealing years of records takes a while: it runs off the UI thread, and the till
        keeps working meanwhile (the records are read on the reader connection)."""
        folder = self.choose_folder()
        if not folder:
            return
        self.send_button.setEnabled(False)
        self._say(self.tr("Sealing the changes for head office… You can carry on using the "
                          "till."))
        self.sending.run(head_office_link.make_bundle, self.ctx, self.user, Path(folder))

    def _sent(self, made: head_office_link.BundleMade) -> None:
        files = (self.tr("in %1").replace("%1", str(made.path)) if len(made.paths) == 1 else
                 self.tr("in %1 files in %2").replace("%1", str(len(made.paths)))
                 .replace("%2", str(made.path.parent)))
        self._say(self.tr("Sealed changes %1 to %2 for head office %3.")
                  .replace("%1", f"{made.first:,}").replace("%2", f"{made.last:,}")
                  .replace("%3", files))
        self.refresh()

    def _not_sent(self, message: str) -> None:
        self._say(message)
        self.refresh()

    def _say(self, text: str) -> None:
        self._sending_said = text
        self.message.setText(text)

    def _read_ack(self) -> None:
        chosen = self.choose_file(self.tr("Head office's acknowledgement"))
        if not chosen:
            return

        def read() -> str:
            through = head_office_link.read_acknowledgement(self.ctx, self.user,
                                                            Path(chosen).read_bytes())
            return self.tr("Head office has every change up to %1.").replace("%1", str(through))
        self._run(read)

    def _install(self) -> None:
        chosen = self.choose_file(self.tr("Head office's key file"))
        if not chosen:
            return

        def install() -> str:
            fingerprint = head_office_link.install_head_office_key(
                self.ctx, self.user, Path(chosen).read_bytes())
            return (self.tr("Installed. Check this fingerprint with head office by phone: %1")
                    .replace("%1", fingerprint))
        self._run(install)

    def _save_key(self) -> None:
        chosen = self.choose_save()
        if not chosen:
            return

        def save() -> str:
            from desktop_app.private_files import write_private
            write_private(Path(chosen), head_office_link.export_store_key(self.ctx))
            return self.tr("Saved: send %1 to head office.").replace("%1", chosen)
        self._run(save)
