#!/usr/bin/env bash
# How `fetch` and `update --check` spread downloads: N tools (16) from a local site whose every
# answer takes 250 ms. One at a time would take N × 0.25 s; four at once about a quarter of
# that. Prints the wall time of each command and the most requests the site saw at once.
# Needs python3 (for the site) and a built wiro-gen (`swift build --product wiro-gen`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-16}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
cat >"$work/site.py" <<'PY'
import http.server, re, sys, threading, time
lock = threading.Lock(); live = [0]; peak = [0]
def document(tool):
    return f"""## Basic tool info

Model name: acme/{tool}
Model description: a tool for timing

Run Task Endpoint (POST):
https://api.wiro.ai/v1/Run/acme/{tool}

## Model Inputs: 

  - name: prompt
    label: Prompt
    help: What to draw.
    type: text
    default: a cat
"""
class Site(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def do_GET(self):
        if self.path == "/peak":
            body = f"{peak[0]}".encode(); peak[0] = 0
        else:
            with lock: live[0] += 1; peak[0] = max(peak[0], live[0])
            time.sleep(0.25)
            match = re.match(r"/models/acme/([^/]+)/llms-full.txt", self.path)
            body = document(match.group(1)).encode() if match else b""
            with lock: live[0] -= 1
        self.send_response(200 if body else 404)
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Site).serve_forever()
PY
python3 "$work/site.py" "$port" & site=$!
trap 'kill $site; rm -rf "$work"' EXIT
sleep 1
mkdir -p "$work/project/Specs" && cd "$work/project"
tools=(); for i in $(seq 1 "$count"); do tools+=("acme/tool-$i"); done
export WIRO_DOCS_URL="http://127.0.0.1:$port"
for command in "fetch ${tools[*]} --no-generate" "update --check"; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$root/.build/debug/wiro-gen" $command >/dev/null 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "wiro-gen ${command%% acme*}($count tools, 250 ms each): $ms ms; at most $(curl -s "http://127.0.0.1:$port/peak") at once; one at a time: $((count * 250)) ms"
done
