#!/usr/bin/env bash
# Builds the CMS for production unless cms/.next is newer than every CMS source file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_id=cms/.next/BUILD_ID
if [ ! -f "$build_id" ] || [ -n "$(find cms/src cms/next.config.mjs package-lock.json -newer "$build_id" -print -quit)" ]; then
  echo "redcloud: building the CMS for production (about a minute)…" >&2
  NEXT_TELEMETRY_DISABLED=1 npm run build -w cms >&2
fi
