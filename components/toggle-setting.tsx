import { useId } from 'preact/hooks';

interface Props {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label and a hint tied to it by aria-describedby. */
export function ToggleSetting({ label, hint, checked, onChange }: Props) {
  const id = useId();
  return (
    <div class="toggle-setting">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} class="hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
