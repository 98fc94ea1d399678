import { Alert, Button, Grid, Group, List, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Review } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { EvidencePanel } from './EvidencePanel';
import { sectionKeys } from './RatingFields';
import { ManagerReviewForm, MeetingForm, SelfReviewForm, SignForm } from './ReviewForms';
import { ReviewHistory } from './ReviewHistory';
import { ReviewInputs } from './ReviewInputs';
import { ReviewPdfLinks } from './ReviewPdfLinks';
import { ReviewStatusBadge } from './ReviewStatusBadge';

/** One review: what the reader may write now, the evidence beside it, the meeting and the signatures. */
export function ReviewDetail({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const a = review.abilities;
  const main = (
    <Stack>
      {review.warnings.length > 0 && (
        <Alert color="orange" title={t('reviews.warnings.title')}>
          <List size="sm">
            {review.warnings.map((w) => (
              <List.Item key={`${w.kind}-${w.key}`}>
                {t(`reviews.warnings.${w.kind}`, {
                  item: itemName(review, w.key, name),
                  indicators: w.indicators.join(', '),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {a.writeSelf && (
        <Section title={t('reviews.selfReview')}>
          <SelfReviewForm review={review} />
        </Section>
      )}
      {a.writeManager && (
        <Section title={t('reviews.managerReview')}>
          <ManagerReviewForm review={review} />
        </Section>
      )}
      {!a.writeSelf && !a.writeManager && <ReviewSummary review={review} />}
      <ReviewInputs review={review} />
      <ReviewHistory review={review} />
      {(a.recordMeeting || review.meeting) && (
        <Section title={t('reviews.meeting')}>
          {review.meeting && !a.recordMeeting && (
            <Text>
              {formatDate(review.meeting.heldOn, lang)} · {review.meeting.notes}
            </Text>
          )}
          {a.recordMeeting && <MeetingForm review={review} />}
        </Section>
      )}
      {(review.status === 'sign_off' || review.status === 'signed') && (
        <Section title={t('reviews.signOff')}>
          <Stack>
            <Text>
              {t('reviews.signedByManager')}:{' '}
              {review.managerSignedAt ? formatDateTime(review.managerSignedAt, lang) : t('reviews.notYet')}
            </Text>
            <Text>
              {t('reviews.signedByPerson')}:{' '}
              {review.personSignedAt ? formatDateTime(review.personSignedAt, lang) : t('reviews.notYet')}
            </Text>
            {review.personComment && (
              <Text>
                {t('reviews.personComment')}: {review.personComment}
              </Text>
            )}
            {review.personDisagrees && <Alert color="yellow">{t('reviews.personDisagrees')}</Alert>}
            {review.status === 'signed' && <Text c="dimmed">{t('reviews.locked')}</Text>}
            {a.sign && <SignForm review={review} asPerson={a.signAsPerson} />}
          </Stack>
        </Section>
      )}
    </Stack>
  );
  return (
    <Stack>
      <Text>
        <ReviewStatusBadge status={review.status} /> {name(review.cycleNameEn, review.cycleNameZh)} ·{' '}
        {formatDate(review.periodFrom, lang)} – {formatDate(review.periodTo, lang)} · {t('reviews.reviewer')}:{' '}
        {review.reviewerName ? name(review.reviewerName, review.reviewerNameZh) : t('reviews.noReviewer')}
      </Text>
      <Text size="sm" c={review.overdue ? 'red.8' : 'dimmed'}>
        {t('reviews.dues', {
          self: formatDate(review.selfDue, lang),
          manager: formatDate(review.managerDue, lang),
          signOff: formatDate(review.signOffDue, lang),
        })}
        {review.overdue ? ` · ${t('reviews.overdue')}` : ''}
      </Text>
      <Group gap="xs">
        <ReviewPdfLinks reviewId={review.id} />
        {review.abilities.startImprovementPlan &&
          (review.status === 'sign_off' || review.status === 'signed') && (
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/improvement-plans/new?source=review&sourceId=${review.id}&personId=${review.personId}`}
            >
              {t('improvementPlans.new')}
            </Button>
          )}
      </Group>
      {review.evidence ? (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>{main}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Section title={t('reviews.evidence.title')}>
              <EvidencePanel evidence={review.evidence} />
            </Section>
          </Grid.Col>
        </Grid>
      ) : (
        main
      )}
    </Stack>
  );
}

function itemName(review: Review, key: string, name: (en: string, zh?: string | null) => string): string {
  for (const s of review.template.sections) {
    for (const k of sectionKeys(s)) if (k.key === key) return name(k.en, k.zh);
  }
  return key;
}

/** The review as written so far: each item's ratings by both sides, the comments, the plan and the overall rating. */
function ReviewSummary({ review }: { review: Review }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const levelName = (v: number | undefined) => {
    const l = review.template.scale.levels.find((x) => x.value === v);
    return l ? `${l.value} · ${name(l.labelEn, l.labelZh)}` : '—';
  };
  const plan = review.template.sections.find((s) => s.kind === 'development');
  return (
    <Section title={t('reviews.summary')}>
      <Stack>
        <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.summary') })}>
          <Table miw={480} withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('reviews.summary')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.item')}</Table.Th>
                <Table.Th>{t('reviews.selfSaid')}</Table.Th>
                <Table.Th>{t('reviews.managerSaid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.template.sections.flatMap((s) =>
                sectionKeys(s).map((k) => (
                  <Table.Tr key={k.key}>
                    <Table.Td>{name(k.en, k.zh)}</Table.Td>
                    <Table.Td>
                      {review.self ? levelName(review.self.ratings[k.key]) : t('reviews.notShared')}
                    </Table.Td>
                    <Table.Td>
                      {review.manager ? levelName(review.manager.ratings[k.key]) : t('reviews.notShared')}
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        {review.template.sections
          .filter((s) => review.manager?.comments[s.key] || review.self?.comments[s.key])
          .map((s) => (
            <div key={s.key}>
              <Text fw={600}>{name(s.titleEn, s.titleZh)}</Text>
              {review.self?.comments[s.key] && (
                <Text size="sm">
                  {t('reviews.selfSaid')}: {review.self.comments[s.key]}
                </Text>
              )}
              {review.manager?.comments[s.key] && (
                <Text size="sm">
                  {t('reviews.managerSaid')}: {review.manager.comments[s.key]}
                </Text>
              )}
            </div>
          ))}
        {plan && review.manager?.developmentPlan && (
          <div>
            <Text fw={600}>{name(plan.titleEn, plan.titleZh)}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {review.manager.developmentPlan}
            </Text>
          </div>
        )}
        {review.manager && (
          <Text>
            {t('reviews.overall')}: {levelName(review.manager.overallRating ?? undefined)} ·{' '}
            {t('reviews.formula', { value: review.formula === null ? '—' : review.formula.toFixed(2) })}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
