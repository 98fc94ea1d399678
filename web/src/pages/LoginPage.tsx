import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { nextPath } from '../features/auth/components/RequireSession';
import { DemoLogins } from '../features/auth/components/DemoLogins';
import { LoginForm, useLoginForm } from '../features/auth/components/LoginForm';
import { useSession } from '../features/auth/hooks/useSession';
import { PublicLayout } from '../features/shell/components/PublicLayout';

export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useLoginForm();
  useEffect(() => {
    document.title = `${t('login.title')} · Frontline`;
  }, [t]);
  return (
    <PublicLayout>
      <Stack>
        <div>
          <Title order={1} size="h2">
            {t('login.heading')}
          </Title>
          <Text c="dimmed">{t('login.tagline')}</Text>
        </div>
        <LoginForm
          form={form}
          onSignedIn={() => void navigate(nextPath(location.search), { replace: true })}
        />
        {state?.demo && (
          <DemoLogins
            onPick={(email, password) => {
              form.setFieldValue('email', email);
              form.setFieldValue('password', password);
            }}
          />
        )}
      </Stack>
    </PublicLayout>
  );
}
