import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { Notification, Permission } from '@frontline/contract';
import { get, post } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { Loading } from '../../ui/Loading';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  to: string;
  label: string;
  needs?: Permission;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { me, can, refresh } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notes = useQuery({
    queryKey: ['notifications'],
    queryFn: () => get<{ items: Notification[]; unread: number }>('/api/v1/notifications?unread=true'),
    refetchInterval: 60_000,
  });

  const main: NavItem[] = [
    { to: '/', label: t('nav.home') },
    { to: '/goals', label: t('nav.myGoals'), needs: 'goals.read' },
    { to: '/team-goals', label: t('nav.teamGoals'), needs: 'goals.manage' },
    { to: '/org-chart', label: t('nav.orgChart'), needs: 'people.read' },
    { to: '/people', label: t('nav.people'), needs: 'people.read' },
    { to: '/indicators', label: t('nav.indicators'), needs: 'indicators.read' },
    { to: '/targets', label: t('nav.targets'), needs: 'indicators.read' },
    { to: '/policies', label: t('nav.policies'), needs: 'indicators.read' },
  ];
  const admin: NavItem[] = [
    { to: '/admin/org-units', label: t('nav.orgUnits'), needs: 'org.write' },
    { to: '/admin/job-roles', label: t('nav.jobRoles'), needs: 'job_roles.write' },
    { to: '/people/import', label: t('nav.rosterImport'), needs: 'people.import' },
    { to: '/admin/users', label: t('nav.users'), needs: 'users.read' },
    { to: '/admin/audit', label: t('nav.audit'), needs: 'audit.read' },
  ].filter((i) => can(i.needs as Permission)) as NavItem[];

  const link = (i: NavItem) => (
    <NavLink
      key={i.to}
      component={Link}
      to={i.to}
      label={i.label}
      active={
        i.to === '/' || i.to === '/goals' ? location.pathname === i.to : location.pathname.startsWith(i.to)
      }
      onClick={close}
    />
  );

  const logout = async () => {
    await post('/api/v1/auth/logout');
    qc.clear();
    await refresh();
    void navigate('/login');
  };

  const openNote = async (n: Notification) => {
    await post(`/api/v1/notifications/${n.id}/read`).catch(() => undefined);
    await qc.invalidateQueries({ queryKey: ['notifications'] });
    if (n.entityType === 'goal') void navigate(`/goals/${n.entityId}`);
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <UnstyledButton component={Link} to="/" fw={700} fz="lg" c="indigo.8">
              Frontline
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch me={me} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  variant="subtle"
                  size="xs"
                  aria-label={t('shell.notifications', { count: notes.data?.unread ?? 0 })}
                  rightSection={
                    notes.data?.unread ? (
                      <Badge size="sm" color="red" variant="filled" circle>
                        {notes.data.unread}
                      </Badge>
                    ) : undefined
                  }
                >
                  {t('shell.notificationsShort')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {(notes.data?.items ?? []).length === 0 && (
                  <Menu.Label>{t('shell.noNotifications')}</Menu.Label>
                )}
                {(notes.data?.items ?? []).map((n) => (
                  <Menu.Item key={n.id} onClick={() => void openNote(n)}>
                    {t(`notifications.${n.kind}`, {
                      defaultValue: n.kind,
                      title: String(n.data.title ?? ''),
                    })}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="light" size="xs">
                  {me?.displayName}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} to="/account">
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item onClick={() => void logout()}>{t('shell.logout')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <ScrollArea>
          {main.filter((i) => !i.needs || can(i.needs)).map(link)}
          {admin.length > 0 && (
            <>
              <Text size="xs" fw={700} c="dimmed" mt="md" mb={4} px="sm" tt="uppercase">
                {t('nav.admin')}
              </Text>
              {admin.map(link)}
              <NavLink component="a" href="/api/docs" label={t('nav.apiDocs')} />
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
