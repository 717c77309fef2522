"""Head office's window: sign-in for head-office people, then the chain's views."""
