import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that screen readers hear as "Loading" (the status text; the drawing itself is hidden). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
