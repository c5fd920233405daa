import type { CollectionConfig } from 'payload'

import { SeatClaims } from '../capacity/SeatClaims'
import { Comments } from './Comments'
import { Faq } from './Faq'
import { FundingCallAlerts } from './FundingCallAlerts'
import { FundingCalls } from './FundingCalls'
import { Guides } from './Guides'
import { Challenges } from './Challenges'
import { IdeaFunding } from './IdeaFunding'
import { IdeaNotes } from './IdeaNotes'
import { Ideas } from './Ideas'
import { Indicators } from './Indicators'
import { Likes } from './Likes'
import { Measurements } from './Measurements'
import { Media } from './Media'
import { Practices } from './Practices'
import { Services } from './Services'
import { SupportRequests } from './SupportRequests'
import { Replications } from './Replications'
import { Resources } from './Resources'
import { Themes } from './Themes'
import { Trainings } from './Trainings'
import { Units } from './Units'
import { Users } from './Users'

/** Every RedCloud collection, in the order the admin panel lists them. */
export const collections: CollectionConfig[] = [
  Practices,
  Services,
  Measurements,
  Indicators,
  Replications,
  SupportRequests,
  Trainings,
  SeatClaims,
  Challenges,
  Ideas,
  IdeaNotes,
  IdeaFunding,
  Themes,
  Units,
  Users,
  Comments,
  Likes,
  Faq,
  Guides,
  FundingCalls,
  Resources,
  FundingCallAlerts,
  Media,
]
