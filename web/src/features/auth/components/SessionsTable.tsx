import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useRevokeSession, useSessions } from '../hooks/useAuthMutations';

/** A short name for a browser from its user-agent string. */
export function describeAgent(ua: string | null): string {
  if (!ua) return '—';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return browser ? `${browser}${os ? ` · ${os}` : ''}` : ua.slice(0, 60);
}

export function SessionsTable() {
  const { t, i18n } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  if (sessions.isPending) return <Loading />;
  return (
    <>
      <ErrorAlert error={sessions.error ?? revoke.error} />
      <Table.ScrollContainer minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('account.device')}</Table.Th>
              <Table.Th scope="col">{t('account.signedIn')}</Table.Th>
              <Table.Th scope="col">{t('account.lastSeen')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(sessions.data ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{describeAgent(s.userAgent)}</Table.Td>
                <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{formatDateTime(s.lastSeenAt, i18n.language)}</Table.Td>
                <Table.Td>
                  {s.current ? (
                    <Badge variant="light" color="green" autoContrast tt="none">
                      {t('account.thisSession')}
                    </Badge>
                  ) : (
                    <ConfirmButton
                      size="xs"
                      variant="light"
                      color="red"
                      title={t('account.revokeTitle')}
                      message={t('account.revokeText')}
                      onConfirm={() => revoke.mutate(s.id)}
                      loading={revoke.isPending && revoke.variables === s.id}
                    >
                      {t('account.revoke')}
                    </ConfirmButton>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
