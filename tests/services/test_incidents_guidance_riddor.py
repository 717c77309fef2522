"""What the incident form shows about RIDDOR as the answers change."""

from __future__ import annotations

from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.services import incidents


def test_verbal_abuse_with_ten_days_off_is_not_called_reportable():
    shown = incidents.guidance(Jurisdiction.ENGLAND, {"behaviours": ["verbal_abuse"],
                                                      "days_off_work": 10})
    assert "Not reportable under RIDDOR" in shown.riddor_text
    assert "Reportable to the HSE" not in shown.riddor_text


def test_an_assault_with_ten_days_off_is_reportable():
    shown = incidents.guidance(Jurisdiction.ENGLAND, {"behaviours": ["physical_assault"],
                                                      "days_off_work": 10})
    assert shown.riddor_text.startswith("Reportable to the HSE")
