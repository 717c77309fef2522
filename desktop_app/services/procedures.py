"""Loads complaint-handling models and categories from resources/procedures."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.procedure import (Category, Model, ProcedureError, parse_categories,
                                          parse_model)
from desktop_app.locations import resource

_NOT_MODELS = {"categories.toml"}


@dataclass(frozen=True)
class Catalogue:
    models: dict[str, Model]
    categories: tuple[Category, ...]

    def model(self, model_id: str) -> Model:
        try:
            return self.models[model_id]
        except KeyError:
            raise ProcedureError(f"No complaint-handling model called '{model_id}'.") from None

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ProcedureError(f"{path.name}: {error}") from None


def load_catalogue(folder: Path | None = None) -> Catalogue:
    folder = folder or resource("procedures")
    models = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name in _NOT_MODELS:
            continue
        model = parse_model(_read(path), path.name)
        if model.id in models:
            raise ProcedureError(f"{path.name}: another file already defines '{model.id}'.")
        models[model.id] = model
    return Catalogue(models=models,
                     categories=parse_categories(_read(folder / "categories.toml"),
                                                 "categories.toml"))


@cache
def default_catalogue() -> Catalogue:
    return load_catalogue()
