"""A step of plain fields (Listen, details, Apologise, Say thank you…)."""

from __future__ import annotations

from desktop_app.ui.wizard.pages.base import StepPage


class FormPage(StepPage):
    def build(self) -> None:
        for key in self.step.fields:
            self.add_field(key)
