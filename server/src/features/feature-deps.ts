import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AccessService } from '../access/access.service.js';
import type { Clock } from '../lib/clock.js';
import type { Calendar } from '../lib/calendar.js';
import type { Mailer } from '../lib/mailer.js';
import type { AuditService } from './audit/audit.service.js';
import type { NotificationsService } from './notifications/notifications.service.js';
import type { MonitoringService } from './monitoring/monitoring.service.js';

/** What the people-development services (check-ins, feedback, rewards, coaching, training) get. */
export interface FeatureDeps {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
  /** Which day it is, where (the app's clock and time zones). */
  calendar: Calendar;
  notifications: NotificationsService;
  mailer: Mailer;
  monitoring: MonitoringService;
  /** The public address of the app, for links in e-mails and calendar invites (null: none). */
  publicUrl: string | null;
}
