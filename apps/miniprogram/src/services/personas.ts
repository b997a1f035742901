/** The demo people of the h5 build (seeded by `npm start`), logged in with dev-login; `about`: who they are, in a line. */
export const PERSONAS = [
  { openid: 'demo-resident', label: '居民', about: '锦绣花园的住户，还没有认证房屋' },
  { openid: 'demo-owner', label: '业主', about: '锦绣花园的业主，可以参加业主表决' },
  { openid: 'demo-grid', label: '网格员', about: '锦绣花园 3栋微网格员，处置诉求' },
  { openid: 'demo-property', label: '物业', about: '锦绣花园的物业服务人员，公示收支、处理报修' },
  { openid: 'demo-committee', label: '业委会', about: '锦绣花园业主委员会委员，组织议事和表决' },
  { openid: 'demo-supervisor', label: '监察人', about: '锦绣花园的监督人，审阅物业的收支' },
  { openid: 'demo-community-admin', label: '社区管理员', about: '芳华社区：审核认证、攻坚疑难诉求' },
  { openid: 'demo-street-admin', label: '街道管理员', about: '玉林街道：问题小区排名、联合整治' },
  { openid: 'demo-district-admin', label: '区级管理员', about: '武侯区：全区的小区和诉求' },
  { openid: 'demo-owner-2', label: '另一小区业主', about: '翠柳苑的业主，看不到锦绣花园的内容' },
] as const;

export type PersonaOpenid = (typeof PERSONAS)[number]['openid'];

export function personaLabel(openid: string | null): string | null {
  return PERSONAS.find((p) => p.openid === openid)?.label ?? null;
}
