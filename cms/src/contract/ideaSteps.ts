/**
 * The Innovation Hub's pipeline (the staged-approval plugin's steps for ideas): an idea waits at
 * each stage for the Hub's reviewers; approval at `pilot` publishes it, which the Hub calls "scaled".
 */
export const IDEA_STEPS = ['submitted', 'screening', 'incubation', 'pilot'] as const
