"""Data models for onboarding."""

from .onboarding_request import OnboardingRequest, OnboardingStatus

__all__ = ["OnboardingRequest", "OnboardingStatus"]
