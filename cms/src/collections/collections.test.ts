import { describe, expect, it } from 'vitest'

import { collections } from '.'

const REQUIRED = ['create', 'read', 'update', 'delete', 'readVersions'] as const

describe('every collection declares its access', () => {
  it('lists the collections DESIGN.md names', () => {
    expect(collections.map((c) => c.slug).sort()).toEqual(
      [
        'challenges',
        'comments',
        'faq',
        'idea-funding',
        'idea-notes',
        'ideas',
        'funding-call-alerts',
        'funding-calls',
        'guides',
        'indicators',
        'likes',
        'measurements',
        'media',
        'needs',
        'practices',
        'services',
        'replications',
        'resources',
        'support-requests',
        'seat-claims',
        'shift-reminders',
        'shifts',
        'themes',
        'trainings',
        'units',
        'users',
      ].sort(),
    )
  })

  for (const collection of collections) {
    it(`${collection.slug}: explicit ${REQUIRED.join(', ')}${collection.auth ? ', unlock' : ''}`, () => {
      const missing = [...REQUIRED, ...(collection.auth ? (['unlock'] as const) : [])].filter(
        (verb) => typeof collection.access?.[verb] !== 'function',
      )
      expect(missing, `${collection.slug} leaves ${missing.join(', ')} on Payload's default`).toEqual([])
    })
  }
})
