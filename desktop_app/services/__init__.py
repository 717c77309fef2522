"""Use cases: what the UI and the command line can ask the program to do."""
