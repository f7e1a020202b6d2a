/**
 * Hostile e-mail HTML for the sanitiser's specs: classic and mutation XSS vectors (DOMPurify's own
 * regression classics, OWASP's filter-evasion list, and e-mail specific ones). Each payload calls
 * `top.__xss('<id>')` if it ever runs. `runsUnsanitised` marks those that run in Chromium when
 * rendered as they are (after the page loads and its links are clicked): the spec checks that they
 * do, so the harness is proven able to see a run.
 */
export interface XssCase {
  /** Unique name, passed to `top.__xss`. */
  readonly id: string;
  /** The e-mail body. */
  readonly html: string;
  /** True when the payload runs in Chromium unsanitised (after load and a click on links). */
  readonly runsUnsanitised: boolean;
}

const hit = (id: string) => `top.__xss('${id}')`;

/** The corpus. */
export const XSS_CORPUS: readonly XssCase[] = [
  { id: 'script', html: `<p>Hi</p><script>${hit('script')}</script>`, runsUnsanitised: true },
  {
    id: 'img-onerror',
    html: `<img src="x:y" onerror="${hit('img-onerror')}">`,
    runsUnsanitised: true,
  },
  { id: 'img-upper', html: `<IMG SRC="x:y" ONERROR="${hit('img-upper')}">`, runsUnsanitised: true },
  {
    id: 'img-atob',
    html: `<img src=x:y onerror=eval(atob('${btoa(hit('img-atob'))}'))>`,
    runsUnsanitised: true,
  },
  { id: 'svg-onload', html: `<svg onload="${hit('svg-onload')}"></svg>`, runsUnsanitised: true },
  {
    id: 'body-onload',
    html: `<body onload="${hit('body-onload')}">x</body>`,
    runsUnsanitised: true,
  },
  {
    id: 'details-ontoggle',
    html: `<details open ontoggle="${hit('details-ontoggle')}"><summary>s</summary>x</details>`,
    runsUnsanitised: true,
  },
  {
    id: 'iframe-srcdoc',
    html: `<iframe srcdoc="<script>${hit('iframe-srcdoc')}</script>"></iframe>`,
    runsUnsanitised: true,
  },
  {
    id: 'iframe-js',
    html: `<iframe src="javascript:${hit('iframe-js')}"></iframe>`,
    runsUnsanitised: true,
  },
  { id: 'a-js', html: `<a href="javascript:${hit('a-js')}">open</a>`, runsUnsanitised: true },
  {
    id: 'a-js-entity',
    html: `<a href="JaVaScRiPt&colon;${hit('a-js-entity')}">open</a>`,
    runsUnsanitised: true,
  },
  {
    id: 'a-js-numeric',
    html: `<a href="&#106;&#97;vascript:${hit('a-js-numeric')}">open</a>`,
    runsUnsanitised: true,
  },
  {
    id: 'a-js-tab',
    html: `<a href="jav&#x09;ascript:${hit('a-js-tab')}">open</a>`,
    runsUnsanitised: true,
  },
  {
    id: 'form-action',
    html: `<form action="javascript:${hit('form-action')}"><button>Send</button></form>`,
    runsUnsanitised: true,
  },
  {
    id: 'button-formaction',
    html: `<form><button formaction="javascript:${hit('button-formaction')}">Go</button></form>`,
    runsUnsanitised: true,
  },
  {
    id: 'svg-xlink',
    html: `<svg><a xlink:href="javascript:${hit('svg-xlink')}"><text y="20">x</text></a></svg>`,
    runsUnsanitised: false,
  },
  {
    id: 'object-data',
    html: `<object data="javascript:${hit('object-data')}"></object>`,
    runsUnsanitised: false,
  },
  { id: 'embed-src', html: `<embed src="javascript:${hit('embed-src')}">`, runsUnsanitised: false },
  // Media report their errors when the browser gets to it, after the page's load: they are not
  // used to check the harness (sanitised, they are checked like the others).
  {
    id: 'audio-onerror',
    html: `<audio src="x:y" onerror="${hit('audio-onerror')}"></audio>`,
    runsUnsanitised: false,
  },
  {
    id: 'video-source',
    html: `<video><source onerror="${hit('video-source')}"></video>`,
    runsUnsanitised: false,
  },
  {
    id: 'input-autofocus',
    html: `<input autofocus onfocus="${hit('input-autofocus')}">`,
    runsUnsanitised: false,
  },
  {
    id: 'marquee',
    html: `<marquee onstart="${hit('marquee')}">x</marquee>`,
    runsUnsanitised: false,
  },
  {
    id: 'meta-refresh',
    html: `<meta http-equiv="refresh" content="0;url=javascript:${hit('meta-refresh')}">`,
    runsUnsanitised: false,
  },
  {
    id: 'base-href',
    html: `<base href="javascript:${hit('base-href')}//"><a href="x">x</a>`,
    runsUnsanitised: false,
  },
  {
    id: 'style-import',
    html: `<style>@import 'javascript:${hit('style-import')}';</style><p>x</p>`,
    runsUnsanitised: false,
  },
  {
    id: 'css-url',
    html: `<div style="background:url(javascript:${hit('css-url')})">x</div>`,
    runsUnsanitised: false,
  },
  {
    id: 'mxss-math-style',
    html: `<math><mtext><table><mglyph><style><img src=x:y onerror="${hit('mxss-math-style')}">`,
    runsUnsanitised: false,
  },
  {
    id: 'mxss-noscript',
    html: `<noscript><p title="</noscript><img src=x:y onerror=${hit('mxss-noscript')}>"></noscript>`,
    runsUnsanitised: true,
  },
  {
    id: 'mxss-svg-style',
    html: `<p><svg><style><img src=x:y onerror=${hit('mxss-svg-style')}></style></svg></p>`,
    runsUnsanitised: true,
  },
  {
    id: 'mxss-form-math',
    html: `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${hit('mxss-form-math')} src=x:y>">`,
    runsUnsanitised: false,
  },
  {
    id: 'template',
    html: `<template><img src=x:y onerror="${hit('template')}"></template><p>x</p>`,
    runsUnsanitised: false,
  },
  {
    id: 'cid-onerror',
    html: `<img src="cid:image001.png@01DA" onerror="${hit('cid-onerror')}">`,
    runsUnsanitised: true,
  },
  {
    id: 'table-background',
    html: `<table background="javascript:${hit('table-background')}"><tr><td>x</td></tr></table>`,
    runsUnsanitised: false,
  },
  {
    id: 'data-html-link',
    html: `<a href="data:text/html;base64,${btoa(`<script>${hit('data-html-link')}</script>`)}">x</a>`,
    runsUnsanitised: false,
  },
  { id: 'vbscript', html: `<a href="vbscript:msgbox(1)">x</a>`, runsUnsanitised: false },
  {
    id: 'event-mouseover',
    html: `<div onmouseover="${hit('event-mouseover')}" onclick="${hit('event-mouseover')}">hover</div>`,
    runsUnsanitised: true,
  },
  {
    id: 'unclosed-attr',
    html: `<img src="x:y" alt="a"onerror="${hit('unclosed-attr')}">`,
    runsUnsanitised: true,
  },
  {
    id: 'comment-break',
    html: `<!--<img src="--><img src=x:y onerror=${hit('comment-break')}//">`,
    runsUnsanitised: true,
  },
];
