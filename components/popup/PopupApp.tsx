// The popup: a search field over the glossary, and below it this page's terms and switches,
// an entry in full, or the ICS/ICP comparison. Escape steps back; the address names the view.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GLOSSARY } from '../../glossary/index';
import { type SearchResult, searchGlossary } from '../../glossary/search';
import { useSettings, useTheme } from '../shared/use-settings';
import { ComparisonView } from './ComparisonView';
import { pageDateOf } from './changed-since';
import { EntryView } from './EntryView';
import { HomeView } from './HomeView';
import { ResultList, resultId } from './ResultList';
import { SearchBox } from './SearchBox';
import { useNavigation } from './use-navigation';
import { usePageInfo } from './use-page-info';

export function PopupApp() {
  const settings = useSettings();
  useTheme(settings?.appearance.theme);
  const info = usePageInfo(location.search);
  const navigation = useNavigation();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchGlossary(GLOSSARY.entries, query), [query]);
  const { view } = navigation;
  const showingResults = view.kind === 'home' && query.trim() !== '';

  useEffect(() => searchRef.current?.focus(), []);

  const openEntry = (entryId: string, senseId?: string) =>
    navigation.open({ kind: 'entry', entryId, senseId });
  const openResult = (result: SearchResult) => openEntry(result.entry.id, result.sense.id);
  const goBack = () => {
    navigation.back();
    searchRef.current?.focus();
  };

  const onQuery = (next: string) => {
    setQuery(next);
    setActiveIndex(0);
    if (view.kind !== 'home') navigation.home();
  };

  const onSearchKey = (event: KeyboardEvent) => {
    if (!showingResults) return;
    const last = results.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => Math.min(last, Math.max(0, index + step)));
    } else if (event.key === 'Enter' && results[activeIndex]) {
      event.preventDefault();
      openResult(results[activeIndex]);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (navigation.back() || query !== '') {
        event.preventDefault();
        if (view.kind === 'home') setQuery('');
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigation, query, view]);

  const pageDate = info?.kind === 'report' ? pageDateOf(info.report.dates) : undefined;
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">
          NHS Glossary <span class="brand-note">· unofficial</span>
        </h1>
        <SearchBox
          query={query}
          onQuery={onQuery}
          onKeyDown={onSearchKey}
          activeId={showingResults && results.length > 0 ? resultId(activeIndex) : undefined}
          expanded={showingResults && results.length > 0}
          inputRef={searchRef}
        />
      </header>
      <main class="popup-main">
        {view.kind === 'entry' ? (
          <EntryView
            entryId={view.entryId}
            senseId={view.senseId}
            pageDate={pageDate}
            takeFocus={navigation.moved}
            onOpenEntry={openEntry}
            onBack={goBack}
          />
        ) : view.kind === 'comparison' ? (
          <ComparisonView takeFocus={navigation.moved} onOpenEntry={openEntry} onBack={goBack} />
        ) : showingResults ? (
          <ResultList query={query} results={results} activeIndex={activeIndex} onOpen={openResult} />
        ) : (
          <HomeView
            info={info}
            settings={settings}
            onOpenEntry={openEntry}
            onOpenComparison={() => navigation.open({ kind: 'comparison' })}
          />
        )}
      </main>
    </div>
  );
}
