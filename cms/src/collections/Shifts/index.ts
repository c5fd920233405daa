import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { deleteClaimsOf } from '../../capacity/deleteClaimsOf'
import { fillRaisedSeatsOf } from '../../capacity/fillRaisedSeatsOf'
import { tellPromoted } from '../../capacity/tellPromoted'
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
import { shiftFields } from './shiftFields'
import { shiftPromotionMessage } from './shiftPromotionMessage'

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
    afterChange: [
      fillRaisedSeatsOf({
        collection: 'shifts',
        seatsField: 'capacity',
        tell: ({ req, item, promoted }) =>
          tellPromoted({ req, promoted, message: shiftPromotionMessage({ req, shift: item }) }),
      }),
      notifySite.afterChange,
    ],
    afterDelete: [deleteClaimsOf('shifts'), notifySite.afterDelete],
  },
  fields: shiftFields,
}
