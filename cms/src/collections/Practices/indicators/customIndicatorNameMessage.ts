/** What an author is told about a row with neither a library indicator nor a name. */
export const customIndicatorNameMessage = 'Give your own indicator a name, or pick one from the library.'
