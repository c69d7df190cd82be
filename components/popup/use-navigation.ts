// The popup's history: a stack of views with home at the bottom, kept in the page's address so
// a reload or a copied link shows the same entry.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { HOME, hashForView, initialViews, type View } from './navigation';

export interface Navigation {
  view: View;
  /** True once the reader has moved between views (so focus should follow). */
  moved: boolean;
  open: (view: View) => void;
  /** One step back; false when already home. */
  back: () => boolean;
  home: () => void;
}

export function useNavigation(): Navigation {
  const [views, setViews] = useState<View[]>(() => initialViews(location.hash));
  const [moved, setMoved] = useState(false);
  const view = views[views.length - 1] ?? HOME;

  useEffect(() => {
    history.replaceState(history.state, '', hashForView(view) || `${location.pathname}${location.search}`);
  }, [view]);

  // Someone changed the address itself (typed, or a link opened in this same page).
  useEffect(() => {
    const onHashChange = () => setViews(initialViews(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const open = useCallback((next: View) => {
    setViews((stack) => [...stack, next]);
    setMoved(true);
  }, []);
  const back = useCallback(() => {
    if (views.length <= 1) return false;
    setViews(views.slice(0, -1));
    setMoved(true);
    return true;
  }, [views]);
  const home = useCallback(() => setViews([HOME]), []);
  return { view, moved, open, back, home };
}
