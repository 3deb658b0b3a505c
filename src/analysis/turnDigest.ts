/**
 * A turn at a glance, for a reader with a minute: how many communities saw trust and security
 * rise or fall, and the few biggest moves with the causes behind them. Read from the turn's
 * explained moves (why.ts); nothing is recomputed.
 */
import { isNotableMove, MINOR_CAUSE, type CommunityWhy, type Move, type PeopleMetric } from './why.ts';

/** How many moves the default view of a turn tells. */
export const TOP_CHANGES = 3;
/** Causes named for each of the top moves: the biggest, and the next when it counts. */
export const TOP_CAUSES = 2;

export interface Tally {
  readonly communities: number;
  readonly trustUp: number;
  readonly trustDown: number;
  readonly securityUp: number;
  readonly securityDown: number;
}

export interface TopChange {
  readonly community: string;
  readonly name: string;
  readonly metric: PeopleMetric;
  /** The move with only the causes worth a line (the rest folded into `rest`). */
  readonly move: Move;
}

export interface TurnDigest {
  readonly tally: Tally;
  readonly top: readonly TopChange[];
}

/** The biggest cause, and the second only if it is a real part of the move (a third or more of the biggest). */
function mainCauses(move: Move): Move {
  const first = move.causes[0];
  const kept = move.causes.slice(0, TOP_CAUSES).filter((c, i) => i === 0 || (Math.abs(c.amount) >= MINOR_CAUSE && Math.abs(c.amount) * 3 >= Math.abs(first!.amount)));
  const told = kept.reduce((sum, c) => sum + c.amount, 0);
  return { ...move, causes: kept, rest: move.change - told };
}

export function digestTurn(why: readonly CommunityWhy[]): TurnDigest {
  const count = (metric: PeopleMetric, sign: number) => why.filter((c) => isNotableMove(c[metric]) && Math.sign(c[metric].change) === sign).length;
  const moves = why.flatMap((c) =>
    (['trust', 'security'] as const).filter((metric) => isNotableMove(c[metric])).map((metric) => ({ community: c.id, name: c.name, metric, move: c[metric] })),
  );
  moves.sort((a, b) => Math.abs(b.move.change) - Math.abs(a.move.change) || a.name.localeCompare(b.name) || a.metric.localeCompare(b.metric));
  return {
    tally: { communities: why.length, trustUp: count('trust', 1), trustDown: count('trust', -1), securityUp: count('security', 1), securityDown: count('security', -1) },
    top: moves.slice(0, TOP_CHANGES).map((m) => ({ ...m, move: mainCauses(m.move) })),
  };
}
