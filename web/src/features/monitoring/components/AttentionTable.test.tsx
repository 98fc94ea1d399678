import { MantineProvider } from '@mantine/core';
import type { AttentionItem, AttentionList } from '@frontline/contract';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { AttentionTable } from './AttentionTable';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

function row(n: number, startCoaching: boolean): AttentionItem {
  return {
    person: {
      id: `00000000-0000-4000-8000-00000000000${n}`,
      employeeNumber: `E${n}`,
      nameEn: `Person ${n}`,
      nameZh: null,
      orgUnitName: 'Team A',
      orgUnitNameZh: null,
      jobRoleName: null,
      jobRoleNameZh: null,
    },
    indicator: {
      id: '00000000-0000-4000-8000-0000000000c1',
      code: 'CSAT',
      nameEn: 'Customer satisfaction',
      nameZh: null,
      unit: 'percent',
      direction: 'higher_better',
      aggregation: 'proportion',
      decimals: 1,
      minSample: 30,
    },
    reasons: ['below_standard'],
    figure: {
      value: 70,
      low: 60,
      high: 80,
      sample: 100,
      lowSample: false,
      target: 90,
      attainment: 77.8,
      standing: 'below',
    },
    signal: null,
    abilities: { startCoaching, startImprovementPlan: startCoaching },
  };
}

function show(data: AttentionList) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <AttentionTable data={data} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('AttentionTable', () => {
  it('offers to start coaching only on the rows whose abilities allow it', () => {
    show({ from: '2026-11-01', to: '2026-11-28', items: [row(1, true), row(2, false)] });
    const start = screen.getAllByRole('link', { name: /Start coaching/ });
    expect(start).toHaveLength(1);
    expect(start[0]!.getAttribute('aria-label')).toBe('Start coaching Person 1 on Customer satisfaction');
    expect(start[0]!.getAttribute('href')).toContain('personId=00000000-0000-4000-8000-000000000001');
    const plan = screen.getAllByRole('link', { name: /Start an improvement plan/ });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.getAttribute('href')).toContain('source=needs_attention');
    // Both people are listed, each with a link to their figures.
    expect(screen.getAllByRole('link', { name: /Person [12]/ })).toHaveLength(4);
  });

  it('offers nothing when no row allows it', () => {
    show({ from: '2026-11-01', to: '2026-11-28', items: [row(1, false)] });
    expect(screen.queryByRole('link', { name: /Start coaching/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Start an improvement plan/ })).toBeNull();
  });
});
