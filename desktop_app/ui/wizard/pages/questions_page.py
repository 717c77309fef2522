"""Choose the category, then ask the clarifying questions that category lists."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.text import tr_data
from desktop_app.ui.wizard.pages.base import StepPage, styled_label


class QuestionsPage(StepPage):
    def build(self) -> None:
        self.category = QComboBox(self.body_widget)
        self.category.setObjectName("field_category")
        self.category.setAccessibleName(self.label_for("category"))
        self.category.addItem(self.tr("Choose the category…"), "")
        for category in self.form.categories:
            self.category.addItem(tr_data(category.label), category.id)
        caption = QLabel(self.label_for("category") + " *", self.body_widget)
        caption.setBuddy(self.category)
        column = QVBoxLayout()
        column.addWidget(self.category)
        self.escalation_note = styled_label("", "help", self.body_widget)
        self.escalation_note.setObjectName("category_escalation_note")
        self.escalation_note.hide()
        column.addWidget(self.escalation_note)
        column.addWidget(self.error_label("category"))
        self.body.addRow(caption, column)
        self.questions_box = QWidget(self.body_widget)
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addRow(self.questions_box)
        self.body.addRow(self.error_label("clarifying_answers"))
        self._answers: dict[str, dict[str, str]] = {}   # per category, kept if it changes
        self._edits: list[tuple[str, QLineEdit]] = []
        self.category.currentIndexChanged.connect(self._category_changed)

    def _category_changed(self) -> None:
        self._remember()
        self._show_questions()
        self.edited.emit()

    def _remember(self) -> None:
        if self._edits:
            shown = self._edits[0][1].property("category")
            self._answers[shown] = {q: e.text() for q, e in self._edits}

    def _show_questions(self) -> None:
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._edits = []
        category = self.form.context.categories.get(self.category.currentData() or "")
        self.escalation_note.setVisible(bool(category and category.always_escalate))
        if category is None:
            return
        if category.always_escalate:
            self.escalation_note.setText(tr_data(category.escalation_reason) or
                                         self.tr("Complaints in this category are always escalated."))
        kept = self._answers.get(category.id, {})
        if category.questions:
            self.questions_layout.addWidget(
                styled_label(self.tr("Ask, and note each answer (at least one is needed) *"),
                             "help", self.questions_box))
        for number, question in enumerate(category.questions, start=1):
            label = QLabel(f"{number}. {tr_data(question)}", self.questions_box)
            label.setWordWrap(True)
            edit = QLineEdit(self.questions_box)
            edit.setObjectName(f"field_question_{number}")
            edit.setAccessibleName(tr_data(question))
            edit.setProperty("category", category.id)
            edit.setText(kept.get(question, ""))
            edit.textChanged.connect(self.edited)
            label.setBuddy(edit)
            self.questions_layout.addWidget(label)
            self.questions_layout.addWidget(edit)
            label.show()          # at once, not at the next turn of the event loop: a Tab
            edit.show()           # pressed straight after choosing goes to the question
            QWidget.setTabOrder(self._edits[-1][1] if self._edits else self.category, edit)
            self._edits.append((question, edit))

    def first_empty(self):  # noqa: ANN201
        """The category, then the first question not answered."""
        if not self.category.currentData():
            return self.category
        return next((edit for _question, edit in self._edits if not edit.text().strip()), None)

    def store(self) -> None:
        self.form.answers["category"] = self.category.currentData() or ""
        self.form.answers["clarifying_answers"] = [[q, e.text()] for q, e in self._edits]

    def load(self) -> None:
        index = self.category.findData(self.form.answers.get("category") or "")
        saved = self.form.answers.get("clarifying_answers") or []
        if index > 0:
            self._answers[self.category.itemData(index)] = {q: a for q, a in saved}
            self.category.setCurrentIndex(index)

    def show_errors(self, errors) -> None:  # noqa: ANN001
        super().show_errors(errors)
        if "category" in errors:
            self.category.setFocus()
        elif "clarifying_answers" in errors and self._edits:
            self._edits[0][1].setFocus()
