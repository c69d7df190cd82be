// How explained terms look and behave: underline style, hover delay, theme, first occurrence only.
import type { Settings } from '../../settings/read';
import { HOVER_DELAY_STEPS, type Theme, type UnderlineStyle } from '../../settings/schema';
import { updateAppearance, updateReading } from '../../settings/write';
import { RadioGroup } from './RadioGroup';

const UNDERLINES: { value: UnderlineStyle; label: string }[] = [
  { value: 'dotted', label: 'Dotted underline' },
  { value: 'highlight', label: 'Highlight' },
  { value: 'none', label: 'No mark (terms still explain themselves on hover or focus)' },
];

const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Same as my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const delayLabel = (ms: number) => (ms === 0 ? 'No delay' : `${ms / 1000} seconds`);

type AppearanceProps = Pick<Settings, 'appearance' | 'reading'>;

export function AppearanceOptions({ appearance, reading }: AppearanceProps) {
  return (
    <section aria-labelledby="appearance-title" class="options-section">
      <h2 id="appearance-title">Appearance</h2>
      <RadioGroup
        legend="Mark explained terms with"
        name="underline"
        options={UNDERLINES}
        value={appearance.underline}
        onChange={(underline) => void updateAppearance({ underline })}
      />
      <label for="hover-delay">Show the explanation after</label>
      <select
        id="hover-delay"
        value={String(appearance.hoverDelayMs)}
        onChange={(event) => void updateAppearance({ hoverDelayMs: Number(event.currentTarget.value) })}
      >
        {HOVER_DELAY_STEPS.map((ms) => (
          <option key={ms} value={String(ms)}>
            {delayLabel(ms)}
          </option>
        ))}
      </select>
      <label class="choice">
        <input
          type="checkbox"
          checked={reading.firstOccurrenceOnly}
          onChange={(event) => void updateReading({ firstOccurrenceOnly: event.currentTarget.checked })}
        />
        Explain only the first time each term appears on a page
      </label>
      <RadioGroup
        legend="Theme"
        name="theme"
        options={THEMES}
        value={appearance.theme}
        onChange={(theme) => void updateAppearance({ theme })}
      />
    </section>
  );
}
