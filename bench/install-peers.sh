#!/usr/bin/env bash
# Installs the peer engines that bench/run.sh measures vpcsim against, on Debian 12:
#   apt: libns3-dev (ns-3 3.37), g++, pkg-config, gnuplot-nox, time (GNU time, for peak
#        memory), python3-venv
#   pip: simpy and ciw, pinned, into a virtual environment at bench/build/venv
# Idempotent: installs only what is missing; uses sudo when not running as root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/build/venv"
SIMPY_VERSION=4.1.2
CIW_VERSION=3.2.7
PYTHON=${PYTHON:-python3}

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

need=()
dpkg-query -W -f='${Status}' libns3-dev 2>/dev/null | grep -q 'install ok installed' || need+=(libns3-dev)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v gnuplot >/dev/null 2>&1 || need+=(gnuplot-nox)
[ -x /usr/bin/time ] || need+=(time)
command -v "$PYTHON" >/dev/null 2>&1 || need+=(python3)
# Debian's python3 needs python3-venv for `python3 -m venv` (ensurepip); other pythons bring it.
if [ ! -x "$venv/bin/python" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    need+=(python3-venv)
fi

if [ ${#need[@]} -gt 0 ]; then
    echo "install-peers: apt-get install ${need[*]}" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "install-peers: creating $venv" >&2
    mkdir -p "$here/build"
    "$PYTHON" -m venv "$venv"
fi
want="simpy==$SIMPY_VERSION ciw==$CIW_VERSION"
have="$("$venv/bin/python" -m pip freeze 2>/dev/null | tr "A-Z\n" "a-z ")"
missing=0
for pkg in $want; do
    case " $have " in *" $pkg "*) ;; *) missing=1 ;; esac
done
if [ "$missing" -eq 1 ]; then
    echo "install-peers: pip install $want" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "simpy==$SIMPY_VERSION" "ciw==$CIW_VERSION"
fi

echo "install-peers: ready (ns-3 $(dpkg-query -W -f='${Version}' libns3-dev), $("$venv/bin/python" -c 'import simpy, ciw; print("simpy", simpy.__version__, "ciw", ciw.__version__)'))" >&2
