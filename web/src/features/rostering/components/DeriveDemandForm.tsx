import {
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DeriveDemandBody, type RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useRosterPlanChange } from '../hooks/useRostering';
import { dutyOptions, parseHhmm } from '../utils/words';

type Method = 'erlang_c' | 'store_ratio';

/**
 * Derives one duty's demand from imported volumes: Erlang C for a queue (service level, answer
 * time) or a staffing ratio for a store (transactions per staff hour), over the opening hours.
 */
export function DeriveDemandForm({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const change = useRosterPlanChange(plan.id);
  const form = useContractForm({
    schema: DeriveDemandBody,
    initialValues: {
      dutyId: plan.duties[0]?.id ?? null,
      method: 'erlang_c' as Method,
      indicatorId: plan.duties[0]?.indicatorIds[0] ?? null,
      weeksOfHistory: 8 as number | string,
      open: '09:00',
      close: '21:00',
      slotMinutes: '30',
      serviceLevelPct: 80 as number | string,
      answerWithinSeconds: 20 as number | string,
      transactionsPerStaffHour: 20 as number | string,
    },
    toBody: (f) => {
      const close = parseHhmm(f.close);
      return {
        version: 0, // the plan's version is put in when sending
        dutyId: f.dutyId ?? '',
        method: f.method,
        indicatorId: f.indicatorId ?? '',
        weeksOfHistory: numberValue(f.weeksOfHistory),
        openMinute: parseHhmm(f.open),
        // closing at midnight is the end of the day
        closeMinute: close === 0 ? 1440 : close,
        slotMinutes: Number(f.slotMinutes) as 15 | 30 | 60,
        ...(f.method === 'erlang_c'
          ? {
              serviceLevel:
                typeof f.serviceLevelPct === 'number'
                  ? f.serviceLevelPct / 100
                  : numberValue(f.serviceLevelPct),
              answerWithinSeconds: numberValue(f.answerWithinSeconds),
            }
          : { transactionsPerStaffHour: numberValue(f.transactionsPerStaffHour) }),
      };
    },
    fields: { openMinute: 'open', closeMinute: 'close', serviceLevel: 'serviceLevelPct' },
    extra: (f) => {
      const open = parseHhmm(f.open);
      const close = parseHhmm(f.close);
      return Number.isNaN(open) || Number.isNaN(close) || open === (close === 0 ? 1440 : close)
        ? { close: 'rostering.derive.hoursInvalid' }
        : {};
    },
  });
  const submit = form.onSubmit((body) =>
    change.mutate(
      { kind: 'derive', body: { ...body, version: plan.version } },
      { onError: form.applyServerErrors },
    ),
  );
  const erlang = form.values.method === 'erlang_c';
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="derive-title">
      <Stack>
        <Title order={3} size="h5" id="derive-title">
          {t('rostering.derive.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rostering.derive.help')}
        </Text>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('rostering.duty')}
            required
            miw={200}
            data={dutyOptions(plan.duties, lang)}
            {...form.getInputProps('dutyId')}
          />
          <Select
            label={t('rostering.derive.indicator')}
            required
            searchable
            miw={200}
            nothingFoundMessage={t('common.nothingFound')}
            data={(indicators.data ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} · ${name(i.nameEn, i.nameZh)}`,
            }))}
            {...form.getInputProps('indicatorId')}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="derive-method">
            {t('rostering.derive.method')}
          </Text>
          <SegmentedControl
            aria-labelledby="derive-method"
            data={[
              { value: 'erlang_c', label: t('rostering.derive.methods.erlang_c') },
              { value: 'store_ratio', label: t('rostering.derive.methods.store_ratio') },
            ]}
            value={form.values.method}
            onChange={(v) => form.setFieldValue('method', v as Method)}
            w="fit-content"
          />
        </Stack>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('rostering.derive.weeksOfHistory')}
            min={1}
            max={12}
            allowDecimal={false}
            miw={140}
            {...form.getInputProps('weeksOfHistory')}
          />
          <Select
            label={t('rostering.derive.slot')}
            data={['15', '30', '60'].map((v) => ({
              value: v,
              label: t('rostering.minutes', { count: Number(v) }),
            }))}
            allowDeselect={false}
            miw={140}
            {...form.getInputProps('slotMinutes')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('rostering.derive.open')}
            type="time"
            required
            miw={140}
            {...form.getInputProps('open')}
          />
          <TextInput
            label={t('rostering.derive.close')}
            type="time"
            required
            miw={140}
            {...form.getInputProps('close')}
          />
        </Group>
        {erlang ? (
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('rostering.derive.serviceLevel')}
              suffix="%"
              min={1}
              max={99}
              miw={140}
              {...form.getInputProps('serviceLevelPct')}
            />
            <NumberInput
              label={t('rostering.derive.answerWithin')}
              min={1}
              max={3600}
              allowDecimal={false}
              miw={140}
              {...form.getInputProps('answerWithinSeconds')}
            />
          </Group>
        ) : (
          <NumberInput
            label={t('rostering.derive.perStaffHour')}
            min={0.1}
            max={1000}
            maw={320}
            {...form.getInputProps('transactionsPerStaffHour')}
          />
        )}
        <ErrorAlert error={change.error} />
        <Button type="submit" loading={change.isPending} disabled={disabled} w="fit-content">
          {t('rostering.derive.run')}
        </Button>
      </Stack>
    </Card>
  );
}
