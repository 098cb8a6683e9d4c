export const ROLES = [
  'intake_officer',
  'em_coordinator',
  'em_specialist',
  'probation_advisor',
  'supervisor',
  'monitoring_operator',
  'quality_officer',
  'inspector',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as every module sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  organisation: { code: string; name: string };
  unitId: string | null;
  roles: Role[];
  expertise: string[];
}

export const hasRole = (user: AuthUser, ...roles: Role[]) => roles.some((r) => user.roles.includes(r));
