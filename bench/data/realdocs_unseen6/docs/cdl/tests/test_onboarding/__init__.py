"""Tests for the CDL Onboarding Bot.

IMPORTANT: These tests use REAL API calls as per project requirements.
Ensure you have valid credentials set up before running tests.

Test Categories:
- test_github_service.py: GitHub API integration tests
- test_calendar_service.py: Google Calendar API tests
- test_image_service.py: Image processing tests
- test_bio_service.py: Claude API bio editing tests
- test_models.py: Data model tests
"""
