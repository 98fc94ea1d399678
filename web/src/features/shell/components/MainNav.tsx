import { NavLink, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isActive, useNavItems, type NavItem } from '../hooks/useNavItems';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { main, admin } = useNavItems();
  const link = (item: NavItem) => {
    const active = isActive(item, pathname);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  };
  return (
    <ScrollArea type="auto">
      {main.map(link)}
      {admin.length > 0 && (
        <div role="group" aria-labelledby="fl-admin-nav">
          <Text id="fl-admin-nav" size="xs" fw={700} c="dimmed" mt="md" mb={4} px="sm" tt="uppercase">
            {t('nav.admin')}
          </Text>
          {admin.map(link)}
          <NavLink component="a" href="/api/docs" label={t('nav.apiDocs')} target="_blank" rel="noopener" />
        </div>
      )}
    </ScrollArea>
  );
}
