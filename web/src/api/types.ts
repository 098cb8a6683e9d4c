// The API's shapes as the web app uses them (src/modules/cases/schemas.ts and identity/routes.ts are the source).

export type OrderKind = 'ADVICE' | 'EM_ADVICE' | 'SUPERVISION' | 'COMMUNITY_SERVICE';
export type Principal = 'OM' | 'COURT' | 'DJI' | 'CVVI' | 'RVDK';
export type OrderStatus = 'RECEIVED' | 'DISTRIBUTED' | 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
export type JournalKind =
  'CONTACT_FACE_TO_FACE' | 'CONTACT_PHONE' | 'HOME_VISIT' | 'CONSULTATION' | 'CASE_DISCUSSION' | 'NOTE';

export interface FieldError {
  name: string;
  in: 'body' | 'query' | 'path' | 'header';
  code: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  organisation: { code: string; name: string };
  unitId: string | null;
  roles: string[];
  expertise: string[];
}

export interface DemoUser {
  username: string;
  displayName: string;
  organisation: string;
  roles: string[];
}

export interface AuthConfig {
  devLogin: boolean;
  oidc: boolean;
  /** Where an OIDC sign-in starts (GET, leaves the app; the callback returns to `/#token=…`). */
  oidcLoginUrl?: string;
  demoUsers?: DemoUser[];
  /** Map tiles ({z}/{x}/{y}); absent when none are configured (offline: a plain background). */
  tileUrl?: string;
}

export interface Address {
  id: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  validFrom: string;
  validTo: string | null;
}

export interface EarlierInvolvement {
  organisation: 'RN' | 'SVG' | 'LJR';
  year: number;
  kind: string;
}

export interface ClientSummary {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  organisation: string | null;
}

export interface Client extends ClientSummary {
  bsnMasked: string | null;
  phone: string | null;
  riskFlags: string[];
  earlierInvolvement: EarlierInvolvement[];
  addresses: Address[];
  createdAt: string;
}

export interface Zone {
  id: string;
  label: string;
  kind: string;
  radiusMeters: number | null;
  geometry: unknown;
}

export interface Condition {
  id: string;
  typeCode: string;
  name: string;
  parameters: unknown;
  startsOn: string | null;
  endsOn: string | null;
  zones: Zone[];
}

export interface UserRef {
  id: string;
  displayName: string;
}

export interface StatusChange {
  status: string;
  at: string;
  by: string | null;
  note: string | null;
}

export interface Order {
  id: string;
  clientId: string;
  client: { id: string; name: string };
  kind: OrderKind;
  principal: Principal;
  legalFramework: string;
  offence: string | null;
  receivedAt: string;
  dueDate: string;
  urgent: boolean;
  provisional: boolean;
  status: OrderStatus;
  statusHistory: StatusChange[];
  organisation: string | null;
  regionId: string | null;
  unitId: string | null;
  assignee: UserRef | null;
  conditions: Condition[];
}

export interface JournalEntry {
  id: string;
  kind: JournalKind;
  occurredAt: string;
  author: UserRef;
  text: string;
  orderId: string | null;
}

export interface JournalEntryInput {
  kind: JournalKind;
  occurredAt: string;
  text: string;
  orderId?: string;
}

export interface CaseloadItem {
  orderId: string;
  clientId: string;
  clientName: string;
  kind: OrderKind;
  status: OrderStatus;
  dueDate: string;
  urgent: boolean;
  legalFramework: string;
  principal: Principal;
  receivedAt: string;
  weight: number;
}

export interface Caseload {
  items: CaseloadItem[];
  totalWeight: number;
  capacity: number;
}

export interface WorkerCaseload {
  userId: string;
  displayName: string;
  unitId: string | null;
  roles: string[];
  expertise: string[];
  activeOrders: number;
  totalWeight: number;
  capacity: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  actorName: string | null;
  onBehalfOf: string | null;
  organisation: string | null;
  action: string;
  resource: string;
  reason: string | null;
}

export interface AssignmentInput {
  organisation?: string;
  regionId?: string;
  unitId?: string;
  assigneeId?: string;
  note?: string;
}

// --- Intake (src/modules/intake/schemas.ts) -----------------------------------------------------------------

export type ProbationOrganisation = 'RN' | 'SVG' | 'LJR';
export type Shares = Record<ProbationOrganisation, number>;

export interface DistributionKey {
  region: string;
  regionName: string;
  shares: Shares;
  validFrom: string;
  setBy: UserRef | null;
  reason: string;
}

export interface IntakeQueueItem {
  orderId: string;
  clientId: string;
  clientName: string;
  kind: OrderKind;
  principal: Principal;
  legalFramework: string;
  offence: string | null;
  receivedAt: string;
  dueDate: string;
  urgent: boolean;
  provisional: boolean;
  postcode: string | null;
  intakeRegion: string | null;
}

export interface Distribution {
  organisation: string;
  intakeRegion: string | null;
  regionId: string | null;
  unitId: string | null;
  rule: string;
  explanation: string;
  overrideReason: string | null;
  distributedAt: string;
}

export interface AssignmentCandidate {
  userId: string;
  displayName: string;
  unitId: string | null;
  expertise: string[];
  matchingExpertise: string[];
  activeOrders: number;
  totalWeight: number;
  capacity: number;
  room: number;
  hasRoom: boolean;
  wroteEarlierAdvice: boolean;
  why: string;
}

export interface AssignmentCandidates {
  orderId: string;
  roles: string[];
  neededExpertise: string[];
  orderWeight: number;
  items: AssignmentCandidate[];
}

export type HearingOutcome = 'SUSPENDED_WITH_CONDITIONS' | 'NOT_SUSPENDED' | 'ADJOURNED';

export interface ChamberHearing {
  id: string;
  clientId: string;
  clientName: string;
  organisation: string | null;
  court: string;
  hearingDate: string;
  caseReference: string;
  outcome: HearingOutcome | null;
  outcomeAt: string | null;
  orderId: string | null;
  nextHearingId: string | null;
  createdAt: string;
  signal: { code: 'OUTCOME_MISSING' | 'ORDER_MISSING'; message: string } | null;
}

export interface ChamberHearingInput {
  clientId: string;
  court: string;
  hearingDate: string;
  caseReference: string;
  orderId?: string;
}

export interface HearingOutcomeInput {
  outcome: HearingOutcome;
  orderId?: string;
  nextHearingDate?: string;
}

// --- EM advice (src/modules/em-advice/schemas.ts) ------------------------------------------------------------

export interface LatLon {
  lat: number;
  lon: number;
}

export interface RequestAddress {
  street?: string;
  houseNumber?: string;
  postcode?: string;
  city?: string;
  location?: LatLon;
}

export interface EmRequestInput {
  client?: {
    id?: string;
    givenName?: string;
    familyName?: string;
    birthDate?: string;
    bsn?: string;
    phone?: string;
  };
  principal?: string;
  legalFramework?: string;
  intendedAddress?: RequestAddress;
  addressContact?: { name?: string; phone?: string };
  offence?: string;
  victimAddress?: RequestAddress;
  urgent?: boolean;
  requestedAt?: string;
}

export interface EmRequestCreated {
  orderId: string;
  dueDate: string;
  urgent: boolean;
  status: OrderStatus;
}

export type AspectValue = 'YES' | 'NO' | 'UNKNOWN' | 'NOT_APPLICABLE';
export type FeasibilityGroup = 'client' | 'dwelling' | 'surroundings';

export interface FeasibilityAspects {
  groups: { code: FeasibilityGroup; label: string }[];
  values: { code: AspectValue; label: string }[];
  items: { group: FeasibilityGroup; code: string; label: string }[];
}

export interface AspectAnswer {
  value: AspectValue;
  note?: string | null;
}

export type Feasibility = Record<FeasibilityGroup, Record<string, AspectAnswer>>;

export interface HomeVisit {
  date: string;
  mode: 'PHYSICAL' | 'DIGITAL';
  company: 'ALONE' | 'IN_PAIRS';
  safetyNote?: string | null;
}

export type PoliceStatus = 'NOT_REQUESTED' | 'PENDING' | 'OVERDUE' | 'RECEIVED';

export interface AdviceAddress {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  location: LatLon | null;
}

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: [number, number][][];
}
export type ZoneGeometry = PointGeometry | PolygonGeometry;
export type ZoneKind = 'exclusion' | 'inclusion';

export interface AdviceZone {
  id: string;
  label: string;
  kind: ZoneKind;
  radiusMeters: number | null;
  geometry: ZoneGeometry;
  victimMarginMeters: number | null;
}

export interface TimeWindow {
  weekday: number;
  start: string;
  end: string;
}

/** An address completed or corrected on the EM advice: every field and the location are required. */
export interface AdviceAddressInput {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  location: LatLon;
}

export interface ZonesInput {
  zones: { label: string; kind: ZoneKind; geometry: ZoneGeometry; radiusMeters?: number }[];
  policeResponse: boolean;
  timeWindows: TimeWindow[];
}

export type InstallationPlace = 'PRISON' | 'ADDRESS' | 'OTHER';

export interface ConclusionInput {
  outcome: 'POSITIVE' | 'NEGATIVE';
  reasons: string[];
  proposedInstallation?: { date: string; time: string; place: InstallationPlace; placeDescription?: string };
  discussedWithClient: boolean;
  clientResponse?: string;
  notDiscussedReason?: string;
}

export interface Conclusion {
  outcome: 'POSITIVE' | 'NEGATIVE';
  reasons: string[];
  proposedInstallation: {
    date: string;
    time: string;
    place: InstallationPlace;
    placeDescription: string | null;
  } | null;
  discussedWithClient: boolean;
  clientResponse: string | null;
  notDiscussedReason: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

export interface EmAdvice {
  id: string;
  orderId: string;
  status: OrderStatus;
  principal: Principal;
  legalFramework: string;
  receivedAt: string;
  dueDate: string;
  urgent: boolean;
  organisation: string | null;
  assignee: UserRef | null;
  client: { id: string; name: string; birthDate: string };
  offence: string;
  intendedAddress: AdviceAddress;
  addressContact: { name: string; phone: string };
  victimAddress: AdviceAddress | null;
  feasibility: Feasibility | null;
  homeVisit: HomeVisit | null;
  policeInformation: {
    status: PoliceStatus;
    requestedAt: string | null;
    dueDate: string | null;
    receivedAt: string | null;
    summary: string | null;
  };
  zones: AdviceZone[];
  policeResponse: boolean;
  timeWindows: TimeWindow[];
  conclusion: Conclusion | null;
  documentSentAt: string | null;
  missing: { item: string; label: string }[];
  updatedAt: string;
}

export interface EmSignal {
  ruleId: string;
  explanation: string;
}

export interface CaseProfile {
  victimIdentifiable?: boolean;
  nightTime?: boolean;
  areaBound?: boolean;
}

export interface EmSignalView {
  orderId: string;
  caseProfile: CaseProfile;
  signals: EmSignal[];
  consideration: {
    emAdvised: boolean;
    reason: string | null;
    signals: EmSignal[];
    decidedBy: string | null;
    decidedAt: string;
  } | null;
  considerationRequired: boolean;
}

// --- EM signal rules (src/modules/em-advice/schemas.ts) -------------------------------------------------

export type EmSignalRuleKind = 'OFFENCE' | 'CASE_PROFILE';
export type CaseProfileField = 'victimIdentifiable' | 'nightTime' | 'areaBound';

export interface EmSignalRuleParameters {
  keywords?: string[];
  flags?: string[];
  profileField?: CaseProfileField;
}

export interface EmSignalRuleState {
  descriptionNl: string;
  parameters: EmSignalRuleParameters;
  active: boolean;
}

export interface EmSignalRule extends EmSignalRuleState {
  id: string;
  kind: EmSignalRuleKind;
  updatedAt: string;
  updatedBy: UserRef | null;
}

export interface EmSignalRuleInput {
  descriptionNl?: string;
  parameters?: EmSignalRuleParameters;
  active?: boolean;
  reason: string;
}

export interface EmSignalRuleChange {
  id: number;
  ruleId: string;
  before: EmSignalRuleState;
  after: EmSignalRuleState;
  changedBy: UserRef;
  changedAt: string;
  reason: string;
}

export interface OrganisationStructure {
  code: string;
  name: string;
  kind: string;
  regions: {
    id: string;
    name: string;
    units: { id: string; name: string; offices: { id: string; city: string }[] }[];
  }[];
}
