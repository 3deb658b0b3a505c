/** The strings in use. Scenes import `t` and never write visible text themselves. */
import { en } from './en.ts';

export const t = en;
