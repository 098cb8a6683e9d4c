import type { EmAdvice } from '../../api/types';
import { Alert } from '../Alert';

/**
 * What is still open before the advice is complete (the API's `missing`). Open checklist aspects are counted
 * per group instead of listed one by one; the checklist itself shows which.
 */
export function MissingItems({ advice }: { advice: EmAdvice }) {
  if (advice.missing.length === 0) {
    return (
      <Alert type="ok" title="Het advies is compleet">
        <p className="utrecht-paragraph">Alle onderdelen zijn vastgelegd.</p>
      </Alert>
    );
  }
  const aspects = advice.missing.filter((m) => m.item.startsWith('feasibility.'));
  const perGroup = new Map<string, number>();
  for (const a of aspects) {
    const group = a.label.split(':')[0]!;
    perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
  }
  const rest = advice.missing.filter((m) => !m.item.startsWith('feasibility.'));
  return (
    <div className="regie-missing" role="region" aria-labelledby="open-kop">
      <h2 className="utrecht-heading-3 regie-missing__title" id="open-kop">
        Nog open ({rest.length + (aspects.length ? 1 : 0)})
      </h2>
      <ul className="utrecht-unordered-list regie-missing__list">
        {aspects.length > 0 && (
          <li className="utrecht-unordered-list__item">
            Haalbaarheidsonderzoek: {aspects.length} {aspects.length === 1 ? 'aspect' : 'aspecten'} niet of
            met ‘onbekend’ beantwoord ({[...perGroup].map(([g, n]) => `${g.toLowerCase()} ${n}`).join(', ')})
          </li>
        )}
        {rest.map((m) => (
          <li className="utrecht-unordered-list__item" key={m.item}>
            {m.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
