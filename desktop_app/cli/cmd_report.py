"""`report KIND ... --out FILE.pdf --user CODE`: the same PDFs as the program prints.

    report complaint REF | customer-copy REF | receipt REF | incident REF
    report summary --from DATE --to DATE | abuse-summary --from DATE --to DATE
"""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from pathlib import Path

from desktop_app.cli.common import (add_user_arguments, open_context, parse_day,
                                    signed_in, write_out)
from desktop_app.services import reporting
from desktop_app.services.reporting import ComplaintReport

RECORD_KINDS = ("complaint", "customer-copy", "receipt", "incident")
PERIOD_KINDS = ("summary", "abuse-summary")


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser("report", help="write a report as PDF")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in RECORD_KINDS:
        one = kinds.add_parser(kind, help=f"the {kind.replace('-', ' ')} of one record")
        one.add_argument("reference", metavar="REF")
        _common(one)
    for kind in PERIOD_KINDS:
        period = kinds.add_parser(kind, help=f"the {kind.replace('-', ' ')} of a period")
        period.add_argument("--from", dest="start", required=True, metavar="DATE")
        period.add_argument("--to", dest="end", required=True, metavar="DATE")
        _common(period)


def _common(parser) -> None:  # noqa: ANN001
    parser.add_argument("--out", type=Path, metavar="FILE.pdf",
                        help="where to write it (default: the report's own name, here)")
    add_user_arguments(parser)
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    ctx = open_context(args)
    try:
        user = signed_in(args, ctx)
        if args.kind == "incident":
            report = reporting.incident_report(ctx, user, args.reference)
        elif args.kind in RECORD_KINDS:
            report = reporting.complaint_report(ctx, user, args.reference,
                                                ComplaintReport(args.kind))
        else:
            start, end = parse_day(args.start), parse_day(args.end)
            build = (reporting.complaints_summary if args.kind == "summary"
                     else reporting.incidents_summary)
            report = build(ctx, user, start, end)
        out = args.out or Path(report.filename)
        write_out(out, report.pdf)
        print(f"Wrote {report.title} to {out}.")
    finally:
        ctx.close()
    return 0
