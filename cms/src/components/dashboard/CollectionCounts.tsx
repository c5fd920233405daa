import { getTranslation } from '@payloadcms/translations'
import { Card } from '@payloadcms/ui'
import { getVisibleEntities } from '@payloadcms/ui/shared'
import { getAccessResults, type CollectionSlug, type WidgetServerProps } from 'payload'

/**
 * Payload's collection cards with how many documents each holds for the caller (their own
 * read access decides: a volunteer counts the practices they can see, not every draft).
 */
export const CollectionCounts = async ({ req, user }: WidgetServerProps) => {
  if (!user) return null
  const permissions = await getAccessResults({ req })
  const visible = new Set(getVisibleEntities({ req }).collections)
  const cards: { slug: string; title: string; count: number }[] = []
  for (const collection of req.payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    if (!visible.has(slug) || !permissions.collections?.[slug]?.read) continue
    const { totalDocs } = await req.payload.count({
      collection: slug,
      where: { id: { exists: true } },
      overrideAccess: false,
      user,
      req,
    })
    cards.push({ slug, title: getTranslation(collection.labels.plural, req.i18n), count: totalDocs })
  }
  return (
    <section className="redcloud-widget collection-counts" aria-label={req.i18n.t('general:collections')}>
      <ul
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
          gap: 'var(--base)',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        {cards.map(({ slug, title, count }) => (
          <li key={slug} data-collection={slug}>
            <Card title={`${title} (${count})`} href={`/admin/collections/${slug}`} />
          </li>
        ))}
      </ul>
    </section>
  )
}
