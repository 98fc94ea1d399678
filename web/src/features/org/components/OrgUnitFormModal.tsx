import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrgUnitBody, ORG_UNIT_KINDS, type OrgUnit, type OrgUnitKind } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { useSaveOrgUnit } from '../hooks/useOrg';
import { descendantIds, unitOptions } from '../utils/tree';

const isKind = (v: string | null): v is OrgUnitKind =>
  (ORG_UNIT_KINDS as readonly (string | null)[]).includes(v);

/** Add an org unit (unit null) or change one. A unit cannot be moved below itself. */
export function OrgUnitFormModal({
  opened,
  unit,
  units,
  onClose,
}: {
  opened: boolean;
  unit: OrgUnit | null;
  units: OrgUnit[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={unit ? t('orgUnits.edit') : t('orgUnits.add')} size="lg">
      <OrgUnitForm key={unit?.id ?? 'new'} unit={unit} units={units} onClose={onClose} />
    </Dialog>
  );
}

/** The dialog's content: mounted each time it opens, so it starts from the unit's current values. */
function OrgUnitForm({
  unit,
  units,
  onClose,
}: {
  unit: OrgUnit | null;
  units: OrgUnit[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const save = useSaveOrgUnit();
  const form = useContractForm({
    schema: CreateOrgUnitBody,
    initialValues: {
      parentId: unit?.parentId ?? null,
      kind: (unit?.kind ?? 'team') as string | null,
      code: unit?.code ?? '',
      nameEn: unit?.nameEn ?? '',
      nameZh: unit?.nameZh ?? '',
      timezone: unit?.timezone ?? 'Asia/Hong_Kong',
    },
    toBody: (v) => ({
      parentId: v.parentId,
      kind: isKind(v.kind) ? v.kind : 'team',
      code: v.code.trim(),
      nameEn: v.nameEn.trim(),
      nameZh: v.nameZh.trim() || null,
      timezone: v.timezone.trim(),
    }),
  });
  const parents = useMemo(() => {
    const below = unit ? descendantIds(units, unit.id) : new Set<string>();
    return unitOptions(units, (u) => name(u.nameEn, u.nameZh)).filter((o) => !below.has(o.value));
  }, [units, unit, name]);
  const submit = form.onSubmit((body) =>
    save.mutate({ id: unit?.id ?? null, body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('orgUnits.code')} required {...form.getInputProps('code')} />
          <Select
            label={t('orgUnits.kind')}
            allowDeselect={false}
            data={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('orgUnits.nameEn')} required {...form.getInputProps('nameEn')} />
          <TextInput label={t('orgUnits.nameZh')} lang="zh-Hant" {...form.getInputProps('nameZh')} />
          <Select
            label={t('orgUnits.parent')}
            placeholder={t('orgUnits.noParent')}
            clearable
            searchable
            data={parents}
            {...form.getInputProps('parentId')}
          />
          <TextInput label={t('orgUnits.timezone')} required {...form.getInputProps('timezone')} />
        </SimpleGrid>
        <FormFooter
          error={save.error}
          pending={save.isPending}
          onCancel={onClose}
          submitLabel={t('common.save')}
        />
      </Stack>
    </form>
  );
}
