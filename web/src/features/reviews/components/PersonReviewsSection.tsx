import { Anchor, Table, Text } from '@mantine/core';
import type { Review } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { QueryState } from '../../../ui/QueryState';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { useReviews } from '../hooks/useReviews';
import { ReviewStatusBadge } from './ReviewStatusBadge';

/**
 * A person's reviews on their page, as the reader may see them (the server scopes the list): the
 * cycle and period (a link to the review), the stage and the overall rating once it is shared.
 */
export function PersonReviewsSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const q = useReviews({ personId });
  const overall = (r: Review) => {
    // As the review shows a level: "3 · Meets expectations".
    const v = r.manager?.overallRating;
    if (v === null || v === undefined) return '—';
    const l = r.template.scale.levels.find((x) => x.value === v);
    return l ? `${v} · ${name(l.labelEn, l.labelZh)}` : String(v);
  };
  return (
    <Section title={t('reviews.title')}>
      <QueryState query={q}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('reviews.none')}</Text>
          ) : (
            <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.title') })}>
              <Table miw={320} withTableBorder verticalSpacing="xs">
                <Table.Caption>{t('reviews.title')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reviews.cycle')}</Table.Th>
                    <Table.Th>{t('reviews.stage')}</Table.Th>
                    <Table.Th>{t('reviews.overall')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/reviews/${r.id}`}>
                          {name(r.cycleNameEn, r.cycleNameZh)}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {formatDate(r.periodFrom, i18n.language)} – {formatDate(r.periodTo, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ReviewStatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>{overall(r)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )
        }
      </QueryState>
    </Section>
  );
}
