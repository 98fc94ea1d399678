import { MantineProvider } from '@mantine/core';
import type { Goal, GoalAbilities } from '@frontline/contract';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n';
import { GoalEditPage } from './GoalEditPage';

const GOAL_ID = '00000000-0000-4000-8000-0000000000a1';
let goal: Goal | undefined;

vi.mock('../features/goals/hooks/useGoals', () => ({
  useGoal: () => ({ data: goal, error: null }),
}));
vi.mock('../features/goals/components/GoalForm', () => ({
  GoalForm: () => <form aria-label="goal form" />,
}));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const NONE: GoalAbilities = {
  edit: false,
  propose: false,
  accept: false,
  decline: false,
  activate: false,
  close: false,
  closeAchieved: false,
  cancel: false,
};

function goalWith(abilities: Partial<GoalAbilities>): Goal {
  return {
    id: GOAL_ID,
    personId: '00000000-0000-4000-8000-0000000000b1',
    personName: 'Person 1',
    kind: 'qualitative',
    title: 'Finish the returns course',
    description: '',
    indicatorId: null,
    indicatorCode: null,
    successCriteria: 'Pass its quiz',
    policyId: null,
    baseline: null,
    baselineSample: null,
    target: null,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    weight: 0,
    status: 'achieved',
    version: 1,
    proposedBy: null,
    proposedAt: null,
    staffAcceptedAt: null,
    supervisorAcceptedAt: null,
    outcomeNote: null,
    progress: null,
    evidence: null,
    smart: [],
    abilities: { ...NONE, ...abilities },
  };
}

function show() {
  return render(
    <MantineProvider>
      <MemoryRouter initialEntries={[`/goals/${GOAL_ID}/edit`]}>
        <Routes>
          <Route path="/goals/:id/edit" element={<GoalEditPage />} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('GoalEditPage', () => {
  it('shows the form when the goal may be changed', () => {
    goal = goalWith({ edit: true });
    show();
    expect(screen.getByRole('form', { name: 'goal form' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the goal cannot be changed, with a way back, when its abilities say so', () => {
    goal = goalWith({ edit: false });
    show();
    expect(screen.queryByRole('form', { name: 'goal form' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('You cannot change this goal');
    expect(screen.getByRole('link', { name: 'Back to the goal' }).getAttribute('href')).toBe(
      `/goals/${GOAL_ID}`,
    );
  });

  it('says it in Traditional Chinese too', async () => {
    await i18n.changeLanguage('zh-Hant');
    goal = goalWith({ edit: false });
    show();
    expect(screen.getByRole('status').textContent).toContain('你不能修改這個目標');
    expect(screen.getByRole('link', { name: '返回目標' })).toBeTruthy();
  });
});
