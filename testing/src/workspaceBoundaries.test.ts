import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const SKIP = new Set(['node_modules', '.next', 'dist', '.astro', 'public', 'data', 'test-results'])

/** Relative imports that still cross a boundary, each with the reason it may, until it is gone. */
const ALLOWED: Record<string, string> = {}

/** The folders with a boundary: every workspace of the root package.json, and bench/. */
const areas = (): string[] => {
  const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    workspaces: string[]
  }
  const dirs = workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    return fs
      .readdirSync(path.join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
  })
  return [...dirs, 'bench']
}

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return SKIP.has(entry.name) || entry.name.startsWith('builds') ? [] : sourceFiles(file)
    return /\.(astro|[cm]?js|tsx?)$/.test(entry.name) ? [file] : []
  })

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm

/** Each relative import of `file` (in the folder `area`) that reaches into another one of `areas`. */
const boundaryProblems = (
  area: string,
  file: string,
  text = fs.readFileSync(file, 'utf8'),
  all = areas(),
): string[] => {
  const problems: string[] = []
  const from = path.relative(root, file).split(path.sep).join('/')
  for (const match of text.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2] ?? match[3]) as string
    if (!specifier.startsWith('.')) continue
    const target = path
      .relative(root, path.resolve(path.dirname(file), specifier))
      .split(path.sep)
      .join('/')
    const into = all.find((other) => other !== area && target.startsWith(`${other}/`))
    if (!into || ALLOWED[`${from} -> ${target}`]) continue
    problems.push(
      `${from}: ${specifier} (reaches into ${into}/: import its package, e.g. @redcloud/testing/…)`,
    )
  }
  return problems
}

describe('relative imports stay inside their workspace', () => {
  const all = areas()
  const files = all.flatMap((area) =>
    sourceFiles(path.join(root, area))
      .filter((file) => file !== import.meta.filename)
      .map((file) => ({ area, file })),
  )

  it('reads every workspace and the benchmarks', () => {
    const names = new Set(files.map(({ file }) => path.relative(root, file).split(path.sep)[0]))
    expect([...names].sort()).toEqual(['bench', 'cms', 'plugins', 'seed', 'site', 'testing'])
    expect(files.map(({ file }) => path.relative(root, file))).toContain(
      path.join('cms', 'e2e', 'adminPanel.test.ts'),
    )
  })

  it('finds none that leaves its folder: shared helpers come from @redcloud/testing', () => {
    expect(files.flatMap(({ area, file }) => boundaryProblems(area, file, undefined, all))).toEqual([])
  })

  it('tells a relative import into another workspace apart from one inside its own', () => {
    const check = (area: string, from: string, text: string) =>
      boundaryProblems(area, path.join(root, from), text)
    expect(
      check('site', 'site/e2e/x.test.ts', "import { startCms } from '../../cms/e2e/startCms'\n"),
    ).toHaveLength(1)
    expect(check('bench', 'bench/x.ts', "const { seed } = await import('../seed/src/seed')\n")).toHaveLength(
      1,
    )
    expect(
      check(
        'cms',
        'cms/src/a/x.test.ts',
        "import { p } from '../../../site/src/lib/submission/paragraphs'\n",
      ),
    ).toHaveLength(1)
    expect(
      check(
        'plugins/staged-approval',
        'plugins/staged-approval/test/x.ts',
        "import '../../../cms/src/payload.config'\n",
      ),
    ).toHaveLength(1)
    expect(check('site', 'site/e2e/x.test.ts', "import { startSite } from './startSite'\n")).toEqual([])
    expect(check('testing', 'testing/src/x.test.ts', "import config from '../../vitest.config'\n")).toEqual(
      [],
    )
    expect(
      check('site', 'site/e2e/x.test.ts', "import { startCms } from '@redcloud/testing/startCms'\n"),
    ).toEqual([])
  })
})
