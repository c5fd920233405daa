import * as migration_20261122_133935_initial from './20261122_133935_initial';
import * as migration_20261122_144134_staged_approval from './20261122_144134_staged_approval';
import * as migration_20261122_145624_notifications from './20261122_145624_notifications';
import * as migration_20261122_150648_reminders_and_jobs from './20261122_150648_reminders_and_jobs';
import * as migration_20261122_225455_workflow_event_role from './20261122_225455_workflow_event_role';
import * as migration_20261122_232534_comment_unit_and_reports from './20261122_232534_comment_unit_and_reports';
import * as migration_20261123_000500_locale_parent_indexes from './20261123_000500_locale_parent_indexes';
import * as migration_20261201_063138_media_use from './20261201_063138_media_use';
import * as migration_20261202_005000_event_item_collection from './20261202_005000_event_item_collection';
import * as migration_20261202_005555_published_at from './20261202_005555_published_at';
import * as migration_20261202_045935_registration_approval from './20261202_045935_registration_approval';
import * as migration_20261202_081101_indicators_and_measurements from './20261202_081101_indicators_and_measurements';
import * as migration_20261202_081104_scores_and_recognition from './20261202_081104_scores_and_recognition';
import * as migration_20261202_092222_adapt_and_digests from './20261202_092222_adapt_and_digests';
import * as migration_20261202_095455_replications from './20261202_095455_replications';
import * as migration_20261202_100606_services_and_unit_slugs from './20261202_100606_services_and_unit_slugs';
import * as migration_20261202_113925_support_requests from './20261202_113925_support_requests';
import * as migration_20261202_115754_trainings_and_seat_claims from './20261202_115754_trainings_and_seat_claims';
import * as migration_20261202_115756_replication_digest from './20261202_115756_replication_digest';
import * as migration_20261202_120042_desk_calls from './20261202_120042_desk_calls';
import * as migration_20261202_155135_support_progress_digest from './20261202_155135_support_progress_digest';
import * as migration_20261202_155305_volunteer_needs from './20261202_155305_volunteer_needs';
import * as migration_20261202_155348_hub_challenges_ideas from './20261202_155348_hub_challenges_ideas';
import * as migration_20261202_160829_replication_measurements from './20261202_160829_replication_measurements';

export const migrations = [
  {
    up: migration_20261122_133935_initial.up,
    down: migration_20261122_133935_initial.down,
    name: '20261122_133935_initial',
  },
  {
    up: migration_20261122_144134_staged_approval.up,
    down: migration_20261122_144134_staged_approval.down,
    name: '20261122_144134_staged_approval',
  },
  {
    up: migration_20261122_145624_notifications.up,
    down: migration_20261122_145624_notifications.down,
    name: '20261122_145624_notifications',
  },
  {
    up: migration_20261122_150648_reminders_and_jobs.up,
    down: migration_20261122_150648_reminders_and_jobs.down,
    name: '20261122_150648_reminders_and_jobs',
  },
  {
    up: migration_20261122_225455_workflow_event_role.up,
    down: migration_20261122_225455_workflow_event_role.down,
    name: '20261122_225455_workflow_event_role',
  },
  {
    up: migration_20261122_232534_comment_unit_and_reports.up,
    down: migration_20261122_232534_comment_unit_and_reports.down,
    name: '20261122_232534_comment_unit_and_reports',
  },
  {
    up: migration_20261123_000500_locale_parent_indexes.up,
    down: migration_20261123_000500_locale_parent_indexes.down,
    name: '20261123_000500_locale_parent_indexes',
  },
  {
    up: migration_20261201_063138_media_use.up,
    down: migration_20261201_063138_media_use.down,
    name: '20261201_063138_media_use',
  },
  {
    up: migration_20261202_005000_event_item_collection.up,
    down: migration_20261202_005000_event_item_collection.down,
    name: '20261202_005000_event_item_collection',
  },
  {
    up: migration_20261202_005555_published_at.up,
    down: migration_20261202_005555_published_at.down,
    name: '20261202_005555_published_at',
  },
  {
    up: migration_20261202_045935_registration_approval.up,
    down: migration_20261202_045935_registration_approval.down,
    name: '20261202_045935_registration_approval',
  },
  {
    up: migration_20261202_081101_indicators_and_measurements.up,
    down: migration_20261202_081101_indicators_and_measurements.down,
    name: '20261202_081101_indicators_and_measurements',
  },
  {
    up: migration_20261202_081104_scores_and_recognition.up,
    down: migration_20261202_081104_scores_and_recognition.down,
    name: '20261202_081104_scores_and_recognition',
  },
  {
    up: migration_20261202_092222_adapt_and_digests.up,
    down: migration_20261202_092222_adapt_and_digests.down,
    name: '20261202_092222_adapt_and_digests',
  },
  {
    up: migration_20261202_095455_replications.up,
    down: migration_20261202_095455_replications.down,
    name: '20261202_095455_replications',
  },
  {
    up: migration_20261202_100606_services_and_unit_slugs.up,
    down: migration_20261202_100606_services_and_unit_slugs.down,
    name: '20261202_100606_services_and_unit_slugs',
  },
  {
    up: migration_20261202_113925_support_requests.up,
    down: migration_20261202_113925_support_requests.down,
    name: '20261202_113925_support_requests',
  },
  {
    up: migration_20261202_115754_trainings_and_seat_claims.up,
    down: migration_20261202_115754_trainings_and_seat_claims.down,
    name: '20261202_115754_trainings_and_seat_claims',
  },
  {
    up: migration_20261202_115756_replication_digest.up,
    down: migration_20261202_115756_replication_digest.down,
    name: '20261202_115756_replication_digest',
  },
  {
    up: migration_20261202_120042_desk_calls.up,
    down: migration_20261202_120042_desk_calls.down,
    name: '20261202_120042_desk_calls',
  },
  {
    up: migration_20261202_155135_support_progress_digest.up,
    down: migration_20261202_155135_support_progress_digest.down,
    name: '20261202_155135_support_progress_digest',
  },
  {
    up: migration_20261202_155305_volunteer_needs.up,
    down: migration_20261202_155305_volunteer_needs.down,
    name: '20261202_155305_volunteer_needs',
  },
  {
    up: migration_20261202_155348_hub_challenges_ideas.up,
    down: migration_20261202_155348_hub_challenges_ideas.down,
    name: '20261202_155348_hub_challenges_ideas',
  },
  {
    up: migration_20261202_160829_replication_measurements.up,
    down: migration_20261202_160829_replication_measurements.down,
    name: '20261202_160829_replication_measurements',
  },
];
