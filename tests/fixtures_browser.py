"""A real headless Chromium (Debian ``chromium``, see scripts/install_test_deps.sh) for page tests.

Each call starts a fresh browser with its own profile directory, so tests share nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--no-first-run", "--hide-scrollbars")


class HeadlessChromium:
    """Load a page in headless Chromium: its DOM after scripts ran, or a screenshot."""

    def __init__(self, executable: str) -> None:
        self.executable = executable

    def _run(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
            return subprocess.run([self.executable, *_FLAGS, f"--user-data-dir={profile}", *args],
                                  capture_output=True, text=True, timeout=timeout, check=True)

    def dump_dom(self, url: str, *, budget_ms: int = 5000) -> str:
        """The serialized DOM after the page's scripts ran (virtual time lets load events fire)."""
        return self._run(f"--virtual-time-budget={budget_ms}", "--dump-dom", url).stdout

    def screenshot(self, url: str, out: Path, *, width: int = 1280, height: int = 2000) -> Path:
        self._run(f"--screenshot={out}", f"--window-size={width},{height}", "--virtual-time-budget=3000", url)
        return out


@pytest.fixture(scope="session")
def headless_chromium() -> HeadlessChromium:
    """Debian's chromium; the test skips (with the reason) when it is not installed."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed (bash scripts/install_test_deps.sh installs it)")
    return HeadlessChromium(executable)
