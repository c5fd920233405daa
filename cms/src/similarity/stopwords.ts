/**
 * Words that say nothing about what a practice does, in the four languages (accents already
 * removed, as `similarityTerms` compares them). Short on purpose: rare words carry the meaning.
 */
export const stopwords: ReadonlySet<string> = new Set(
  [
    // it
    'il lo la gli le un uno una di del dello della dei degli delle da dal dalla dai dalle in nel nella nei nelle',
    'con su sul sulla per tra fra e ed o che chi non piu come anche ma se sono alla alle allo agli al ai',
    'questo questa quello quella loro suo sua suoi essere avere ogni tutti tutto',
    // en
    'the a an of to in on for with and or by at from as is are be been this that these those their',
    'our your its it into over under not no all every each more most who what which how',
    // fr
    'le la les un une des du de d l au aux et ou en dans sur pour par avec sans que qui ne pas plus',
    'ce cet cette ces leur leurs son sa ses nos vos est sont etre avoir tous tout toute chaque',
    // es
    'el la los las un una unos unas de del al y o e u en con por para sin que quien no mas como',
    'este esta estos estas ese esa su sus es son ser estar todo todos toda cada lo',
  ]
    .join(' ')
    .split(/\s+/),
)
