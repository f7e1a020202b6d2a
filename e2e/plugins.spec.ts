import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, resetHalo, test, WORKBENCH_ORIGIN } from './support/workbench';

// The example plugins as the pane registers them (provide-pane-plugins.ts), in the workbench
// against the simulator: the classification tag under the sender card, and the runbook action
// posting the email to an endpoint this spec serves (configured by `runbookUrl` on the start URL).

/** A runbook's public endpoint on 127.0.0.1, letting the workbench's origin in (CORS). */
class RunbookEndpoint {
  /** The JSON bodies posted to it, in order. */
  readonly received: Record<string, unknown>[] = [];
  private server: Server | null = null;

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/runbook/mark-billing`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', WORKBENCH_ORIGIN);
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Content-Type, Authorization, X-Signature',
      );
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
      if (request.method !== 'POST') {
        response.writeHead(405).end();
        return;
      }
      void readBody(request).then((body) => {
        this.received.push(JSON.parse(body) as Record<string, unknown>);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('the example plugins in the pane', () => {
  test.beforeEach(async () => {
    await resetHalo();
  });

  test.afterAll(async () => {
    await resetHalo();
  });

  test('the classification tag shows under the sender card, with its reasons on demand', async ({
    workbench,
  }) => {
    await workbench.openSignedIn('06-forward-with-attachments.eml');

    const tags = workbench.pane.getByRole('list', { name: 'Tags' });
    const billing = tags.getByRole('button', { name: /Billing question/ });
    await expect(billing).toBeVisible();
    await expect(billing).toContainText(/\d+% sure/);
    await expect(billing).toHaveAttribute('aria-expanded', 'false');

    await billing.click();
    await expect(billing).toHaveAttribute('aria-expanded', 'true');
    const reasons = workbench.pane.locator(`#${await billing.getAttribute('aria-controls')}`);
    await expect(reasons).toContainText('Why “Billing question”');
    await expect(reasons.getByRole('listitem').first()).toBeVisible();
    // No runbook configured: no runbook action.
    await expect(
      workbench.pane.getByRole('button', { name: 'Send to runbook', exact: true }),
    ).toHaveCount(0);
  });

  test('the runbook action posts the email to the organisation’s endpoint', async ({
    workbench,
  }) => {
    const endpoint = new RunbookEndpoint();
    await endpoint.start();
    try {
      await workbench.openSignedIn('06-forward-with-attachments.eml', { runbookUrl: endpoint.url });

      const panel = workbench.pane.locator('halo-log-actions-panel');
      await panel
        .getByRole('group', { name: 'Log this email' })
        .getByRole('button', { name: 'Send to runbook', exact: true })
        .click();

      await expect(panel.locator('halo-log-outcome')).toContainText(
        'Send to runbook: the runbook was started.',
      );
      expect(endpoint.received).toHaveLength(1);
      expect(endpoint.received[0]).toMatchObject({
        source: 'halo-for-outlook',
        summary: 'FW: Overdue invoice INV-20931 - is this genuine?',
        sender_name: 'Nora Fields',
        sender_email: 'nora.fields@northwind.example',
      });
    } finally {
      await endpoint.stop();
    }
  });
});
