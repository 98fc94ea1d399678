import { MantineProvider } from '@mantine/core';
import { IDLE_ROSTER_SOLVE, type RosterPlan } from '@frontline/contract';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import type { RosterPlanChange } from '../hooks/useRostering';
import { DemandGrid } from './DemandGrid';
import { SlotCoverage } from './SlotCoverage';
import { SlotNeedsForm } from './SlotNeedsForm';

const mutate = vi.fn<(c: RosterPlanChange) => void>();
const LAST_WEEK = '00000000-0000-4000-8000-0000000000f0';
const ELSEWHERE = '00000000-0000-4000-8000-0000000000f9';
vi.mock('../hooks/useRostering', () => ({
  useRosterPlanChange: () => ({ mutate, error: null, isPending: false, isSuccess: false }),
  // Plans to copy a weekly pattern from: this one itself and another site's are not offered.
  useRosterPlans: () => ({
    data: [
      { id: '00000000-0000-4000-8000-0000000000f1', unitId: UNIT, name: 'March', startsOn: '2026-03-02' },
      { id: LAST_WEEK, unitId: UNIT, name: 'Last week', startsOn: '2026-02-23' },
      {
        id: ELSEWHERE,
        unitId: '00000000-0000-4000-8000-0000000000a2',
        name: 'Other site',
        startsOn: '2026-02-23',
      },
    ],
  }),
}));

afterEach(() => {
  cleanup();
  mutate.mockReset();
});

const UNIT = '00000000-0000-4000-8000-0000000000a1';
const EARLY = '00000000-0000-4000-8000-0000000000e1';
const LATE = '00000000-0000-4000-8000-0000000000e2';
const PHONE = '00000000-0000-4000-8000-0000000000d1';

const plan: RosterPlan = {
  id: '00000000-0000-4000-8000-0000000000f1',
  unitId: UNIT,
  unitName: 'Contact centre',
  unitNameZh: '聯絡中心',
  name: 'March',
  startsOn: '2026-03-02',
  days: 7,
  status: 'draft',
  version: 4,
  ownerName: 'Lead',
  publishedAt: null,
  updatedAt: '2026-02-20T00:00:00.000Z',
  duties: [
    {
      id: PHONE,
      unitId: UNIT,
      unitName: 'Contact centre',
      code: 'PHONE',
      nameEn: 'Phone queue',
      nameZh: '電話',
      minLevel: 1,
      standard: '',
      outputs: '',
      indicatorIds: [],
      indicatorCodes: [],
      trainingCourseIds: [],
      assessmentScorecardIds: [],
      assessmentPassPercent: 80,
    },
  ],
  shiftTemplates: [
    {
      id: EARLY,
      unitId: UNIT,
      code: 'E',
      nameEn: 'Early',
      nameZh: '早更',
      startMinute: 480,
      endMinute: 1020,
      breakMinutes: 60,
      paidMinutes: 480,
    },
    {
      id: LATE,
      unitId: UNIT,
      code: 'L',
      nameEn: 'Late',
      nameZh: '晚更',
      startMinute: 780,
      endMinute: 1320,
      breakMinutes: 60,
      paidMinutes: 480,
    },
  ],
  people: [],
  demand: [{ day: 0, shiftTemplateId: EARLY, dutyId: PHONE, headcount: 3 }],
  assignments: [],
  tasks: [],
  coverage: [],
  slotCoverage: [],
  warnings: [],
  totals: {
    hours: 0,
    cost: 0,
    shortfall: 0,
    surplus: 0,
    hoursSpread: 0,
    weekendSpread: 0,
    unpopularSpread: 0,
  },
  unpopularShiftTemplateIds: [],
  lastDerivation: null,
  solve: IDLE_ROSTER_SOLVE,
};

function show() {
  render(
    <MantineProvider>
      <DemandGrid plan={plan} disabled={false} />
    </MantineProvider>,
  );
}

describe('the demand grid', () => {
  it('saves every headcount above 0 with the plan’s version', () => {
    show();
    const cell = screen.getByLabelText('Phone queue, Late, Tue 3 Mar 2026: people needed');
    fireEvent.change(cell, { target: { value: '2' } });
    const monday = screen.getByLabelText('Phone queue, Early, Mon 2 Mar 2026: people needed');
    expect((monday as HTMLInputElement).value).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: i18n.t('rostering.demand.save') }));
    expect(mutate).toHaveBeenCalledOnce();
    expect(mutate.mock.calls[0]![0]).toEqual({
      kind: 'demand',
      body: {
        version: 4,
        cells: [
          { day: 0, shiftTemplateId: EARLY, dutyId: PHONE, headcount: 3 },
          { day: 1, shiftTemplateId: LATE, dutyId: PHONE, headcount: 2 },
        ],
      },
    });
  });

  it('copies the weekly pattern of another plan of the same site, with the plan’s version', () => {
    show();
    const from = screen.getByLabelText(i18n.t('rostering.demand.copyFrom'), { exact: false });
    const offered = [...(from as HTMLSelectElement).options].map((o) => o.value);
    expect(offered).toEqual(['', LAST_WEEK]);
    const button = screen.getByRole('button', { name: i18n.t('rostering.demand.copyFromButton') });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(from, { target: { value: LAST_WEEK } });
    fireEvent.click(button);
    expect(mutate.mock.calls[0]![0]).toEqual({ kind: 'copy', body: { version: 4, fromPlanId: LAST_WEEK } });
  });

  it('leaves out a headcount set back to 0', () => {
    show();
    fireEvent.change(screen.getByLabelText('Phone queue, Early, Mon 2 Mar 2026: people needed'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: i18n.t('rostering.demand.save') }));
    expect(mutate.mock.calls[0]![0]).toEqual({ kind: 'demand', body: { version: 4, cells: [] } });
  });
});

/** Monday: 2 people needed 09:00–10:00 in 30-minute slots, one on duty in the first slot only. */
const slotted: RosterPlan = {
  ...plan,
  slotCoverage: [
    { dutyId: PHONE, day: 0, startMinute: 540, slotMinutes: 30, need: 2, onDuty: 2 },
    { dutyId: PHONE, day: 0, startMinute: 570, slotMinutes: 30, need: 2, onDuty: 1 },
  ],
};

describe('need per time slot', () => {
  it('shows the ranges kept, and sends the ranges as the plan’s days with its version', () => {
    render(
      <MantineProvider>
        <SlotNeedsForm plan={slotted} disabled={false} />
      </MantineProvider>,
    );
    const first = screen.getByRole('group', { name: 'Time range 1' });
    expect((within(first).getByLabelText('From') as HTMLInputElement).value).toBe('09:00');
    expect((within(first).getByLabelText('To') as HTMLInputElement).value).toBe('10:00');
    expect((within(first).getByLabelText('Mon') as HTMLInputElement).checked).toBe(true);
    expect((within(first).getByLabelText('Tue') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Add a time range' }));
    const second = screen.getByRole('group', { name: 'Time range 2' });
    fireEvent.click(within(second).getByLabelText('Sat'));
    fireEvent.change(within(second).getByLabelText('From'), { target: { value: '10:00' } });
    fireEvent.change(within(second).getByLabelText('To'), { target: { value: '12:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and work out the shifts' }));
    expect(mutate.mock.calls[0]![0]).toEqual({
      kind: 'slots',
      body: {
        version: 4,
        dutyId: PHONE,
        slotMinutes: 30,
        ranges: [
          { days: [0], fromMinute: 540, toMinute: 600, need: 2 },
          { days: [5], fromMinute: 600, toMinute: 720, need: 1 },
        ],
      },
    });
  });

  it('refuses a range that ends before it starts, without sending', () => {
    render(
      <MantineProvider>
        <SlotNeedsForm plan={slotted} disabled={false} />
      </MantineProvider>,
    );
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and work out the shifts' }));
    expect(mutate).not.toHaveBeenCalled();
    screen.getByRole('alert');
  });

  it('says in words which slots are short of people', () => {
    render(
      <MantineProvider>
        <SlotCoverage plan={slotted} />
      </MantineProvider>,
    );
    expect(screen.getByTestId('slot-coverage-summary').textContent).toBe(
      'Phone queue: 1 of 2 time slots are short of people. The first is Mon 2 Mar 2026, 09:30–10:00: 1 on duty, 2 needed.',
    );
  });
});
