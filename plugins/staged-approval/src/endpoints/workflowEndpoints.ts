import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions } from '../types'
import { canReadScores } from '../scoring/canReadScores'
import { decisionForm } from '../scoring/decisionForm'
import { allowedActions } from '../utilities/allowedActions'
import { canReadDrafts } from '../utilities/canReadDrafts'
import { currentState } from '../utilities/currentState'
import { loadItem } from '../utilities/loadItem'
import { parseTransitionRequest, type TransitionRequest } from '../utilities/parseTransitionRequest'
import { performTransition } from '../utilities/performTransition'
import { readHistory } from '../utilities/readHistory'
import { resolveCaller } from '../utilities/resolveCaller'
import { allStages } from '../utilities/stages'

/** GET and POST /api/<collection>/:id/workflow. */
export const workflowEndpoints = (
  options: SanitizedOptions,
  collection: SanitizedCollectionOptions,
): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const id = req.routeParams?.id as string
      const doc = await loadItem({ collection: collection.slug, id, req })
      const state = currentState(doc)
      const caller = req.user ? await resolveCaller({ collection, doc, options, req, user: req.user }) : null
      const actions = caller
        ? allowedActions({
            caller,
            start: await collection.startStep({ doc, req }),
            chain: collection.steps,
            returnTo: state.returnTo,
            stage: state.stage,
          })
        : []
      const detailed = await canReadDrafts({ collection: collection.slug, id: doc.id, req })
      // Never the item's author, whatever the app's canRead says: scores judge their work.
      const withScores =
        detailed &&
        caller !== null &&
        !caller.isAuthor &&
        (await canReadScores({ doc: { itemCollection: collection.slug }, options, req }))
      return Response.json({
        stage: state.stage,
        revision: state.revision,
        allowedActions: actions,
        stages: allStages(collection.steps),
        ...decisionForm({ actions, collection, stage: state.stage }),
        history: await readHistory({
          collection: collection.slug,
          detailed,
          id: doc.id,
          options,
          req,
          withScores,
        }),
      })
    },
  },
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      await addDataAndFileToRequest(req)
      const id = req.routeParams?.id as string
      if (!req.user) throw new APIError('Sign in to act on the workflow.', 401, undefined, true)
      const result = await performTransition({
        input: parseTransitionRequest((req.data ?? {}) as TransitionRequest, collection),
        collection,
        id,
        options,
        req,
      })
      return Response.json(result)
    },
  },
]
