#!/usr/bin/env bash
# Installs and starts a single-node Slurm on this Debian machine (slurm-wlm with munge),
# for trying scripts/slurm/ and for `make test-slurm`. Idempotent: does nothing when the
# node already answers, restarts what is not running otherwise. Needs root (or sudo).
#
# The node is this host with the cores and memory `slurmd -C` detects; one partition
# `local`; no accounting, no cgroups (proctrack/linuxproc), so it also runs in containers.
# Logs: /var/log/slurm/. Stop with: scontrol shutdown; pkill munged is left to you.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
as_root() { "${sudo[@]}" "$@"; }

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
    echo "installing slurm-wlm and munge" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge
fi

host=$(hostname -s)
conf=/etc/slurm/slurm.conf

# munge: a key, its folders, the daemon.
if [ ! -s /etc/munge/munge.key ]; then
    as_root mkdir -p /etc/munge
    as_root dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
as_root mkdir -p /run/munge /var/lib/munge /var/log/munge
as_root chown munge:munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge
as_root chmod 0400 /etc/munge/munge.key
as_root chmod 0755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    as_root runuser -u munge -- /usr/sbin/munged
    for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
fi
munge -n | unmunge >/dev/null || { echo "munge does not answer" >&2; exit 1; }

# slurm.conf for one node, written once (kept when present and naming this host).
if ! grep -q "^SlurmctldHost=$host\$" "$conf" 2>/dev/null; then
    node=$(slurmd -C | head -1 | sed 's/ UpTime=.*//')
    as_root mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
    as_root tee "$conf" >/dev/null <<CONF
# Written by scripts/slurm/start-local-slurm.sh: a single-node cluster on this machine.
ClusterName=vpcsim-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=600
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
$node State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
fi

if ! scontrol ping 2>/dev/null | grep -q "is UP"; then
    as_root slurmctld
    for _ in $(seq 100); do scontrol ping 2>/dev/null | grep -q "is UP" && break; sleep 0.1; done
fi
if ! pgrep -x slurmd >/dev/null; then
    as_root slurmd
fi
for _ in $(seq 150); do
    state=$(sinfo -h -n "$host" -o %T 2>/dev/null || true)
    case $state in idle*|mixed*|allocated*) break ;; esac
    sleep 0.2
done
case ${state:-} in
    idle*|mixed*|allocated*) ;;
    down*|drain*) as_root scontrol update nodename="$host" state=resume ;;
    *) echo "the node $host did not come up (state '${state:-none}'); see /var/log/slurm/" >&2; exit 1 ;;
esac
sinfo
