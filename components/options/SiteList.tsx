// Where the glossary runs: the mode ("everywhere except" or "only on"), the listed sites with
// their subdomain option, and a form to add one.
import { useState } from 'preact/hooks';
import type { SiteRules } from '../../settings/schema';
import { addSite, removeSite, setMode, setSubdomains, siteFromInput } from '../../settings/site-rules';
import { updateSiteRules } from '../../settings/write';
import { RadioGroup } from './RadioGroup';

const MODES: { value: SiteRules['mode']; label: string }[] = [
  { value: 'all-except', label: 'On everywhere except the sites listed' },
  { value: 'only', label: 'Only on the sites listed' },
];

export function SiteList({ rules }: { rules: SiteRules }) {
  return (
    <section aria-labelledby="sites-title" class="options-section">
      <h2 id="sites-title">Sites</h2>
      <RadioGroup
        legend="Where the glossary explains terms"
        name="site-mode"
        options={MODES}
        value={rules.mode}
        onChange={(mode) => void updateSiteRules((current) => setMode(current, mode))}
      />
      <h3>{rules.mode === 'all-except' ? 'Switched off on' : 'Switched on for'}</h3>
      {rules.sites.length === 0 ? (
        <p class="muted">No sites listed.</p>
      ) : (
        <ul class="site-list">
          {rules.sites.map((site) => (
            <li key={site.host}>
              <span class="site-host">{site.host}</span>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={site.includeSubdomains}
                  onChange={(event) => {
                    const include = event.currentTarget.checked; // read now: the update runs later
                    void updateSiteRules((current) => setSubdomains(current, site.host, include));
                  }}
                />
                and its subdomains
              </label>
              <button
                type="button"
                class="link-button"
                aria-label={`Remove ${site.host}`}
                onClick={() => void updateSiteRules((current) => removeSite(current, site.host))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSiteForm />
    </section>
  );
}

function AddSiteForm() {
  const [text, setText] = useState('');
  const [subdomains, setSubdomainsWanted] = useState(true);
  const [error, setError] = useState<string>();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const host = siteFromInput(text);
    if (!host) {
      setError('Enter a site such as example.org or an address such as https://example.org/news.');
      return;
    }
    setError(undefined);
    setText('');
    void updateSiteRules((current) => addSite(current, host, subdomains));
  };
  return (
    <form class="add-site" onSubmit={onSubmit} noValidate>
      <label for="add-site-input">Add a site</label>
      <div class="add-site-row">
        <input
          id="add-site-input"
          type="text"
          inputMode="url"
          placeholder="example.org"
          value={text}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="primary-button">
          Add
        </button>
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={subdomains}
          onChange={(event) => setSubdomainsWanted(event.currentTarget.checked)}
        />
        Include its subdomains
      </label>
      {error && (
        <p id="add-site-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
