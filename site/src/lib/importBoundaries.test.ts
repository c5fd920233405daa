import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

const site = path.resolve(import.meta.dirname, '../..')
const root = path.dirname(site)
const SKIP = new Set(['node_modules', 'dist', 'builds', '.astro', 'public'])

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return SKIP.has(entry.name) || entry.name.startsWith('builds') ? [] : sourceFiles(file)
    return /\.(astro|mjs|ts)$/.test(entry.name) ? [file] : []
  })

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm

/** Each import of a file that crosses the site's boundary the wrong way, with why. */
const boundaryProblems = (file: string, text = fs.readFileSync(file, 'utf8')): string[] => {
  const isTest = file.endsWith('.test.ts') || file.startsWith(path.join(site, 'e2e') + path.sep)
  const problems: string[] = []
  for (const match of text.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2] ?? match[3]) as string
    const where = `${path.relative(root, file)}: ${specifier}`
    if (specifier.startsWith('.')) {
      const target = path.relative(root, path.resolve(path.dirname(file), specifier))
      if (target.startsWith(`seed${path.sep}`) || target.startsWith(`cms${path.sep}src`)) {
        problems.push(
          `${where} (the CMS's code and the demo data reach the site through @redcloud/cms/contract)`,
        )
      } else if (!isTest && !target.startsWith(`site${path.sep}`)) {
        problems.push(`${where} (the site's code imports nothing outside site/ but packages)`)
      }
    } else if (
      specifier.startsWith('@redcloud/seed') ||
      specifier === '@payload-config' ||
      (specifier.startsWith('@redcloud/cms') &&
        !['@redcloud/cms/contract', '@redcloud/cms/payload-types'].includes(specifier))
    ) {
      problems.push(`${where} (only @redcloud/cms/contract and @redcloud/cms/payload-types)`)
    }
  }
  return problems
}

describe('what the site imports from the rest of the repository', () => {
  // this file's own examples of what is refused aside
  const files = sourceFiles(site).filter((file) => file !== import.meta.filename)

  it('finds the site’s files, pages and components included', () => {
    const names = files.map((file) => path.relative(site, file))
    expect(names).toContain(path.join('src', 'components', 'SubmissionForm.astro'))
    expect(names).toContain(path.join('src', 'lib', 'submission', 'paragraphsToLexical.ts'))
    expect(names).toContain('astro.config.mjs')
  })

  it('is the CMS contract and its generated types only: never seed/ or cms/src', () => {
    expect(files.flatMap((file) => boundaryProblems(file))).toEqual([])
  })

  it('tells an import of the demo data or the CMS’s code apart from the contract', () => {
    const probe = path.join(site, 'src', 'lib', 'submission', 'probe.ts')
    const check = (text: string) => boundaryProblems(probe, text)
    expect(check("import { lexical } from '../../../../seed/src/lexical'\n")).toHaveLength(1)
    expect(check("import { x } from '../../../../cms/src/collections/Practices'\n")).toHaveLength(1)
    expect(check("import { CRITERIA } from '@redcloud/cms/practiceOptions'\n")).toHaveLength(1)
    expect(check("const { seed } = await import('@redcloud/seed/src/seed')\n")).toHaveLength(1)
    expect(check("import { corpus } from '../../../../cms/test/helpers/hostileInputCorpus'\n")).toHaveLength(
      1,
    )
    expect(check("import { CRITERIA } from '@redcloud/cms/contract'\n")).toEqual([])
    expect(check("import type { Practice } from '@redcloud/cms/payload-types'\n")).toEqual([])
  })
})
