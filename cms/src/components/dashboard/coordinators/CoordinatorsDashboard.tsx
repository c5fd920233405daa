import { getTranslation } from '@payloadcms/translations'
import type { TypedUser, WidgetServerProps } from 'payload'

import { dashboardText } from '../dashboardText'
import { optionLabel } from '../optionLabel'
import { BarChart } from './BarChart'
import { formatDuration } from './formatDuration'
import { MonthGrid } from './MonthGrid'
import { readCoordinatorStats } from './readCoordinatorStats'

/**
 * The coordinators' dashboard, for validators (their unit's subtree, as their queue) and admins
 * (everything): items per stage, time taken at each level, items waiting past the reminder,
 * practices published per month by region and by theme, recognised practices. Every figure is
 * an SVG chart drawn here on the server, with its table.
 */
export const CoordinatorsDashboard = async ({ req, user }: WidgetServerProps) => {
  if (!user) return null
  const stats = await readCoordinatorStats({ req, user: user as TypedUser })
  if (!stats) return null
  const t = dashboardText(req)
  const language = req.i18n.language
  const number = new Intl.NumberFormat(language)
  const monthName = new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit', timeZone: 'UTC' })
  const months = stats.months.map((month) => monthName.format(new Date(`${month}-01T00:00:00Z`)))
  const table = t('showTable')

  const regionRows = stats.byRegion.map((series) => ({
    key: series.group || 'none',
    label: series.group ? (stats.regionNames[series.group] ?? series.group) : t('noRegion'),
    counts: series.counts,
  }))
  const totals = stats.months.map((_, m) =>
    stats.byRegion.reduce((sum, series) => sum + (series.counts[m] ?? 0), 0),
  )

  return (
    <section className="redcloud-widget coordinators-dashboard" aria-labelledby="coordinators-dashboard">
      <h2 id="coordinators-dashboard">{t('widgetCoordinators')}</h2>
      <p>
        {t(stats.scope === 'all' ? 'scopeAll' : 'scopeSubtree')}.{' '}
        {t('coordinatorsReminder', { days: stats.remindAfterDays })}
      </p>
      {stats.collections.map((collection) => {
        const config = req.payload.collections[collection.slug as 'practices'].config
        const name = getTranslation(config.labels.plural, req.i18n)
        const stage = (value: string) =>
          optionLabel({ req, fields: config.fields, path: ['workflow', 'stage'], value })
        const list = (value: string) =>
          `/admin/collections/${collection.slug}?where${encodeURIComponent('[workflow.stage][equals]')}=${encodeURIComponent(value)}`
        const overdueTitle = t('overdue', { collection: name, days: stats.remindAfterDays })
        return (
          <div key={collection.slug} data-collection={collection.slug}>
            <h3>{t('perStage', { collection: name })}</h3>
            {collection.stages.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <BarChart
                id={`stages-${collection.slug}`}
                title={t('perStage', { collection: name })}
                labelHeading={t('stage')}
                series={[name]}
                tableLabel={table}
                rows={collection.stages.map(({ stage: value, count }) => ({
                  key: value,
                  label: stage(value),
                  values: [count],
                  texts: [number.format(count)],
                  href: list(value),
                }))}
              />
            )}
            <h3>{t('timeAtLevel', { collection: name })}</h3>
            <p>{t('timeAtLevelHelp')}</p>
            <BarChart
              id={`times-${collection.slug}`}
              title={t('timeAtLevel', { collection: name })}
              description={t('timeAtLevelHelp')}
              labelHeading={t('level')}
              series={[t('median'), t('slowest')]}
              tableLabel={table}
              rows={collection.times.map((time) => ({
                key: time.stage,
                label: stage(time.stage),
                values: [time.medianMs, time.slowestMs],
                texts: [
                  formatDuration({ ms: time.medianMs, language }),
                  formatDuration({ ms: time.slowestMs, language }),
                ],
              }))}
            />
            <h3>{overdueTitle}</h3>
            {collection.overdue.length === 0 ? (
              <p data-overdue="0">{t('overdueNone')}</p>
            ) : (
              <BarChart
                id={`overdue-${collection.slug}`}
                title={overdueTitle}
                labelHeading={t('stage')}
                series={[t('count'), t('oldest')]}
                tableLabel={table}
                rows={collection.overdue.map(({ stage: value, count, oldestDays }) => ({
                  key: value,
                  label: stage(value),
                  values: [count, null],
                  texts: [number.format(count), t('days', { count: oldestDays })],
                  href: list(value),
                }))}
              />
            )}
          </div>
        )
      })}
      <h3>{t('publishedByRegion')}</h3>
      <p>{t('publishedHelp')}</p>
      <MonthGrid
        id="published-by-region"
        title={t('publishedByRegion')}
        description={t('publishedHelp')}
        labelHeading={t('region')}
        months={months}
        tableLabel={table}
        rows={[{ key: 'total', label: t('total'), counts: totals, strong: true }, ...regionRows]}
      />
      <h3>{t('publishedByTheme')}</h3>
      <MonthGrid
        id="published-by-theme"
        title={t('publishedByTheme')}
        description={t('publishedHelp')}
        labelHeading={t('theme')}
        months={months}
        tableLabel={table}
        rows={stats.byTheme.map((series) => ({
          key: series.group,
          label: stats.themeNames[series.group] ?? series.group,
          counts: series.counts,
        }))}
      />
      <h3>{t('recognised')}</h3>
      <p data-recognised={stats.recognised}>
        {t('recognisedOf', {
          count: number.format(stats.recognised),
          total: number.format(stats.published),
        })}
      </p>
      <BarChart
        id="recognised"
        title={t('recognised')}
        labelHeading={t('stage')}
        series={[t('count')]}
        tableLabel={table}
        rows={[
          {
            key: 'published',
            label: t('publishedPractices'),
            values: [stats.published],
            texts: [number.format(stats.published)],
          },
          {
            key: 'recognised',
            label: t('recognised'),
            values: [stats.recognised],
            texts: [number.format(stats.recognised)],
          },
        ]}
      />
    </section>
  )
}
