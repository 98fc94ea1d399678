import { MantineProvider } from '@mantine/core';
import type { CertificationSettings, UpdateCertificationSettingsBody } from '@frontline/contract';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { i18n } from '../../../lib/i18n';
import { CertificationSettingsForm } from './CertificationSettingsForm';

const COURSE = '00000000-0000-4000-8000-0000000000c1';
type Done = { onSuccess?: (s: CertificationSettings) => void; onError?: (e: unknown) => void };
const mutate = vi.fn<(body: UpdateCertificationSettingsBody, done: Done) => void>();

vi.mock('../../training/hooks/useTraining', () => ({
  useCourses: () => ({
    data: [{ id: COURSE, code: 'AS-501', titleEn: 'Assessor course', titleZh: '評核員課程', active: true }],
  }),
}));
vi.mock('../hooks/useCertification', () => ({
  useUpdateCertificationSettings: () => ({ mutate, error: null, isPending: false, isSuccess: false }),
}));

afterEach(() => {
  cleanup();
  mutate.mockReset();
});

const SETTINGS: CertificationSettings = {
  assessorCourseId: COURSE,
  assessorCourseTitleEn: 'Assessor course',
  assessorCourseTitleZh: '評核員課程',
  minAlpha: 0.8,
  maxBiasPoints: null,
  validityMonths: 12,
  reminderDays: 30,
  uncertifiedPolicy: 'count_marked',
};

function show() {
  render(
    <MantineProvider>
      <CertificationSettingsForm settings={SETTINGS} />
    </MantineProvider>,
  );
}
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`)) as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: i18n.t('common.save') }));

describe('the certification settings form', () => {
  it('refuses values past the contract’s limits on their fields and sends nothing', async () => {
    show();
    fireEvent.change(field('Minimum alpha'), { target: { value: '1.5' } });
    fireEvent.change(field('Maximum bias'), { target: { value: '101' } });
    fireEvent.change(field('Validity'), { target: { value: '0' } });
    fireEvent.change(field('Reminder'), { target: { value: '366' } });
    save();
    await screen.findByText('Enter 1 or less.');
    expect(screen.getByText('Enter 100 or less.')).toBeTruthy();
    expect(screen.getByText('Enter 1 or more.')).toBeTruthy();
    expect(screen.getByText('Enter 365 or less.')).toBeTruthy();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends the settings, an empty criterion as null, the chosen policy', async () => {
    show();
    fireEvent.change(field('Minimum alpha'), { target: { value: '' } });
    fireEvent.change(field('Maximum bias'), { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText(i18n.t('certification.policy.not_counted')));
    save();
    await waitFor(() => expect(mutate).toHaveBeenCalledOnce());
    expect(mutate.mock.calls[0]![0]).toEqual({
      assessorCourseId: COURSE,
      minAlpha: null,
      maxBiasPoints: 5,
      validityMonths: 12,
      reminderDays: 30,
      uncertifiedPolicy: 'not_counted',
    });
  });

  it('puts the server’s field issue on its field', async () => {
    mutate.mockImplementation((_body, done) =>
      done.onError?.(
        new ApiError(400, 'certification.invalid_course', {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'certification.invalid_course',
          issues: [{ path: '/assessorCourseId', message: 'not found' }],
        }),
      ),
    );
    show();
    save();
    await screen.findByText('This no longer exists. Choose another.');
    const course = screen.getAllByLabelText(/^Assessor course/).find((e) => e.tagName === 'INPUT');
    expect(course?.getAttribute('aria-invalid')).toBe('true');
  });
});
