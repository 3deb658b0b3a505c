/** A policy's name and description as a player of a language reads them: the translation where the file has one, English otherwise. */
import type { Policy } from './schema.ts';

export interface PolicyTexts {
  readonly name: string;
  readonly description: string;
}

export function policyTexts(policy: Pick<Policy, 'name' | 'description' | 'translations'>, locale: string): PolicyTexts {
  const translated = (policy.translations as Record<string, Partial<PolicyTexts> | undefined> | undefined)?.[locale];
  return { name: translated?.name ?? policy.name, description: translated?.description ?? policy.description };
}
