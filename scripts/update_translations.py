"""Write resources/translations/till_cy.ts from the code and interface_cy.toml, and build
till_cy.qm from it (`make translations`).

pyside6-lupdate finds every string the Qt code passes to tr(); each gets its Welsh from
interface_cy.toml (the one place a translator edits). A string the code has and the file
lacks stays "unfinished" and is listed; a Welsh string the code no longer has is dropped
and listed. tests/ui/test_translations.py fails on either.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS, QM, WELSH = FOLDER / "till_cy.ts", FOLDER / "till_cy.qm", FOLDER / "interface_cy.toml"
DATA_WELSH = FOLDER / "data_cy.toml"
PHRASES_WELSH = FOLDER / "phrases_cy.toml"
#: the context ui.text.tr_data looks data up in
DATA_CONTEXT = "procedures"
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted((ROOT / "desktop_app" / "ui").rglob("*.py"))


def extract(ts: Path) -> ET.ElementTree:
    """Every translatable string of the code, as a fresh .ts file at `ts`."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, sources()), "-source-language",
                    "en_GB", "-target-language", "cy", "-no-obsolete", "-locations",
                    "none", "-ts", str(ts)], check=True, capture_output=True, cwd=ROOT)
    return ET.parse(ts)


def welsh() -> dict[str, str]:
    return tomllib.loads(WELSH.read_text(encoding="utf-8"))["strings"]


def data_welsh(table: str = "strings", path: Path = DATA_WELSH) -> dict[str, str]:
    return tomllib.loads(path.read_text(encoding="utf-8"))[table]


#: the context the incident screens look their data up in (ui/incidents)
INCIDENT_CONTEXT = "incidents"


def incident_strings() -> list[str]:
    """The abusive-behaviour incident's data: the record's labels, help and choices, the
    sections of its page and the kinds its form offers."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.domain import incident_kinds
    from desktop_app.domain.incident_sections import LAYOUT
    from desktop_app.domain.schema.incident import INCIDENT

    from desktop_app.domain.incident import IncidentStatus

    found: list[str] = [title for title, _ in LAYOUT] + schema_words(INCIDENT)
    found += [status.label for status in IncidentStatus]
    for kind in vars(incident_kinds).values():
        if isinstance(kind, type) and issubclass(kind, incident_kinds._Labelled) and \
                kind is not incident_kinds._Labelled:
            found += [member.label for member in kind]
    return list(dict.fromkeys(s for s in found if s and s.strip()))


#: the context the domain's and services' worded sentences are in (domain/phrase.py)
PHRASE_CONTEXT = "phrases"


def phrase_templates() -> list[str]:
    """Every template the package words as `phrase("…", …)` or `Phrase("…", …)`, in the
    order the files give them (the screens look each up, then fill in its values)."""
    found: list[str] = []
    package = ROOT / "desktop_app"
    for path in sorted(package.rglob("*.py")):
        if package / "ui" in path.parents:
            continue                                # the screens' own words are tr()'s
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and \
                    getattr(node.func, "id", "") in (
                        "phrase", "Phrase") and \
                    isinstance(node.args[0], ast.Constant) and \
                    isinstance(node.args[0].value, str):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def plain(text: str) -> str:
    """A data string as the Welsh file keys it: its lines joined, its spaces single."""
    return " ".join(text.split())


def schema_words(schema) -> list[str]:  # noqa: ANN001 - a RecordSchema
    """Each field's label, help, placeholder and choices, parts included."""
    return [text for _, field in schema.walk()
            for text in (field.label, field.help, field.placeholder,
                         *(label for _, label in field.choices or ()))]


def data_strings() -> list[str]:
    """Every string of the data the wizard shows through tr_data: the procedures (each
    model's summary, stages, titles, prompts, say and avoid lines), the categories and their
    questions, and the complaint record's labels, help, placeholders and choices."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.domain.schema.complaint import COMPLAINT
    from desktop_app.services.procedures import default_catalogue

    catalogue = default_catalogue()
    found: list[str] = []
    for model in catalogue.models.values():
        found.append(model.summary)
        for step in model.steps:
            found += [step.stage, step.title, step.prompt, *step.say, *step.avoid]
    for category in catalogue.categories:
        found += [category.label, *category.questions, category.escalation_reason]
    found += schema_words(COMPLAINT)
    from desktop_app.domain.complaint_sections import LAYOUT

    found += [title for title, _ in LAYOUT]                 # the record's sections
    from desktop_app.domain.audit import AuditAction
    from desktop_app.domain.jurisdiction import Jurisdiction
    from desktop_app.domain.staff import Role

    for kind in (Role, Jurisdiction, AuditAction):           # labels the screens show
        found += [member.label for member in kind]
    return list(dict.fromkeys(s for s in found if s and s.strip()))


def add_data(tree: ET.ElementTree, words: dict[str, str], name: str = DATA_CONTEXT,
             strings=data_strings) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """The data's strings as one more context, each with its Welsh; (missing, unused)."""
    context = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(context, "name").text = name
    missing, used = [], set()
    for source in strings():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = words.get(plain(source))
        if text is None:
            translation.set("type", "unfinished")
            missing.append(plain(source))
        else:
            used.add(plain(source))
            translation.text = text
    return missing, sorted(set(words) - used)


def fill(tree: ET.ElementTree, words: dict[str, str]) -> tuple[list[str], list[str]]:
    """Put the Welsh into each message; (strings with no Welsh, Welsh no string uses)."""
    used, missing = set(), []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = words.get(source)
        if text is None:
            missing.append(source)
            continue
        used.add(source)
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:       # counts are worded so that every form reads the same
                form.text = text
        else:
            translation.text = text
    return missing, sorted(set(words) - used)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def build(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def current() -> tuple[str, list[str], list[str]]:
    """The .ts text the code and the Welsh file make now, with what is missing and unused."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "till_cy.ts"
        tree = extract(ts)
        missing, unused = fill(tree, welsh())
        for context, words, strings in (
                (DATA_CONTEXT, data_welsh("strings"), data_strings),
                (INCIDENT_CONTEXT, data_welsh("incidents"), incident_strings),
                (PHRASE_CONTEXT, data_welsh("phrases", PHRASES_WELSH), phrase_templates)):
            more_missing, more_unused = add_data(tree, words, context, strings)
            missing, unused = missing + more_missing, unused + more_unused
        write(tree, ts)
        return ts.read_text(encoding="utf-8"), missing, unused


def main() -> int:
    text, missing, unused = current()
    TS.write_text(text, encoding="utf-8")
    build(TS, QM)
    for source in missing:
        print(f"no Welsh yet: {source!r}")
    for source in unused:
        print(f"not in the code any more: {source!r}")
    print(f"wrote {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
    return 1 if missing or unused else 0


if __name__ == "__main__":
    raise SystemExit(main())
