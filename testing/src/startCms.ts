import { execFileSync, spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type RunningCms = { url: string; stop: () => Promise<void> }

/**
 * Starts the production build of the CMS (`next start`, building first if stale) on a free
 * port with its own copy of the seeded demo database, and waits until it answers.
 */
export const startCms = async ({
  template,
  port,
  env: extraEnv = {},
}: {
  template?: string
  port: number
  /** More environment for the CMS, e.g. where to tell the site to rebuild. */
  env?: Record<string, string>
}): Promise<RunningCms> => {
  execFileSync('bash', ['scripts/build-if-stale.sh'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-e2e-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    SERVER_URL: `http://localhost:${port}`,
    REDCLOUD_DATA_DIR: path.join(dir, 'data'),
    COOKIE_INSECURE: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  }
  if (template) {
    fs.copyFileSync(template, path.join(dir, 'cms.db'))
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(template + suffix))
        fs.copyFileSync(template + suffix, path.join(dir, 'cms.db' + suffix))
    }
    env.DATABASE_URL = `file:${path.join(dir, 'cms.db')}`
  }
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-p', String(port)],
    {
      cwd: path.join(root, 'cms'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited (${child.exitCode}):\n${output}`)
    try {
      const response = await fetch(`${url}/api/units?limit=1`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) throw new Error(`The CMS did not answer within 60 s:\n${output}`)
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
