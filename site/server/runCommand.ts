import { spawn } from 'node:child_process'

const TAIL_BYTES = 4000

/**
 * Runs a build's shell command in a process group of its own (so a timeout kills all of it),
 * keeping the tail of its output for the log.
 */
export const runCommand = ({
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
