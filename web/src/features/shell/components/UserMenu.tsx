import { Box, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../../auth/hooks/useAuthMutations';
import { useSession } from '../../auth/hooks/useSession';

/** "Ka Yan Lee" → "KL"; a Chinese name → its first character. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* the name holds what is seen at either width: the display name, or its initials on a phone */}
        <Button
          variant="light"
          size="xs"
          aria-label={`${initials(me?.displayName ?? '')} ${t('shell.userMenu', { name: me?.displayName ?? '' })}`}
        >
          <Box component="span" visibleFrom="sm">
            {me?.displayName}
          </Box>
          <Box component="span" hiddenFrom="sm" aria-hidden="true">
            {initials(me?.displayName ?? '')}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me?.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
          }
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
