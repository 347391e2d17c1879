#!/usr/bin/env bash
# Creates (or refreshes) the test virtual environment .venv-test/ with the pinned Python tools
# of scripts/python/requirements.txt: the AWS CLI and moto's server, from PyPI. Idempotent:
# does nothing when the installed set already matches the pins (a stamp file records them).
# Prints the environment's path on success; exits 1 with the reason when Python, venv or
# PyPI is unavailable (the end-to-end tests then skip, saying so).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-test
req=scripts/python/requirements.txt
con=scripts/python/constraints.txt
stamp="$venv/.pins"

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
    echo "python-venv: $python not found; install Python 3 (3.9 or later) to run the AWS import tests" >&2
    exit 1
fi
want=$(cat "$req" "$con" | sha256sum | cut -d' ' -f1)
if [ -x "$venv/bin/aws" ] && [ -x "$venv/bin/moto_server" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    echo "$PWD/$venv"
    exit 0
fi
echo "python-venv: creating $venv with $(tr '\n' ' ' < "$req" | sed 's/#[^ ]* //g; s/  */ /g' | grep -o '[a-z[]*[a-z\]]*==[0-9.]*' | tr '\n' ' ')" >&2
rm -rf "$venv"
if ! "$python" -m venv "$venv" >&2; then
    echo "python-venv: '$python -m venv' failed (on Debian: apt-get install python3-venv)" >&2
    exit 1
fi
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req" -c "$con" >&2; then
    echo "python-venv: pip could not install $req from PyPI (no network, or a pin is gone)" >&2
    rm -rf "$venv"
    exit 1
fi
echo "$want" > "$stamp"
echo "$PWD/$venv"
