/**
 * `npm run bench:import`: a member import of 10 000 rows (BENCH_ROWS) through
 * POST /api/users/import, in-process, on a fresh SQLite file (or BENCH_DATABASE_URL, e.g. a
 * MongoDB replica set): the dry run, the import, the invitations sent afterwards (to the
 * development outbox, so the mail server's own speed is not measured), and for comparison the
 * Local API's create (which hashes a password) on a sample. Prints the figures; asserts nothing.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)
const SAMPLE = Number(process.env.BENCH_LOCAL_API_SAMPLE ?? 20)
const here = path.dirname(fileURLToPath(import.meta.url))

const child = async () => {
  const { getPayload, handleEndpoints } = await import('payload')
  const { default: configPromise } = await import('@redcloud/cms/payload.config')
  const { seed } = await import('@redcloud/seed/seed')
  const { outbox } = await import('@redcloud/cms/email/outbox')
  const config = await configPromise
  const payload = await getPayload({ config })
  await seed({ payload, log: () => {} })

  const units = (await payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0 })).docs
  const languages = ['it', 'en', 'fr', 'es']
  const lines = ['name,email,unit,roles,language']
  for (let i = 0; i < ROWS; i++) {
    const roles = i % 50 === 0 ? 'member|validator' : 'member'
    lines.push(
      `"Volontario ${i}, di prova",bench.${i}@example.org,${units[i % units.length]!.code},${roles},${languages[i % 4]}`,
    )
  }
  const csv = lines.join('\n')

  const login = await handleEndpoints({
    config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@redcloud.example.org',
        password: process.env.SEED_PASSWORD ?? 'redcloud-demo',
      }),
    }),
  })
  const { token } = (await login.json()) as { token: string }
  const importOnce = async (dryRun: boolean) => {
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'members.csv')
    const t0 = performance.now()
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/users/import?dryRun=${dryRun}`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}` },
        body: form,
      }),
    })
    const body = (await response.json()) as { counts?: Record<string, number> }
    if (response.status !== 200) throw new Error(`import: ${response.status} ${JSON.stringify(body)}`)
    return { seconds: (performance.now() - t0) / 1000, counts: body.counts! }
  }

  const mailsBefore = outbox.length
  const dryRun = await importOnce(true)
  const real = await importOnce(false)
  const t0 = performance.now()
  while (outbox.length - mailsBefore < (real.counts.created ?? 0)) await new Promise((r) => setTimeout(r, 50))
  const mailSeconds = (performance.now() - t0) / 1000

  const unit = units[0]!.id
  const t1 = performance.now()
  for (let i = 0; i < SAMPLE; i++) {
    await payload.create({
      collection: 'users',
      data: {
        email: `local.${i}@example.org`,
        password: `a-random-password-${i}-${Math.random()}`,
        displayName: `Local ${i}`,
        unit,
        roles: ['member'],
      },
      depth: 0,
    })
  }
  const localApiMs = (performance.now() - t1) / SAMPLE
  await payload.destroy()
  return { dryRun, real, mailSeconds, localApiMs }
}

const main = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-bench-import-'))
  const out = path.join(dir, 'result.json')
  execFileSync(path.join(here, '../node_modules/.bin/tsx'), [fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      BENCH_CHILD: '1',
      BENCH_OUT: out,
      NODE_ENV: 'test',
      PAYLOAD_LOG_LEVEL: 'error',
      SMTP_HOST: '',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, 'bench.db')}`,
      REDCLOUD_DATA_DIR: path.join(dir, 'data'),
    },
  })
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as Awaited<ReturnType<typeof child>>
  fs.rmSync(dir, { recursive: true, force: true })
  const database = process.env.BENCH_DATABASE_URL ? 'MongoDB' : 'SQLite'
  console.log(
    `\nMember import benchmark — ${ROWS} rows, ${database}, ${os.cpus().length} cores, Node ${process.version}`,
  )
  console.log(
    `  dry run            ${result.dryRun.seconds.toFixed(1)} s  ${JSON.stringify(result.dryRun.counts)}`,
  )
  console.log(
    `  import             ${result.real.seconds.toFixed(1)} s  (${((result.real.seconds * 1000) / ROWS).toFixed(2)} ms/row)  ${JSON.stringify(result.real.counts)}`,
  )
  console.log(`  invitations sent   ${result.mailSeconds.toFixed(1)} s after the answer (development outbox)`)
  console.log(
    `  Local API create with a password hash, for comparison: ${result.localApiMs.toFixed(1)} ms/row → ${((result.localApiMs * ROWS) / 1000).toFixed(0)} s for ${ROWS}`,
  )
}

if (process.env.BENCH_CHILD) {
  const result = await child()
  fs.writeFileSync(process.env.BENCH_OUT as string, JSON.stringify(result))
  process.exit(0)
} else {
  main()
}
