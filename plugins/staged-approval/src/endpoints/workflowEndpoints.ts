import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions } from '../types'
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
      const actions = req.user
        ? allowedActions({
            caller: await resolveCaller({ collection, doc, options, req, user: req.user }),
            start: await collection.startStep({ doc, req }),
            chain: collection.steps,
            returnTo: state.returnTo,
            stage: state.stage,
          })
        : []
      return Response.json({
        stage: state.stage,
        revision: state.revision,
        allowedActions: actions,
        stages: allStages(collection.steps),
        history: await readHistory({
          collection: collection.slug,
          detailed: await canReadDrafts({ collection: collection.slug, id: doc.id, req }),
          id: doc.id,
          options,
          req,
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
        input: parseTransitionRequest((req.data ?? {}) as TransitionRequest),
        collection,
        id,
        options,
        req,
      })
      return Response.json(result)
    },
  },
]
