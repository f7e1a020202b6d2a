// Serves a folder over HTTP on 127.0.0.1 (the production build for end-to-end tests and previews).
// Usage: node tools/serve-static.mjs --dir dist/addin/browser --port 4400
import express from 'express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist/addin/browser' },
    port: { type: 'string', default: '4400' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build found in ${values.dir}: run "npm run build" first.`);
  process.exit(1);
}

const app = express();
app.use(express.static(root, { index: 'index.html', fallthrough: false }));
app.use((error, _request, response, _next) => {
  response.status(error.status ?? 500).send(error.status === 404 ? 'Not found' : 'Server error');
});
const server = app.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host}:${server.address().port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
