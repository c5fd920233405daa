import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isContentManager } from '../../access/isContentManager'
import { keepOwnUnitNeeds } from '../../access/keepOwnUnitNeeds'
import { mayPostNeeds } from '../../access/mayPostNeeds'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { suggestedNeeds } from './endpoints/suggestedNeeds'
import { assignNeedUnit } from './hooks/assignNeedUnit'
import { deleteNeedShifts } from './hooks/deleteNeedShifts'
import { moveShiftsWithUnit } from './hooks/moveShiftsWithUnit'
import { needFields } from './needFields'

/**
 * DESIGN.md "Volunteer-needs calendar": what a unit needs volunteers for. Posted only by people
 * who already speak for the unit (its coordinators, validators above it, content managers,
 * admins), so a need is public when saved, without a review chain; who signed up for its shifts
 * lives in `seat-claims`, private (cms/src/capacity).
 */
export const Needs: CollectionConfig = {
  slug: 'needs',
  labels: { singular: translated('needs:singular'), plural: translated('needs:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'updatedAt'],
    group: translated('groups:participation'),
    description: translated('needs:collectionHelp'),
  },
  access: {
    create: mayPostNeeds,
    read: anyone,
    update: keepOwnUnitNeeds,
    delete: keepOwnUnitNeeds,
    readVersions: isContentManager,
  },
  endpoints: [suggestedNeeds],
  hooks: {
    beforeValidate: [assignNeedUnit],
    beforeDelete: [deleteNeedShifts],
    afterChange: [moveShiftsWithUnit, notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: needFields,
}
