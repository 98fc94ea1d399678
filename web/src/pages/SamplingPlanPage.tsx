import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ItemKey } from '../features/sampling/components/ItemLink';
import { PrecisionText } from '../features/sampling/components/PrecisionText';
import { useDrawSample, useSamplingPlan, useUpdatePlan } from '../features/sampling/hooks/useSampling';
import { useLocalName } from '../lib/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

const pct = (done: number, planned: number) => (planned ? Math.round((100 * done) / planned) : 0);

/** One sampling plan: its precision in words, a period's draw and everyone's progress. */
export function SamplingPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const q = useSamplingPlan(id, period);
  const draw = useDrawSample(id);
  const update = useUpdatePlan(id);
  return (
    <QueryState query={q}>
      {(plan) => {
        const d = plan.draw;
        // Until the current period is drawn the server answers the latest drawn one.
        const shown = period ?? d?.period ?? plan.currentPeriod;
        const currentUndrawn = !plan.periods.includes(plan.currentPeriod) && shown !== plan.currentPeriod;
        const periods = [...new Set([plan.currentPeriod, ...plan.periods])];
        return (
          <>
            <PageTitle
              subtitle={`${name(plan.scorecard.titleEn, plan.scorecard.titleZh)} · ${t(`sampling.perPeriod.${plan.periodKind}`, { count: plan.perPerson })}`}
            >
              {plan.title}
            </PageTitle>
            <Stack>
              <Group>
                <Badge color={plan.active ? 'teal.9' : 'gray.7'}>
                  {plan.active ? t('sampling.active') : t('sampling.paused')}
                </Badge>
                <Button
                  variant="default"
                  loading={update.isPending}
                  onClick={() => update.mutate({ active: !plan.active })}
                >
                  {plan.active ? t('sampling.pause') : t('sampling.resume')}
                </Button>
              </Group>
              <Text size="sm">
                {t('sampling.people')}:{' '}
                {plan.orgUnit ? name(plan.orgUnit.nameEn, plan.orgUnit.nameZh) : t('sampling.assessorUnits')}{' '}
                · {t('sampling.channels')}:{' '}
                {plan.channels.length
                  ? plan.channels.map((c) => t(`sampling.channel.${c}`)).join(', ')
                  : t('sampling.allChannels')}{' '}
                · {t('sampling.assessors')}: {plan.assessors.map((a) => a.name).join(', ')}
              </Text>
              <Card withBorder>
                <PrecisionText p={plan.precision} kind={plan.periodKind} />
              </Card>
              <Group align="end">
                <Select
                  label={t('sampling.periodLabel')}
                  allowDeselect={false}
                  data={periods}
                  value={shown}
                  onChange={(v) => setPeriod(v ?? undefined)}
                  w={180}
                />
                {!d && (
                  <Button
                    disabled={!plan.active}
                    loading={draw.isPending}
                    onClick={() => draw.mutate({ period: shown })}
                  >
                    {t('sampling.draw')}
                  </Button>
                )}
              </Group>
              {currentUndrawn && (
                <Group>
                  <Text c="dimmed">{t('sampling.notDrawn', { period: plan.currentPeriod })}</Text>
                  <Button
                    variant="default"
                    disabled={!plan.active}
                    loading={draw.isPending}
                    onClick={() => draw.mutate({ period: plan.currentPeriod })}
                  >
                    {t('sampling.draw')}
                  </Button>
                </Group>
              )}
              <ErrorAlert error={draw.error ?? update.error} />
              {!d ? (
                <Text c="dimmed">{t('sampling.notDrawn', { period: shown })}</Text>
              ) : (
                <>
                  <Text size="sm">
                    {t('sampling.drawnInfo', {
                      start: d.periodStart,
                      end: d.periodEnd,
                      seed: d.seed,
                      by: d.drawnBy ?? '—',
                    })}
                  </Text>
                  <div>
                    <Text fw={600}>
                      {t('sampling.progress', { done: d.progress.done, planned: d.progress.planned })}
                    </Text>
                    <Progress
                      value={pct(d.progress.done, d.progress.planned)}
                      aria-label={t('sampling.progressLabel')}
                    />
                  </div>
                  {d.people.some((p) => p.available > 0 && p.drawn < p.planned) && (
                    <Alert color="yellow" title={t('sampling.shortTitle')}>
                      {d.people
                        .filter((p) => p.available > 0 && p.drawn < p.planned)
                        .map((p) =>
                          t('sampling.short', {
                            name: name(p.nameEn, p.nameZh),
                            available: p.available,
                            planned: p.planned,
                          }),
                        )
                        .join(' ')}
                    </Alert>
                  )}
                  {d.people.some((p) => p.available === 0) && (
                    <Text size="sm" c="dimmed">
                      {t('sampling.noneImported', {
                        count: d.people.filter((p) => p.available === 0).length,
                        names: d.people
                          .filter((p) => p.available === 0)
                          .map((p) => name(p.nameEn, p.nameZh))
                          .join(', '),
                      })}
                    </Text>
                  )}
                  {d.items.some((i) => i.assessor === null) && (
                    <Alert color="yellow">
                      {t('sampling.unassigned', { count: d.items.filter((i) => i.assessor === null).length })}
                    </Alert>
                  )}
                  <Title order={2} size="h4">
                    {t('sampling.byAssessor')}
                  </Title>
                  <Table.ScrollContainer minWidth={360} tabIndex={0} aria-label={t('sampling.byAssessor')}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('sampling.assessor')}</Table.Th>
                          <Table.Th>{t('sampling.done')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {d.assessors.map((a) => (
                          <Table.Tr key={a.userId ?? 'none'}>
                            <Table.Td>{a.name ?? t('sampling.nobody')}</Table.Td>
                            <Table.Td>
                              {a.done} / {a.planned}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  <Title order={2} size="h4">
                    {t('sampling.byPerson')}
                  </Title>
                  <Table.ScrollContainer minWidth={420} tabIndex={0} aria-label={t('sampling.byPerson')}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('sampling.person')}</Table.Th>
                          <Table.Th>{t('sampling.available')}</Table.Th>
                          <Table.Th>{t('sampling.done')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {d.people.map((p) => (
                          <Table.Tr key={p.personId}>
                            <Table.Td>{name(p.nameEn, p.nameZh)}</Table.Td>
                            <Table.Td>{p.available}</Table.Td>
                            <Table.Td>
                              {p.done} / {p.drawn}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  <Title order={2} size="h4">
                    {t('sampling.items')}
                  </Title>
                  <Table.ScrollContainer minWidth={560} tabIndex={0} aria-label={t('sampling.items')}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('sampling.person')}</Table.Th>
                          <Table.Th>{t('sampling.channelLabel')}</Table.Th>
                          <Table.Th>{t('sampling.interaction')}</Table.Th>
                          <Table.Th>{t('sampling.assessor')}</Table.Th>
                          <Table.Th>{t('sampling.status')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {d.items.map((i) => (
                          <Table.Tr key={i.id}>
                            <Table.Td>{name(i.person.nameEn, i.person.nameZh)}</Table.Td>
                            <Table.Td>{t(`sampling.channel.${i.channel}`)}</Table.Td>
                            <Table.Td>
                              <ItemKey item={i} />
                            </Table.Td>
                            <Table.Td>{i.assessor?.name ?? t('sampling.nobody')}</Table.Td>
                            <Table.Td>
                              {i.done
                                ? t('sampling.isDone')
                                : i.evaluation
                                  ? t('sampling.started')
                                  : t('sampling.toDo')}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </>
              )}
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
