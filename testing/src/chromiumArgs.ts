/**
 * Flags Debian's Chromium needs here, headless as root on a closed network (no sandbox, no
 * background connections that the network would refuse). Used by the tests and the benchmarks.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
