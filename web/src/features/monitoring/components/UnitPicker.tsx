import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { useOrgUnits } from '../../org/hooks/useOrg';

/** Picks an org unit for a dashboard (none = the default scope). */
export function UnitPicker({
  value,
  onChange,
  placeholder,
}: {
  value: string | undefined;
  onChange: (id: string | null) => void;
  placeholder: string;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const units = useOrgUnits();
  return (
    <Select
      label={t('dashboards.unit')}
      placeholder={placeholder}
      data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
      value={value ?? null}
      onChange={onChange}
      searchable
      clearable
      w={280}
    />
  );
}
