import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A hash of what a build is made from besides the content: the site's sources and configuration
 * and the CMS's content contract. When it differs from the live build's, no incremental build:
 * the next one is full (a deployment, a schema change).
 */
export const buildInputsHash = (paths: string[]): string => {
  const hash = crypto.createHash('sha256')
  const walk = (file: string) => {
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      return
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file).sort()) if (name !== 'node_modules') walk(path.join(file, name))
      return
    }
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  for (const entry of paths) walk(path.resolve(entry))
  return hash.digest('hex')
}
