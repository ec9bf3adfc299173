"""Hypothesis profiles: "ci" (bounded, derandomized, the default) and "long" (thousands of examples).

Choose one with the HYPOTHESIS_PROFILE environment variable; `.ci/run` sets "ci".
"""
import os

from hypothesis import HealthCheck, settings

# Generated pages are large and the filters are real work, so time limits and the too-slow
# health check would flake on a loaded 2-core CI machine; derandomize keeps CI reproducible.
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile(
    "long", max_examples=3000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
