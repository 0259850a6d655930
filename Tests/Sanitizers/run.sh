#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer, and `wiro-gen generate` over Specs/
# and the corpus under LeakSanitizer: cmark's trees must all be freed. (Leak detection is off
# for the test suite itself: libcurl under URLSession, Foundation's Process and XCTest keep
# allocations to the end that are not WiroGen's; the fuzzer checks leaks per input too.)
# Build folders: .build-asan, .build-tsan. --disable-default-traits turns the NIOWebSocket trait off,
# leaving SwiftNIO and its BoringSSL out of these builds (twenty minutes under two sanitizers); the
# client's socket tests then run over TestSupport's loopback WebSocket (see Package.swift), and
# the run checks that no NIO module was built. Prints "sanitizers: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root" || exit 1
export LSAN_OPTIONS="suppressions=$root/Tests/Sanitizers/lsan.supp:print_suppressions=0"
passed=0
failed=0
result() { if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS: $1"; else failed=$((failed + 1)); echo "FAIL: $1"; tail -60 "$3"; fi; }

for sanitizer in address thread; do
    log="$(mktemp)"
    echo "== swift test --sanitize=$sanitizer"
    scratch=".build-${sanitizer:0:1}san"
    WIROGEN_SANITIZER="$sanitizer" ASAN_OPTIONS=detect_leaks=0 swift test --disable-default-traits --sanitize="$sanitizer" --scratch-path "$scratch" >"$log" 2>&1
    status=$?
    if find "$scratch" -name 'NIOPosix.swiftmodule' -o -name 'WebSocketKit.swiftmodule' -o -name 'CNIOBoringSSL*.o' | grep -q .; then
        echo "a build without the NIOWebSocket trait built SwiftNIO" >>"$log"
        status=1
    fi
    grep -E "Test run with|Executed [0-9]+ tests|ERROR: (Address|Thread|Leak)Sanitizer|WARNING: ThreadSanitizer|SUMMARY" "$log" | head -20
    if grep -qE "ERROR: AddressSanitizer|WARNING: ThreadSanitizer" "$log"; then status=1; fi
    result "swift test --sanitize=$sanitizer" "$status" "$log"
done

echo "== wiro-gen generate over Specs/ and the corpus, under LeakSanitizer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Specs"
cp -r Specs/* "$work/Specs/"
if [ -d ../shared/corpus/llms ]; then mkdir -p "$work/Specs/corpus" && cp ../shared/corpus/llms/*.md "$work/Specs/corpus/"; fi
log="$work/leaks.log"
ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/wiro-gen generate --specs "$work/Specs" --output "$work/out" >"$log" 2>&1
status=$?
grep -E "wiro-gen: .* documents|ERROR: LeakSanitizer|SUMMARY" "$log"
count=$(find "$work/Specs" -name '*.md' | wc -l)
result "wiro-gen generate: zero leaks, $count documents" "$status" "$log"

echo "sanitizers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
