import { Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { problemMessage } from '../lib/problem';

/** When a page fails to load (for instance a new version was deployed): say so and offer a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('routeError.title')}
        </Title>
        <Text role="alert">{problemMessage(t, error)}</Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('routeError.reload')}
        </Button>
        <Anchor href="/">{t('notFound.home')}</Anchor>
      </Stack>
    </Container>
  );
}
