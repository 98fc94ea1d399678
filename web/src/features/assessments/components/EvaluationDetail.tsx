import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { Answer, AnswerValue, Dispute, Evaluation, ScorecardItem } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { DataList } from '../../../ui/DataList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDecideDispute, useEvaluationAction } from '../hooks/useAssessments';
import { AnswerInput } from './AnswerInput';
import { AnswersEditor } from './AnswersEditor';
import { EvidenceFiles } from './EvidenceFiles';
import { ScoreBreakdown } from './ScoreBreakdown';

/** An instant in the reader's language. */
const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString(document.documentElement.lang || undefined);

const itemsOf = (ev: Evaluation) =>
  new Map(ev.scorecard.sections.flatMap((s) => s.items.map((i) => [i.id, i])));

/** One evaluation: its facts, score breakdown, versions and disputes, with the actions its abilities allow. */
export function EvaluationDetail({ ev }: { ev: Evaluation }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const act = useEvaluationAction(ev.id);
  const [draft, setDraft] = useState<Answer[] | null>(null);
  const items = itemsOf(ev);
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {name(ev.scorecard.titleEn, ev.scorecard.titleZh)}
          </Title>
          <Badge data-testid="evaluation-status">{t(`assessments.status.${ev.status}`)}</Badge>
        </Group>
        <DataList
          items={[
            { label: t('assessments.person'), value: name(ev.person.nameEn, ev.person.nameZh) },
            {
              label: t('assessments.assessor'),
              value: ev.imported
                ? t('assessments.mysteryShopperBy', { by: ev.assessorName })
                : ev.assessorName,
            },
            { label: t('assessments.channel'), value: t(`assessments.channels.${ev.channel}`) },
            { label: t('assessments.occurredOn'), value: ev.occurredOn },
            ...(ev.ticketKey ? [{ label: t('assessments.ticketKey'), value: ev.ticketKey }] : []),
            ...(ev.evidenceText ? [{ label: t('assessments.evidenceText'), value: ev.evidenceText }] : []),
            ...(ev.evidenceUrl
              ? [
                  {
                    label: t('assessments.evidenceUrl'),
                    value: (
                      <a href={ev.evidenceUrl} target="_blank" rel="noreferrer noopener">
                        {ev.evidenceUrl}
                      </a>
                    ),
                  },
                ]
              : []),
            { label: t('assessments.version'), value: String(ev.version) },
            ...(ev.imported
              ? [{ label: t('assessments.corrections'), value: t('assessments.importedVisitNote') }]
              : []),
            ...(ev.disputeUntil && !ev.imported
              ? [{ label: t('assessments.disputeUntil'), value: formatDateTime(ev.disputeUntil) }]
              : []),
            ...(ev.acknowledgedAt
              ? [{ label: t('assessments.acknowledgedAt'), value: formatDateTime(ev.acknowledgedAt) }]
              : []),
          ]}
        />
      </Card>
      <EvidenceFiles evaluationId={ev.id} />
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('assessments.score')}
        </Title>
        <ScoreBreakdown sections={ev.scorecard.sections} result={ev.result} answers={ev.answers} />
      </Card>
      {ev.abilities.edit && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('assessments.answers')}
          </Title>
          <AnswersEditor sections={ev.scorecard.sections} answers={draft ?? ev.answers} onChange={setDraft} />
          <Button
            mt="sm"
            variant="light"
            disabled={!draft}
            loading={act.isPending}
            onClick={() =>
              draft &&
              act.mutate({ kind: 'update', body: { answers: draft } }, { onSuccess: () => setDraft(null) })
            }
          >
            {t('assessments.saveAnswers')}
          </Button>
        </Card>
      )}
      <Group>
        {ev.abilities.submit && (
          <Button disabled={!!draft} loading={act.isPending} onClick={() => act.mutate({ kind: 'submit' })}>
            {t('assessments.submit')}
          </Button>
        )}
        {ev.abilities.release && (
          <Button loading={act.isPending} onClick={() => act.mutate({ kind: 'release' })}>
            {t('assessments.release')}
          </Button>
        )}
        {ev.abilities.acknowledge && (
          <Button variant="light" loading={act.isPending} onClick={() => act.mutate({ kind: 'acknowledge' })}>
            {t('assessments.acknowledge')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={act.error} />
      {ev.abilities.dispute && <DisputeForm ev={ev} items={items} />}
      {ev.disputes.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('assessments.disputes')}
          </Title>
          <Stack>
            {ev.disputes.map((d) => (
              <DisputeRow key={d.id} d={d} item={items.get(d.itemId)} />
            ))}
          </Stack>
        </Card>
      )}
      {ev.versions.length > 1 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('assessments.versions')}
          </Title>
          <Stack gap={4}>
            {ev.versions.map((v) => (
              <Text key={v.version} size="sm">
                {t('assessments.versionLine', {
                  version: v.version,
                  percent: v.percent === null ? '—' : Math.round(v.percent * 10) / 10,
                  at: formatDateTime(v.createdAt),
                })}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function DisputeForm({ ev, items }: { ev: Evaluation; items: Map<string, ScorecardItem> }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const act = useEvaluationAction(ev.id);
  const taken = new Set(ev.disputes.map((d) => d.itemId));
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const open = [...items.values()].filter((i) => !taken.has(i.id));
  const body = Object.entries(chosen).map(([itemId, reason]) => ({ itemId, reason: reason.trim() }));
  const ready = body.length > 0 && body.every((b) => b.reason);
  if (open.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('assessments.disputeTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('assessments.disputeHelp')}
      </Text>
      <Stack>
        {open.map((i) => (
          <Stack key={i.id} gap={4}>
            <Checkbox
              label={name(i.textEn, i.textZh)}
              checked={i.id in chosen}
              onChange={(e) => {
                const next = { ...chosen };
                if (e.currentTarget.checked) next[i.id] = '';
                else delete next[i.id];
                setChosen(next);
              }}
            />
            {i.id in chosen && (
              <Textarea
                label={t('assessments.reason')}
                required
                autosize
                minRows={2}
                value={chosen[i.id]}
                onChange={(e) => setChosen({ ...chosen, [i.id]: e.currentTarget.value })}
              />
            )}
          </Stack>
        ))}
        <ErrorAlert error={act.error} />
        <Button
          w="fit-content"
          disabled={!ready}
          loading={act.isPending}
          onClick={() =>
            act.mutate({ kind: 'dispute', body: { items: body } }, { onSuccess: () => setChosen({}) })
          }
        >
          {t('assessments.sendDispute')}
        </Button>
      </Stack>
    </Card>
  );
}

export function answerText(t: (k: string) => string, v: AnswerValue | null): string {
  if (v === null) return '—';
  return v === 'yes' || v === 'no' || v === 'na' ? t(`assessments.${v}`) : String(v);
}

/** A disputed item: the reason, the outcome, and the arbitrator's decision where the abilities allow. */
export function DisputeRow({ d, item }: { d: Dispute; item: ScorecardItem | undefined }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const decide = useDecideDispute();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [value, setValue] = useState<AnswerValue | null>(null);
  const [note, setNote] = useState('');
  const changes = outcome === 'accepted' || outcome === 'partly_accepted';
  return (
    <Card withBorder padding="sm" data-testid={`dispute-${d.itemId}`}>
      <Group justify="space-between">
        <Text fw={600}>{item ? name(item.textEn, item.textZh) : d.itemId}</Text>
        <Badge color={d.status === 'open' ? 'dark' : d.status === 'rejected' ? 'gray.7' : 'green.9'}>
          {t(`assessments.disputeStatus.${d.status}`)}
        </Badge>
      </Group>
      <Text size="sm">{d.reason}</Text>
      <Text size="sm" c="dimmed">
        {t('assessments.wasNow', { was: answerText(t, d.originalValue), now: answerText(t, d.newValue) })}
      </Text>
      {d.note && <Alert mt="xs">{d.note}</Alert>}
      {d.abilities.decide && (
        <Stack mt="sm" gap="xs">
          <Select
            label={t('assessments.outcome')}
            data={(['accepted', 'partly_accepted', 'rejected'] as const).map((o) => ({
              value: o,
              label: t(`assessments.disputeStatus.${o}`),
            }))}
            value={outcome}
            onChange={setOutcome}
          />
          {changes && item && (
            <AnswerInput item={item} label={t('assessments.newAnswer')} value={value} onChange={setValue} />
          )}
          <Textarea
            label={t('assessments.note')}
            required
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ErrorAlert error={decide.error} />
          <Button
            w="fit-content"
            disabled={!outcome || !note.trim() || (changes && value === null)}
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({
                id: d.id,
                body: {
                  outcome: outcome as 'accepted' | 'partly_accepted' | 'rejected',
                  note: note.trim(),
                  ...(changes && value !== null ? { value } : {}),
                },
              })
            }
          >
            {t('assessments.decide')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
