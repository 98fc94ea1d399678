import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchUnreadNotifications, markNotificationRead, notificationKeys } from '../api';

export function useUnreadNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: fetchUnreadNotifications,
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
