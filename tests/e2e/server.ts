/** Builds the production bundle and serves it on localhost with Vite's preview server. */
import { build, preview, type PreviewServer } from 'vite';

export async function buildAndServe(): Promise<{ url: string; close(): Promise<void> }> {
  await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
