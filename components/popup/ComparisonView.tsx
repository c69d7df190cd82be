// The ICS/ICP comparison as a popup view, with a way back.
import { useEffect } from 'preact/hooks';
import { GLOSSARY } from '../../glossary/index';
import { Comparison } from '../shared/Comparison';
import type { OpenEntry } from '../shared/EntryLink';
import { BackButton } from './BackButton';

interface ComparisonViewProps {
  takeFocus: boolean;
  onOpenEntry: OpenEntry;
  onBack: () => void;
}

export function ComparisonView({ takeFocus, onOpenEntry, onBack }: ComparisonViewProps) {
  useEffect(() => {
    window.scrollTo?.(0, 0);
    if (takeFocus) document.getElementById('comparison-title')?.focus();
  }, [takeFocus]);
  return (
    <div class="comparison-view">
      <BackButton onBack={onBack} />
      <Comparison comparison={GLOSSARY.comparison} onOpenEntry={onOpenEntry} />
    </div>
  );
}
