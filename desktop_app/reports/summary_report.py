"""Period summaries for head office: complaints, and abusive behaviour towards staff.

The figures come from desktop_app.domain.kpis, the same code as the on-screen dashboard.
Headings and figure names are phrases, printed in the reader's language (`header.words`).
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm

from desktop_app.domain.incident_kinds import BehaviourKind, InjuryLevel, Trigger
from desktop_app.domain.kpis import ComplaintSummary, IncidentSummary, number, percent
from desktop_app.domain.phrase import phrase
from desktop_app.domain.translation import ENGLISH_WORDS, Words
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, para, styles
from desktop_app.reports.charts import bar_chart, column_chart

W = 180 * mm


def counts_table(t: Words, title: str, what: str, counts: Mapping[str, int],
                 names: Mapping[str, str] | None = None) -> list:
    """A heading and a table of counts with each one's share; `what` heads the names."""
    if not counts:
        return [heading(t(title)), para(t(phrase("None in this period.")), styles()["body"])]
    names = names or {}
    total = sum(counts.values())
    rows = [[t(names.get(k, k.replace("_", " ").capitalize())), str(n), percent(n / total)]
            for k, n in counts.items()]
    return [heading(t(title)), grid([t(what), t(phrase("Count")), t(phrase("Share"))], rows,
                                    [110 * mm, 30 * mm, 30 * mm])]


def _label(kind, key: str) -> str:  # noqa: ANN001
    try:
        return kind(key).label
    except ValueError:
        return key.replace("_", " ").capitalize()


def _figures(t: Words, rows: list[tuple[str, str]]) -> list:
    return [heading(t(phrase("Key figures"))),
            grid([t(phrase("Figure")), t(phrase("Value"))],
                 [[t(name), value] for name, value in rows], [110 * mm, 60 * mm])]


def key_figures(s: ComplaintSummary, t: Words = ENGLISH_WORDS) -> list:
    """The period's KPIs as a table (the store summary and head office's pack)."""
    repeat = (phrase("{people} person, {complaints} complaints", people=s.repeat_complainants,
                     complaints=s.repeat_complaints) if s.repeat_complainants == 1 else
              phrase("{people} people, {complaints} complaints", people=s.repeat_complainants,
                     complaints=s.repeat_complaints))
    return _figures(t, [
        (phrase("Complaints logged"), str(s.logged)),
        (phrase("Closed"), str(s.closed)),
        (phrase("First contact resolution (of those closed)"),
         percent(s.first_contact_resolution)),
        (phrase("Average handling time"), t(phrase("{minutes} min", minutes=number(
            s.average_handling_minutes))) if s.average_handling_minutes is not None else "—"),
        (phrase("Customer satisfaction (1 to 5)"),
         t(phrase("{score} from {responses} customers", score=number(s.satisfaction),
                  responses=s.satisfaction_responses))),
        (phrase("Escalation rate"), percent(s.escalation_rate)),
        (phrase("Average time to close"), t(phrase("{days} days", days=number(
            s.average_days_to_close))) if s.average_days_to_close is not None else "—"),
        (phrase("Follow-ups overdue"), str(s.follow_ups_overdue)),
        (phrase("Repeat complainants"), t(repeat)),
    ])


def complaints_summary_pdf(header: ReportHeader, s: ComplaintSummary,
                           category_labels: Mapping[str, str]) -> bytes:
    t = header.words
    story: list = key_figures(s, t)
    story.append(heading(t(phrase("Weekly trend"))))
    story.append(column_chart(t(phrase("Complaints logged per week (week beginning)")),
                              [f"{w:%d/%m}" for w, _ in s.weekly], [n for _, n in s.weekly]))
    if s.by_category:
        story.append(bar_chart(t(phrase("Complaints by category")),
                               [t(category_labels.get(k, k)) for k in s.by_category],
                               list(s.by_category.values())))
    story += counts_table(t, phrase("Complaints by category"), phrase("Category"),
                          s.by_category, category_labels)
    story += counts_table(t, phrase("Complaints by root cause"), phrase("Root cause"),
                          s.by_root_cause)
    story += counts_table(t, phrase("Complaints by channel"), phrase("Channel"), s.by_channel)
    story += counts_table(t, phrase("Complaints by status"), phrase("Status"), s.by_status)
    story.append(heading(t(phrase("Improvement suggestions recorded"))))
    if s.improvement_suggestions:
        if s.different_suggestions > len(s.improvement_suggestions):
            story.append(para(t(phrase(
                "The {shown} suggestions made most often, of {different} different ones.",
                shown=len(s.improvement_suggestions), different=s.different_suggestions)),
                styles()["small"]))
        story.append(grid([t(phrase("Suggestion")), t(phrase("Times")),
                           t(phrase("Complaints"))],
                          [[g.text, str(g.count), ", ".join(g.references)
                            + (" …" if g.count > len(g.references) else "")]
                           for g in s.improvement_suggestions],
                          [105 * mm, 15 * mm, 60 * mm]))
    else:
        story.append(para(t(phrase("None recorded in this period.")), styles()["body"]))
    return build_pdf(header, story)


def incidents_summary_pdf(header: ReportHeader, s: IncidentSummary) -> bytes:
    t = header.words
    story: list = _figures(t, [
        (phrase("Incidents recorded"), str(s.recorded)),
        (phrase("Police involved"), percent(s.police_involvement_rate)),
        (phrase("RIDDOR: reportable to the HSE (over 7 days off)"), str(s.riddor_reportable)),
        (phrase("RIDDOR: to be recorded (over 3 days off)"), str(s.riddor_recordable)),
        (phrase("Welfare follow-ups outstanding"), str(s.welfare_outstanding)),
    ])
    kinds = {k: _label(BehaviourKind, k) for k in s.by_kind}
    if s.by_kind:
        story.append(bar_chart(t(phrase("Incidents by kind of behaviour")),
                               [t(kinds[k]) for k in s.by_kind], list(s.by_kind.values())))
    story += counts_table(t, phrase("Incidents by kind of behaviour"),
                          phrase("Kind of behaviour"), s.by_kind, kinds)
    story += counts_table(t, phrase("Incidents by trigger"), phrase("Trigger"), s.by_trigger,
                          {k: _label(Trigger, k) for k in s.by_trigger})
    story.append(column_chart(t(phrase("Incidents by time of day")), list(s.by_time_band),
                              list(s.by_time_band.values()), height=55 * mm))
    story.append(column_chart(t(phrase("Incidents by day of the week")),
                              [t(day) for day in s.by_weekday],
                              list(s.by_weekday.values()), height=55 * mm))
    story += counts_table(t, phrase("Injuries by level"), phrase("Level"), s.by_injury,
                          {k: _label(InjuryLevel, k) for k in s.by_injury})
    return build_pdf(header, story)
