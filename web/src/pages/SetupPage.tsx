import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { SetupForm } from '../features/auth/components/SetupForm';
import { useSession } from '../features/auth/hooks/useSession';
import { PublicLayout } from '../features/shell/components/PublicLayout';

export function SetupPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${t('setup.title')} · Frontline`;
  }, [t]);
  if (state && !state.needsSetup) return <Navigate to="/login" replace />;
  return (
    <PublicLayout>
      <Stack>
        <div>
          <Title order={1} size="h2">
            {t('setup.title')}
          </Title>
          <Text c="dimmed">{t('setup.subtitle')}</Text>
        </div>
        <SetupForm onDone={() => void navigate('/', { replace: true })} />
      </Stack>
    </PublicLayout>
  );
}
