"""Write docs/law.md from the law table (desktop_app/domain/law_table.py).

Run after changing a rule: `.venv/bin/python scripts/write_law_doc.py`. A test fails when
the document and the table differ.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.law_table import LAW_CHECKED, RULES

ROOT = Path(__file__).resolve().parents[1]

HEAD = f"""# The law the program applies

Every hint the till shows (the customer's rights at the Solve step, RIDDOR and the offences
on an incident) is worked out from the rules below, in `desktop_app/domain/law_table.py`,
`consumer_law.py`, `cancellation.py` and `incident_law.py`. A saved complaint keeps the hint
it was shown, the ids of the rules it used and the date of this table, and prints them in
its PDF under Solve. The program shows the date under every hint.

It is guidance for staff, not legal advice: it never stops the store offering more, and
says so under every hint.

Last checked: {LAW_CHECKED.isoformat()} (against legislation.gov.uk and the HSE's and
HSENI's RIDDOR guidance). To check again: read each source, change the rule and its table
test (`tests/domain/test_consumer_law.py`, `test_law_facts.py`, `test_incident_law.py`),
set `LAW_CHECKED`, and run this script.

## Notes on what was checked

- The motor-vehicle exception to "no deduction for use in the first 6 months" is
  s24(10)(a) of the Consumer Rights Act 2015; s24(11) only says when those 6 months begin.
- The Crime and Policing Bill's offence of assaulting a retail worker (England and Wales)
  is shown as not confirmed in force; Sentencing Act 2020 s68A (from 28 June 2022) is.
- Abuse or threats alone are not a RIDDOR accident, whatever the time off; physical
  violence to a worker is.

## Rules

| id | source | what it says |
|---|---|---|
"""


def document() -> str:
    rows = "".join(f"| `{rule.id}` | {rule.source} | {rule.says} |\n" for rule in RULES.values())
    return HEAD + rows


def main() -> None:
    (ROOT / "docs" / "law.md").write_text(document(), encoding="utf-8")


if __name__ == "__main__":
    main()
