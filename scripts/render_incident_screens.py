"""Render the incident screens to PNG at 1024×768, for looking at.

    QT_QPA_PLATFORM=offscreen python scripts/render_incident_screens.py [--out out/screens]

Uses a throwaway database with made-up people (a Scottish store); writes into an ignored
folder: the empty form, the form part-filled with its RIDDOR and law notes, the form with
its error messages, a manager's view of an incident with updates, and the outstanding list.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QCheckBox, QWidget  # noqa: E402

from desktop_app.domain.clock import FixedClock  # noqa: E402
from desktop_app.domain.incident import UpdateKind  # noqa: E402
from desktop_app.domain.incident_form import Level, default_answers  # noqa: E402
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,  # noqa: E402
                                               InjuryLevel, ProtectedCharacteristic, Trigger)
from desktop_app.domain.staff import Role  # noqa: E402
from desktop_app.services import auth, incidents, setup  # noqa: E402
from desktop_app.services.context import open_app  # noqa: E402
from desktop_app.ui.app import make_application  # noqa: E402
from desktop_app.ui.incidents.incident_form import IncidentForm  # noqa: E402
from desktop_app.ui.incidents.incident_view import IncidentView  # noqa: E402
from desktop_app.ui.incidents.outstanding_list import OutstandingList  # noqa: E402

SIZE = (1024, 768)


def _grab(app, widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "screens"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_app(Path(folder) / "demo.db", clock=FixedClock(datetime(2026, 3, 14, 16, 5)))
        manager = setup.initialise(ctx, store_name="Glasgow Central", store_code="GLA01",
                                   jurisdiction="scotland", manager_name="Morag Manager",
                                   manager_code="M01", pin="246810")
        staff = auth.add_staff(ctx, manager, name="Sam Staff", code="S01", role=Role.STAFF,
                               pin="1357")
        for name, code in (("Suzy Supervisor", "V01"), ("Ali Khan", "S02"),
                           ("Bea Jones", "S03"), ("Cat Ng", "S04")):
            auth.add_staff(ctx, manager, name=name, code=code, role=Role.STAFF, pin="2468")

        form = IncidentForm(ctx, staff)
        _grab(app, form, out / "incident_form_top.png")

        trigger = next((t for t in Trigger if "age" in t.value), next(iter(Trigger)))
        form.load({
            "location": "Till 2 (beer and wine)",
            "account": "I asked for ID for a bottle of vodka. He said he was 30, refused to show "
                       "ID, called me a \"stupid little cow\" and said he would wait for me after "
                       "my shift. He threw the bottle at the counter; it smashed and glass cut my "
                       "hand.",
            "behaviours": [k.value for k in (BehaviourKind.VERBAL_ABUSE, BehaviourKind.THREATS,
                                             BehaviourKind.DAMAGE_TO_PROPERTY,
                                             BehaviourKind.HATE_MOTIVATED)],
            "protected_characteristics": [next(iter(ProtectedCharacteristic)).value],
            "trigger": trigger.value, "called": {CalledParty.POLICE.value: ""},
            "injury": InjuryLevel.FIRST_AID.value, "days_off_work": 9,
        })
        form.show()
        app.processEvents()
        form.scroll.ensureWidgetVisible(form.findChild(QCheckBox, "behaviours_"
                                                       + BehaviourKind.OTHER.value), 0, 180)
        _grab(app, form, out / "incident_form_behaviour.png")
        form.scroll.ensureWidgetVisible(form.riddor_label, 0, 60)
        _grab(app, form, out / "incident_form_injury.png")
        form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
        _grab(app, form, out / "incident_form_law.png")
        form.save_draft()

        empty = IncidentForm(ctx, manager)
        empty.show()
        empty.submit(Level.ESSENTIALS)
        _grab(app, empty, out / "incident_form_errors.png")
        empty.close()

        answers = default_answers(now=datetime(2026, 3, 12, 11, 40), reporter_id=staff.id)
        answers.update(location="Customer service desk", account="Refund refused; he spat at "
                       "me and pushed the screen off the desk.",
                       behaviours=[BehaviourKind.SPITTING.value if hasattr(
                           BehaviourKind, "SPITTING") else BehaviourKind.VERBAL_ABUSE.value,
                           BehaviourKind.PHYSICAL_ASSAULT.value],
                       called={CalledParty.POLICE.value: "11:45"}, police_attended=True,
                       cctv_captured=True, cctv_reference="Cam 5 11:38-11:44")
        first = incidents.record_incident(ctx, staff, answers)
        ctx.clock.advance(hours=2)
        incidents.add_update(ctx, manager, first.reference, UpdateKind.POLICE_FOLLOW_UP,
                             "PC Brown rang: statement taken, suspect known to them.",
                             crime_reference="PS-20260312-0457")
        other = default_answers(now=datetime(2026, 3, 1, 19, 10), reporter_id=manager.id)
        other.update(location="Entrance", account="Group shouting abuse at staff at the door.",
                     behaviours=[BehaviourKind.VERBAL_ABUSE.value], days_off_work=8,
                     injury=InjuryLevel.MINOR.value, affected=[manager.id])
        incidents.record_incident(ctx, manager, other)
        view = IncidentView(ctx, manager, first.reference)
        _grab(app, view, out / "incident_view_manager.png")
        view.scroll.verticalScrollBar().setValue(view.scroll.verticalScrollBar().maximum())
        _grab(app, view, out / "incident_view_manager_panels.png")
        _grab(app, OutstandingList(ctx, manager), out / "incident_outstanding.png")
        _grab(app, IncidentView(ctx, auth.sign_in(ctx, "V01", "2468"), first.reference),
              out / "incident_view_restricted.png")
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
