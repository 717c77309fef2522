"""Period summaries for head office: complaints, and abusive behaviour towards staff.

The figures come from desktop_app.domain.kpis, the same code as the on-screen dashboard.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm

from desktop_app.domain.incident_kinds import BehaviourKind, InjuryLevel, Trigger
from desktop_app.domain.kpis import ComplaintSummary, IncidentSummary, number, percent
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, para, styles
from desktop_app.reports.charts import bar_chart, column_chart

W = 180 * mm


def _counts(title: str, counts: Mapping[str, int], names: Mapping[str, str] | None = None,
            ) -> list:
    if not counts:
        return [heading(title), para("None in this period.", styles()["body"])]
    names = names or {}
    total = sum(counts.values())
    rows = [[names.get(k, k.replace("_", " ").capitalize()), str(n), percent(n / total)]
            for k, n in counts.items()]
    return [heading(title), grid([title.split(" by ")[-1].capitalize(), "Count", "Share"], rows,
                                 [110 * mm, 30 * mm, 30 * mm])]


def _label(kind, key: str) -> str:  # noqa: ANN001
    try:
        return kind(key).label
    except ValueError:
        return key.replace("_", " ").capitalize()


def key_figures(s: ComplaintSummary) -> list:
    """The period's KPIs as a table (the store summary and head office's pack)."""
    figures = [
        ["Complaints logged", str(s.logged)],
        ["Closed", str(s.closed)],
        ["First contact resolution (of those closed)", percent(s.first_contact_resolution)],
        ["Average handling time", number(s.average_handling_minutes, " min")],
        ["Customer satisfaction (1 to 5)",
         f"{number(s.satisfaction)} from {s.satisfaction_responses} customers"],
        ["Escalation rate", percent(s.escalation_rate)],
        ["Average time to close", number(s.average_days_to_close, " days")],
        ["Follow-ups overdue", str(s.follow_ups_overdue)],
        ["Repeat complainants", f"{s.repeat_complainants} "
                                f"{'person' if s.repeat_complainants == 1 else 'people'}, "
                                f"{s.repeat_complaints} complaints"],
    ]
    return [heading("Key figures"), grid(["Figure", "Value"], figures, [110 * mm, 60 * mm])]


def complaints_summary_pdf(header: ReportHeader, s: ComplaintSummary,
                           category_labels: Mapping[str, str]) -> bytes:
    story: list = key_figures(s)
    story.append(heading("Weekly trend"))
    story.append(column_chart("Complaints logged per week (week beginning)",
                              [f"{w:%d/%m}" for w, _ in s.weekly], [n for _, n in s.weekly]))
    if s.by_category:
        story.append(bar_chart("Complaints by category",
                               [category_labels.get(k, k) for k in s.by_category],
                               list(s.by_category.values())))
    story += _counts("Complaints by category", s.by_category, category_labels)
    story += _counts("Complaints by root cause", s.by_root_cause)
    story += _counts("Complaints by channel", s.by_channel)
    story += _counts("Complaints by status", s.by_status)
    story.append(heading("Improvement suggestions recorded"))
    if s.improvement_suggestions:
        if s.different_suggestions > len(s.improvement_suggestions):
            story.append(para(f"The {len(s.improvement_suggestions)} suggestions made most "
                              f"often, of {s.different_suggestions} different ones.",
                              styles()["small"]))
        story.append(grid(["Suggestion", "Times", "Complaints"],
                          [[g.text, str(g.count), ", ".join(g.references)
                            + (" …" if g.count > len(g.references) else "")]
                           for g in s.improvement_suggestions],
                          [105 * mm, 15 * mm, 60 * mm]))
    else:
        story.append(para("None recorded in this period.", styles()["body"]))
    return build_pdf(header, story)


def incidents_summary_pdf(header: ReportHeader, s: IncidentSummary) -> bytes:
    figures = [
        ["Incidents recorded", str(s.recorded)],
        ["Police involved", percent(s.police_involvement_rate)],
        ["RIDDOR: reportable to the HSE (over 7 days off)", str(s.riddor_reportable)],
        ["RIDDOR: to be recorded (over 3 days off)", str(s.riddor_recordable)],
        ["Welfare follow-ups outstanding", str(s.welfare_outstanding)],
    ]
    story: list = [heading("Key figures"), grid(["Figure", "Value"], figures, [110 * mm, 60 * mm])]
    if s.by_kind:
        story.append(bar_chart("Incidents by kind of behaviour",
                               [_label(BehaviourKind, k) for k in s.by_kind],
                               list(s.by_kind.values())))
    story += _counts("Incidents by kind of behaviour", s.by_kind,
                     {k: _label(BehaviourKind, k) for k in s.by_kind})
    story += _counts("Incidents by trigger", s.by_trigger,
                     {k: _label(Trigger, k) for k in s.by_trigger})
    story.append(column_chart("Incidents by time of day", list(s.by_time_band),
                              list(s.by_time_band.values()), height=55 * mm))
    story.append(column_chart("Incidents by day of the week", list(s.by_weekday),
                              list(s.by_weekday.values()), height=55 * mm))
    story += _counts("Injuries by level", s.by_injury,
                     {k: _label(InjuryLevel, k) for k in s.by_injury})
    return build_pdf(header, story)
