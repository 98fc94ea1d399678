import { List, Stack, Text, Title } from '@mantine/core';
import type { ReviewEvidence } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { formatFigure } from '../../monitoring/utils/format';

/** The period's evidence beside the review: words first, each figure with its n and interval. */
export function EvidencePanel({ evidence }: { evidence: ReviewEvidence }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const block = (title: string, items: string[]) => (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reviews.evidence.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.map((x, i) => (
            <List.Item key={i}>{x}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
  return (
    <Stack gap="sm">
      {block(
        t('reviews.evidence.indicators'),
        evidence.indicators
          .filter((i) => i.n > 0)
          .map((i) =>
            // Too few to have an interval: n alone; no target: the standing alone.
            t(
              i.low === null || i.high === null
                ? 'reviews.evidence.figureNoInterval'
                : 'reviews.evidence.figure',
              {
                name: name(i.nameEn, i.nameZh),
                value: formatFigure(i.value, i, lang),
                n: i.n.toLocaleString(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB'),
                low: formatFigure(i.low, i, lang),
                high: formatFigure(i.high, i, lang),
                standing: t(`standing.${i.standing}`),
                target: i.target === null ? '' : formatFigure(i.target, i, lang),
              },
            ).trim(),
          ),
      )}
      {block(
        t('reviews.evidence.goals'),
        evidence.goals.map((g) =>
          t('reviews.evidence.goal', { title: g.title, status: t(`goalStatus.${g.status}`, g.status) }),
        ),
      )}
      {block(
        t('reviews.evidence.assessments'),
        evidence.assessments.map(
          (a) =>
            `${formatDate(a.date, lang)} · ${name(a.scorecardEn, a.scorecardZh)} · ${a.percent === null ? '—' : `${a.percent.toFixed(0)}%`}${a.criticalFailed ? ` · ${t('reviews.evidence.critical')}` : ''}`,
        ),
      )}
      {block(
        t('reviews.evidence.feedback'),
        evidence.feedback.map(
          (f) => `${formatDate(f.date, lang)} · ${t(`reviews.evidence.kind.${f.kind}`, f.kind)}: ${f.body}`,
        ),
      )}
      {block(
        t('reviews.evidence.training'),
        evidence.training.map(
          (c) =>
            `${name(c.courseEn, c.courseZh)} · ${t(`reviews.evidence.trainingStatus.${c.status}`, c.status)}`,
        ),
      )}
      {block(
        t('reviews.evidence.coaching'),
        evidence.coaching.map(
          (c) => `${formatDate(c.started, lang)} · ${c.focus}${c.outcome ? ` · ${c.outcome}` : ''}`,
        ),
      )}
      {block(
        t('reviews.evidence.checkins'),
        evidence.checkins
          .filter((c) => c.sharedNotes.trim())
          .map((c) => `${c.date ? formatDate(c.date, lang) : ''} · ${c.sharedNotes}`),
      )}
    </Stack>
  );
}
