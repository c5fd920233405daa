#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running RedCloud with demo data, on the embedded
# database. Installs Node 24 and the npm packages when needed, builds the CMS (only when its
# sources changed), loads the demo data (idempotent), then serves the CMS and the public site:
# the site builds itself from the CMS at start and again whenever the CMS publishes a change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/node24.sh
export NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
scripts/ensure-install.sh true

scripts/build-if-stale.sh

# Local secrets, made once and kept with the local data, so sessions survive restarts.
mkdir -p cms/data
secret() {
  [ -s "cms/data/$1" ] || node -e "console.log(require('crypto').randomBytes(32).toString('hex'))" > "cms/data/$1"
  cat "cms/data/$1"
}
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-$(secret .demo-secret)}"
export SITE_REBUILD_SECRET="${SITE_REBUILD_SECRET:-$(secret .site-rebuild-secret)}"

echo "redcloud: loading the demo data…"
npm run seed -w seed

port="${PORT:-3000}"
# The demo's accounts share a published password: it listens on this machine only unless
# DEMO_HOST says otherwise (DEMO_HOST=0.0.0.0 opens it to the network).
host="${DEMO_HOST:-127.0.0.1}"
site_port="${SITE_PORT:-4321}"
cms_url="http://localhost:$port"
site_url="http://localhost:$site_port"
# The demo is plain http on localhost: cookies cannot be `secure` there.
export COOKIE_INSECURE="${COOKIE_INSECURE:-true}"

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

SERVER_URL="$cms_url" SITE_URL="$site_url" SITE_REBUILD_URL="http://127.0.0.1:$site_port/__rebuild" \
  npm start -w cms -- -p "$port" -H "$host" &
pids+=($!)
for _ in $(seq 1 120); do
  node -e "fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$cms_url/api/units?limit=1" && break
  sleep 0.5
done

echo "redcloud: building the public site from the CMS (seconds)…"
# The site server also forwards /admin and /api to the CMS: one origin, as behind the production proxy.
CMS_URL="$cms_url" PUBLIC_CMS_URL="$site_url" SITE_PROXY_CMS=true SITE_URL="$site_url" PORT="$site_port" HOST="$host" \
  npm start -w site &
pids+=($!)
for _ in $(seq 1 240); do
  status="$(node -e "fetch(process.argv[1], { headers: { Authorization: 'Bearer ' + process.env.SITE_REBUILD_SECRET } }).then((r) => r.text()).then(console.log, () => {})" "$site_url/__rebuild")"
  case "$status" in *'"lastSuccess":{'*) break ;; *'"lastFailure":{'*) echo "redcloud: the site build failed: $status" >&2; break ;; esac
  sleep 0.5
done

cat <<MSG

redcloud: ready.
  public site   $site_url/  (rebuilds by itself when a practice, FAQ or guide changes)
  admin panel   $site_url/admin (or $cms_url/admin) — sign in as admin@redcloud.example.org / ${SEED_PASSWORD:-redcloud-demo}
  Ctrl+C stops both.
MSG
wait -n "${pids[@]}"
