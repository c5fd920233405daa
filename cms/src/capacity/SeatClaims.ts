import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { nobodyField } from '../access/nobodyField'
import { SEAT_CLAIM_STATUSES } from '../contract/seatClaimStatuses'
import { translated } from '../i18n/translated'
import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import { validateOption } from '../fields/validators'
import { readSeatClaims } from './readSeatClaims'

const serverKept = { readOnly: true }

/**
 * Claims on limited places (a training's seats, a shift's capacity): written only by
 * `claimSeat` and `releaseSeat` (cms/src/capacity), never over the API, so the item's
 * `seatsTaken` and the line stay exact. One claim per person and item (`key`, unique).
 */
export const SeatClaims: CollectionConfig = {
  slug: SEAT_CLAIMS,
  labels: {
    singular: translated('seatClaims:singular'),
    plural: translated('seatClaims:plural'),
  },
  admin: {
    defaultColumns: ['itemCollection', 'item', 'user', 'status', 'queueNumber', 'appliedAt'],
    group: translated('groups:participation'),
    description: translated('seatClaims:collectionHelp'),
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin', 'contentManager'),
  },
  // The line of one item, in order; a place in it is never given twice.
  indexes: [{ fields: ['itemCollection', 'item', 'queueNumber'], unique: true }],
  access: {
    create: nobody,
    read: readSeatClaims,
    update: nobody,
    delete: nobody,
    readVersions: isAdmin,
  },
  fields: [
    {
      name: 'itemCollection',
      type: 'text',
      required: true,
      index: true,
      maxLength: 64,
      label: translated('seatClaims:itemCollection'),
      access: { update: nobodyField },
      admin: serverKept,
    },
    {
      name: 'item',
      type: 'text',
      required: true,
      index: true,
      maxLength: 64,
      label: translated('seatClaims:item'),
      access: { update: nobodyField },
      admin: serverKept,
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: translated('seatClaims:user'),
      access: { update: nobodyField },
      admin: serverKept,
    },
    {
      name: 'status',
      type: 'select',
      validate: validateOption,
      required: true,
      index: true,
      defaultValue: 'waitlisted',
      options: SEAT_CLAIM_STATUSES.map((value) => ({
        value,
        label: translated(`seatClaims:status_${value}`),
      })),
      label: translated('seatClaims:status'),
      admin: serverKept,
    },
    {
      name: 'queueNumber',
      type: 'number',
      required: true,
      label: translated('seatClaims:queueNumber'),
      admin: { ...serverKept, description: translated('seatClaims:queueNumberHelp') },
    },
    {
      name: 'appliedAt',
      type: 'date',
      required: true,
      label: translated('seatClaims:appliedAt'),
      admin: { ...serverKept, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'acceptedAt',
      type: 'date',
      label: translated('seatClaims:acceptedAt'),
      admin: { ...serverKept, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: translated('seatClaims:withdrawnAt'),
      admin: { ...serverKept, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 200,
      label: translated('seatClaims:key'),
      access: { update: nobodyField },
      admin: { ...serverKept, hidden: true },
    },
  ],
}
