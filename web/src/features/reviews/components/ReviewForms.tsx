import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  ManagerReviewBody,
  ReviewMeetingBody,
  SelfReviewBody,
  weightedFormula,
  SignReviewBody,
  type Review,
} from '@frontline/contract';
import { useRef } from 'react';
import type { Static, TSchema } from 'typebox';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useReviewChange, type ReviewChange } from '../hooks/useReviews';
import { RatingFields, type RatingValues } from './RatingFields';

const toStrings = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])) as Record<string, string | null>;
const toNumbers = (r: Record<string, string | null>) =>
  Object.fromEntries(
    Object.entries(r)
      .filter((e): e is [string, string] => !!e[1])
      .map(([k, v]) => [k, Number(v)]),
  );
const nonEmpty = (c: Record<string, string>) =>
  Object.fromEntries(Object.entries(c).filter(([, v]) => v.trim()));

/**
 * A review form that can be saved as a draft or handed on: the rating fields bound to the form, and
 * the two buttons (which one was pressed goes in the body as `submit`).
 */
function useDraftForm<V extends RatingValues, S extends TSchema>(
  review: Review,
  kind: 'self' | 'manager',
  options: { schema: S; initialValues: V; toBody: (values: V, submit: boolean) => Static<S> },
) {
  const { t } = useTranslation();
  const change = useReviewChange(review.id);
  const submit = useRef(false);
  const form = useContractForm({
    schema: options.schema,
    deep: true,
    initialValues: options.initialValues,
    toBody: (v) => options.toBody(v, submit.current),
  });
  const onSubmit = form.onSubmit((body) =>
    change.mutate({ kind, body } as ReviewChange, { onError: form.applyServerErrors }),
  );
  const ratingProps = {
    review,
    values: form.values,
    setRating: (k: string, v: string | null) =>
      form.setValues({ ratings: { ...form.values.ratings, [k]: v } } as Partial<V>),
    setComment: (k: string, v: string) =>
      form.setValues({ comments: { ...form.values.comments, [k]: v } } as Partial<V>),
    errors: form.errors,
  };
  const footer = (handOn: string) => (
    <>
      <ErrorAlert error={change.error} />
      <Group>
        <Button
          type="submit"
          variant="default"
          loading={change.isPending}
          onClick={() => (submit.current = false)}
        >
          {t('reviews.saveDraft')}
        </Button>
        <Button type="submit" loading={change.isPending} onClick={() => (submit.current = true)}>
          {handOn}
        </Button>
      </Group>
    </>
  );
  return { form, onSubmit, ratingProps, footer };
}

/** The person's self review: save as a draft, or hand it to the manager. */
export function SelfReviewForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const { onSubmit, ratingProps, footer } = useDraftForm(review, 'self', {
    schema: SelfReviewBody,
    initialValues: {
      ratings: toStrings(review.self?.ratings ?? {}),
      comments: review.self?.comments ?? {},
    } as RatingValues,
    toBody: (f, submit) => ({ ratings: toNumbers(f.ratings), comments: nonEmpty(f.comments), submit }),
  });
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Stack>
        <Text c="dimmed">{t('reviews.selfHelp')}</Text>
        <RatingFields {...ratingProps} />
        {footer(t('reviews.handIn'))}
      </Stack>
    </Card>
  );
}

/** The manager's review: ratings (the self review beside them), comments, the plan and the overall rating. */
export function ManagerReviewForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const judgement = review.template.ratingRule === 'judgement';
  const { form, onSubmit, ratingProps, footer } = useDraftForm(review, 'manager', {
    schema: ManagerReviewBody,
    initialValues: {
      ratings: toStrings(review.manager?.ratings ?? {}),
      comments: review.manager?.comments ?? {},
      developmentPlan: review.manager?.developmentPlan ?? '',
      overallRating:
        review.manager?.overallRating === null || !review.manager
          ? null
          : String(review.manager.overallRating),
    } as RatingValues & { developmentPlan: string; overallRating: string | null },
    toBody: (f, submit) => ({
      ratings: toNumbers(f.ratings),
      comments: nonEmpty(f.comments),
      developmentPlan: f.developmentPlan,
      overallRating: judgement && f.overallRating ? Number(f.overallRating) : null,
      submit,
    }),
  });
  const plan = review.template.sections.find((s) => s.kind === 'development');
  // The formula as the ratings are chosen (the server computes the same on saving).
  const formula = weightedFormula(review.template.sections, toNumbers(form.values.ratings));
  const levels = review.template.scale.levels.map((l) => ({
    value: String(l.value),
    label: `${l.value} · ${name(l.labelEn, l.labelZh)}`,
  }));
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Stack>
        <RatingFields
          {...ratingProps}
          other={
            review.self?.submittedAt ? { label: t('reviews.selfSaid'), ratings: review.self.ratings } : null
          }
        />
        {plan && (
          <Textarea
            label={name(plan.titleEn, plan.titleZh)}
            description={t('reviews.planHelp')}
            autosize
            minRows={3}
            {...form.getInputProps('developmentPlan')}
          />
        )}
        <Text>{t('reviews.formula', { value: formula === null ? '—' : formula.toFixed(2) })}</Text>
        {judgement && (
          <Select
            label={t('reviews.overall')}
            description={t('reviews.overallHelp')}
            data={levels}
            clearable
            maw={360}
            {...form.getInputProps('overallRating')}
          />
        )}
        {footer(t('reviews.toSignOff'))}
      </Stack>
    </Card>
  );
}

/** The review meeting, recorded by the reviewer once held. */
export function MeetingForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const change = useReviewChange(review.id);
  const form = useContractForm({
    schema: ReviewMeetingBody,
    initialValues: { heldOn: review.meeting?.heldOn ?? todayIso(), notes: review.meeting?.notes ?? '' },
    toBody: (f) => f,
  });
  return (
    <form
      onSubmit={form.onSubmit((body) =>
        change.mutate({ kind: 'meeting', body }, { onError: form.applyServerErrors }),
      )}
      noValidate
    >
      <Stack>
        <TextInput type="date" label={t('reviews.meetingOn')} maw={220} {...form.getInputProps('heldOn')} />
        <Textarea label={t('reviews.meetingNotes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <ErrorAlert error={change.error} />
        <Button type="submit" variant="default" w="fit-content" loading={change.isPending}>
          {t('reviews.recordMeeting')}
        </Button>
      </Stack>
    </form>
  );
}

/** Signing: the person may comment and record that they disagree; the reviewer just signs. */
export function SignForm({ review, asPerson }: { review: Review; asPerson: boolean }) {
  const { t } = useTranslation();
  const change = useReviewChange(review.id);
  const form = useContractForm({
    schema: SignReviewBody,
    initialValues: { comment: '', disagree: false },
    toBody: (f) =>
      asPerson ? { ...(f.comment.trim() ? { comment: f.comment.trim() } : {}), disagree: f.disagree } : {},
  });
  return (
    <form
      onSubmit={form.onSubmit((body) =>
        change.mutate({ kind: 'sign', body }, { onError: form.applyServerErrors }),
      )}
      noValidate
    >
      <Stack>
        {asPerson && (
          <>
            <Alert color="blue" variant="light">
              {t('reviews.signMeaning')}
            </Alert>
            <Textarea
              label={t('reviews.yourComment')}
              autosize
              minRows={2}
              {...form.getInputProps('comment')}
            />
            <Checkbox
              label={t('reviews.disagree')}
              {...form.getInputProps('disagree', { type: 'checkbox' })}
            />
          </>
        )}
        <ErrorAlert error={change.error} />
        <Button type="submit" w="fit-content" loading={change.isPending}>
          {t('reviews.sign')}
        </Button>
      </Stack>
    </form>
  );
}
