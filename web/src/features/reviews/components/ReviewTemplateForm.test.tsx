import { MantineProvider } from '@mantine/core';
import type { CreateReviewTemplateBody, ReviewTemplate } from '@frontline/contract';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { i18n } from '../../../lib/i18n';
import { ReviewTemplateForm } from './ReviewTemplateForm';

type Done = { onSuccess?: (t: ReviewTemplate) => void; onError?: (e: unknown) => void };
const mutate = vi.fn<(body: CreateReviewTemplateBody, done: Done) => void>();

vi.mock('../hooks/useCreateReviewTemplate', () => ({
  useCreateReviewTemplate: () => ({ mutate, error: null, isPending: false }),
}));

// Mantine's autosizing Textarea listens for font loading, which jsdom lacks.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

afterEach(async () => {
  cleanup();
  mutate.mockReset();
  await i18n.changeLanguage('en');
});

const SAVED: ReviewTemplate = {
  id: '00000000-0000-4000-8000-0000000000c1',
  code: 'QUARTERLY',
  titleEn: 'Quarterly performance review',
  titleZh: '季度績效評核',
  ratingRule: 'weighted',
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  scale: {
    meets: 2,
    levels: [
      { value: 1, labelEn: 'Below', labelZh: '低於期望', descriptionEn: '', descriptionZh: '' },
      { value: 2, labelEn: 'Meets', labelZh: '符合期望', descriptionEn: '', descriptionZh: '' },
    ],
  },
  sections: [
    { key: 'results', kind: 'indicators', titleEn: 'Service results', titleZh: '服務成績', weight: 30 },
    {
      key: 'behaviours',
      kind: 'competencies',
      titleEn: 'Service behaviours',
      titleZh: '服務行為',
      weight: 10,
      items: [
        {
          key: 'teamwork',
          titleEn: 'Teamwork',
          titleZh: '團隊合作',
          descriptionEn: '',
          descriptionZh: '',
        },
      ],
    },
    { key: 'plan', kind: 'development', titleEn: 'Development plan', titleZh: '發展計劃', weight: 0 },
  ],
};

function show(startFrom: string | null = null) {
  render(
    <MantineProvider>
      <ReviewTemplateForm templates={[SAVED]} startFrom={startFrom} />
    </MantineProvider>,
  );
}
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create the template' }));
const section = (n: number) => screen.getByRole('group', { name: new RegExp(`^Section ${n}\\b`) });

describe('the review-template form', () => {
  it('starts from a saved template under a new code, adds up its weights and sends it', async () => {
    show(SAVED.id);
    expect((screen.getByLabelText(/^Code/) as HTMLInputElement).value).toBe('QUARTERLY-2');
    expect(screen.getByRole('status').textContent).toMatch(/^Weights add up to 40\./);
    // The development plan has no weight field; the others show their share of the formula.
    expect(within(section(3)).queryByLabelText(/^Weight/)).toBeNull();
    expect(within(section(1)).getByText('75% of the formula')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Title \(English\)/), { target: { value: 'Half-year review' } });
    create();
    await waitFor(() => expect(mutate).toHaveBeenCalledOnce());
    const { id: _id, active: _a, createdAt: _c, ...body } = SAVED;
    expect(mutate.mock.calls[0]![0]).toEqual({ ...body, code: 'QUARTERLY-2', titleEn: 'Half-year review' });
  });

  it('marks every empty field of a blank template and sends nothing', async () => {
    show();
    create();
    await waitFor(() => expect(screen.getAllByText('Fill this in.').length).toBe(3 + 3 * 2 + 3));
    expect(mutate).not.toHaveBeenCalled();
  });

  it("puts the server's issues on their fields, in the user's language", async () => {
    await i18n.changeLanguage('zh-Hant');
    show(SAVED.id);
    fireEvent.click(screen.getByRole('button', { name: '建立範本' }));
    await waitFor(() => expect(mutate).toHaveBeenCalledOnce());
    mutate.mock.calls[0]![1].onError?.(
      new ApiError(400, 'review_template.invalid', {
        type: 'about:blank',
        title: 'Bad',
        status: 400,
        code: 'review_template.invalid',
        issues: [
          { path: '/sections/1/items/0/key', message: 'used twice' },
          { path: '/sections', message: 'the weighted rule needs a rated section with a weight' },
        ],
      }),
    );
    await screen.findByText('此識別碼重複使用；請使每個都不相同。');
    expect(screen.getByText('加權公式需要最少一個比重大於 0 的評分部分。')).toBeTruthy();
    const key = screen
      .getAllByLabelText(/^識別碼/)
      .find((el) => (el as HTMLInputElement).value === 'teamwork') as HTMLInputElement;
    expect(key.getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the code is taken, on the code', async () => {
    show(SAVED.id);
    create();
    await waitFor(() => expect(mutate).toHaveBeenCalledOnce());
    mutate.mock.calls[0]![1].onError?.(
      new ApiError(409, 'review_template.code_taken', {
        type: 'about:blank',
        title: 'Taken',
        status: 409,
        code: 'review_template.code_taken',
      }),
    );
    await screen.findByText('A review template with that code exists already.');
    expect(screen.getByLabelText(/^Code/).getAttribute('aria-invalid')).toBe('true');
  });
});
