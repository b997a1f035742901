import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  currentDeadline,
  PROPERTY_ROUTED_CATEGORIES,
  type ComplaintCategory,
  type ComplaintStatus,
} from '@xiaoqu/shared';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { Place } from '../place/place.entity.js';
import { Person } from '../identity/person.entity.js';
import { RoleGrant } from '../identity/role-grant.entity.js';
import { Complaint, ComplaintEvent } from '../complaint/complaint.entities.js';
import { routeComplaint } from '../complaint/complaint-routing.js';
import type { DemoIds } from './seed.js';

const H = 3600_000;
const D = 24 * H;

/** Complaints per compound in each of the last six months, oldest first: 锦绣花园 stands out. */
export const DEMO_COMPLAINTS_PER_MONTH: Record<keyof DemoIds['compoundIds'], number[]> = {
  jinxiu: [6, 8, 7, 9, 10, 11],
  yulin: [2, 1, 3, 2, 1, 2],
  cuiliu: [1, 2, 1, 1, 3, 1],
};

const SAMPLES: [ComplaintCategory, string][] = [
  ['noise', '楼上晚上十一点以后还在装修，影响休息'],
  ['parking', '消防通道长期被私家车占用'],
  ['sanitation', '单元门口垃圾桶满了没人清运'],
  ['facilities', '电梯按钮失灵，老人上下楼困难'],
  // A complaint about the property company: it goes to the grid worker, never to the company.
  ['property_service', '物业报修后一周没人上门'],
  ['greening', '楼下草坪被踩秃，希望补种'],
  ['safety', '地下车库有电动车违规充电'],
  ['neighbour', '邻居在公共走廊堆放杂物'],
  ['other', '快递柜经常满柜，希望增加柜子'],
];

/** Work numbers residents may call, by persona: the grid worker's and the property company's service desk. */
const DEMO_WORK_PHONES: Record<string, string> = {
  'demo-grid': '028-8765-4321',
  'demo-property': '028-8555-0100',
};

/**
 * Six months of complaints for the demo, routed the way real ones are (repairs to the property company, complaints
 * about it to the grid), so that the problem-compound list, the grid workers' and property staff's inboxes and the
 * trends have something to show. Older ones are closed and rated; this month's are at every stage. The handlers get
 * work numbers. Deterministic.
 */
export async function seedDemoComplaints(app: INestApplicationContext, ids: DemoIds, now = Date.now()): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await dataSource.transaction(async (manager) => {
    for (const [openid, workPhone] of Object.entries(DEMO_WORK_PHONES)) {
      const person = await manager.findOneBy(Person, { openid });
      if (person) await manager.update(RoleGrant, { personId: person.id }, { workPhone });
    }
    let n = 0;
    const routes = new Map<string, Awaited<ReturnType<typeof routeComplaint>>>();
    for (const [key, perMonth] of Object.entries(DEMO_COMPLAINTS_PER_MONTH) as [
      keyof DemoIds['compoundIds'],
      number[],
    ][]) {
      const compound = await manager.findOneByOrFail(Place, { id: ids.compoundIds[key] });
      // Filed by a resident who is not one of the personas, so a persona's own list starts empty.
      const filer = (await manager.save(manager.create(Person, { openid: `demo-filer-${key}` }))).id;
      await manager.insert(RoleGrant, { personId: filer, role: 'resident', placeId: compound.id, gridKey: 0 });
      const buildings = await manager.find(Place, {
        where: { parentId: compound.id, level: 'building' },
        order: { id: 'ASC' },
      });
      for (const [m, count] of perMonth.entries()) {
        const monthsAgo = perMonth.length - 1 - m;
        for (let i = 0; i < count; i++) {
          n++;
          const [category, text] = SAMPLES[n % SAMPLES.length];
          // This month's: the last few days; older months: spread over the month.
          const createdAt = wholeSeconds(
            monthsAgo === 0 ? now - (i + 1) * 7 * H : now - monthsAgo * 30 * D - i * 2 * D,
          );
          const building = buildings[(n * 7) % buildings.length];
          const routeKey = `${building.id}:${PROPERTY_ROUTED_CATEGORIES.includes(category)}`;
          const routing = routes.get(routeKey) ?? (await routeComplaint(manager, compound, building.id, category));
          routes.set(routeKey, routing);
          const status: ComplaintStatus =
            monthsAgo > 0 ? 'closed' : (['submitted', 'accepted', 'in_progress', 'resolved'] as const)[i % 4];
          const t = createdAt.getTime();
          const acceptedAt = status === 'submitted' ? null : new Date(t + H);
          const resolvedAt = status === 'resolved' || status === 'closed' ? new Date(t + 2 * D) : null;
          const due = currentDeadline({
            level: 'ordinary',
            levelSince: t,
            acceptedAt: acceptedAt?.getTime() ?? null,
            resolved: resolvedAt !== null,
          });
          const { identifiers } = await manager.insert(Complaint, {
            compoundId: compound.id,
            buildingId: building.id,
            placeText: '',
            category,
            text,
            visible: n % 3 === 0,
            filedBy: filer,
            status,
            level: 'ordinary',
            levelSince: createdAt,
            route: routing.route,
            routeReason: routing.reason,
            gridId: routing.gridId,
            dueAt: due ? new Date(due.deadline) : null,
            dueKind: due?.kind ?? null,
            acceptedAt,
            resolvedAt,
            closedAt: status === 'closed' ? new Date(t + 3 * D) : null,
            rating: status === 'closed' ? 3 + (n % 3) : null,
            ratingComment: status === 'closed' ? '问题已解决' : '',
            createdAt,
          });
          const complaintId = Number(identifiers[0].id);
          const steps: [ComplaintEvent['kind'], ComplaintStatus | null, Date, string][] = [
            ['filed', 'submitted', createdAt, ''],
            ['routed', null, createdAt, routing.reason],
          ];
          if (acceptedAt) steps.push(['accept', 'accepted', acceptedAt, '']);
          if (status === 'in_progress') steps.push(['start', 'in_progress', new Date(t + 2 * H), '']);
          if (resolvedAt) steps.push(['resolve', 'resolved', resolvedAt, '已现场处理']);
          if (status === 'closed') steps.push(['confirm', 'closed', new Date(t + 3 * D), '问题已解决']);
          let from: ComplaintStatus | null = null;
          const events: Partial<ComplaintEvent>[] = [];
          const handlerRole = routing.route === 'property' ? 'property_staff' : 'grid_worker';
          for (const [kind, to, at, note] of steps) {
            events.push({
              complaintId,
              kind,
              actorId: kind === 'routed' ? null : kind === 'filed' || kind === 'confirm' ? filer : null,
              actorRole:
                kind === 'routed' ? 'system' : kind === 'filed' || kind === 'confirm' ? 'resident' : handlerRole,
              fromStatus: kind === 'routed' ? null : from,
              toStatus: to,
              level: 'ordinary',
              note,
              at,
            });
            if (to) from = to;
          }
          await manager.insert(ComplaintEvent, events);
        }
      }
    }
  });
}
