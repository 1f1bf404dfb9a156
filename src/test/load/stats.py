#!/usr/bin/env python3
"""Reads a Gatling HTML report's statistics table (index.html) and prints one line per request name: count, errors,
requests per second, p50/p95/p99 and max in ms; with a limit as second argument, exits 0 when the p95 of any action
(anything but heartbeats, script results, sign-in and sign-out, push connection) is above it, else 1. Used by capacity-ramp.sh."""
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>.*?((?:<td class="value[^"]*col-\d+">[^<]*</td>\s*)+)', html, re.S)
print(f"{'request':32} {'count':>7} {'KO':>5} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}")
over = []
for name, cells in rows:
    values = dict(re.findall(r'col-(\d+)">([^<]*)</td>', cells))
    print(f"{name[:32]:32} {values.get('2', ''):>7} {values.get('4', ''):>5} {values.get('6', ''):>7} "
          f"{values.get('8', ''):>6} {values.get('10', ''):>6} {values.get('11', ''):>6} {values.get('12', ''):>6}")
    action = name not in ("All Requests", "heartbeat", "script result") and not name.startswith(("sign-", "push"))
    if len(sys.argv) > 2 and action and values.get('10', '-') not in ('-', '') and float(values['10']) > float(sys.argv[2]):
        over.append(f"{name} ({values['10']} ms)")
actions = [values for name, cells in rows
           for values in [dict(re.findall(r'col-(\d+)">([^<]*)</td>', cells))]
           if name not in ("All Requests", "heartbeat", "script result") and not name.startswith(("sign-", "push"))
           and "Redirect" not in name and not name.endswith(("(page)", "(init)"))]
print(f"actions (UIDL requests and downloads) per second: {sum(float(v.get('6', 0) or 0) for v in actions):.1f}, "
      f"of which failed: {sum(int(v.get('4', 0) or 0) for v in actions)}")
if len(sys.argv) > 2:
    if over:
        print("p95 above " + sys.argv[2] + " ms: " + ", ".join(over))
        sys.exit(0)
    sys.exit(1)
