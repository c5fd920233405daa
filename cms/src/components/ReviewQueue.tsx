'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { workflowTexts } from './workflowTexts'

type QueueItem = {
  collection: string
  id: number | string
  title: null | string
  stage: string
  waitingDays: number
}

/** The dashboard's "Waiting for my review": what waits for the signed-in validator, oldest first. */
export const ReviewQueue: React.FC = () => {
  const { i18n } = useTranslation()
  const t = workflowTexts(i18n.language)
  const [queue, setQueue] = useState<null | { level: null | string; items: QueueItem[] }>(null)

  useEffect(() => {
    void fetch('/api/workflow/queue', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then(setQueue)
  }, [])

  if (!queue?.level) return null
  return (
    <section aria-labelledby="review-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="review-queue">
        {t.queue} ({queue.items.length})
      </h2>
      {queue.items.length === 0 ? (
        <p>{t.queueEmpty}</p>
      ) : (
        <ul>
          {queue.items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title ?? item.id}</a> —{' '}
              {t.stages[item.stage as keyof typeof t.stages] ?? item.stage}, {item.waitingDays} {t.days}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
