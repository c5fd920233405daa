/**
 * Text an attacker types into any field, for tests of every layer that stores or renders it.
 * Each payload that could run tells on itself: it sets `window.__xss`, opens a dialog or
 * requests a URL containing XSS_BEACON, so a browser test catches whichever one got through.
 * None of them contains characters the CMS refuses: they must be stored and shown as text.
 */
export const XSS_BEACON = 'xss-beacon'

const run = `window.__xss=1;alert(1);fetch('/${XSS_BEACON}')`

export const hostileInputCorpus: string[] = [
  `"><script>${run}</script>`,
  `'><img src=x onerror="${run}">`,
  `<svg onload="${run}"></svg>`,
  `" onmouseover="${run}" autofocus onfocus="${run}" x="`,
  `' onfocus='${run}' autofocus x='`,
  `</textarea><script>${run}</script>`,
  `</title><script>${run}</script>`,
  `</script><script>${run}</script>`,
  `</style><img src=x onerror="${run}">`,
  `<!--<img src="--><img src=x onerror=${run}//">`,
  `javascript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `&lt;img src=x onerror=${run}&gt;`,
  `&#60;script&#62;${run}&#60;/script&#62;`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a href="javascript:${run}">click</a>`,
  `{{constructor.constructor('${run}')()}}`,
  '${' + `alert(1)}\`;${run};//`,
  `"};${run};//`,
  `<img src="/${XSS_BEACON}.png">`,
  `\uFF1Cscript\uFF1E${run}\uFF1C/script\uFF1E`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<base href="https://${XSS_BEACON}.invalid/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<link rel="stylesheet" href="/${XSS_BEACON}.css">`,
  `Ünïcödé ✓ 🧯 עברית عربي 中文 ‍👩‍🚒`,
]

/** One string carrying the whole corpus, for fields that are read as a single value. */
export const hostileText = (separator = ' '): string => hostileInputCorpus.join(separator)

/** Characters every text field refuses (with where: "title" refuses all, textareas keep \n and \t). */
export const refusedCharacters: { name: string; char: string; inTextarea: boolean }[] = [
  { name: 'NUL', char: '\u0000', inTextarea: true },
  { name: 'escape', char: '\u001B', inTextarea: true },
  { name: 'C1 control', char: '\u0085', inTextarea: true },
  { name: 'right-to-left override', char: '\u202E', inTextarea: true },
  { name: 'left-to-right embedding', char: '\u202A', inTextarea: true },
  { name: 'first strong isolate', char: '\u2068', inTextarea: true },
  { name: 'zero-width space', char: '\u200B', inTextarea: false },
  { name: 'byte-order mark', char: '\uFEFF', inTextarea: false },
  { name: 'line feed', char: '\n', inTextarea: false },
]
