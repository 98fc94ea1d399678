import { Button, List, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { AmendReviewBody, CalibrateReviewBody, type Review, type ReviewScale } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { FormDialog } from '../../../ui/FormDialog';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { useReviewChange } from '../hooks/useReviews';

/** The scale's levels as choices: "3 · Meets". */
export function useLevelOptions(scale: ReviewScale) {
  const name = useLocalName();
  return scale.levels.map((l) => ({
    value: String(l.value),
    label: `${l.value} · ${name(l.labelEn, l.labelZh)}`,
  }));
}

/** Calibration: the overall rating changed, with the reason (kept), before anyone signs. */
export function CalibrateDialog({
  reviewId,
  scale,
  current,
  onClose,
}: {
  reviewId: string;
  scale: ReviewScale;
  current: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useReviewChange(reviewId);
  const levels = useLevelOptions(scale);
  const form = useContractForm({
    schema: CalibrateReviewBody,
    initialValues: { overallRating: current === null ? null : String(current), reason: '' } as {
      overallRating: string | null;
      reason: string;
    },
    toBody: (v) => ({ overallRating: Number(v.overallRating ?? 0), reason: v.reason.trim() }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'calibrate', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('reviews.calibration.change')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('reviews.calibration.save')}
    >
      <Text size="sm">{t('reviews.calibration.help')}</Text>
      <Select label={t('reviews.overall')} data={levels} required {...form.getInputProps('overallRating')} />
      <Textarea
        label={t('reviews.calibration.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}

/** Amending a signed review: the signed version is kept; both sign the new one. */
function AmendDialog({ review, onClose }: { review: Review; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useReviewChange(review.id);
  const levels = useLevelOptions(review.template.scale);
  const plan = review.manager?.developmentPlan ?? '';
  const rating = review.manager?.overallRating ?? null;
  const form = useContractForm({
    schema: AmendReviewBody,
    initialValues: {
      reason: '',
      overallRating: rating === null ? null : String(rating),
      developmentPlan: plan,
    } as {
      reason: string;
      overallRating: string | null;
      developmentPlan: string;
    },
    toBody: (v) => ({
      reason: v.reason.trim(),
      ...(v.overallRating && Number(v.overallRating) !== rating
        ? { overallRating: Number(v.overallRating) }
        : {}),
      ...(v.developmentPlan !== plan ? { developmentPlan: v.developmentPlan } : {}),
    }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'amend', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('reviews.versions.amend')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('reviews.versions.amendSubmit')}
      size="lg"
    >
      <Text size="sm">{t('reviews.versions.amendHelp')}</Text>
      <Textarea
        label={t('reviews.versions.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <Select label={t('reviews.overall')} data={levels} {...form.getInputProps('overallRating')} />
      <Textarea
        label={t('reviews.versions.plan')}
        autosize
        minRows={3}
        {...form.getInputProps('developmentPlan')}
      />
    </FormDialog>
  );
}

/** Calibration changes (manager side) and earlier signed versions, with the actions that make them. */
export function ReviewHistory({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const levels = useLevelOptions(review.template.scale);
  const label = (v: number | null) => levels.find((l) => l.value === String(v))?.label ?? '—';
  const [open, setOpen] = useState<'calibrate' | 'amend' | null>(null);
  const a = review.abilities;
  if (!a.calibrate && !a.amend && review.calibration.length === 0 && review.versions.length === 0) {
    return null;
  }
  return (
    <Section title={t('reviews.history')}>
      <Stack>
        {review.calibration.length > 0 && (
          <div>
            <Text fw={600}>{t('reviews.calibration.title')}</Text>
            <List size="sm">
              {review.calibration.map((c) => (
                <List.Item key={c.at}>
                  {t('reviews.calibration.changed', {
                    from: label(c.fromRating),
                    to: label(c.toRating),
                    by: c.byName ?? '—',
                    at: formatDateTime(c.at, lang),
                    reason: c.reason,
                  })}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="sm">{t('reviews.versions.current', { version: review.version })}</Text>
        {review.versions.length > 0 && (
          <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.versions.title') })}>
            <Table miw={520} withTableBorder verticalSpacing="xs">
              <Table.Caption>{t('reviews.versions.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.versions.version')}</Table.Th>
                  <Table.Th>{t('reviews.overall')}</Table.Th>
                  <Table.Th>{t('reviews.versions.signed')}</Table.Th>
                  <Table.Th>{t('reviews.versions.amendedBecause')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.versions.map((v) => (
                  <Table.Tr key={v.version}>
                    <Table.Td>{v.version}</Table.Td>
                    <Table.Td>{label(v.overallRating)}</Table.Td>
                    <Table.Td>
                      {v.personSignedAt ? formatDateTime(v.personSignedAt, lang) : '—'}
                      {v.personDisagrees ? ` · ${t('reviews.personDisagrees')}` : ''}
                    </Table.Td>
                    <Table.Td>
                      {v.amendReason} ({v.amendedByName ?? '—'}, {formatDateTime(v.amendedAt, lang)})
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {a.calibrate && (
          <Button variant="default" w="fit-content" onClick={() => setOpen('calibrate')}>
            {t('reviews.calibration.change')}
          </Button>
        )}
        {a.amend && (
          <Button variant="default" w="fit-content" onClick={() => setOpen('amend')}>
            {t('reviews.versions.amend')}
          </Button>
        )}
        {open === 'calibrate' && (
          <CalibrateDialog
            reviewId={review.id}
            scale={review.template.scale}
            current={review.manager?.overallRating ?? null}
            onClose={() => setOpen(null)}
          />
        )}
        {open === 'amend' && <AmendDialog review={review} onClose={() => setOpen(null)} />}
      </Stack>
    </Section>
  );
}
