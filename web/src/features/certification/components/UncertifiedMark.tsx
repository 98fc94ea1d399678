import { Badge, Text, Tooltip } from '@mantine/core';
import type { EvaluationCertificationMark } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useEvaluationMarks } from '../hooks/useCertification';

/** "Uncertified assessor" on an evaluation whose assessor was not certified for its scorecard, with whether it counts. */
export function UncertifiedBadge({
  mark,
  ml,
}: {
  mark: EvaluationCertificationMark | undefined;
  ml?: string;
}) {
  const { t } = useTranslation();
  if (!mark || mark.certified) return null;
  return (
    <Tooltip label={mark.counted ? t('certification.markCounts') : t('certification.markNotCounted')}>
      <Badge color="orange" variant="light" ml={ml} data-testid="uncertified-mark">
        {t('certification.uncertified')}
      </Badge>
    </Tooltip>
  );
}

/** The mark of one evaluation, with the sentence saying whether it counts (on the evaluation's page). */
export function EvaluationCertificationNote({
  evaluationId,
  enabled,
}: {
  evaluationId: string;
  enabled: boolean;
}) {
  const { t } = useTranslation();
  const q = useEvaluationMarks([evaluationId], enabled);
  const mark = q.data?.[0];
  if (!mark || mark.certified) return null;
  return (
    <Text size="sm" data-testid="uncertified-note">
      <UncertifiedBadge mark={mark} />{' '}
      {mark.counted ? t('certification.markCounts') : t('certification.markNotCounted')}
    </Text>
  );
}
