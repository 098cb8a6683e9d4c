import { FormField } from '@utrecht/form-field-react';
import { Textbox } from '@utrecht/textbox-react';
import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Dutch error message for this field (from the API's `errors[]` or a check of our own). */
  error?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label, optional description, the control, and the error message right next to it. */
function Field({ id, label, description, error, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <FormField
      className="regie-form-field"
      invalid={Boolean(error)}
      label={
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? <span className="regie-required"> (verplicht)</span> : null}
        </label>
      }
      description={
        description ? (
          <div className="utrecht-form-field-description" id={`${id}-description`}>
            {description}
          </div>
        ) : undefined
      }
      input={children}
      errorMessage={
        error ? (
          <p className="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </p>
        ) : undefined
      }
    />
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete,
  className,
  ...field
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  type?: string;
  autoComplete?: string;
  className?: string;
}) {
  return (
    <Field {...field}>
      <Textbox
        id={field.id}
        name={field.id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        className={className}
        onChange={(e) => onChange(e.target.value)}
        invalid={Boolean(field.error)}
        required={field.required}
        aria-describedby={describedBy(field.id, field.description, field.error)}
      />
    </Field>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  ...field
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
}) {
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={field.id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`utrecht-select utrecht-select--html-select${field.error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={field.error ? true : undefined}
        aria-required={field.required || undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TextareaField({
  value,
  onChange,
  rows = 5,
  ...field
}: FieldProps & { value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <Field {...field}>
      <textarea
        id={field.id}
        name={field.id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        className={`utrecht-textarea utrecht-textarea--html-textarea${field.error ? ' utrecht-textarea--invalid' : ''}`}
        aria-invalid={field.error ? true : undefined}
        aria-required={field.required || undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
      />
    </Field>
  );
}

/** A single checkbox with its label after it, and an error message when the API names it. */
export function CheckboxField({
  id,
  label,
  description,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string | undefined;
}) {
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--checkbox regie-form-field regie-check${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom regie-check__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
      <div>
        <label className="utrecht-form-label utrecht-form-label--checkbox regie-check__label" htmlFor={id}>
          {label}
        </label>
        {description && (
          <div className="utrecht-form-field-description" id={`${id}-description`}>
            {description}
          </div>
        )}
        {error && (
          <p className="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** Radio buttons in a fieldset whose legend is the question; the error sits under the legend. */
export function RadioGroupField({
  id,
  legend,
  value,
  onChange,
  options,
  error,
  required,
  inline = true,
  className,
}: {
  id: string;
  legend: ReactNode;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  required?: boolean;
  inline?: boolean;
  className?: string;
}) {
  return (
    <fieldset
      id={id}
      className={[
        'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset regie-radios',
        error && 'utrecht-form-fieldset--invalid',
        className,
      ]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend regie-radios__legend">
        {legend}
        {required ? <span className="regie-required"> (verplicht)</span> : null}
      </legend>
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div
        className={inline ? 'regie-radios__options regie-radios__options--inline' : 'regie-radios__options'}
      >
        {options.map((o) => (
          <label key={o.value} className="regie-radio" htmlFor={`${id}-${o.value}`}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="utrecht-radio-button utrecht-radio-button--html-input regie-radio__input"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
