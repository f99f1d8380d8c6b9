#!/usr/bin/env bash
# Installs the Debian packages npviewer needs (Qt's libraries, Xvfb, the PDF checkers, a Hangul font)
# when any is missing. Needs root (or sudo); prints the command to run otherwise.
set -euo pipefail
packages=(
  # Qt offscreen and widgets (PySide6-Essentials' own needs)
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  # a real window under X11 / Xvfb
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxkbcommon-x11-0 xvfb xauth
  # fonts, PDF checking and screenshots
  fontconfig-config fonts-dejavu-core poppler-utils qpdf xdotool imagemagick
)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
elif command -v sudo >/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
