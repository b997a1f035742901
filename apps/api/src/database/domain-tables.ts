/**
 * The tables each domain folder under apps/api/src owns (its `@Entity('…')` declarations). Only the owner names a
 * table in SQL or a QueryBuilder; other domains ask the owner's service. test/domain-tables.spec.ts holds the code
 * to this map and the map to the entities.
 */
export const DOMAIN_TABLES = {
  admin: [],
  audit: ['audit_entry'],
  claim: ['claim_attempt', 'unit_claim', 'claim_decision', 'deed_photo_upload'],
  common: [],
  complaint: [
    'complaint',
    'complaint_event',
    'complaint_photo_check',
    'complaint_me_too',
    'compound_plan',
    'compound_plan_update',
  ],
  deliberation: [
    'proposal',
    'owner_vote',
    'vote_roll',
    'ballot',
    'proposal_event',
    'proposal_support',
    'proposal_evaluation',
    'resident_poll',
    'poll_vote',
    'vote_option',
    'vote_basis',
    'vote_objection',
    'vote_correction',
  ],
  disclosure: [
    'compound_billing',
    'account_disclosure',
    'disclosure_line',
    'review_note',
    'line_question',
    'line_flag',
    'publication',
    'service_disclosure',
    'work_record',
    'fund_entry',
    'audit_report',
  ],
  files: ['attachment', 'attachment_link'],
  health: [],
  home: [],
  identity: ['session', 'role_grant', 'person', 'access_change'],
  notification: ['notification'],
  'personal-data': [],
  place: ['grid', 'grid_building', 'unit_owner', 'place', 'owner_key_merge', 'unit'],
  roster: ['roster_deed', 'roster_import'],
  scheduling: ['scheduler_lease'],
  wechat: [],
} as const satisfies Record<string, readonly string[]>;

export type Domain = keyof typeof DOMAIN_TABLES;

/** Folders that may name any table: the demo seeder fills every domain, migrations shape every table. */
export const ALL_TABLES_FOLDERS = ['database', 'demo'] as const;
