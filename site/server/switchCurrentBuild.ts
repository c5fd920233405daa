import fs from 'node:fs'
import path from 'node:path'

/**
 * Points `current` at a build in one step: a new symlink is made beside it and renamed over it
 * (rename is atomic on POSIX), so a reader finds either the old build or the new one, never
 * nothing.
 */
export const switchCurrentBuild = ({ buildsDir, build }: { buildsDir: string; build: string }): void => {
  const link = path.join(buildsDir, 'current')
  const temporary = path.join(buildsDir, `.current-${process.pid}-${Date.now()}`)
  fs.symlinkSync(build, temporary, 'dir')
  try {
    fs.renameSync(temporary, link)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}
