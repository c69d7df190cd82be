// The shell every generated page shares: a plain, readable layout with no scripts of its own.

export interface Shell {
  title: string;
  description: string;
  body: string;
  /** Prose sits in a column; pages of tables and lists use the whole width. */
  wide?: boolean;
}

const style = (
  wide: boolean,
) => `body{font:16px/1.5 Georgia,serif;max-width:${wide ? '110rem' : '80rem'};margin:0 auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:2px 6px}`;

export const pageShell = ({ title, description, body, wide = false }: Shell): string =>
  `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${description}">
<title>${title}</title><style>${style(wide)}</style></head>
<body>
${body}
</body></html>
`;
