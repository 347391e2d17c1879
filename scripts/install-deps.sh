#!/usr/bin/env bash
# Installs what vpcsim needs beyond Swift on a Debian machine: GSL, zlib (gzip flow logs),
# gnuplot, and GNU parallel (scripts/sweep-parallel.sh and its test). Does nothing when all are present; uses sudo when
# not running as root.
set -euo pipefail

need=()
pkg-config --exists gsl 2>/dev/null || need+=(libgsl-dev pkg-config)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev pkg-config)
command -v gnuplot >/dev/null 2>&1 || need+=(gnuplot-nox)
command -v parallel >/dev/null 2>&1 || need+=(parallel)
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing: ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
