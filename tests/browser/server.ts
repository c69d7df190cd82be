// A test web server on 127.0.0.1 only: serves fixture pages and pages a test builds itself,
// and records every request it receives.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

const FIXTURE_PAGES = resolve('tests/fixtures/pages');

export interface Route {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** Adds or replaces a page at `path`. */
  route(path: string, route: Route | string): void;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
};

function serveFixture(path: string, response: ServerResponse): boolean {
  const file = normalize(join(FIXTURE_PAGES, path));
  if (!file.startsWith(FIXTURE_PAGES)) return false;
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'text/plain' });
    response.end(body);
    return true;
  } catch {
    return false;
  }
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes.get(path);
    if (route) {
      response.writeHead(200, { 'content-type': route.type ?? TYPES.html, ...route.headers });
      response.end(route.body);
    } else if (!serveFixture(path, response)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route(path, route) {
      routes.set(path, typeof route === 'string' ? { body: route } : route);
    },
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
