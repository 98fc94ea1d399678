import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@frontline/contract';
import { notificationPath } from '../features/notifications/api';
import { groupByDay, notificationText } from '../features/notifications/components/notification-text';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '../features/notifications/hooks/useNotifications';
import { appNow, formatDate } from '../lib/dates';
import { formatDateTime } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Every notification of the signed-in user (the latest 100), by day, read and unread. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const notes = useNotifications(show === 'unread');
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    const to = notificationPath(n);
    if (to) void navigate(to);
  };
  return (
    <>
      <PageTitle subtitle={t('notifications.pageSubtitle')}>{t('notifications.pageTitle')}</PageTitle>
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          value={show}
          onChange={(v) => setShow(v as 'all' | 'unread')}
          data={[
            { value: 'all', label: t('notifications.showAll') },
            { value: 'unread', label: t('notifications.showUnread') },
          ]}
        />
        <Button
          variant="light"
          onClick={() => markAll.mutate()}
          loading={markAll.isPending}
          disabled={(notes.data?.unread ?? 0) === 0}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <QueryState query={notes}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{show === 'unread' ? t('notifications.noneUnread') : t('shell.noNotifications')}</Text>
          ) : (
            <Stack gap="lg">
              <Text size="sm" c="dimmed">
                {t('notifications.unreadCount', { count: data.unread })}
              </Text>
              {groupByDay(data.items, appNow()).map((g) => (
                <section key={g.day} aria-labelledby={`day-${g.day}`}>
                  <Title order={2} size="h4" id={`day-${g.day}`} mb="xs">
                    {g.when === 'date' ? formatDate(g.day, i18n.language) : t(`notifications.${g.when}`)}
                  </Title>
                  <Stack gap={6}>
                    {g.items.map((n) => (
                      <Paper
                        key={n.id}
                        withBorder
                        p="sm"
                        bg={n.readAt ? undefined : 'var(--mantine-color-blue-light)'}
                      >
                        <UnstyledButton onClick={() => open(n)} w="100%">
                          <Group justify="space-between" wrap="nowrap" align="flex-start">
                            <div>
                              <Text size="sm" fw={n.readAt ? 400 : 600}>
                                {notificationText(t, n)}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {formatDateTime(n.createdAt, i18n.language)}
                              </Text>
                            </div>
                            {!n.readAt && (
                              <Badge size="sm" variant="filled" style={{ flexShrink: 0 }}>
                                {t('notifications.unreadTag')}
                              </Badge>
                            )}
                          </Group>
                        </UnstyledButton>
                      </Paper>
                    ))}
                  </Stack>
                </section>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
