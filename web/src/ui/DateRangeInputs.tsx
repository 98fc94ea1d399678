import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A "From" and a "To" date field (YYYY-MM-DD), side by side in the caller's layout. */
export function DateRangeInputs({
  from,
  to,
  onFrom,
  onTo,
  required,
}: {
  from: string;
  to: string;
  onFrom: (v: string) => void;
  onTo: (v: string) => void;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('feedback.from')}
        type="date"
        required={required}
        value={from}
        onChange={(e) => onFrom(e.currentTarget.value)}
      />
      <TextInput
        label={t('feedback.to')}
        type="date"
        required={required}
        value={to}
        onChange={(e) => onTo(e.currentTarget.value)}
      />
    </>
  );
}
