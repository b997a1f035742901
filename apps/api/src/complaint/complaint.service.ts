import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  awaitsHandler,
  chinaMinute,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  complaintTransition,
  currentDeadline,
  escalationDue,
  nextLevel,
  resolveProblem,
  type ComplaintAction,
  type ComplaintDetailView,
  type ComplaintLevel,
  type DeadlinePolicy,
} from '@xiaoqu/shared';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { Principal } from '../common/auth/principal.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import type { UploadedFileData } from '../common/http/uploaded-file.js';
import { createOnce, type KeyStamp } from '../common/http/idempotency-key.js';
import { FilesService, toAttachmentView } from '../files/files.service.js';
import { PlaceService } from '../place/place.service.js';
import { NotificationService, type Notice } from '../notification/notification.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { Complaint, ComplaintEvent } from './complaint.entities.js';
import { allowedActions, canRead, relationTo } from './complaint-access.js';
import { currentHandlers, routeComplaint } from './complaint-routing.js';
import { ComplaintRepository } from './complaint.repository.js';
import { ComplaintContacts } from './complaint-contacts.service.js';
import { ContentChecks } from './content-checks.js';
import { filerNames, maskedForOthers, readsInFull } from './complaint-masking.js';
import type { ComplaintActionDto, FileComplaintDto } from './dto/complaint.dto.js';
import { complaintEventView, complaintView, urgedLevelsOf } from './complaint-views.js';

/** Complaint photos: compressed on the phone, so a photo over this size is refused rather than stored. */
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
/** Filing, reading and moving complaints through their lifecycle; every change is a timeline event. Lists are in
 * ComplaintLists. */
@Injectable()
export class ComplaintService implements OnModuleInit {
  private readonly logger = new Logger(ComplaintService.name);

  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly files: FilesService,
    private readonly notifications: NotificationService,
    private readonly checks: ContentChecks,
    private readonly config: AppConfig,
    private readonly people: PersonDirectory,
    private readonly places: PlaceService,
    private readonly contacts: ComplaintContacts,
  ) {}

  /**
   * Complaints' part of the file read rule: a photo on a complaint's timeline (filing or fixing it) is the filer's
   * and its handlers' to see. Other residents see it only once published with a visible complaint (and not while
   * WeChat's check wants it reviewed), through the file's visibility.
   */
  onModuleInit(): void {
    const filerOrHandler = async (principal: Principal, complaintIds: number[]) => {
      for (const complaintId of complaintIds) {
        const { relation } = await this.load(principal, complaintId);
        if (relation.filer || relation.handler) return true;
      }
      return false;
    };
    this.files.addLinkReader('complaint', filerOrHandler);
    this.files.addLinkReader('complaint_event', async (principal, eventIds) =>
      filerOrHandler(principal, await this.complaints.complaintsOfEvents(eventIds)),
    );
  }

  policy(): DeadlinePolicy {
    const c = this.config;
    const accept = c.COMPLAINT_ACCEPT_MINUTES;
    return {
      ordinary: { acceptMinutes: accept, resolveMinutes: c.COMPLAINT_RESOLVE_MINUTES_ORDINARY },
      difficult: { acceptMinutes: accept, resolveMinutes: c.COMPLAINT_RESOLVE_MINUTES_DIFFICULT },
      major: { acceptMinutes: accept, resolveMinutes: c.COMPLAINT_RESOLVE_MINUTES_MAJOR },
    };
  }

  /** A photo for a complaint (filing it or fixing it): an image by its bytes, within the size limit. */
  async uploadPhoto(compoundId: number, principal: Principal, file: UploadedFileData) {
    if (file.buffer.length > MAX_PHOTO_BYTES)
      throw new DomainException('PAYLOAD_TOO_LARGE', `照片不能超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
    return toAttachmentView(await this.files.store(compoundId, file, principal.personId, ['jpeg', 'png', 'webp']));
  }

  /**
   * Files a complaint. With an Idempotency-Key, the same key and body answer the first complaint again (a retry after
   * a lost answer), and the same key with another body is refused.
   */
  async file(
    compoundId: number,
    principal: Principal,
    dto: FileComplaintDto,
    key: string | null = null,
  ): Promise<ComplaintDetailView> {
    return createOnce(
      key,
      { compoundId, ...dto },
      {
        earlier: (k) => this.complaints.earlierFiling(principal.personId, k),
        create: (stamp) => this.fileOnce(compoundId, principal, dto, stamp),
        answer: (id) => this.detail(principal, id),
      },
    );
  }

  private async fileOnce(
    compoundId: number,
    principal: Principal,
    dto: FileComplaintDto,
    stamp: KeyStamp,
  ): Promise<ComplaintDetailView> {
    const compound = await this.places.getPlace(compoundId);
    const photos = await this.ownPhotos(compoundId, principal, dto.photoIds);
    const buildingId = dto.buildingId ?? null;
    if (buildingId !== null && !(await this.places.findBuilding(compoundId, buildingId)))
      throw new DomainException('VALIDATION_FAILED', '所选楼栋不在本小区');
    const placeText = (dto.placeText ?? '').trim();
    // WeChat's checks, when configured, before anything is stored: a refusal leaves nothing behind.
    const verdict = await this.checks.text(principal.personId, `${dto.text}\n${placeText}`);
    const traces = await this.checks.images(principal.personId, photos);

    const now = wholeSeconds();
    const policy = this.policy();
    const { complaint, routing } = await this.complaints.transaction(async (manager) => {
      const routing = await routeComplaint(manager, compound, buildingId, dto.category);
      const due = currentDeadline(
        { level: 'ordinary', levelSince: now.getTime(), acceptedAt: null, resolved: false },
        policy,
      );
      const visible = (dto.visible ?? false) && verdict === 'pass';
      const complaint = await this.complaints.insert(manager, {
        compoundId,
        buildingId,
        placeText,
        category: dto.category,
        text: dto.text.trim(),
        visible,
        callBack: dto.callBack ?? false,
        filedBy: principal.personId,
        status: 'submitted',
        level: 'ordinary',
        levelSince: now,
        route: routing.route,
        routeReason: routing.reason,
        gridId: routing.gridId,
        dueAt: due ? new Date(due.deadline) : null,
        dueKind: due?.kind ?? null,
        ...stamp,
        createdAt: now,
      });
      await this.files.link(manager, 'complaint', complaint.id, photos);
      const note =
        verdict === 'review' && dto.visible ? '内容需人工复核，暂不向其他居民公开' : visible ? '居民选择公开' : '';
      await this.event(manager, complaint, {
        kind: 'filed',
        actorId: principal.personId,
        actorRole: 'resident',
        to: 'submitted',
        note,
        photos,
        at: now,
      });
      await this.event(manager, complaint, {
        kind: 'routed',
        actorId: null,
        actorRole: 'system',
        to: null,
        note: routing.reason,
        at: now,
      });
      if (visible) await this.files.setVisibility(photos, 'compound', manager);
      await this.checks.recordTraces(manager, complaint.id, traces);
      return { complaint, routing };
    });
    for (const personId of routing.handlerIds)
      await this.notify(complaint, personId, 'complaint_assigned', '新诉求待受理');
    return this.detail(principal, complaint.id);
  }

  async detail(principal: Principal, complaintId: number): Promise<ComplaintDetailView> {
    const { complaint, relation } = await this.load(principal, complaintId);
    if (!canRead(relation, complaint)) throw new DomainException('NOT_FOUND');
    const events = await this.complaints.eventsOf(complaintId);
    const [photos, eventPhotos] = await Promise.all([
      this.files.linkedTo('complaint', complaint.id),
      this.files.linked(
        'complaint_event',
        events.map((e) => e.id),
      ),
    ]);
    const meToo = complaint.visible
      ? (await this.complaints.meTooOf([complaint.id], principal.personId)).get(complaint.id)
      : undefined;
    const inFull = readsInFull(relation);
    // The filer and the handlers learn who handles it now; only the handlers learn who filed it (masked).
    const [handlers, filer] = await Promise.all([
      inFull ? this.contacts.handlersOf(complaint) : [],
      relation.handler ? this.contacts.filerOf(complaint) : null,
    ]);
    const detail = {
      ...complaintView(complaint, relation, photos, Date.now(), urgedLevelsOf(events), meToo),
      events: events.map((e) => complaintEventView(e, complaint, relation, eventPhotos.get(e.id) ?? [])),
      handlers,
      filer,
    };
    if (inFull) return detail;
    const filed = (await this.people.contacts([complaint.filedBy])).get(complaint.filedBy);
    return maskedForOthers(detail, filerNames(filed));
  }

  /**
   * Moves a complaint by one action, if the state machine and the caller's relation to it allow. A resolution says
   * what was done (and shows a repair in a photo); the filer urges (催办) once per level, and their handlers are told.
   */
  async act(
    principal: Principal,
    complaintId: number,
    action: ComplaintAction,
    dto: ComplaintActionDto,
  ): Promise<ComplaintDetailView> {
    const { complaint, relation } = await this.load(principal, complaintId);
    if (!canRead(relation, complaint)) throw new DomainException('NOT_FOUND');
    if (action === 'auto_close') throw new DomainException('FORBIDDEN');
    const urgedLevels =
      action === 'urge' ? ((await this.complaints.urgedLevels([complaint.id])).get(complaint.id) ?? []) : [];
    if (!allowedActions(relation, complaint, urgedLevels).includes(action)) {
      const legal = complaintTransition(complaint.status, action) !== null;
      if (action === 'urge' && legal && relation.filer)
        throw new DomainException(
          'COMPLAINT_ACTION_NOT_ALLOWED',
          `本诉求在「${COMPLAINT_LEVEL_LABELS[complaint.level]}」阶段已催办过，每一级只能催办一次`,
        );
      if (legal && !(action === 'escalate' && complaint.level === 'major')) throw new DomainException('FORBIDDEN');
      throw new DomainException(
        'COMPLAINT_ACTION_NOT_ALLOWED',
        `诉求${COMPLAINT_STATUS_LABELS[complaint.status]}，不能${COMPLAINT_ACTION_LABELS[action]}`,
      );
    }
    const note = (dto.note ?? '').trim();
    if ((action === 'reopen' || action === 'escalate') && note.length < 2)
      throw new DomainException('VALIDATION_FAILED', `${COMPLAINT_ACTION_LABELS[action]}请写明理由`);
    if (action === 'confirm' && dto.rating === undefined)
      throw new DomainException('VALIDATION_FAILED', '请为处理结果打分（1–5 星）');
    if (action === 'resolve') {
      const problem = resolveProblem(complaint.category, { note, photoCount: new Set(dto.photoIds ?? []).size });
      if (problem) throw new DomainException('VALIDATION_FAILED', problem);
    }
    const photos = await this.ownPhotos(complaint.compoundId, principal, dto.photoIds ?? []);
    // A resident's words and photos pass WeChat's checks as at filing (staff's do not: they are not user content).
    const byFiler = COMPLAINT_TRANSITIONS[action].by === 'filer';
    if (byFiler && note) await this.checks.text(principal.personId, note);
    const traces = byFiler ? await this.checks.images(principal.personId, photos) : [];

    const actorRole: string = byFiler ? 'resident' : (relation.handlerRole ?? 'resident');
    await this.transition(complaint, action, {
      actorId: principal.personId,
      actorRole,
      note,
      photos,
      traces,
      rating: dto.rating,
    });
    if (action === 'urge') {
      const handlers = await this.complaints.transaction((manager) =>
        currentHandlers(manager, complaint, complaint.compound!.path),
      );
      for (const personId of handlers)
        await this.notify(
          complaint,
          personId,
          'complaint_assigned',
          `居民催办：${COMPLAINT_LEVEL_LABELS[complaint.level]}`,
        );
    }
    return this.detail(principal, complaintId);
  }

  /**
   * Applies `action` with optimistic locking (the row's `version`): of two people acting at once, one wins and the
   * other gets 409. The event is written in the same transaction; the resident is told afterwards. An urge changes
   * only the version, so two urges at once cannot both pass the once-per-level check.
   */
  async transition(
    complaint: Complaint,
    action: ComplaintAction,
    by: {
      actorId: number | null;
      actorRole: string;
      note: string;
      photos?: number[];
      /** WeChat media-check traces of a resident's photos, recorded with the change. */
      traces?: { attachmentId: number; traceId: string }[];
      rating?: number;
    },
    at: Date = wholeSeconds(),
  ): Promise<Complaint> {
    const to = complaintTransition(complaint.status, action);
    if (to === null) throw new DomainException('COMPLAINT_ACTION_NOT_ALLOWED');
    const changes: Partial<Complaint> = { status: to, version: complaint.version + 1 };
    let level: ComplaintLevel = complaint.level;
    if (action === 'accept') changes.acceptedAt = at;
    if (action === 'resolve') changes.resolvedAt = at;
    if (to === 'closed') changes.closedAt = at;
    if (action === 'reopen') changes.resolvedAt = null;
    if (action === 'confirm') {
      changes.rating = by.rating ?? null;
      changes.ratingComment = by.note.slice(0, 500);
    }
    if (action === 'escalate') {
      const up = nextLevel(complaint.level);
      if (!up) throw new DomainException('COMPLAINT_ACTION_NOT_ALLOWED', '已是最高级别，不能再升级');
      level = up;
      changes.level = up;
      changes.levelSince = at;
    }
    const next = { ...complaint, ...changes } as Complaint;
    const due = currentDeadline(
      {
        level: next.level,
        levelSince: next.levelSince.getTime(),
        acceptedAt: next.acceptedAt?.getTime() ?? null,
        resolved: !awaitsHandler(to),
      },
      this.policy(),
    );
    changes.dueAt = due ? new Date(due.deadline) : null;
    changes.dueKind = due?.kind ?? null;

    await this.complaints.transaction(async (manager) => {
      if (!(await this.complaints.updateIfVersion(manager, complaint.id, complaint.version, changes)))
        throw new DomainException('COMPLAINT_ACTION_NOT_ALLOWED', '诉求刚被其他人处理过，请刷新后再试');
      await this.event(manager, complaint, {
        kind: action === 'urge' ? 'urged' : action,
        actorId: by.actorId,
        actorRole: by.actorRole,
        from: complaint.status,
        to,
        level,
        note: by.note,
        photos: by.photos ?? [],
        at,
      });
      if (by.photos?.length && complaint.visible) await this.files.setVisibility(by.photos, 'compound', manager);
      await this.checks.recordTraces(manager, complaint.id, by.traces ?? []);
    });
    Object.assign(complaint, changes);
    if (by.actorId !== complaint.filedBy)
      await this.notify(complaint, complaint.filedBy, 'complaint_update', COMPLAINT_ACTION_LABELS[action]);
    return complaint;
  }

  /** Escalates what is past its deadline and closes resolutions left unanswered; see ComplaintScheduler. */
  overdue(now: number, limit: number): Promise<Complaint[]> {
    return this.complaints.overdue(now, limit);
  }

  escalationOf(c: Complaint, now: number) {
    return escalationDue(
      {
        level: c.level,
        levelSince: c.levelSince.getTime(),
        acceptedAt: c.acceptedAt ? Math.max(c.acceptedAt.getTime(), c.levelSince.getTime()) : null,
        resolved: c.dueAt === null,
      },
      now,
      this.policy(),
    );
  }

  async notify(complaint: Complaint, personId: number, topic: Notice['topic'], what: string): Promise<void> {
    await this.notifications.notify({
      personId,
      topic,
      subjectId: complaint.id,
      page: `pages/complaint/index?id=${complaint.id}`,
      data: {
        thing1: { value: COMPLAINT_CATEGORY_LABELS[complaint.category] },
        phrase2: { value: COMPLAINT_STATUS_LABELS[complaint.status].slice(0, 5) },
        thing3: { value: what.slice(0, 20) },
        time4: { value: chinaMinute(Date.now()) },
      },
    });
  }

  private query(): SelectQueryBuilder<Complaint> {
    return this.complaints.withPlaces();
  }

  private async load(principal: Principal, complaintId: number) {
    const complaint = await this.query().where('c.id = :id', { id: complaintId }).getOne();
    if (!complaint) throw new DomainException('NOT_FOUND');
    const path = complaint.compound!.path;
    return { complaint, path, relation: relationTo(principal, complaint, path) };
  }

  /** Photos this person uploaded to this compound, each named once. */
  private async ownPhotos(compoundId: number, principal: Principal, ids: number[]): Promise<number[]> {
    if (ids.length > 0) await this.files.requireOwn(compoundId, ids, '照片', true, principal.personId);
    return [...new Set(ids)];
  }

  private async event(
    manager: EntityManager,
    complaint: Complaint,
    e: {
      kind: ComplaintEvent['kind'];
      actorId: number | null;
      actorRole: string;
      from?: Complaint['status'] | null;
      to: Complaint['status'] | null;
      level?: ComplaintLevel;
      note: string;
      photos?: number[];
      at: Date;
    },
  ): Promise<void> {
    const eventId = await this.complaints.insertEvent(manager, {
      complaintId: complaint.id,
      kind: e.kind,
      actorId: e.actorId,
      actorRole: e.actorRole,
      fromStatus: e.from ?? null,
      toStatus: e.to,
      level: e.level ?? complaint.level,
      note: e.note.slice(0, 1000),
      at: e.at,
    });
    await this.files.link(manager, 'complaint_event', eventId, e.photos ?? []);
  }
}
