import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages before sign-in: product name and language switch, then the page. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Box
        component="header"
        py="sm"
        px="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" maw={1100} mx="auto">
          <Text fw={700} fz="lg" c="indigo.8">
            Frontline
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" size={560} py="xl" aria-label={t('shell.mainContent')}>
        {children}
      </Container>
    </>
  );
}
