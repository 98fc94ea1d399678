import {
  Alert,
  Anchor,
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
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '@frontline/contract';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useGoalAction, useGoalVersions } from '../hooks/useGoals';
import { formatValue } from '../../indicators/utils/format';
import { SmartChecks } from './SmartChecks';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** A goal: what, for whom, progress, the SMART check, agreement from both sides, and versions. */
export function GoalDetail({ goal: g }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const versions = useGoalVersions(g.id);
  const act = useGoalAction(g.id);
  const [reason, setReason] = useState('');
  const ind = indicators.data?.find((i) => i.id === g.indicatorId);
  const fmt = (v: number | null | undefined) => formatValue(v, ind, i18n.language);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const a = g.abilities;
  const run = (action: Parameters<typeof act.mutate>[0]) =>
    act.mutate(action, { onSuccess: () => setReason('') });
  return (
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
            <Text mb="sm" className="fl-pre-line">
              {g.description}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Field label={t('goals.person')}>
                <Anchor component={Link} to={`/people/${g.personId}`}>
                  {g.personName}
                </Anchor>
              </Field>
              <Field label={t('goals.period')}>{`${g.periodStart} – ${g.periodEnd}`}</Field>
              <Field label={t('goals.weight')}>{`${g.weight}%`}</Field>
              {g.kind === 'indicator' ? (
                <>
                  <Field label={t('goals.indicator')}>
                    {ind ? name(ind.nameEn, ind.nameZh) : g.indicatorCode}
                  </Field>
                  <Field label={t('goals.baseline')}>
                    {`${fmt(g.baseline)}${g.baselineSample ? ` (n=${g.baselineSample})` : ''}`}
                  </Field>
                  <Field label={t('goals.target')}>{fmt(g.target)}</Field>
                </>
              ) : (
                <Field label={t('goals.successCriteria')}>{g.successCriteria}</Field>
              )}
            </SimpleGrid>
          </Card>
          {g.progress && (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('goals.progress')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Field
                  label={t('goals.current')}
                >{`${fmt(g.progress.current)} (n=${g.progress.sample})`}</Field>
                <Field label={t('goals.attainment')}>
                  {g.progress.attainmentPct === null ? '—' : `${g.progress.attainmentPct.toFixed(0)}%`}
                </Field>
                <Field label={t('goals.projected')}>{fmt(g.progress.projected)}</Field>
                <Field label={t('goals.onTrack')}>
                  {g.progress.onTrack === null ? '—' : g.progress.onTrack ? t('common.yes') : t('common.no')}
                </Field>
              </SimpleGrid>
              <Text size="xs" c="dimmed" mt="xs">
                {t('goals.asOf', { date: g.progress.asOf })}
              </Text>
            </Card>
          )}
          {g.evidence && (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('goals.evidence.title')}
              </Title>
              <Alert
                role="status"
                color={
                  g.evidence.verdict === 'achieved'
                    ? 'green'
                    : g.evidence.verdict === 'missed'
                      ? 'red'
                      : 'yellow'
                }
              >
                {t(`goals.evidence.verdict.${g.evidence.verdict}`, {
                  value: fmt(g.evidence.value),
                  target: fmt(g.target),
                  n: g.evidence.sample,
                  min: g.evidence.minSample,
                })}
              </Alert>
              <details>
                <summary>{t('goals.evidence.statistics')}</summary>
                <Text size="sm">
                  {t('goals.evidence.detail', {
                    value: fmt(g.evidence.value),
                    low: fmt(g.evidence.low),
                    high: fmt(g.evidence.high),
                    n: g.evidence.sample,
                    from: g.evidence.from,
                    to: g.evidence.to,
                  })}
                </Text>
              </details>
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
              <Alert color="yellow" mb="sm" role="status">
                {t('goals.awaitingYou')}
              </Alert>
            )}
            <Stack>
              {a.propose && (
                <Button onClick={() => run({ action: 'propose' })}>{t('goals.proposeAction')}</Button>
              )}
              {a.accept && (
                <Button color="green" onClick={() => run({ action: 'accept' })}>
                  {t('goals.accept')}
                </Button>
              )}
              {a.activate && (
                <Button onClick={() => run({ action: 'activate' })}>{t('goals.activate')}</Button>
              )}
              {a.close && (
                <Group grow>
                  {a.closeAchieved && (
                    <Button
                      color="blue"
                      variant="light"
                      onClick={() => run({ action: 'close', body: { outcome: 'achieved' } })}
                    >
                      {t('goals.markAchieved')}
                    </Button>
                  )}
                  <Button
                    color="red"
                    variant="light"
                    onClick={() => run({ action: 'close', body: { outcome: 'missed' } })}
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
                        onClick={() => run({ action: 'decline', body: { reason } })}
                      >
                        {t('goals.decline')}
                      </Button>
                    )}
                    {a.cancel && (
                      <Button
                        variant="default"
                        color="red"
                        disabled={!reason.trim()}
                        onClick={() => run({ action: 'cancel', body: { reason } })}
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
                    <Table.Th scope="col">#</Table.Th>
                    <Table.Th scope="col">{t('goals.agreedAt')}</Table.Th>
                    <Table.Th scope="col">{t('goals.target')}</Table.Th>
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
  );
}
