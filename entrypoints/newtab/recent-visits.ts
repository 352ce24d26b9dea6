/** How many recent visits the new tab reads for its recommendations and its "recently seen" list. */
export const NEWTAB_RECENT_VISITS = 8;
