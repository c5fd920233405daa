import { spawn, type ChildProcess } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'
import type { RunningCms } from './startCms'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Starts one more CMS process on the database `databaseUrl` (cms/test/helpers/cmsProcessMain.ts,
 * run with tsx: RedCloud's REST API over node's http, behind the same guard as `next start`,
 * with no Next.js build), and resolves once it serves. Several on one SQLite file are several instances of a
 * scaled-out deployment on one machine. `env` adds to (and overrides) the test's environment.
 */
export const serveCmsProcess = async ({
  databaseUrl,
  env = {},
  timeoutMs = 90_000,
}: {
  databaseUrl: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<RunningCms & { output: () => string }> => {
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'cms/test/helpers/cmsProcessMain.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PAYLOAD_LOG_LEVEL: 'warn',
        ACCESS_LOG: 'off',
        ...env,
        DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stderr?.on('data', (chunk) => (output += chunk))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The CMS process did not serve within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    child.stdout?.on('data', (chunk) => {
      output += chunk
      const match = /^listening (\d+)$/m.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The CMS process exited (${code}):\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
