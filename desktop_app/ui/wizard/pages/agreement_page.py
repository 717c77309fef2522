"""The customer agrees (or not) with the resolution: typed name and/or a signature."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout)

from desktop_app.ui.widgets.signature_pad import SignaturePad
from desktop_app.ui.wizard.pages.base import StepPage, styled_label


class AgreementPage(StepPage):
    def build(self) -> None:
        self.offer = styled_label("", "help", self.body_widget)
        self.offer.setObjectName("agreement_offer")
        self.body.addRow(self.offer)
        self.yes = QRadioButton(self.tr("Yes, the customer agrees"), self.body_widget)
        self.yes.setObjectName("field_customer_agrees_yes")
        self.no = QRadioButton(self.tr("No, the customer does not agree"), self.body_widget)
        self.no.setObjectName("field_customer_agrees_no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(self._toggled)
        column = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.error_label("customer_agrees"))
        self.body.addRow(QLabel(self.label_for("customer_agrees") + " *", self.body_widget), column)

        self.name = QLineEdit(self.body_widget)
        self.name.setObjectName("field_customer_name")
        self.name.setAccessibleName(self.label_for("customer_name"))
        self.name.textChanged.connect(self.edited)
        column = QVBoxLayout()
        column.addWidget(self.name)
        column.addWidget(self.error_label("customer_name"))
        caption = QLabel(self.label_for("customer_name"), self.body_widget)
        caption.setBuddy(self.name)
        self.body.addRow(caption, column)

        self.pad = SignaturePad(self.body_widget)
        self.pad.setObjectName("field_signature")
        self.pad.setAccessibleName(self.label_for("signature_png"))
        self.pad.changed.connect(self.edited)
        clear = QPushButton(self.tr("Clear signature"), self.body_widget)
        clear.setObjectName("clear_signature")
        clear.clicked.connect(self.pad.clear)
        column = QVBoxLayout()
        column.addWidget(styled_label(self.tr("Ask the customer to sign with a finger or the "
                                              "mouse (optional)."), "help", self.body_widget))
        column.addWidget(self.pad)
        column.addWidget(clear)
        self.body.addRow(QLabel(self.label_for("signature_png"), self.body_widget), column)

    def first_empty(self):  # noqa: ANN201
        """Whether the customer agrees, then their name."""
        if self.group.checkedButton() is None:
            return self.yes
        if not self.name.text().strip():
            return self.name
        return None

    def _toggled(self, _button, _checked: bool) -> None:  # noqa: ANN001
        self.edited.emit()

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        options = self.form.answers.get("options") or []
        chosen = self.form.answers.get("chosen_option")
        if isinstance(chosen, int) and 0 <= chosen < len(options):
            self.offer.setText(self.tr("Offered: %1").replace(
                "%1", options[chosen].get("description", "")))

    def store(self) -> None:
        self.form.answers["customer_agrees"] = ("yes" if self.yes.isChecked() else
                                                "no" if self.no.isChecked() else None)
        self.form.answers["customer_name"] = self.name.text()
        self.form.answers["signature_png"] = self.pad.to_png()

    def load(self) -> None:
        agrees = self.form.answers.get("customer_agrees")
        self.yes.setChecked(agrees == "yes")
        self.no.setChecked(agrees == "no")
        self.name.setText(self.form.answers.get("customer_name") or "")
        self.pad.load_png(self.form.answers.get("signature_png"))

    def show_errors(self, errors) -> None:  # noqa: ANN001
        super().show_errors(errors)
        if "customer_agrees" in errors:
            self.yes.setFocus()
        elif "customer_name" in errors:
            self.name.setFocus()
