import type { EmploymentType, OrgUnitKind, PersonStatus, Role } from '@frontline/contract';

/**
 * The demo organisation, Harbour Demo Group: fictional and clearly marked as a demo, never real people.
 * A Hong Kong retail chain (three stores) and a logistics customer-service centre, about 60 people.
 *
 * Pure data. Each list is ordered so a parent unit comes before its children and a manager before
 * everyone who reports to them, so the seed can create them in one pass. The demo logins
 * (admin@, hr@, manager@, supervisor@, staff@, lead@, agent@demo.frontline.test) and the employee
 * numbers are relied on by tests; keep them stable.
 */
export interface DemoOrgUnit {
  code: string;
  parentCode: string | null;
  kind: OrgUnitKind;
  nameEn: string;
  nameZh: string;
  timezone: string;
}

export interface DemoJobRole {
  code: string;
  nameEn: string;
  nameZh: string;
  description: string;
  /** Measurable standards, one per line. */
  performanceStandards: string;
  /** Expected work outputs, one per line. */
  workOutputs: string;
}

export interface DemoPerson {
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string;
  email: string;
  orgUnitCode: string;
  managerEmployeeNumber: string | null;
  jobRoleCode: string;
  employmentType: EmploymentType;
  /** YYYY-MM-DD */
  hireDate: string;
  status: PersonStatus;
  /** The roles of this person's login account. */
  roles: Role[];
}

export const DEMO_ORG_UNITS: readonly DemoOrgUnit[] = [
  {
    code: 'HDG',
    parentCode: null,
    kind: 'company',
    nameEn: 'Harbour Demo Group',
    nameZh: '海港示範集團',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'RETAIL',
    parentCode: 'HDG',
    kind: 'division',
    nameEn: 'Retail',
    nameZh: '零售業務',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'HK-RETAIL',
    parentCode: 'RETAIL',
    kind: 'region',
    nameEn: 'Hong Kong Retail',
    nameZh: '香港零售區',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-CWB',
    parentCode: 'HK-RETAIL',
    kind: 'store',
    nameEn: 'Causeway Bay Store',
    nameZh: '銅鑼灣分店',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-CWB-FLOOR',
    parentCode: 'ST-CWB',
    kind: 'team',
    nameEn: 'Causeway Bay Sales Floor',
    nameZh: '銅鑼灣銷售組',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-CWB-CS',
    parentCode: 'ST-CWB',
    kind: 'team',
    nameEn: 'Causeway Bay Service Counter',
    nameZh: '銅鑼灣客務櫃檯',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-MK',
    parentCode: 'HK-RETAIL',
    kind: 'store',
    nameEn: 'Mong Kok Store',
    nameZh: '旺角分店',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-MK-FLOOR',
    parentCode: 'ST-MK',
    kind: 'team',
    nameEn: 'Mong Kok Sales Floor',
    nameZh: '旺角銷售組',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-MK-CS',
    parentCode: 'ST-MK',
    kind: 'team',
    nameEn: 'Mong Kok Service Counter',
    nameZh: '旺角客務櫃檯',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-ST',
    parentCode: 'HK-RETAIL',
    kind: 'store',
    nameEn: 'Sha Tin Store',
    nameZh: '沙田分店',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'ST-ST-FLOOR',
    parentCode: 'ST-ST',
    kind: 'team',
    nameEn: 'Sha Tin Sales Floor',
    nameZh: '沙田銷售組',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'LOGISTICS',
    parentCode: 'HDG',
    kind: 'division',
    nameEn: 'Logistics',
    nameZh: '物流業務',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'CC-KC',
    parentCode: 'LOGISTICS',
    kind: 'centre',
    nameEn: 'Kwai Chung Customer Service Centre',
    nameZh: '葵涌客戶服務中心',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'CC-KC-VOICE',
    parentCode: 'CC-KC',
    kind: 'team',
    nameEn: 'Voice Team',
    nameZh: '電話組',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'CC-KC-CHAT',
    parentCode: 'CC-KC',
    kind: 'team',
    nameEn: 'Chat and Email Team',
    nameZh: '網上及電郵組',
    timezone: 'Asia/Hong_Kong',
  },
  {
    code: 'CC-KC-CLAIMS',
    parentCode: 'CC-KC',
    kind: 'team',
    nameEn: 'Claims and Returns Team',
    nameZh: '索償及退貨組',
    timezone: 'Asia/Hong_Kong',
  },
];

export const DEMO_JOB_ROLES: readonly DemoJobRole[] = [
  {
    code: 'MD',
    nameEn: 'Managing Director',
    nameZh: '董事總經理',
    description:
      'Sets the customer-service strategy of the group and holds the retail and logistics divisions ' +
      'accountable for their results.',
    performanceStandards:
      'Group CSAT at least 90% each quarter\n' +
      'Customer complaints below 1.5 per 1,000 transactions each quarter\n' +
      'Every direct report has agreed goals and a mid-year review on time',
    workOutputs:
      'Annual service strategy and targets for both divisions\n' +
      'Quarterly business and service review with each division head',
  },
  {
    code: 'OPS-MGR',
    nameEn: 'Retail Operations Manager',
    nameZh: '零售營運經理',
    description:
      'Manages the store managers of the Hong Kong retail region and is accountable for service, sales ' +
      'and staffing in every store.',
    performanceStandards:
      'Regional CSAT at least 90% each month\n' +
      'Mystery-shopper score at least 85% in every store each quarter\n' +
      'Frontline staff turnover below 20% a year',
    workOutputs:
      'Monthly performance review with each store manager\n' +
      'At least two visit reports per store each month\n' +
      'Quarterly regional service improvement plan',
  },
  {
    code: 'STORE-MGR',
    nameEn: 'Store Manager',
    nameZh: '分店經理',
    description:
      'Runs one store day to day, leading its supervisors and staff to meet service, sales and ' +
      'compliance targets.',
    performanceStandards:
      'Store CSAT at least 90% each month\n' +
      'Sales conversion rate at least 25% each month\n' +
      'Every staff member has agreed goals within the first two weeks of each quarter\n' +
      'Stock-count variance within 0.5% at each quarterly count',
    workOutputs:
      'Weekly staff roster published by Thursday\n' +
      'Monthly one-to-one with each supervisor\n' +
      'Monthly store performance report',
  },
  {
    code: 'STORE-SUP',
    nameEn: 'Store Supervisor',
    nameZh: '分店主管',
    description:
      'Leads a shift team on the sales floor or at the service counter, coaching staff and handling ' +
      'escalated customer issues.',
    performanceStandards:
      'Team CSAT at least 90% each month\n' +
      'A check-in with every team member at least once a fortnight\n' +
      'Escalated complaints resolved within 2 working days',
    workOutputs:
      'Daily shift briefing\n' +
      'Fortnightly check-in notes for each team member\n' +
      'Monthly team goals review',
  },
  {
    code: 'SENIOR-SALES',
    nameEn: 'Senior Sales Consultant',
    nameZh: '高級銷售顧問',
    description:
      'Serves customers on the sales floor, mentors newer sales associates and covers for the supervisor ' +
      'on shift when needed.',
    performanceStandards:
      'CSAT at least 92% each month\n' +
      'Units per transaction at least 2.0\n' +
      'Mystery-shopper score at least 90% each quarter\n' +
      'Every new associate buddied for their first 4 weeks',
    workOutputs:
      'Customers served and sales recorded at the till\n' +
      'Buddy notes for each new associate\n' +
      'Monthly product briefing for the team',
  },
  {
    code: 'SALES-ASSOC',
    nameEn: 'Sales Associate',
    nameZh: '銷售員',
    description:
      'Greets and serves customers on the sales floor, recommending products that suit their needs and ' +
      'completing sales accurately.',
    performanceStandards:
      'CSAT at least 90% each month\n' +
      'Units per transaction at least 1.8\n' +
      'Mystery-shopper score at least 85% each quarter',
    workOutputs:
      'Customers served and sales recorded at the till\n' +
      'Product knowledge quiz passed each quarter\n' +
      'Assigned floor section kept stocked and tidy each shift',
  },
  {
    code: 'CASHIER',
    nameEn: 'Cashier and Service Counter Associate',
    nameZh: '收銀及客務員',
    description:
      'Processes payments, returns and exchanges at the service counter and answers customer enquiries.',
    performanceStandards:
      'CSAT at least 92% each month\n' +
      'Till balanced to the dollar on at least 99% of shifts\n' +
      'Average queue wait within 3 minutes at peak hours\n' +
      'Complaints below 1 per 1,000 transactions',
    workOutputs:
      'Payments, returns and exchanges processed under the returns policy\n' +
      'End-of-day till report for every shift',
  },
  {
    code: 'CENTRE-MGR',
    nameEn: 'Customer Service Centre Manager',
    nameZh: '客戶服務中心經理',
    description:
      'Runs the logistics customer-service centre, leading its team leaders and quality assessor across ' +
      'voice, chat, email and claims.',
    performanceStandards:
      '80% of calls answered within 20 seconds each month\n' +
      'First-contact resolution at least 75% each month\n' +
      'Call abandonment rate below 5%\n' +
      'Centre CSAT at least 88% each month',
    workOutputs:
      'Weekly workforce and queue plan\n' +
      'Monthly centre performance report\n' +
      'Quarterly review with each team leader',
  },
  {
    code: 'TEAM-LEAD',
    nameEn: 'Team Leader',
    nameZh: '組長',
    description:
      'Leads a team of customer-service agents, managing the daily queue and coaching each agent on ' +
      'quality and results.',
    performanceStandards:
      'Team first-contact resolution at least 75% each month\n' +
      'Team CSAT at least 88% each month\n' +
      'One coaching session with every agent each month\n' +
      'Team schedule adherence at least 90%',
    workOutputs:
      'Daily queue and break plan\n' +
      'Monthly coaching notes for each agent\n' +
      'Weekly team performance summary',
  },
  {
    code: 'CS-VOICE',
    nameEn: 'Customer Service Agent (Voice)',
    nameZh: '客戶服務主任（電話）',
    description:
      'Answers customer calls about deliveries, shipment tracking and delivery changes, resolving them ' +
      'on the first call where possible.',
    performanceStandards:
      'Average handle time within 6 minutes\n' +
      'CSAT at least 88% each month\n' +
      'QA score at least 85% each month\n' +
      'Schedule adherence at least 90%',
    workOutputs:
      'Calls handled and logged in the case system\n' +
      'Case notes and follow-up actions recorded for every call',
  },
  {
    code: 'CS-CHAT',
    nameEn: 'Customer Service Agent (Chat and Email)',
    nameZh: '客戶服務主任（網上及電郵）',
    description:
      'Handles customer chats and e-mails about deliveries and orders, resolving each ticket in writing ' +
      'within the service targets.',
    performanceStandards:
      'First reply within 60 minutes during opening hours\n' +
      'CSAT at least 88% each month\n' +
      'At least 90% of tickets resolved within 24 hours\n' +
      'QA score at least 85% each month',
    workOutputs: 'Tickets resolved and tagged by reason\nSaved replies reviewed and updated each month',
  },
  {
    code: 'CLAIMS',
    nameEn: 'Claims Specialist',
    nameZh: '索償專員',
    description:
      'Investigates damage and loss claims and processes returns for logistics customers, deciding each ' +
      'claim on the evidence.',
    performanceStandards:
      'At least 90% of claims decided within 5 working days\n' +
      'QA score at least 85% each month\n' +
      'Fewer than 5% of claim decisions overturned on appeal',
    workOutputs: 'Claim decisions with supporting evidence on file\nWeekly claims and returns report',
  },
  {
    code: 'QA',
    nameEn: 'Quality Assessor',
    nameZh: '質素評審員',
    description:
      'Scores calls, chats and store visits against the service scorecards and runs calibration with ' +
      'team leaders and supervisors.',
    performanceStandards:
      'At least 5 scored reviews per agent each month\n' +
      'Calibration agreement with team leaders at least 80%\n' +
      'Every review returned with feedback within 3 working days',
    workOutputs:
      'Scored reviews with written feedback\n' +
      'Monthly calibration session and notes\n' +
      'Monthly quality trends report',
  },
  {
    code: 'HR',
    nameEn: 'HR Officer',
    nameZh: '人力資源主任',
    description:
      'Keeps people records, the performance review cycle and training records accurate and on schedule ' +
      'across the group.',
    performanceStandards:
      'Roster changes recorded within 2 working days\n' +
      'Review cycle launched and closed on the published dates\n' +
      'Training records complete for at least 98% of staff',
    workOutputs:
      'Roster updates and imports\n' +
      'Review cycle progress reports\n' +
      'Quarterly training completion report',
  },
  {
    code: 'IT',
    nameEn: 'Systems Administrator',
    nameZh: '系統管理員',
    description:
      'Runs Frontline and its integrations, keeping user accounts, roster imports and backups working.',
    performanceStandards:
      'Nightly roster imports succeed on at least 99% of nights\n' +
      'Access requests handled within 1 working day\n' +
      'Backups verified by a restore test each month',
    workOutputs: 'Import and backup reports\nQuarterly user access review',
  },
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Company
  {
    employeeNumber: 'E1001',
    givenNameEn: 'Victor',
    familyNameEn: 'Lam',
    nameZh: '林偉強',
    email: 'victor.lam@demo.frontline.test',
    orgUnitCode: 'HDG',
    managerEmployeeNumber: null,
    jobRoleCode: 'MD',
    employmentType: 'full_time',
    hireDate: '2012-03-01',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1002',
    givenNameEn: 'Ada',
    familyNameEn: 'Ng',
    nameZh: '吳雅婷',
    email: 'admin@demo.frontline.test',
    orgUnitCode: 'HDG',
    managerEmployeeNumber: 'E1001',
    jobRoleCode: 'IT',
    employmentType: 'full_time',
    hireDate: '2019-06-03',
    status: 'active',
    roles: ['admin'],
  },
  {
    employeeNumber: 'E1003',
    givenNameEn: 'Grace',
    familyNameEn: 'Ho',
    nameZh: '何嘉欣',
    email: 'hr@demo.frontline.test',
    orgUnitCode: 'HDG',
    managerEmployeeNumber: 'E1001',
    jobRoleCode: 'HR',
    employmentType: 'full_time',
    hireDate: '2016-09-12',
    status: 'active',
    roles: ['staff', 'hr_admin'],
  },
  // Retail: operations and the Mong Kok store
  {
    employeeNumber: 'E1004',
    givenNameEn: 'Raymond',
    familyNameEn: 'Cheung',
    nameZh: '張志偉',
    email: 'raymond.cheung@demo.frontline.test',
    orgUnitCode: 'RETAIL',
    managerEmployeeNumber: 'E1001',
    jobRoleCode: 'OPS-MGR',
    employmentType: 'full_time',
    hireDate: '2013-05-20',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1005',
    givenNameEn: 'Mandy',
    familyNameEn: 'Wong',
    nameZh: '王美玲',
    email: 'manager@demo.frontline.test',
    orgUnitCode: 'ST-MK',
    managerEmployeeNumber: 'E1004',
    jobRoleCode: 'STORE-MGR',
    employmentType: 'full_time',
    hireDate: '2015-02-16',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1006',
    givenNameEn: 'Kelvin',
    familyNameEn: 'Chan',
    nameZh: '陳家樂',
    email: 'supervisor@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1005',
    jobRoleCode: 'STORE-SUP',
    employmentType: 'full_time',
    hireDate: '2017-08-07',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1007',
    givenNameEn: 'Ka Yan',
    familyNameEn: 'Lee',
    nameZh: '李嘉欣',
    email: 'staff@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1006',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2022-04-11',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1008',
    givenNameEn: 'Wing Sze',
    familyNameEn: 'Tang',
    nameZh: '鄧詠詩',
    email: 'wingsze.tang@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1006',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2019-03-18',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1009',
    givenNameEn: 'Jason',
    familyNameEn: 'Yip',
    nameZh: '葉俊傑',
    email: 'jason.yip@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1006',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'part_time',
    hireDate: '2024-07-02',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1010',
    givenNameEn: 'Cherry',
    familyNameEn: 'Lau',
    nameZh: '劉嘉琪',
    email: 'cherry.lau@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1006',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2021-10-04',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1011',
    givenNameEn: 'Tsz Hin',
    familyNameEn: 'Mak',
    nameZh: '麥子軒',
    email: 'tszhin.mak@demo.frontline.test',
    orgUnitCode: 'ST-MK-FLOOR',
    managerEmployeeNumber: 'E1006',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'casual',
    hireDate: '2026-06-15',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1012',
    givenNameEn: 'Irene',
    familyNameEn: 'Kwok',
    nameZh: '郭慧儀',
    email: 'irene.kwok@demo.frontline.test',
    orgUnitCode: 'ST-MK-CS',
    managerEmployeeNumber: 'E1005',
    jobRoleCode: 'STORE-SUP',
    employmentType: 'full_time',
    hireDate: '2018-01-08',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1013',
    givenNameEn: 'Hoi Ling',
    familyNameEn: 'Fung',
    nameZh: '馮凱玲',
    email: 'hoiling.fung@demo.frontline.test',
    orgUnitCode: 'ST-MK-CS',
    managerEmployeeNumber: 'E1012',
    jobRoleCode: 'CASHIER',
    employmentType: 'full_time',
    hireDate: '2020-05-25',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1014',
    givenNameEn: 'Derek',
    familyNameEn: 'Siu',
    nameZh: '蕭德明',
    email: 'derek.siu@demo.frontline.test',
    orgUnitCode: 'ST-MK-CS',
    managerEmployeeNumber: 'E1012',
    jobRoleCode: 'CASHIER',
    employmentType: 'part_time',
    hireDate: '2023-09-11',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1015',
    givenNameEn: 'Yuki',
    familyNameEn: 'Poon',
    nameZh: '潘雪儀',
    email: 'yuki.poon@demo.frontline.test',
    orgUnitCode: 'ST-MK-CS',
    managerEmployeeNumber: 'E1012',
    jobRoleCode: 'CASHIER',
    employmentType: 'full_time',
    hireDate: '2025-03-03',
    status: 'active',
    roles: ['staff'],
  },
  // Retail: Causeway Bay store
  {
    employeeNumber: 'E1016',
    givenNameEn: 'Stephen',
    familyNameEn: 'Leung',
    nameZh: '梁俊文',
    email: 'stephen.leung@demo.frontline.test',
    orgUnitCode: 'ST-CWB',
    managerEmployeeNumber: 'E1004',
    jobRoleCode: 'STORE-MGR',
    employmentType: 'full_time',
    hireDate: '2014-04-14',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1017',
    givenNameEn: 'Joyce',
    familyNameEn: 'Yeung',
    nameZh: '楊曉琳',
    email: 'joyce.yeung@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1016',
    jobRoleCode: 'STORE-SUP',
    employmentType: 'full_time',
    hireDate: '2016-11-21',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1018',
    givenNameEn: 'Ming',
    familyNameEn: 'Chow',
    nameZh: '周明',
    email: 'ming.chow@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1017',
    jobRoleCode: 'SENIOR-SALES',
    employmentType: 'full_time',
    hireDate: '2018-06-04',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1019',
    givenNameEn: 'Natalie',
    familyNameEn: 'Tsang',
    nameZh: '曾雅文',
    email: 'natalie.tsang@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1017',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2021-02-22',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1020',
    givenNameEn: 'Ho Yin',
    familyNameEn: 'Kwan',
    nameZh: '關浩賢',
    email: 'hoyin.kwan@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1017',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'part_time',
    hireDate: '2024-09-09',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1021',
    givenNameEn: 'Rachel',
    familyNameEn: 'So',
    nameZh: '蘇詩敏',
    email: 'rachel.so@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1017',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'casual',
    hireDate: '2025-11-17',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1022',
    givenNameEn: 'Alan',
    familyNameEn: 'Ma',
    nameZh: '馬家豪',
    email: 'alan.ma@demo.frontline.test',
    orgUnitCode: 'ST-CWB-FLOOR',
    managerEmployeeNumber: 'E1017',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2020-08-03',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1023',
    givenNameEn: 'Winnie',
    familyNameEn: 'Tam',
    nameZh: '譚慧敏',
    email: 'winnie.tam@demo.frontline.test',
    orgUnitCode: 'ST-CWB-CS',
    managerEmployeeNumber: 'E1016',
    jobRoleCode: 'STORE-SUP',
    employmentType: 'full_time',
    hireDate: '2015-07-13',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1024',
    givenNameEn: 'Kit',
    familyNameEn: 'Lo',
    nameZh: '盧傑',
    email: 'kit.lo@demo.frontline.test',
    orgUnitCode: 'ST-CWB-CS',
    managerEmployeeNumber: 'E1023',
    jobRoleCode: 'CASHIER',
    employmentType: 'full_time',
    hireDate: '2019-12-02',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1025',
    givenNameEn: 'Fiona',
    familyNameEn: 'Choi',
    nameZh: '蔡芷晴',
    email: 'fiona.choi@demo.frontline.test',
    orgUnitCode: 'ST-CWB-CS',
    managerEmployeeNumber: 'E1023',
    jobRoleCode: 'CASHIER',
    employmentType: 'full_time',
    hireDate: '2022-06-20',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1026',
    givenNameEn: 'Man Kit',
    familyNameEn: 'Au',
    nameZh: '區文傑',
    email: 'mankit.au@demo.frontline.test',
    orgUnitCode: 'ST-CWB-CS',
    managerEmployeeNumber: 'E1023',
    jobRoleCode: 'CASHIER',
    employmentType: 'casual',
    hireDate: '2024-02-26',
    status: 'active',
    roles: ['staff'],
  },
  // Retail: Sha Tin store
  {
    employeeNumber: 'E1027',
    givenNameEn: 'Helen',
    familyNameEn: 'Yuen',
    nameZh: '袁慧珊',
    email: 'helen.yuen@demo.frontline.test',
    orgUnitCode: 'ST-ST',
    managerEmployeeNumber: 'E1004',
    jobRoleCode: 'STORE-MGR',
    employmentType: 'full_time',
    hireDate: '2013-09-23',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1028',
    givenNameEn: 'Eric',
    familyNameEn: 'Kong',
    nameZh: '江俊宇',
    email: 'eric.kong@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1027',
    jobRoleCode: 'STORE-SUP',
    employmentType: 'full_time',
    hireDate: '2016-03-07',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1029',
    givenNameEn: 'Sammi',
    familyNameEn: 'Cheng',
    nameZh: '鄭秀雯',
    email: 'sammi.cheng@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SENIOR-SALES',
    employmentType: 'full_time',
    hireDate: '2017-05-15',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1030',
    givenNameEn: 'Tommy',
    familyNameEn: 'Hui',
    nameZh: '許志明',
    email: 'tommy.hui@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2019-08-26',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1031',
    givenNameEn: 'Ivy',
    familyNameEn: 'Wan',
    nameZh: '溫家怡',
    email: 'ivy.wan@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'part_time',
    hireDate: '2021-04-19',
    status: 'on_leave',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1032',
    givenNameEn: 'Ken',
    familyNameEn: 'Shum',
    nameZh: '岑建邦',
    email: 'ken.shum@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'casual',
    hireDate: '2025-07-07',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1033',
    givenNameEn: 'Bonnie',
    familyNameEn: 'Liu',
    nameZh: '廖寶儀',
    email: 'bonnie.liu@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2018-10-08',
    status: 'left',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1034',
    givenNameEn: 'Nelson',
    familyNameEn: 'Lok',
    nameZh: '駱立新',
    email: 'nelson.lok@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'full_time',
    hireDate: '2023-01-16',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1035',
    givenNameEn: 'Zoe',
    familyNameEn: 'Chan',
    nameZh: '陳芷瑜',
    email: 'zoe.chan@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'part_time',
    hireDate: '2024-11-04',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1036',
    givenNameEn: 'Calvin',
    familyNameEn: 'Ling',
    nameZh: '凌家朗',
    email: 'calvin.ling@demo.frontline.test',
    orgUnitCode: 'ST-ST-FLOOR',
    managerEmployeeNumber: 'E1028',
    jobRoleCode: 'SALES-ASSOC',
    employmentType: 'casual',
    hireDate: '2026-04-13',
    status: 'active',
    roles: ['staff'],
  },
  // Logistics: Kwai Chung customer-service centre
  {
    employeeNumber: 'E1037',
    givenNameEn: 'Patrick',
    familyNameEn: 'Chu',
    nameZh: '朱柏傑',
    email: 'patrick.chu@demo.frontline.test',
    orgUnitCode: 'CC-KC',
    managerEmployeeNumber: 'E1001',
    jobRoleCode: 'CENTRE-MGR',
    employmentType: 'full_time',
    hireDate: '2014-10-06',
    status: 'active',
    roles: ['staff', 'manager'],
  },
  {
    employeeNumber: 'E1038',
    givenNameEn: 'Queenie',
    familyNameEn: 'Lai',
    nameZh: '黎琪琪',
    email: 'queenie.lai@demo.frontline.test',
    orgUnitCode: 'CC-KC',
    managerEmployeeNumber: 'E1037',
    jobRoleCode: 'QA',
    employmentType: 'full_time',
    hireDate: '2015-08-14',
    status: 'active',
    roles: ['staff', 'assessor'],
  },
  {
    employeeNumber: 'E1039',
    givenNameEn: 'Terence',
    familyNameEn: 'Wu',
    nameZh: '胡德倫',
    email: 'lead@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1037',
    jobRoleCode: 'TEAM-LEAD',
    employmentType: 'full_time',
    hireDate: '2016-09-15',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1040',
    givenNameEn: 'Jacky',
    familyNameEn: 'Ng',
    nameZh: '吳志傑',
    email: 'agent@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2023-01-09',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1041',
    givenNameEn: 'Carmen',
    familyNameEn: 'Law',
    nameZh: '羅嘉雯',
    email: 'carmen.law@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2017-02-13',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1042',
    givenNameEn: 'Brian',
    familyNameEn: 'Tse',
    nameZh: '謝柏然',
    email: 'brian.tse@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2019-05-06',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1043',
    givenNameEn: 'Elaine',
    familyNameEn: 'Ko',
    nameZh: '高依琳',
    email: 'elaine.ko@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2020-10-12',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1044',
    givenNameEn: 'Marco',
    familyNameEn: 'Pang',
    nameZh: '彭文浩',
    email: 'marco.pang@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2022-08-15',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1045',
    givenNameEn: 'Stella',
    familyNameEn: 'Yau',
    nameZh: '邱詩婷',
    email: 'stella.yau@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2018-03-26',
    status: 'on_leave',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1046',
    givenNameEn: 'Gary',
    familyNameEn: 'Sze',
    nameZh: '施家輝',
    email: 'gary.sze@demo.frontline.test',
    orgUnitCode: 'CC-KC-VOICE',
    managerEmployeeNumber: 'E1039',
    jobRoleCode: 'CS-VOICE',
    employmentType: 'full_time',
    hireDate: '2025-05-19',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1047',
    givenNameEn: 'Vivian',
    familyNameEn: 'Hung',
    nameZh: '洪慧雯',
    email: 'vivian.hung@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1037',
    jobRoleCode: 'TEAM-LEAD',
    employmentType: 'full_time',
    hireDate: '2015-11-02',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1048',
    givenNameEn: 'Alex',
    familyNameEn: 'Kwong',
    nameZh: '鄺俊朗',
    email: 'alex.kwong@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2018-09-17',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1049',
    givenNameEn: 'Peggy',
    familyNameEn: 'Chiu',
    nameZh: '趙佩琪',
    email: 'peggy.chiu@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2016-06-27',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1050',
    givenNameEn: 'Dennis',
    familyNameEn: 'Yim',
    nameZh: '嚴德信',
    email: 'dennis.yim@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2020-02-03',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1051',
    givenNameEn: 'Hazel',
    familyNameEn: 'Fok',
    nameZh: '霍凱晴',
    email: 'hazel.fok@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2021-07-26',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1052',
    givenNameEn: 'Leo',
    familyNameEn: 'Chung',
    nameZh: '鍾立文',
    email: 'leo.chung@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2022-12-05',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1053',
    givenNameEn: 'Iris',
    familyNameEn: 'Ngai',
    nameZh: '魏雅詩',
    email: 'iris.ngai@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'full_time',
    hireDate: '2024-04-08',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1054',
    givenNameEn: 'Kenneth',
    familyNameEn: 'Yung',
    nameZh: '容家俊',
    email: 'kenneth.yung@demo.frontline.test',
    orgUnitCode: 'CC-KC-CHAT',
    managerEmployeeNumber: 'E1047',
    jobRoleCode: 'CS-CHAT',
    employmentType: 'contract',
    hireDate: '2026-02-23',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1055',
    givenNameEn: 'Benson',
    familyNameEn: 'Lui',
    nameZh: '呂文彬',
    email: 'benson.lui@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1037',
    jobRoleCode: 'TEAM-LEAD',
    employmentType: 'full_time',
    hireDate: '2014-12-01',
    status: 'active',
    roles: ['staff', 'supervisor'],
  },
  {
    employeeNumber: 'E1056',
    givenNameEn: 'Connie',
    familyNameEn: 'Ip',
    nameZh: '葉綺雯',
    email: 'connie.ip@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1055',
    jobRoleCode: 'CLAIMS',
    employmentType: 'full_time',
    hireDate: '2017-10-16',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1057',
    givenNameEn: 'Felix',
    familyNameEn: 'Cheuk',
    nameZh: '卓浩然',
    email: 'felix.cheuk@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1055',
    jobRoleCode: 'CLAIMS',
    employmentType: 'full_time',
    hireDate: '2019-01-21',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1058',
    givenNameEn: 'Janice',
    familyNameEn: 'Mok',
    nameZh: '莫靜儀',
    email: 'janice.mok@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1055',
    jobRoleCode: 'CLAIMS',
    employmentType: 'full_time',
    hireDate: '2021-09-13',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1059',
    givenNameEn: 'Oscar',
    familyNameEn: 'Tong',
    nameZh: '湯俊輝',
    email: 'oscar.tong@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1055',
    jobRoleCode: 'CLAIMS',
    employmentType: 'full_time',
    hireDate: '2023-06-05',
    status: 'active',
    roles: ['staff'],
  },
  {
    employeeNumber: 'E1060',
    givenNameEn: 'Phoebe',
    familyNameEn: 'Kam',
    nameZh: '甘佩怡',
    email: 'phoebe.kam@demo.frontline.test',
    orgUnitCode: 'CC-KC-CLAIMS',
    managerEmployeeNumber: 'E1055',
    jobRoleCode: 'CLAIMS',
    employmentType: 'contract',
    hireDate: '2025-09-01',
    status: 'active',
    roles: ['staff'],
  },
];
