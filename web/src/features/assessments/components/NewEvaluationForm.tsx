import { Button, Card, Select, Stack, TextInput, Textarea } from '@mantine/core';
import {
  CreateEvaluationBody,
  INTERACTION_CHANNELS,
  type Answer,
  type InteractionChannel,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCreateEvaluation, useScorable, useScorecards } from '../hooks/useAssessments';
import { AnswersEditor } from './AnswersEditor';

/** Scores a person on a scorecard: the interaction, evidence and every item's answer; saved as a draft. */
export function NewEvaluationForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const cards = useScorecards();
  const people = useScorable();
  const create = useCreateEvaluation();
  // Prefilled from the QA queue's Score action (?scorecardId=&personId=&channel=&ticketKey=&occurredOn=).
  const [search] = useSearchParams();
  const prefill = (k: string) => search.get(k) ?? '';
  const channel = INTERACTION_CHANNELS.find((c) => c === search.get('channel'));
  const form = useContractForm({
    schema: CreateEvaluationBody,
    initialValues: {
      scorecardId: (search.get('scorecardId') ?? null) as string | null,
      personId: (search.get('personId') ?? null) as string | null,
      channel: (channel ?? 'call') as InteractionChannel,
      ticketKey: prefill('ticketKey'),
      occurredOn: /^\d{4}-\d{2}-\d{2}$/.test(prefill('occurredOn')) ? prefill('occurredOn') : todayIso(),
      evidenceText: '',
      evidenceUrl: '',
      answers: [] as Answer[],
    },
    toBody: (f) => ({
      scorecardId: f.scorecardId ?? '',
      personId: f.personId ?? '',
      channel: f.channel,
      ...(f.ticketKey.trim() ? { ticketKey: f.ticketKey.trim() } : {}),
      occurredOn: f.occurredOn,
      ...(f.evidenceText.trim() ? { evidenceText: f.evidenceText.trim() } : {}),
      ...(f.evidenceUrl.trim() ? { evidenceUrl: f.evidenceUrl.trim() } : {}),
      answers: f.answers,
    }),
  });
  const card = (cards.data ?? []).find((c) => c.id === form.values.scorecardId);
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (ev) => void navigate(`/evaluations/${ev.id}`),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate maw={860}>
      <Stack>
        <Select
          label={t('assessments.scorecard')}
          required
          searchable
          data={(cards.data ?? []).map((c) => ({
            value: c.id,
            label: `${name(c.titleEn, c.titleZh)} · ${t(`assessments.kind.${c.kind}`)}`,
          }))}
          {...form.getInputProps('scorecardId')}
          onChange={(v) => {
            form.setFieldValue('scorecardId', v);
            form.setFieldValue('answers', []);
          }}
        />
        <Select
          label={t('assessments.person')}
          required
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={(people.data ?? []).map((p) => ({
            value: p.id,
            label: `${name(p.nameEn, p.nameZh)} · ${p.employeeNumber}`,
          }))}
          {...form.getInputProps('personId')}
        />
        <Select
          label={t('assessments.channel')}
          required
          data={INTERACTION_CHANNELS.map((c) => ({ value: c, label: t(`assessments.channels.${c}`) }))}
          {...form.getInputProps('channel')}
        />
        <TextInput label={t('assessments.ticketKey')} {...form.getInputProps('ticketKey')} />
        <TextInput
          label={t('assessments.occurredOn')}
          type="date"
          required
          {...form.getInputProps('occurredOn')}
        />
        <Textarea
          label={t('assessments.evidenceText')}
          autosize
          minRows={2}
          {...form.getInputProps('evidenceText')}
        />
        <TextInput label={t('assessments.evidenceUrl')} type="url" {...form.getInputProps('evidenceUrl')} />
        {card && (
          <AnswersEditor
            sections={card.sections}
            answers={form.values.answers}
            onChange={(a) => form.setFieldValue('answers', a)}
          />
        )}
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('assessments.saveDraft')}
        </Button>
      </Stack>
    </Card>
  );
}
