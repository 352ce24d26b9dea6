import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: string;
  lang?: string; // when the label is in a fixed language (e.g. "简体中文" in the English UI)
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}

/**
 * A radio group in a fieldset: one Tab stop, arrow keys move between choices (native radios),
 * the legend names the group for screen readers.
 */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      <div class="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} class="choice" for={`${id}-${choice.value}`}>
            <input
              id={`${id}-${choice.value}`}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
