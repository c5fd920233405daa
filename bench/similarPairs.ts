/**
 * Labelled pairs of demo practices (slugs): `true` when a volunteer about to submit the first
 * should be shown the second as "already exists" (same need and way of working), `false` when
 * they merely share a theme or a word. Read by `npm run bench:similar`.
 */
export const similarPairs: [string, string, boolean][] = [
  // Similar: the same kind of service
  ['pronto-nonno-compagnia-telefonica', 'custodi-sociali-torino', true],
  ['pronto-nonno-compagnia-telefonica', 'numero-unico-ascolto-nazionale', true],
  ['unita-di-strada-notturna-milano', 'bologna-alloggi-emergenza-freddo', true],
  ['unita-di-strada-notturna-milano', 'palermo-senza-dimora-docce', true],
  ['emporio-solidale-dignita', 'ristoranti-solidali-verona', true],
  ['emporio-solidale-dignita', 'sicilia-cash-voucher', true],
  ['piccoli-soccorritori-scuole-primarie', 'messina-scuole-terremoto', true],
  ['piccoli-soccorritori-scuole-primarie', 'toscana-carcere-volontariato', true],
  ['cassette-calore-ondate-di-caldo', 'campania-foresta-urbana', true],
  ['nonni-digitali-tablet', 'modena-telemedicina-montagna', true],
  ['sportello-migranti-orientamento-bergamo', 'torino-lavoro-rifugiati', true],
  ['caffe-linguistico-roma', 'palermo-scuola-di-italiano-donne', true],
  ['psicologia-emergenza-terremoto', 'bergamo-memoria-covid', true],
  ['psicologia-emergenza-terremoto', 'bologna-salute-mentale-giovani', true],
  ['pacchi-farmaci-latina', 'firenze-spesa-a-domicilio', true],
  ['trasporto-dialisi-roma', 'firenze-spesa-a-domicilio', true],
  ['soccorso-alpino-valli-cuneo', 'siena-palio-primo-soccorso', true],
  ['acqua-alta-anziani-venezia', 'piemonte-emergenza-neve', true],
  ['salerno-spiagge-sicure', 'pisa-ambiente-spiagge-pulite', true],
  ['catania-sbarchi-primo-soccorso', 'napoli-ambulatorio-solidale', true],
  ['catania-volontari-benessere', 'bergamo-memoria-covid', true],
  ['formazione-online-volontari-cri', 'parma-volontariato-aziendale', true],
  ['rete-regionale-radio-emergenze-lombardia', 'veneto-magazzino-regionale', true],
  ['emilia-romagna-alluvione-fango', 'sicilia-cash-voucher', true],
  // Not similar: a shared theme or word, a different practice
  ['pronto-nonno-compagnia-telefonica', 'varese-ausili-prestito', false],
  ['unita-di-strada-notturna-milano', 'donazione-sangue-universita', false],
  ['emporio-solidale-dignita', 'firenze-sport-integrato', false],
  ['piccoli-soccorritori-scuole-primarie', 'napoli-doposcuola-quartieri', false],
  ['cassette-calore-ondate-di-caldo', 'rete-regionale-radio-emergenze-lombardia', false],
  ['nonni-digitali-tablet', 'verona-educazione-dih', false],
  ['caffe-linguistico-roma', 'pisa-ricongiungimento-familiare', false],
  ['donazione-sangue-universita', 'sicurezza-stradale-movida-viterbo', false],
  ['peer-education-padova', 'orti-inclusivi-novara', false],
  ['siena-palio-primo-soccorso', 'parma-volontariato-aziendale', false],
  ['salerno-spiagge-sicure', 'psicologia-emergenza-terremoto', false],
  ['messina-scuole-terremoto', 'ristoranti-solidali-verona', false],
  ['modena-telemedicina-montagna', 'emilia-romagna-alluvione-fango', false],
  ['torino-lavoro-rifugiati', 'cassette-calore-ondate-di-caldo', false],
  ['firenze-sport-integrato', 'catania-sbarchi-primo-soccorso', false],
  ['varese-ausili-prestito', 'campania-foresta-urbana', false],
]
