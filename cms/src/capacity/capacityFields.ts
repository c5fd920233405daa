import type { Field } from 'payload'

import { nobodyField } from '../access/nobodyField'
import { translated } from '../i18n/translated'

/**
 * The fields every item with limited places carries, kept by claimSeat and releaseSeat only:
 * `seatsTaken` (public: the site shows free places) and `claimSequence`, the last place given in
 * its line. Both are written by every claim and release, inside its transaction: that write is
 * what makes concurrent claims on one item conflict on MongoDB, so none is counted twice.
 */
export const capacityFields = (): Field[] => [
  {
    name: 'seatsTaken',
    type: 'number',
    defaultValue: 0,
    label: translated('seatClaims:seatsTaken'),
    access: { create: nobodyField, update: nobodyField },
    admin: { readOnly: true, position: 'sidebar', description: translated('seatClaims:seatsTakenHelp') },
  },
  {
    name: 'claimSequence',
    type: 'number',
    defaultValue: 0,
    access: { create: nobodyField, update: nobodyField },
    admin: { hidden: true, readOnly: true },
  },
]
