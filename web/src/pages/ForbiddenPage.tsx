import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

/** A page the user's roles do not open (their records are hidden by the server anyway). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('forbidden.title')}</PageTitle>
      <Text role="alert">{t('errors.auth.forbidden')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
