#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
#
# Builds the libFuzzer targets (preset "fuzz": clang-14, address + undefined sanitizers, core
# only) and runs each one SECONDS seconds (default 30), one after the other:
#   .ci/fuzz.sh 600        each target ten minutes
#   .ci/fuzz.sh 60 fuzz_date_parser fuzz_csv_reader   only these targets
# Seeds come from tests/fixtures; what a run learns is kept in build/fuzz/corpus/<target> for
# the next run. A crash (or a broken property) fails the script and names the input that
# reproduces it: run the target on that file to replay it (build/fuzz/tests/fuzz/<target> FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-30}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_csv_reader fuzz_text_encoding fuzz_date_parser fuzz_member_import
    fuzz_order_import fuzz_whatsapp_parser fuzz_telegram_parser fuzz_wechat_csv_parser fuzz_discord_csv_parser
    fuzz_discord_json_parser fuzz_generic_csv_chat_parser)

BUILD=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 --target "${TARGETS[@]}"

# Seeds per target, made again each run from the fixtures.
seed() { # target
    local dir="$BUILD/seeds/$1"
    rm -rf "$dir"
    mkdir -p "$dir"
    case "$1" in
        fuzz_date_parser)
            local n=0 line
            while IFS= read -r line; do
                n=$((n + 1))
                printf '%s' "$line" >"$dir/date-$n"
            done <tests/fixtures/dates/dates.txt ;;
        fuzz_whatsapp_parser)
            find tests/fixtures/chat -name 'whatsapp-*.txt' -exec cp {} "$dir/" \; ;;
        fuzz_telegram_parser)
            find tests/fixtures/chat -name 'telegram-*.json' -exec cp {} "$dir/" \; ;;
        fuzz_wechat_csv_parser)
            find tests/fixtures/chat -name 'wechat-*.csv' -exec cp {} "$dir/" \; ;;
        fuzz_discord_csv_parser)
            find tests/fixtures/chat -name 'discord*.csv' -exec cp {} "$dir/" \; ;;
        fuzz_discord_json_parser)
            find tests/fixtures/chat -name 'discord*.json' -exec cp {} "$dir/" \; ;;
        fuzz_generic_csv_chat_parser)
            find tests/fixtures/chat -name 'chat-*.csv' -exec cp {} "$dir/" \; ;;
        *)
            find tests/fixtures -name '*.csv' -exec cp {} "$dir/" \; ;;
    esac
    echo "$dir"
}

failed=()
for target in "${TARGETS[@]}"; do
    seeds=$(seed "$target")
    corpus="$BUILD/corpus/$target"
    artifacts="$BUILD/artifacts/$target"
    log="$BUILD/$target.log"
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: ${SECONDS_EACH}s"
    status=0
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$BUILD/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=30 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    grep -E '^stat::number_of_executed_units|^Done ' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log" >&2
        reproducer=$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -1 | sed 's/Test unit written to //')
        echo "error: $target failed (exit $status); reproduce with: $BUILD/tests/fuzz/$target ${reproducer:-<see $log>}" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "error: fuzz targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "All fuzz targets ran ${SECONDS_EACH}s each without a failure."
