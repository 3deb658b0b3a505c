/**
 * The shape every translation must have: the English dictionary with its sentences widened to
 * `string`. A missing, extra or mistyped key fails the typecheck; `ParameterMismatch` names
 * the keys whose function takes other parameters than the English one (a dropped placeholder).
 */
import type { en } from './en.ts';

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;

export type ParameterMismatch<T, E, P extends string = ''> = E extends (...args: infer B) => string
  ? T extends (...args: infer A) => string
    ? A['length'] extends B['length']
      ? never
      : P
    : P
  : E extends string
    ? never
    : { [K in keyof E & string]: K extends keyof T ? ParameterMismatch<T[K], E[K], P extends '' ? K : `${P}.${K}`> : never }[keyof E & string];

/** Compiles only when `Keys` is empty: use as `type _ = NoMismatch<ParameterMismatch<…>>`. */
export type NoMismatch<Keys extends never> = Keys;
