// The production server: `npm run serve` (after `npm run build`). PORT (default 8080) and HOST
// (default 0.0.0.0) choose where it listens; TANDEM_RELAY_ALLOW_HOSTS=host:port,… exempts hosts
// from the relay's private-address rule (tests, intranets).
import { existsSync } from 'node:fs';
import { buildServer } from './lib/server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built app: run "npm run build" first (npm run serve does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const app = await buildServer({ logger: { level: 'info' } });
await app.listen({ port, host });
