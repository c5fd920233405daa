import type { WidgetServerProps } from 'payload'

import { dashboardText } from './dashboardText'

type Reported = { id: number | string; body?: null | string; reportCount?: null | number }

const excerpt = (text: null | string | undefined) => {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim()
  return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain
}

/**
 * A content manager's work: how many FAQ entries and guides there are and when they last
 * changed, and the reported comments still visible, most reported first.
 */
export const ContentOverview = async ({ req, user }: WidgetServerProps) => {
  if (!user) return null
  const t = dashboardText(req)
  const date = new Intl.DateTimeFormat(req.i18n.language, { dateStyle: 'medium' })
  const read = { depth: 0, overrideAccess: false, user, req } as const
  const summaries = []
  for (const collection of ['faq', 'guides'] as const) {
    const latest = await req.payload.find({
      collection,
      ...read,
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      select: { updatedAt: true },
    })
    const { totalDocs } = await req.payload.count({ collection, where: { id: { exists: true } }, ...read })
    summaries.push({ collection, totalDocs, updatedAt: latest.docs[0]?.updatedAt })
  }
  const reported = await req.payload.find({
    collection: 'comments',
    ...read,
    where: { and: [{ reportCount: { greater_than: 0 } }, { state: { equals: 'visible' } }] },
    sort: '-reportCount',
    limit: 5,
    pagination: false,
    select: { body: true, reportCount: true },
  })
  const reportedList = `/admin/collections/comments?where${encodeURIComponent('[reportCount][greater_than]')}=0`

  return (
    <section className="redcloud-widget" aria-labelledby="content-overview">
      <h2 id="content-overview">{t('widgetContent')}</h2>
      <ul>
        {summaries.map(({ collection, totalDocs, updatedAt }) => (
          <li key={collection}>
            <a href={`/admin/collections/${collection}`}>
              {t(collection)}: <strong data-count={collection}>{totalDocs}</strong>
            </a>
            {updatedAt ? ` (${t('lastChanged', { date: date.format(new Date(updatedAt)) })})` : ''}
          </li>
        ))}
      </ul>
      <h3>{t('reported')}</h3>
      {reported.docs.length === 0 ? (
        <p>{t('reportedNone')}</p>
      ) : (
        <>
          <ul data-reported>
            {(reported.docs as Reported[]).map((comment) => (
              <li key={comment.id}>
                <a href={`/admin/collections/comments/${comment.id}`}>{excerpt(comment.body)}</a> —{' '}
                {t('reports', { count: comment.reportCount ?? 0 })}
              </li>
            ))}
          </ul>
          <p>
            <a href={reportedList}>{t('openAll')}</a>
          </p>
        </>
      )}
    </section>
  )
}
