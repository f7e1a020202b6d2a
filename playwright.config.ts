import { defineConfig } from '@playwright/test';
import {
  WORKBENCH_MS_PORT,
  WORKBENCH_PORT,
  WORKBENCH_SIM_PORT,
} from './e2e/support/workbench-ports';

/** The port the production build is served on for end-to-end tests. */
const PORT = Number(process.env['E2E_PORT'] ?? 4400);

/**
 * End-to-end tests drive the real production build in Debian's Chromium (no browser download):
 * CHROME_BIN when set, otherwise /usr/bin/chromium.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The Microsoft simulator serves HTTPS with a self-signed certificate made at each start.
    ignoreHTTPSErrors: true,
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tools/serve-static.mjs --dir dist/addin/browser --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The workbench (pane + Office stand-in), the Halo simulator and the Microsoft simulator
      // (Entra + Graph over HTTPS), for e2e/workbench-*.spec.ts and the specs that sign in.
      command: `node tools/start.mjs --no-build --port ${WORKBENCH_PORT} --sim-port ${WORKBENCH_SIM_PORT} --ms-port ${WORKBENCH_MS_PORT}`,
      url: `http://127.0.0.1:${WORKBENCH_PORT}/workbench/config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
