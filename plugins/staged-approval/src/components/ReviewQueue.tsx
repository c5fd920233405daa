'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { stageName, text, textsIn } from '../translations/texts'

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
  const { config } = useConfig()
  const texts = textsIn(i18n.translations)
  const [queue, setQueue] = useState<null | { level: null | string; items: QueueItem[] }>(null)
  const api = config.routes.api
  const admin = config.routes.admin

  useEffect(() => {
    void fetch(`${api}/workflow/queue`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then(setQueue)
  }, [api])

  if (!queue?.level) return null
  return (
    <section aria-labelledby="review-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="review-queue">
        {text(texts, 'queue')} ({queue.items.length})
      </h2>
      {queue.items.length === 0 ? (
        <p>{text(texts, 'queueEmpty')}</p>
      ) : (
        <ul>
          {queue.items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title ?? item.id}</a> —{' '}
              {stageName(texts, item.stage, item.collection)}, {item.waitingDays} {text(texts, 'days')}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
