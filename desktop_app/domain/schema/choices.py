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
HOW_BOUGHT = (
    ("in_shop", "In the shop"),
    ("online", "Online"),
    ("phone", "By phone or mail order"),
    ("off_premises", "Away from the shop (at home, a stall, an event)"),
)
GOODS_FACTS = (
    ("motor_vehicle", "It is a motor vehicle"),
    ("perishable", "Perishable (food, flowers…)"),
    ("second_hand", "Second-hand"),
    ("installed", "We installed it"),
    ("gift", "The customer was given it (not the buyer)"),
)
DE_ESCALATION = (
    ("calm_tone", "Kept a calm, steady tone"),
    ("listened", "Let them finish without interrupting"),
    ("acknowledged_feelings", "Acknowledged how they felt"),
    ("non_confrontational", "Used non-confrontational words (no blame, no \"calm down\")"),
    ("gave_space", "Gave them time and space"),
    ("involved_supervisor", "Involved a supervisor or manager"),
)
YES_NO = (("yes", "Yes"), ("no", "No"))
