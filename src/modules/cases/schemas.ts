import { Type, type Static } from '@sinclair/typebox';

// One schema per route input and output: Fastify validates with it and the OpenAPI document is built from it.

export const Uuid = Type.String({ format: 'uuid' });
export const DateOnly = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const DateTime = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' });
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ORDER_KINDS = ['ADVICE', 'EM_ADVICE', 'SUPERVISION', 'COMMUNITY_SERVICE'] as const;
export const PRINCIPALS = ['OM', 'COURT', 'DJI', 'CVVI', 'RVDK'] as const;
export const LEGAL_FRAMEWORKS = [
  'SUSPENDED_DETENTION',
  'CONDITIONAL_RELEASE',
  'SUSPENDED_SENTENCE',
  'LEAVE',
  'PENITENTIARY_PROGRAMME',
  'ELECTRONIC_DETENTION',
  'CONDITIONAL_DISMISSAL',
  'BEHAVIOURAL_MEASURE',
] as const;
export const ORDER_STATUSES = [
  'RECEIVED',
  'DISTRIBUTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const;
export const JOURNAL_KINDS = [
  'CONTACT_FACE_TO_FACE',
  'CONTACT_PHONE',
  'HOME_VISIT',
  'CONSULTATION',
  'CASE_DISCUSSION',
  'NOTE',
] as const;

const lit = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

export const OrderKind = lit(ORDER_KINDS);
export const Principal = lit(PRINCIPALS);
export const LegalFramework = lit(LEGAL_FRAMEWORKS);
export const OrderStatus = lit(ORDER_STATUSES);
export const JournalKind = lit(JOURNAL_KINDS);

export const Name = Type.String({ minLength: 1, maxLength: 100 });

export const AddressInput = Type.Object(
  {
    street: Type.String({ minLength: 1, maxLength: 200 }),
    houseNumber: Type.String({ minLength: 1, maxLength: 20 }),
    postcode: Type.String({
      pattern: '^[1-9][0-9]{3} ?[A-Z]{2}$',
      description: 'Dutch postcode, e.g. 1012 AB',
    }),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    validFrom: DateOnly,
    location: Type.Optional(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lon: Type.Number({ minimum: -180, maximum: 180 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type AddressInput = Static<typeof AddressInput>;

export const Address = Type.Object({
  id: Uuid,
  street: Type.String(),
  houseNumber: Type.String(),
  postcode: Type.String(),
  city: Type.String(),
  validFrom: DateOnly,
  validTo: Nullable(DateOnly),
});

export const EarlierInvolvement = Type.Object(
  {
    organisation: Type.Union([Type.Literal('RN'), Type.Literal('SVG'), Type.Literal('LJR')]),
    year: Type.Integer({ minimum: 1990, maximum: 2100 }),
    kind: Type.String({ maxLength: 50 }),
  },
  { additionalProperties: false },
);

export const ClientInput = Type.Object(
  {
    givenName: Name,
    familyName: Name,
    birthDate: DateOnly,
    bsn: Type.Optional(
      Type.String({ pattern: '^[0-9]{9}$', description: 'Burgerservicenummer (BSN), 9 digits' }),
    ),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 -]{7,19}$' })),
    riskFlags: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z_]{2,40}$' }), { maxItems: 20 })),
    earlierInvolvement: Type.Optional(Type.Array(EarlierInvolvement, { maxItems: 20 })),
    address: Type.Optional(AddressInput),
    organisation: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{2,5}$',
        description: 'Only the intake point chooses; others get their own',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ClientInput = Static<typeof ClientInput>;

export const ClientSummary = Type.Object({
  id: Uuid,
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: DateOnly,
  organisation: Nullable(Type.String()),
});

export const Client = Type.Object({
  id: Uuid,
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: DateOnly,
  bsnMasked: Nullable(Type.String({ description: 'Only the last four digits are shown' })),
  phone: Nullable(Type.String()),
  riskFlags: Type.Array(Type.String()),
  earlierInvolvement: Type.Array(EarlierInvolvement),
  organisation: Nullable(Type.String()),
  addresses: Type.Array(Address),
  createdAt: DateTime,
});
export type Client = Static<typeof Client>;

export const ConditionInput = Type.Object(
  {
    typeCode: Type.String({ pattern: '^[A-Z_]+$' }),
    parameters: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    startsOn: Type.Optional(DateOnly),
    endsOn: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type ConditionInput = Static<typeof ConditionInput>;

export const Zone = Type.Object({
  id: Uuid,
  label: Type.String(),
  kind: Type.String(),
  radiusMeters: Nullable(Type.Number()),
  geometry: Type.Unknown({ description: 'GeoJSON (WGS84): the circle centre for circles, else the polygon' }),
});

export const Condition = Type.Object({
  id: Uuid,
  typeCode: Type.String(),
  name: Type.String(),
  parameters: Type.Unknown(),
  startsOn: Nullable(DateOnly),
  endsOn: Nullable(DateOnly),
  zones: Type.Array(Zone),
});

export const OrderInput = Type.Object(
  {
    kind: OrderKind,
    principal: Principal,
    legalFramework: LegalFramework,
    clientId: Uuid,
    receivedAt: DateTime,
    urgent: Type.Boolean(),
    offence: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    provisional: Type.Optional(Type.Boolean()),
    conditions: Type.Optional(Type.Array(ConditionInput, { maxItems: 30 })),
    caseProfile: Type.Optional(
      Type.Object(
        {
          victimIdentifiable: Type.Optional(Type.Boolean()),
          nightTime: Type.Optional(Type.Boolean()),
          areaBound: Type.Optional(Type.Boolean()),
        },
        {
          additionalProperties: false,
          description: 'Advice orders: the case profile the EM signal rules read',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type OrderInput = Static<typeof OrderInput>;

export const UserRef = Type.Object({ id: Uuid, displayName: Type.String() });

export const Order = Type.Object({
  id: Uuid,
  clientId: Uuid,
  client: Type.Object({ id: Uuid, name: Type.String() }),
  kind: OrderKind,
  principal: Principal,
  legalFramework: Type.String(),
  offence: Nullable(Type.String()),
  receivedAt: DateTime,
  dueDate: DateOnly,
  urgent: Type.Boolean(),
  provisional: Type.Boolean(),
  status: OrderStatus,
  statusHistory: Type.Array(
    Type.Object({
      status: Type.String(),
      at: DateTime,
      by: Nullable(Type.String()),
      note: Nullable(Type.String()),
    }),
  ),
  organisation: Nullable(Type.String()),
  regionId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  assignee: Nullable(UserRef),
  conditions: Type.Array(Condition),
});
export type Order = Static<typeof Order>;

export const AssignmentInput = Type.Object(
  {
    organisation: Type.Optional(Type.String({ pattern: '^[A-Z]{2,5}$' })),
    regionId: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    unitId: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    assigneeId: Type.Optional(Uuid),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AssignmentInput = Static<typeof AssignmentInput>;

export const JournalEntryInput = Type.Object(
  {
    kind: JournalKind,
    occurredAt: DateTime,
    text: Type.String({ minLength: 1, maxLength: 20000 }),
    orderId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type JournalEntryInput = Static<typeof JournalEntryInput>;

export const JournalEntry = Type.Object({
  id: Uuid,
  kind: JournalKind,
  occurredAt: DateTime,
  author: UserRef,
  text: Type.String(),
  orderId: Nullable(Uuid),
});
export type JournalEntry = Static<typeof JournalEntry>;

export const CaseloadItem = Type.Object({
  orderId: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  kind: OrderKind,
  status: OrderStatus,
  dueDate: DateOnly,
  urgent: Type.Boolean(),
  legalFramework: Type.String(),
  principal: Principal,
  receivedAt: DateTime,
  weight: Type.Number(),
});
export type CaseloadItem = Static<typeof CaseloadItem>;

export const WorkerCaseload = Type.Object({
  userId: Uuid,
  displayName: Type.String(),
  unitId: Nullable(Type.String()),
  roles: Type.Array(Type.String()),
  expertise: Type.Array(Type.String()),
  activeOrders: Type.Integer(),
  totalWeight: Type.Number(),
  capacity: Type.Number(),
});
export type WorkerCaseload = Static<typeof WorkerCaseload>;
