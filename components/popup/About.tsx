// The popup's footer: which glossary this is, when it was last checked, a link to the settings,
// and the privacy promise.
import { GLOSSARY } from '../../glossary/index';
import { formatDate } from '../shared/format-date';

export function About() {
  return (
    <footer class="about">
      <p class="glossary-version">
        Glossary {GLOSSARY.version} · last reviewed {formatDate(GLOSSARY.reviewed)}
      </p>
      <details>
        <summary>About and privacy</summary>
        <p>
          NHS Glossary explains the names of NHS bodies and plans where you read them, and says when a term
          has changed since a page was written. It is an independent tool, not made or endorsed by the NHS.
        </p>
        <p>
          Nothing leaves your browser. The glossary is built into the extension: it makes no network requests,
          keeps no history of the pages you read, and has no analytics. Your settings are stored by your
          browser, and follow you to other computers only if you use your browser’s own sync.
        </p>
      </details>
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        All settings
      </button>
    </footer>
  );
}
