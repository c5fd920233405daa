import fs from 'node:fs'

import { linkUnchangedPages } from './linkUnchangedPages.ts'
import type { IncrementalPlan } from './planIncrementalBuild.ts'
import { runCommand } from './runCommand.ts'

export type IncrementalCommands = {
  /** Builds the site into $SITE_OUT_DIR, of the practice and listing pages only those $SITE_PARTIAL's fingerprints say changed (no search index). */
  command: string
  /** Indexes $SITE_OUT_DIR/client for search (Pagefind), once the unchanged pages are linked in. */
  indexCommand: string
}

/**
 * An incremental build into `outDir`: everything but the practice and listing pages whose inputs
 * did not change is rendered, those are hard-linked from the live build (copy-on-write: the live build's files are
 * never written), then the search index is rebuilt over the whole. Resolves with a failure reason
 * instead of throwing; the caller builds in full then.
 */
export const runIncrementalBuild = async ({
  plan,
  outDir,
  planFile,
  commands,
  cwd,
  env,
  timeoutMs,
  onSpawn,
  logFile,
}: {
  plan: IncrementalPlan
  outDir: string
  planFile: string
  commands: IncrementalCommands
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  onSpawn: (kill: () => void) => void
  /** Both commands' output, and the linking's figures, are appended there. */
  logFile?: string
}): Promise<{ failure: string } | { failure: null; rendered: number; linked: number }> => {
  fs.writeFileSync(
    planFile,
    JSON.stringify({
      practiceIds: plan.practiceIds,
      previousPages: plan.previousPages,
      previousListings: plan.previousListings,
    }),
  )
  const failed = (result: { exitCode: null | number; signal: null | string; tail: string }) =>
    result.exitCode === 0
      ? null
      : `${result.signal ? `killed (${result.signal})` : `exit code ${result.exitCode}`}:\n${result.tail}`
  try {
    const build = await runCommand({
      command: commands.command,
      cwd,
      env: { ...env, SITE_OUT_DIR: outDir, SITE_PARTIAL: planFile },
      timeoutMs,
      onSpawn,
      logFile,
    })
    const buildFailure = failed(build)
    if (buildFailure) return { failure: buildFailure }
    const linking = Date.now()
    const counts = await linkUnchangedPages({ currentDir: plan.currentDir, outDir })
    if (logFile) {
      fs.appendFileSync(
        logFile,
        `[site server] ${counts.linked} unchanged practice and listing pages linked from the live build in ${Date.now() - linking} ms\n`,
      )
    }
    const index = await runCommand({
      command: commands.indexCommand,
      cwd,
      env: { ...env, SITE_OUT_DIR: outDir },
      timeoutMs,
      onSpawn,
      logFile,
    })
    const indexFailure = failed(index)
    return indexFailure ? { failure: indexFailure } : { failure: null, ...counts }
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) }
  } finally {
    fs.rmSync(planFile, { force: true })
  }
}
