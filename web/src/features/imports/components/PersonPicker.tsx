import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ImportUnmatched } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { usePeople } from '../../people/hooks/usePeople';

/** Picks the person a name in the file stands for: the server's suggestions first, or a search of people. */
export function PersonPicker({
  unmatched,
  value,
  onChange,
}: {
  unmatched: ImportUnmatched;
  value: string | null;
  onChange: (personId: string | null) => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = usePeople({ q: q || undefined, limit: 20 });
  const [picked, setPicked] = useState<Record<string, string>>({});
  const data = (() => {
    const seen = new Map<string, string>();
    for (const s of unmatched.suggestions) {
      seen.set(s.personId, `${name(s.nameEn, s.nameZh)} · ${s.employeeNumber}`);
    }
    for (const p of q ? (people.data?.items ?? []) : []) {
      if (!seen.has(p.id)) seen.set(p.id, `${name(p.nameEn, p.nameZh)} · ${p.employeeNumber}`);
    }
    for (const [id, label] of Object.entries(picked)) if (!seen.has(id)) seen.set(id, label);
    return [...seen].map(([v, label]) => ({ value: v, label }));
  })();
  const shown = unmatched.name ?? unmatched.email ?? unmatched.employeeNumber ?? unmatched.staffKey;
  return (
    <Select
      aria-label={t('imports.pickPersonFor', { name: shown })}
      placeholder={t('imports.pickPerson')}
      data={data}
      value={value}
      onChange={(v, option) => {
        if (v && option) setPicked((prev) => ({ ...prev, [v]: option.label }));
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      filter={({ options }) => options}
      miw={260}
    />
  );
}
