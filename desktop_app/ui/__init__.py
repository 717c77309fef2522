"""PySide6 user interface. Calls services, reads domain types; no SQL, no business rules."""
