import {
  Box,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DutyInput } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useCreateDuty, useDuties } from '../hooks/useRostering';

/** The duties of a site (what must be covered, to which standard) and a form to add one. */
export function DutiesAdmin({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const duties = useDuties(unitId);
  const indicators = useIndicators();
  const create = useCreateDuty();
  const form = useContractForm({
    schema: DutyInput,
    initialValues: {
      code: '',
      nameEn: '',
      nameZh: '',
      minLevel: '1',
      standard: '',
      outputs: '',
      indicatorIds: [] as string[],
    },
    toBody: (f) => ({
      unitId,
      code: f.code.trim(),
      nameEn: f.nameEn.trim(),
      nameZh: f.nameZh.trim(),
      minLevel: Number(f.minLevel),
      standard: f.standard.trim(),
      outputs: f.outputs.trim(),
      indicatorIds: f.indicatorIds,
    }),
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Stack>
      <ErrorAlert error={duties.error} />
      {duties.data ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('rostering.setup.duties')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.setup.code')}</Table.Th>
                <Table.Th scope="col">{t('rostering.name')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.minLevel')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.standard')}</Table.Th>
                <Table.Th scope="col">{t('rostering.setup.indicators')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duties.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">{d.code}</Table.Th>
                  <Table.Td>{name(d.nameEn, d.nameZh)}</Table.Td>
                  <Table.Td>{d.minLevel}</Table.Td>
                  <Table.Td>{d.standard || '—'}</Table.Td>
                  <Table.Td>{d.indicatorCodes.join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
              {duties.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('rostering.setup.noDuties')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        !duties.error && <Loading />
      )}
      <Box component="form" onSubmit={submit} noValidate maw={720} aria-labelledby="duty-add">
        <Stack>
          <Title order={3} size="h5" id="duty-add">
            {t('rostering.setup.addDuty')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('rostering.setup.code')} required miw={120} {...form.getInputProps('code')} />
            <Select
              label={t('rostering.setup.minLevel')}
              description={t('rostering.setup.levelHelp')}
              data={['1', '2', '3'].map((v) => ({ value: v, label: t(`rostering.level.${v}`) }))}
              allowDeselect={false}
              miw={160}
              {...form.getInputProps('minLevel')}
            />
          </Group>
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
          <Textarea
            label={t('rostering.setup.standard')}
            description={t('rostering.setup.standardHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('standard')}
          />
          <Textarea
            label={t('rostering.setup.outputs')}
            autosize
            minRows={2}
            {...form.getInputProps('outputs')}
          />
          <MultiSelect
            label={t('rostering.setup.indicators')}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={(indicators.data ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} · ${name(i.nameEn, i.nameZh)}`,
            }))}
            {...form.getInputProps('indicatorIds')}
          />
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('rostering.setup.addDuty')}
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}
