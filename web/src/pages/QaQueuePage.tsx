import { Anchor, Badge, Button, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ItemKey } from '../features/sampling/components/ItemLink';
import { useQaQueue } from '../features/sampling/hooks/useSampling';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

const pct = (done: number, planned: number) => (planned ? Math.round((100 * done) / planned) : 0);

/** The assessor's sampled interactions this period, progress, and Score (the new-evaluation form prefilled). */
export function QaQueuePage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useQaQueue();
  return (
    <>
      <PageTitle subtitle={t('sampling.queueSubtitle')}>{t('sampling.queueTitle')}</PageTitle>
      <QueryState query={q}>
        {(queue) =>
          queue.items.length === 0 ? (
            <Text c="dimmed">{t('sampling.queueEmpty')}</Text>
          ) : (
            <Stack>
              <div>
                <Text fw={600}>
                  {t('sampling.progress', { done: queue.progress.done, planned: queue.progress.planned })} ·{' '}
                  {t('sampling.dueBy', { date: queue.periodEnd })}
                </Text>
                <Progress
                  value={pct(queue.progress.done, queue.progress.planned)}
                  aria-label={t('sampling.progressLabel')}
                />
              </div>
              <Title order={2} size="h4">
                {t('sampling.byPerson')}
              </Title>
              <Table.ScrollContainer minWidth={300} tabIndex={0} aria-label={t('sampling.byPerson')}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('sampling.person')}</Table.Th>
                      <Table.Th>{t('sampling.done')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {queue.people.map((p) => (
                      <Table.Tr key={p.personId}>
                        <Table.Td>{name(p.nameEn, p.nameZh)}</Table.Td>
                        <Table.Td>
                          {p.done} / {p.planned}
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
                      <Table.Th>{t('sampling.due')}</Table.Th>
                      <Table.Th>{t('sampling.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {queue.items.map((i) => {
                      const score = `/evaluations/new?${new URLSearchParams({
                        scorecardId: i.scorecardId,
                        personId: i.person.id,
                        channel: i.channel,
                        ticketKey: i.interactionKey,
                        occurredOn: i.occurredOn,
                      }).toString()}`;
                      return (
                        <Table.Tr key={i.id}>
                          <Table.Td>{name(i.person.nameEn, i.person.nameZh)}</Table.Td>
                          <Table.Td>{t(`sampling.channel.${i.channel}`)}</Table.Td>
                          <Table.Td>
                            <ItemKey item={i} />
                          </Table.Td>
                          <Table.Td>{i.dueOn}</Table.Td>
                          <Table.Td>
                            {i.done ? (
                              <Badge color="teal.9">{t('sampling.isDone')}</Badge>
                            ) : i.evaluation ? (
                              <Anchor component={Link} to={`/evaluations/${i.evaluation.id}`}>
                                {t('sampling.continue')}
                              </Anchor>
                            ) : (
                              <Button
                                component={Link}
                                to={score}
                                size="xs"
                                aria-label={t('sampling.scoreFor', {
                                  name: name(i.person.nameEn, i.person.nameZh),
                                  key: i.interactionKey,
                                })}
                              >
                                {t('sampling.score')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
