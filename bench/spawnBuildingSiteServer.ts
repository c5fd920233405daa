import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The site server (`site/server`) on 127.0.0.1:`port`, building from the CMS at `cmsUrl` at
 * start and on every rebuild request, its builds in `<dir>/site/builds`. The benchmarks read
 * its output and stop it themselves (startSiteServer serves a finished build instead).
 */
export const spawnBuildingSiteServer = ({
  dir,
  cmsUrl,
  port,
}: {
  dir: string
  cmsUrl: string
  port: number
}) => {
  // Builds must live where the server bundle finds the packages: a node_modules link beside them.
  const buildsDir = path.join(dir, 'site')
  fs.mkdirSync(buildsDir)
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  return spawn(process.execPath, ['server/index.ts'], {
    cwd: path.join(root, 'site'),
    env: {
      ...process.env,
      CMS_URL: cmsUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_BUILDS_DIR: path.join(buildsDir, 'builds'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
