"""The four UK jurisdictions a store can be in; consumer and retail-worker law differ by them."""

from __future__ import annotations

from enum import StrEnum


class Jurisdiction(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"

    @property
    def label(self) -> str:
        return {
            Jurisdiction.ENGLAND: "England",
            Jurisdiction.WALES: "Wales",
            Jurisdiction.SCOTLAND: "Scotland",
            Jurisdiction.NORTHERN_IRELAND: "Northern Ireland",
        }[self]
