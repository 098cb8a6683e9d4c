import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { DateOnly, DateTime, Order, OrderKind, Principal, UserRef, Uuid } from '../cases/schemas.js';

// Route inputs and outputs of the intake module; the OpenAPI document is built from these.

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const lit = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

export const ProbationOrganisationCode = Type.Union([
  Type.Literal('RN'),
  Type.Literal('SVG'),
  Type.Literal('LJR'),
]);
export const IntakeRegionCode = Type.String({
  pattern: '^[A-Z]{2,10}$',
  description: 'Intake region: NOORD, OOST, MIDDEN, WEST or ZUID',
});
export const RuleId = lit([
  'EARLIER_INVOLVEMENT',
  'ADDICTION',
  'HOMELESSNESS',
  'DISTRIBUTION_KEY',
  'MANUAL',
] as const);
export const HearingOutcome = Type.Union([
  Type.Literal('SUSPENDED_WITH_CONDITIONS'),
  Type.Literal('NOT_SUSPENDED'),
  Type.Literal('ADJOURNED'),
]);

const Percentage = Type.Integer({ minimum: 0, maximum: 100 });
export const Shares = Type.Object(
  { RN: Percentage, SVG: Percentage, LJR: Percentage },
  { additionalProperties: false, description: 'Whole percentages per organisation; they add up to 100' },
);

export const DistributionKey = Type.Object({
  region: Type.String(),
  regionName: Type.String(),
  shares: Type.Object({ RN: Type.Number(), SVG: Type.Number(), LJR: Type.Number() }),
  validFrom: DateTime,
  setBy: Nullable(UserRef),
  reason: Type.String(),
});
export type DistributionKey = Static<typeof DistributionKey>;

export const DistributionKeyInput = Type.Object(
  {
    shares: Shares,
    reason: Type.String({ minLength: 5, maxLength: 1000, description: 'Why the key changes' }),
  },
  { additionalProperties: false },
);
export type DistributionKeyInput = Static<typeof DistributionKeyInput>;

export const IntakeQueueItem = Type.Object({
  orderId: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  kind: OrderKind,
  principal: Principal,
  legalFramework: Type.String(),
  offence: Nullable(Type.String()),
  receivedAt: DateTime,
  dueDate: DateOnly,
  urgent: Type.Boolean(),
  provisional: Type.Boolean(),
  postcode: Nullable(Type.String({ description: 'Of the client’s current address' })),
  intakeRegion: Nullable(Type.String()),
});
export type IntakeQueueItem = Static<typeof IntakeQueueItem>;

export const DistributionInput = Type.Object(
  {
    organisation: Type.Optional(ProbationOrganisationCode),
    reason: Type.Optional(
      Type.String({
        maxLength: 1000,
        description: 'Required (at least 5 characters) with a manual organisation',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: '`{}` for the automatic decision; `{ organisation, reason }` to decide by hand',
  },
);
export type DistributionInput = Static<typeof DistributionInput>;

export const Distribution = Type.Object({
  organisation: Type.String(),
  intakeRegion: Nullable(Type.String()),
  regionId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  rule: RuleId,
  explanation: Type.String(),
  overrideReason: Nullable(Type.String()),
  distributedAt: DateTime,
});
export type Distribution = Static<typeof Distribution>;

export const DistributedOrder = Type.Object({ ...Order.properties, distribution: Distribution });

export const AssignmentCandidate = Type.Object({
  userId: Uuid,
  displayName: Type.String(),
  unitId: Nullable(Type.String()),
  expertise: Type.Array(Type.String()),
  matchingExpertise: Type.Array(Type.String()),
  activeOrders: Type.Integer(),
  totalWeight: Type.Number(),
  capacity: Type.Number(),
  room: Type.Number({ description: 'capacity − totalWeight' }),
  hasRoom: Type.Boolean({ description: 'The order’s weight fits in the room' }),
  sameUnit: Type.Boolean({ description: 'Works in the unit the order was distributed to' }),
  wroteEarlierAdvice: Type.Boolean({
    description: 'Assignee of an earlier (EM) advice order of this client',
  }),
  why: Type.String({ description: 'Short Dutch explanation for the coordinator' }),
});

export const AssignmentCandidates = Type.Object({
  orderId: Uuid,
  roles: Type.Array(Type.String()),
  neededExpertise: Type.Array(Type.String()),
  orderWeight: Type.Number(),
  items: Type.Array(AssignmentCandidate),
});

export const HearingSignal = Type.Object({
  code: lit(['OUTCOME_MISSING', 'ORDER_MISSING'] as const),
  message: Type.String({ description: 'Dutch' }),
});

export const ChamberHearing = Type.Object({
  id: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  organisation: Nullable(Type.String()),
  court: Type.String(),
  hearingDate: DateOnly,
  caseReference: Type.String(),
  outcome: Nullable(HearingOutcome),
  outcomeAt: Nullable(DateTime),
  orderId: Nullable(Uuid),
  nextHearingId: Nullable(Uuid),
  createdAt: DateTime,
  signal: Nullable(HearingSignal),
});
export type ChamberHearing = Static<typeof ChamberHearing>;

export const ChamberHearingInput = Type.Object(
  {
    clientId: Uuid,
    court: Type.String({ minLength: 2, maxLength: 200, description: 'e.g. Rechtbank Midden-Nederland' }),
    hearingDate: DateOnly,
    caseReference: Type.String({ minLength: 1, maxLength: 100, description: 'Parketnummer' }),
    orderId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ChamberHearingInput = Static<typeof ChamberHearingInput>;

export const HearingOutcomeInput = Type.Object(
  {
    outcome: HearingOutcome,
    orderId: Type.Optional(Uuid),
    nextHearingDate: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Required with ADJOURNED: the hearing continues on this date as a new item (YYYY-MM-DD)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type HearingOutcomeInput = Static<typeof HearingOutcomeInput>;

export const HEARING_STATUSES = ['pending', 'overdue', 'all'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export const OfficialOrderInput = Type.Object({ officialOrderId: Uuid }, { additionalProperties: false });
export type OfficialOrderInput = Static<typeof OfficialOrderInput>;

export const OfficialOrderLink = Type.Object({ provisionalOrder: Order, officialOrder: Order });
