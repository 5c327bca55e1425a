#!/usr/bin/env bash
# Runs the test suite with the machine's clock moved (libfaketime: apt-get install faketime)
# to instants where date-dependent code breaks: a month's (and year's) last day at 23:30
# in New York, New York's spring clock change, and 23:30 in New York on an ordinary day.
# Tests must pass at every one of them. The embedded PostgreSQL server is started under
# the same clock, so the database and the app agree on "now".
#   bash scripts/clock-sweep.sh                         # all three instants
#   bash scripts/clock-sweep.sh '2027-03-14 06:30:00'   # one instant (UTC), extra jest args after it
set -uo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is not installed (apt-get install -y faketime)"; exit 2; }

INSTANTS=('2027-01-01 04:30:00' '2027-03-14 06:30:00' '2027-02-10 04:30:00')
if [ $# -gt 0 ]; then INSTANTS=("$1"); shift; fi

status=0
for instant in "${INSTANTS[@]}"; do
  echo "=== clock at ${instant} UTC ==="
  # One fixed offset for every process (jest, its workers, the embedded PostgreSQL server,
  # the CLIs a test spawns), so they agree on "now"; '@instant' would restart the clock at
  # that instant in each new process.
  offset=$(( $(date -ud "${instant}" +%s) - $(date +%s) ))
  [ "$offset" -ge 0 ] && offset="+${offset}"
  if ! env -u DATABASE_URL faketime -f "${offset}" npx jest "$@"; then status=1; fi
done
exit $status
