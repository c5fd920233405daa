import { execFileSync } from 'child_process'
import fs from 'fs'

import { freePort } from '@redcloud/testing/freePort'
import { startCms } from '@redcloud/testing/startCms'

const cms = await startCms({ template: '/tmp/lo-seed3/t.db', port: await freePort() })
const files = ['site/src/pages/[locale]/practices/[slug].astro', 'site/src/lib/sharing/relatedPractices.ts']
const build = (label: string) => {
  fs.rmSync(`/tmp/lo-sitecache-${label}`, { recursive: true, force: true })
  const started = Date.now()
  execFileSync('npx', ['astro', 'build'], {
    cwd: 'site',
    env: {
      ...process.env,
      CMS_URL: cms.url,
      SITE_OUT_DIR: `/tmp/lo-sitebuild-${label}`,
      SITE_CACHE_DIR: `/tmp/lo-sitecache-${label}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: [
      'ignore',
      fs.openSync(`/tmp/lo-build-${label}.log`, 'w'),
      fs.openSync(`/tmp/lo-build-${label}.err`, 'w'),
    ],
  })
  const seconds = (Date.now() - started) / 1000
  console.log(`${label}: astro build ${seconds.toFixed(1)} s`)
  return seconds
}
try {
  build('after')
  for (const file of files)
    execFileSync('sh', ['-c', `git show b98c67bd0a26e8cac88bb2e22b1ea339b186ef79:'${file}' > '${file}'`])
  try {
    build('before')
  } finally {
    execFileSync('git', ['checkout', 'HEAD', '--', ...files])
  }
  build('after2')
} finally {
  await cms.stop()
}
process.exit(0)
