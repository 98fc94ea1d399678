import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '@frontline/contract';
import { put } from '../../lib/api-client';
import { applyLanguage, type Language } from '../../lib/i18n';

export function LanguageSwitch({ me }: { me: Me | null }) {
  const { t, i18n } = useTranslation();
  const change = async (lang: string) => {
    applyLanguage(lang as Language);
    if (me) await put('/api/v1/me/locale', { locale: lang }).catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(v) => void change(v)}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'zh-Hant', label: '繁中' },
      ]}
    />
  );
}
