"""The fixed answer lists of a complaint record: (value, label), in the order offered."""

from __future__ import annotations

CHANNELS = (
    ("in_store", "In store"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("online", "Online order"),
    ("social_media", "Social media"),
    ("letter", "Letter"),
)
SUPPLY_TYPES = (
    ("goods", "Goods (a product)"),
    ("service", "A service"),
    ("digital_content", "Digital content"),
)
FOLLOW_UP_METHODS = (
    ("phone", "Phone call"),
    ("email", "Email"),
    ("in_store", "In store"),
    ("letter", "Letter"),
)
YES_NO = (("yes", "Yes"), ("no", "No"))
