"""The manager's workspace: the complaint list and search, the follow-up and escalation
queues, and the dashboard."""
