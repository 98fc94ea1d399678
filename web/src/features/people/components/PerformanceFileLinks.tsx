import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { performanceFileUrl } from '../../checkins/api';

/** "Download performance file" as PDF and CSV, in the language shown now. */
export function PerformanceFileLinks({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-Hant' ? 'zh-Hant' : 'en';
  return (
    <>
      <Button variant="default" component="a" href={performanceFileUrl(personId, 'pdf', lang)} download>
        {t('people.filePdf')}
      </Button>
      <Button variant="default" component="a" href={performanceFileUrl(personId, 'csv', lang)} download>
        {t('people.fileCsv')}
      </Button>
    </>
  );
}
