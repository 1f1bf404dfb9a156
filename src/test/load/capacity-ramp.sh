#!/usr/bin/env bash
# One run of the capacity ramp per step (docs/performance.md, "Capacity (Gatling)"): for each number of sessions
# given, runs CapacitySimulation against a running production jar and prints, at the end of each step's hold
# (before the sessions sign out): the sessions and UIs the server holds (its siap.sessions.open / siap.ui.open
# gauges), the heap in use after a full GC (jcmd GC.run, then GC.heap_info), the server's CPU over the hold and the
# machine's load average, the database pool's peak waits; then Gatling's per-request figures (p50/p95/p99, errors).
#
#   src/test/load/capacity-ramp.sh URL PID METRICS_TOKEN SESSIONS...
#   e.g. src/test/load/capacity-ramp.sh http://127.0.0.1:8080 12345 secret 100 250 500 1000 2000
#
# The server must be started with SIAP_METRICS_TOKEN=METRICS_TOKEN; PID is its process (jcmd runs as the same user).
# LOAD_HOLD (default 120) seconds of hold per step; the ramp takes max(60, sessions / 10) seconds (the sign-in's
# BCrypt costs tens of milliseconds of CPU each). LOAD_STOP_P95 (default 300): stop after the first step whose p95 of
# any action (UIDL request or download) is above it, or that had an error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

url=$1 pid=$2 token=$3
shift 3
hold=${LOAD_HOLD:-120}
stop_p95=${LOAD_STOP_P95:-300}
out=target/capacity
mkdir -p "$out"

metric() { # name [label filter]: the value of a Prometheus series (first match)
    curl -s -H "Authorization: Bearer $token" "$url/actuator/prometheus" | grep -E "^$1(\{[^}]*${2:-}[^}]*\})? " \
        | head -n 1 | awk '{print $2}'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

for sessions in "$@"; do
    ramp=$(( sessions / 10 > 60 ? sessions / 10 : 60 ))
    log="$out/step-$sessions.log"
    echo "=== step: $sessions sessions, ramp $ramp s, hold $hold s ($(date -u +%H:%M:%S) UTC)"
    ./mvnw -B -Pload gatling:test -Dgatling.simulationClass=id.go.kemendagri.siap.load.CapacitySimulation \
        -Dload.url="$url" -Dload.sessions="$sessions" -Dload.ramp="$ramp" -Dload.hold="$hold" -Dload.max-error-percent=0 >"$log" 2>&1 &
    mvn_pid=$!
    sleep "$ramp"
    sleep 10
    ticks0=$(cpu_ticks) t0=$(date +%s.%N)
    sleep $(( hold - 25 ))
    ticks1=$(cpu_ticks) t1=$(date +%s.%N)
    hz=$(getconf CLK_TCK)
    cpu=$(echo "($ticks1 - $ticks0) / $hz / ($t1 - $t0) * 100" | bc -l)
    # The server's own count of UIs and sessions, from a class histogram (it runs a full GC first).
    histogram=$(jcmd "$pid" GC.class_histogram)
    count() { grep -E " $1\$" <<<"$histogram" | awk '{print $2}' | head -n 1; }
    echo "server holds: $(count com.vaadin.flow.component.UI) UIs, $(count org.apache.tomcat.websocket.WsSession) WebSockets, $(count org.apache.catalina.session.StandardSession) HTTP sessions (those of sign-in pages after a sign-out included)"
    echo "server CPU over the hold: $(printf '%.0f' "$cpu")% of one core; machine load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
    echo "database pool: active $(metric hikaricp_connections_active), pending $(metric hikaricp_connections_pending), max $(metric hikaricp_connections_max)"
    echo "tomcat threads busy: $(metric tomcat_threads_busy_threads)"
    jcmd "$pid" GC.run >/dev/null
    echo "heap after full GC: $(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1)"
    wait "$mvn_pid" || true
    sed -n '/^Parsing log file/,$p' "$log" | grep -E '^> |^---- |^Global:' || true
    grep -E '^\[load\]' "$log" | head -n 20 || true
    report=$(ls -td target/gatling/capacitysimulation-* | head -n 1)
    echo "report: $report/index.html"
    python3 src/test/load/stats.py "$report/index.html" "$stop_p95" && stop=p95 || stop=
    if grep -qE '^\[load\]' "$log" || ! grep -q 'BUILD SUCCESS' "$log"; then
        stop=errors
    fi
    if [[ -n $stop ]]; then
        echo "=== limit reached at $sessions sessions ($stop): stopping the ramp"
        break
    fi
done
