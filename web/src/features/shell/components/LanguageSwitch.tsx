import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '@frontline/contract';
import { applyLanguage, isLanguage, noteLanguageChoice } from '../../../lib/i18n';
import { authKeys, saveLocale } from '../../auth/api';
import { useSession } from '../../auth/hooks/useSession';

/** EN / 繁中. Signed in, the choice is saved to the account; signed out, to this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const change = (value: string) => {
    if (!isLanguage(value)) return;
    applyLanguage(value);
    if (!me) {
      noteLanguageChoice();
      return;
    }
    void saveLocale(value)
      .then((updated) =>
        qc.setQueryData<SessionState>(authKeys.session, (s) => (s ? { ...s, user: updated } : s)),
      )
      .catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={change}
      data={[
        { value: 'en', label: <span lang="en">EN</span> },
        { value: 'zh-Hant', label: <span lang="zh-Hant">繁中</span> },
      ]}
    />
  );
}
