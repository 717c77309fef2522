"""One member of staff's period for a performance review: their figures beside the
store's, the quality check month by month, the marking points most often missed and the
feedback they were given."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from desktop_app.domain.coaching import CoachingFigures
from desktop_app.domain.kpis import ComplaintSummary, number, percent
from desktop_app.domain.phrase import phrase
from desktop_app.domain.translation import Words
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, para, styles
from desktop_app.reports.charts import column_chart


def _figure_rows(t: Words, mine: ComplaintSummary, store: ComplaintSummary,
                 ) -> list[list[str]]:
    def both(get) -> list[str]:  # noqa: ANN001 - a function of a summary
        return [get(mine), get(store)]

    def minutes(s: ComplaintSummary) -> str:
        value = s.average_handling_minutes
        return "—" if value is None else t(phrase("{minutes} min", minutes=number(value)))

    def days(s: ComplaintSummary) -> str:
        value = s.average_days_to_close
        return "—" if value is None else t(phrase("{days} days", days=number(value)))

    return [[t(name), *values] for name, values in (
        (phrase("Complaints handled"), both(lambda s: str(s.logged))),
        (phrase("First contact resolution (of those closed)"),
         both(lambda s: percent(s.first_contact_resolution))),
        (phrase("Average handling time"), both(minutes)),
        (phrase("Customer satisfaction (1 to 5)"), both(lambda s: number(s.satisfaction))),
        (phrase("Escalation rate"), both(lambda s: percent(s.escalation_rate))),
        (phrase("Average time to close"), both(days)),
        (phrase("Follow-ups overdue"), both(lambda s: str(s.follow_ups_overdue))),
    )]


def coaching_pdf(header: ReportHeader, f: CoachingFigures) -> bytes:
    st = styles()
    t = header.words
    story: list = [
        para(t(phrase("{name} ({code}): the complaints they handled, beside the store's. The "
                      "figures are the dashboard's own definitions.", name=f.staff_name,
                      code=f.staff_code)), st["body"]),
        heading(t(phrase("Figures"))),
        grid([t(phrase("Figure")), f.staff_name, t(phrase("The store"))],
             _figure_rows(t, f.mine, f.store), [90 * mm, 45 * mm, 45 * mm]),
        heading(t(phrase("Quality check, month by month"))),
    ]
    if f.months:
        story.append(column_chart(t(phrase("Marking points evidenced (%)")),
                                  [m.month for m in f.months],
                                  [round((m.share or 0) * 100) for m in f.months],
                                  height=55 * mm))
        columns = (phrase("Month"), phrase("Complaints"), phrase("Points evidenced"),
                   phrase("Share"))
        story.append(grid([t(c) for c in columns],
                          [[m.month, str(m.complaints),
                            t(phrase("{met} of {due}", met=m.evidenced, due=m.applying)),
                            percent(m.share)] for m in f.months],
                          [40 * mm, 40 * mm, 55 * mm, 45 * mm]))
    else:
        story.append(para(t(phrase("No complaints handled in this period.")), st["body"]))
    story.append(heading(t(phrase("The points most often missed"))))
    if f.most_missed:
        columns = (phrase("Marking point"), phrase("Times"),
                   phrase("Records (most recent first)"))
        story.append(grid([t(c) for c in columns],
                          [[t(p.title), str(p.times), ", ".join(p.references)]
                           for p in f.most_missed],
                          [75 * mm, 18 * mm, 87 * mm]))
    else:
        story.append(para(t(phrase("None: every point that applied was evidenced.")),
                          st["body"]))
    story.append(heading(t(phrase("Feedback given in the period"))))
    if f.feedback:
        columns = (phrase("Record"), phrase("Reviewed"), phrase("What was good"),
                   phrase("One thing to work on"), phrase("Read"))
        not_yet = t(phrase("Not yet"))
        story.append(grid([t(c) for c in columns],
                          [[n.reference, f"{n.review.at:%d/%m/%Y}, {n.review.staff_name}",
                            n.review.went_well, n.review.work_on,
                            f"{n.review.acknowledged_at:%d/%m/%Y}" if n.review.acknowledged_at
                            else not_yet] for n in f.feedback],
                          [36 * mm, 30 * mm, 44 * mm, 44 * mm, 26 * mm]))
    else:
        story.append(para(t(phrase("No reviews in this period.")), st["body"]))
    # room to write in at the review, kept with its heading (never a page of its own)
    story.append(KeepTogether([heading(t(phrase("For the review"))),
                               para(t(phrase("What went well, and one thing to work on next:")),
                                    st["label"]), Spacer(1, 30 * mm)]))
    return build_pdf(header, story)
