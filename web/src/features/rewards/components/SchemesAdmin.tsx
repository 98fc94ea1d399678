import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { EvaluationResult, RewardScheme } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { previousMonthStart, todayIso } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormFooter } from '../../../ui/FormFooter';
import { Loading } from '../../../ui/Loading';
import { StatusBadge } from '../../../ui/StatusBadge';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateAward, useDeleteScheme, useEvaluateScheme, useSchemes } from '../hooks/useRewards';
import { BadgeLabel } from './BadgeLabel';
import { SchemeFormDialog } from './SchemeFormDialog';

/** Reward schemes: the list for everyone; create, edit, evaluate and award for rewards.manage. */
export function SchemesAdmin() {
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const manage = can('rewards.manage');
  const schemes = useSchemes();
  const remove = useDeleteScheme();
  const indicators = useIndicators();
  const [editing, setEditing] = useState<RewardScheme | 'new' | null>(null);
  const [evaluating, setEvaluating] = useState<RewardScheme | null>(null);
  const [awarding, setAwarding] = useState<RewardScheme | null>(null);
  const rule = (s: RewardScheme) => {
    if (s.kind === 'manual') return t('rewards.kind.manual');
    const ind = indicators.data?.find((i) => i.id === s.indicatorId);
    return t('rewards.ruleText', {
      indicator: ind ? name(ind.nameEn, ind.nameZh) : '—',
      comparator: s.comparator ? t(`rewards.comparator.${s.comparator}`) : '',
      threshold: s.threshold ?? '—',
      period: s.period ? t(`rewards.period.${s.period}`) : '',
      n: s.minSample ?? 0,
    });
  };
  if (schemes.error) return <ErrorAlert error={schemes.error} />;
  if (!schemes.data) return <Loading />;
  return (
    <Stack>
      {manage && (
        <Button w="fit-content" onClick={() => setEditing('new')}>
          {t('rewards.newScheme')}
        </Button>
      )}
      <DataTable
        caption={t('rewards.schemesCaption', { count: schemes.data.length })}
        columns={[
          {
            header: t('rewards.scheme'),
            cell: (s) => (
              <>
                <Text fw={500}>{name(s.nameEn, s.nameZh)}</Text>
                <Text size="xs" c="dimmed">
                  {s.code}
                </Text>
              </>
            ),
          },
          { header: t('rewards.rule'), cell: rule },
          { header: t('rewards.points'), cell: (s) => s.points },
          { header: t('recognition.badge'), cell: (s) => (s.badge ? <BadgeLabel badge={s.badge} /> : '—') },
          {
            header: t('rewards.state'),
            cell: (s) => (
              <StatusBadge
                value={s.active ? 'active' : 'cancelled'}
                label={s.active ? t('rewards.activeYes') : t('rewards.activeNo')}
              />
            ),
          },
          manage && {
            header: t('common.actions'),
            cell: (s) => {
              const label = name(s.nameEn, s.nameZh);
              return (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(s)}
                    aria-label={t('common.editNamed', { name: label })}
                  >
                    {t('common.edit')}
                  </Button>
                  {s.kind === 'rule' && s.active && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEvaluating(s)}
                      aria-label={t('rewards.evaluateNamed', { name: label })}
                    >
                      {t('rewards.evaluate')}
                    </Button>
                  )}
                  {s.kind === 'manual' && s.active && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setAwarding(s)}
                      aria-label={t('rewards.awardNamed', { name: label })}
                    >
                      {t('rewards.award')}
                    </Button>
                  )}
                  <ConfirmButton
                    size="xs"
                    variant="default"
                    color="red"
                    title={t('rewards.deleteTitle')}
                    message={t('rewards.deleteMessage', { name: label })}
                    ariaLabel={t('common.deleteNamed', { name: label })}
                    onConfirm={() => remove.mutate(s.id)}
                  >
                    {t('common.delete')}
                  </ConfirmButton>
                </Group>
              );
            },
          },
        ]}
        rows={schemes.data}
        rowKey={(s) => s.id}
        empty={t('rewards.noSchemes')}
        minWidth={760}
        tableProps={{ verticalSpacing: 'sm' }}
      />
      {editing && (
        <SchemeFormDialog scheme={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {evaluating && <EvaluateDialog scheme={evaluating} onClose={() => setEvaluating(null)} />}
      {awarding && <AwardDialog scheme={awarding} onClose={() => setAwarding(null)} />}
    </Stack>
  );
}

function EvaluateDialog({ scheme, onClose }: { scheme: RewardScheme; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const evaluate = useEvaluateScheme();
  const [month, setMonth] = useState(previousMonthStart(todayIso()).slice(0, 7));
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    evaluate.mutate({ id: scheme.id, periodStart: `${month}-01` }, { onSuccess: setResult });
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('rewards.evaluateNamed', { name: name(scheme.nameEn, scheme.nameZh) })}
      centered
    >
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('rewards.month')}
            type="month"
            required
            value={month}
            onChange={(e) => setMonth(e.currentTarget.value)}
          />
          <ErrorAlert error={evaluate.error} />
          {result && (
            <SuccessAlert
              title={t('rewards.evaluated', {
                evaluated: result.evaluated,
                awarded: result.awarded.length,
                already: result.alreadyAwarded,
              })}
            >
              {result.awarded.map((a) => a.personName).join(', ')}
            </SuccessAlert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={evaluate.isPending}>
              {t('rewards.evaluate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function AwardDialog({ scheme, onClose }: { scheme: RewardScheme; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const award = useCreateAward();
  const [person, setPerson] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!person || !reason.trim()) return;
    award.mutate({ schemeId: scheme.id, personId: person, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('rewards.awardNamed', { name: name(scheme.nameEn, scheme.nameZh) })}
      centered
    >
      <form onSubmit={submit}>
        <Stack>
          <PersonSelect label={t('checkins.person')} required value={person} onChange={setPerson} />
          <Textarea
            label={t('rewards.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <FormFooter
            error={award.error}
            pending={award.isPending}
            onCancel={onClose}
            submitLabel={t('rewards.award')}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
