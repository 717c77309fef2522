"""Writes docs/permissions.md from desktop_app/domain/permissions.py (a test checks it)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INTRO = """# Permissions

Who may do what, for each kind of record. This table is generated from
`desktop_app/domain/permissions.py` (`python scripts/write_permissions_doc.py`), and the
service layer enforces it: the screens only hide what would be refused anyway.

- **yes**: every record of the store. **own only**: records the person recorded or is
  named in (as the member of staff affected, a witness or the reporter). **no**: refused.
- Staff see the complaints of their store, and their own abusive-behaviour incidents;
  another person's incident shows in lists only as "An incident on <date>".
- Follow-up updates and disclosures on an incident are a manager's (amend, own only, lets
  staff complete the missing details of a report they are part of).
- Nobody can change or delete the audit trail: database triggers refuse it, and the hash
  chain makes any change made around them visible to `complaint-logger check`.
- Every view, print, export, amendment, erasure, staff change and settings change writes
  one audit entry (who, which record, what, when, which PC) with references only.

"""


def build() -> str:
    from desktop_app.domain.permissions import matrix_markdown
    return INTRO + matrix_markdown() + "\n"


if __name__ == "__main__":
    (ROOT / "docs" / "permissions.md").write_text(build(), encoding="utf-8")
    print("wrote docs/permissions.md")
