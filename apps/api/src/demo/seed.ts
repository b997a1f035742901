import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { GrantService } from '../identity/grant.service.js';
import { Person } from '../identity/person.entity.js';
import { Place } from '../place/place.entity.js';
import { Grid, GridBuilding } from '../place/grid.entity.js';
import { Unit } from '../place/unit.entity.js';
import { UnitService } from '../place/unit.service.js';
import { demoPlan, type DemoPlan } from './demo-data.js';
import { seedDemoDeliberation } from './demo-deliberation.js';
import { seedDemoComplaints } from './demo-complaints.js';
import { seedDemoDisclosures } from './demo-disclosures.js';

export interface DemoIds {
  districtId: number;
  streetId: number;
  communityIds: Record<keyof DemoPlan['communities'], number>;
  compoundIds: Record<'jinxiu' | 'yulin' | 'cuiliu', number>;
  personIds: Record<string, number>;
}

async function addPlace(
  manager: EntityManager,
  level: Place['level'],
  name: string,
  parent: Place | null,
  propertyCompany: string | null = null,
): Promise<Place> {
  const { identifiers } = await manager.insert(Place, {
    level,
    name,
    parentId: parent?.id ?? null,
    path: 'pending',
    propertyCompany,
  });
  const id = Number(identifiers[0].id);
  const path = `${parent?.path ?? '/'}${id}/`;
  await manager.update(Place, { id }, { path });
  return manager.findOneByOrFail(Place, { id });
}

/**
 * Writes the demo (places, rosters through the roster import path, grids, personas with their roles and units)
 * in one transaction, then through the services: the basis for voting here and, with `proposals`, a proposal in
 * every stage (demo-deliberation.ts) — first, as the fund's use below cites one of its decisions —, the disclosures
 * (demo-disclosures.ts) and the complaints. Does nothing and returns null when the demo district is already there.
 */
export async function seedDemo(
  app: INestApplicationContext,
  options: { disclosures?: boolean; complaints?: boolean; proposals?: boolean } = {},
): Promise<DemoIds | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const units = app.get(UnitService);
  const grants = app.get(GrantService);
  const cipher = app.get(PiiCipher);
  const plan = demoPlan();
  if (await dataSource.getRepository(Place).exists({ where: { level: 'district', name: plan.district } })) return null;

  const ids = await dataSource.transaction(async (manager): Promise<DemoIds> => {
    const district = await addPlace(manager, 'district', plan.district, null);
    const street = await addPlace(manager, 'street', plan.street, district);
    const communities = {
      fanghua: await addPlace(manager, 'community', plan.communities.fanghua, street),
      xinyuan: await addPlace(manager, 'community', plan.communities.xinyuan, street),
    };
    const compounds = {} as Record<'jinxiu' | 'yulin' | 'cuiliu', Place>;
    const microGrids = new Map<string, number>();
    for (const c of plan.compounds) {
      const compound = await addPlace(manager, 'compound', c.name, communities[c.community], c.propertyCompany);
      compounds[c.key] = compound;
      await units.applyRoster(compound, c.roster, manager);
      const buildings = await manager.find(Place, { where: { parentId: compound.id, level: 'building' } });
      const buildingId = new Map(buildings.map((b) => [b.name, b.id]));
      const general = await manager.save(
        Grid,
        manager.create(Grid, { compoundId: compound.id, parentId: null, kind: 'general', name: `${c.name}网格` }),
      );
      await manager.insert(
        GridBuilding,
        buildings.map((b) => ({ gridId: general.id, buildingId: b.id })),
      );
      for (const micro of c.microGrids) {
        const grid = await manager.save(
          Grid,
          manager.create(Grid, { compoundId: compound.id, parentId: general.id, kind: 'micro', name: micro.name }),
        );
        await manager.insert(
          GridBuilding,
          micro.buildings.map((name) => ({ gridId: grid.id, buildingId: buildingId.get(name) as number })),
        );
        microGrids.set(`${c.key}:${micro.name}`, grid.id);
      }
    }

    const personIds: Record<string, number> = {};
    for (const persona of plan.personas) {
      const person = await manager.save(
        Person,
        manager.create(Person, {
          openid: persona.openid,
          nameSealed: cipher.encrypt(persona.name),
          phoneSealed: cipher.encrypt(persona.phone),
        }),
      );
      personIds[persona.openid] = person.id;
      for (const g of persona.grants) {
        if (g.role === 'community_admin')
          await grants.grant({ personId: person.id, role: g.role, placeId: communities[g.community].id }, manager);
        else if (g.role === 'street_admin')
          await grants.grant({ personId: person.id, role: g.role, placeId: street.id }, manager);
        else if (g.role === 'district_admin')
          await grants.grant({ personId: person.id, role: g.role, placeId: district.id }, manager);
        else if (g.role === 'grid_worker')
          await grants.grant(
            {
              personId: person.id,
              role: g.role,
              placeId: compounds[g.compound].id,
              gridId: microGrids.get(`${g.compound}:${g.microGrid}`),
            },
            manager,
          );
        else await grants.grant({ personId: person.id, role: g.role, placeId: compounds[g.compound].id }, manager);
      }
      for (const own of persona.owns) {
        const unit = await manager
          .createQueryBuilder(Unit, 'u')
          .innerJoin('u.building', 'b')
          .where('u.compoundId = :compoundId AND b.name = :building AND u.room = :room', {
            compoundId: compounds[own.compound].id,
            building: own.building,
            room: own.room,
          })
          .getOneOrFail();
        await units.addOwner(person.id, unit.id, null, manager);
      }
    }
    return {
      districtId: district.id,
      streetId: street.id,
      communityIds: { fanghua: communities.fanghua.id, xinyuan: communities.xinyuan.id },
      compoundIds: { jinxiu: compounds.jinxiu.id, yulin: compounds.yulin.id, cuiliu: compounds.cuiliu.id },
      personIds,
    };
  });
  await seedDemoDeliberation(app, ids, { proposals: options.proposals ?? true });
  if (options.disclosures ?? true) await seedDemoDisclosures(app, ids);
  if (options.complaints ?? true) await seedDemoComplaints(app, ids);
  return ids;
}
