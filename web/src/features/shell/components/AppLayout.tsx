import { AppShell, Burger, Group, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../../auth/hooks/useSession';
import { NotificationsMenu } from '../../notifications/components/NotificationsMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** Header (product, language, notifications, user), navigation by permission, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="fl-skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.menu')}
              aria-expanded={opened}
            />
            <UnstyledButton
              component={Link}
              to="/"
              fw={700}
              fz="lg"
              c="indigo.8"
              aria-label={t('shell.homeLink')}
            >
              Frontline
            </UnstyledButton>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            {can('goals.read') && <NotificationsMenu />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
