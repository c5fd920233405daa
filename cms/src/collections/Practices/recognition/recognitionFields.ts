import type { Field } from 'payload'

import { translated } from '../../../i18n/translated'

const nobody = () => false

/**
 * Whether the national validator recognised the practice at its publication, and when. Written
 * only by the workflow's final approval (`recognisePractice`): no request may set either.
 */
export const recognitionFields: Field[] = [
  {
    name: 'recognised',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: translated('practices:recognised'),
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true, description: translated('practices:recognisedHelp') },
  },
  {
    name: 'recognisedAt',
    type: 'date',
    label: translated('practices:recognisedAt'),
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.recognised) },
  },
]
