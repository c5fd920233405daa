import type { FragmentDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql'

import { GraphQLError, Kind, valueFromASTUntyped } from 'graphql'

type Totals = { depth: number; aliases: number }

/**
 * Refuses GraphQL operations nested deeper than `maxDepth`, with more than `maxAliases`
 * aliased fields, or asking for a page (`limit`) outside 1 to `maxPageSize` or for no pages at
 * all (`pagination: false`), literal or through `variables`. Aliases are what multiply a cheap field into many list queries (the
 * complexity limit counts fields, not how many times a list is fetched); fragments are
 * expanded, so spreading one fragment many times counts every spread.
 */
export const graphQLBoundsRule =
  ({
    maxDepth,
    maxAliases,
    maxPageSize,
    variables = {},
  }: {
    maxDepth: number
    maxAliases: number
    maxPageSize: number
    variables?: Record<string, unknown> | null
  }): ValidationRule =>
  (context) => {
    const values: Record<string, unknown> = {}
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
        const name = variable.name.value
        values[name] =
          variables && name in variables ? variables[name] : defaultValue && valueFromASTUntyped(defaultValue)
      }
    }

    const walk = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>, totals: Totals) => {
      totals.depth = Math.max(totals.depth, depth)
      if (totals.depth > maxDepth || totals.aliases > maxAliases) return
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) totals.aliases += 1
          if (selection.selectionSet) walk(selection.selectionSet, depth + 1, seen, totals)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, depth, seen, totals)
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          // a cycle is refused by graphql's own NoFragmentCycles rule
          if (fragment && !seen.has(name))
            walk(fragment.selectionSet, depth, new Set([...seen, name]), totals)
        }
        if (totals.depth > maxDepth || totals.aliases > maxAliases) return
      }
    }

    return {
      Argument(argument) {
        const name = argument.name.value
        if (name !== 'limit' && name !== 'pagination') return
        const value = valueFromASTUntyped(argument.value, values)
        if (name === 'limit' && value !== undefined && value !== null) {
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxPageSize) {
            context.reportError(
              new GraphQLError(`"limit" must be a whole number from 1 to ${maxPageSize}.`, {
                nodes: [argument],
              }),
            )
          }
        }
        if (name === 'pagination' && value === false) {
          context.reportError(new GraphQLError('"pagination" cannot be turned off.', { nodes: [argument] }))
        }
      },
      OperationDefinition(operation) {
        const totals: Totals = { depth: 0, aliases: 0 }
        walk(operation.selectionSet, 1, new Set(), totals)
        if (totals.depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested deeper than ${maxDepth} levels.`, { nodes: [operation] }),
          )
        }
        if (totals.aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`The query has more than ${maxAliases} aliases.`, { nodes: [operation] }),
          )
        }
      },
    }
  }
