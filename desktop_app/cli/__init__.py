"""The command line: IT roll-out, scheduled reports, backups. Calls services only."""
