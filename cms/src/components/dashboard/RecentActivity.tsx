import { Forbidden, type WidgetServerProps } from 'payload'

import { dashboardText } from './dashboardText'
import { optionLabel } from './optionLabel'

type Event = {
  id: number | string
  itemCollection: string
  document: string
  action: string
  to: string
  userName?: null | string
  createdAt: string
}

const EVENTS = 'workflow-events'

/**
 * The latest workflow decisions, for those who may read the raw history (admins): who did what
 * to which item and when, with labels and titles instead of stored values and ids.
 */
export const RecentActivity = async ({ req, user }: WidgetServerProps) => {
  if (!user || !req.payload.collections[EVENTS]) return null
  const t = dashboardText(req)
  const when = new Intl.DateTimeFormat(req.i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const found = await req.payload
    .find({
      collection: EVENTS,
      sort: '-createdAt',
      limit: 10,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return null
      throw error
    })
  if (!found) return null
  const { docs } = found
  const events = docs as unknown as Event[]
  if (events.length === 0)
    return (
      <section className="redcloud-widget" aria-labelledby="recent-activity">
        <h2 id="recent-activity">{t('widgetActivity')}</h2>
        <p>{t('none')}</p>
      </section>
    )
  const titles = new Map<string, string>()
  for (const collection of new Set(events.map((event) => event.itemCollection))) {
    const config = req.payload.collections[collection as 'practices']?.config
    if (!config) continue
    const titleField = config.admin.useAsTitle ?? 'id'
    const { docs: items } = await req.payload.find({
      collection: collection as 'practices',
      where: { id: { in: events.filter((e) => e.itemCollection === collection).map((e) => e.document) } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { [titleField]: true },
      overrideAccess: false,
      user,
      req,
    })
    for (const item of items as unknown as Record<string, unknown>[])
      titles.set(`${collection}:${String(item.id)}`, String(item[titleField] ?? item.id))
  }
  const eventFields = req.payload.collections[EVENTS].config.fields
  const itemFields = (collection: string) =>
    req.payload.collections[collection as 'practices']?.config.fields ?? []

  return (
    <section className="redcloud-widget" aria-labelledby="recent-activity">
      <h2 id="recent-activity">{t('widgetActivity')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('item')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{when.format(new Date(event.createdAt))}</td>
              <td>{event.userName ?? '–'}</td>
              <td>
                {optionLabel({ req, fields: eventFields, path: ['action'], value: event.action })} →{' '}
                {optionLabel({
                  req,
                  fields: itemFields(event.itemCollection),
                  path: ['workflow', 'stage'],
                  value: event.to,
                })}
              </td>
              <td>
                <a href={`/admin/collections/${event.itemCollection}/${event.document}`}>
                  {titles.get(`${event.itemCollection}:${event.document}`) ?? event.document}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
