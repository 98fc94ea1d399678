import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Answer, CalibrationSession } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AnswersEditor } from '../../assessments/components/AnswersEditor';
import { useCalibrationAction } from '../hooks/useCalibration';
import { CalibrationResultsView } from './CalibrationResultsView';

/** One interaction's answers (the assessor's own, or the lead's benchmark) with its save button. */
function InteractionScorer({
  session,
  interaction,
  kind,
}: {
  session: CalibrationSession;
  interaction: { id: string; label: string };
  kind: 'score' | 'benchmark';
}) {
  const { t } = useTranslation();
  const action = useCalibrationAction(session.id);
  const saved = session.scores.find((s) => s.interactionId === interaction.id)?.answers ?? [];
  const [answers, setAnswers] = useState<Answer[]>(saved);
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{interaction.label}</Title>
          {session.scores.some((s) => s.interactionId === interaction.id) && (
            <Badge variant="light" color="green">
              {t('calibration.saved')}
            </Badge>
          )}
        </Group>
        <AnswersEditor sections={session.scorecard.sections} answers={answers} onChange={setAnswers} />
        <ErrorAlert error={action.error} />
        <Button
          w="fit-content"
          loading={action.isPending}
          onClick={() => action.mutate({ kind, interactionId: interaction.id, answers })}
        >
          {kind === 'score'
            ? t('calibration.saveScores', { label: interaction.label })
            : t('calibration.saveBenchmark', { label: interaction.label })}
        </Button>
      </Stack>
    </Card>
  );
}

/** A calibration session: blind scoring while open, the lead's benchmark, then the figures side by side. */
export function CalibrationDetail({ session }: { session: CalibrationSession }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const action = useCalibrationAction(session.id);
  const ab = session.abilities;
  const scoring = ab.score ? 'score' : ab.benchmark ? 'benchmark' : null;
  return (
    <Stack>
      <Group>
        <Badge variant="light">{t(`calibration.status.${session.status}`)}</Badge>
        <Text>
          {name(session.scorecard.titleEn, session.scorecard.titleZh)} ·{' '}
          {t('calibration.ledBy', { name: session.leadName })}
        </Text>
      </Group>
      {session.status === 'open' && (
        <Text c="dimmed">{session.lead ? t('calibration.blindLead') : t('calibration.blindAssessor')}</Text>
      )}
      <Card withBorder>
        <Title order={4}>{t('calibration.assessors')}</Title>
        <List>
          {session.assessors.map((a) => (
            <List.Item key={a.userId}>
              {a.name} — {a.finishedAt ? t('calibration.hasFinished') : t('calibration.stillScoring')}
            </List.Item>
          ))}
        </List>
      </Card>
      {scoring &&
        session.interactions.map((i) => (
          <InteractionScorer key={i.id} session={session} interaction={i} kind={scoring} />
        ))}
      <ErrorAlert error={action.error} />
      <Group>
        {ab.finish && (
          <Button loading={action.isPending} onClick={() => action.mutate({ kind: 'finish' })}>
            {t('calibration.finish')}
          </Button>
        )}
        {ab.reveal && (
          <ConfirmButton
            title={t('calibration.revealTitle')}
            message={t('calibration.revealMessage')}
            loading={action.isPending}
            onConfirm={() => action.mutate({ kind: 'reveal' })}
          >
            {t('calibration.reveal')}
          </ConfirmButton>
        )}
        {ab.close && (
          <Button
            variant="default"
            loading={action.isPending}
            onClick={() => action.mutate({ kind: 'close' })}
          >
            {t('calibration.close')}
          </Button>
        )}
      </Group>
      <CalibrationResultsView session={session} />
    </Stack>
  );
}
