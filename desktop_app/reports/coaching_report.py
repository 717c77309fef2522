"""One member of staff's period for a performance review: their figures beside the
store's, the quality check month by month, the marking points most often missed and the
feedback they were given."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from desktop_app.domain.coaching import CoachingFigures
from desktop_app.domain.kpis import ComplaintSummary, number, percent
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, para, styles
from desktop_app.reports.charts import column_chart


def _figure_rows(mine: ComplaintSummary, store: ComplaintSummary) -> list[list[str]]:
    def both(get) -> list[str]:  # noqa: ANN001 - a function of a summary
        return [get(mine), get(store)]

    return [
        ["Complaints handled", *both(lambda s: str(s.logged))],
        ["First contact resolution (of those closed)",
         *both(lambda s: percent(s.first_contact_resolution))],
        ["Average handling time", *both(lambda s: number(s.average_handling_minutes, " min"))],
        ["Customer satisfaction (1 to 5)", *both(lambda s: number(s.satisfaction))],
        ["Escalation rate", *both(lambda s: percent(s.escalation_rate))],
        ["Average time to close", *both(lambda s: number(s.average_days_to_close, " days"))],
        ["Follow-ups overdue", *both(lambda s: str(s.follow_ups_overdue))],
    ]


def coaching_pdf(header: ReportHeader, f: CoachingFigures) -> bytes:
    st = styles()
    story: list = [
        para(f"{f.staff_name} ({f.staff_code}): the complaints they handled, beside the "
             "store's. The figures are the dashboard's own definitions.", st["body"]),
        heading("Figures"),
        grid(["Figure", f.staff_name, "The store"], _figure_rows(f.mine, f.store),
             [90 * mm, 45 * mm, 45 * mm]),
        heading("Quality check, month by month"),
    ]
    if f.months:
        story.append(column_chart("Marking points evidenced (%)", [m.month for m in f.months],
                                  [round((m.share or 0) * 100) for m in f.months],
                                  height=55 * mm))
        story.append(grid(["Month", "Complaints", "Points evidenced", "Share"],
                          [[m.month, str(m.complaints), f"{m.evidenced} of {m.applying}",
                            percent(m.share)] for m in f.months],
                          [40 * mm, 40 * mm, 55 * mm, 45 * mm]))
    else:
        story.append(para("No complaints handled in this period.", st["body"]))
    story.append(heading("The points most often missed"))
    if f.most_missed:
        story.append(grid(["Marking point", "Times", "Records (most recent first)"],
                          [[p.title, str(p.times), ", ".join(p.references)]
                           for p in f.most_missed],
                          [75 * mm, 18 * mm, 87 * mm]))
    else:
        story.append(para("None: every point that applied was evidenced.", st["body"]))
    story.append(heading("Feedback given in the period"))
    if f.feedback:
        story.append(grid(["Record", "Reviewed", "What was good", "One thing to work on",
                           "Read"],
                          [[n.reference, f"{n.review.at:%d/%m/%Y}, {n.review.staff_name}",
                            n.review.went_well, n.review.work_on,
                            f"{n.review.acknowledged_at:%d/%m/%Y}" if n.review.acknowledged_at
                            else "Not yet"] for n in f.feedback],
                          [36 * mm, 30 * mm, 44 * mm, 44 * mm, 26 * mm]))
    else:
        story.append(para("No reviews in this period.", st["body"]))
    # room to write in at the review, kept with its heading (never a page of its own)
    story.append(KeepTogether([heading("For the review"),
                               para("What went well, and one thing to work on next:",
                                    st["label"]), Spacer(1, 30 * mm)]))
    return build_pdf(header, story)
