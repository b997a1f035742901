/** The demo people of the h5 build (seeded by `npm start`), logged in with dev-login. */
export const PERSONAS = [
  { openid: 'demo-resident', label: '居民' },
  { openid: 'demo-owner', label: '业主' },
  { openid: 'demo-grid', label: '网格员' },
  { openid: 'demo-property', label: '物业' },
  { openid: 'demo-committee', label: '业委会' },
  { openid: 'demo-supervisor', label: '监察人' },
  { openid: 'demo-community-admin', label: '社区管理员' },
  { openid: 'demo-street-admin', label: '街道管理员' },
  { openid: 'demo-district-admin', label: '区级管理员' },
  { openid: 'demo-owner-2', label: '另一小区业主' },
] as const;

export type PersonaOpenid = (typeof PERSONAS)[number]['openid'];

export function personaLabel(openid: string | null): string | null {
  return PERSONAS.find((p) => p.openid === openid)?.label ?? null;
}
