import type { WidgetServerProps } from 'payload'

import { serviceGapsText } from '../serviceGaps/serviceGapsText'

/** A dashboard card for coordinators: where a theme has no service and no practice. */
export const ServiceGapsLink = ({ req }: WidgetServerProps) => {
  const t = serviceGapsText(req)
  return (
    <section className="redcloud-widget" aria-labelledby="service-gaps">
      <h2 id="service-gaps">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p>
        <a href="/admin/service-gaps">{t('open')}</a>
      </p>
    </section>
  )
}
