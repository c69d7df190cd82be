// The way back from an entry or the comparison (Escape does the same).
export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" class="back-button" onClick={onBack}>
      <span aria-hidden="true">← </span>Back
    </button>
  );
}
