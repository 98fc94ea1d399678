import { describe, expect, it } from 'vitest';
import { CreatePersonBody } from '@frontline/contract';
import { schemaProblems } from '../../../lib/form';
import { EMPTY_PERSON, valuesToBody } from './person-form';

const fields = Object.keys(EMPTY_PERSON);

describe('person form', () => {
  it('requires employee number, names and org unit before sending', () => {
    expect(schemaProblems(CreatePersonBody, valuesToBody(EMPTY_PERSON), fields)).toEqual({
      employeeNumber: { key: 'validation.required' },
      givenNameEn: { key: 'validation.required' },
      familyNameEn: { key: 'validation.required' },
      orgUnitId: { key: 'validation.required' },
    });
  });

  it('checks the e-mail, the employee number and the hire date as the API does', () => {
    const body = valuesToBody({
      ...EMPTY_PERSON,
      employeeNumber: '-E1',
      givenNameEn: 'Mei',
      familyNameEn: 'Ho',
      orgUnitId: '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c',
      email: 'not-an-email',
      hireDate: '2023-02-29',
    });
    expect(schemaProblems(CreatePersonBody, body, fields)).toEqual({
      employeeNumber: { key: 'validation.code' },
      email: { key: 'validation.email' },
      hireDate: { key: 'validation.date' },
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
