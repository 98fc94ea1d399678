import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { SessionsTable } from '../features/auth/components/SessionsTable';
import { useSession } from '../features/auth/hooks/useSession';
import { LanguageSwitch } from '../features/shell/components/LanguageSwitch';
import { PageTitle } from '../ui/PageTitle';

export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <PageTitle subtitle={me?.email}>{t('account.title')}</PageTitle>
      <Stack maw={820}>
        <Card withBorder component="section" aria-labelledby="account-language">
          <Title id="account-language" order={2} size="h4" mb="xs">
            {t('shell.language')}
          </Title>
          <Group>
            <Text>{t('account.languageHelp')}</Text>
            <LanguageSwitch />
          </Group>
        </Card>
        <Card withBorder component="section" aria-labelledby="account-password">
          <Title id="account-password" order={2} size="h4" mb="xs">
            {t('account.changePassword')}
          </Title>
          <ChangePasswordForm />
        </Card>
        <Card withBorder component="section" aria-labelledby="account-sessions">
          <Title id="account-sessions" order={2} size="h4" mb="xs">
            {t('account.sessions')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('account.sessionsHelp')}
          </Text>
          <SessionsTable />
        </Card>
      </Stack>
    </>
  );
}
