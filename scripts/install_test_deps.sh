#!/usr/bin/env bash
# Everything the end-to-end tests start for real that pip does not install:
# an Appium server with the fake driver (npm) and a headless Chromium (Debian).
# Each part is skipped when already there; the tests that need a part skip with a
# reason when it could not be installed (no npm, not root).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
if [ -f "$here/install_appium.sh" ]; then
  bash "$here/install_appium.sh" || echo "install_test_deps: Appium could not be installed; its tests will skip"
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "install_test_deps: chromium could not be installed; the HTML report test will skip"
  else
    echo "install_test_deps: chromium missing and not root; the HTML report test will skip"
  fi
fi
exit 0
