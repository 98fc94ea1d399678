import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_UNIT_KINDS, type OrgUnit, type OrgUnitKind } from '@frontline/contract';
import { rules, useForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSaveOrgUnit } from '../hooks/useOrg';
import { descendantIds, unitOptions } from '../utils/tree';

const EMPTY = { parentId: '', kind: 'team', code: '', nameEn: '', nameZh: '', timezone: 'Asia/Hong_Kong' };
const isKind = (v: string): v is OrgUnitKind => (ORG_UNIT_KINDS as readonly string[]).includes(v);

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
  const name = useLocalName();
  const save = useSaveOrgUnit();
  const { values, errors, set, check, reset } = useForm(EMPTY, {
    code: [rules.required, rules.code],
    nameEn: [rules.required],
    timezone: [rules.required],
  });
  useEffect(() => {
    if (!opened) return;
    save.reset();
    reset(
      unit
        ? {
            parentId: unit.parentId ?? '',
            kind: unit.kind,
            code: unit.code,
            nameEn: unit.nameEn,
            nameZh: unit.nameZh ?? '',
            timezone: unit.timezone,
          }
        : EMPTY,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fill the form when it opens
  }, [opened, unit]);
  const parents = useMemo(() => {
    const below = unit ? descendantIds(units, unit.id) : new Set<string>();
    return unitOptions(units, (u) => name(u.nameEn, u.nameZh)).filter((o) => !below.has(o.value));
  }, [units, unit, name]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    save.mutate(
      {
        id: unit?.id ?? null,
        body: {
          parentId: values.parentId || null,
          kind: isKind(values.kind) ? values.kind : 'team',
          code: values.code.trim(),
          nameEn: values.nameEn.trim(),
          nameZh: values.nameZh.trim() || null,
          timezone: values.timezone.trim(),
        },
      },
      { onSuccess: onClose },
    );
  };
  const err = (k: keyof typeof values) => (errors[k] ? t(errors[k]) : undefined);
  return (
    <Dialog opened={opened} onClose={onClose} title={unit ? t('orgUnits.edit') : t('orgUnits.add')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('orgUnits.code')}
              required
              value={values.code}
              error={err('code')}
              onChange={(e) => set('code', e.currentTarget.value)}
            />
            <Select
              label={t('orgUnits.kind')}
              allowDeselect={false}
              value={values.kind}
              onChange={(v) => set('kind', v ?? 'team')}
              data={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
            />
            <TextInput
              label={t('orgUnits.nameEn')}
              required
              value={values.nameEn}
              error={err('nameEn')}
              onChange={(e) => set('nameEn', e.currentTarget.value)}
            />
            <TextInput
              label={t('orgUnits.nameZh')}
              lang="zh-Hant"
              value={values.nameZh}
              onChange={(e) => set('nameZh', e.currentTarget.value)}
            />
            <Select
              label={t('orgUnits.parent')}
              placeholder={t('orgUnits.noParent')}
              clearable
              searchable
              value={values.parentId || null}
              onChange={(v) => set('parentId', v ?? '')}
              data={parents}
            />
            <TextInput
              label={t('orgUnits.timezone')}
              required
              value={values.timezone}
              error={err('timezone')}
              onChange={(e) => set('timezone', e.currentTarget.value)}
            />
          </SimpleGrid>
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
