/**
 * Intake and distribution: intake regions by postcode, the content rules and the distribution key, the
 * shadow list of chambers hearings, and the shortlist for assignment. Pure: no I/O.
 */
export * from './regions.js';
export * from './distribution.js';
export * from './shadow-list.js';
export * from './candidates.js';
