import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { useOfficeStandIn } from './office-script-rewrite.js';

/** Options of {@link startWorkbench}. */
export interface WorkbenchServerOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** The built pane (`dist/addin/browser`). */
  readonly paneDir: string;
  /** The built workbench (`dist/workbench`): page, stand-in, probe, generated samples. */
  readonly workbenchDir: string;
  /** The sample mailbox (`projects/workbench/samples`), served as it is edited. */
  readonly samplesDir: string;
  /** The Halo the pane is set up for (the simulator's URL). */
  readonly haloUrl: string;
  /** The OAuth client id the pane is set up with. */
  readonly clientId: string;
  /**
   * The Microsoft simulator, when one runs: the Entra app's client id, its authority and Graph's
   * base URL. Served in `config.json`; the page passes them to the pane only with `?entra=1`.
   */
  readonly entra?: WorkbenchEntraConfig;
}

/** Where the pane's optional Microsoft Entra sign-in and Graph calls go (the Microsoft simulator). */
export interface WorkbenchEntraConfig {
  /** The Entra app registration's client id. */
  readonly clientId: string;
  /** The authority, e.g. `https://127.0.0.1:4443/<tenant id>/v2.0`. */
  readonly authority: string;
  /** Graph's base URL, e.g. `https://127.0.0.1:4443/graph/v1.0`. */
  readonly graphUrl: string;
}

/** A running workbench server. */
export interface RunningWorkbench {
  /** Its origin, e.g. `http://127.0.0.1:4400`. */
  readonly origin: string;
  /** The page to open: the mailbox with the pane. */
  readonly url: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** Where the stand-in is served; every pane and dialog page is pointed at it. */
export const STAND_IN_PATH = '/workbench/office.js';

/** Serves a folder's `.html` pages with office.js swapped for the stand-in. */
function pagesWithStandIn(root: string) {
  const base = resolve(root);
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const path = request.path.endsWith('/') ? `${request.path}index.html` : request.path;
    if (!path.endsWith('.html')) return next();
    const file = normalize(join(base, decodeURIComponent(path)));
    if (!file.startsWith(base + sep) || !existsSync(file)) return next();
    const html = await readFile(file, 'utf8');
    response
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(useOfficeStandIn(html, STAND_IN_PATH));
  };
}

/**
 * Starts the workbench on 127.0.0.1: the workbench page under `/workbench/`, the pane at the root
 * (its own paths, so its `<base href="/">` and assets work as deployed), one origin for both so
 * the stand-in in the pane reaches the page. `/` redirects to the workbench page.
 */
export async function startWorkbench(options: WorkbenchServerOptions): Promise<RunningWorkbench> {
  for (const [what, file] of [
    ['pane', join(options.paneDir, 'index.html')],
    ['workbench', join(options.workbenchDir, 'office.js')],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(`The ${what} is not built (${file} is missing): run "npm run build" first.`);
    }
  }
  const app = express();
  app.disable('x-powered-by');
  app.get('/', (_request, response) => response.redirect(302, '/workbench/'));
  app.get('/workbench/config.json', (_request, response) => {
    response.set('Cache-Control', 'no-store').json({
      haloUrl: options.haloUrl,
      clientId: options.clientId,
      paneUrl: '/index.html',
      probeUrl: '/workbench/probe/index.html',
      samplesUrl: '/workbench/samples/',
      ...(options.entra
        ? {
            entraClientId: options.entra.clientId,
            entraAuthority: options.entra.authority,
            graphUrl: options.entra.graphUrl,
          }
        : {}),
    });
  });
  app.use('/workbench/samples', express.static(options.samplesDir, { cacheControl: false }));
  app.use('/workbench/samples', express.static(join(options.workbenchDir, 'samples')));
  app.use('/workbench/probe', pagesWithStandIn(join(options.workbenchDir, 'probe')));
  app.use('/workbench', express.static(options.workbenchDir, { cacheControl: false }));
  app.use(pagesWithStandIn(options.paneDir));
  app.use(express.static(options.paneDir, { index: false }));
  app.use((_request: Request, response: Response) => {
    response.status(404).type('text').send('Not found');
  });

  const server = await new Promise<ReturnType<typeof app.listen>>((resolveListen, reject) => {
    const listening = app.listen(options.port, '127.0.0.1', () => resolveListen(listening));
    listening.once('error', reject);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/workbench/`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
