"""Write docs/marking-points.md from resources/quality/marking_points.toml and the rules
of desktop_app/domain/quality.py.

Run after changing either: `.venv/bin/python scripts/write_marking_points_doc.py`. A test
fails when the document is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.domain.quality import RULES, TITLES  # noqa: E402
from desktop_app.services.quality import marking_points  # noqa: E402

DOC = ROOT / "docs" / "marking-points.md"

HEAD = """# Marking points and the quality check

The qualification the product follows marks a complaint record on named points (the
examiner marking points of the five source briefs). Each saved complaint is checked
against them by the rules of `desktop_app/domain/quality.py`: the complaint view and the
complaint PDF show the checklist, the coaching screen counts the points most often
missed. The check is guidance for coaching; it never stops the till saving anything.

This file is written from `resources/quality/marking_points.toml` by
`scripts/write_marking_points_doc.py`; a test keeps the two equal.

## The points, and the rules that answer them
"""


def document() -> str:
    lines = [HEAD]
    brief = None
    for point in marking_points():
        if point.brief != brief:
            brief = point.brief
            lines.append(f"\n### Brief {brief}\n")
        rules = "; ".join(f"{TITLES[r]} (`{r}`)" for r in point.rules)
        lines.append(f"- {point.text}\n  - Checked by: {rules}")
    lines.append("\n## The rules\n")
    for rule, check in RULES.items():
        doc = " ".join((check.__doc__ or "").split())
        lines.append(f"- `{rule}`: {TITLES[rule]}." + (f" {doc}" if doc else ""))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DOC.write_text(document(), encoding="utf-8")
    print(f"Wrote {DOC.relative_to(ROOT)}")
