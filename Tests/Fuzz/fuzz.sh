#!/usr/bin/env bash
# Fuzzes the reader and emitter with libFuzzer (and AddressSanitizer, whose LeakSanitizer also
# proves cmark's memory is freed), seeded with Specs/ and ../shared/corpus when present; then
# checks that the generated code of every input the fuzzer kept parses (swiftc -parse).
#   Tests/Fuzz/fuzz.sh [seconds]   (default 60)
# Prints "fuzz: N passed, N failed" and exits non-zero on a crash, hang, leak or parse failure.
set -uo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/.build/fuzz"
mkdir -p "$work/seeds" "$work/corpus"
cd "$root" || exit 1

include="$work/include"
mkdir -p "$include"
cp Sources/CCmark/module.modulemap Sources/CCmark/shim.h "$include/"
echo "== building the fuzzer"
# Each module as SwiftPM builds it, in the order of the generator's flow (Package.swift; a module
# missing here fails this build at its first import): WiroRuntime with AddressSanitizer, the
# generator's stages with libFuzzer's coverage too, all in one package so `package` API is reachable.
stages="WiroGenText WiroGenModel WiroGenMarkdown WiroGenReader WiroGenRules WiroGenConfig WiroGenResolve WiroGenEmit WiroGenCore WiroGenFiles"
build_module() { # name, sanitizers
    swiftc -O -g -sanitize="$2" -parse-as-library -swift-version 6 -package-name WiroGen -module-name "$1" \
        -I "$include" -emit-library -static -emit-module -emit-module-path "$include/$1.swiftmodule" \
        $(find "Sources/$1" -name '*.swift' | sort) -o "$work/lib$1.a" 2>>"$work/build.log"
}
: >"$work/build.log"
built=1
build_module WiroRuntime address || built=0
for stage in $stages; do
    [ "$built" -eq 1 ] && { build_module "$stage" fuzzer,address || built=0; }
done
libraries=""
for module in WiroRuntime $stages; do libraries="-l$module $libraries"; done
if [ "$built" -eq 0 ] || ! swiftc -O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -package-name WiroGen \
    -module-name WiroGenFuzz -I "$include" Tests/Fuzz/FuzzEntry.swift -L "$work" $libraries -lcmark -o "$work/wiro-gen-fuzz" 2>>"$work/build.log"; then
    cat "$work/build.log"
    echo "fuzz: 0 passed, 1 failed"
    exit 1
fi
grep -v "Cannot export local symbol" "$work/build.log" | grep -E "error|warning" && echo "(compiler output above)"

cp Specs/*/*.md Tests/Fixtures/Definitions/*.openapi.json "$work/seeds/"
if [ -d ../shared/corpus/llms ]; then cp ../shared/corpus/llms/*.md "$work/seeds/"; fi
if [ -d ../shared/corpus/openapi ]; then cp ../shared/corpus/openapi/*.json "$work/seeds/"; fi
for f in "$work"/seeds/*.md; do tr -s ' \n\t' ' ' <"$f" >"$f.flat"; done

echo "== fuzzing for ${seconds}s"
passed=0
failed=0
export LSAN_OPTIONS="suppressions=$root/Tests/Sanitizers/lsan.supp"
"$work/wiro-gen-fuzz" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=4096 -max_len=32768 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$work/seeds" >"$work/fuzz.log" 2>&1
status=$?
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done|INFO: Loaded|==[0-9]+==ERROR|SUMMARY)" "$work/fuzz.log"
if [ $status -eq 0 ]; then
    passed=$((passed + 1)); echo "PASS: no crash, hang or leak"
else
    failed=$((failed + 1)); echo "FAIL: the fuzzer stopped with status $status"; tail -40 "$work/fuzz.log"
fi

echo "== every kept input's generated code parses"
rm -rf "$work/emitted"
mkdir -p "$work/emitted"
find "$work/corpus" "$work/seeds" -type f | head -5000 >"$work/inputs.txt"
WIROGEN_FUZZ_EMIT="$work/emitted" xargs -a "$work/inputs.txt" -n 200 "$work/wiro-gen-fuzz" >/dev/null 2>&1
emitted=$(find "$work/emitted" -name '*.swift' | wc -l)
inputs=$(wc -l <"$work/inputs.txt")
if find "$work/emitted" -name '*.swift' -print0 | xargs -0 -r -n 500 swiftc -parse >"$work/parse.log" 2>&1; then
    passed=$((passed + 1)); echo "PASS: $emitted generated files from $inputs inputs parse"
else
    failed=$((failed + 1)); echo "FAIL: generated code that does not parse:"; head -40 "$work/parse.log"
fi
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
