"""docs/bundle-format.md's examples are what the code writes and reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

from desktop_app.domain import bundle_format as fmt
from desktop_app.sealing.keys import HeadOfficePublicKey, StorePublicKey

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def _examples() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    return dict(re.findall(r"<!-- example: ([\w-]+) -->\n```json\n(.*?)```", text, re.S))


def test_the_key_file_examples_are_read_by_the_key_code_with_their_fingerprints():
    examples = _examples()
    head_office = HeadOfficePublicKey.from_file(examples["head-office-key"].encode())
    assert head_office.fingerprint == json.loads(examples["head-office-key"])["fingerprint"]
    till = StorePublicKey.from_file(examples["store-key"].encode())
    assert till.store_code == "GLA01"
    assert till.fingerprint == json.loads(examples["store-key"])["fingerprint"]


def test_the_bundle_example_has_the_fields_the_code_writes():
    bundle = json.loads(_examples()["bundle"])
    written = fmt.manifest(store={"code": "GLA01", "name": "x", "jurisdiction": "scotland"},
                           store_key="k", head_office_key="h", program_version="1",
                           first=1, last=2, made_at="t", changes=[], held_back=False,
                           retention={"complaint_years": 6, "incident_years": 3})
    assert set(bundle["manifest"]) == set(written)
    assert set(bundle["manifest"]["counts"]) == set(written["counts"])
    assert set(bundle["manifest"]["retention"]) == set(written["retention"])
    assert set(bundle) == set(fmt.bundle_document(written, {}, []))
    for change in bundle["changes"]:
        record = change.get("record")
        again = fmt.Change(change["seq"], change["type"], change["reference"], record).plain()
        assert again == change
        assert change["type"] in fmt.SCHEMAS


def test_the_acknowledgement_example_is_one_the_till_accepts():
    ack = json.loads(_examples()["acknowledgement"])
    assert set(ack) == set(fmt.acknowledgement(store_code="", store_key="", through=0,
                                               made_at=""))
    assert fmt.ack_problem(ack, store_code="GLA01", store_key=ack["store_key_fingerprint"],
                           sent_through=57) == ""
    assert "only sent" in fmt.ack_problem(ack, store_code="GLA01",
                                          store_key=ack["store_key_fingerprint"],
                                          sent_through=56)
