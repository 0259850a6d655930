#!/usr/bin/env bash
# Integration test of the SwiftPM plugins, on a copy of the repository so nothing here changes:
#   Examples/PluginDemo: the build plugin generates and compiles, a no-op build runs no
#   generator, an edit regenerates one file, its tests pass, a broken doc fails the build
#   with path:line:col; its wiro-gen.json shapes the code, an edit of it regenerates, a bad one
#   fails the build at its line and column; the definition beside a document is an input of its
#   tool's command; and the command plugin matches `wiro-gen generate`
#   and checks freshness.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
seconds() { date +%s%N; }
elapsed() { local ms=$(( ($(date +%s%N) - $1) / 1000000 )); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }

mkdir -p "$work/repo"
(cd "$root" && tar --exclude='./.build*' --exclude='./.git' --exclude='./.swiftpm' --exclude='*/.build' --exclude='*/.build-*' -cf - .) | tar -xf - -C "$work/repo"
demo="$work/repo/Examples/PluginDemo"
generated="$demo/.build/plugins/outputs/plugindemo/DemoTools/destination/WiroGenPlugin/WiroTools"
cd "$demo" || exit 1

start=$(seconds)
swift build >"$work/cold.log" 2>&1; status=$?
cold=$(elapsed "$start")
check "demo: cold swift build succeeds (${cold}s)" "[ $status -eq 0 ]"
[ $status -eq 0 ] || tail -30 "$work/cold.log"
check "demo: the build shows no compiler warning (the plugins' and the generated code's)" \
    "! grep -E 'warning:' '$work/cold.log' | grep -vE '\.md:[0-9]+:[0-9]+: warning:' | grep -q ."
check "demo: one Swift file per document, plus namespaces and registry" \
    "[ -f '$generated/Acme_upscale.swift' ] && [ -f '$generated/PixVerse_text-to-video-v4.5.swift' ] && [ -f '$generated/WiroToolIndex.swift' ] && [ -f '$generated/Namespaces.swift' ]"

check "demo: wiro-gen.json makes the bindings internal and names inputImage 'image'" \
    "grep -q 'internal struct Upscale: WiroRequest' '$generated/Acme_upscale.swift' && grep -q 'internal var image: WiroFile?' '$generated/Acme_upscale.swift' && ! grep -q 'public ' '$generated/Acme_upscale.swift'"

stamp() { stat -c '%n %Y.%y' "$generated"/*.swift 2>/dev/null; }
ran_generator() { grep -qE 'wiro-gen(-tool)? emit-' "$1"; }
relinked_tool() { grep -qE ' -o [^ ]*/wiro-gen-tool( |$)' "$1"; }

# SwiftPM 6.3 on Linux (native build system) re-links a plugin's tool once in the build after
# a cold one (its modulewrap step is ordered late: swiftlang/swift-build#1071), and a re-linked
# tool re-runs the commands that use it. So: the second build may run the generator only
# together with that re-link; from then on a no-op build must run nothing.
swift build -v >"$work/second.log" 2>&1; status=$?
check "demo: second swift build succeeds" "[ $status -eq 0 ]"
check "demo: the second build runs the generator only if SwiftPM re-linked the tool itself" \
    "! ran_generator '$work/second.log' || relinked_tool '$work/second.log'"
if ran_generator "$work/second.log"; then echo "note: the second build re-linked wiro-gen-tool (toolchain), so the generator ran again"; fi

before="$(stamp)"
sleep 1
start=$(seconds)
swift build -v >"$work/noop.log" 2>&1; status=$?
noop=$(elapsed "$start")
check "demo: no-op swift build succeeds (${noop}s)" "[ $status -eq 0 ]"
check "demo: the no-op build runs no generator (no wiro-gen command line in the verbose log)" "! ran_generator '$work/noop.log'"
check "demo: the no-op build re-links nothing" "! relinked_tool '$work/noop.log'"
check "demo: the no-op build leaves every generated file untouched" "[ \"\$before\" = \"\$(stamp)\" ]"

index_before="$(stat -c %Y.%y "$generated/WiroToolIndex.swift")"
upscale_before="$(stat -c %Y.%y "$generated/Acme_upscale.swift")"
pixverse_before="$(stat -c %Y.%y "$generated/PixVerse_text-to-video-v4.5.swift")"
sleep 1
sed -i 's/default: 20/default: 24/' Sources/DemoTools/Acme/upscale.md
swift build -v >"$work/edit.log" 2>&1; status=$?
check "demo: the build after editing one document succeeds" "[ $status -eq 0 ]"
check "demo: only the edited document's generator ran" \
    "[ \$(grep -cE 'emit-tool .*Acme/upscale.md' '$work/edit.log') -ge 1 ] && ! grep -qE 'emit-tool .*text-to-video-v4.5.md' '$work/edit.log'"
check "demo: only the edited document's file changed" \
    "[ \"$upscale_before\" != \"\$(stat -c %Y.%y '$generated/Acme_upscale.swift')\" ] && [ \"$pixverse_before\" = \"\$(stat -c %Y.%y '$generated/PixVerse_text-to-video-v4.5.swift')\" ]"
check "demo: the edit reached the generated code" "grep -q 'steps: Int = 24' '$generated/Acme_upscale.swift'"
check "demo: an edit that renames nothing leaves the tool index untouched" \
    "[ \"$index_before\" = \"\$(stat -c %Y.%y '$generated/WiroToolIndex.swift')\" ]"
sed -i 's/default: 24/default: 20/' Sources/DemoTools/Acme/upscale.md

# Wiro's definition beside a document is an input of that tool's command.
swift build >/dev/null 2>&1
pixverse_before="$(stat -c %Y.%y "$generated/PixVerse_text-to-video-v4.5.swift")"
sleep 1
sed -i 's/"maximum": 40/"maximum": 30/' Sources/DemoTools/Acme/upscale.openapi.json
swift build -v >"$work/definition.log" 2>&1; status=$?
check "demo: editing the definition beside a document re-runs that tool's generator, with both files" \
    "[ $status -eq 0 ] && grep -qE 'emit-tool .*Acme/upscale.md .*Acme/upscale.openapi.json' '$work/definition.log' && ! grep -qE 'emit-tool .*text-to-video-v4.5.md' '$work/definition.log'"
check "demo: the definition's edit reached the generated code, and the other tool's file is untouched" \
    "grep -q 'maximum 30 (steps)' '$generated/Acme_upscale.swift' && [ \"$pixverse_before\" = \"\$(stat -c %Y.%y '$generated/PixVerse_text-to-video-v4.5.swift')\" ]"
sed -i 's/"maximum": 30/"maximum": 40/' Sources/DemoTools/Acme/upscale.openapi.json

swift test >"$work/test.log" 2>&1; status=$?
check "demo: swift test passes" "[ $status -eq 0 ]"
[ $status -eq 0 ] || tail -30 "$work/test.log"
swift run PluginDemo >"$work/run.log" 2>&1
check "demo: the executable prints the violation" "grep -q 'Fast only available when scale is 2' '$work/run.log'"
check "demo: the executable prints the configuration's rule with its reason" \
    "grep -q '\"there is nothing to upscale without an image\" (wiro-gen.json): inputImage is required' '$work/run.log'"

# The configuration is an input of every generator command: editing it regenerates.
config=Sources/DemoTools/wiro-gen.json
cp "$config" "$work/config.json"
sleep 1
sed -i 's/there is nothing to upscale without an image/an upscale needs an image/' "$config"
swift build -v >"$work/config-edit.log" 2>&1; status=$?
check "demo: the build after editing wiro-gen.json succeeds and re-runs the generator" "[ $status -eq 0 ] && ran_generator '$work/config-edit.log'"
check "demo: the configuration edit reached the generated code" "grep -q 'an upscale needs an image' '$generated/Acme_upscale.swift'"
sed -i 's/"accessModifier"/"acessModifier"/' "$config"
swift build >"$work/config-bad.log" 2>&1; status=$?
check "demo: a bad wiro-gen.json fails the build" "[ $status -ne 0 ]"
check "demo: the build prints the configuration's path:line:col: error: with the nearest key" \
    "grep -qE 'Sources/DemoTools/wiro-gen.json:2:3: error: unknown key .acessModifier. in the configuration; did you mean .accessModifier.' '$work/config-bad.log'"
cp "$work/config.json" "$config"

cat > Sources/DemoTools/Acme/broken.md <<'DOC'
## Basic tool info

Tool name: Acme/broken
Run Task Endpoint (POST):
https://api.wiro.ai/v1/Run/Acme/broken

## Tool Inputs:

  - name: size
    label: Size
    help: The size.
    type: select
    default: small
    options:

## Run Command - Make HTTP Post Request
```bash
curl -X POST "https://api.wiro.ai/v1/Run/Acme/broken" -d '{"size": "small"}';
```
DOC
swift build >"$work/broken.log" 2>&1; status=$?
check "demo: a broken document fails the build" "[ $status -ne 0 ]"
check "demo: the build prints the document's path:line:col: error:" \
    "grep -qE 'Sources/DemoTools/Acme/broken.md:9:5: error: select input .size. has no options \[select-without-options\]' '$work/broken.log'"
check "demo: the failure is the diagnostic, not a crash" "! grep -qiE 'fatal error|stack dump|signal' '$work/broken.log'"
rm Sources/DemoTools/Acme/broken.md

# Two documents whose tools spell one type: named over the whole set, as `generate` names them.
sed 's#PixVerse/text-to-video-v4.5#PixVerse/text-to-video-v4_5#g' Sources/DemoTools/PixVerse/text-to-video-v4.5.md \
    > Sources/DemoTools/PixVerse/text-to-video-v4_5.md
swift build >"$work/clash.log" 2>&1; status=$?
check "demo: two documents that spell one type build, the later id suffixed" \
    "[ $status -eq 0 ] && grep -q 'internal struct TextToVideoV4_5_2: WiroRequest' '$generated/PixVerse_text-to-video-v4_5.swift'"
check "demo: the build warns of the rename with the document's place" \
    "grep -qE 'PixVerse/text-to-video-v4_5.md:1:1: warning: the type of .PixVerse/text-to-video-v4_5. is named .PixVerse.TextToVideoV4_5_2.' '$work/clash.log'"
rm Sources/DemoTools/PixVerse/text-to-video-v4_5.md

cd "$work/repo" || exit 1
swift package --allow-writing-to-package-directory generate-wiro-bindings >"$work/command.log" 2>&1; status=$?
check "command plugin: generate-wiro-bindings succeeds" "[ $status -eq 0 ]"
[ $status -eq 0 ] || tail -30 "$work/command.log"
swift run wiro-gen generate --output "$work/cli-output" >"$work/cli.log" 2>&1
check "command plugin: output is byte-identical to swift run wiro-gen generate" "diff -r Generated/WiroTools '$work/cli-output' >/dev/null"
check "command plugin: output is byte-identical to the checked-in Generated/WiroTools" "diff -r Generated/WiroTools '$root/Generated/WiroTools' >/dev/null"
swift package --allow-writing-to-package-directory generate-wiro-bindings --check >"$work/fresh.log" 2>&1; status=$?
check "command plugin: --check exits 0 when fresh" "[ $status -eq 0 ]"
sed -i 's/default: 121/default: 81/' Specs/Wan-AI/Wan2.2-TI2V-5B-image-to-video.md
swift package --allow-writing-to-package-directory generate-wiro-bindings --check >"$work/stale.log" 2>&1; status=$?
check "command plugin: --check exits non-zero after a doc edit" "[ $status -ne 0 ]"
check "command plugin: --check names the stale file" "grep -q 'WanAI/Wan2_2TI2V5BImageToVideo.swift: error: stale' '$work/stale.log'"
check "command plugin: --check wrote nothing" "diff -r Generated/WiroTools '$root/Generated/WiroTools' >/dev/null"

echo "plugin integration: cold build ${cold}s, no-op build ${noop}s"
echo "plugins: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
