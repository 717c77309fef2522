"""Plain-Python rules of the complaint and incident records. No Qt, SQL or reportlab."""
