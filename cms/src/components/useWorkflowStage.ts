'use client'

import { useEffect, useState } from 'react'

/**
 * The stage of the document at `api` (its collection's REST address and id) as its workflow
 * endpoint answers it — the form's copy of the workflow group is not kept fresh — or null while
 * unknown or when `enabled` is false (a panel its reader may not use asks nothing).
 */
export const useWorkflowStage = ({ api, enabled }: { api: string; enabled: boolean }): null | string => {
  const [stage, setStage] = useState<null | string>(null)
  useEffect(() => {
    if (!enabled) return
    let live = true
    void fetch(`${api}/workflow`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: null | { stage?: string }) => {
        if (live) setStage(body?.stage ?? null)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [api, enabled])
  return stage
}
