import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const here = import.meta.dirname

/** The modules a file loads when it runs: `import type` and `export type` load nothing. */
const runtimeImports = (file: string): string[] => {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const named = node.importClause?.namedBindings
      const onlyTypes =
        node.importClause &&
        !node.importClause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly)
      if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments
      found.push(first && ts.isStringLiteral(first) ? first.text : '<computed>')
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Every file the contract's index loads at run time, following relative imports. */
const moduleGraph = (entry: string) => {
  const files = new Set<string>()
  const outside: string[] = []
  const walk = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        outside.push(`${path.relative(here, file)} → ${specifier}`)
        continue
      }
      walk(path.resolve(path.dirname(file), `${specifier}.ts`))
    }
  }
  walk(entry)
  return { files: [...files], outside }
}

describe('@redcloud/cms/contract', () => {
  const { files, outside } = moduleGraph(path.join(here, 'index.ts'))

  it('loads nothing but its own files: no payload, no Node built-ins, no package', () => {
    expect(outside).toEqual([])
    for (const file of files) expect(path.dirname(file)).toBe(here)
  })

  it('reads no environment (process, globals of Node)', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      expect(text, path.basename(file)).not.toMatch(/\bprocess\s*[.[]|\bBuffer\b|\b__dirname\b|import\.meta/)
    }
  })

  it('exports every file of the folder from its index', () => {
    const index = fs.readFileSync(path.join(here, 'index.ts'), 'utf8')
    const unexported = fs
      .readdirSync(here)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
      .filter((name) => !index.includes(`from './${name.replace(/\.ts$/, '')}'`))
    expect(unexported).toEqual([])
  })
})
