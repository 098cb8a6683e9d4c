import type { LatLon } from '../api/types';
import { TextField } from './Fields';
import { LocationPicker } from './map/LocationPicker';

export interface AddressDraft {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  location: LatLon | null;
}

export const emptyAddress = (): AddressDraft => ({
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  location: null,
});

/** Street, number, postcode and city, plus the location set on a map. Errors by `prefix.field`. */
export function AddressFields({
  idPrefix,
  prefix,
  value,
  onChange,
  errors,
  mapLabel,
  kind,
}: {
  idPrefix: string;
  prefix: string;
  value: AddressDraft;
  onChange: (a: AddressDraft) => void;
  errors: Record<string, string>;
  mapLabel: string;
  kind: 'home' | 'victim';
}) {
  const set = (patch: Partial<AddressDraft>) => onChange({ ...value, ...patch });
  const err = (f: string) => errors[`${prefix}.${f}`];
  return (
    <div className="regie-address-fields">
      <div className="regie-form-row">
        <TextField
          id={`${idPrefix}-straat`}
          label="Straat"
          value={value.street}
          onChange={(street) => set({ street })}
          error={err('street') ?? errors[prefix]}
          required
        />
        <TextField
          id={`${idPrefix}-huisnummer`}
          label="Huisnummer"
          value={value.houseNumber}
          onChange={(houseNumber) => set({ houseNumber })}
          error={err('houseNumber')}
          required
          className="regie-input-short"
        />
      </div>
      <div className="regie-form-row">
        <TextField
          id={`${idPrefix}-postcode`}
          label="Postcode"
          value={value.postcode}
          onChange={(postcode) => set({ postcode: postcode.toUpperCase() })}
          error={err('postcode')}
          autoComplete="postal-code"
          required
          className="regie-input-short"
        />
        <TextField
          id={`${idPrefix}-plaats`}
          label="Plaats"
          value={value.city}
          onChange={(city) => set({ city })}
          error={err('city')}
          required
        />
      </div>
      <LocationPicker
        id={`${idPrefix}-locatie`}
        label={mapLabel}
        kind={kind}
        value={value.location}
        onChange={(location) => set({ location })}
        error={err('location') ?? errors[`${prefix}.location.lat`] ?? errors[`${prefix}.location.lon`]}
      />
    </div>
  );
}

/** The address as the API takes it: blank fields left out, so the API names them as missing. */
export function addressInput(a: AddressDraft) {
  const out: Record<string, unknown> = {};
  if (a.street.trim()) out.street = a.street.trim();
  if (a.houseNumber.trim()) out.houseNumber = a.houseNumber.trim();
  if (a.postcode.trim()) out.postcode = a.postcode.trim().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
  if (a.city.trim()) out.city = a.city.trim();
  if (a.location) out.location = a.location;
  return out;
}
