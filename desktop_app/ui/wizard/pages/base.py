"""What every step page shares: the prompt panel, field rows, and messages beside fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget,
                               QWizardPage)

from desktop_app.domain.procedure import Step
from desktop_app.domain.schema.complaint import COMPLAINT, answer_field, asked_answers
from desktop_app.services.complaints import ComplaintForm
from desktop_app.ui.fields.editors import FieldEditor
from desktop_app.ui.fields.rows import EditorRows, styled_label
from desktop_app.ui.text import tr_data, said

__all__ = ["PromptPanel", "StepPage", "styled_label"]


class PromptPanel(QFrame):
    """What to do and say now, from the procedure file."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "prompt")
        self.setObjectName(f"prompt_{step.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        prompt = QLabel(" ".join(tr_data(step.prompt).split()), self)
        prompt.setWordWrap(True)
        prompt.setObjectName("promptText")
        layout.addWidget(prompt)
        if step.say:
            phrases = "".join(f"<li>“{_html(tr_data(s))}”</li>" for s in step.say)
            heading = _html(self.tr("You might say:"))      # outside the f-string: lupdate
            say = QLabel(f"<b>{heading}</b><ul style='margin:0'>{phrases}</ul>", self)
            say.setWordWrap(True)
            say.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(say)
        if step.avoid:
            heading = _html(self.tr("Avoid:"))
            avoid = QLabel(f"<b>{heading}</b> " +
                           " ".join(_html(tr_data(a)) for a in step.avoid), self)
            avoid.setWordWrap(True)
            avoid.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(avoid)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StepPage(QWizardPage):
    """Base page: subclasses add their widgets to `self.body` and move values in and out."""

    edited = Signal()

    def __init__(self, step: Step, form: ComplaintForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.form = form
        self.setObjectName(f"page_{step.id}")
        self.setTitle(tr_data(step.title))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(PromptPanel(step, self))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)       # Tab goes field to field, not here
        self.body_widget = QWidget(scroll)
        self.body = QFormLayout(self.body_widget)
        self.body.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body_widget)
        self.scroll = scroll
        self.field_rows = EditorRows(self.body_widget, name=lambda key: f"field_{key}",
                                     clear_on_change=False)       # _recheck clears them
        self.field_rows.changed.connect(self._on_changed)
        self.editors: dict[str, FieldEditor] = self.field_rows.editors
        self.errors: dict[str, QLabel] = self.field_rows.errors
        outer.addWidget(scroll, 1)
        self.summary = styled_label("", "error", self)
        self.summary.setObjectName(f"errors_{step.id}")
        self.summary.hide()
        outer.addWidget(self.summary)
        self.build()
        self.load()
        self.edited.connect(self._recheck)

    # -- for subclasses -------------------------------------------------------------------
    def build(self) -> None:
        """Add this kind of step's widgets."""

    def store(self) -> None:
        """Copy widget values into form.answers."""
        for key, editor in self.editors.items():
            self.form.answers[key] = editor.value()

    def load(self) -> None:
        """Show the values already in form.answers (Back, or a resumed draft)."""
        defaults = self.form.defaults
        for key, editor in self.editors.items():
            if key in self.form.answers:
                editor.set_value(self.form.answers[key])
            elif key in defaults:
                editor.set_value(defaults[key])
        self._apply_dependencies()

    # -- shared machinery ------------------------------------------------------------------
    def label_for(self, key: str) -> str:
        return tr_data(answer_field(key).label)

    def help_for(self, key: str) -> str:
        found = answer_field(key).help
        return tr_data(found) if found else ""

    def error_label(self, key: str) -> QLabel:
        return self.field_rows.error_label(key)

    def add_field(self, key: str) -> FieldEditor:
        spec = COMPLAINT[key]
        return self.field_rows.add(self.body, spec, required_mark=spec.required)

    def _on_changed(self) -> None:
        self._apply_dependencies()
        self.edited.emit()

    def _apply_dependencies(self) -> None:
        """A field that depends on a tick is enabled by it; a field asked only when another
        answer says so (the schema's `asked_when`) shows only then."""
        answers = asked_answers({**self.form.answered, **{
            key: editor.value() for key, editor in self.editors.items()}})
        for key, editor in self.editors.items():
            spec = COMPLAINT[key] if key in COMPLAINT else None
            if spec is None:
                continue
            if spec.depends_on in self.editors:
                editor.widget.setEnabled(bool(self.editors[spec.depends_on].value()))
            if spec.asked_when:
                self.field_rows.set_visible(key, spec.asked(answers))

    def show_errors(self, errors: dict[str, Any]) -> None:
        self.field_rows.show_errors(errors)
        unplaced = [said(m) for k, m in errors.items() if k not in self.errors]
        self.summary.setText("\n".join(unplaced))
        self.summary.setVisible(bool(unplaced))
        first = next((k for k in errors if k in self.editors), None)
        if first:
            widget = self.editors[first].focus_widget
            widget.setFocus()
            self.scroll.ensureWidgetVisible(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Typing can start at once: the first empty field has the cursor (after the
        wizard has placed its own focus)."""
        QTimer.singleShot(0, self.focus_first_empty)

    def focus_first_empty(self) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is not self:
            return
        widget = self.first_empty()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(widget)

    def first_empty(self) -> QWidget | None:
        """Where typing starts on this page: the first field not answered (a required tick
        box not ticked counts as not answered). Pages with their own widgets say theirs."""
        for key, editor in self.editors.items():
            widget = editor.focus_widget
            value = editor.value()
            unanswered = value in (None, "", [], ()) or (
                value is False and key in COMPLAINT and COMPLAINT[key].required)
            if widget.isEnabled() and widget.isVisibleTo(self) and unanswered:
                return widget
        return None

    def _recheck(self) -> None:
        """While messages show, each goes as soon as its field is right (the page's own
        widgets as much as the schema's editors)."""
        showing = [key for key, label in self.errors.items() if label.isVisibleTo(self)]
        if not showing:
            return
        self.store()
        still = self.form.step_errors(self.step.id)
        for key in showing:
            if key not in still:
                self.errors[key].clear()
                self.errors[key].hide()
                if key in self.editors:
                    self.editors[key].set_invalid(False)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.store()
        errors = self.form.step_errors(self.step.id)
        self.show_errors(errors)
        return not errors
