import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type RunningSite = { url: string; stop: () => Promise<void> }

/**
 * Serves a finished build with the site's own server (`site/server`, the one production runs:
 * compression and cache headers included) on 127.0.0.1, without rebuilding at start.
 */
export const startSiteServer = async ({
  buildDir,
  port,
  workDir,
}: {
  buildDir: string
  port: number
  workDir: string
}): Promise<RunningSite> => {
  const buildsDir = fs.mkdtempSync(path.join(workDir, 'site-builds-'))
  fs.symlinkSync(buildDir, path.join(buildsDir, 'current'))
  const child = spawn(process.execPath, [path.join(root, 'site/server/index.ts')], {
    cwd: path.join(root, 'site'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_BUILDS_DIR: buildsDir,
      SITE_BUILD_ON_START: 'false',
      SITE_REBUILD_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The site server exited (${child.exitCode}):\n${output}`)
    if (Date.now() > deadline) throw new Error(`The site server did not answer within 30 s:\n${output}`)
    const response = await fetch(`${url}/en/`).catch(() => null)
    if (response?.ok) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve))
      fs.rmSync(buildsDir, { recursive: true, force: true })
    },
  }
}
