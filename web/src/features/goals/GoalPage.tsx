import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Goal } from '@frontline/contract';
import { ApiError, get, post } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { StatusBadge } from '../../ui/StatusBadge';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { SmartChecks } from './SmartChecks';
import { formatValue, useGoal, useIndicators } from './api';

export function GoalPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const goal = useGoal(id);
  const indicators = useIndicators();
  const versions = useQuery({
    queryKey: ['goal-versions', id],
    queryFn: () =>
      get<{ version: number; agreedAt: string; snapshot: { target: number | null; title: string } }[]>(
        `/api/v1/goals/${id}/versions`,
      ),
    enabled: !!id,
  });
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: ({ action, body }: { action: string; body?: unknown }) =>
      post<Goal>(`/api/v1/goals/${id}/${action}`, body),
    onSuccess: async () => {
      setReason('');
      await qc.invalidateQueries({ queryKey: ['goal', id] });
      await qc.invalidateQueries({ queryKey: ['goals'] });
      await qc.invalidateQueries({ queryKey: ['goal-versions', id] });
      await qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
  if (goal.error instanceof ApiError && goal.error.status === 404) return <NotFoundPage />;
  if (goal.error) return <ErrorAlert error={goal.error} />;
  if (!goal.data) return <Loading />;
  const g = goal.data;
  const ind = indicators.data?.find((i) => i.id === g.indicatorId);
  const fmt = (v: number | null | undefined) => formatValue(v, ind, i18n.language);
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—');
  const field = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
  const a = g.abilities;
  return (
    <>
      <PageTitle
        actions={
          a.edit && (
            <Button variant="light" component={Link} to={`/goals/${g.id}/edit`}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        {g.title}
      </PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder>
              <Group mb="sm">
                <StatusBadge value={g.status} label={t(`goalStatus.${g.status}`)} />
                <Text size="sm" c="dimmed">
                  {t('goals.version', { version: g.version })}
                </Text>
              </Group>
              <Text mb="sm" style={{ whiteSpace: 'pre-line' }}>
                {g.description}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {field(t('goals.person'), <Link to={`/people/${g.personId}`}>{g.personName}</Link>)}
                {field(t('goals.period'), `${g.periodStart} – ${g.periodEnd}`)}
                {field(t('goals.weight'), `${g.weight}%`)}
                {g.kind === 'indicator' ? (
                  <>
                    {field(
                      t('goals.indicator'),
                      ind
                        ? i18n.language === 'zh-Hant' && ind.nameZh
                          ? ind.nameZh
                          : ind.nameEn
                        : g.indicatorCode,
                    )}
                    {field(
                      t('goals.baseline'),
                      `${fmt(g.baseline)}${g.baselineSample ? ` (n=${g.baselineSample})` : ''}`,
                    )}
                    {field(t('goals.target'), fmt(g.target))}
                  </>
                ) : (
                  field(t('goals.successCriteria'), g.successCriteria)
                )}
              </SimpleGrid>
            </Card>
            {g.progress && (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  {t('goals.progress')}
                </Title>
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  {field(t('goals.current'), `${fmt(g.progress.current)} (n=${g.progress.sample})`)}
                  {field(
                    t('goals.attainment'),
                    g.progress.attainmentPct === null ? '—' : `${g.progress.attainmentPct.toFixed(0)}%`,
                  )}
                  {field(t('goals.projected'), fmt(g.progress.projected))}
                  {field(
                    t('goals.onTrack'),
                    g.progress.onTrack === null ? '—' : g.progress.onTrack ? t('common.yes') : t('common.no'),
                  )}
                </SimpleGrid>
                <Text size="xs" c="dimmed" mt="xs">
                  {t('goals.asOf', { date: g.progress.asOf })}
                </Text>
              </Card>
            )}
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('smart.title')}
              </Title>
              <SmartChecks checks={g.smart} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('goals.agreement')}
              </Title>
              <Stack gap={4} mb="sm">
                <Text size="sm">
                  {t('goals.staffAccepted')}: {when(g.staffAcceptedAt)}
                </Text>
                <Text size="sm">
                  {t('goals.supervisorAccepted')}: {when(g.supervisorAcceptedAt)}
                </Text>
              </Stack>
              {a.accept && (
                <Alert color="yellow" mb="sm">
                  {t('goals.awaitingYou')}
                </Alert>
              )}
              <Stack>
                {a.propose && (
                  <Button onClick={() => act.mutate({ action: 'propose' })}>
                    {t('goals.proposeAction')}
                  </Button>
                )}
                {a.accept && (
                  <Button color="green" onClick={() => act.mutate({ action: 'accept' })}>
                    {t('goals.accept')}
                  </Button>
                )}
                {a.activate && (
                  <Button onClick={() => act.mutate({ action: 'activate' })}>{t('goals.activate')}</Button>
                )}
                {a.close && (
                  <Group grow>
                    <Button
                      color="blue"
                      variant="light"
                      onClick={() => act.mutate({ action: 'close', body: { outcome: 'achieved' } })}
                    >
                      {t('goals.markAchieved')}
                    </Button>
                    <Button
                      color="red"
                      variant="light"
                      onClick={() => act.mutate({ action: 'close', body: { outcome: 'missed' } })}
                    >
                      {t('goals.markMissed')}
                    </Button>
                  </Group>
                )}
                {(a.decline || a.cancel) && (
                  <>
                    <Textarea
                      label={t('goals.reason')}
                      value={reason}
                      onChange={(e) => setReason(e.currentTarget.value)}
                      autosize
                      minRows={2}
                    />
                    <Group grow>
                      {a.decline && (
                        <Button
                          variant="default"
                          disabled={!reason.trim()}
                          onClick={() => act.mutate({ action: 'decline', body: { reason } })}
                        >
                          {t('goals.decline')}
                        </Button>
                      )}
                      {a.cancel && (
                        <Button
                          variant="default"
                          color="red"
                          disabled={!reason.trim()}
                          onClick={() => act.mutate({ action: 'cancel', body: { reason } })}
                        >
                          {t('goals.cancelGoal')}
                        </Button>
                      )}
                    </Group>
                  </>
                )}
                <ErrorAlert error={act.error} />
              </Stack>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('goals.versions')}
              </Title>
              {(versions.data ?? []).length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('goals.noVersions')}
                </Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>{t('goals.agreedAt')}</Table.Th>
                      <Table.Th>{t('goals.target')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {(versions.data ?? []).map((v) => (
                      <Table.Tr key={v.version}>
                        <Table.Td>{v.version}</Table.Td>
                        <Table.Td>{when(v.agreedAt)}</Table.Td>
                        <Table.Td>{fmt(v.snapshot.target)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
