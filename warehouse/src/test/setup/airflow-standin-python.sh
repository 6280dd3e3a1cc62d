#!/usr/bin/env bash
# The Airflow stand-in (src/test/resources/airflow_stub) runs on Debian's python3 with the libraries Airflow itself
# uses: pendulum, croniter, Jinja2. Quick when they are there; installs them with apt-get when it can; else one line.
set -euo pipefail
py=/usr/bin/python3
check="import pendulum, croniter, jinja2, dateutil"
packages="python3 python3-pendulum python3-croniter python3-jinja2 python3-dateutil"
if [[ -x "$py" ]] && "$py" -c "$check" 2>/dev/null; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  apt-get install -y -q $packages >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $packages >/dev/null 2>&1; } || true
  if "$py" -c "$check" 2>/dev/null; then
    exit 0
  fi
fi
echo "warehouse tests: the Airflow stand-in needs $py with pendulum, croniter and jinja2; run: apt-get install -y $packages" >&2
exit 1
