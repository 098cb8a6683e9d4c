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
