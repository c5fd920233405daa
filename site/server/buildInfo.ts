import fs from 'node:fs'
import path from 'node:path'

/** Written into every build folder: how it was made, for the next build to decide whether it may be incremental. */
export type BuildInfo = {
  kind: 'full' | 'incremental'
  /** buildInputsHash of the sources it was built from. */
  inputsHash: string
  /** When the full build it descends from (itself, for a full one) finished. */
  fullBuildAt: string
}

const FILE = 'build-info.json'

export const writeBuildInfo = (buildDir: string, info: BuildInfo): void =>
  fs.writeFileSync(path.join(buildDir, FILE), JSON.stringify(info))

export const readBuildInfo = (buildDir: string): BuildInfo | null => {
  try {
    return JSON.parse(fs.readFileSync(path.join(buildDir, FILE), 'utf8')) as BuildInfo
  } catch {
    return null
  }
}
