import fs from 'node:fs'
import path from 'node:path'

/** The name of the build `current` points at, or null before the first build. */
export const resolveCurrentBuild = (buildsDir: string): null | string => {
  try {
    return path.basename(fs.readlinkSync(path.join(buildsDir, 'current')))
  } catch {
    return null
  }
}
