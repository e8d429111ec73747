"""Suite-wide test settings."""

from __future__ import annotations

import os

from hypothesis import settings

# CI runs the property tests with a fixed seed so a submission's result does not depend on luck; a developer can
# explore new examples with HYPOTHESIS_PROFILE=explore (or pytest --hypothesis-seed=N).
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
