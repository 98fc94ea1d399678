import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, notificationKeys } from '../api';

/** The latest notifications (all, or only the unread), refreshed every minute. */
export function useNotifications(unread: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unread),
    queryFn: () => fetchNotifications(unread),
    refetchInterval: 60_000,
  });
}

export const useUnreadNotifications = () => useNotifications(true);

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
