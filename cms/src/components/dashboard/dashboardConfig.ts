import type { DashboardConfig, WidgetInstance, WidgetWidth } from 'payload'

import { hasRole } from '../../access/hasRole'
import { translated } from '../../i18n/translated'

const widget = (widgetSlug: string, width: WidgetWidth) => ({ widgetSlug, width }) as WidgetInstance

/**
 * The admin dashboard starts from each role's work: a validator's practices by stage in their
 * subtree, a content manager's FAQ, guides and reported comments, validators' and admins'
 * coordinators' dashboard, an admin's recent workflow activity; everyone gets the collection cards with their counts. People can rearrange theirs.
 */
export const dashboardConfig: DashboardConfig = {
  widgets: [
    {
      slug: 'stage-counts',
      label: translated('dashboard:widgetStages'),
      Component: '/components/dashboard/StageCounts#StageCounts',
      minWidth: 'small',
    },
    {
      slug: 'content-overview',
      label: translated('dashboard:widgetContent'),
      Component: '/components/dashboard/ContentOverview#ContentOverview',
      minWidth: 'small',
    },
    {
      slug: 'collection-counts',
      label: translated('dashboard:widgetCollections'),
      Component: '/components/dashboard/CollectionCounts#CollectionCounts',
      minWidth: 'medium',
    },
    {
      slug: 'coordinators',
      label: translated('dashboard:widgetCoordinators'),
      Component: '/components/dashboard/coordinators/CoordinatorsDashboard#CoordinatorsDashboard',
      minWidth: 'medium',
    },
    {
      slug: 'recent-activity',
      label: translated('dashboard:widgetActivity'),
      Component: '/components/dashboard/RecentActivity#RecentActivity',
      minWidth: 'medium',
    },
  ],
  defaultLayout: ({ req }) => {
    const user = req.user
    const layout: WidgetInstance[] = [widget('stage-counts', 'medium')]
    if (hasRole(user, 'contentManager', 'admin')) layout.push(widget('content-overview', 'medium'))
    if (hasRole(user, 'validator', 'admin')) layout.push(widget('coordinators', 'full'))
    if (hasRole(user, 'admin')) layout.push(widget('recent-activity', 'full'))
    layout.push(widget('collection-counts', 'full'))
    return layout
  },
}
