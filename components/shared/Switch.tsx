// An on/off switch: a button with role="switch", so keyboards and screen readers get its state.

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Shown under the label, e.g. why the switch has no effect right now. */
  hint?: string;
}

export function Switch({ label, checked, onChange, disabled = false, hint }: SwitchProps) {
  return (
    <div class="switch-row">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">{label}</span>
      </button>
      {hint && <p class="switch-hint">{hint}</p>}
    </div>
  );
}
