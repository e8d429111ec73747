"""
CDL Onboarding Bot
Contextual Dynamics Laboratory, Dartmouth College

Automates the lab member onboarding process via Slack.
"""

__version__ = "0.1.0"
