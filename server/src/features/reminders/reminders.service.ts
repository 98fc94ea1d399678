import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FeatureDeps } from '../feature-deps.js';
import { cadenceStatus } from '../checkins/checkins.math.js';
import { formatLocalDateTime, localDate } from '../../lib/calendar.js';
import { remindersRepository } from './reminders.repository.js';

type Kind = 'checkin_due' | 'checkin_upcoming' | 'action_item_overdue' | 'training_overdue';

interface Reminder {
  kind: Kind;
  entityType: string;
  entityId: string;
  /** People to remind (their user accounts get the notification). */
  to: (string | null)[];
  data: Record<string, unknown>;
  subject: string;
  text: string;
}

/**
 * Reminders, meant to run hourly: check-ins due or overdue per cadence (to the leader), check-ins
 * in the next 24 hours (to both), overdue action items (to the owner) and overdue training (to the
 * person and their manager). In-app notification, plus e-mail for users with email_reminders on.
 * Each entity is reminded at most once per day per kind (reminder_sent), however often it runs.
 */
export function createRemindersService(deps: FeatureDeps) {
  const { db, clock, calendar, notifications, mailer, publicUrl } = deps;
  const link = (path: string) => (publicUrl ? `\n\n${publicUrl.replace(/\/$/, '')}${path}` : '');

  async function collect(
    now: Date,
    today: string,
  ): Promise<{ checkins: Reminder[]; actions: Reminder[]; training: Reminder[] }> {
    // 1. Due or overdue per cadence, with nothing planned from now on: remind the leader.
    const repo = remindersRepository(db);
    const cad = await repo.cadences();
    const ids = cad.map((c) => c.personId);
    const held = ids.length ? await repo.lastHeld(ids) : [];
    const planned = ids.length ? await repo.plannedFrom(ids, now) : [];
    const lastHeld = new Map(
      held.map((h) => [h.personId, h.heldAt ? localDate(new Date(h.heldAt as Date), calendar.zone) : null]),
    );
    const hasPlanned = new Set(planned.map((p) => p.personId));
    const checkins: Reminder[] = [];
    for (const c of cad) {
      if (hasPlanned.has(c.personId)) continue;
      const s = cadenceStatus(c.everyDays, lastHeld.get(c.personId) ?? null, today);
      if (s.status !== 'due' && s.status !== 'overdue') continue;
      checkins.push({
        kind: 'checkin_due',
        entityType: 'person',
        entityId: c.personId,
        to: [c.managerId],
        data: { personId: c.personId, personName: c.name, nextDueOn: s.nextDueOn, status: s.status },
        subject: `Check-in ${s.status === 'due' ? 'due today' : 'overdue'}: ${c.name}`,
        text: `A check-in with ${c.name} is ${s.status === 'due' ? 'due today' : `overdue (due ${s.nextDueOn})`}.${link(`/people/${c.personId}`)}`,
      });
    }

    // 2. Planned within the next 24 hours: remind the person and the leader.
    const soon = await repo.plannedBetween(now, new Date(now.getTime() + 86_400_000));
    for (const k of soon) {
      checkins.push({
        kind: 'checkin_upcoming',
        entityType: 'checkin',
        entityId: k.id,
        to: [k.personId, k.leaderId],
        data: { personId: k.personId, personName: k.name, scheduledAt: k.scheduledAt.toISOString() },
        subject: `Check-in within 24 hours: ${k.name}`,
        text: `The check-in with ${k.name} is at ${formatLocalDateTime(k.scheduledAt, await calendar.zoneOf(k.personId), 'en')} (${await calendar.zoneOf(k.personId)})${k.location ? `, ${k.location}` : ''}.${link(`/checkins/${k.id}`)}`,
      });
    }

    // 3. Overdue action items: remind the owner.
    const items = await repo.overdueActionItems(today);
    const actions: Reminder[] = items.map((a) => ({
      kind: 'action_item_overdue',
      entityType: 'action_item',
      entityId: a.id,
      to: [a.ownerPersonId],
      data: { title: a.title, dueOn: a.dueOn, personId: a.personId },
      subject: `Action item overdue: ${a.title}`,
      text: `The action item "${a.title}" (${a.name}) was due on ${a.dueOn}.${link('/checkins')}`,
    }));

    // 4. Overdue training: remind the person and their manager.
    const tr = await repo.overdueTraining(today);
    const training: Reminder[] = tr.map((t) => ({
      kind: 'training_overdue',
      entityType: 'training_assignment',
      entityId: t.id,
      to: [t.personId, t.managerId],
      data: { personId: t.personId, personName: t.name, course: t.titleEn, dueOn: t.dueOn },
      subject: `Training overdue: ${t.titleEn}`,
      text: `The course "${t.titleEn}" for ${t.name} was due on ${t.dueOn}.${link(`/people/${t.personId}`)}`,
    }));
    return { checkins, actions, training };
  }

  /** Sends one reminder unless it went out today; returns the e-mails to send after commit, or null. */
  async function claim(trx: Kysely<DB>, r: Reminder, today: string) {
    const repo = remindersRepository(trx);
    const inserted = await repo.claim(r.kind, r.entityId, today, clock.now());
    if (!inserted) return null;
    const people = [...new Set(r.to.filter((x): x is string => !!x))];
    const users = people.length ? await repo.enabledUsersOf(people) : [];
    for (const u of users) {
      await notifications.notify(trx, u.id, {
        kind: `reminder.${r.kind}`,
        entityType: r.entityType,
        entityId: r.entityId,
        data: r.data,
      });
    }
    return users.filter((u) => u.emailReminders).map((u) => u.email);
  }

  return {
    async run(
      now: Date = clock.now(),
    ): Promise<{ checkins: number; actions: number; training: number; mails: number }> {
      const today = localDate(now, calendar.zone);
      const all = await collect(now, today);
      const counts = { checkins: 0, actions: 0, training: 0, mails: 0 };
      const groups: [keyof typeof all, 'checkins' | 'actions' | 'training'][] = [
        ['checkins', 'checkins'],
        ['actions', 'actions'],
        ['training', 'training'],
      ];
      for (const [group, key] of groups) {
        for (const r of all[group]) {
          const mails = await db.transaction().execute((trx) => claim(trx, r, today));
          if (mails === null) continue;
          counts[key]++;
          for (const to of mails) {
            try {
              await mailer.send({ to, subject: r.subject, text: r.text });
              counts.mails++;
            } catch {
              // Best effort: the in-app notification is committed; the next day's run tries again.
            }
          }
        }
      }
      return counts;
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
