import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type RunningSite = {
  url: string
  buildsDir: string
  secret: string
  /** The build status the site server reports (GET /__rebuild). */
  status: () => Promise<{
    current: null | string
    building: boolean
    pending: boolean
    lastSuccess: null | { at: string }
    lastFailure: null | { at: string; reason: string }
  }>
  /** Waits until a build that started after `since` has succeeded, and returns its folder. */
  waitForBuild: (since: number, timeoutMs?: number) => Promise<string>
  stop: () => Promise<void>
}

/**
 * The site server (`npm start -w site`) on a free port with a builds folder of its own: it builds
 * the site from the CMS at `cmsUrl` at start and whenever the CMS tells it something changed.
 */
export const startSite = async ({
  cmsUrl,
  port,
  proxyCms = false,
}: {
  cmsUrl: string
  port: number
  /**
   * Forward /api, /admin and /_next to the CMS (SITE_PROXY_CMS=true), so the browser sees one
   * origin as behind the production proxy; the session cookie is then plain-http (COOKIE_INSECURE).
   */
  proxyCms?: boolean
}): Promise<RunningSite> => {
  // Inside the site's folder: the built server code resolves its packages from node_modules above it.
  const dir = fs.mkdtempSync(path.join(siteDir, 'builds-e2e-'))
  const buildsDir = path.join(dir, 'builds')
  const secret = 'e2e-site-rebuild-secret'
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(process.execPath, ['server/index.ts'], {
    cwd: siteDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CMS_URL: cmsUrl,
      SITE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_BUILDS_DIR: buildsDir,
      SITE_CACHE_DIR: path.join(dir, 'cache'),
      SITE_REBUILD_SECRET: secret,
      SITE_REBUILD_DEBOUNCE_MS: '500',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(proxyCms ? { SITE_PROXY_CMS: 'true', COOKIE_INSECURE: 'true' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))

  const status: RunningSite['status'] = async () => {
    const response = await fetch(`${url}/__rebuild`, { headers: { Authorization: `Bearer ${secret}` } })
    return response.json()
  }
  const waitForBuild = async (since: number, timeoutMs = 180_000) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The site server exited (${child.exitCode}):\n${output}`)
      try {
        const current = await status()
        if (current.lastSuccess && Date.parse(current.lastSuccess.at) >= since && !current.building) {
          return fs.realpathSync(path.join(buildsDir, 'current'))
        }
        if (
          current.lastFailure &&
          Date.parse(current.lastFailure.at) >= since &&
          !current.building &&
          !current.pending
        ) {
          throw new Error(`The site build failed: ${current.lastFailure.reason}\n${output.slice(-4000)}`)
        }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('The site build failed')) throw error
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    throw new Error(`No site build succeeded within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`)
  }
  return {
    url,
    buildsDir,
    secret,
    status,
    waitForBuild,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((resolve) => child.once('exit', resolve))
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
