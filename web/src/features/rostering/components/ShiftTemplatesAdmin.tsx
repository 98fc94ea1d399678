import { Box, Button, Group, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { ShiftTemplateInput } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
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
      <ErrorAlert error={shifts.error} />
      {shifts.data ? (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('rostering.setup.shifts')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.setup.code')}</Table.Th>
                <Table.Th scope="col">{t('rostering.name')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.time')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.break')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.paid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shifts.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row">{s.code}</Table.Th>
                  <Table.Td>{name(s.nameEn, s.nameZh)}</Table.Td>
                  <Table.Td>
                    {hhmm(s.startMinute)}–{hhmm(s.endMinute)}
                    {s.endMinute <= s.startMinute ? ` ${t('rostering.setup.nextDay')}` : ''}
                  </Table.Td>
                  <Table.Td>{t('rostering.minutes', { count: s.breakMinutes })}</Table.Td>
                  <Table.Td>
                    {t('rostering.hoursShort', { hours: num(s.paidMinutes / 60, i18n.language, 2) })}
                  </Table.Td>
                </Table.Tr>
              ))}
              {shifts.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('rostering.setup.noShifts')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        !shifts.error && <Loading />
      )}
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
