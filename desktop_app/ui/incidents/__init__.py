"""Abusive-behaviour incident screens: the report form, the record view, the lists."""
