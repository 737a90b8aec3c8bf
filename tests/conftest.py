"""Shared fixtures. Each area keeps its fixtures in ``tests/fixtures_<area>.py``; this file
loads every such module so fixtures are visible to all tests without one crowded conftest."""

import importlib
import pathlib

for _path in sorted(pathlib.Path(__file__).parent.glob("fixtures_*.py")):
    _module = importlib.import_module(_path.stem)
    globals().update({k: v for k, v in vars(_module).items() if not k.startswith("_")})
