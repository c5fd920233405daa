#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running RedCloud with demo data, on the embedded
# database. Installs Node 24 and the npm packages when needed, builds the CMS (only when its
# sources changed), loads the demo data (idempotent) and serves the admin panel.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/node24.sh
export NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
scripts/ensure-install.sh true

scripts/build-if-stale.sh

# A local secret, made once and kept with the local data, so sessions survive restarts.
mkdir -p cms/data
if [ -z "${PAYLOAD_SECRET:-}" ]; then
  [ -s cms/data/.demo-secret ] || node -e "console.log(require('crypto').randomBytes(32).toString('hex'))" > cms/data/.demo-secret
  PAYLOAD_SECRET="$(cat cms/data/.demo-secret)"
  export PAYLOAD_SECRET
fi

echo "redcloud: loading the demo data…"
npm run seed -w seed

port="${PORT:-3000}"
# The demo is plain http on localhost: cookies cannot be `secure` there.
export COOKIE_INSECURE="${COOKIE_INSECURE:-true}"
echo "redcloud: admin panel at http://localhost:$port/admin — sign in as admin@redcloud.example.org / ${SEED_PASSWORD:-redcloud-demo}"
exec npm start -w cms -- -p "$port"
