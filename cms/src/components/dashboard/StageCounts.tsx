import type { Where, WidgetServerProps } from 'payload'

import { hasRole } from '../../access/hasRole'
import { idOf } from '../../contract/idOf'
import { getUnitSubtree } from '../../utilities/getUnitSubtree'
import { dashboardText } from './dashboardText'
import { optionLabel } from './optionLabel'
import { selectField } from './selectField'

type Stored = { workflow?: { stage?: null | string } | null }

/**
 * Practices by workflow stage, for the caller's part of the society: everything for an admin,
 * the unit's subtree for a validator, one's own practices for anyone else. Each count links to
 * the admin list filtered on that stage.
 */
export const StageCounts = async ({ req, user }: WidgetServerProps) => {
  if (!user) return null
  const t = dashboardText(req)
  const isAdmin = hasRole(user, 'admin')
  const isValidator = hasRole(user, 'validator')
  let scope: Where = {}
  let scopeText = t('scopeAll')
  if (!isAdmin && isValidator) {
    scope = { unit: { in: await getUnitSubtree({ req, unit: (user as { unit?: unknown }).unit }) } }
    scopeText = t('scopeSubtree')
  } else if (!isAdmin) {
    scope = { author: { equals: idOf(user) } }
    scopeText = t('scopeMine')
  }
  const { docs } = await req.payload.find({
    collection: 'practices',
    where: scope,
    draft: true,
    select: { workflow: { stage: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  const counts = new Map<string, number>()
  for (const doc of docs as Stored[]) {
    const stage = doc.workflow?.stage ?? 'draft'
    counts.set(stage, (counts.get(stage) ?? 0) + 1)
  }
  const fields = req.payload.collections.practices.config.fields
  const stages = (selectField(fields, ['workflow', 'stage'])?.options ?? []).map((o) =>
    typeof o === 'string' ? o : o.value,
  )
  const list = (stage: string) =>
    `/admin/collections/practices?where${encodeURIComponent('[workflow.stage][equals]')}=${encodeURIComponent(stage)}`

  return (
    <section className="redcloud-widget" aria-labelledby="stage-counts">
      <h2 id="stage-counts">{t('widgetStages')}</h2>
      <p>{scopeText}</p>
      {docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stage')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {stages
              .filter((stage) => counts.has(stage))
              .map((stage) => (
                <tr key={stage}>
                  <th scope="row">
                    <a href={list(stage)}>
                      {optionLabel({ req, fields, path: ['workflow', 'stage'], value: stage })}
                    </a>
                  </th>
                  <td data-stage={stage}>{counts.get(stage)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
