"""Slack event and command handlers."""
