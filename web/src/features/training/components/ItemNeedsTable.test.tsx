import { MantineProvider } from '@mantine/core';
import type { TrainingNeeds } from '@frontline/contract';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { ItemNeedsTable, type CoursePick } from './ItemNeedsTable';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const needs: TrainingNeeds = {
  from: '2026-10-14',
  to: '2026-11-10',
  sources: ['indicators', 'assessments'],
  items: [],
  itemNeeds: [
    {
      person: { id: '00000000-0000-4000-8000-000000000001', nameEn: 'Ann Lee', nameZh: '李安' },
      scorecard: {
        id: '00000000-0000-4000-8000-0000000000a1',
        code: 'QA',
        titleEn: 'Call review',
        titleZh: '通話評審',
      },
      item: { sectionId: 'open', itemId: 'greet', textEn: 'Greets the customer', textZh: '問候顧客' },
      indicator: {
        id: '00000000-0000-4000-8000-0000000000c1',
        code: 'QA_SCORE',
        nameEn: 'QA score',
        nameZh: null,
      },
      answered: 5,
      missed: 4,
      rate: 80,
      low: 37.553,
      high: 96.378,
      team: { answered: 15, missed: 4, rate: 26.667 },
      courses: [
        {
          id: '00000000-0000-4000-8000-0000000000d1',
          code: 'QA-GREET',
          titleEn: 'Opening a call well',
          titleZh: '做好通話開場',
          category: 'service_skills',
        },
      ],
    },
  ],
};

const show = (data: TrainingNeeds, onPick: (p: CoursePick) => void = () => undefined) =>
  render(
    <MantineProvider>
      <ItemNeedsTable needs={data} onPick={onPick} />
    </MantineProvider>,
  );

describe('ItemNeedsTable', () => {
  it('says the misses in words beside the team’s, with the interval beneath, and offers the course', () => {
    const picks: CoursePick[] = [];
    show(needs, (p) => picks.push(p));
    expect(screen.getByText('Missed 4 of 5 times (80%); the team misses it 27% of the time.')).toBeTruthy();
    expect(screen.getByText(/95% interval 38%–96% · team 4 of 15/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Assign Opening a call well to Ann Lee' }));
    expect(picks).toEqual([
      {
        personId: needs.itemNeeds[0]!.person.id,
        personName: 'Ann Lee',
        courseId: needs.itemNeeds[0]!.courses[0]!.id,
        reason: 'Training need: keeps missing “Greets the customer”',
      },
    ]);
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-Hant');
    show(needs);
    expect(screen.getByText('問候顧客')).toBeTruthy();
    expect(screen.getByText('5 次中有 4 次未達標（80%）；團隊的未達標率為 27%。')).toBeTruthy();
  });

  it('tells apart no evaluations from no item standing out', () => {
    show({ ...needs, itemNeeds: [] });
    expect(screen.getByText(/No one misses a scorecard item/)).toBeTruthy();
    cleanup();
    show({ ...needs, itemNeeds: [], sources: ['indicators'] });
    expect(screen.getByText(/No released evaluations of your team/)).toBeTruthy();
  });
});
