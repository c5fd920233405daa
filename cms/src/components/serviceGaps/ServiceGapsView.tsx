import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { italyRegions } from '../../map/italyRegions'
import { canSeeServiceGaps } from '../../serviceGaps/canSeeServiceGaps'
import { findServiceGaps } from '../../serviceGaps/findServiceGaps'
import { gapMapModel } from '../../serviceGaps/gapMapModel'
import { GapMap } from './GapMap'
import { serviceGapsText } from './serviceGapsText'

/**
 * The gap view (/admin/service-gaps): for a theme chosen with a plain form (GET), the regions
 * and units of the caller's scope with no active service and no published practice in it.
 */
export const ServiceGapsView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user
  const t = serviceGapsText(req)
  const language = ['it', 'en', 'fr', 'es'].includes(req.i18n.language) ? req.i18n.language : 'it'
  const { docs: themes } = await req.payload.find({
    collection: 'themes',
    depth: 0,
    limit: 0,
    pagination: false,
    locale: language as 'it',
    select: { name: true },
    req,
  })
  const wanted = typeof searchParams?.theme === 'string' ? searchParams.theme : ''
  const theme = themes.find((entry) => String(entry.id) === wanted) ?? null
  const gaps = user && theme ? await findServiceGaps({ req, user, theme: theme.id }) : null
  const allowed = canSeeServiceGaps(user)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t('title')}</h1>
        {!allowed ? (
          <p>{t('notAllowed')}</p>
        ) : (
          <>
            <p>{t('intro')}</p>
            <form method="get" action="/admin/service-gaps" className="redcloud-gap-form">
              <label htmlFor="gap-theme">{t('theme')}</label>{' '}
              <select id="gap-theme" name="theme" defaultValue={theme ? String(theme.id) : ''}>
                <option value="">{t('choose')}</option>
                {themes.map((entry) => (
                  <option key={String(entry.id)} value={String(entry.id)}>
                    {entry.name}
                  </option>
                ))}
              </select>{' '}
              <button type="submit" className="btn btn--style-primary btn--size-small">
                {t('show')}
              </button>
            </form>
            {theme && gaps && (
              <section aria-labelledby="gap-results">
                <h2 id="gap-results">{t('resultsFor', { theme: theme.name })}</h2>
                <p>{t('scope', { count: gaps.scopeSize })}</p>
                <GapMap
                  model={gapMapModel({ map: italyRegions(), gaps })}
                  title={t('mapTitle', { theme: theme.name })}
                  legendRegion={t('legendRegion')}
                  legendUnit={t('legendUnit')}
                  unitLabel={(name) => t('unitOnMap', { name })}
                />
                <h3>{t('regions')}</h3>
                {gaps.regions.length === 0 ? (
                  <p>{t('noRegions')}</p>
                ) : (
                  <ul data-testid="gap-regions">
                    {gaps.regions.map((unit) => (
                      <li key={String(unit.id)}>
                        <a href={`/admin/collections/units/${unit.id}`}>{unit.name}</a>
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{t('units')}</h3>
                {gaps.units.length === 0 ? (
                  <p>{t('noUnits')}</p>
                ) : (
                  <ul data-testid="gap-units">
                    {gaps.units.map((unit) => (
                      <li key={String(unit.id)}>
                        <a href={`/admin/collections/units/${unit.id}`}>{unit.name}</a> ({unit.code})
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
