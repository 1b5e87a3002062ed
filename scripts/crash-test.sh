#!/usr/bin/env bash
# Crash test, long run: editors publish while the app is killed (SIGKILL) at random moments and restarted on the
# same store; every acknowledged story must survive and the store must pass SQLite's integrity check.
# Usage: bash scripts/crash-test.sh [cycles (100)] [report (TestResults/crash-report.md)]
# Exits non-zero when a story is lost, the store is damaged or the app does not start again.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly cycles="${1:-100}"
readonly report="${2:-TestResults/crash-report.md}"
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build tests/NewsPortal.CrashTest -c Release --nologo -v quiet </dev/null
exec dotnet tests/NewsPortal.CrashTest/bin/Release/net10.0/NewsPortal.CrashTest.dll --cycles "$cycles" --report "$report" </dev/null
