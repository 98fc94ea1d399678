import { Badge, Button, Card, Group, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import {
  REVIEW_INPUT_MIN_SHOWN,
  REVIEW_INPUT_RELATIONS,
  RequestReviewInputBody,
  ReviewInputBody,
  type Review,
  type ReviewInputRelation,
  type ReviewInputRequest,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Section } from '../../../ui/Section';
import { useEveryone } from '../../people/hooks/usePeople';
import { useAnswerInput, useReviewChange } from '../hooks/useReviews';
import { useLevelOptions } from './ReviewHistory';

/** Input from peers and the assessor: how many answered; the answers, without names, from three on. */
export function ReviewInputs({ review }: { review: Review }) {
  const { t } = useTranslation();
  const levels = useLevelOptions(review.template.scale);
  const inputs = review.inputs;
  if (!inputs && !review.abilities.requestInput) return null;
  return (
    <Section title={t('reviews.inputs.title')}>
      <Stack>
        {inputs && (
          <>
            <Text>
              {t('reviews.inputs.counts', { answered: inputs.answered, requested: inputs.requested })}
            </Text>
            {inputs.askedNames.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('reviews.inputs.asked', { names: inputs.askedNames.join(', ') })}
              </Text>
            )}
            {!inputs.shown && (
              <Text size="sm">{t('reviews.inputs.hidden', { min: REVIEW_INPUT_MIN_SHOWN })}</Text>
            )}
            {inputs.answers.map((a, i) => (
              <Card key={i} withBorder padding="sm">
                <Group gap="xs">
                  <Badge variant="light">{t(`reviews.inputs.relation.${a.relation}`)}</Badge>
                  <Text size="sm">
                    {a.rating === null
                      ? t('reviews.inputs.noRating')
                      : levels.find((l) => l.value === String(a.rating))?.label}
                  </Text>
                </Group>
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {a.comment}
                </Text>
              </Card>
            ))}
          </>
        )}
        {review.abilities.requestInput && <RequestInputForm review={review} />}
      </Stack>
    </Section>
  );
}

function RequestInputForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const people = useEveryone();
  const change = useReviewChange(review.id);
  const form = useContractForm({
    schema: RequestReviewInputBody,
    initialValues: { personIds: [] as string[], relation: 'peer' as string | null },
    toBody: (v) => ({ personIds: v.personIds, relation: (v.relation ?? 'peer') as ReviewInputRelation }),
  });
  const options = (people.data ?? [])
    .filter((p) => p.status !== 'left' && p.id !== review.personId && p.id !== review.reviewerPersonId)
    .map((p) => ({ value: p.id, label: `${name(p.nameEn, p.nameZh)} · ${p.employeeNumber}` }));
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((body) =>
        change.mutate(
          { kind: 'requestInput', body },
          { onSuccess: () => form.reset(), onError: form.applyServerErrors },
        ),
      )}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('reviews.inputs.requestHelp', { min: REVIEW_INPUT_MIN_SHOWN })}
        </Text>
        <MultiSelect
          label={t('reviews.inputs.who')}
          data={options}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('personIds')}
        />
        <Select
          label={t('reviews.inputs.as')}
          data={REVIEW_INPUT_RELATIONS.map((r) => ({ value: r, label: t(`reviews.inputs.relation.${r}`) }))}
          maw={260}
          {...form.getInputProps('relation')}
        />
        <ErrorAlert error={change.error} />
        <Button type="submit" variant="default" w="fit-content" loading={change.isPending}>
          {t('reviews.inputs.request')}
        </Button>
      </Stack>
    </form>
  );
}

/** Requests for my input on others' reviews: each answered (and changed) while it is open. */
export function InputRequests({ requests }: { requests: ReviewInputRequest[] }) {
  const { t } = useTranslation();
  if (requests.length === 0) return <Text c="dimmed">{t('reviews.inputs.noneAsked')}</Text>;
  return (
    <Stack>
      <Text size="sm">{t('reviews.inputs.anonymous', { min: REVIEW_INPUT_MIN_SHOWN })}</Text>
      {requests.map((r) => (
        <InputAnswer key={r.id} request={r} />
      ))}
    </Stack>
  );
}

function InputAnswer({ request: r }: { request: ReviewInputRequest }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const levels = useLevelOptions(r.scale);
  const answer = useAnswerInput();
  const form = useContractForm({
    schema: ReviewInputBody,
    initialValues: { rating: r.rating === null ? null : String(r.rating), comment: r.comment ?? '' } as {
      rating: string | null;
      comment: string;
    },
    toBody: (v) => ({ rating: v.rating ? Number(v.rating) : null, comment: v.comment.trim() }),
  });
  const who = name(r.personName, r.personNameZh);
  return (
    <Card withBorder component="section" aria-label={who}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {who} · {name(r.cycleNameEn, r.cycleNameZh)}
          </Text>
          <Badge variant="light">{t(`reviews.inputs.relation.${r.relation}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {r.open
            ? t('reviews.inputs.due', { date: formatDate(r.dueOn, i18n.language) })
            : t('reviews.inputs.closed')}
          {r.submittedAt
            ? ` · ${t('reviews.inputs.given', { at: formatDateTime(r.submittedAt, i18n.language) })}`
            : ''}
        </Text>
        {r.open ? (
          <form
            noValidate
            onSubmit={form.onSubmit((body) =>
              answer.mutate({ id: r.id, body }, { onError: form.applyServerErrors }),
            )}
          >
            <Stack gap="xs">
              <Select
                label={t('reviews.inputs.rating')}
                description={t('reviews.inputs.ratingHelp')}
                data={levels}
                clearable
                maw={320}
                {...form.getInputProps('rating')}
              />
              <Textarea
                label={t('reviews.inputs.comment')}
                required
                autosize
                minRows={3}
                {...form.getInputProps('comment')}
              />
              <ErrorAlert error={answer.error} />
              <Button type="submit" w="fit-content" loading={answer.isPending}>
                {r.submittedAt ? t('reviews.inputs.update') : t('reviews.inputs.give')}
              </Button>
            </Stack>
          </form>
        ) : (
          r.comment && <Text size="sm">{r.comment}</Text>
        )}
      </Stack>
    </Card>
  );
}

/** A link to the input requests, shown when there are any open. */
export function InputRequestsLink({ open }: { open: number }) {
  const { t } = useTranslation();
  if (open === 0) return null;
  return (
    <Button component={Link} to="/review-inputs" variant="light" w="fit-content">
      {t('reviews.inputs.openCount', { count: open })}
    </Button>
  );
}
