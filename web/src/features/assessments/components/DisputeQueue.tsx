import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { QueryState } from '../../../ui/QueryState';
import { useDisputes } from '../hooks/useAssessments';
import { DisputeRow } from './EvaluationDetail';

/** The arbitration queue: open disputes of evaluations the reader did not write, about people they see. */
export function DisputeQueue() {
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useDisputes();
  return (
    <QueryState query={q}>
      {(rows) =>
        rows.length === 0 ? (
          <Text c="dimmed">{t('assessments.noDisputes')}</Text>
        ) : (
          <Stack>
            {rows.map((r) => (
              <Card withBorder key={r.dispute.id}>
                <Anchor component={Link} to={`/evaluations/${r.evaluation.id}`} mb="xs">
                  {`${name(r.evaluation.person.nameEn, r.evaluation.person.nameZh)} · ${name(
                    r.evaluation.scorecard.titleEn,
                    r.evaluation.scorecard.titleZh,
                  )} · ${r.evaluation.occurredOn}`}
                </Anchor>
                <DisputeRow
                  d={r.dispute}
                  item={{
                    id: r.dispute.itemId,
                    textEn: r.item.textEn,
                    textZh: r.item.textZh,
                    type: r.item.type,
                    weight: 1,
                    critical: 'none',
                    naAllowed: true,
                    maxPoints: 100,
                  }}
                />
              </Card>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
