'use client'

import { useField } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

/**
 * On a new replication's form: `?practice=<id>` (the "We are replicating this" button of a
 * practice's edit view) fills the practice in. Renders nothing.
 */
export const PracticeFromQuery: React.FC = () => {
  const params = useSearchParams()
  const { value, setValue } = useField<number | string | null>({ path: 'practice' })
  const given = params.get('practice')
  useEffect(() => {
    if (given && (value === null || value === undefined || value === '')) setValue(given)
  }, [given, value, setValue])
  return null
}
