import { Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Review, ReviewSection } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';

export type RatingValues = {
  ratings: Record<string, string | null>;
  comments: Record<string, string>;
};

/** The rated keys of a section: its own key, or `section.item` for each competency. */
export function sectionKeys(
  s: ReviewSection,
): { key: string; en: string; zh: string; descEn: string; descZh: string }[] {
  if (s.kind === 'text' || s.kind === 'development') return [];
  if (s.kind === 'competencies') {
    return (s.items ?? []).map((i) => ({
      key: `${s.key}.${i.key}`,
      en: i.titleEn,
      zh: i.titleZh,
      descEn: i.descriptionEn,
      descZh: i.descriptionZh,
    }));
  }
  return [{ key: s.key, en: s.titleEn, zh: s.titleZh, descEn: '', descZh: '' }];
}

/**
 * The template's sections as fields: each rated item on the scale (the chosen level's description
 * under it), a comment per section (free text sections are only a comment). `other` shows the
 * other side's rating beside each item (the self review, to the manager).
 */
export function RatingFields({
  review,
  values,
  setRating,
  setComment,
  errors,
  other,
}: {
  review: Review;
  values: RatingValues;
  setRating: (key: string, v: string | null) => void;
  setComment: (key: string, v: string) => void;
  errors: Record<string, unknown>;
  other?: { label: string; ratings: Record<string, number> } | null;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const { scale, sections } = review.template;
  const levels = scale.levels.map((l) => ({
    value: String(l.value),
    label: `${l.value} · ${name(l.labelEn, l.labelZh)}`,
  }));
  const levelOf = (v: string | null | undefined) => scale.levels.find((l) => String(l.value) === v);
  const err = (path: string) => (errors[path] as string | undefined) ?? undefined;
  return (
    <Stack gap="lg">
      {sections
        .filter((s) => s.kind !== 'development')
        .map((s) => (
          <Stack key={s.key} gap="xs">
            <Title order={3} size="h5">
              {name(s.titleEn, s.titleZh)}
              {s.weight > 0 && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  · {t('reviews.weight', { weight: s.weight })}
                </Text>
              )}
            </Title>
            {sectionKeys(s).map((k) => {
              const level = levelOf(values.ratings[k.key]);
              const theirs = other?.ratings[k.key];
              const theirLevel = theirs === undefined ? undefined : levelOf(String(theirs));
              return (
                <div key={k.key}>
                  <Select
                    label={t('reviews.ratingOf', { name: name(k.en, k.zh) })}
                    description={
                      s.kind === 'competencies' ? name(k.descEn, k.descZh) || undefined : undefined
                    }
                    placeholder={t('reviews.notRated')}
                    data={levels}
                    clearable
                    value={values.ratings[k.key] ?? null}
                    onChange={(v) => setRating(k.key, v)}
                    error={err(`ratings.${k.key}`)}
                    maw={360}
                  />
                  {level && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {name(level.descriptionEn, level.descriptionZh)}
                    </Text>
                  )}
                  {other && (
                    <Text size="xs" mt={2}>
                      {other.label}:{' '}
                      {theirLevel
                        ? `${theirLevel.value} · ${name(theirLevel.labelEn, theirLevel.labelZh)}`
                        : t('reviews.notRated')}
                    </Text>
                  )}
                </div>
              );
            })}
            <Textarea
              label={s.kind === 'text' ? t('reviews.yourText') : t('reviews.comment')}
              autosize
              minRows={2}
              value={values.comments[s.key] ?? ''}
              onChange={(e) => setComment(s.key, e.currentTarget.value)}
              error={err(`comments.${s.key}`)}
            />
          </Stack>
        ))}
    </Stack>
  );
}
