// A tiny static file server on 127.0.0.1 for the benchmark and the bundle smoke test.
// `pages` adds in-memory HTML pages by path. Text is gzipped and cached as a CDN would serve it,
// so Lighthouse measures our files, not this server.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export async function serve(root, pages = {}) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[pathname]) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages[pathname]);
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    let body;
    try {
      body = await readFile(path);
    } catch {
      return res.writeHead(404).end();
    }
    const type = types[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': type === 'text/html' ? 'no-cache' : 'public, max-age=31536000, immutable' };
    if (type !== 'application/octet-stream' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body));
    } else {
      res.writeHead(200, headers).end(body);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
