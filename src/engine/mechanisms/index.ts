/** The model's mechanisms, in the fixed order their deltas are applied. */
import type { Mechanism } from '../mechanism.ts';
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
