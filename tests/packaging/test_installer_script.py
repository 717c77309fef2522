"""The packaging files agree with each other and with the program: the Inno Setup script,
the PyInstaller spec, the Linux desktop entry, the icons and the resource locator.

Plain parsing, no build: these run in every test run and fail as soon as one file drifts.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__, locations
from desktop_app.services.db_location import default_db_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "installer.iss"
SPEC = PACKAGING / "till_complaint_logger.spec"
DESKTOP = PACKAGING / "till-complaint-logger.desktop"


# --- readers -------------------------------------------------------------------------------

def read_iss(path: Path = ISS) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(ISPP #defines with their defaults, {section: raw lines}); comments dropped."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if current != "Code" and (not stripped or stripped.startswith(";")):
            continue
        define = re.match(r'#define\s+(\w+)\s+"([^"]*)"\s*$', stripped)
        if define:
            defines.setdefault(define.group(1), define.group(2))
            continue
        if stripped.startswith("#"):
            continue  # #ifndef / #endif around the defaults
        header = re.fullmatch(r"\[(\w+)\]", stripped)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        elif current is not None:
            sections[current].append(line)
    return defines, sections


def expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def setup_keys(sections: dict[str, list[str]]) -> dict[str, str]:
    keys = {}
    for line in sections["Setup"]:
        key, _, value = line.partition("=")
        keys[key.strip()] = value.strip()
    return keys


def entries(sections: dict[str, list[str]], name: str) -> list[dict[str, str]]:
    """`Param: "value"; Param: value` lines as dictionaries (quotes removed)."""
    found = []
    for line in sections.get(name, []):
        params = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]*)', line):
            params[part[0]] = part[1].strip().strip('"')
        found.append(params)
    return found


def spec_names() -> tuple[set[str], str]:
    """(every EXE name, the COLLECT name) from the spec, constants resolved."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    constants = {node.targets[0].id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                 and isinstance(node.value, ast.Constant)}

    def name_of(call: ast.Call) -> str:
        (value,) = [k.value for k in call.keywords if k.arg == "name"]
        return constants[value.id] if isinstance(value, ast.Name) else value.value

    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name)]
    exes = {name_of(call) for call in calls if call.func.id == "EXE"}
    (collect,) = [name_of(call) for call in calls if call.func.id == "COLLECT"]
    return exes, collect


def spec_list(name: str) -> list:
    """A module-level list in the spec (datas, excludes), as far as it is literal."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return node.value
    raise AssertionError(f"{name} is not assigned in the spec")


def build_script():
    spec = importlib.util.spec_from_file_location("build_bundle", PACKAGING / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pascal_tokens(code: str) -> list[str]:
    """Lower-case words of Pascal code without strings and comments."""
    # one left-to-right pass: an apostrophe in a comment is not a string, and so on
    code = re.sub(r"'(?:[^']|'')*'|\{[^}]*\}|\(\*.*?\*\)|//[^\n]*",
                  lambda m: "''" if m.group().startswith("'") else " ", code, flags=re.DOTALL)
    return re.findall(r"[a-z_]\w*|[;=()]", code.lower())


def enclosing_conditions(tokens: list[str], position: int) -> list[str]:
    """The `if ... then` conditions of the blocks still open at `position`."""
    opened = []
    for index, word in enumerate(tokens[:position]):
        if word in ("begin", "case", "try"):
            opened.append(index)
        elif word == "end":
            opened.pop()
    conditions = []
    for begin in opened:
        if begin and tokens[begin - 1] == "then":
            start = max(i for i in range(begin) if tokens[i] == "if")
            conditions.append(" ".join(tokens[start + 1:begin - 1]))
    return conditions


def routines(code: str) -> dict[str, list[str]]:
    """{name: tokens from `function`/`procedure` to its closing `end;`}; raises if unbalanced."""
    tokens = pascal_tokens(code)
    found: dict[str, list[str]] = {}
    index = 0
    while index < len(tokens):
        if tokens[index] not in ("function", "procedure"):
            # [Code] has no main block: begin/end belong inside a routine
            assert tokens[index] not in ("begin", "end"), "'begin'/'end' outside a routine"
            index += 1
            continue
        name, start, depth, opened = tokens[index + 1], index, 0, False
        index += 2
        while index < len(tokens):
            word = tokens[index]
            if word in ("begin", "case", "try"):
                depth += 1
                opened = True
            elif word == "end":
                depth -= 1
                assert depth >= 0, f"{name}: 'end' without 'begin'"
                if opened and depth == 0:
                    assert tokens[index + 1] == ";", f"{name} must end with 'end;'"
                    break
            elif word in ("function", "procedure") and not opened:
                raise AssertionError(f"{name} has no body before {tokens[index + 1]}")
            index += 1
        assert opened and depth == 0, f"{name}: 'begin' without 'end'"
        found[name] = tokens[start:index + 2]
        index += 2
    return found


# --- the installer script ------------------------------------------------------------------

def test_required_setup_keys_for_a_per_machine_install():
    defines, sections = read_iss()
    keys = setup_keys(sections)
    for key in ("AppId", "AppName", "AppVersion", "AppPublisher", "DefaultDirName",
                "PrivilegesRequired", "OutputBaseFilename", "SetupIconFile",
                "UninstallDisplayIcon"):
        assert keys.get(key), f"[Setup] {key} is missing"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", keys["AppId"])
    assert keys["PrivilegesRequired"] == "admin"
    assert expand(keys["AppName"], defines) == "Till Complaint Logger"
    assert expand(keys["DefaultDirName"], defines) == r"{autopf}\Till Complaint Logger"
    assert (ISS.parent / keys["SetupIconFile"]).is_file()


def test_the_version_comes_from_the_package_through_the_build():
    defines, sections = read_iss()
    assert setup_keys(sections)["AppVersion"] == "{#AppVersion}"
    assert "AppVersion" in defines  # a default for a hand-compiled installer
    assert build_script().version() == __version__
    assert "/DAppVersion={version()}" in (PACKAGING / "build_bundle.py").read_text()


def test_files_come_from_the_spec_output_folder():
    defines, sections = read_iss()
    exes, collect = spec_names()
    (files,) = entries(sections, "Files")
    assert expand(files["Source"], defines) == defines["DistDir"] + "\\" + collect + "\\*"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["Flags"].split())
    assert defines["BundleName"] == collect


def test_shortcuts_and_uninstall_icon_name_the_spec_executables():
    defines, sections = read_iss()
    exes, collect = spec_names()
    windows_exes = {f"{name}.exe" for name in exes}
    assert defines["AppExeName"] == f"{collect}.exe"  # the window program
    assert defines["CliExeName"] in windows_exes
    targets = [expand(icon["Filename"], defines) for icon in entries(sections, "Icons")]
    targets.append(expand(setup_keys(sections)["UninstallDisplayIcon"], defines))
    targets += [expand(run["Filename"], defines) for run in entries(sections, "Run")]
    for target in targets:
        assert target.startswith("{app}\\") and target[6:] in windows_exes, target
    start_menu = [icon for icon in entries(sections, "Icons")
                  if icon["Name"].startswith(("{autoprograms}", "{group}", "{commonprograms}"))]
    assert start_menu, "no Start-menu shortcut"


def test_the_data_folder_is_the_programs_user_data_folder():
    defines, _ = read_iss()
    assert default_db_path().parent.name == defines["DataFolderName"]


def test_every_code_routine_is_balanced():
    _, sections = read_iss()
    found = routines("\n".join(sections["Code"]))
    assert {"datafolder", "shoulddeletedata", "curuninstallstepchanged"} <= set(found)


def test_routines_parser_catches_unbalanced_code():
    with pytest.raises(AssertionError):
        routines("procedure A();\nbegin\n  if X then\n  begin\n    Y;\nend;\n")
    with pytest.raises(AssertionError):
        routines("procedure A();\nbegin\n  Y;\nend;\nend;\nprocedure B();\nbegin\nend;\n")


def test_uninstall_keeps_the_data_unless_the_user_says_yes():
    _, sections = read_iss()
    found = routines("\n".join(sections["Code"]))
    ask = " ".join(found["shoulddeletedata"])
    # the question defaults to No, silent uninstalls answer No, and only Yes deletes
    assert "mb_defbutton2" in ask
    assert re.search(r"suppressiblemsgbox \(.* mb_yesno or mb_defbutton2 idno \) = idyes", ask)
    deleting = [(name, tokens) for name, tokens in found.items() if "deltree" in tokens]
    assert deleting, "the data folder is never offered for deletion"
    for name, tokens in deleting:
        conditions = enclosing_conditions(tokens, tokens.index("deltree"))
        assert any("shoulddeletedata" in c and "not shoulddeletedata" not in c
                   for c in conditions), (name, conditions)
    # nothing outside the install folder in the uninstall lists
    for section in ("UninstallDelete", "InstallDelete", "Dirs"):
        for entry in entries(sections, section):
            assert entry["Name"].startswith("{app}\\"), entry
    assert "uninsalwaysuninstall" not in ISS.read_text(encoding="utf-8").lower()


# --- the spec and the resource locator ------------------------------------------------------

def test_spec_puts_resources_and_migrations_where_the_locator_looks(tmp_path, monkeypatch):
    destinations = [item.elts[1].value for item in spec_list("datas").elts]
    assert sorted(destinations) == ["db", "resources"]
    for name in destinations:
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(locations, "_PACKAGE_DIR", tmp_path / "_internal" / "desktop_app")
    for name in destinations:
        assert locations._locate.__wrapped__(name) == tmp_path / name


def test_spec_excludes_no_qt_module_the_program_imports():
    used = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "the program imports no PySide6 module?"
    excluded = set(re.findall(r'"(Qt\w+)"', SPEC.read_text(encoding="utf-8")))
    assert not used & excluded, used & excluded


def test_spec_imports_the_lazily_imported_command_modules():
    from desktop_app.cli.main import COMMAND_MODULES

    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("desktop_app")' in text
    for name in COMMAND_MODULES:
        assert (ROOT / "desktop_app" / "cli" / f"{name}.py").is_file()


# --- Linux desktop entry and icons ----------------------------------------------------------

def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    _, collect = spec_names()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Terminal"):
        assert desktop.get(key), f"{key} is missing"
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Till Complaint Logger"
    assert desktop["Exec"].split()[0] == collect  # the Linux executable has the folder's name
    assert "Office" in desktop["Categories"].split(";")
    assert desktop["Categories"].endswith(";")
    assert desktop["Terminal"] == "false"
    assert desktop["Icon"] == build_script().ICON_NAME


def test_icons_are_valid():
    svg = ET.parse(PACKAGING / "icon.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    png = (ROOT / "resources" / "icons" / "app.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (PACKAGING / "icon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
