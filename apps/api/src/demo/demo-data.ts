import type { CompoundStaffRole, RosterRow } from '@xiaoqu/shared';

/** A small deterministic PRNG (mulberry32): the same seed gives the same demo everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '建国秀英志强丽华文军桂兰明辉晓燕海涛婷婷俊杰玉梅德华雪梅永红春生小龙红霞国庆淑珍子轩雨涵浩然欣怡';

export interface DemoCompound {
  key: 'jinxiu' | 'yulin' | 'cuiliu';
  name: string;
  community: 'fanghua' | 'xinyuan';
  propertyCompany: string;
  roster: RosterRow[];
  /** Micro-grids: name and the buildings each covers; all sit in one general grid. */
  microGrids: { name: string; buildings: string[] }[];
}

export interface DemoPersona {
  openid: string;
  name: string;
  phone: string;
  grants: (
    | { role: 'resident' | 'owner' | CompoundStaffRole; compound: DemoCompound['key'] }
    | { role: 'grid_worker'; compound: DemoCompound['key']; microGrid: string }
    | { role: 'community_admin'; community: DemoCompound['community'] }
    | { role: 'street_admin' }
    | { role: 'district_admin' }
  )[];
  /** Verified units: building and room in the compound of its owner grant. */
  owns: { compound: DemoCompound['key']; building: string; room: string }[];
}

export interface DemoPlan {
  district: string;
  street: string;
  communities: Record<DemoCompound['community'], string>;
  compounds: DemoCompound[];
  personas: DemoPersona[];
}

/** The unit the browser journey claims: demo-resident knows its owner's name and phone. */
export const DEMO_CLAIMABLE = {
  compound: '锦绣花园',
  building: '3栋',
  room: '502',
  ownerName: '李秀英',
  phone: '13800005678',
} as const;
const DEMO_OWNER = { name: '王建国', phone: '13900001234' };
const DEMO_OWNER_2 = { name: '赵丽华', phone: '13700004321' };
/** demo-committee: an owners' committee member is an owner (业委会成员由业主担任), of 锦绣花园 6栋 803. */
const DEMO_COMMITTEE = { name: '周委员', phone: '13800004444' };
export const DEMO_COMMITTEE_UNIT = { building: '6栋', room: '803' } as const;

interface Shape {
  buildings: number;
  floors: number;
  /** Rooms per floor in each entrance. */
  perEntrance: number;
  entrances: number;
  minArea: number;
  maxArea: number;
  unsoldEvery: number;
}

function roster(
  seed: number,
  shape: Shape,
  fixed: Record<string, { ownerName: string; ownerPhone: string }>,
  /**
   * Owners put in place of the drawn one, after the draw: every other unit of the roster stays exactly as it was
   * (unlike `fixed`, which skips the draw and so moves every later unit's owner).
   */
  assigned: Record<string, { ownerName: string; ownerPhone: string }> = {},
): RosterRow[] {
  const rand = prng(seed);
  const pick = (chars: string) => chars[Math.floor(rand() * chars.length)];
  const rows: RosterRow[] = [];
  let previousOwner: { ownerName: string; ownerPhone: string } | null = null;
  for (let b = 1; b <= shape.buildings; b++) {
    for (let e = 1; e <= shape.entrances; e++) {
      for (let f = 1; f <= shape.floors; f++) {
        for (let r = 1; r <= shape.perEntrance; r++) {
          const building = `${b}栋`;
          const room = `${f}${String((e - 1) * shape.perEntrance + r).padStart(2, '0')}`;
          const areaCentiM2 = shape.minArea * 100 + Math.floor(rand() * (shape.maxArea - shape.minArea) * 100);
          const index = rows.length;
          const unsold = shape.unsoldEvery > 0 && index % shape.unsoldEvery === shape.unsoldEvery - 1;
          let owner = fixed[`${building}-${room}`];
          if (!owner && !unsold) {
            // About one owner in 30 also owns the unit before: one person, several units, one headcount.
            owner =
              previousOwner && rand() < 1 / 30
                ? previousOwner
                : {
                    ownerName: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : ''),
                    ownerPhone: `1${3 + Math.floor(rand() * 7)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
                  };
          }
          const holder = assigned[`${building}-${room}`] ?? owner;
          rows.push({
            building,
            entrance: `${e}单元`,
            room,
            areaCentiM2,
            ownerName: unsold ? '' : holder.ownerName,
            ownerPhone: unsold ? '' : holder.ownerPhone,
            developerUnsold: unsold,
          });
          previousOwner = unsold ? previousOwner : owner;
        }
      }
    }
  }
  return rows;
}

/** The demo: one district, one street, two communities, three compounds, and the personas of the README. */
export function demoPlan(): DemoPlan {
  const jinxiu: DemoCompound = {
    key: 'jinxiu',
    name: '锦绣花园',
    community: 'fanghua',
    propertyCompany: '成都锦城物业服务有限公司',
    // 10 buildings × 2 entrances × 20 floors × 3 rooms = 1,200 units, 2% developer-unsold.
    roster: roster(
      1,
      { buildings: 10, entrances: 2, floors: 20, perEntrance: 3, minArea: 45, maxArea: 180, unsoldEvery: 50 },
      {
        [`${DEMO_CLAIMABLE.building}-${DEMO_CLAIMABLE.room}`]: {
          ownerName: DEMO_CLAIMABLE.ownerName,
          ownerPhone: DEMO_CLAIMABLE.phone,
        },
        '1栋-101': { ownerName: DEMO_OWNER.name, ownerPhone: DEMO_OWNER.phone },
        '1栋-102': { ownerName: DEMO_OWNER.name, ownerPhone: DEMO_OWNER.phone },
      },
      {
        [`${DEMO_COMMITTEE_UNIT.building}-${DEMO_COMMITTEE_UNIT.room}`]: {
          ownerName: DEMO_COMMITTEE.name,
          ownerPhone: DEMO_COMMITTEE.phone,
        },
      },
    ),
    microGrids: Array.from({ length: 10 }, (_, i) => ({ name: `${i + 1}栋微网格`, buildings: [`${i + 1}栋`] })),
  };
  const yulin: DemoCompound = {
    key: 'yulin',
    name: '玉林北苑',
    community: 'fanghua',
    propertyCompany: '玉林街道院落自管小组',
    // An old compound: 4 walk-up buildings × 6 floors × 5 rooms = 120 units.
    roster: roster(
      2,
      { buildings: 4, entrances: 1, floors: 6, perEntrance: 5, minArea: 45, maxArea: 90, unsoldEvery: 0 },
      {},
    ),
    microGrids: [
      { name: '北苑一组', buildings: ['1栋', '2栋'] },
      { name: '北苑二组', buildings: ['3栋', '4栋'] },
    ],
  };
  const cuiliu: DemoCompound = {
    key: 'cuiliu',
    name: '翠柳苑',
    community: 'xinyuan',
    propertyCompany: '四川翠柳物业管理有限公司',
    roster: roster(
      3,
      { buildings: 4, entrances: 2, floors: 10, perEntrance: 2, minArea: 60, maxArea: 140, unsoldEvery: 40 },
      {
        '2栋-301': { ownerName: DEMO_OWNER_2.name, ownerPhone: DEMO_OWNER_2.phone },
      },
    ),
    microGrids: [
      { name: '翠柳东区', buildings: ['1栋', '2栋'] },
      { name: '翠柳西区', buildings: ['3栋', '4栋'] },
    ],
  };
  return {
    district: '武侯区',
    street: '玉林街道',
    communities: { fanghua: '芳华社区', xinyuan: '新苑社区' },
    compounds: [jinxiu, yulin, cuiliu],
    personas: [
      {
        openid: 'demo-resident',
        name: '张小梅',
        phone: '13800001111',
        grants: [{ role: 'resident', compound: 'jinxiu' }],
        owns: [],
      },
      {
        openid: 'demo-owner',
        name: DEMO_OWNER.name,
        phone: DEMO_OWNER.phone,
        grants: [
          { role: 'resident', compound: 'jinxiu' },
          { role: 'owner', compound: 'jinxiu' },
        ],
        owns: [
          { compound: 'jinxiu', building: '1栋', room: '101' },
          { compound: 'jinxiu', building: '1栋', room: '102' },
        ],
      },
      {
        openid: 'demo-grid',
        name: '陈网格',
        phone: '13800002222',
        grants: [{ role: 'grid_worker', compound: 'jinxiu', microGrid: '3栋微网格' }],
        owns: [],
      },
      {
        openid: 'demo-property',
        name: '刘物业',
        phone: '13800003333',
        grants: [{ role: 'property_staff', compound: 'jinxiu' }],
        owns: [],
      },
      {
        openid: 'demo-committee',
        name: DEMO_COMMITTEE.name,
        phone: DEMO_COMMITTEE.phone,
        grants: [
          { role: 'committee_member', compound: 'jinxiu' },
          { role: 'owner', compound: 'jinxiu' },
        ],
        owns: [{ compound: 'jinxiu', ...DEMO_COMMITTEE_UNIT }],
      },
      {
        openid: 'demo-supervisor',
        name: '吴监察',
        phone: '13800006666',
        grants: [{ role: 'supervisor', compound: 'jinxiu' }],
        owns: [],
      },
      {
        openid: 'demo-community-admin',
        name: '杨社区',
        phone: '13800007777',
        grants: [{ role: 'community_admin', community: 'fanghua' }],
        owns: [],
      },
      {
        openid: 'demo-street-admin',
        name: '孙街道',
        phone: '13800008888',
        grants: [{ role: 'street_admin' }],
        owns: [],
      },
      {
        openid: 'demo-district-admin',
        name: '钱区县',
        phone: '13800009999',
        grants: [{ role: 'district_admin' }],
        owns: [],
      },
      {
        openid: 'demo-owner-2',
        name: DEMO_OWNER_2.name,
        phone: DEMO_OWNER_2.phone,
        grants: [
          { role: 'resident', compound: 'cuiliu' },
          { role: 'owner', compound: 'cuiliu' },
        ],
        owns: [{ compound: 'cuiliu', building: '2栋', room: '301' }],
      },
    ],
  };
}

/**
 * 锦绣花园's owners' decision to use the maintenance fund for 5栋's roof, held on Sichuan's official e-voting system
 * (its result imported here): the fund's `use` entry cites it by `reference`.
 */
export const DEMO_FUND_DECISION = {
  title: '使用维修资金翻新5栋屋面防水',
  body: '5栋顶层多户反映雨季屋面渗漏，经检测防水层老化。拟使用住宅专项维修资金翻新5栋屋面防水，预算不超过13万元，按实结算。',
  externalRef: 'SC-YZTP-2026-0817-0032',
  closedAt: '2026-08-20T10:00:00.000Z',
  reference: '业主共同决定「使用维修资金翻新5栋屋面防水」（2026年8月20日表决通过，《民法典》第二百七十八条第五项）',
} as const;
