import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { useEveryone } from '../hooks/usePeople';

/** Picks one of the people the user may see (the server scopes the list); `extra` adds known others. */
export function PersonSelect({
  value,
  onChange,
  extra = [],
  exclude,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  extra?: { value: string; label: string }[];
  exclude?: string | null;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const people = useEveryone();
  const seen = new Map<string, string>();
  for (const p of people.data ?? []) {
    if (p.status !== 'left') seen.set(p.id, `${name(p.nameEn, p.nameZh)} · ${p.employeeNumber}`);
  }
  for (const e of extra) if (!seen.has(e.value)) seen.set(e.value, e.label);
  if (exclude) seen.delete(exclude);
  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
      data={[...seen].map(([v, label]) => ({ value: v, label }))}
      value={value}
      onChange={(v) => onChange(v)}
    />
  );
}
