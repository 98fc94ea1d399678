import { Box, Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { ShiftTemplateInput } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DataTable } from '../../../ui/DataTable';
import { useCreateShiftTemplate, useShiftTemplates } from '../hooks/useRostering';
import { hhmm, num, parseHhmm } from '../utils/words';

/** The shift templates of a site (start, end, unpaid break) and a form to add one. */
export function ShiftTemplatesAdmin({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const shifts = useShiftTemplates(unitId);
  const create = useCreateShiftTemplate();
  const form = useContractForm({
    schema: ShiftTemplateInput,
    initialValues: {
      code: '',
      nameEn: '',
      nameZh: '',
      start: '09:00',
      end: '18:00',
      breakMinutes: 60 as number | string,
    },
    toBody: (f) => ({
      unitId,
      code: f.code.trim(),
      nameEn: f.nameEn.trim(),
      nameZh: f.nameZh.trim(),
      startMinute: parseHhmm(f.start),
      endMinute: parseHhmm(f.end),
      breakMinutes: numberValue(f.breakMinutes),
    }),
    fields: { startMinute: 'start', endMinute: 'end' },
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Stack>
      <DataTable
        caption={t('rostering.setup.shifts')}
        columns={[
          { header: t('rostering.setup.code'), cell: (s) => s.code },
          { header: t('rostering.name'), cell: (s) => name(s.nameEn, s.nameZh) },
          {
            header: t('rostering.setup.time'),
            cell: (s) => (
              <>
                {hhmm(s.startMinute)}–{hhmm(s.endMinute)}
                {s.endMinute <= s.startMinute ? ` ${t('rostering.setup.nextDay')}` : ''}
              </>
            ),
          },
          {
            header: t('rostering.setup.break'),
            cell: (s) => t('rostering.minutes', { count: s.breakMinutes }),
          },
          {
            header: t('rostering.setup.paid'),
            cell: (s) => t('rostering.hoursShort', { hours: num(s.paidMinutes / 60, i18n.language, 2) }),
          },
        ]}
        rows={shifts.data}
        error={shifts.error}
        rowKey={(s) => s.id}
        empty={t('rostering.setup.noShifts')}
        minWidth={480}
      />
      <Box component="form" onSubmit={submit} noValidate maw={720} aria-labelledby="shift-add">
        <Stack>
          <Title order={3} size="h5" id="shift-add">
            {t('rostering.setup.addShift')}
          </Title>
          <TextInput label={t('rostering.setup.code')} required maw={240} {...form.getInputProps('code')} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('rostering.setup.nameEn')}
              required
              miw={200}
              {...form.getInputProps('nameEn')}
            />
            <TextInput
              label={t('rostering.setup.nameZh')}
              required
              miw={200}
              {...form.getInputProps('nameZh')}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('rostering.setup.start')}
              type="time"
              required
              miw={120}
              {...form.getInputProps('start')}
            />
            <TextInput
              label={t('rostering.setup.end')}
              description={t('rostering.setup.endHelp')}
              type="time"
              required
              miw={120}
              {...form.getInputProps('end')}
            />
            <NumberInput
              label={t('rostering.setup.breakMinutes')}
              min={0}
              max={240}
              allowDecimal={false}
              miw={120}
              {...form.getInputProps('breakMinutes')}
            />
          </Group>
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('rostering.setup.addShift')}
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}
