import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { isHubReviewerAccess } from '../../access/isHubReviewerAccess'
import { nobody } from '../../access/nobody'
import { readIdeaFollowUp } from '../../access/readIdeaFollowUp'
import { updateIdeaFunding } from '../../access/updateIdeaFunding'
import { translated } from '../../i18n/translated'
import { checkFollowUpWriter } from '../Ideas/hooks/checkFollowUpWriter'
import { ideaFundingFields } from './fields'

/**
 * DESIGN.md "Innovation Hub": funding asked and obtained by an idea in incubation or later, one
 * document per source (a crowdfunding's progress is entered by the team). Kept by the team and
 * the Hub's reviewers, read also by mentors; never public.
 */
export const IdeaFunding: CollectionConfig = {
  slug: 'idea-funding',
  labels: {
    singular: translated('ideaFunding:singular'),
    plural: translated('ideaFunding:plural'),
  },
  admin: {
    useAsTitle: 'funder',
    defaultColumns: ['idea', 'source', 'amountAsked', 'amountObtained', 'currency'],
    group: translated('groups:hub'),
    description: translated('ideaFunding:collectionHelp'),
  },
  access: {
    create: authenticated,
    read: readIdeaFollowUp,
    update: updateIdeaFunding,
    delete: isHubReviewerAccess,
    readVersions: nobody,
  },
  hooks: {
    beforeChange: [checkFollowUpWriter({ collection: 'idea-funding', mentors: false })],
  },
  fields: ideaFundingFields,
}
