"""Shared fixtures. Each area keeps its fixtures in ``tests/fixtures_<area>.py``; pytest loads
them as plugins, so fixtures are visible to all tests without one crowded conftest."""

import pathlib

pytest_plugins = sorted(p.stem for p in pathlib.Path(__file__).parent.glob("fixtures_*.py"))
