// Preact hooks over the stored settings: the current values, kept fresh as they change
// anywhere (another window, the keyboard command), and the theme applied to the page.
import { useEffect, useState } from 'preact/hooks';
import { readSettings, type Settings, watchSettings } from '../../settings/read';
import type { Theme } from '../../settings/schema';

/** The settings, or undefined until they have been read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const update = (next: Settings) => {
      if (live) setSettings(next);
    };
    void readSettings().then(update);
    const unwatch = watchSettings(update);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Sets `data-theme` on the root element; the stylesheet maps `auto` to the system's choice. */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}
