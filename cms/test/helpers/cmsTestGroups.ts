import fs from 'fs'
import path from 'path'

/** Changes what a module read at import (the settings) or replaces a module's functions. */
const NEEDS_OWN_PROCESS =
  /process\.env(\.[A-Z_]+|\[[^\]]+\])\s*(=[^=]|\?\?=)|Object\.assign\(process\.env|vi\.(mock|doMock|spyOn|stubEnv)\(/
const NEEDS_GRAPHQL = /createTestPayload\(\{[^}]*graphQL: true/

/**
 * The CMS test files in three groups, read from their text so a new file lands in the right one:
 * files that set the environment or replace modules run in a process of their own; the others
 * share their worker's modules (Payload and the config imported once, not per file), with
 * GraphQL on or off for the whole group, as the config is built once per process.
 */
export const cmsTestGroups = (root: string) => {
  const dir = path.join(root, 'cms/test')
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `cms/test/${file}`)
  const groups = { ownProcess: [] as string[], graphQL: [] as string[], shared: [] as string[] }
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    if (NEEDS_OWN_PROCESS.test(text)) groups.ownProcess.push(file)
    else if (NEEDS_GRAPHQL.test(text)) groups.graphQL.push(file)
    else groups.shared.push(file)
  }
  return groups
}
