import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/i18n';
import { useEveryone } from './usePeople';

/**
 * A person's name in the language shown now, for views that carry only the English name: the Chinese
 * name comes from the people the user may see (fetched only while Chinese is shown).
 */
export function usePersonName(): (id: string | null | undefined, fallback: string) => string {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-Hant';
  const people = useEveryone(zh);
  const data = people.data;
  return useCallback(
    (id, fallback) => {
      if (!zh || !id) return fallback;
      const p = data?.find((x) => x.id === id);
      return p ? localName(p.nameEn, p.nameZh, 'zh-Hant') : fallback;
    },
    [zh, data],
  );
}
