import { useLocalName } from '../../../lib/i18n';
import { useIndicators } from '../../indicators/hooks/useIndicators';

/** An indicator's name in the language shown now, from its id; its code until the list is loaded. */
export function useIndicatorName(): (id: string | null, code: string | null) => string {
  const name = useLocalName();
  const indicators = useIndicators();
  return (id, code) => {
    const i = id ? indicators.data?.find((x) => x.id === id) : undefined;
    return i ? name(i.nameEn, i.nameZh) : (code ?? '');
  };
}
