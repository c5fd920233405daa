/** Longest comment, in characters (the CMS refuses longer ones; the site counts down to it). */
export const COMMENT_MAX_LENGTH = 2000
