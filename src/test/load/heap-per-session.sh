#!/usr/bin/env bash
# Heap per open session (docs/performance.md, "Capacity (Gatling)", "Heap per session at 1,000 sessions"): the heap
# of the idle (warmed-up) server after a full GC, then SESSIONS virtual users of CapacitySimulation in the users' mix
# sign in (5 a second), open their screens and STAY signed in (-Dload.stay=true: no sign-out; think times of 60 to
# 120 s with heartbeats every 5 s, so their UIs stay open); once all are in, a class histogram (which runs a full GC
# first) counts the UIs, Vaadin sessions, HTTP sessions and WebSockets the server holds, and the heap in use after
# a full GC (jcmd GC.run, then GC.heap_info) minus the idle heap, divided by the UIs open, is the heap per session.
#
#   src/test/load/heap-per-session.sh URL PID [SESSIONS]        (SESSIONS: 1000 unless given)
#   e.g. src/test/load/heap-per-session.sh http://127.0.0.1:8121 12345 1000
#
# PID is the server's process (jcmd runs as the same user). The load generator runs wherever this script runs (on
# the development machine: the same cores as the server and the database). LOAD_RAMP (default SESSIONS / 5 seconds)
# spreads the sign-ins; LOAD_SETTLE (default 30) seconds pass after the last sign-in before the measurement.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

url=$1 pid=$2 sessions=${3:-1000}
ramp=${LOAD_RAMP:-$(( sessions / 5 ))}
settle=${LOAD_SETTLE:-30}
out=target/capacity
mkdir -p "$out"
log="$out/heap-$sessions.log"

heap_kb() { # heap in use after a full GC, in KB
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+'
}
holds() { # what the server holds, from a class histogram (it runs a full GC first)
    local histogram
    histogram=$(jcmd "$pid" GC.class_histogram)
    count() { grep -E " $1\$" <<<"$histogram" | awk '{print $2}' | head -n 1 || true; }
    ui=$(count com.vaadin.flow.component.UI)
    echo "server holds: ${ui:-0} UIs, $(count com.vaadin.flow.server.VaadinSession) Vaadin sessions," \
        "$(count org.apache.catalina.session.StandardSession) HTTP sessions," \
        "$(count org.apache.tomcat.websocket.WsSession) WebSockets"
}

echo "=== heap per session: $sessions sessions, sign-ins over $ramp s, measured $settle s after ($(date -u +%H:%M:%S) UTC)"
holds
ui_idle=${ui:-0}
idle=$(heap_kb)
echo "idle heap after full GC: ${idle} KB"
./mvnw -B -Pload gatling:test -Dgatling.simulationClass=id.go.kemendagri.siap.load.CapacitySimulation \
    -Dload.url="$url" -Dload.sessions="$sessions" -Dload.ramp="$ramp" -Dload.hold=$(( settle + 90 )) \
    -Dload.stay=true -Dload.think.min=60 -Dload.think.max=120 >"$log" 2>&1 &
mvn_pid=$!
sleep $(( ramp + settle + 15 ))   # Gatling's own start takes about 15 s
echo "measured at $(date -u +%H:%M:%S) UTC; machine load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
holds
used=$(heap_kb)
echo "heap after full GC with the sessions open: ${used} KB"
open=$(( ${ui:-0} - ui_idle ))
if (( open > 0 )); then
    echo "heap per open session: ($used - $idle) KB / $open UIs = $(( (used - idle) / open )) KB"
fi
wait "$mvn_pid" || true
sed -n '/^Parsing log file/,$p' "$log" | grep -E '^> |^---- |^Global:' | grep -vE 't < |t >= |<= t' || true
grep -E '^\[load\]' "$log" | head -n 20 || true
report=$(ls -td target/gatling/capacitysimulation-* | head -n 1)
echo "report: $report/index.html"
python3 src/test/load/stats.py "$report/index.html" || true
