import fs from 'node:fs'
import path from 'node:path'

import { writeBuildInfo } from './buildInfo.ts'
import { planIncrementalBuild } from './planIncrementalBuild.ts'
import { resolveCurrentBuild } from './resolveCurrentBuild.ts'
import { runCommand } from './runCommand.ts'
import { runIncrementalBuild, type IncrementalCommands } from './runIncrementalBuild.ts'
import { mergeSiteChanges, type SiteChanges } from './siteChanges.ts'
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
  /**
   * Publish changes to practices incrementally (see runIncrementalBuild); unset: every build is
   * full. `inputsHash` (buildInputsHash) names the sources: a live build made from others is rebuilt in full.
   */
  incremental?: IncrementalCommands & { inputsHash: string }
  /**
   * Publishes changed practices' own pages at once, from the live build (`currentDir`), before
   * the build that follows (see publishPracticesNow); a failure only delays them to that build.
   */
  publishNow?: (args: { practiceIds: string[]; currentDir: string; at: number }) => Promise<{
    pages: number
    gone: number
  }>
  /** A build that started at `startedAt` went live (what was published before it is in it). */
  onLive?: (startedAt: number) => void
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
  lastSuccess: null | { at: string; build: string; durationMs: number; kind: 'full' | 'incremental' }
  lastFailure: null | {
    at: string
    durationMs: number
    exitCode: null | number
    reason: string
    /** The failed build's whole output, in the builds folder (kept until a later build goes live). */
    log?: string
  }
  /** The last practices published at once, between builds (publishNow). */
  lastPublishedNow: null | { at: string; durationMs: number; pages: number; gone: number }
  builds: number
}

/** Each build's whole output goes to `<builds folder>/<build name>.log`, removed with the build. */
const BUILD_LOG_SUFFIX = '.log'

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
  incremental,
  publishNow,
  onLive = () => {},
}: BuilderOptions) => {
  fs.mkdirSync(buildsDir, { recursive: true })
  const logFileOf = (name: string) => path.join(buildsDir, `${name}${BUILD_LOG_SUFFIX}`)
  let timer: NodeJS.Timeout | null = null
  let firstPendingAt = 0
  let lastNotifiedAt = 0
  let building: null | Promise<void> = null
  let buildingSince = 0
  let queued = false
  /** What changed since the running (or last) build started. */
  let changes: null | SiteChanges = null
  let isClosed = false
  let lastSuccess: BuilderStatus['lastSuccess'] = null
  let lastFailure: BuilderStatus['lastFailure'] = null
  let builds = 0
  let lastPublishedNow: BuilderStatus['lastPublishedNow'] = null
  /** One publication at a time, in the order notifications came. */
  let publishing: Promise<void> = Promise.resolve()
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
    const these = changes ?? 'everything'
    changes = null
    building = runBuild(these).finally(() => {
      building = null
      if (queued) schedule()
      settle()
    })
  }

  const runBuild = async (these: SiteChanges) => {
    const started = Date.now()
    builds += 1
    const currentDir = resolveCurrentBuild(buildsDir) && fs.realpathSync(path.join(buildsDir, 'current'))
    const plan =
      incremental && planIncrementalBuild({ currentDir, changes: these, inputsHash: incremental.inputsHash })
    if (plan) {
      const name = buildName()
      const outDir = path.join(buildsDir, name)
      log(`build ${name} started (incremental: practices ${plan.practiceIds.join(', ')} changed)`)
      const result = await runIncrementalBuild({
        plan,
        outDir,
        planFile: path.join(buildsDir, `.partial-${name}.json`),
        commands: incremental,
        cwd,
        env,
        timeoutMs,
        onSpawn: (kill) => (killBuild = kill),
        logFile: logFileOf(name),
      })
      killBuild = null
      if (result.failure === null) {
        writeBuildInfo(outDir, {
          kind: 'incremental',
          inputsHash: incremental.inputsHash,
          fullBuildAt: plan.fullBuildAt,
        })
        await goLive({
          name,
          started,
          kind: 'incremental',
          detail: `, ${result.rendered} practice and listing pages rendered, ${result.linked} kept`,
        })
        return
      }
      fs.rmSync(outDir, { recursive: true, force: true })
      if (isClosed) return
      log(`incremental build ${name} failed, building in full: ${result.failure}`)
    }
    await runFullBuild(started)
  }

  const goLive = async ({
    name,
    started,
    kind,
    detail = '',
  }: {
    name: string
    started: number
    kind: 'full' | 'incremental'
    detail?: string
  }) => {
    const durationMs = Date.now() - started
    const previous = resolveCurrentBuild(buildsDir)
    switchCurrentBuild({ buildsDir, build: name })
    onLive(started)
    lastSuccess = { at: new Date().toISOString(), build: name, durationMs, kind }
    log(`build ${name} is live after ${durationMs} ms (${kind}${detail})`)
    // the previous build stays, so requests that began on it can finish
    // part of the build: the next one starts after (it could be listed for removal otherwise)
    await removeOldBuilds({ buildsDir, keep: [name, previous] }).catch((error: unknown) =>
      log(`could not remove old builds: ${error instanceof Error ? error.message : String(error)}`),
    )
  }

  const runFullBuild = async (started: number) => {
    const name = buildName()
    const outDir = path.join(buildsDir, name)
    log(`build ${name} started`)
    const result = await runCommand({
      command,
      cwd,
      env: { ...env, SITE_OUT_DIR: outDir },
      timeoutMs,
      onSpawn: (kill) => (killBuild = kill),
      logFile: logFileOf(name),
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
      lastFailure = {
        at: new Date().toISOString(),
        durationMs,
        exitCode: result.exitCode,
        reason: failure,
        log: `${name}${BUILD_LOG_SUFFIX}`,
      }
      log(
        `build ${name} FAILED after ${durationMs} ms, still serving ${resolveCurrentBuild(buildsDir) ?? 'nothing'}: ${failure}`,
      )
      fs.rmSync(outDir, { recursive: true, force: true })
      // what it was to publish is not live: the next build is full
      changes = 'everything'
      return
    }
    if (incremental) {
      writeBuildInfo(outDir, {
        kind: 'full',
        inputsHash: incremental.inputsHash,
        fullBuildAt: new Date().toISOString(),
      })
    }
    await goLive({ name, started, kind: 'full' })
  }

  const runPublishNow = (practiceIds: string[]) => {
    publishing = publishing.then(async () => {
      const currentDir = resolveCurrentBuild(buildsDir) && fs.realpathSync(path.join(buildsDir, 'current'))
      if (!publishNow || !currentDir || isClosed) return
      const at = Date.now()
      try {
        const counts = await publishNow({ practiceIds, currentDir, at })
        const durationMs = Date.now() - at
        lastPublishedNow = { at: new Date().toISOString(), durationMs, ...counts }
        log(
          `practices ${practiceIds.join(', ')} published at once after ${durationMs} ms (${counts.pages} pages, ${counts.gone} withdrawn); the next build brings the rest`,
        )
      } catch (error) {
        log(
          `practices ${practiceIds.join(', ')} not published at once, the next build will: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    })
  }

  return {
    /** Something changed: rebuild soon (only what shows it, when it says and can). */
    notify: (reason?: string, what: SiteChanges = 'everything') => {
      if (isClosed) return
      if (what !== 'everything' && what.practices.length > 0) runPublishNow(what.practices)
      changes = mergeSiteChanges(changes, what)
      lastNotifiedAt = Date.now()
      if (reason) log(`change: ${reason}`)
      if (building) queued = true
      else schedule()
    },
    /** Build now, skipping the debounce window (e.g. at start-up). */
    buildNow: () => {
      if (isClosed) return
      changes = 'everything'
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
      lastPublishedNow,
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
      await Promise.all([building, publishing])
      settle()
    },
  }
}

export type Builder = ReturnType<typeof createBuilder>

/**
 * Removes the builds, and their logs, other than `keep`. Asynchronous: a build of 50 000 files
 * removed synchronously would stop the server serving.
 */
const removeOldBuilds = async ({ buildsDir, keep }: { buildsDir: string; keep: (null | string)[] }) => {
  for (const entry of await fs.promises.readdir(buildsDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(BUILD_LOG_SUFFIX)) {
      if (!keep.includes(entry.name.slice(0, -BUILD_LOG_SUFFIX.length)))
        await fs.promises.rm(path.join(buildsDir, entry.name), { force: true })
      continue
    }
    // dot folders are not builds (the overlay of pages published between builds)
    if (!entry.isDirectory() || entry.name.startsWith('.') || keep.includes(entry.name)) continue
    await fs.promises.rm(path.join(buildsDir, entry.name), { recursive: true, force: true })
  }
}
