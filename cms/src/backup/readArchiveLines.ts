import fs from 'fs'
import readline from 'readline'
import zlib from 'zlib'

/** The archive's lines, un-gzip'd; a truncated or damaged gzip stream throws. */
export async function* readArchiveLines(file: string): AsyncGenerator<string> {
  const source = fs.createReadStream(file)
  const input = source.pipe(zlib.createGunzip())
  const lines = readline.createInterface({ input, crlfDelay: Infinity })
  // readline does not forward its source's errors (a damaged gzip stream, an unreadable file):
  // hand them over to the loop.
  let failure: Error | undefined
  const fail = (error: Error) => {
    failure = error
    lines.close()
  }
  source.on('error', fail)
  input.on('error', fail)
  for await (const line of lines) {
    if (failure) break
    yield line
  }
  if (failure) throw failure
}
