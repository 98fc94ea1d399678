import {
  Alert,
  Anchor,
  Box,
  Button,
  Card,
  Center,
  Code,
  Group,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionState } from '@frontline/contract';
import { post } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LanguageSwitch } from '../shell/LanguageSwitch';

const DEMO = ['admin', 'hr', 'manager', 'supervisor', 'staff', 'lead', 'agent'];

export function LoginPage() {
  const { t } = useTranslation();
  const { state, accept } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      accept(await post<SessionState>('/api/v1/auth/login', { email, password }));
      void navigate('/');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" p="md">
      <Center mih="90vh">
        <Stack w={520} maw="100%">
          <Group justify="space-between">
            <Title order={1} size="h2" c="indigo.8">
              Frontline
            </Title>
            <LanguageSwitch me={null} />
          </Group>
          <Text c="dimmed">{t('login.tagline')}</Text>
          <Card withBorder shadow="sm" padding="lg" component="form" onSubmit={(e) => void submit(e)}>
            <Stack>
              <Title order={2} size="h4">
                {t('login.title')}
              </Title>
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <ErrorAlert error={error} />
              <Button type="submit" loading={busy}>
                {t('login.submit')}
              </Button>
            </Stack>
          </Card>
          {state?.demo && (
            <Alert color="yellow" title={t('login.demoTitle')}>
              <Text size="sm" mb="xs">
                {t('login.demoText')} <Code>frontline-demo</Code>
              </Text>
              <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
                <Table.Tbody>
                  {DEMO.map((d) => (
                    <Table.Tr key={d}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          onClick={() => {
                            setEmail(`${d}@demo.frontline.test`);
                            setPassword('frontline-demo');
                          }}
                        >
                          {d}@demo.frontline.test
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`login.demoRole.${d}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
