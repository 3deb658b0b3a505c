/** The model's mechanisms, in the fixed order their deltas are applied. */
import type { TurnContext } from '../context.ts';
import type { Emitter, Mechanism } from '../mechanism.ts';
import { committeeRisk } from './committeeRisk.ts';
import { committeeSecurity } from './committeeSecurity.ts';
import { donorPressure } from './donorPressure.ts';
import { environment } from './environment.ts';
import { eradicationShock } from './eradicationShock.ts';
import { insurgentResilience } from './insurgentResilience.ts';
import { intelligence } from './intelligence.ts';
import { jungleCaution } from './jungleCaution.ts';
import { leafPrice } from './leafPrice.ts';
import { livelihood } from './livelihood.ts';
import { localFortunes } from './localFortunes.ts';
import { moneyIsNotEnough } from './moneyIsNotEnough.ts';
import { stateSubstitution } from './stateSubstitution.ts';
import { twoFires } from './twoFires.ts';
import { voluntarySubstitution } from './voluntarySubstitution.ts';

export const MECHANISMS: readonly Mechanism[] = [
  livelihood,
  eradicationShock,
  voluntarySubstitution,
  moneyIsNotEnough,
  committeeSecurity,
  jungleCaution,
  committeeRisk,
  intelligence,
  twoFires,
  insurgentResilience,
  environment,
  stateSubstitution,
  donorPressure,
  leafPrice,
  localFortunes,
];

/** Runs every mechanism on the turn's context, in order, each change attributed to its mechanism. */
export function runMechanisms(ctx: TurnContext, out: Emitter): void {
  for (let m = 0; m < MECHANISMS.length; m++) MECHANISMS[m]!.run(ctx, out.attribute(MECHANISMS[m]!.id));
}
