#!/usr/bin/env bash
# Install a local Appium server with the fake driver into .appium/ (gitignored), if missing.
# Used by the Appium tests and benchmarks; needs node and npm (the npm registry).
# Usage: scripts/install_appium.sh [DEST]   (default: <repo>/.appium)
set -euo pipefail

APPIUM_VERSION="3.8.0"
FAKE_DRIVER_VERSION="6.2.4"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${1:-${CASCADROID_APPIUM_HOME:-$ROOT/.appium}}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "install_appium: node and npm are needed (apt-get install nodejs npm); skipping" >&2
    exit 0
fi
if [ -f "$DEST/node_modules/appium/index.js" ] && [ -d "$DEST/node_modules/@appium/fake-driver" ]; then
    echo "install_appium: already installed in $DEST"
    exit 0
fi
mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{"name": "cascadroid-appium", "private": true}' > package.json
npm install --no-audit --no-fund --loglevel=error \
    "appium@$APPIUM_VERSION" "@appium/fake-driver@$FAKE_DRIVER_VERSION"
echo "install_appium: installed appium $APPIUM_VERSION + fake driver $FAKE_DRIVER_VERSION in $DEST"
