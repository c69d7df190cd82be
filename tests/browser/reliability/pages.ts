// Builds the small test pages the reliability suite serves: NHS prose (so the extension decides
// the page is worth annotating) inside whatever hostile markup or styling a test wants.

/** Reads as NHS to the context model and holds ICB, ICS, GP and PCN. */
export const NHS_PROSE =
  'NHS England asked each integrated care board (ICB) to plan with the councils in its integrated care ' +
  'system, the ICS, so that GP practices, hospital trusts and social care work as one. Every PCN in the ' +
  'area sends a clinical lead to the ICB, and the ICS publishes its plans for patients each spring.';

export interface PageParts {
  title?: string;
  /** Extra markup for <head>, usually a <style>. */
  head?: string;
  /** The body's markup; defaults to one paragraph of NHS prose with id `probe`. */
  body?: string;
  /** Attributes for <html>, e.g. `dir="rtl"`. */
  htmlAttributes?: string;
}

export function buildPage({
  title = 'Integrated care in the NHS',
  head = '',
  body,
  htmlAttributes = '',
}: PageParts) {
  return `<!doctype html>
<html lang="en-GB" ${htmlAttributes}>
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}
</head>
<body>
${body ?? `<p id="probe">${NHS_PROSE}</p>`}
</body>
</html>`;
}

/** A paragraph of NHS prose with a given id, for pages that need several. */
export const paragraph = (id: string, text = NHS_PROSE) => `<p id="${id}">${text}</p>`;

/** Escapes text for an HTML body or attribute. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Answers the browser's own favicon request, whose 404 would otherwise show as a console error. */
export function serveEmptyFavicon(server: {
  route(path: string, route: { body: string; type: string }): void;
}) {
  server.route('/favicon.ico', { body: '', type: 'image/x-icon' });
}
