import type { ImportCounts } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../ui/DataList';

type CountKey = keyof ImportCounts;

/** Some of a batch's counts, labelled. */
export function ImportCountsList({ counts, keys }: { counts: ImportCounts; keys: CountKey[] }) {
  const { t } = useTranslation();
  return (
    <DataList
      cols={Math.min(keys.length, 5)}
      items={keys.map((k) => ({ label: t(`imports.counts.${k}`), value: String(counts[k] ?? 0) }))}
    />
  );
}
