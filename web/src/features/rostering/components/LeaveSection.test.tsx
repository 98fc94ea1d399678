import { MantineProvider } from '@mantine/core';
import type { Leave } from '@frontline/contract';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../lib/i18n';
import type { LeaveChange } from '../hooks/useLeave';
import { TeamLeave } from './LeaveSection';

const mutate = vi.fn<(c: LeaveChange) => void>();
const leave = (over: Partial<Leave>): Leave => ({
  id: '00000000-0000-4000-8000-00000000000a',
  personId: '00000000-0000-4000-8000-0000000000b1',
  personName: 'Ka Yan Lee',
  kind: 'annual',
  startsOn: '2026-11-17',
  endsOn: '2026-11-18',
  days: 2,
  note: '',
  status: 'approved',
  reason: '',
  decidedByName: null,
  decidedAt: null,
  createdAt: '2026-11-10T02:00:00.000Z',
  canDecide: false,
  canCancel: true,
  ...over,
});
const items = [
  leave({}),
  leave({
    id: '00000000-0000-4000-8000-00000000000b',
    personName: 'Chi Ming Wong',
    status: 'requested',
    canDecide: true,
    kind: 'sick',
    startsOn: '2026-11-20',
    endsOn: '2026-11-20',
    days: 1,
  }),
];
vi.mock('../hooks/useLeave', () => ({
  useLeave: () => ({ data: items, isPending: false, error: null, isSuccess: true }),
  useLeaveChange: () => ({ mutate, error: null, isPending: false, isSuccess: false }),
}));

vi.mock('../../auth/hooks/useSession', () => ({
  useSession: () => ({ me: { personId: '00000000-0000-4000-8000-0000000000c1' }, can: () => true }),
}));
vi.mock('../../people/hooks/usePeople', () => ({
  useEveryone: () => ({
    data: [
      {
        id: '00000000-0000-4000-8000-0000000000b1',
        nameEn: 'Ka Yan Lee',
        nameZh: null,
        employeeNumber: 'E1',
        status: 'active',
      },
    ],
  }),
}));

afterEach(() => {
  cleanup();
  mutate.mockReset();
});

describe('the team’s leave', () => {
  it('records leave for one of the leader’s people', () => {
    render(
      <MantineProvider>
        <TeamLeave />
      </MantineProvider>,
    );
    const button = screen.getByRole('button', { name: 'Record the leave' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('combobox', { name: 'Person' }));
    fireEvent.click(screen.getByRole('option', { name: 'Ka Yan Lee · E1' }));
    fireEvent.change(screen.getByLabelText(/^First day/), { target: { value: '2026-11-19' } });
    fireEvent.click(button);
    expect(mutate.mock.calls[0]![0]).toEqual({
      kind: 'request',
      body: {
        personId: '00000000-0000-4000-8000-0000000000b1',
        kind: 'annual',
        startsOn: '2026-11-19',
        endsOn: '2026-11-19',
        note: '',
      },
    });
  });

  it('lists requests first and approves one with its reason', () => {
    render(
      <MantineProvider>
        <TeamLeave />
      </MantineProvider>,
    );
    const rows = within(screen.getByTestId('leave-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Chi Ming Wong',
      'Ka Yan Lee',
    ]);
    expect(rows[0]!.textContent).toContain('Waiting for a decision');
    expect(rows[0]!.textContent).toContain('(1 day)');
    expect(within(rows[1]!).queryByRole('button', { name: 'Approve' })).toBeNull();
    fireEvent.change(within(rows[0]!).getByLabelText("Reason for Chi Ming Wong's leave"), {
      target: { value: 'Get well' },
    });
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Approve' }));
    expect(mutate.mock.calls[0]![0]).toEqual({
      kind: 'decide',
      id: '00000000-0000-4000-8000-00000000000b',
      body: { decision: 'approve', reason: 'Get well' },
    });
  });
});
