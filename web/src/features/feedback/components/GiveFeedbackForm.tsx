import {
  ActionIcon,
  Button,
  Card,
  Group,
  List,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { CreateFeedbackBody, type FeedbackEvidenceInput } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate, todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useObservations } from '../../monitoring/hooks/useDashboards';
import { useGiveFeedback } from '../hooks/useFeedback';
import { DateRangeInputs } from '../../../ui/DateRangeInputs';

type EvidenceType = 'indicator_period' | 'observation' | 'shop_floor' | 'assessment';
const TYPES: EvidenceType[] = ['indicator_period', 'observation', 'shop_floor', 'assessment'];

/** Praise or improvement feedback for one person, with evidence: a figure, an observation, a note, an assessment. */
export function GiveFeedbackForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const give = useGiveFeedback(personId);
  const form = useContractForm({
    schema: CreateFeedbackBody,
    initialValues: {
      kind: 'praise',
      body: '',
      evidence: [] as { input: FeedbackEvidenceInput; label: string }[],
    },
    toBody: (v) => ({
      kind: v.kind === 'improvement' ? ('improvement' as const) : ('praise' as const),
      body: v.body.trim(),
      evidence: v.evidence.map((x) => x.input),
    }),
  });
  const evidence = form.values.evidence;
  // Which kind of evidence is being picked: screen state, not part of what is sent.
  const [type, setType] = useState<EvidenceType | null>(null);
  const submit = form.onSubmit((body) =>
    give.mutate(body, {
      onSuccess: () => {
        form.reset();
        setType(null);
      },
      onError: form.applyServerErrors,
    }),
  );
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="give-feedback">
      <Title id="give-feedback" order={3} size="h5" mb="sm">
        {t('feedback.give')}
      </Title>
      <Stack>
        <Radio.Group label={t('feedback.kindLabel')} required {...form.getInputProps('kind')}>
          <Group mt="xs">
            <Radio value="praise" label={t('feedback.kind.praise')} />
            <Radio value="improvement" label={t('feedback.kind.improvement')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('feedback.body')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          {...form.getInputProps('body')}
        />
        <Text fw={500} size="sm">
          {t('feedback.evidence')}
        </Text>
        {evidence.length > 0 ? (
          <List size="sm" aria-label={t('feedback.evidenceAdded')}>
            {evidence.map((x, i) => (
              <List.Item key={i}>
                <Group gap="xs">
                  {x.label}
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('feedback.removeEvidence', { label: x.label })}
                    onClick={() => form.removeListItem('evidence', i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('feedback.noEvidence')}
          </Text>
        )}
        <Select
          label={t('feedback.addEvidence')}
          placeholder={t('feedback.pickEvidenceType')}
          value={type}
          onChange={(v) => setType((v as EvidenceType | null) ?? null)}
          data={TYPES.map((v) => ({ value: v, label: t(`feedback.evType.${v}`) }))}
          clearable
          w={320}
        />
        {type && (
          <EvidencePicker
            key={type}
            type={type}
            personId={personId}
            onAdd={(input, label) => {
              form.insertListItem('evidence', { input, label });
              setType(null);
            }}
          />
        )}
        <ErrorAlert error={give.error} />
        {give.isSuccess && <SuccessAlert title={t('feedback.saved')} />}
        <Button type="submit" loading={give.isPending} w="fit-content">
          {t('feedback.send')}
        </Button>
      </Stack>
    </Card>
  );
}

function EvidencePicker({
  type,
  personId,
  onAdd,
}: {
  type: EvidenceType;
  personId: string;
  onAdd: (input: FeedbackEvidenceInput, label: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const today = todayIso();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [from, setFrom] = useState(addDays(today, -28));
  const [to, setTo] = useState(addDays(today, -1));
  const [observationId, setObservationId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [observedAt, setObservedAt] = useState('');
  const [ref, setRef] = useState('');
  const [title, setTitle] = useState('');
  const observations = useObservations(personId, { from: addDays(today, -90), to: today, limit: 100 });
  const indicatorName = (id: string) => {
    const i = indicators.data?.find((x) => x.id === id);
    return i ? name(i.nameEn, i.nameZh) : '';
  };
  const add = () => {
    switch (type) {
      case 'indicator_period':
        if (!indicatorId || !from || !to) return;
        onAdd(
          { type, indicatorId, from, to },
          t('feedback.ev.indicatorPeriodLabel', {
            indicator: indicatorName(indicatorId),
            from: formatDate(from, lang),
            to: formatDate(to, lang),
          }),
        );
        return;
      case 'observation': {
        const o = observations.data?.items.find((x) => String(x.id) === observationId);
        if (!o) return;
        onAdd(
          { type, observationId: o.id },
          t('feedback.ev.observationText', {
            code: o.indicatorCode,
            date: formatDate(o.occurredOn, lang),
            numerator: o.numerator,
            denominator: o.denominator,
          }),
        );
        return;
      }
      case 'shop_floor':
        if (!note.trim() || !observedAt) return;
        onAdd(
          { type, note: note.trim(), observedAt: new Date(observedAt).toISOString() },
          t('feedback.ev.shopFloorLabel', { note: note.trim() }),
        );
        return;
      case 'assessment':
        if (!ref.trim() || !title.trim()) return;
        onAdd(
          { type, ref: ref.trim(), title: title.trim() },
          t('feedback.ev.assessmentText', { title: title.trim(), ref: ref.trim() }),
        );
        return;
    }
  };
  return (
    <Group align="flex-end" wrap="wrap" role="group" aria-label={t(`feedback.evType.${type}`)}>
      {type === 'indicator_period' && (
        <>
          <Select
            label={t('dashboards.indicator')}
            required
            searchable
            value={indicatorId}
            onChange={setIndicatorId}
            data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          />
          <DateRangeInputs from={from} to={to} onFrom={setFrom} onTo={setTo} required />
        </>
      )}
      {type === 'observation' && (
        <Select
          label={t('feedback.observation')}
          required
          searchable
          miw={340}
          value={observationId}
          onChange={setObservationId}
          nothingFoundMessage={t('common.nothingFound')}
          data={(observations.data?.items ?? []).map((o) => ({
            value: String(o.id),
            label: t('feedback.ev.observationText', {
              code: o.indicatorCode,
              date: formatDate(o.occurredOn, lang),
              numerator: o.numerator,
              denominator: o.denominator,
            }),
          }))}
        />
      )}
      {type === 'shop_floor' && (
        <>
          <Textarea
            label={t('feedback.shopFloorNote')}
            required
            autosize
            miw={300}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <TextInput
            label={t('feedback.observedAt')}
            type="datetime-local"
            required
            value={observedAt}
            onChange={(e) => setObservedAt(e.currentTarget.value)}
          />
        </>
      )}
      {type === 'assessment' && (
        <>
          <TextInput
            label={t('feedback.assessmentRef')}
            required
            value={ref}
            onChange={(e) => setRef(e.currentTarget.value)}
          />
          <TextInput
            label={t('feedback.assessmentTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
        </>
      )}
      <Button variant="default" onClick={add}>
        {t('feedback.addThisEvidence')}
      </Button>
    </Group>
  );
}
