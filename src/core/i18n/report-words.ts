import type { Dimension } from '../report/consult-report.js';
import type { Locale } from './labels.js';

/** The consult report's chart titles, per dimension. */
export const REPORT_CHART_TITLES: Record<Locale, Record<Dimension, string>> = {
  ko: { placement: '위치별 상담', campaign: '캠페인별 상담', source: '유입별 상담', page: '페이지별 상담', day: '날짜별 상담' },
  en: {
    placement: 'Consults by placement',
    campaign: 'Consults by campaign',
    source: 'Consults by source',
    page: 'Consults by page',
    day: 'Consults by day',
  },
};
