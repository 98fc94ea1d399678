import { describe, expect, it } from 'vitest';
import { validate } from '../../../lib/form';
import { EMPTY_PERSON, PERSON_RULES, valuesToBody } from './person-form';

describe('person form', () => {
  it('requires employee number, names and org unit before sending', () => {
    expect(validate(EMPTY_PERSON, PERSON_RULES)).toEqual({
      employeeNumber: 'validation.required',
      givenNameEn: 'validation.required',
      familyNameEn: 'validation.required',
      orgUnitId: 'validation.required',
    });
  });

  it('sends trimmed text and empty optional fields as null', () => {
    const body = valuesToBody({
      ...EMPTY_PERSON,
      employeeNumber: ' E9001 ',
      givenNameEn: 'Mei Ling ',
      familyNameEn: 'Ho',
      orgUnitId: 'u1',
      nameZh: '何美玲',
      employmentType: 'part_time',
    });
    expect(body).toEqual({
      employeeNumber: 'E9001',
      givenNameEn: 'Mei Ling',
      familyNameEn: 'Ho',
      nameZh: '何美玲',
      email: null,
      orgUnitId: 'u1',
      managerId: null,
      jobRoleId: null,
      employmentType: 'part_time',
      hireDate: null,
      status: 'active',
    });
  });
});
