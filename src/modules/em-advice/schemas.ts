import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  ASPECT_VALUES,
  FEASIBILITY_ASPECTS,
  FEASIBILITY_GROUPS,
  HOME_VISIT_COMPANY,
  HOME_VISIT_MODES,
  type FeasibilityGroup,
} from '../../domain/em-advice/feasibility.js';
import { CASE_PROFILE_FIELDS } from '../../domain/em-signal/index.js';
import {
  DateOnly,
  DateTime,
  LegalFramework,
  OrderStatus,
  Principal,
  UserRef,
  Uuid,
} from '../cases/schemas.js';

// Route inputs and outputs of the EM advice module (EM request desk, EM advice, EM signal).

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const lit = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, 24 hours' });

const LatLon = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false, description: 'WGS84' },
);

// --- EM request desk --------------------------------------------------------------------------------------
// Every field is optional in the schema so that the service can name every missing one at once (422);
// unknown fields and wrong types are still refused, in that same answer.

const RequestAddress = Type.Object(
  {
    street: Type.Optional(Type.String({ maxLength: 200 })),
    houseNumber: Type.Optional(Type.String({ maxLength: 20 })),
    postcode: Type.Optional(
      Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Z]{2}$', description: 'e.g. 1012 AB' }),
    ),
    city: Type.Optional(Type.String({ maxLength: 100 })),
    location: Type.Optional(LatLon),
  },
  { additionalProperties: false },
);

export const EmRequestInput = Type.Object(
  {
    client: Type.Optional(
      Type.Object(
        {
          id: Type.Optional(Uuid),
          givenName: Type.Optional(Type.String({ maxLength: 100 })),
          familyName: Type.Optional(Type.String({ maxLength: 100 })),
          birthDate: Type.Optional(DateOnly),
          bsn: Type.Optional(Type.String({ pattern: '^[0-9]{9}$' })),
          phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 -]{7,19}$' })),
          riskFlags: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z_]{2,40}$' }), { maxItems: 20 })),
        },
        { additionalProperties: false, description: '{ id } of an existing client, or a new client' },
      ),
    ),
    principal: Type.Optional(Principal),
    legalFramework: Type.Optional(LegalFramework),
    intendedAddress: Type.Optional(RequestAddress),
    addressContact: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 200 })),
          phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 -]{7,19}$' })),
        },
        { additionalProperties: false },
      ),
    ),
    offence: Type.Optional(Type.String({ maxLength: 2000 })),
    victimAddress: Type.Optional(RequestAddress),
    urgent: Type.Optional(Type.Boolean()),
    requestedAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type EmRequestInput = Static<typeof EmRequestInput>;

export const EmRequestCreated = Type.Object({
  orderId: Uuid,
  dueDate: DateOnly,
  urgent: Type.Boolean(),
  status: OrderStatus,
});

// --- Addresses completed or corrected after the request ---------------------------------------------------

const POSTCODE = Type.String({
  pattern: '^[1-9][0-9]{3} ?[A-Z]{2}$',
  description: 'Dutch postcode, e.g. 1012 AB',
});

export const AddressInput = Type.Object(
  {
    street: Type.String({ maxLength: 200 }),
    houseNumber: Type.String({ maxLength: 20 }),
    postcode: POSTCODE,
    city: Type.String({ maxLength: 100 }),
    location: LatLon,
  },
  { additionalProperties: false },
);
export type AddressInput = Static<typeof AddressInput>;

// --- Feasibility -------------------------------------------------------------------------------------------

const AspectValue = lit(ASPECT_VALUES);
const AnswerInput = Type.Object(
  { value: AspectValue, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
const AnswerOutput = Type.Object({ value: AspectValue, note: Nullable(Type.String()) });

function group(g: FeasibilityGroup, answer: TSchema) {
  const props: Record<string, TSchema> = {};
  for (const a of FEASIBILITY_ASPECTS.filter((x) => x.group === g)) props[a.code] = Type.Optional(answer);
  return Type.Object(props, { additionalProperties: false, description: `Aspects of ${g}` });
}

export const HomeVisit = Type.Object(
  {
    date: DateOnly,
    mode: lit(HOME_VISIT_MODES),
    company: lit(HOME_VISIT_COMPANY),
    safetyNote: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const HomeVisitOutput = Type.Object({
  date: DateOnly,
  mode: lit(HOME_VISIT_MODES),
  company: lit(HOME_VISIT_COMPANY),
  safetyNote: Nullable(Type.String()),
});

export const FeasibilityInput = Type.Object(
  {
    client: Type.Optional(group('client', AnswerInput)),
    dwelling: Type.Optional(group('dwelling', AnswerInput)),
    surroundings: Type.Optional(group('surroundings', AnswerInput)),
    homeVisit: Type.Optional(HomeVisit),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type FeasibilityInput = Static<typeof FeasibilityInput>;

const FeasibilityOutput = Type.Object({
  client: group('client', AnswerOutput),
  dwelling: group('dwelling', AnswerOutput),
  surroundings: group('surroundings', AnswerOutput),
});

export const FeasibilityAspects = Type.Object({
  groups: Type.Array(Type.Object({ code: lit(FEASIBILITY_GROUPS), label: Type.String() })),
  values: Type.Array(Type.Object({ code: AspectValue, label: Type.String() })),
  items: Type.Array(
    Type.Object({ group: lit(FEASIBILITY_GROUPS), code: Type.String(), label: Type.String() }),
  ),
});

// --- Police information ------------------------------------------------------------------------------------

export const PoliceInformationInput = Type.Object(
  {
    requestedAt: Type.Optional(DateTime),
    receivedAt: Type.Optional(DateTime),
    summary: Type.Optional(Type.String({ minLength: 1, maxLength: 10000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PoliceInformationInput = Static<typeof PoliceInformationInput>;

export const POLICE_INFO_STATUSES = ['NOT_REQUESTED', 'PENDING', 'OVERDUE', 'RECEIVED'] as const;
const PoliceInformation = Type.Object({
  status: lit(POLICE_INFO_STATUSES),
  requestedAt: Nullable(DateTime),
  dueDate: Type.Unsafe<string | null>({
    type: ['string', 'null'],
    format: 'date',
    description: 'Five working days after the request; null when not requested',
  }),
  receivedAt: Nullable(DateTime),
  summary: Nullable(Type.String()),
});

// --- Zones and time windows --------------------------------------------------------------------------------

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[lon, lat] WGS84' });
const PointGeometry = Type.Object(
  { type: Type.Literal('Point'), coordinates: Position },
  { additionalProperties: false, title: 'GeoJSON Point (circle centre)' },
);
const PolygonGeometry = Type.Object(
  {
    type: Type.Literal('Polygon'),
    coordinates: Type.Array(Type.Array(Position, { maxItems: 5000 }), { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false, title: 'GeoJSON Polygon' },
);

export const TimeWindow = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO: 1 = Monday' }),
    start: HHMM,
    end: { ...HHMM, description: 'End time; earlier than start means over midnight' },
  },
  { additionalProperties: false },
);

export const ZonesInput = Type.Object(
  {
    zones: Type.Array(
      Type.Object(
        {
          label: Text(200),
          kind: Type.Union([Type.Literal('exclusion'), Type.Literal('inclusion')]),
          geometry: Type.Union([PointGeometry, PolygonGeometry]),
          radiusMeters: Type.Optional(
            Type.Number({ description: 'Circles only: the radius in metres, > 0' }),
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    policeResponse: Type.Boolean({
      description: 'Politieopvolging: every exclusion zone keeps 5 km from the victim',
    }),
    timeWindows: Type.Array(TimeWindow, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ZonesInput = Static<typeof ZonesInput>;

const ZoneOutput = Type.Object({
  id: Uuid,
  label: Type.String(),
  kind: Type.String(),
  radiusMeters: Nullable(Type.Number()),
  geometry: Type.Unknown({ description: 'GeoJSON (WGS84): the circle centre for circles, else the polygon' }),
  victimMarginMeters: Nullable(
    Type.Number({ description: 'Distance from the victim address to the zone boundary (negative: outside)' }),
  ),
});

// --- Conclusion --------------------------------------------------------------------------------------------

export const ConclusionInput = Type.Object(
  {
    outcome: Type.Union([Type.Literal('POSITIVE'), Type.Literal('NEGATIVE')]),
    reasons: Type.Array(Type.String({ maxLength: 4000 }), { maxItems: 30 }),
    proposedInstallation: Type.Optional(
      Type.Object(
        {
          date: DateOnly,
          time: HHMM,
          place: Type.Union([Type.Literal('PRISON'), Type.Literal('ADDRESS'), Type.Literal('OTHER')]),
          placeDescription: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
    ),
    discussedWithClient: Type.Boolean(),
    clientResponse: Type.Optional(Type.String({ maxLength: 4000 })),
    notDiscussedReason: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type ConclusionInput = Static<typeof ConclusionInput>;

const ConclusionOutput = Type.Object({
  outcome: Type.String(),
  reasons: Type.Array(Type.String()),
  proposedInstallation: Nullable(
    Type.Object({
      date: DateOnly,
      time: Type.String(),
      place: Type.String(),
      placeDescription: Nullable(Type.String()),
    }),
  ),
  discussedWithClient: Type.Boolean(),
  clientResponse: Nullable(Type.String()),
  notDiscussedReason: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: DateTime,
});

// --- The EM advice as read -------------------------------------------------------------------------------

const AddressOutput = Type.Object({
  street: Type.String(),
  houseNumber: Type.String(),
  postcode: Type.String(),
  city: Type.String(),
  location: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number() })),
});

export const EmAdvice = Type.Object({
  id: Uuid,
  orderId: Uuid,
  status: OrderStatus,
  principal: Principal,
  legalFramework: Type.String(),
  receivedAt: DateTime,
  dueDate: DateOnly,
  urgent: Type.Boolean(),
  organisation: Nullable(Type.String()),
  assignee: Nullable(Type.Object({ id: Uuid, displayName: Type.String() })),
  client: Type.Object({ id: Uuid, name: Type.String(), birthDate: DateOnly }),
  offence: Type.String(),
  intendedAddress: AddressOutput,
  addressContact: Type.Object({ name: Type.String(), phone: Type.String() }),
  victimAddress: Nullable(AddressOutput),
  feasibility: Nullable(FeasibilityOutput),
  homeVisit: Nullable(HomeVisitOutput),
  policeInformation: PoliceInformation,
  zones: Type.Array(ZoneOutput),
  policeResponse: Type.Boolean(),
  timeWindows: Type.Array(TimeWindow),
  conclusion: Nullable(ConclusionOutput),
  documentSentAt: Nullable(DateTime),
  missing: Type.Array(
    Type.Object({ item: Type.String(), label: Type.String({ description: 'Dutch, for the UI' }) }),
    { description: 'What is still open before the advice is complete' },
  ),
  updatedAt: DateTime,
});
export type EmAdvice = Static<typeof EmAdvice>;

// --- EM signal ---------------------------------------------------------------------------------------------

export const CaseProfile = Type.Object(
  {
    victimIdentifiable: Type.Optional(Type.Boolean()),
    nightTime: Type.Optional(Type.Boolean()),
    areaBound: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CaseProfile = Static<typeof CaseProfile>;

export const EmConsiderationInput = Type.Object(
  { emAdvised: Type.Boolean(), reason: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: false },
);
export type EmConsiderationInput = Static<typeof EmConsiderationInput>;

const Signal = Type.Object({ ruleId: Type.String(), explanation: Type.String() });

export const EmSignalView = Type.Object({
  orderId: Uuid,
  caseProfile: CaseProfile,
  signals: Type.Array(Signal),
  consideration: Nullable(
    Type.Object({
      emAdvised: Type.Boolean(),
      reason: Nullable(Type.String()),
      signals: Type.Array(Signal),
      decidedBy: Nullable(Type.String()),
      decidedAt: DateTime,
    }),
  ),
  considerationRequired: Type.Boolean({ description: 'Signals exist and no consideration is recorded' }),
});
export type EmSignalView = Static<typeof EmSignalView>;

export const OrderCompleted = Type.Object({ orderId: Uuid, status: OrderStatus });

// --- EM signal rules (configuration by the 3RO functional administrator) ---------------------------------

export const EmSignalRuleId = Type.String({ pattern: '^[A-Z_]{2,50}$', description: 'e.g. STALKING' });

const RuleParameters = Type.Object(
  {
    keywords: Type.Optional(
      Type.Array(Type.String(), {
        description: 'The rule fires when the offence text contains one of these (case and accents ignored)',
      }),
    ),
    flags: Type.Optional(
      Type.Array(Type.String(), {
        description: 'The rule fires when the client carries one of these risk flags',
      }),
    ),
    profileField: Type.Optional(
      Type.String({
        enum: [...CASE_PROFILE_FIELDS],
        description: 'CASE_PROFILE rules: the case-profile field that makes the rule fire (fixed per rule)',
      }),
    ),
  },
  { additionalProperties: false },
);

const RuleState = Type.Object({
  descriptionNl: Type.String(),
  parameters: RuleParameters,
  active: Type.Boolean(),
});

export const EmSignalRule = Type.Object({
  id: Type.String(),
  kind: Type.String({ enum: ['OFFENCE', 'CASE_PROFILE'] }),
  descriptionNl: Type.String({ description: 'Dutch; opens the explanation of every signal of this rule' }),
  parameters: RuleParameters,
  active: Type.Boolean(),
  updatedAt: DateTime,
  updatedBy: Nullable(UserRef),
});
export type EmSignalRule = Static<typeof EmSignalRule>;

export const EmSignalRuleInput = Type.Object(
  {
    descriptionNl: Type.Optional(Type.String({ minLength: 10, maxLength: 300 })),
    parameters: Type.Optional(RuleParameters),
    active: Type.Optional(Type.Boolean()),
    reason: Type.String({ minLength: 5, maxLength: 1000, description: 'Why the rule changes' }),
  },
  { additionalProperties: false },
);
export type EmSignalRuleInput = Static<typeof EmSignalRuleInput>;

export const EmSignalRuleChange = Type.Object({
  id: Type.Integer(),
  ruleId: Type.String(),
  before: RuleState,
  after: RuleState,
  changedBy: UserRef,
  changedAt: DateTime,
  reason: Type.String(),
});
export type EmSignalRuleChange = Static<typeof EmSignalRuleChange>;
