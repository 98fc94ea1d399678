import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CadenceStatus } from '@frontline/contract';
import { addDays } from '../../lib/calendar.js';

/**
 * Where a person stands against their cadence on `today`: the next check-in is due `everyDays`
 * after the last one held; never held → due today. Dates are calendar dates (YYYY-MM-DD).
 */
export function cadenceStatus(
  everyDays: number | null,
  lastHeldOn: string | null,
  today: string,
): { nextDueOn: string | null; status: CadenceStatus } {
  if (everyDays === null) return { nextDueOn: null, status: 'no_cadence' };
  const nextDueOn = lastHeldOn ? addDays(lastHeldOn, everyDays) : today;
  const status: CadenceStatus = nextDueOn < today ? 'overdue' : nextDueOn === today ? 'due' : 'ok';
  return { nextDueOn, status };
}

export interface InviteInput {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  location: string | null;
  status: 'planned' | 'held' | 'cancelled';
  personName: string;
  personEmail: string | null;
  leaderName: string | null;
  leaderEmail: string | null;
  publicUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The stable UID of a check-in's calendar event, so an update or cancellation replaces it. */
export function inviteUid(id: string, publicUrl: string | null): string {
  let host = 'frontline.local';
  if (publicUrl) {
    try {
      host = new URL(publicUrl).hostname || host;
    } catch {
      // keep the default
    }
  }
  return `checkin-${id}@${host}`;
}

/** An iCalendar invite (times in UTC) for a check-in; CANCEL for a cancelled one. */
export function checkinInvite(c: InviteInput): string {
  const cancelled = c.status === 'cancelled';
  const cal = ical({
    name: 'Frontline',
    prodId: { company: 'Frontline', product: 'frontline', language: 'EN' },
  });
  cal.method(cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const link = c.publicUrl ? `${c.publicUrl.replace(/\/$/, '')}/checkins/${c.id}` : null;
  cal.createEvent({
    id: inviteUid(c.id, c.publicUrl),
    sequence: Math.max(0, Math.floor((c.updatedAt.getTime() - c.createdAt.getTime()) / 1000)),
    start: c.scheduledAt,
    end: new Date(c.scheduledAt.getTime() + c.durationMinutes * 60_000),
    stamp: c.updatedAt,
    summary: c.leaderName ? `Check-in: ${c.personName} / ${c.leaderName}` : `Check-in: ${c.personName}`,
    description: link ? `Agenda and notes: ${link}` : 'Agenda and notes in Frontline.',
    ...(c.location ? { location: c.location } : {}),
    ...(link ? { url: link } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(c.leaderEmail ? { organizer: { name: c.leaderName ?? c.leaderEmail, email: c.leaderEmail } } : {}),
    attendees: c.personEmail ? [{ name: c.personName, email: c.personEmail, rsvp: true }] : [],
  });
  return cal.toString();
}
