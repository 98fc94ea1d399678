import { Checkbox, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import {
  RECOGNITION_BADGES,
  type Comparator,
  type RecognitionBadge,
  type RewardScheme,
  type SchemeKind,
  type SchemePeriod,
} from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useSaveScheme } from '../hooks/useRewards';
import { isBadge } from '../utils/badges';

/** Creates a scheme (rule on an indicator, or manual) or edits one (its rule stays as created). */
export function SchemeFormDialog({ scheme, onClose }: { scheme: RewardScheme | null; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const save = useSaveScheme();
  const [f, setF] = useState({
    kind: (scheme?.kind ?? 'rule') as SchemeKind,
    code: scheme?.code ?? '',
    nameEn: scheme?.nameEn ?? '',
    nameZh: scheme?.nameZh ?? '',
    points: (scheme?.points ?? 10) as number | string,
    badge: (isBadge(scheme?.badge) ? scheme.badge : null) as RecognitionBadge | null,
    active: scheme?.active ?? true,
    indicatorId: scheme?.indicatorId ?? null,
    comparator: (scheme?.comparator ?? 'gte') as Comparator,
    threshold: (scheme?.threshold ?? '') as number | string,
    minSample: (scheme?.minSample ?? '') as number | string,
    period: (scheme?.period ?? 'month') as SchemePeriod,
  });
  const [missing, setMissing] = useState(false);
  const points = typeof f.points === 'number' ? f.points : 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = { nameEn: f.nameEn.trim(), nameZh: f.nameZh.trim() || null, points, badge: f.badge };
    if (
      !common.nameEn ||
      (!scheme && !f.code.trim()) ||
      (!scheme && f.kind === 'rule' && (!f.indicatorId || typeof f.threshold !== 'number'))
    ) {
      setMissing(true);
      return;
    }
    if (scheme) {
      save.mutate({ id: scheme.id, body: { ...common, active: f.active } }, { onSuccess: onClose });
    } else if (f.kind === 'rule') {
      save.mutate(
        {
          id: null,
          body: {
            kind: 'rule',
            code: f.code.trim(),
            ...common,
            indicatorId: f.indicatorId ?? '',
            comparator: f.comparator,
            threshold: typeof f.threshold === 'number' ? f.threshold : 0,
            ...(typeof f.minSample === 'number' ? { minSample: f.minSample } : {}),
            period: f.period,
          },
        },
        { onSuccess: onClose },
      );
    } else {
      save.mutate(
        { id: null, body: { kind: 'manual', code: f.code.trim(), ...common } },
        { onSuccess: onClose },
      );
    }
  };
  const req = (v: unknown) => (missing && (v === '' || v === null) ? t('validation.required') : undefined);
  return (
    <Dialog
      opened
      onClose={onClose}
      title={scheme ? t('rewards.editScheme') : t('rewards.newScheme')}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('rewards.kindLabel')}
            value={f.kind}
            disabled={!!scheme}
            allowDeselect={false}
            onChange={(v) => setF({ ...f, kind: v === 'manual' ? 'manual' : 'rule' })}
            data={[
              { value: 'rule', label: t('rewards.kind.rule') },
              { value: 'manual', label: t('rewards.kind.manual') },
            ]}
          />
          <TextInput
            label={t('rewards.code')}
            required
            disabled={!!scheme}
            value={f.code}
            onChange={(e) => setF({ ...f, code: e.currentTarget.value })}
            error={!scheme ? req(f.code.trim()) : undefined}
          />
          <TextInput
            label={t('rewards.nameEn')}
            required
            value={f.nameEn}
            onChange={(e) => setF({ ...f, nameEn: e.currentTarget.value })}
            error={req(f.nameEn.trim())}
          />
          <TextInput
            label={t('rewards.nameZh')}
            value={f.nameZh}
            onChange={(e) => setF({ ...f, nameZh: e.currentTarget.value })}
          />
          {f.kind === 'rule' && (
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('dashboards.indicator')}
                required
                disabled={!!scheme}
                searchable
                value={f.indicatorId}
                onChange={(v) => setF({ ...f, indicatorId: v })}
                data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
                error={!scheme ? req(f.indicatorId) : undefined}
              />
              <Select
                label={t('rewards.comparatorLabel')}
                disabled={!!scheme}
                allowDeselect={false}
                value={f.comparator}
                onChange={(v) => setF({ ...f, comparator: v === 'lte' ? 'lte' : 'gte' })}
                data={[
                  { value: 'gte', label: t('rewards.comparator.gte') },
                  { value: 'lte', label: t('rewards.comparator.lte') },
                ]}
              />
              <NumberInput
                label={t('rewards.threshold')}
                required
                disabled={!!scheme}
                value={f.threshold}
                onChange={(v) => setF({ ...f, threshold: v })}
                error={!scheme ? req(f.threshold) : undefined}
              />
              <NumberInput
                label={t('rewards.minSample')}
                disabled={!!scheme}
                min={0}
                allowDecimal={false}
                value={f.minSample}
                onChange={(v) => setF({ ...f, minSample: v })}
              />
              <Select
                label={t('rewards.periodLabel')}
                disabled={!!scheme}
                allowDeselect={false}
                value={f.period}
                onChange={(v) => setF({ ...f, period: v === 'quarter' ? 'quarter' : 'month' })}
                data={[
                  { value: 'month', label: t('rewards.period.month') },
                  { value: 'quarter', label: t('rewards.period.quarter') },
                ]}
              />
            </Group>
          )}
          <NumberInput
            label={t('rewards.points')}
            required
            min={0}
            max={100000}
            allowDecimal={false}
            value={f.points}
            onChange={(v) => setF({ ...f, points: v })}
          />
          <Select
            label={t('recognition.badge')}
            clearable
            value={f.badge}
            onChange={(v) => setF({ ...f, badge: (v as RecognitionBadge | null) ?? null })}
            data={RECOGNITION_BADGES.map((b) => ({ value: b, label: t(`badges.${b}`) }))}
          />
          {scheme && (
            <Checkbox
              label={t('rewards.active')}
              checked={f.active}
              onChange={(e) => setF({ ...f, active: e.currentTarget.checked })}
            />
          )}
          <FormFooter
            error={save.error}
            pending={save.isPending}
            onCancel={onClose}
            submitLabel={t('common.save')}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
