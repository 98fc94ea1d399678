import type { CreateIndicatorBody } from '@frontline/contract';

/**
 * The preset catalogue for retail and logistics customer service. Each figure is a ratio of sums
 * Σnumerator ÷ Σdenominator × scale over any period and group (docs/data-formats.md §8), so
 * observations store the two additive bases, never the ratio.
 */
export const PRESET_INDICATORS: readonly CreateIndicatorBody[] = [
  {
    code: 'CSAT', nameEn: 'Customer satisfaction (CSAT)', nameZh: '顧客滿意度', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'customer', source: 'helpdesk',
    numeratorLabel: 'satisfied responses (good / top-2-box)', denominatorLabel: 'rated responses',
    formula: 'satisfied ÷ rated responses × 100 (unrated or offered-only surveys are not in the denominator)',
    descriptionEn: 'Share of rated customer surveys that were satisfied.', decimals: 1, minSample: 30,
  },
  {
    code: 'NPS', nameEn: 'Net Promoter Score', nameZh: '淨推薦值', unit: 'score', direction: 'higher_better',
    aggregation: 'net_score', scale: 100, category: 'customer', source: 'survey',
    numeratorLabel: 'promoters (9–10) minus detractors (0–6)', denominatorLabel: 'responses',
    formula: '(promoters − detractors) ÷ responses × 100, from −100 to +100; recomputed from summed counts, never averaged',
    descriptionEn: 'Promoters minus detractors, as a share of all responses.', decimals: 0, minSample: 50,
  },
  {
    code: 'CES', nameEn: 'Customer effort score', nameZh: '顧客費力度', unit: 'score', direction: 'higher_better',
    aggregation: 'mean', scale: 1, category: 'customer', source: 'survey',
    numeratorLabel: 'sum of 1–7 “made it easy” ratings', denominatorLabel: 'responses',
    formula: 'Σ rating ÷ responses (CES 2.0, 1–7; higher = easier)',
    descriptionEn: 'Average “the company made it easy” rating.', decimals: 2, minSample: 30,
  },
  {
    code: 'FCR', nameEn: 'First-contact resolution', nameZh: '首次接觸解決率', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'quality', source: 'helpdesk',
    numeratorLabel: 'resolved at first contact (no reopen / repeat within 7 days)', denominatorLabel: 'first contacts',
    formula: 'first-contact resolved ÷ first contacts × 100',
    descriptionEn: 'Share of customer issues solved in the first contact.', decimals: 1, minSample: 30,
  },
  {
    code: 'AHT', nameEn: 'Average handle time', nameZh: '平均處理時間', unit: 'seconds', direction: 'lower_better',
    aggregation: 'mean', scale: 1, category: 'efficiency', source: 'contact_centre',
    numeratorLabel: 'talk + hold + after-contact work seconds', denominatorLabel: 'contacts handled',
    formula: 'Σ (talk + hold + ACW) seconds ÷ contacts handled',
    descriptionEn: 'Average time to handle one contact, including hold and wrap-up.', decimals: 0, minSample: 30,
  },
  {
    code: 'FRT', nameEn: 'First reply time', nameZh: '首次回覆時間', unit: 'minutes', direction: 'lower_better',
    aggregation: 'mean', scale: 1, category: 'efficiency', source: 'helpdesk',
    numeratorLabel: 'minutes to first public reply (calendar)', denominatorLabel: 'tickets replied',
    formula: 'Σ first-reply minutes ÷ tickets replied (calendar minutes; never mixed with business minutes)',
    descriptionEn: 'Average time until the customer gets a first reply.', decimals: 0, minSample: 30,
  },
  {
    code: 'RESOLUTION_TIME', nameEn: 'Resolution time', nameZh: '解決時間', unit: 'hours', direction: 'lower_better',
    aggregation: 'mean', scale: 1, category: 'efficiency', source: 'helpdesk',
    numeratorLabel: 'hours from creation to resolution', denominatorLabel: 'tickets resolved',
    formula: 'Σ resolution hours ÷ tickets resolved',
    descriptionEn: 'Average time from a ticket being opened to it being solved.', decimals: 1, minSample: 30,
  },
  {
    code: 'SERVICE_LEVEL', nameEn: 'Service level (80/20)', nameZh: '服務水平 (80/20)', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'efficiency', source: 'contact_centre',
    numeratorLabel: 'contacts answered within 20 seconds', denominatorLabel: 'contacts offered (less short abandons)',
    formula: 'answered within T ÷ offered × 100, with T = 20 s; only summed within the same T and variant',
    descriptionEn: 'Share of contacts answered within the service-level threshold.', decimals: 1, minSample: 50,
  },
  {
    code: 'ABANDON', nameEn: 'Abandonment rate', nameZh: '放棄率', unit: 'percent', direction: 'lower_better',
    aggregation: 'proportion', scale: 100, category: 'efficiency', source: 'contact_centre',
    numeratorLabel: 'contacts abandoned in queue', denominatorLabel: 'contacts queued',
    formula: 'abandoned ÷ queued × 100 (callbacks excluded)',
    descriptionEn: 'Share of queued contacts where the customer hung up before being answered.', decimals: 1, minSample: 50,
  },
  {
    code: 'QA_SCORE', nameEn: 'Quality assurance score', nameZh: '質素保證評分', unit: 'percent', direction: 'higher_better',
    aggregation: 'mean', scale: 1, category: 'quality', source: 'qa',
    numeratorLabel: 'sum of review scores (0–100; critical fail = 0)', denominatorLabel: 'reviews',
    formula: 'Σ review score ÷ reviews (the mean of per-review weighted scores; category points are not pooled)',
    descriptionEn: 'Average score of quality reviews of interactions.', decimals: 1, minSample: 5,
  },
  {
    code: 'MYSTERY_SHOP', nameEn: 'Mystery-shopper score', nameZh: '神秘顧客評分', unit: 'percent', direction: 'higher_better',
    aggregation: 'ratio', scale: 100, category: 'quality', source: 'qa',
    numeratorLabel: 'points earned (N/A items excluded)', denominatorLabel: 'points possible',
    formula: 'Σ points earned ÷ Σ points possible × 100 (pooled over visits)',
    descriptionEn: 'Points earned in mystery-shopper visits, pooled.', decimals: 1, minSample: 3,
  },
  {
    code: 'COMPLAINTS_PER_1000', nameEn: 'Complaints per 1,000 transactions', nameZh: '每千宗交易投訴數', unit: 'per_thousand',
    direction: 'lower_better', aggregation: 'ratio', scale: 1000, category: 'customer', source: 'pos',
    numeratorLabel: 'complaints', denominatorLabel: 'transactions',
    formula: 'complaints ÷ transactions × 1,000',
    descriptionEn: 'Customer complaints for every thousand transactions served.', decimals: 2, minSample: 1000,
  },
  {
    code: 'CONVERSION', nameEn: 'Conversion rate', nameZh: '成交率', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'sales', source: 'pos',
    numeratorLabel: 'transactions', denominatorLabel: 'footfall (visitors served)',
    formula: 'transactions ÷ footfall × 100 (staff level needs an allocation rule for footfall)',
    descriptionEn: 'Share of visitors who bought something.', decimals: 1, minSample: 100,
  },
  {
    code: 'ATV', nameEn: 'Average transaction value', nameZh: '平均交易額', unit: 'currency', direction: 'higher_better',
    aggregation: 'ratio', scale: 1, category: 'sales', source: 'pos',
    numeratorLabel: 'net sales (after refunds, before tax)', denominatorLabel: 'transactions',
    formula: 'Σ net sales ÷ transactions',
    descriptionEn: 'Average net sales value of one transaction.', decimals: 2, minSample: 30,
  },
  {
    code: 'UPT', nameEn: 'Units per transaction', nameZh: '每宗交易件數', unit: 'ratio', direction: 'higher_better',
    aggregation: 'ratio', scale: 1, category: 'sales', source: 'pos',
    numeratorLabel: 'units sold', denominatorLabel: 'transactions',
    formula: 'Σ units sold ÷ transactions',
    descriptionEn: 'Average number of items in one transaction.', decimals: 2, minSample: 30,
  },
  {
    code: 'ON_TIME_RESOLUTION', nameEn: 'On-time resolution', nameZh: '準時解決率', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'efficiency', source: 'helpdesk',
    numeratorLabel: 'tickets resolved within SLA', denominatorLabel: 'tickets resolved',
    formula: 'resolved within SLA ÷ resolved × 100',
    descriptionEn: 'Share of tickets solved within the agreed service time.', decimals: 1, minSample: 30,
  },
  {
    code: 'ADHERENCE', nameEn: 'Schedule adherence', nameZh: '排班遵從率', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'people', source: 'hr',
    numeratorLabel: 'minutes in the scheduled activity', denominatorLabel: 'scheduled minutes',
    formula: 'adherent minutes ÷ scheduled minutes × 100',
    descriptionEn: 'Share of scheduled time spent doing the scheduled activity.', decimals: 1, minSample: 600,
  },
  {
    code: 'ATTENDANCE', nameEn: 'Attendance', nameZh: '出勤率', unit: 'percent', direction: 'higher_better',
    aggregation: 'proportion', scale: 100, category: 'people', source: 'hr',
    numeratorLabel: 'shifts attended on time', denominatorLabel: 'shifts rostered',
    formula: 'shifts attended on time ÷ shifts rostered × 100',
    descriptionEn: 'Share of rostered shifts attended on time.', decimals: 1, minSample: 10,
  },
];
