import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { ErrorAlert } from './ErrorAlert';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const importError = new ApiError(422, 'person.import_invalid', {
  type: 'about:blank',
  title: 'Unprocessable',
  status: 422,
  code: 'person.import_invalid',
  issues: [{ path: '/rows/2/hire_date', row: 2, column: 'hire_date', message: 'a date as YYYY-MM-DD' }],
});

function show(error: unknown) {
  return render(
    <MantineProvider>
      <ErrorAlert error={error} />
    </MantineProvider>,
  );
}

describe('ErrorAlert', () => {
  it('shows the translated text of the code and a table of row/column issues', () => {
    show(importError);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The file has problems; nothing was imported.');
    const table = within(alert).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Row', 'Column', 'Problem']);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', 'hire_date', 'a date as YYYY-MM-DD']);
  });

  it('speaks the user’s language, and falls back to a generic message for an unknown code', async () => {
    await i18n.changeLanguage('zh-Hant');
    show(importError);
    expect(screen.getByRole('alert').textContent).toContain('檔案有問題，沒有匯入任何資料。');
    cleanup();
    await i18n.changeLanguage('en');
    show(new ApiError(418, 'teapot.unknown' as 'internal', null));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong. Please try again.');
  });

  it('shows nothing when there is no error', () => {
    show(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
