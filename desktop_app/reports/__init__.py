"""reportlab builders: plain data in, PDF bytes out. Only services call them."""
