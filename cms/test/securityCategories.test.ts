import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The categories the README's Security section promises: lines like `- **§9 Rendering.** …`. */
const promisedCategories = (): Map<number, string> => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.split(/^## /m).find((part) => part.startsWith('Security'))
  if (!section) throw new Error('README.md has no "## Security" section')
  return new Map(
    [...section.matchAll(/^- \*\*§(\d+) ([^*]+?)\.?\*\*/gm)].map((match) => [Number(match[1]), match[2]!]),
  )
}

const testFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', '.next', 'builds', 'dist', '.tools', '.git'].includes(entry.name)) return []
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(full)
    return entry.name.endsWith('.test.ts') ? [full] : []
  })

describe('every SECURITY.md category has tests named after it', () => {
  it('the README lists the categories 1 to 15, and each one names at least one test', () => {
    const categories = promisedCategories()
    expect([...categories.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    const sources = ['cms', 'plugins', 'seed', 'site'].flatMap((dir) => testFiles(path.join(root, dir)))
    const named = new Set(
      sources.flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/SECURITY\.md((?:,? ?§\d+[^,§'`]*)+)/g)].flatMap((match) =>
          [...match[1]!.matchAll(/§(\d+)/g)].map((n) => Number(n[1])),
        ),
      ),
    )
    const missing = [...categories].filter(([n]) => !named.has(n)).map(([n, name]) => `§${n} ${name}`)
    expect(missing).toEqual([])
  })
})
