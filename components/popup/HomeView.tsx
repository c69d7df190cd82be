// The popup's first screen below the search field: this page, the ICS/ICP comparison, and the
// footer.
import type { Settings } from '../../settings/read';
import type { OpenEntry } from '../shared/EntryLink';
import { About } from './About';
import { OnThisPage } from './OnThisPage';
import type { PageInfo } from './page-info';

interface HomeViewProps {
  info: PageInfo | undefined;
  settings: Settings | undefined;
  onOpenEntry: OpenEntry;
  onOpenComparison: () => void;
}

export function HomeView({ info, settings, onOpenEntry, onOpenComparison }: HomeViewProps) {
  return (
    <>
      <OnThisPage info={info} settings={settings} onOpenEntry={onOpenEntry} />
      <section class="comparison-teaser" aria-labelledby="comparison-teaser-title">
        <h2 id="comparison-teaser-title">ICS or ICP?</h2>
        <p>ICP means two different things in the NHS. See both beside the ICS, question by question.</p>
        <button type="button" class="primary-button" onClick={onOpenComparison}>
          Compare ICS and the two ICPs
        </button>
      </section>
      <About />
    </>
  );
}
