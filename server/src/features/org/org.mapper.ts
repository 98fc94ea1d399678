import type { JobRole, OrgUnit } from '@frontline/contract';
import type { JobRoleRow, OrgUnitRow } from '../../db/schema.js';

export const toOrgUnit = (r: OrgUnitRow & { headcount: number | null }): OrgUnit => ({
  id: r.id,
  parentId: r.parentId,
  kind: r.kind,
  code: r.code,
  nameEn: r.nameEn,
  nameZh: r.nameZh,
  timezone: r.timezone,
  headcount: Number(r.headcount ?? 0),
});

export const toJobRole = (r: JobRoleRow & { peopleCount: number | null }): JobRole => ({
  id: r.id,
  code: r.code,
  nameEn: r.nameEn,
  nameZh: r.nameZh,
  description: r.description,
  performanceStandards: r.performanceStandards,
  workOutputs: r.workOutputs,
  peopleCount: Number(r.peopleCount ?? 0),
});
