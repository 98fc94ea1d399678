import type { ReactNode } from 'react';
import { Button, Group, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * The end of every form in a dialog: the server's error (translated), then Cancel and the submit
 * button, which shows it is busy while the request runs.
 */
export function FormFooter({
  error,
  pending,
  submitLabel,
  onCancel,
  color,
}: {
  error: unknown;
  pending: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
  color?: ButtonProps['color'];
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" color={color} loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
