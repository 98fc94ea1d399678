import type { FeedbackEvidence } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { formatFigure } from '../../monitoring/utils/format';

/** One piece of evidence in words, with the figure as it was when the feedback was given. */
export function EvidenceText({ evidence: e }: { evidence: FeedbackEvidence }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const indicator = (id: string) => indicators.data?.find((i) => i.id === id);
  const label = (id: string, code: string) => {
    const i = indicator(id);
    return i ? name(i.nameEn, i.nameZh) : code;
  };
  switch (e.type) {
    case 'indicator_period':
      return t('feedback.ev.indicatorPeriodText', {
        code: label(e.indicatorId, e.indicatorCode),
        from: formatDate(e.from, lang),
        to: formatDate(e.to, lang),
        value: formatFigure(e.value, indicator(e.indicatorId), lang),
        n: e.n,
      });
    case 'observation':
      return t('feedback.ev.observationText', {
        code: label(e.indicatorId, e.indicatorCode),
        date: formatDate(e.occurredOn, lang),
        numerator: e.numerator,
        denominator: e.denominator,
      });
    case 'import_batch':
      return t('feedback.ev.importText', { file: e.fileName, rows: e.rows });
    case 'assessment':
      return t('feedback.ev.assessmentText', { title: e.title, ref: e.ref });
    case 'shop_floor':
      return t('feedback.ev.shopFloorText', { note: e.note, when: formatDateTime(e.observedAt, lang) });
  }
}
