import { describe, expect, it } from 'vitest';
import { cleanParameters, emSignals, normalise, ruleParameterProblems, type SignalRule } from './index.js';

const RULES: SignalRule[] = [
  {
    id: 'STALKING',
    descriptionNl: 'Belaging',
    kind: 'OFFENCE',
    parameters: { keywords: ['belaging', 'stalking'], flags: ['STALKING'] },
    active: true,
  },
  {
    id: 'DOMESTIC_VIOLENCE',
    descriptionNl: 'Huiselijk geweld',
    kind: 'OFFENCE',
    parameters: { keywords: ['huiselijk geweld'], flags: ['DOMESTIC_VIOLENCE'] },
    active: true,
  },
  {
    id: 'VICTIM',
    descriptionNl: 'Slachtoffer',
    kind: 'CASE_PROFILE',
    parameters: { profileField: 'victimIdentifiable' },
    active: true,
  },
  { id: 'OFF', descriptionNl: 'Uit', kind: 'OFFENCE', parameters: { keywords: ['diefstal'] }, active: false },
];

describe('EM signal rules', () => {
  it('match keywords case- and accent-insensitively, with the grounds in the explanation', () => {
    const s = emSignals(RULES, { offence: 'Bedreiging en BELAGING', riskFlags: [], caseProfile: {} });
    expect(s).toEqual([{ ruleId: 'STALKING', explanation: 'Belaging. Reden: het delict noemt "belaging".' }]);
    expect(normalise('  Huiselijk   Gewéld ')).toBe('huiselijk geweld');
  });

  it('match risk flags and the case profile, in the rules’ order', () => {
    const s = emSignals(RULES, {
      offence: null,
      riskFlags: ['domestic_violence'],
      caseProfile: { victimIdentifiable: true, nightTime: false },
    });
    expect(s.map((x) => x.ruleId)).toEqual(['DOMESTIC_VIOLENCE', 'VICTIM']);
    expect(s[0]!.explanation).toContain('risicosignaal DOMESTIC_VIOLENCE');
    expect(s[1]!.explanation).toContain('aanwijsbaar slachtoffer');
  });

  it('inactive rules and unset profile fields never fire', () => {
    expect(
      emSignals(RULES, { offence: 'Diefstal', riskFlags: [], caseProfile: { victimIdentifiable: false } }),
    ).toEqual([]);
  });
});

describe('rule parameters as the administrator sets them', () => {
  const names = (p: { name: string; code: string }[]) => p.map((x) => `${x.name}:${x.code}`);

  it('accepts valid parameters per kind and trims entries', () => {
    expect(ruleParameterProblems('OFFENCE', { keywords: ['belaging'], flags: ['STALKING'] }, {})).toEqual([]);
    expect(
      ruleParameterProblems(
        'CASE_PROFILE',
        { profileField: 'nightTime', keywords: [] },
        { profileField: 'nightTime' },
      ),
    ).toEqual([]);
    expect(cleanParameters({ keywords: [' a '], flags: ['B '] })).toEqual({ keywords: ['a'], flags: ['B'] });
  });

  it('names every bad field', () => {
    expect(
      names(
        ruleParameterProblems(
          'OFFENCE',
          { keywords: ['Gewéld', '', 'geweld', 3], flags: ['laag'], profileField: 'nightTime' },
          {},
        ),
      ),
    ).toEqual([
      'parameters.profileField:unknown',
      'parameters.keywords.1:empty',
      'parameters.keywords.2:duplicate',
      'parameters.keywords.3:type',
      'parameters.flags.0:format',
    ]);
    expect(names(ruleParameterProblems('OFFENCE', { flags: ['STALKING'] }, {}))).toEqual([
      'parameters.keywords:required',
    ]);
    expect(names(ruleParameterProblems('OFFENCE', [], {}))).toEqual(['parameters:type']);
    expect(
      names(
        ruleParameterProblems('CASE_PROFILE', { profileField: 'areaBound' }, { profileField: 'nightTime' }),
      ),
    ).toEqual(['parameters.profileField:fixed']);
    expect(names(ruleParameterProblems('CASE_PROFILE', {}, { profileField: 'nightTime' }))).toEqual([
      'parameters.profileField:required',
    ]);
  });
});
