"""The smallest target a finger hits reliably: 44 × 44 px (WCAG 2.1, 2.5.5). Controls,
table and list rows and calendar days are at least this big (tests/ui/test_touch_and_fit)."""

TOUCH = 44
