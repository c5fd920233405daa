import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createBuilder, type Builder } from './createBuilder.ts'

const fakeBuild = path.join(import.meta.dirname, 'fixtures/fakeBuild.mjs')

let dir: string
let buildsDir: string
let control: string
let builder: Builder
let logs: string[]

const setControl = (value: { sleepMs?: number; fail?: string; label?: string; files?: number }) =>
  fs.writeFileSync(control, JSON.stringify(value))
const buildsRun = () =>
  fs.existsSync(`${control}.log`) ? fs.readFileSync(`${control}.log`, 'utf8').split('\n').filter(Boolean) : []
const currentPage = () => fs.readFileSync(path.join(buildsDir, 'current/client/index.html'), 'utf8')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const make = (debounceMs = 150) =>
  createBuilder({
    buildsDir,
    command: `"${process.execPath}" "${fakeBuild}"`,
    cwd: dir,
    debounceMs,
    env: { ...process.env, FAKE_BUILD_CONTROL: control },
    log: (message) => logs.push(message),
  })

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builder-'))
  buildsDir = path.join(dir, 'builds')
  control = path.join(dir, 'control.json')
  logs = []
  setControl({ label: 'first' })
  builder = make()
})
afterEach(async () => {
  await builder.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('SECURITY.md §6 Faults: the builder (a failed build keeps the previous site)', () => {
  it('coalesces ten notifications inside the debounce window into one build', async () => {
    for (let i = 0; i < 10; i++) {
      builder.notify(`change ${i}`)
      await sleep(10)
    }
    expect(builder.status()).toMatchObject({ pending: true, building: false })
    await builder.whenIdle()
    expect(buildsRun()).toHaveLength(1)
    expect(currentPage()).toBe('<h1>first</h1>')
    expect(builder.status()).toMatchObject({ builds: 1, lastFailure: null, current: buildsRun()[0] })
  })

  it('a notification during a build queues exactly one more build, however many arrive', async () => {
    setControl({ sleepMs: 400, label: 'slow' })
    builder.notify()
    while (!builder.status().building) await sleep(10)
    for (let i = 0; i < 5; i++) {
      builder.notify(`during ${i}`)
      await sleep(20)
    }
    expect(builder.status()).toMatchObject({ building: true, queued: true })
    await builder.whenIdle()
    expect(buildsRun()).toHaveLength(2)
    expect(builder.status().builds).toBe(2)
  })

  it('a failed build keeps the previous site and records why', async () => {
    builder.buildNow()
    await builder.whenIdle()
    const good = builder.status().current
    expect(good).toBeTruthy()

    setControl({ fail: 'cannot reach the CMS at http://127.0.0.1:9' })
    builder.notify()
    await builder.whenIdle()

    const status = builder.status()
    expect(status.current).toBe(good)
    expect(currentPage()).toBe('<h1>first</h1>')
    expect(status.lastFailure).toMatchObject({ exitCode: 3 })
    expect(status.lastFailure?.reason).toContain('cannot reach the CMS at http://127.0.0.1:9')
    expect(logs.some((line) => line.includes('FAILED') && line.includes(good!))).toBe(true)
    // the failed attempt's folder is gone, its whole output kept for the operator; the good one stays
    const failedLog = status.lastFailure?.log
    expect(fs.readFileSync(path.join(buildsDir, failedLog!), 'utf8')).toContain(
      'cannot reach the CMS at http://127.0.0.1:9',
    )
    expect(fs.readdirSync(buildsDir).sort()).toEqual([good, `${good}.log`, failedLog, 'current'].sort())
  })

  it('keeps only the current and the previous build, and their logs', async () => {
    for (const label of ['a', 'b', 'c']) {
      setControl({ label })
      builder.buildNow()
      await builder.whenIdle()
    }
    const [, second, third] = buildsRun()
    expect(fs.readdirSync(buildsDir).sort()).toEqual(
      [second, third, `${second}.log`, `${third}.log`, 'current'].sort(),
    )
    expect(currentPage()).toBe('<h1>c</h1>')
  })

  it('switches atomically: a reader in another thread never finds a file missing', async () => {
    setControl({ label: 'many', files: 50 })
    builder.buildNow()
    await builder.whenIdle()
    const reader = new Worker(
      `
      const fs = require('node:fs')
      const { parentPort, workerData } = require('node:worker_threads')
      let reads = 0, misses = 0, stop = false
      parentPort.on('message', () => { stop = true })
      const loop = () => {
        for (let i = 0; i < 200; i++) {
          try { fs.readFileSync(workerData.page, 'utf8'); fs.readFileSync(workerData.other, 'utf8'); reads++ } catch { misses++ }
        }
        if (stop) parentPort.postMessage({ reads, misses }); else setImmediate(loop)
      }
      loop()
      `,
      {
        eval: true,
        workerData: {
          page: path.join(buildsDir, 'current/client/index.html'),
          other: path.join(buildsDir, 'current/client/page-49.html'),
        },
      },
    )
    for (let i = 0; i < 9; i++) {
      builder.buildNow()
      await builder.whenIdle()
    }
    const result = await new Promise<{ reads: number; misses: number }>((resolve) => {
      reader.once('message', resolve)
      reader.postMessage('stop')
    })
    await reader.terminate()
    expect(builder.status().builds).toBe(10)
    expect(result.reads).toBeGreaterThan(100)
    expect(result.misses).toBe(0)
  })
})
