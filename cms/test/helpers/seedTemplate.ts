import { execFileSync } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Seeds the demo data through the real `npm run seed` entry point into `<dir>/template.db`
 * (uploads in `<dir>/data`), the SQLite file every test file copies. Returns the file's path.
 */
export const seedTemplate = (dir: string): string => {
  const template = path.join(dir, 'template.db')
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['seed/src/run.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${template}`,
      REDCLOUD_DATA_DIR: path.join(dir, 'data'),
      NODE_ENV: 'test',
      // A throw-away file: no fsync per commit (cms/src/database.ts).
      SQLITE_SYNCHRONOUS: 'OFF',
      PAYLOAD_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return template
}
