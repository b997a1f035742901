import { validateRosterRows } from '@xiaoqu/shared';
import { DEMO_CLAIMABLE, DEMO_COMMITTEE_UNIT, demoPlan } from './demo-data.js';

test('the demo is deterministic', () => {
  expect(JSON.stringify(demoPlan())).toBe(JSON.stringify(demoPlan()));
});

test('the demo has the shape the README promises', () => {
  const plan = demoPlan();
  const [jinxiu, yulin, cuiliu] = plan.compounds;
  expect(jinxiu.roster).toHaveLength(1200);
  expect(yulin.roster).toHaveLength(120);
  expect(cuiliu.community).not.toBe(jinxiu.community);
  expect(yulin.community).toBe(jinxiu.community);
  const areas = jinxiu.roster.map((r) => r.areaCentiM2);
  expect(Math.min(...areas)).toBeGreaterThanOrEqual(4500);
  expect(Math.max(...areas)).toBeLessThanOrEqual(18000);
  expect(jinxiu.roster.filter((r) => r.developerUnsold).length).toBe(24);
  const owners = new Map<string, number>();
  for (const r of jinxiu.roster.filter((r) => !r.developerUnsold))
    owners.set(r.ownerPhone, (owners.get(r.ownerPhone) ?? 0) + 1);
  expect([...owners.values()].some((n) => n > 1)).toBe(true);
  expect(plan.personas.map((p) => p.openid)).toEqual([
    'demo-resident',
    'demo-owner',
    'demo-grid',
    'demo-property',
    'demo-committee',
    'demo-supervisor',
    'demo-community-admin',
    'demo-street-admin',
    'demo-district-admin',
    'demo-owner-2',
  ]);
  expect(
    jinxiu.roster.find((r) => r.building === DEMO_CLAIMABLE.building && r.room === DEMO_CLAIMABLE.room),
  ).toMatchObject({ ownerName: DEMO_CLAIMABLE.ownerName });
});

test('every demo roster passes the roster validation real files go through', () => {
  for (const compound of demoPlan().compounds) {
    const inputs = compound.roster.map((r) => ({
      building: r.building,
      entrance: r.entrance,
      room: r.room,
      area: `${Math.trunc(r.areaCentiM2 / 100)}.${String(r.areaCentiM2 % 100).padStart(2, '0')}`,
      ownerName: r.ownerName,
      ownerPhone: r.ownerPhone,
      developerUnsold: r.developerUnsold ? '是' : '否',
    }));
    expect(validateRosterRows(inputs).errors).toEqual([]);
  }
});

test('demo-committee is an owner: its unit on the roster names it, and its persona owns it', () => {
  const plan = demoPlan();
  const committee = plan.personas.find((p) => p.openid === 'demo-committee')!;
  expect(committee.grants).toContainEqual({ role: 'owner', compound: 'jinxiu' });
  expect(committee.owns).toEqual([{ compound: 'jinxiu', ...DEMO_COMMITTEE_UNIT }]);
  const row = plan.compounds[0].roster.find(
    (r) => r.building === DEMO_COMMITTEE_UNIT.building && r.room === DEMO_COMMITTEE_UNIT.room,
  );
  expect(row).toMatchObject({ ownerName: committee.name, ownerPhone: committee.phone, developerUnsold: false });
  // Put in place of the drawn owner: the units after it keep theirs (the next one is not the committee's).
  const index = plan.compounds[0].roster.indexOf(row!);
  expect(plan.compounds[0].roster[index + 1].ownerPhone).not.toBe(committee.phone);
});
