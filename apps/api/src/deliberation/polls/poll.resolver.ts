import { compoundRowResolver } from '../../place/place.resolvers.js';
import { ResidentPoll } from '../deliberation.entities.js';

/** `:pollId` → the poll's compound. */
export const ResidentPollResolver = compoundRowResolver(ResidentPoll);
