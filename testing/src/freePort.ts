import net from 'net'

// Below Linux's ephemeral range (32768-60999), so no outgoing connection takes a port between the
// moment it is handed out and the moment its server listens; one block per Vitest worker, so two
// end-to-end files running side by side never receive the same one.
const FIRST = 20_000
const BLOCK = 1_000
const worker = Number(process.env.VITEST_POOL_ID ?? 0) % 12
const handedOut = new Set<number>()
let next = FIRST + worker * BLOCK + Math.floor(Math.random() * BLOCK)

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })

/** A TCP port on 127.0.0.1 that nothing listens on right now and no other call here handed out. */
export const freePort = async (): Promise<number> => {
  for (let tries = 0; tries < BLOCK; tries += 1) {
    const port = next
    next = port + 1 >= FIRST + (worker + 1) * BLOCK ? FIRST + worker * BLOCK : port + 1
    if (!handedOut.has(port) && (await isFree(port))) {
      handedOut.add(port)
      return port
    }
  }
  throw new Error('No free port.')
}
