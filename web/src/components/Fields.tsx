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
