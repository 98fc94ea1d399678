import {
  permissionsOf,
  type Answer,
  type Role,
  type ScorecardContent,
  type ScorecardItem,
} from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addDays } from '../../lib/calendar.js';

type Levels = NonNullable<ScorecardItem['levels']>;
const L = (...pairs: [string, string][]): Levels => pairs.map(([en, zh]) => ({ en, zh }));

const yesNo = (id: string, en: string, zh: string, more: Partial<ScorecardItem> = {}): ScorecardItem => ({
  id,
  textEn: en,
  textZh: zh,
  type: 'yes_no_na',
  weight: 1,
  critical: 'none',
  naAllowed: true,
  ...more,
});
const scale = (id: string, en: string, zh: string, levels: Levels, more: Partial<ScorecardItem> = {}) =>
  yesNo(id, en, zh, { type: 'scale_1_5', levels, weight: 2, naAllowed: false, ...more });

const NEED_LEVELS = L(
  ['Did not ask what the customer needed', '沒有詢問顧客的需要'],
  ['Asked one question, then assumed', '只問一個問題便自行假設'],
  ['Asked open questions and confirmed the main need', '以開放式問題了解並確認主要需要'],
  ['Confirmed the need and the reason behind it', '確認需要及背後原因'],
  ['Confirmed the need and checked nothing else was wanted', '確認需要，並確定顧客沒有其他要求'],
);
const EXPLAIN_LEVELS = L(
  ['Explanation wrong or missing', '解釋錯誤或沒有解釋'],
  ['Correct but hard to follow', '內容正確但難以理解'],
  ['Clear and correct', '清楚正確'],
  ['Clear, correct and checked understanding', '清楚正確，並確認顧客明白'],
  ['Clear, correct, checked, and set expectations for next steps', '清楚正確、確認明白，並說明下一步'],
);
const PRODUCT_LEVELS = L(
  ['Could not answer about the product', '未能回答產品問題'],
  ['Answered with gaps or guesses', '回答不完整或靠猜測'],
  ['Answered the customer’s questions correctly', '正確回答顧客問題'],
  ['Compared suitable products for the need', '按需要比較合適產品'],
  ['Compared products and showed how to use the chosen one', '比較產品並示範使用方法'],
);
const COMPLAINT_LEVELS = L(
  ['Argued or ignored the complaint', '與顧客爭辯或忽略投訴'],
  ['Listened but offered nothing', '有聆聽但沒有提出解決方法'],
  ['Apologised and offered a remedy within policy', '致歉並按政策提出補救'],
  ['Remedied and checked the customer was satisfied', '補救後確認顧客滿意'],
  ['Remedied, checked and recorded it for follow-up', '補救、確認並記錄跟進'],
);

export const DEMO_QA: ScorecardContent = [
  {
    id: 'opening',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      yesNo('greet', 'Greets and gives their name', '問候並報上姓名'),
      yesNo('verify', 'Verifies the customer’s identity before account details', '查閱帳戶前核實顧客身份', {
        weight: 2,
        critical: 'evaluation',
        naAllowed: false,
      }),
    ],
  },
  {
    id: 'resolution',
    titleEn: 'Resolution',
    titleZh: '解決問題',
    items: [
      scale('need', 'Finds the customer’s need', '了解顧客需要', NEED_LEVELS, { weight: 3 }),
      scale('explain', 'Explains the answer clearly', '清楚解釋答案', EXPLAIN_LEVELS, { weight: 3 }),
      yesNo('accurate', 'Information given is accurate', '提供的資料準確', {
        weight: 3,
        critical: 'section',
        naAllowed: false,
      }),
    ],
  },
  {
    id: 'closing',
    titleEn: 'Closing',
    titleZh: '結束',
    items: [
      yesNo('summary', 'Summarises what happens next', '總結下一步'),
      yesNo('tagged', 'Tags the ticket with the contact reason', '為個案標示聯絡原因'),
    ],
  },
];

export const DEMO_FLOOR: ScorecardContent = [
  {
    id: 'approach',
    titleEn: 'Approach',
    titleZh: '接待',
    items: [
      yesNo('greeting', 'Greets the customer within 10 seconds', '十秒內問候顧客', { naAllowed: false }),
      scale('finding_need', 'Finds the need', '了解需要', NEED_LEVELS),
    ],
  },
  {
    id: 'selling',
    titleEn: 'Selling',
    titleZh: '銷售',
    items: [
      scale('product', 'Product knowledge', '產品知識', PRODUCT_LEVELS),
      yesNo('add_on', 'Offers a suitable add-on', '推介合適的附加產品'),
      yesNo('closing', 'Closes: invites to buy and thanks the customer', '促成交易並道謝'),
    ],
  },
  {
    id: 'complaints',
    titleEn: 'Complaint handling',
    titleZh: '處理投訴',
    items: [
      scale('complaint', 'Handles a complaint', '處理投訴', COMPLAINT_LEVELS, {
        naAllowed: true,
        critical: 'section',
      }),
    ],
  },
];

export const DEMO_MYSTERY: ScorecardContent = [
  {
    id: 'visit',
    titleEn: 'The visit',
    titleZh: '到訪經歷',
    items: [
      yesNo('greeted', 'Greeted within 10 seconds of entering', '進店十秒內獲問候', { naAllowed: false }),
      scale('need', 'Staff found what I needed', '店員了解我的需要', NEED_LEVELS),
      yesNo('knowledge', 'Product questions answered correctly', '產品問題獲正確解答', {
        type: 'points',
        maxPoints: 5,
        weight: 2,
        naAllowed: false,
      }),
      yesNo('add_on', 'Was offered an add-on', '獲推介附加產品'),
      yesNo('thanks', 'Thanked and invited back', '獲道謝及歡迎再光臨'),
      yesNo('tidy', 'Store clean and tidy', '店舖整潔', { critical: 'none' }),
    ],
  },
];

/** The signed-in actor of a demo person's account. */
async function actorFor(services: Services, personId: string): Promise<Actor> {
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles'])
    .where('personId', '=', personId)
    .executeTakeFirstOrThrow();
  const roles: Role[] = [...u.roles];
  return {
    kind: 'user',
    userId: u.id,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

const answers = (pairs: Record<string, Answer['value']>, comments: Record<string, string> = {}): Answer[] =>
  Object.entries(pairs).map(([itemId, value]) => ({
    itemId,
    value,
    ...(comments[itemId] ? { comment: comments[itemId] } : {}),
  }));

/**
 * One scorecard of each kind and a few evaluations, dated from today: Patrick (centre manager, E1037)
 * keeps the scorecards and assigns Queenie (quality assessor, E1038) to the contact centre and the retail
 * stores; Queenie reviews Jacky's (E1040) calls — one with the identity check missed, which Jacky
 * disputes, and five where he does not summarise the next steps — Carmen's (E1041) and the rest of
 * the team's (two each), and mystery-shops Wing Sze (E1008); Kelvin (store supervisor, E1006)
 * observes Ka Yan (E1007) on the floor.
 */
export async function seedAssessmentsDemo(
  services: Services,
  people: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  const person = (n: string) => people.get(n)!;
  const svc = services.assessments;
  const today = services.calendar.today();
  const patrick = await actorFor(services, person('E1037'));
  const queenie = await actorFor(services, person('E1038'));
  const kelvin = await actorFor(services, person('E1006'));
  const jacky = await actorFor(services, person('E1040'));
  await svc.updateSettings(patrick, {
    disputeWindowDays: 14,
    assessorUnits: ['CC-KC', 'RETAIL'].map((u) => ({
      assessorPersonId: person('E1038'),
      orgUnitId: units.get(u)!,
    })),
  });
  const qa = await svc.createScorecard(patrick, {
    code: 'QA-CONTACT',
    kind: 'qa_interaction',
    titleEn: 'Contact review (call, chat, ticket)',
    titleZh: '客戶聯絡評審（電話、聊天、個案）',
    sections: DEMO_QA,
  });
  const floor = await svc.createScorecard(patrick, {
    code: 'FLOOR-OBS',
    kind: 'floor_observation',
    titleEn: 'Shop-floor observation',
    titleZh: '店面觀察',
    sections: DEMO_FLOOR,
  });
  const mystery = await svc.createScorecard(patrick, {
    code: 'MYSTERY-VISIT',
    kind: 'mystery_shop',
    titleEn: 'Mystery-shopper visit',
    titleZh: '神秘顧客到訪',
    sections: DEMO_MYSTERY,
  });

  const release = async (actor: Actor, body: Parameters<typeof svc.createEvaluation>[1]) => {
    const ev = await svc.createEvaluation(actor, body);
    await svc.submitEvaluation(actor, ev.id);
    return svc.releaseEvaluation(actor, ev.id);
  };
  const good = {
    greet: 'yes',
    verify: 'yes',
    need: 4,
    explain: 4,
    accurate: 'yes',
    summary: 'yes',
    tagged: 'yes',
  } as const;
  await release(queenie, {
    scorecardId: qa.id,
    personId: person('E1040'),
    channel: 'call',
    ticketKey: 'ZD-48213',
    occurredOn: addDays(today, -12),
    answers: answers(good, { explain: 'Walked the customer through the refund steps.' }),
  });
  const missed = await release(queenie, {
    scorecardId: qa.id,
    personId: person('E1040'),
    channel: 'call',
    ticketKey: 'ZD-48977',
    occurredOn: addDays(today, -3),
    evidenceText: 'Account balance read out before the security questions.',
    answers: answers(
      { ...good, verify: 'no', need: 3, tagged: 'no' },
      { verify: 'No security questions asked.' },
    ),
  });
  await svc.acknowledgeEvaluation(jacky, missed.id, {});
  await svc.disputeEvaluation(jacky, missed.id, {
    items: [
      { itemId: 'verify', reason: 'The caller had passed voice ID in the IVR, which the screen showed.' },
    ],
  });
  // Routine reviews over the last four weeks: Brian, Elaine, Marco, Stella and Gary (E1042–E1046) twice
  // each, all summarising the next steps; Jacky five more times, never summarising. His "Summarises
  // what happens next" (5 missed of 7) then stands out against the team's rate as a training need.
  const routine: { n: string; day: number; change?: Record<string, Answer['value']> }[] = [
    ...['E1042', 'E1043', 'E1044', 'E1045', 'E1046'].flatMap((n, i) => [
      { n, day: -26 + i },
      { n, day: -14 + i, change: { explain: 5 } },
    ]),
    ...[-24, -20, -16, -9, -6].map((day) => ({ n: 'E1040', day, change: { summary: 'no' as const } })),
  ];
  for (const { n, day, change } of routine) {
    await release(queenie, {
      scorecardId: qa.id,
      personId: person(n),
      channel: 'call',
      occurredOn: addDays(today, day),
      answers: answers({ ...good, ...change }),
    });
  }
  const carmen = await svc.createEvaluation(queenie, {
    scorecardId: qa.id,
    personId: person('E1041'),
    channel: 'chat',
    occurredOn: addDays(today, -2),
    answers: answers({ ...good, explain: 5, summary: 'na' }),
  });
  await svc.submitEvaluation(queenie, carmen.id);
  await release(kelvin, {
    scorecardId: floor.id,
    personId: person('E1007'),
    channel: 'floor',
    occurredOn: addDays(today, -5),
    answers: answers(
      { greeting: 'yes', finding_need: 4, product: 3, add_on: 'no', closing: 'yes', complaint: 'na' },
      { add_on: 'A case would have suited the phone she sold.' },
    ),
  });
  await release(queenie, {
    scorecardId: mystery.id,
    personId: person('E1008'),
    channel: 'visit',
    occurredOn: addDays(today, -9),
    answers: answers({ greeted: 'yes', need: 3, knowledge: 4, add_on: 'yes', thanks: 'yes', tidy: 'yes' }),
  });
}
