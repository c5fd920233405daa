import fs from 'fs'
import path from 'path'
import zlib from 'zlib'

/**
 * Every file of a build as text, Pagefind's gzip-compressed index and fragments unpacked, so a
 * test can look for a string anywhere a visitor could fetch it from.
 */
export const readBuildFiles = (dir: string): Map<string, string> => {
  const files = new Map<string, string>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else {
        const bytes = fs.readFileSync(file)
        let text: string
        try {
          text = zlib.gunzipSync(bytes).toString('utf8')
        } catch {
          text = bytes.toString('utf8')
        }
        files.set(path.relative(dir, file), text)
      }
    }
  }
  walk(dir)
  return files
}
