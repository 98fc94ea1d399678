import { Box, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { RosterTaskInput, type RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate } from '../../../lib/dates';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRosterPlanChange } from '../hooks/useRostering';

/**
 * Non-shift tasks (returns to process, call-backs…): each on a day, for a duty, with its minutes;
 * "Give to people on shift" hands each to someone rostered that day with the duty's level and time
 * left, and a task nobody can take says why.
 */
export function TasksSection({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const change = useRosterPlanChange(plan.id);
  const duty = new Map(plan.duties.map((d) => [d.id, d]));
  const dayLabel = (day: number) => formatDate(addDays(plan.startsOn, day), lang);
  const form = useContractForm({
    schema: RosterTaskInput,
    initialValues: {
      day: '0',
      dutyId: plan.duties[0]?.id ?? '',
      titleEn: '',
      titleZh: '',
      minutes: 30 as number | string,
    },
    toBody: (f) => ({
      version: plan.version,
      day: Number(f.day),
      dutyId: f.dutyId,
      titleEn: f.titleEn.trim(),
      titleZh: f.titleZh.trim(),
      minutes: numberValue(f.minutes),
    }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'task', body }, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Stack>
      {plan.tasks.length === 0 ? (
        <Text c="dimmed">{t('rostering.tasks.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('rostering.tasks.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.day')}</Table.Th>
                <Table.Th scope="col">{t('rostering.tasks.task')}</Table.Th>
                <Table.Th scope="col">{t('rostering.tasks.minutes')}</Table.Th>
                <Table.Th scope="col">{t('rostering.tasks.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.tasks.map((x) => {
                const d = duty.get(x.dutyId);
                return (
                  <Table.Tr key={x.id}>
                    <Table.Td>{dayLabel(x.day)}</Table.Td>
                    <Table.Th scope="row">
                      {name(x.titleEn, x.titleZh)}
                      {d && (
                        <Text size="xs" c="dimmed">
                          {name(d.nameEn, d.nameZh)}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{x.minutes}</Table.Td>
                    <Table.Td>
                      {x.personName ??
                        (x.unassignedReason
                          ? t(`rostering.tasks.reason.${x.unassignedReason}`)
                          : t('rostering.tasks.open'))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.tasks.length > 0 && (
        <Group>
          <Button
            variant="light"
            disabled={disabled}
            loading={change.isPending}
            onClick={() => change.mutate({ kind: 'assignTasks', version: plan.version })}
          >
            {t('rostering.tasks.assign')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={change.error} />
      <Box component="form" onSubmit={submit} noValidate maw={720} aria-label={t('rostering.tasks.add')}>
        <Stack gap="xs">
          <Group grow align="flex-start">
            <NativeSelect
              label={t('rostering.day')}
              data={Array.from({ length: plan.days }, (_, day) => ({
                value: String(day),
                label: dayLabel(day),
              }))}
              {...form.getInputProps('day')}
            />
            <NativeSelect
              label={t('rostering.tasks.duty')}
              data={plan.duties.map((d) => ({ value: d.id, label: name(d.nameEn, d.nameZh) }))}
              {...form.getInputProps('dutyId')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('rostering.tasks.titleEn')} required {...form.getInputProps('titleEn')} />
            <TextInput label={t('rostering.tasks.titleZh')} required {...form.getInputProps('titleZh')} />
          </Group>
          <NumberInput
            label={t('rostering.tasks.minutes')}
            min={5}
            max={600}
            maw={200}
            {...form.getInputProps('minutes')}
          />
          <Group>
            <Button type="submit" disabled={disabled || plan.duties.length === 0} loading={change.isPending}>
              {t('rostering.tasks.add')}
            </Button>
          </Group>
        </Stack>
      </Box>
    </Stack>
  );
}
