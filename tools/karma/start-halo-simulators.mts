// Child process of tools/karma/halo-simulator.js: starts two Halo simulators on 127.0.0.1 and
// prints their URLs as one JSON line. Stops them when its parent closes stdin or sends SIGTERM.
import { startSimulator } from '../../projects/halo-simulator/src/public-api.js';

const corsOrigins = JSON.parse(process.argv[2] ?? '[]') as string[];
const open = await startSimulator({ rateLimit: false, corsOrigins });
const closed = await startSimulator({ rateLimit: false, corsOrigins: [] });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([open.stop(), closed.stop()]);
  process.exit(0);
}
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.stdout.write(`${JSON.stringify({ url: open.url, corsClosedUrl: closed.url })}\n`);
