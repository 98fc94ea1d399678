import { useQuery } from '@tanstack/react-query';
import type { PersonSummary, Person } from '@frontline/contract';
import { get, qs } from '../../lib/api-client';

export interface PeopleParams {
  q?: string;
  orgUnitId?: string;
  status?: string;
  limit?: number;
  offset?: number;
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const usePeople = (p: PeopleParams) =>
  useQuery({
    queryKey: ['people', p],
    queryFn: () => get<Page<PersonSummary>>(`/api/v1/people${qs({ ...p })}`),
  });
export const usePerson = (id: string | undefined) =>
  useQuery({ queryKey: ['person', id], queryFn: () => get<Person>(`/api/v1/people/${id}`), enabled: !!id });
