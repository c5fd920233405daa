'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { LOCALES, type Locale } from '../contract/locales'
import { translated } from '../i18n/translated'

/**
 * On a published practice's edit view: opens a new replication of it ("we are replicating
 * this"), its practice filled in (PracticeFromQuery).
 */
export const DeclareReplicationButton: React.FC = () => {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (id === undefined || id === null || !hasPublishedDoc) return null
  const locale: Locale = LOCALES.find((l) => l === i18n.language) ?? 'en'
  const href = `${config.routes.admin}/collections/replications/create?practice=${encodeURIComponent(String(id))}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} data-testid="declare-replication">
        {translated('replications:declareButton')[locale]}
      </a>
    </div>
  )
}
