import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isContentManager } from '../../access/isContentManager'
import { keepOwnUnitNeeds } from '../../access/keepOwnUnitNeeds'
import { mayPostNeeds } from '../../access/mayPostNeeds'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { cancelShift } from './endpoints/cancelShift'
import { myRosters } from './endpoints/myRosters'
import { myShifts } from './endpoints/myShifts'
import { shiftFeed } from './endpoints/shiftFeed'
import { shiftFeedToken } from './endpoints/shiftFeedToken'
import { shiftRoster } from './endpoints/shiftRoster'
import { signUpForShift } from './endpoints/signUpForShift'
import { copyNeedUnit } from './hooks/copyNeedUnit'
import { deleteShiftClaims } from './hooks/deleteShiftClaims'
import { fillRaisedCapacity } from './hooks/fillRaisedCapacity'
import { shiftFields } from './shiftFields'

/**
 * A need's shifts: anyone reads when and how many places are free (`capacity` − `seatsTaken`);
 * who signed up lives in `seat-claims` (cms/src/capacity), read by the unit's validators and
 * coordinators only (`claimReaders`, `GET /api/shifts/:id/roster`).
 */
export const Shifts: CollectionConfig = {
  slug: 'shifts',
  labels: { singular: translated('shifts:singular'), plural: translated('shifts:plural') },
  admin: {
    defaultColumns: ['need', 'start', 'end', 'capacity', 'seatsTaken'],
    group: translated('groups:participation'),
    description: translated('shifts:collectionHelp'),
  },
  access: {
    create: mayPostNeeds,
    read: anyone,
    update: keepOwnUnitNeeds,
    delete: keepOwnUnitNeeds,
    readVersions: isContentManager,
  },
  endpoints: [signUpForShift, cancelShift, myShifts, myRosters, shiftRoster, shiftFeedToken, shiftFeed],
  hooks: {
    beforeValidate: [copyNeedUnit],
    afterChange: [fillRaisedCapacity, notifySite.afterChange],
    afterDelete: [deleteShiftClaims, notifySite.afterDelete],
  },
  fields: shiftFields,
}
