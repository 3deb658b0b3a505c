import type { TestProject } from 'vitest/node';
import { buildAndServe } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await buildAndServe();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
