/** What the test app's beforeTransition and afterTransition saw, in order. */
export const hookCalls: string[] = []
