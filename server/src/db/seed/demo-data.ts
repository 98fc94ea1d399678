import type { EmploymentType, OrgUnitKind, PersonStatus, Role } from '@frontline/contract';

/**
 * The demo organisation: fictional, clearly marked, never real people. A retail chain with three
 * stores and a logistics customer-service centre in Hong Kong, about 60 people.
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
  performanceStandards: string;
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
  hireDate: string;
  status: PersonStatus;
  roles: Role[];
}

const HK = 'Asia/Hong_Kong';
const unit = (
  code: string,
  parentCode: string | null,
  kind: OrgUnitKind,
  nameEn: string,
  nameZh: string,
): DemoOrgUnit => ({
  code,
  parentCode,
  kind,
  nameEn,
  nameZh,
  timezone: HK,
});

export const DEMO_ORG_UNITS: readonly DemoOrgUnit[] = [
  unit('HDG', null, 'company', 'Harbour Demo Group', '海港示範集團'),
  unit('RETAIL', 'HDG', 'division', 'Retail', '零售業務'),
  unit('HK-RETAIL', 'RETAIL', 'region', 'Hong Kong Retail', '香港零售區'),
  unit('ST-CWB', 'HK-RETAIL', 'store', 'Causeway Bay Store', '銅鑼灣分店'),
  unit('ST-CWB-FLOOR', 'ST-CWB', 'team', 'Causeway Bay Sales Floor', '銅鑼灣銷售組'),
  unit('ST-CWB-CS', 'ST-CWB', 'team', 'Causeway Bay Service Counter', '銅鑼灣客務櫃檯'),
  unit('ST-MK', 'HK-RETAIL', 'store', 'Mong Kok Store', '旺角分店'),
  unit('ST-MK-FLOOR', 'ST-MK', 'team', 'Mong Kok Sales Floor', '旺角銷售組'),
  unit('ST-MK-CS', 'ST-MK', 'team', 'Mong Kok Service Counter', '旺角客務櫃檯'),
  unit('ST-ST', 'HK-RETAIL', 'store', 'Sha Tin Store', '沙田分店'),
  unit('ST-ST-FLOOR', 'ST-ST', 'team', 'Sha Tin Sales Floor', '沙田銷售組'),
  unit('LOGISTICS', 'HDG', 'division', 'Logistics', '物流業務'),
  unit('CC-KC', 'LOGISTICS', 'centre', 'Kwai Chung Customer Service Centre', '葵涌客戶服務中心'),
  unit('CC-KC-VOICE', 'CC-KC', 'team', 'Voice Team', '電話組'),
  unit('CC-KC-CHAT', 'CC-KC', 'team', 'Chat and Email Team', '網上及電郵組'),
  unit('CC-KC-CLAIMS', 'CC-KC', 'team', 'Claims and Returns Team', '索償及退貨組'),
];

const role = (
  code: string,
  nameEn: string,
  nameZh: string,
  description: string,
  standards: string[],
  outputs: string[],
): DemoJobRole => ({
  code,
  nameEn,
  nameZh,
  description,
  performanceStandards: standards.join('\n'),
  workOutputs: outputs.join('\n'),
});

export const DEMO_JOB_ROLES: readonly DemoJobRole[] = [
  role(
    'MD',
    'Managing Director',
    '董事總經理',
    'Leads the group.',
    ['Group CSAT at least 90% each quarter'],
    ['Quarterly service review'],
  ),
  role(
    'OPS-MGR',
    'Operations Manager',
    '營運經理',
    'Runs a division and its managers.',
    ['Division CSAT at least 90% each month', 'Complaints under 2 per 1,000 transactions'],
    ['Monthly performance review with each manager', 'Quarterly improvement plan'],
  ),
  role(
    'STORE-MGR',
    'Store Manager',
    '分店經理',
    'Runs one store: people, service and sales.',
    [
      'Store CSAT at least 90% each month',
      'Conversion rate at least 25%',
      'Every staff member has agreed goals each quarter',
    ],
    ['Weekly roster', 'Monthly one-to-one with each supervisor', 'Monthly store performance report'],
  ),
  role(
    'STORE-SUP',
    'Store Supervisor',
    '分店主管',
    'Leads a team on the shop floor or at the service counter.',
    ['Team CSAT at least 90% each month', 'A check-in with every team member each fortnight'],
    ['Fortnightly check-in notes', 'Daily shift briefing'],
  ),
  role(
    'SALES-ASSOC',
    'Sales Associate',
    '銷售員',
    'Serves customers on the shop floor.',
    [
      'CSAT at least 90% each month',
      'Units per transaction at least 1.8',
      'Mystery-shopper score at least 85%',
    ],
    ['Customers served and sales recorded at the till', 'Product knowledge quiz each quarter'],
  ),
  role(
    'CASHIER',
    'Cashier and Service Counter Associate',
    '收銀及客務員',
    'Handles payments, returns and enquiries at the counter.',
    ['CSAT at least 92% each month', 'Till accuracy 100%', 'Complaints under 1 per 1,000 transactions'],
    ['Transactions and returns processed', 'End-of-day till report'],
  ),
  role(
    'CENTRE-MGR',
    'Customer Service Centre Manager',
    '客戶服務中心經理',
    'Runs the logistics customer-service centre.',
    [
      'Service level 80% of calls answered in 20 seconds',
      'First-contact resolution at least 75%',
      'Abandonment under 5%',
    ],
    ['Weekly work allocation plan', 'Monthly centre performance report'],
  ),
  role(
    'TEAM-LEAD',
    'Team Leader',
    '組長',
    'Leads a team of customer-service agents.',
    ['Team FCR at least 75%', 'Team CSAT at least 88%', 'Coaching session with every agent each month'],
    ['Daily queue plan', 'Monthly coaching notes'],
  ),
  role(
    'CS-VOICE',
    'Customer Service Agent (Voice)',
    '客戶服務主任（電話）',
    'Answers delivery and shipment calls.',
    ['Average handle time within 6 minutes', 'CSAT at least 88%', 'QA score at least 85%'],
    ['Calls handled and logged', 'Case notes for every call'],
  ),
  role(
    'CS-CHAT',
    'Customer Service Agent (Chat and Email)',
    '客戶服務主任（網上及電郵）',
    'Answers chats and e-mails about deliveries.',
    ['First reply within 60 minutes', 'CSAT at least 88%', 'On-time resolution at least 90%'],
    ['Tickets solved', 'Macros kept up to date'],
  ),
  role(
    'CLAIMS',
    'Claims Specialist',
    '索償專員',
    'Handles damage claims and returns.',
    ['Claims resolved within 5 working days at least 90%', 'QA score at least 85%'],
    ['Claims decided with evidence', 'Weekly claims report'],
  ),
  role(
    'QA',
    'Quality Assessor',
    '質素評審員',
    'Reviews calls, chats and store visits against the scorecards.',
    ['At least 5 reviews per agent each month', 'Calibration agreement at least 0.8'],
    ['Scored reviews', 'Monthly calibration session'],
  ),
  role(
    'HR',
    'HR Officer',
    '人力資源主任',
    'Keeps people records, reviews and training in order.',
    ['Review cycle completed on time'],
    ['Roster updates', 'Review cycle reports'],
  ),
  role(
    'IT',
    'Systems Administrator',
    '系統管理員',
    'Runs Frontline and its integrations.',
    ['Nightly imports succeed'],
    ['Import and backup reports'],
  ),
];

let next = 1001;
const people: DemoPerson[] = [];
function person(
  given: string,
  family: string,
  nameZh: string,
  orgUnitCode: string,
  manager: string | null,
  jobRoleCode: string,
  roles: Role[],
  opts: { email?: string; type?: EmploymentType; hired?: string; status?: PersonStatus } = {},
): string {
  const employeeNumber = `E${next++}`;
  const email =
    opts.email ?? `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '') + '@demo.frontline.test';
  const year = 2012 + (next % 14);
  people.push({
    employeeNumber,
    givenNameEn: given,
    familyNameEn: family,
    nameZh,
    email,
    orgUnitCode,
    managerEmployeeNumber: manager,
    jobRoleCode,
    employmentType: opts.type ?? 'full_time',
    hireDate:
      opts.hired ??
      `${year}-${String((next % 12) + 1).padStart(2, '0')}-${String((next % 27) + 1).padStart(2, '0')}`,
    status: opts.status ?? 'active',
    roles,
  });
  return employeeNumber;
}

// Company
const md = person('Victor', 'Lam', '林偉強', 'HDG', null, 'MD', ['staff', 'manager'], {
  hired: '2012-03-01',
});
person('Ada', 'Ng', '吳雅婷', 'HDG', md, 'IT', ['admin'], {
  email: 'admin@demo.frontline.test',
  hired: '2019-06-03',
});
person('Grace', 'Ho', '何嘉欣', 'HDG', md, 'HR', ['staff', 'hr_admin'], {
  email: 'hr@demo.frontline.test',
  hired: '2016-09-12',
});

// Retail
const retailOps = person('Raymond', 'Cheung', '張志偉', 'RETAIL', md, 'OPS-MGR', ['staff', 'manager'], {
  hired: '2013-05-20',
});
const mkMgr = person('Mandy', 'Wong', '王美玲', 'ST-MK', retailOps, 'STORE-MGR', ['staff', 'manager'], {
  email: 'manager@demo.frontline.test',
  hired: '2015-02-16',
});
const mkFloorSup = person(
  'Kelvin',
  'Chan',
  '陳家樂',
  'ST-MK-FLOOR',
  mkMgr,
  'STORE-SUP',
  ['staff', 'supervisor'],
  { email: 'supervisor@demo.frontline.test', hired: '2017-08-07' },
);
person('Ka Yan', 'Lee', '李嘉欣', 'ST-MK-FLOOR', mkFloorSup, 'SALES-ASSOC', ['staff'], {
  email: 'staff@demo.frontline.test',
  hired: '2022-04-11',
});
for (const [g, f, z, t] of [
  ['Wing Sze', 'Tang', '鄧詠詩', 'full_time'],
  ['Jason', 'Yip', '葉俊傑', 'part_time'],
  ['Cherry', 'Lau', '劉嘉琪', 'full_time'],
  ['Tsz Hin', 'Mak', '麥子軒', 'casual'],
] as const) {
  person(g, f, z, 'ST-MK-FLOOR', mkFloorSup, 'SALES-ASSOC', ['staff'], { type: t });
}
const mkCsSup = person('Irene', 'Kwok', '郭慧儀', 'ST-MK-CS', mkMgr, 'STORE-SUP', ['staff', 'supervisor']);
for (const [g, f, z] of [
  ['Hoi Ling', 'Fung', '馮凱玲'],
  ['Derek', 'Siu', '蕭德明'],
  ['Yuki', 'Poon', '潘雪儀'],
] as const) {
  person(g, f, z, 'ST-MK-CS', mkCsSup, 'CASHIER', ['staff']);
}

const cwbMgr = person('Stephen', 'Leung', '梁俊文', 'ST-CWB', retailOps, 'STORE-MGR', ['staff', 'manager']);
const cwbFloorSup = person('Joyce', 'Yeung', '楊曉琳', 'ST-CWB-FLOOR', cwbMgr, 'STORE-SUP', [
  'staff',
  'supervisor',
]);
for (const [g, f, z, t] of [
  ['Ming', 'Chow', '周明', 'full_time'],
  ['Natalie', 'Tsang', '曾雅文', 'full_time'],
  ['Ho Yin', 'Kwan', '關浩賢', 'part_time'],
  ['Rachel', 'So', '蘇詩敏', 'casual'],
  ['Alan', 'Ma', '馬家豪', 'full_time'],
] as const) {
  person(g, f, z, 'ST-CWB-FLOOR', cwbFloorSup, 'SALES-ASSOC', ['staff'], { type: t });
}
const cwbCsSup = person('Winnie', 'Tam', '譚慧敏', 'ST-CWB-CS', cwbMgr, 'STORE-SUP', ['staff', 'supervisor']);
for (const [g, f, z] of [
  ['Kit', 'Lo', '盧傑'],
  ['Fiona', 'Choi', '蔡芷晴'],
  ['Man Kit', 'Au', '區文傑'],
] as const) {
  person(g, f, z, 'ST-CWB-CS', cwbCsSup, 'CASHIER', ['staff']);
}

const stMgr = person('Helen', 'Yuen', '袁海倫', 'ST-ST', retailOps, 'STORE-MGR', ['staff', 'manager']);
const stSup = person('Eric', 'Kong', '江俊宇', 'ST-ST-FLOOR', stMgr, 'STORE-SUP', ['staff', 'supervisor']);
for (const [g, f, z, t, s] of [
  ['Sammi', 'Cheng', '鄭秀雯', 'full_time', 'active'],
  ['Tommy', 'Hui', '許志明', 'full_time', 'active'],
  ['Ivy', 'Wan', '溫家怡', 'part_time', 'on_leave'],
  ['Ken', 'Shum', '岑建邦', 'casual', 'active'],
  ['Bonnie', 'Liu', '廖寶儀', 'full_time', 'left'],
  ['Nelson', 'Lok', '駱立新', 'full_time', 'active'],
  ['Zoe', 'Chan', '陳芷瑜', 'part_time', 'active'],
  ['Calvin', 'Ling', '凌家朗', 'casual', 'active'],
] as const) {
  person(g, f, z, 'ST-ST-FLOOR', stSup, 'SALES-ASSOC', ['staff'], { type: t, status: s });
}

// Logistics customer-service centre
const centreMgr = person('Patrick', 'Chu', '朱柏傑', 'CC-KC', md, 'CENTRE-MGR', ['staff', 'manager'], {
  hired: '2014-10-06',
});
person('Queenie', 'Lai', '黎琪琪', 'CC-KC', centreMgr, 'QA', ['staff', 'assessor']);
const voiceLead = person(
  'Terence',
  'Wu',
  '胡德倫',
  'CC-KC-VOICE',
  centreMgr,
  'TEAM-LEAD',
  ['staff', 'supervisor'],
  { email: 'lead@demo.frontline.test' },
);
person('Jacky', 'Ng', '吳志傑', 'CC-KC-VOICE', voiceLead, 'CS-VOICE', ['staff'], {
  email: 'agent@demo.frontline.test',
  hired: '2023-01-09',
});
for (const [g, f, z, s] of [
  ['Carmen', 'Law', '羅嘉雯', 'active'],
  ['Brian', 'Tse', '謝柏然', 'active'],
  ['Elaine', 'Ko', '高依琳', 'active'],
  ['Marco', 'Pang', '彭文浩', 'active'],
  ['Stella', 'Yau', '邱詩婷', 'on_leave'],
  ['Gary', 'Sze', '施家輝', 'active'],
] as const) {
  person(g, f, z, 'CC-KC-VOICE', voiceLead, 'CS-VOICE', ['staff'], { status: s });
}
const chatLead = person('Vivian', 'Hung', '洪慧雯', 'CC-KC-CHAT', centreMgr, 'TEAM-LEAD', [
  'staff',
  'supervisor',
]);
for (const [g, f, z] of [
  ['Alex', 'Kwong', '鄺俊朗'],
  ['Peggy', 'Chiu', '趙佩琪'],
  ['Dennis', 'Yim', '嚴德信'],
  ['Hazel', 'Fok', '霍凱晴'],
  ['Leo', 'Chung', '鍾立文'],
  ['Iris', 'Ngai', '魏雅詩'],
  ['Kenneth', 'Yung', '容家俊'],
] as const) {
  person(g, f, z, 'CC-KC-CHAT', chatLead, 'CS-CHAT', ['staff']);
}
const claimsLead = person('Benson', 'Lui', '呂文彬', 'CC-KC-CLAIMS', centreMgr, 'TEAM-LEAD', [
  'staff',
  'supervisor',
]);
for (const [g, f, z] of [
  ['Connie', 'Ip', '葉康妮'],
  ['Felix', 'Cheuk', '卓浩然'],
  ['Janice', 'Mok', '莫珍妮'],
  ['Oscar', 'Tong', '湯俊輝'],
  ['Phoebe', 'Kam', '甘菲比'],
] as const) {
  person(g, f, z, 'CC-KC-CLAIMS', claimsLead, 'CLAIMS', ['staff']);
}

export const DEMO_PEOPLE: readonly DemoPerson[] = people;
