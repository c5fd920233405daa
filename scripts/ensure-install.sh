#!/usr/bin/env bash
# Installs the workspace's packages when they are missing or older than the lock file, then
# runs the given command. Lets `npm test` and `npm run demo` work on a fresh clone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
marker="$root/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$root/package-lock.json" -nt "$marker" ]; then
  echo "redcloud: installing npm packages (npm ci)…" >&2
  (cd "$root" && npm ci --no-audit --no-fund)
fi
exec "$@"
