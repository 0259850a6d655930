#!/usr/bin/env bash
# A cold build of WiroClient with the NIOWebSocket trait (the default: SwiftNIO's WebSocket on
# Linux) and without it (`--disable-default-traits`, as a package depending on WiroGen with
# `traits: []` builds it): each in an empty build folder, its packages resolved first so only
# the build is timed. Prints the seconds and how many SwiftNIO modules each build made.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
for mode in with without; do
    scratch="$(mktemp -d)"
    flags=()
    if [ "$mode" = without ]; then flags=(--disable-default-traits); fi
    swift package --package-path "$root" --scratch-path "$scratch" resolve >/dev/null 2>&1
    start=$(date +%s.%N)
    swift build --package-path "$root" --scratch-path "$scratch" --target WiroClient ${flags[@]+"${flags[@]}"} >/dev/null
    end=$(date +%s.%N)
    nio=$(find "$scratch" -name '*.swiftmodule' \( -name 'NIO*' -o -name 'WebSocketKit*' \) | wc -l)
    printf '%s the trait: %.0f s, %d SwiftNIO modules\n' "$mode" "$(echo "$end - $start" | bc)" "$nio"
    rm -rf "$scratch"
done
