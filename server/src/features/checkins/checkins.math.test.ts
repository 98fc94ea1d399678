import { describe, expect, it } from 'vitest';
import { cadenceStatus, checkinInvite, inviteUid } from './checkins.math.js';

describe('cadenceStatus', () => {
  it('never held → due today', () => {
    expect(cadenceStatus(14, null, '2026-11-30')).toEqual({ nextDueOn: '2026-11-30', status: 'due' });
  });
  it('due on the day, overdue after it, ok before it', () => {
    expect(cadenceStatus(14, '2026-11-16', '2026-11-30').status).toBe('due');
    expect(cadenceStatus(14, '2026-11-15', '2026-11-30')).toEqual({
      nextDueOn: '2026-11-29',
      status: 'overdue',
    });
    expect(cadenceStatus(14, '2026-11-20', '2026-11-30')).toEqual({ nextDueOn: '2026-12-04', status: 'ok' });
  });
  it('no cadence', () => {
    expect(cadenceStatus(null, '2026-11-20', '2026-11-30')).toEqual({
      nextDueOn: null,
      status: 'no_cadence',
    });
  });
});

describe('checkinInvite', () => {
  const base = {
    id: '11111111-2222-4333-8444-555555555555',
    scheduledAt: new Date('2026-12-01T02:30:00Z'), // 10:30 in Hong Kong
    durationMinutes: 45,
    location: 'Store A back office',
    status: 'planned' as const,
    personName: 'Mei Chan',
    personEmail: 'mei@example.com',
    leaderName: 'Ka Wong',
    leaderEmail: 'ka@example.com',
    publicUrl: 'https://frontline.example.com',
    createdAt: new Date('2026-11-30T00:00:00Z'),
    updatedAt: new Date('2026-11-30T00:00:00Z'),
  };
  it('has the stable UID, UTC start and end, organizer and attendee', () => {
    const ics = checkinInvite(base).replace(/\r\n /g, ''); // unfold long lines
    expect(inviteUid(base.id, base.publicUrl)).toBe(`checkin-${base.id}@frontline.example.com`);
    expect(ics).toContain(`UID:checkin-${base.id}@frontline.example.com`);
    expect(ics).toContain('DTSTART:20261201T023000Z');
    expect(ics).toContain('DTEND:20261201T031500Z');
    expect(ics).toMatch(/ORGANIZER;CN="?Ka Wong"?:mailto:ka@example.com/);
    expect(ics).toMatch(/ATTENDEE;[^\r\n]*RSVP=TRUE[^\r\n]*mailto:mei@example.com/i);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('LOCATION:Store A back office');
  });
  it('cancels with the same UID', () => {
    const ics = checkinInvite({ ...base, status: 'cancelled' });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:checkin-${base.id}@frontline.example.com`);
  });
});
