"""Every text colour of the style sheet is readable on every surface it can sit on: at
least 4.5:1 (WCAG 2.1, 1.4.3), from the colours the style sheet itself declares."""

from __future__ import annotations

import re

from desktop_app.locations import resource

MINIMUM = 4.5
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(colour: str) -> float:
    colour = {"white": "#ffffff", "black": "#000000"}.get(colour, colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rules() -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", resource("styles", "till.qss").read_text(encoding="utf-8"),
                  flags=re.S)
    found = []
    for selector, body in RULE.findall(text):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip().split()[0]
        found.append((selector.strip(), declarations))
    return found


def test_text_on_its_own_background_is_readable():
    problems = []
    for selector, values in rules():
        if ":disabled" in selector:          # WCAG exempts text of inactive controls
            continue
        if "color" in values and "background" in values:
            found = ratio(values["color"], values["background"])
            if found < MINIMUM:
                problems.append(f"{selector}: {found:.2f}:1")
    assert problems == []


def test_every_text_colour_is_readable_on_every_surface():
    surfaces = {selector: values["background"] for selector, values in rules()
                if "background" in values and "color" not in values
                and ("QFrame" in selector or "QMainWindow" in selector or "QLineEdit" in selector)}
    texts = {selector: values["color"] for selector, values in rules()
             if "color" in values and "background" not in values and ":disabled" not in selector
             and "stepList" not in selector}
    problems = [f"{text} on {surface}: {ratio(colour, background):.2f}:1"
                for text, colour in texts.items() for surface, background in surfaces.items()
                if ratio(colour, background) < MINIMUM]
    assert texts and surfaces and problems == []


def test_the_step_lists_headings_are_readable_on_its_dark_background():
    """The wizard's side list: its colours are the style sheet's and the stage headings'."""
    from desktop_app.ui.wizard.complaint_wizard import STAGE_HEADING_COLOUR

    background = dict(rules())["QListWidget#stepList"]["background"]
    for colour in (dict(rules())["QListWidget#stepList"]["color"], STAGE_HEADING_COLOUR):
        assert ratio(colour, background) >= MINIMUM, colour
