import { spawn } from 'node:child_process'
import fs from 'node:fs'

const TAIL_BYTES = 4000

/**
 * Runs a build's shell command in a process group of its own (so a timeout kills all of it),
 * keeping the tail of its output for the log and, given `logFile`, appending all of it there
 * (what an operator reads when a build is slow or failed: Astro's phases, each page's time).
 */
export const runCommand = ({
  command,
  cwd,
  env,
  timeoutMs,
  onSpawn,
  logFile,
}: {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  onSpawn: (kill: () => void) => void
  logFile?: string
}) =>
  new Promise<{ exitCode: null | number; signal: null | string; tail: string }>((resolve) => {
    let stderr = ''
    let stdout = ''
    const keep = (buffer: string, chunk: Buffer) => (buffer + chunk.toString()).slice(-TAIL_BYTES)
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null
    log?.on('error', () => {}) // a log that cannot be written does not fail the build
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = keep(stdout, chunk)
      log?.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = keep(stderr, chunk)
      log?.write(chunk)
    })
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
      const result = { exitCode, signal, tail: lines.slice(-20).join('\n') }
      // resolved once the log is written out, so that what the caller appends comes after it
      if (log) log.end(() => resolve(result))
      else resolve(result)
    }
    child.on('error', (error) => {
      stderr += `\n${error.message}`
      finish(null, null)
    })
    child.on('close', (code, signal) => finish(code, signal))
  })
