"""Service modules for external integrations."""

from .github_service import GitHubService
from .calendar_service import CalendarService
from .image_service import ImageService
from .bio_service import BioService

__all__ = ["GitHubService", "CalendarService", "ImageService", "BioService"]
