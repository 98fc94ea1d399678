import { Badge, Box, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@frontline/contract';
import { formatDateTime } from '../../../lib/i18n';
import { badgeCount, notificationPath } from '../api';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useUnreadNotifications,
} from '../hooks/useNotifications';
import { notificationText } from './notification-text';

export function NotificationsMenu() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notes = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = notes.data?.unread ?? 0;
  const items = notes.data?.items ?? [];
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
                <Badge
                  size="sm"
                  color="red"
                  variant="filled"
                  circle={unread < 10}
                  // Never "1…": the count keeps its width however narrow the header is.
                  style={{ flexShrink: 0, overflow: 'visible' }}
                  styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                >
                  {badgeCount(unread)}
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
      <Menu.Dropdown maw={380}>
        {items.length === 0 && <Menu.Label>{t('shell.noNotifications')}</Menu.Label>}
        {items.length > 0 && (
          <Menu.Item onClick={() => markAll.mutate()} disabled={markAll.isPending}>
            <Text size="sm" fw={600}>
              {t('notifications.markAllRead')}
            </Text>
          </Menu.Item>
        )}
        {items.length > 0 && <Menu.Divider />}
        {items.map((n) => (
          <Menu.Item key={n.id} onClick={() => open(n)}>
            <Text size="sm">{notificationText(t, n)}</Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(n.createdAt, i18n.language)}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate('/notifications')}>
          {t('notifications.seeAll')}
          {unread > items.length
            ? ` (${t('notifications.moreUnread', { count: unread - items.length })})`
            : ''}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
