import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reviewPdfUrl } from '../api';

/** "PDF (English)" and "PDF (中文)": the review as the reader may see it, as a download. */
export function ReviewPdfLinks({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('reviews.pdf.label')}>
      <Button variant="default" size="xs" component="a" href={reviewPdfUrl(reviewId, 'en')} download>
        {t('reviews.pdf.en')}
      </Button>
      <Button
        variant="default"
        size="xs"
        component="a"
        href={reviewPdfUrl(reviewId, 'zh-Hant')}
        download
        lang="zh-Hant"
      >
        {t('reviews.pdf.zh')}
      </Button>
    </Group>
  );
}
