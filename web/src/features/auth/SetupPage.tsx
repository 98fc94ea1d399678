import { Box, Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionState } from '@frontline/contract';
import { post } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function SetupPage() {
  const { t } = useTranslation();
  const { accept } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    setupToken: '',
    organisationName: '',
    displayName: '',
    email: '',
    password: '',
  });
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      accept(await post<SessionState>('/api/v1/auth/setup', form));
      void navigate('/');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Box component="main" p="md">
      <Center mih="90vh">
        <Card withBorder w={480} maw="100%" padding="lg" component="form" onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={1} size="h3">
              {t('setup.title')}
            </Title>
            <LanguageSwitch me={null} />
            <Text size="sm" c="dimmed">
              {t('setup.intro')}
            </Text>
            <TextInput
              label={t('setup.token')}
              required
              value={form.setupToken}
              onChange={set('setupToken')}
            />
            <TextInput
              label={t('setup.organisation')}
              required
              value={form.organisationName}
              onChange={set('organisationName')}
            />
            <TextInput
              label={t('setup.name')}
              required
              value={form.displayName}
              onChange={set('displayName')}
            />
            <TextInput
              label={t('login.email')}
              type="email"
              required
              value={form.email}
              onChange={set('email')}
            />
            <PasswordInput
              label={t('login.password')}
              description={t('account.passwordRule')}
              required
              value={form.password}
              onChange={set('password')}
            />
            <ErrorAlert error={error} />
            <Button type="submit">{t('setup.submit')}</Button>
          </Stack>
        </Card>
      </Center>
    </Box>
  );
}
