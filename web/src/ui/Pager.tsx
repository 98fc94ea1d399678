import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The total and the page links of a paged list. `page` counts from 1. */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" aria-live="polite">
        {t('common.total', { count: total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          aria-label={t('common.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`common.page_${control}`) })}
          getItemProps={(n) => ({ 'aria-label': t('common.page_n', { n }) })}
        />
      )}
    </Group>
  );
}
