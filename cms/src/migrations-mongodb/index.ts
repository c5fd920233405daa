import * as migration_20261201_120000_workflow_defaults from './20261201_120000_workflow_defaults';
import * as migration_20261201_120100_notification_mode from './20261201_120100_notification_mode';
import * as migration_20261201_120200_workflow_event_role from './20261201_120200_workflow_event_role';
import * as migration_20261201_120300_comment_unit_and_reports from './20261201_120300_comment_unit_and_reports';
import * as migration_20261202_005001_event_item_collection from './20261202_005001_event_item_collection';
import * as migration_20261202_010000_published_at from './20261202_010000_published_at';
import * as migration_20261202_050000_registration_approval from './20261202_050000_registration_approval';
import * as migration_20261202_081200_indicators_and_measurements from './20261202_081200_indicators_and_measurements';

export const migrations = [
  {
    up: migration_20261201_120000_workflow_defaults.up,
    down: migration_20261201_120000_workflow_defaults.down,
    name: '20261201_120000_workflow_defaults',
  },
  {
    up: migration_20261201_120100_notification_mode.up,
    down: migration_20261201_120100_notification_mode.down,
    name: '20261201_120100_notification_mode',
  },
  {
    up: migration_20261201_120200_workflow_event_role.up,
    down: migration_20261201_120200_workflow_event_role.down,
    name: '20261201_120200_workflow_event_role',
  },
  {
    up: migration_20261201_120300_comment_unit_and_reports.up,
    down: migration_20261201_120300_comment_unit_and_reports.down,
    name: '20261201_120300_comment_unit_and_reports'
  },
  {
    up: migration_20261202_005001_event_item_collection.up,
    down: migration_20261202_005001_event_item_collection.down,
    name: '20261202_005001_event_item_collection'
  },
  {
    up: migration_20261202_010000_published_at.up,
    down: migration_20261202_010000_published_at.down,
    name: '20261202_010000_published_at'
  },
  {
    up: migration_20261202_050000_registration_approval.up,
    down: migration_20261202_050000_registration_approval.down,
    name: '20261202_050000_registration_approval'
  },
  {
    up: migration_20261202_081200_indicators_and_measurements.up,
    down: migration_20261202_081200_indicators_and_measurements.down,
    name: '20261202_081200_indicators_and_measurements'
  },
];
