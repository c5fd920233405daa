import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { resolveCurrentBuild } from './resolveCurrentBuild.ts'
import { switchCurrentBuild } from './switchCurrentBuild.ts'

export type BuilderOptions = {
  /** Folder holding one sub-folder per build and the `current` link. */
  buildsDir: string
  /** Shell command that builds the site into `$SITE_OUT_DIR`. */
  command: string
  /** Working directory of the command. */
  cwd: string
  /** Quiet time after the last notification before a build starts. */
  debounceMs: number
  /** A build starts at the latest this long after the first of a stream of notifications. */
  maxWaitMs?: number
  /** A build running longer is killed and counts as failed. */
  timeoutMs?: number
  /** Environment of the command (SITE_OUT_DIR is added). @default process.env */
  env?: NodeJS.ProcessEnv
  log?: (message: string) => void
}

export type BuilderStatus = {
  current: null | string
  building: boolean
  buildingSince: null | string
  /** A notification is waiting for the debounce window to close. */
  pending: boolean
  /** A notification arrived during the running build: one more build follows it. */
  queued: boolean
  lastNotifiedAt: null | string
  lastSuccess: null | { at: string; build: string; durationMs: number }
  lastFailure: null | { at: string; durationMs: number; exitCode: null | number; reason: string }
  builds: number
}

const TAIL_BYTES = 4000

/** A folder name that sorts by time and never collides within one process. */
const buildName = (() => {
  let last = ''
  let counter = 0
  return () => {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('.', '')
    counter = stamp === last ? counter + 1 : 0
    last = stamp
    return counter ? `${stamp}-${counter}` : stamp
  }
})()

const hasContent = (dir: string) =>
  ['client/index.html', 'index.html', 'client', 'server/entry.mjs'].some((entry) =>
    fs.existsSync(path.join(dir, entry)),
  )

/**
 * Rebuilds the site when told to: debounced, one build at a time, a notification during a build
 * queueing exactly one more. A successful build becomes `current` with one rename (readers never
 * see a half-written site); a failed one is deleted and logged, and the old site stays.
 */
export const createBuilder = ({
  buildsDir,
  command,
  cwd,
  debounceMs,
  maxWaitMs = Math.max(debounceMs * 10, 30_000),
  timeoutMs = 15 * 60_000,
  env = process.env,
  log = (message) => console.log(`[site] ${message}`),
}: BuilderOptions) => {
  fs.mkdirSync(buildsDir, { recursive: true })
  let timer: NodeJS.Timeout | null = null
  let firstPendingAt = 0
  let lastNotifiedAt = 0
  let building: null | Promise<void> = null
  let buildingSince = 0
  let queued = false
  let isClosed = false
  let lastSuccess: BuilderStatus['lastSuccess'] = null
  let lastFailure: BuilderStatus['lastFailure'] = null
  let builds = 0
  let killBuild: (() => void) | null = null
  const idleWaiters: (() => void)[] = []

  const isIdle = () => !timer && !building && !queued
  const settle = () => {
    if (!isIdle()) return
    for (const resolve of idleWaiters.splice(0)) resolve()
  }

  const schedule = () => {
    if (isClosed) return
    const now = Date.now()
    if (!timer) firstPendingAt = now
    else clearTimeout(timer)
    const delay = Math.max(0, Math.min(lastNotifiedAt + debounceMs, firstPendingAt + maxWaitMs) - now)
    timer = setTimeout(() => {
      timer = null
      start()
    }, delay)
  }

  const start = () => {
    queued = false
    buildingSince = Date.now()
    building = runBuild().finally(() => {
      building = null
      if (queued) schedule()
      settle()
    })
  }

  const runBuild = async () => {
    const name = buildName()
    const outDir = path.join(buildsDir, name)
    const started = Date.now()
    builds += 1
    log(`build ${name} started`)
    const result = await run({
      command,
      cwd,
      env: { ...env, SITE_OUT_DIR: outDir },
      timeoutMs,
      onSpawn: (kill) => (killBuild = kill),
    })
    killBuild = null
    const durationMs = Date.now() - started
    const failure =
      result.exitCode !== 0
        ? `${result.signal ? `killed (${result.signal})` : `exit code ${result.exitCode}`}${result.tail ? `:\n${result.tail}` : ''}`
        : !hasContent(outDir)
          ? `the command succeeded but wrote nothing to ${outDir} (does it honour SITE_OUT_DIR?)`
          : null
    if (failure) {
      lastFailure = { at: new Date().toISOString(), durationMs, exitCode: result.exitCode, reason: failure }
      log(
        `build ${name} FAILED after ${durationMs} ms, still serving ${resolveCurrentBuild(buildsDir) ?? 'nothing'}: ${failure}`,
      )
      fs.rmSync(outDir, { recursive: true, force: true })
      return
    }
    const previous = resolveCurrentBuild(buildsDir)
    switchCurrentBuild({ buildsDir, build: name })
    lastSuccess = { at: new Date().toISOString(), build: name, durationMs }
    log(`build ${name} is live after ${durationMs} ms`)
    // the previous build stays, so requests that began on it can finish
    removeOldBuilds({ buildsDir, keep: [name, previous] })
  }

  return {
    /** Something changed: rebuild soon. */
    notify: (reason?: string) => {
      if (isClosed) return
      lastNotifiedAt = Date.now()
      if (reason) log(`change: ${reason}`)
      if (building) queued = true
      else schedule()
    },
    /** Build now, skipping the debounce window (e.g. at start-up). */
    buildNow: () => {
      if (isClosed) return
      lastNotifiedAt = Date.now() - debounceMs
      if (building) queued = true
      else schedule()
    },
    status: (): BuilderStatus => ({
      current: resolveCurrentBuild(buildsDir),
      building: Boolean(building),
      buildingSince: building ? new Date(buildingSince).toISOString() : null,
      pending: Boolean(timer),
      queued,
      lastNotifiedAt: lastNotifiedAt ? new Date(lastNotifiedAt).toISOString() : null,
      lastSuccess,
      lastFailure,
      builds,
    }),
    /** Resolves when nothing is pending, building or queued. */
    whenIdle: () => new Promise<void>((resolve) => (isIdle() ? resolve() : idleWaiters.push(resolve))),
    /** Stops accepting notifications and stops a running build (the current site stays). */
    close: async () => {
      isClosed = true
      if (timer) clearTimeout(timer)
      timer = null
      queued = false
      killBuild?.()
      await building
      settle()
    },
  }
}

export type Builder = ReturnType<typeof createBuilder>

const run = ({
  command,
  cwd,
  env,
  timeoutMs,
  onSpawn,
}: {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  onSpawn: (kill: () => void) => void
}) =>
  new Promise<{ exitCode: null | number; signal: null | string; tail: string }>((resolve) => {
    let stderr = ''
    let stdout = ''
    const keep = (buffer: string, chunk: Buffer) => (buffer + chunk.toString()).slice(-TAIL_BYTES)
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    child.stdout.on('data', (chunk: Buffer) => (stdout = keep(stdout, chunk)))
    child.stderr.on('data', (chunk: Buffer) => (stderr = keep(stderr, chunk)))
    // detached: the shell leads its own process group, so a timeout kills the whole build
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    onSpawn(kill)
    const killer = setTimeout(kill, timeoutMs)
    const finish = (exitCode: null | number, signal: null | string) => {
      clearTimeout(killer)
      const lines = (stderr.trim() || stdout.trim()).split('\n')
      resolve({ exitCode, signal, tail: lines.slice(-20).join('\n') })
    }
    child.on('error', (error) => {
      stderr += `\n${error.message}`
      finish(null, null)
    })
    child.on('close', (code, signal) => finish(code, signal))
  })

const removeOldBuilds = ({ buildsDir, keep }: { buildsDir: string; keep: (null | string)[] }) => {
  for (const entry of fs.readdirSync(buildsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.includes(entry.name)) continue
    fs.rmSync(path.join(buildsDir, entry.name), { recursive: true, force: true })
  }
}
