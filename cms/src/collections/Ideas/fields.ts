import type { Field } from 'payload'

import { canReadIdeaPeople } from '../../access/canReadIdeaPeople'
import { nobodyField } from '../../access/nobodyField'
import { IDEA_LIMITS } from '../../contract/ideaLimits'
import { translated } from '../../i18n/translated'
import { validateTeam } from './validateTeam'

const serverSet = { create: nobodyField, update: nobodyField }
// People are never shown to anonymous visitors, nor to members reading an idea shown publicly.
const people = { read: canReadIdeaPeople }

const text = (name: 'problem' | 'solution' | 'beneficiaries' | 'needs'): Field => ({
  name,
  type: 'textarea',
  maxLength: IDEA_LIMITS.text,
  label: translated(`ideas:${name}`),
  admin: { description: translated(`ideas:${name}Help`) },
})

/**
 * DESIGN.md "Innovation Hub": an idea, to a challenge or to the open call. A title is enough to
 * start a draft; the texts are needed to submit it (`ideaRequiredForReview`). Mentors, public
 * visibility and graduation are written by the idea's endpoints, never by a plain write.
 */
export const ideaFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: IDEA_LIMITS.title,
    label: translated('ideas:title'),
  },
  {
    name: 'challenge',
    type: 'relationship',
    relationTo: 'challenges',
    index: true,
    label: translated('ideas:challenge'),
    admin: { description: translated('ideas:challengeHelp') },
  },
  text('problem'),
  text('solution'),
  text('beneficiaries'),
  text('needs'),
  {
    name: 'team',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    index: true,
    maxRows: IDEA_LIMITS.team,
    validate: validateTeam,
    label: translated('ideas:team'),
    access: people,
    admin: { description: translated('ideas:teamHelp') },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: translated('ideas:author'),
    access: { ...serverSet, ...people },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    index: true,
    label: translated('ideas:unit'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'mentors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    index: true,
    maxRows: IDEA_LIMITS.mentors,
    label: translated('ideas:mentors'),
    access: { ...serverSet, ...people },
    admin: { position: 'sidebar', readOnly: true, description: translated('ideas:mentorsHelp') },
  },
  {
    // The Hub's reviewers assign and remove mentors here, by e-mail (POST /api/ideas/:id/mentors).
    name: 'mentorsPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/IdeaMentorsPanel#IdeaMentorsPanel' } },
  },
  {
    name: 'showPublicly',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: translated('ideas:showPublicly'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true, description: translated('ideas:showPubliclyHelp') },
  },
  {
    name: 'graduatedTo',
    type: 'relationship',
    relationTo: 'practices',
    label: translated('ideas:graduatedTo'),
    access: { ...serverSet, ...people },
    admin: { position: 'sidebar', readOnly: true, description: translated('ideas:graduatedToHelp') },
  },
]
