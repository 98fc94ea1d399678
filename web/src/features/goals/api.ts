import { useQuery } from '@tanstack/react-query';
import type { Goal, Indicator, IndicatorUnit, Policy } from '@frontline/contract';
import { get, qs } from '../../lib/api-client';

export const useGoals = (p: { personId?: string; scope?: 'mine' | 'team' | 'all'; status?: string }) =>
  useQuery({ queryKey: ['goals', p], queryFn: () => get<Goal[]>(`/api/v1/goals${qs(p)}`) });
export const useGoal = (id: string | undefined) =>
  useQuery({ queryKey: ['goal', id], queryFn: () => get<Goal>(`/api/v1/goals/${id}`), enabled: !!id });
export const useIndicators = () =>
  useQuery({ queryKey: ['indicators'], queryFn: () => get<Indicator[]>('/api/v1/indicators') });
export const usePolicies = () =>
  useQuery({ queryKey: ['policies'], queryFn: () => get<Policy[]>('/api/v1/policies') });

/** A figure with its indicator's decimals and unit. */
export function formatValue(
  v: number | null | undefined,
  ind: Pick<Indicator, 'decimals' | 'unit'> | undefined,
  lang: string,
) {
  if (v === null || v === undefined) return '—';
  const n = new Intl.NumberFormat(lang, {
    maximumFractionDigits: ind?.decimals ?? 1,
    minimumFractionDigits: 0,
  }).format(v);
  const suffix: Partial<Record<IndicatorUnit, string>> = {
    percent: '%',
    seconds: ' s',
    minutes: ' min',
    hours: ' h',
    per_thousand: ' ‰',
  };
  return `${n}${(ind && suffix[ind.unit]) ?? ''}`;
}
