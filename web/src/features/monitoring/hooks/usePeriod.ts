import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isUuid } from '../../../lib/api-client';
import { readPeriod, writePeriod, type PeriodValue } from '../utils/period';
import { todayIso } from '../../../lib/dates';

/** The period (and org unit) of a dashboard, kept in the address so that links are shareable. */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => readPeriod(params, todayIso()), [params]);
  const unitParam = params.get('unitId');
  const unitId = isUuid(unitParam) ? unitParam : undefined;
  const setPeriod = (p: PeriodValue) => setParams((prev) => writePeriod(prev, p), { replace: true });
  const setUnitId = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('unitId', id);
        else next.delete('unitId');
        return next;
      },
      { replace: true },
    );
  return { period, setPeriod, unitId, setUnitId };
}
