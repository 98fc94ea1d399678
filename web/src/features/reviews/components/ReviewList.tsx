import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { Review } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { useSession } from '../../auth/hooks/useSession';
import { useReviews } from '../hooks/useReviews';
import { ReviewStatusBadge } from './ReviewStatusBadge';

/** My reviews, and the reviews I write or see as a leader. */
export function ReviewList() {
  const { t } = useTranslation();
  const { me } = useSession();
  const mine = useReviews({ scope: 'mine' }, !!me?.personId);
  const team = useReviews({ scope: 'team' });
  return (
    <Stack>
      {me?.personId && (
        <Section title={t('reviews.mine')}>
          <ErrorAlert error={mine.error} />
          {mine.data ? (
            <ReviewTable reviews={mine.data} caption={t('reviews.mine')} />
          ) : (
            !mine.error && <Loading />
          )}
        </Section>
      )}
      <Section title={t('reviews.team')}>
        <ErrorAlert error={team.error} />
        {team.data ? (
          <ReviewTable reviews={team.data} caption={t('reviews.team')} />
        ) : (
          !team.error && <Loading />
        )}
      </Section>
    </Stack>
  );
}

function ReviewTable({ reviews, caption }: { reviews: Review[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  if (reviews.length === 0) return <Text c="dimmed">{t('reviews.none')}</Text>;
  return (
    <ScrollRegion label={t('reviews.tableOf', { name: caption })}>
      <Table miw={640} striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reviews.person')}</Table.Th>
            <Table.Th>{t('reviews.cycle')}</Table.Th>
            <Table.Th>{t('reviews.stage')}</Table.Th>
            <Table.Th>{t('reviews.reviewer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/reviews/${r.id}`}>
                  {name(r.personName, r.personNameZh)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {name(r.cycleNameEn, r.cycleNameZh)}
                <Text size="xs" c="dimmed">
                  {formatDate(r.periodFrom, i18n.language)} – {formatDate(r.periodTo, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ReviewStatusBadge status={r.status} />
                {r.overdue && (
                  <Text size="xs" c="red.8">
                    {t('reviews.overdue')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.reviewerName ? name(r.reviewerName, r.reviewerNameZh) : t('reviews.noReviewer')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
