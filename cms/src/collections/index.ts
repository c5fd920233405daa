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
import { Needs } from './Needs'
import { Practices } from './Practices'
import { Services } from './Services'
import { ShiftReminders } from './ShiftReminders'
import { Shifts } from './Shifts'
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
  Needs,
  Shifts,
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
  ShiftReminders,
  Media,
]
