#!/usr/bin/env bash
# Installs what the tests and builds need from Debian's packages: Chromium, Firefox ESR, WebKitGTK's
# WebDriver, a virtual display for WebKit, fonts, and gettext (msgfmt, which `npm run build:wordpress`
# runs on the plugin's .po files). Nothing is downloaded from elsewhere.
# As root it installs them with apt-get; otherwise it uses sudo if it may, or prints the command.
set -euo pipefail

packages=(chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core gettext)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if ! command -v node >/dev/null || ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "setup: Node.js 20.19 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: browsers, gettext and the other system packages are installed."
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: cannot install as this user. Run, then try again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup: done."
