import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContentAccess'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { fundingCallFields } from './fundingCallFields'
import { checkFundingCallRules } from './hooks/checkFundingCallRules'
import { setFundingCallStatus } from './hooks/setFundingCallStatus'

/**
 * Calls for proposals and tenders on the Development Desk: anyone reads them, content managers
 * keep them. The status follows the deadline (on save, and the daily `closeFundingCalls` task),
 * and every change rebuilds the site, so a closed call leaves the list without anyone's help.
 */
export const FundingCalls: CollectionConfig = {
  slug: 'funding-calls',
  labels: {
    singular: translated('fundingCalls:singular'),
    plural: translated('fundingCalls:plural'),
  },
  defaultSort: 'deadline',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'funder', 'scope', 'deadline', 'status'],
    group: translated('groups:desk'),
    listSearchableFields: ['title', 'funder'],
    description: translated('fundingCalls:collectionHelp'),
  },
  access: publicContentAccess,
  hooks: {
    beforeChange: [checkFundingCallRules, setFundingCallStatus],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: fundingCallFields,
}
