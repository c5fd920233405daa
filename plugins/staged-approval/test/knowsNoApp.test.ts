import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

/**
 * The plugin knows nothing of the app that uses it: none of RedCloud's names (product, roles,
 * user fields, unit levels, stage names, jobs queue) appears in its source. The app passes them
 * in as options.
 */
const APP_NAMES: RegExp[] = [
  /redcloud/i,
  /practice/i,
  /displayName/,
  /preferredLanguage|notificationMode|originalLanguage/,
  /['"`](admin|validator\.\w+|volunteer)['"`]/,
  /\broles\b/,
  /\bunits?\b/i,
  /\b(local|regional|national)(_review)?\b/,
  /queue: ['"`]workflow/,
]

const SRC = path.resolve(import.meta.dirname, '../src')

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })

describe('the plugin’s source', () => {
  it('names nothing of the app that uses it', () => {
    const leaks: string[] = []
    for (const file of sourceFiles(SRC)) {
      const relative = path.relative(SRC, file)
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          // Its own package name is the one place the workspace's scope may appear.
          const line = text.replaceAll('@redcloud/plugin-staged-approval', '')
          for (const name of APP_NAMES) {
            if (name.test(line)) leaks.push(`${relative}:${index + 1} ${name}: ${line.trim()}`)
          }
        })
    }
    expect(leaks).toEqual([])
  })
})
