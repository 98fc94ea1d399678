import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FeatureDeps } from '../feature-deps.js';
import { cadenceStatus } from '../checkins/checkins.math.js';
import { addDays, localDate } from '../../lib/calendar.js';
import type { MailMessage } from '../../lib/mailer.js';
import {
  actionItemOverdueMail,
  checkinDueMail,
  checkinUpcomingMail,
  mailLang,
  reviewDueMail,
  reviewEscalatedMail,
  reviewOverdueMail,
  trainingOverdueMail,
  type MailLang,
  type MailText,
  type Named,
} from '../../lib/mail-text.js';
import { remindersRepository } from './reminders.repository.js';
import { planReviewReminder, REVIEW_DUE_LEAD_DAYS, type ReviewReminderPlan } from './reminders.reviews.js';

type Kind =
  | 'checkin_due'
  | 'checkin_upcoming'
  | 'action_item_overdue'
  | 'training_overdue'
  | 'review_due'
  | 'review_overdue'
  | 'review_escalated';

/** One group of recipients of a reminder: the same notification data and e-mail for each. */
interface Audience {
  /** People whose user accounts get it, or 'hr': every enabled HR user. */
  people: (string | null)[] | 'hr';
  data: Record<string, unknown>;
  /** The e-mail in the reader's language. */
  mail: (lang: MailLang) => MailText;
  /** Who gets it instead when none of `people` has an enabled account. */
  otherwise?: Audience;
}

interface Reminder {
  kind: Kind;
  entityType: string;
  entityId: string;
  to: Audience[];
}

type Group = 'checkins' | 'actions' | 'training' | 'reviews';

/**
 * Reminders, meant to run hourly: check-ins due or overdue per cadence (to the leader), check-ins
 * in the next 24 hours (to both), overdue action items (to the owner), overdue training (to the
 * person and their manager), and performance reviews: 3 days before a stage's due date and on the
 * day (to whoever the stage waits for), then daily once overdue, to them and one level up
 * (reminders.reviews.ts). In-app notification, plus e-mail in each reader's own language for users
 * with email_reminders on. Each entity is reminded at most once per day per kind (reminder_sent),
 * however often it runs.
 */
export function createRemindersService(deps: FeatureDeps) {
  const { db, clock, calendar, notifications, mailer, publicUrl } = deps;
  const link = (path: string) => (publicUrl ? `${publicUrl.replace(/\/$/, '')}${path}` : null);
  const named = (en: string, zh: string | null): Named => ({ en, zh });

  async function reviewReminders(today: string): Promise<Reminder[]> {
    const rows = await remindersRepository(db).openReviewsDue(today, addDays(today, REVIEW_DUE_LEAD_DAYS));
    const out: Reminder[] = [];
    for (const r of rows) {
      const plan = planReviewReminder(r, today);
      if (!plan) continue;
      const cycle = named(r.cycleNameEn, r.cycleNameZh);
      const person = named(r.personName, r.personNameZh);
      const reviewer = r.reviewerName ? named(r.reviewerName, r.reviewerNameZh) : null;
      const path = link(`/reviews/${r.id}`);
      const base = {
        cycle: r.cycleNameEn,
        cycleZh: r.cycleNameZh,
        personId: r.personId,
        personName: r.personName,
        personNameZh: r.personNameZh,
        stage: plan.stage,
        due: plan.dueOn,
        days: plan.days,
      };
      out.push({
        kind: plan.kind,
        entityType: 'review',
        entityId: r.id,
        to: plan.remind.map((w) => ({
          people: [w.personId],
          data: { ...base, context: w.audience },
          mail: (lang) =>
            plan.kind === 'review_due'
              ? reviewDueMail(lang, {
                  audience: w.audience,
                  cycle,
                  person,
                  dueOn: plan.dueOn,
                  daysLeft: plan.days,
                  link: path,
                })
              : reviewOverdueMail(lang, {
                  audience: w.audience,
                  cycle,
                  person,
                  dueOn: plan.dueOn,
                  daysLate: plan.days,
                  link: path,
                }),
        })),
      });
      if (plan.escalate) out.push(escalation(plan, r.id, base, { cycle, person, reviewer, path }));
    }
    return out;
  }

  function escalation(
    plan: ReviewReminderPlan,
    reviewId: string,
    base: Record<string, unknown>,
    n: { cycle: Named; person: Named; reviewer: Named | null; path: string | null },
  ): Reminder {
    const waiting = plan.remind.map((w) =>
      w.audience === 'self' || w.audience === 'sign_person' ? n.person : (n.reviewer ?? n.person),
    );
    const audience = (reason: 'line' | 'hr', people: Audience['people']): Audience => ({
      people,
      data: {
        ...base,
        context: plan.stage,
        reviewerName: n.reviewer?.en ?? null,
        reviewerNameZh: n.reviewer?.zh ?? null,
      },
      mail: (lang) =>
        reviewEscalatedMail(lang, {
          cycle: n.cycle,
          person: n.person,
          reviewer: n.reviewer,
          stage: plan.stage,
          dueOn: plan.dueOn,
          daysLate: plan.days,
          waitingFor: waiting,
          reason,
          link: n.path,
        }),
    });
    const hr = audience('hr', 'hr');
    const to =
      plan.escalate?.to === 'line' ? { ...audience('line', [plan.escalate.personId]), otherwise: hr } : hr;
    return { kind: 'review_escalated', entityType: 'review', entityId: reviewId, to: [to] };
  }

  async function collect(now: Date, today: string): Promise<Record<Group, Reminder[]>> {
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
      const status = s.status;
      checkins.push({
        kind: 'checkin_due',
        entityType: 'person',
        entityId: c.personId,
        to: [
          {
            people: [c.managerId],
            data: { personId: c.personId, personName: c.name, nextDueOn: s.nextDueOn, status },
            mail: (lang) =>
              checkinDueMail(lang, {
                person: named(c.name, c.nameZh),
                status,
                nextDueOn: s.nextDueOn ?? today,
                link: link(`/people/${c.personId}`),
              }),
          },
        ],
      });
    }

    // 2. Planned within the next 24 hours: remind the person and the leader.
    const soon = await repo.plannedBetween(now, new Date(now.getTime() + 86_400_000));
    for (const k of soon) {
      const zone = await calendar.zoneOf(k.personId);
      checkins.push({
        kind: 'checkin_upcoming',
        entityType: 'checkin',
        entityId: k.id,
        to: [
          {
            people: [k.personId, k.leaderId],
            data: { personId: k.personId, personName: k.name, scheduledAt: k.scheduledAt.toISOString() },
            mail: (lang) =>
              checkinUpcomingMail(lang, {
                person: named(k.name, k.nameZh),
                at: k.scheduledAt,
                zone,
                location: k.location,
                link: link(`/checkins/${k.id}`),
              }),
          },
        ],
      });
    }

    // 3. Overdue action items: remind the owner.
    const items = await repo.overdueActionItems(today);
    const actions: Reminder[] = items.map((a) => ({
      kind: 'action_item_overdue',
      entityType: 'action_item',
      entityId: a.id,
      to: [
        {
          people: [a.ownerPersonId],
          data: { title: a.title, dueOn: a.dueOn, personId: a.personId },
          mail: (lang) =>
            actionItemOverdueMail(lang, {
              title: a.title,
              person: named(a.name, a.nameZh),
              dueOn: a.dueOn!,
              link: link('/checkins'),
            }),
        },
      ],
    }));

    // 4. Overdue training: remind the person and their manager.
    const tr = await repo.overdueTraining(today);
    const training: Reminder[] = tr.map((t) => ({
      kind: 'training_overdue',
      entityType: 'training_assignment',
      entityId: t.id,
      to: [
        {
          people: [t.personId, t.managerId],
          data: { personId: t.personId, personName: t.name, course: t.titleEn, dueOn: t.dueOn },
          mail: (lang) =>
            trainingOverdueMail(lang, {
              course: named(t.titleEn, t.titleZh),
              person: named(t.name, t.nameZh),
              dueOn: t.dueOn!,
              link: link(`/people/${t.personId}`),
            }),
        },
      ],
    }));

    // 5. Performance reviews: before the due date, overdue, and one level up.
    const reviews = await reviewReminders(today);
    return { checkins, actions, training, reviews };
  }

  /**
   * Sends one reminder unless it went out today: the in-app notifications now, in the transaction;
   * returns the e-mails to send after commit (each in its reader's language), or null.
   */
  async function claim(trx: Kysely<DB>, r: Reminder, today: string): Promise<MailMessage[] | null> {
    const repo = remindersRepository(trx);
    const inserted = await repo.claim(r.kind, r.entityId, today, clock.now());
    if (!inserted) return null;
    const done = new Set<string>();
    const mails: MailMessage[] = [];
    const usersOf = async (a: Audience) => {
      if (a.people === 'hr') return repo.enabledHrUsers();
      const people = [...new Set(a.people.filter((x): x is string => !!x))];
      return people.length ? repo.enabledUsersOf(people) : [];
    };
    for (let a of r.to) {
      let users = await usersOf(a);
      if (users.length === 0 && a.otherwise) {
        a = a.otherwise;
        users = await usersOf(a);
      }
      for (const u of users) {
        // Someone in two groups (their own reviewer, say) hears it once.
        if (done.has(u.id)) continue;
        done.add(u.id);
        await notifications.notify(trx, u.id, {
          kind: `reminder.${r.kind}`,
          entityType: r.entityType,
          entityId: r.entityId,
          data: a.data,
        });
        if (u.emailReminders) mails.push({ to: u.email, ...a.mail(mailLang(u.locale)) });
      }
    }
    return mails;
  }

  return {
    async run(
      now: Date = clock.now(),
    ): Promise<{ checkins: number; actions: number; training: number; reviews: number; mails: number }> {
      const today = localDate(now, calendar.zone);
      const all = await collect(now, today);
      const counts = { checkins: 0, actions: 0, training: 0, reviews: 0, mails: 0 };
      for (const group of ['checkins', 'actions', 'training', 'reviews'] as const) {
        for (const r of all[group]) {
          const mails = await db.transaction().execute((trx) => claim(trx, r, today));
          if (mails === null) continue;
          counts[group]++;
          for (const m of mails) {
            try {
              await mailer.send(m);
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
