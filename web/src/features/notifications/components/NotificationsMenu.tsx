import { Badge, Box, Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@frontline/contract';
import { notificationPath } from '../api';
import { useMarkNotificationRead, useUnreadNotifications } from '../hooks/useNotifications';

export function NotificationsMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notes = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  const unread = notes.data?.unread ?? 0;
  const open = (n: Notification) => {
    markRead.mutate(n.id);
    const to = notificationPath(n);
    if (to) void navigate(to);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* named by its content (visible word, count, "unread" for screen readers), so the name matches what is seen */}
        <Button
          variant="subtle"
          size="xs"
          rightSection={
            unread > 0 ? (
              <>
                <Badge size="sm" color="red" variant="filled" circle>
                  {unread}
                </Badge>
                <VisuallyHidden>{t('shell.unread')}</VisuallyHidden>
              </>
            ) : undefined
          }
        >
          <Box component="span" visibleFrom="sm">
            {t('shell.notificationsShort')}
          </Box>
          <Box component="span" hiddenFrom="sm" display="inline-flex">
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden="true"
            >
              <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
            <VisuallyHidden>{t('shell.notificationsShort')}</VisuallyHidden>
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={360}>
        {(notes.data?.items ?? []).length === 0 && <Menu.Label>{t('shell.noNotifications')}</Menu.Label>}
        {(notes.data?.items ?? []).map((n) => (
          <Menu.Item key={n.id} onClick={() => open(n)}>
            {t(`notifications.${n.kind}`, {
              defaultValue: t('notifications.generic'),
              title: typeof n.data.title === 'string' ? n.data.title : '',
              course: typeof n.data.course === 'string' ? n.data.course : '',
            })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
