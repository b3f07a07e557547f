#!/usr/bin/env bash
# Install the Debian packages listed in $1 that are not installed yet.
# Quick no-op when everything is present; needs root (or sudo) only when something is missing.
set -euo pipefail
list_file=${1:?usage: install-system-packages.sh PACKAGES_FILE}
mapfile -t wanted < <(grep -v -e '^#' -e '^[[:space:]]*$' "$list_file")
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "error: missing packages ${missing[*]}; run 'make setup' as root or install them with apt-get" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
