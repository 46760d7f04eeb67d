// The live preview page. It asks /api/state?since=<version>, which answers as soon as the
// state is newer than the one shown (or after a while with the same), and redraws only what
// differs: a page's <img> gets a new src only when the page's image version `v` changed, so
// an edit reloads the pages it touched and nothing else.
// The page's words are the catalogue's page.* entries (/api/messages), in the tool's language.
'use strict';

const $ = (id) => document.getElementById(id);
let W = {};
/** The page's words for `key`, {0} {1} … filled in. */
const t = (key, ...args) => (W[key] || key).replace(/\{(\d+)\}/g, (m, n) => String(args[n] ?? ''));
const ZOOMS = [1, 1.5, 2, 3, 4, 6, 8];
const ui = {
  version: -1,
  state: null,
  cards: new Map(),          // page index → { el, img, v }
  layout: '',                // what the page area was last laid out for
  // ?view=spreads or ?view=pages in the address wins over what was chosen last time
  mode: (new URLSearchParams(location.search).get('view') || localStorage.getItem('preview.mode')) === 'spreads'
    ? 'spreads' : 'pages',
  filter: localStorage.getItem('preview.filter') || 'all',
  viewing: null,             // page index open in the viewer
  zoom: 1,                   // the viewer's zoom: 1 shows the whole page
  drawnWidth: 0,             // pixel width of the sharp image the viewer has for the page
  spots: [],                 // the places outlined for the finding clicked last
  scrolled: false,           // the page list was scrolled to the page looked at last
};

async function loadWords() {
  try {
    W = await (await fetch('/api/messages', { cache: 'no-store' })).json();
  } catch (e) {
    W = {};
  }
  if (W.lang) document.documentElement.lang = W.lang;
  for (const el of document.querySelectorAll('[data-w]')) if (W[el.dataset.w]) el.textContent = W[el.dataset.w];
  for (const [attr, data] of [['title', 'wTitle'], ['aria-label', 'wLabel'], ['placeholder', 'wPlaceholder']]) {
    for (const el of document.querySelectorAll(`[data-${data.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}]`)) {
      if (W[el.dataset[data]]) el.setAttribute(attr, W[el.dataset[data]]);
    }
  }
}

async function poll() {
  for (;;) {
    try {
      const response = await fetch('/api/state?since=' + ui.version, { cache: 'no-store' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const s = await response.json();
      document.body.classList.remove('offline');
      if (s.version !== ui.version) {
        ui.version = s.version;
        apply(s);
      }
    } catch (e) {
      document.body.classList.add('offline');
      $('status').className = 'status broken';
      $('status-text').textContent = t('offline');
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function apply(s) {
  ui.state = s;
  if (s.title) {
    $('title').textContent = s.title;
    document.title = s.title + ' · ' + t('title.suffix');
  }
  showStatus(s.status);
  showPages(s.pages);
  showFindings(s.findings, s.pages);
  showBanner(s.status, s.findings);
  showEditions(s.editions);
  if (!ui.scrolled && s.pages.some((p) => p.v)) {
    ui.scrolled = true;
    const last = Number(localStorage.getItem('preview.viewed') || 0);
    if (last > 0 && ui.cards.has(last)) ui.cards.get(last).el.scrollIntoView({ block: 'start' });
    watchViewing();
  }
  if (ui.viewing !== null) showSpots();
}

function showStatus(st) {
  $('status').className = 'status ' + st.phase;
  let text = st.message;
  if (st.phase === 'ready') {
    const what = st.redrawn === 0 ? t('status.unchanged') : t('status.redrawn', st.redrawn, st.total);
    text = t('status.ready', seconds(st.millis), what);
  } else if (st.phase === 'starting' && ui.state.pages.length) {
    const done = ui.state.pages.filter((p) => p.v).length;
    text = t('status.drawing', st.message, done, ui.state.pages.length);
  }
  $('status-text').textContent = text;
  $('status').title = st.changed ? t('status.changed', st.changed) : '';
}

// ---- pages -------------------------------------------------------------------------------

function showPages(pages) {
  const byPage = findingsByPage(ui.state.findings);
  for (const p of pages) {
    let card = ui.cards.get(p.index);
    if (!card) {
      card = makeCard(p.index);
      ui.cards.set(p.index, card);
    }
    updateCard(card, p, byPage.get(p.index));
  }
  for (const [index, card] of ui.cards) {
    if (index >= pages.length) {
      card.el.remove();
      ui.cards.delete(index);
    }
  }
  const layout = ui.mode + '|' + pages.map((p) => p.kind + (p.recto ? 'r' : 'v')).join(',');
  if (layout !== ui.layout) {
    ui.layout = layout;
    lay(pages);
    fit();
  }
}

function makeCard(index) {
  const el = document.createElement('figure');
  el.className = 'page-card pending';
  el.id = 'page-' + index;
  el.tabIndex = 0;
  el.innerHTML = '<div class="sheet"><img class="thumb" alt="" decoding="async"><span class="spots"></span><span class="badge" hidden></span></div>'
    + '<figcaption><b class="folio"></b><span class="page-title"></span></figcaption>';
  const img = el.querySelector('img');
  img.dataset.page = index;
  el.addEventListener('click', () => openViewer(index));
  el.addEventListener('keydown', (e) => { if (e.key === 'Enter') openViewer(index); });
  return { el, img, v: null };
}

function updateCard(card, p, findings) {
  card.el.querySelector('.sheet').style.aspectRatio = String(p.aspect);
  card.el.dataset.kind = p.kind;
  card.el.querySelector('.folio').textContent = p.label;
  card.el.querySelector('.page-title').textContent = p.title === p.label ? '' : p.title;
  card.el.title = [p.label, p.title].filter(Boolean).join(' · ');
  card.el.classList.toggle('pending', !p.v);
  if (p.v && p.v !== card.v) {
    const first = card.v === null;
    card.v = p.v;
    card.img.dataset.v = p.v;
    card.img.src = `/page/${p.index}.png?v=${p.v}`;
    if (!first) flash(card.el, 'changed');
  }
  const badge = card.el.querySelector('.badge');
  const worst = findings ? (findings.some((f) => f.severity === 'error') ? 'error'
    : findings.some((f) => f.severity === 'warning') ? 'warning' : 'placeholder') : null;
  badge.hidden = !findings;
  if (findings) {
    badge.className = 'badge ' + worst;
    badge.textContent = findings.length;
    badge.title = findings.map((f) => f.text).join('\n');
  }
}

/** Puts the cards in the page area: a grid of pages, or spreads as they face each other in print. */
function lay(pages) {
  const area = $('pages');
  area.className = 'pages ' + ui.mode;
  const parts = [];
  if (ui.mode === 'pages') {
    for (const p of pages) parts.push(ui.cards.get(p.index).el);
  } else {
    for (const [left, right] of spreads(pages)) {
      const spread = document.createElement('div');
      spread.className = 'spread';
      for (const p of [left, right]) {
        if (p) spread.append(ui.cards.get(p.index).el);
        else spread.append(Object.assign(document.createElement('div'), { className: 'page-card empty' }));
      }
      parts.push(spread);
    }
  }
  area.replaceChildren(...parts);
}

/** Left-hand pages start a spread, a right-hand page ends one; the spine is not a page one turns to. */
function spreads(pages) {
  const out = [];
  let open = null;
  for (const p of pages) {
    if (p.kind === 'spine') continue;
    if (!p.recto) {
      open = [p, null];
      out.push(open);
    } else if (open) {
      open[1] = p;
      open = null;
    } else {
      out.push([null, p]);
    }
  }
  return out;
}

function findingsByPage(findings) {
  const map = new Map();
  for (const f of findings.filter((x) => !x.accepted)) {
    for (const i of f.pages) {
      if (!map.has(i)) map.set(i, []);
      map.get(i).push(f);
    }
  }
  return map;
}

function showPage(index) {
  const card = ui.cards.get(index);
  if (!card) return;
  card.el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  flash(card.el, 'target');
}

function flash(el, cls) {
  el.classList.remove(cls);
  void el.offsetWidth; // restart the animation when it is already running
  el.classList.add(cls);
  setTimeout(() => el.classList.remove(cls), 1600);
}

// ---- findings ----------------------------------------------------------------------------

function showFindings(findings, pages) {
  const open = findings.filter((f) => !f.accepted);
  const counts = { all: open.length, open: open.length, error: 0, warning: 0, placeholder: 0, accepted: findings.length - open.length };
  for (const f of open) counts[f.severity] = (counts[f.severity] || 0) + 1;
  for (const span of document.querySelectorAll('[data-count]')) {
    span.textContent = counts[span.dataset.count] || 0;
  }
  for (const b of document.querySelectorAll('[data-filter]')) {
    b.classList.toggle('on', b.dataset.filter === ui.filter);
  }
  const list = $('finding-list');
  // errors first, then warnings, then what is still to supply; in file order within each
  const rank = { error: 0, warning: 1, placeholder: 2 };
  const shown = findings.filter((f) => (ui.filter === 'accepted' ? f.accepted
    : !f.accepted && (ui.filter === 'all' || f.severity === ui.filter)))
    .map((f, k) => [f, k]).sort((a, b) => (rank[a[0].severity] - rank[b[0].severity]) || (a[1] - b[1])).map((x) => x[0]);
  list.replaceChildren(...shown.map((f) => findingItem(f, pages)));
  const empty = $('no-findings');
  empty.hidden = shown.length > 0;
  const checking = ui.state.status.phase === 'starting';
  empty.textContent = checking ? t('findings.checking') : open.length === 0 && ui.filter !== 'accepted' ? t('findings.none')
    : t('findings.none.kind');
}

function findingItem(f, pages) {
  const li = document.createElement('li');
  li.className = 'finding ' + f.severity + (f.accepted ? ' accepted' : '');
  li.title = f.text;
  li.dataset.id = f.id;
  const head = document.createElement('div');
  head.className = 'finding-head';
  head.append(Object.assign(document.createElement('span'), {
    className: 'sev', textContent: f.accepted ? t('severity.accepted') : t('severity.' + f.severity),
  }));
  head.append(Object.assign(document.createElement('code'), { className: 'where', textContent: f.where }));
  li.append(head);
  li.append(Object.assign(document.createElement('p'), { className: 'what', textContent: f.what }));
  const actions = document.createElement('div');
  actions.className = 'finding-actions';
  if (f.pages.length) actions.append(pageLinks(f, pages));
  if (f.spots.length) {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link show-spot', textContent: t('finding.show') });
    b.addEventListener('click', () => showFinding(f));
    actions.append(b);
  }
  if (f.severity === 'warning' && !f.accepted) {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link accept', textContent: t('finding.accept') });
    b.title = t('finding.accept.title');
    b.addEventListener('click', () => accept(f, b));
    actions.append(b);
  }
  li.append(actions);
  return li;
}

/** Opens the page of a finding large, its place outlined and in view; outlines it on the small page too. */
function showFinding(f) {
  ui.spots = f.spots;
  for (const card of ui.cards.values()) card.el.querySelector('.spots').replaceChildren();
  for (const s of f.spots) {
    const card = ui.cards.get(s.page);
    if (card) card.el.querySelector('.spots').append(spotBox(s));
  }
  const first = f.spots[0];
  // close enough to see what is wrong, far enough to see where: the place takes about half the view
  const zoom = Math.max(1, Math.min(4, 0.5 / Math.max(first.w, first.h, 0.01)));
  openViewer(first.page, { zoom, centre: first });
}

function spotBox(s) {
  const d = document.createElement('span');
  d.className = 'spot';
  Object.assign(d.style, { left: s.x * 100 + '%', top: s.y * 100 + '%', width: s.w * 100 + '%', height: s.h * 100 + '%' });
  return d;
}

/** The editor marks a warning as intended: the server writes it into the accepted.yaml. */
async function accept(f, button) {
  const why = prompt(t('finding.accept.why'), '');
  if (why === null) return;
  button.disabled = true;
  button.textContent = t('finding.accepting');
  const r = await fetch('/api/accept?id=' + encodeURIComponent(f.id) + '&why=' + encodeURIComponent(why), { method: 'POST' });
  if (!r.ok) {
    button.disabled = false;
    button.textContent = t('finding.accept');
  }
}

/** Links to the pages a finding concerns: 第 12 页, 封面 … */
function pageLinks(f, pages) {
  const links = document.createElement('span');
  links.className = 'finding-pages';
  for (const i of f.pages) {
    const label = pages[i] ? pages[i].label : String(i);
    const a = Object.assign(document.createElement('a'), {
      href: '#page-' + i,
      textContent: /^\d+$/.test(label) ? t('page.folio', label) : label,
    });
    a.addEventListener('click', (e) => { e.preventDefault(); showPage(i); });
    links.append(a);
  }
  return links;
}

function showBanner(status, findings) {
  const broken = status.phase === 'broken';
  $('pages').dataset.empty = t(broken ? 'pages.empty.broken' : 'pages.empty');
  $('banner').hidden = !broken;
  document.body.classList.toggle('broken', broken);
  if (!broken) return;
  $('banner-title').textContent = status.message;
  const errors = findings.filter((f) => f.severity === 'error');
  $('banner-list').replaceChildren(...errors.slice(0, 6).map((f) => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('code'), { textContent: f.where }), ' ' + f.what + ' ');
    if (f.pages.length) li.append(pageLinks(f, ui.state.pages));
    return li;
  }));
}

// ---- editions ----------------------------------------------------------------------------

function showEditions(e) {
  const status = $('ed-status');
  status.className = 'ed-status ' + e.phase;
  status.textContent = e.message;
  $('ed-files').replaceChildren(...e.files.map((f) => {
    const a = Object.assign(document.createElement('a'), { href: f.url, className: 'download ' + e.phase });
    if (f.edition === 'wechat') {
      a.target = '_blank'; // the WeChat folder's index, shown with its copy buttons
    } else {
      a.setAttribute('download', '');
    }
    a.dataset.edition = f.edition;
    a.append(f.label, Object.assign(document.createElement('small'), { textContent: megabytes(f.bytes) }));
    a.title = e.phase === 'current' ? t('editions.matches') : t('editions.older', e.message);
    return a;
  }));
  // on request: to try again after a failure, or not to wait for the pause after typing
  $('ed-build').hidden = e.phase === 'building' || e.phase === 'current' || ui.state.status.phase !== 'ready';
}

// ---- the large view ----------------------------------------------------------------------
// Zoom 1 shows the whole page; larger zooms are drawn again by the server at the resolution
// shown (?size=large&w=<device pixels>), so the text stays sharp at 400 % and beyond.

function openViewer(index, opts = {}) {
  const p = ui.state && ui.state.pages[index];
  if (!p || !p.v) return;
  if (ui.viewing !== index) {
    ui.drawnWidth = 0;
    $('viewer-img').src = `/page/${index}.png?v=${p.v}`; // the thumbnail at once: the browser has it
  }
  if (!opts.centre) ui.spots = ui.spots.filter((s) => s.page === index);
  ui.viewing = index;
  viewed(index);
  $('viewer').hidden = false;
  $('viewer-caption').textContent = [p.label, p.title].filter((x, k) => x && (k === 0 || x !== p.label)).join(' · ');
  setViewerZoom(opts.zoom || ui.zoom, opts.centre);
  showSpots();
}

/** The page's size in the viewer at zoom 1: the whole page in view. */
function fitSize(p) {
  const stage = $('viewer-stage');
  const w = stage.clientWidth - 24;
  const h = stage.clientHeight - 24;
  const width = Math.max(40, Math.min(w, h * p.aspect));
  return { width, height: width / p.aspect };
}

/** Zooms the viewer, keeping the point in the middle of the view (or `centre`, a spot) in the middle. */
function setViewerZoom(zoom, centre) {
  const p = ui.state.pages[ui.viewing];
  const stage = $('viewer-stage');
  const sheet = $('viewer-sheet');
  const before = sheet.getBoundingClientRect();
  const mid = centre ? { x: centre.x + centre.w / 2, y: centre.y + centre.h / 2 } : {
    x: before.width ? (stage.scrollLeft + stage.clientWidth / 2 - sheet.offsetLeft) / before.width : 0.5,
    y: before.height ? (stage.scrollTop + stage.clientHeight / 2 - sheet.offsetTop) / before.height : 0.5,
  };
  ui.zoom = Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], zoom));
  const fit = fitSize(p);
  const width = Math.round(fit.width * ui.zoom);
  sheet.style.width = width + 'px';
  sheet.style.height = Math.round(width / p.aspect) + 'px';
  stage.classList.toggle('zoomed', ui.zoom > 1);
  stage.scrollLeft = sheet.offsetLeft + mid.x * width - stage.clientWidth / 2;
  stage.scrollTop = sheet.offsetTop + mid.y * (width / p.aspect) - stage.clientHeight / 2;
  $('zoom-level').textContent = Math.round(ui.zoom * 100) + '%';
  clearTimeout(ui.sharpTimer);
  ui.sharpTimer = setTimeout(sharpen, 150); // not for every step while zooming
}

/** Asks for the page drawn as wide as it is shown (in device pixels), when the one shown is smaller. */
function sharpen() {
  const index = ui.viewing;
  if (index === null) return;
  const p = ui.state.pages[index];
  const wanted = Math.ceil($('viewer-sheet').clientWidth * (window.devicePixelRatio || 1));
  if (wanted <= ui.drawnWidth) return;
  const sharp = new Image();
  sharp.onload = () => {
    if (ui.viewing !== index || sharp.naturalWidth <= ui.drawnWidth) return;
    ui.drawnWidth = sharp.naturalWidth;
    $('viewer-img').src = sharp.src;
  };
  sharp.src = `/page/${index}.png?v=${p.v}&size=large&w=${wanted}`;
}

function showSpots() {
  const sheet = $('viewer-sheet');
  sheet.querySelectorAll('.spot').forEach((e) => e.remove());
  for (const s of ui.spots) if (s.page === ui.viewing) sheet.append(spotBox(s));
}

function zoomBy(steps) {
  const k = ZOOMS.findIndex((z) => z >= ui.zoom - 1e-6);
  const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (k < 0 ? ZOOMS.length - 1 : k) + steps))];
  setViewerZoom(next);
}

function step(by) {
  const pages = ui.state ? ui.state.pages : [];
  const next = ui.viewing + by;
  if (next >= 0 && next < pages.length) openViewer(next);
}

function closeViewer() {
  $('viewer').hidden = true;
  ui.viewing = null;
  ui.zoom = 1;
}

/** Drag to pan a zoomed page. */
function pannable(stage) {
  let from = null;
  stage.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.target.closest('button')) return;
    from = { x: e.clientX, y: e.clientY, left: stage.scrollLeft, top: stage.scrollTop, moved: false };
    stage.setPointerCapture(e.pointerId);
  });
  stage.addEventListener('pointermove', (e) => {
    if (!from) return;
    from.moved = from.moved || Math.abs(e.clientX - from.x) + Math.abs(e.clientY - from.y) > 4;
    stage.scrollLeft = from.left - (e.clientX - from.x);
    stage.scrollTop = from.top - (e.clientY - from.y);
  });
  stage.addEventListener('pointerup', (e) => {
    // a click (no drag) beside the page closes the viewer
    if (from && !from.moved && e.target === stage) closeViewer();
    from = null;
  });
  stage.addEventListener('wheel', (e) => {
    if (!e.ctrlKey) return;
    e.preventDefault();
    zoomBy(e.deltaY < 0 ? 1 : -1);
  }, { passive: false });
}

// ---- where the editor is ------------------------------------------------------------------

/** Tells the server which page is looked at (drawn first while pages are missing, and next time first). */
function viewed(index) {
  localStorage.setItem('preview.viewed', index);
  clearTimeout(ui.viewTimer);
  ui.viewTimer = setTimeout(() => fetch('/api/view?page=' + index, { method: 'POST' }).catch(() => {}), 600);
}

/** The first page in view, as the page list scrolls. */
function watchViewing() {
  const seen = new Set();
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const i = Number(e.target.id.slice(5));
      if (e.isIntersecting) seen.add(i); else seen.delete(i);
    }
    if (seen.size && ui.viewing === null) viewed(Math.min(...seen));
  });
  for (const card of ui.cards.values()) observer.observe(card.el);
}

/** "Go to page": by folio (12), or by name (封面, 目录 …). */
function goTo(text) {
  const want = text.trim();
  const pages = ui.state ? ui.state.pages : [];
  const p = pages.find((x) => x.label === want) || pages.find((x) => want && x.title === want);
  $('goto-page').classList.toggle('bad', !p);
  $('goto-page').title = p ? '' : t('goto.none', want);
  if (!p) return;
  if (ui.viewing !== null) openViewer(p.index);
  else showPage(p.index);
}

// ---- small things ------------------------------------------------------------------------

function seconds(ms) {
  return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
}

function megabytes(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

function setMode(mode) {
  ui.mode = mode;
  localStorage.setItem('preview.mode', mode);
  for (const b of document.querySelectorAll('[data-mode]')) b.classList.toggle('on', b.dataset.mode === mode);
  if (ui.state) {
    ui.layout = '';
    showPages(ui.state.pages);
  }
}

/**
 * Sizes the pages near the slider's height so that whole pages (or spreads) fill the row: no
 * ragged strip of background on the right.
 */
function fit() {
  const wanted = Number($('zoom').value);
  const area = $('pages');
  const style = getComputedStyle(area);
  const width = area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const gap = parseFloat(style.columnGap) || 0;
  const page = ui.state && ui.state.pages.find((p) => p.inside);
  const aspect = page ? page.aspect : 0.74;
  const across = ui.mode === 'spreads' ? 2 * aspect : aspect; // width of one item per unit of height
  const count = Math.max(1, Math.round((width + gap) / (wanted * across + gap)));
  const height = Math.floor(((width - (count - 1) * gap) / count) / across) - 1;
  document.documentElement.style.setProperty('--page-h', (width > 0 ? height : wanted) + 'px');
}

function setZoom(px) {
  localStorage.setItem('preview.zoom', px);
  fit();
}

for (const b of document.querySelectorAll('[data-mode]')) b.addEventListener('click', () => setMode(b.dataset.mode));
for (const b of document.querySelectorAll('[data-filter]')) {
  b.addEventListener('click', () => {
    ui.filter = b.dataset.filter;
    localStorage.setItem('preview.filter', ui.filter);
    if (ui.state) showFindings(ui.state.findings, ui.state.pages);
  });
}
$('zoom').addEventListener('input', (e) => setZoom(e.target.value));
window.addEventListener('resize', fit);
$('ed-build').addEventListener('click', () => fetch('/api/editions', { method: 'POST' }));
document.querySelector('.viewer-nav.prev').addEventListener('click', () => step(-1));
document.querySelector('.viewer-nav.next').addEventListener('click', () => step(1));
document.querySelector('.viewer-close').addEventListener('click', closeViewer);
$('zoom-in').addEventListener('click', () => zoomBy(1));
$('zoom-out').addEventListener('click', () => zoomBy(-1));
$('zoom-level').addEventListener('click', () => setViewerZoom(1));
pannable($('viewer-stage'));
$('goto').addEventListener('submit', (e) => { e.preventDefault(); goTo($('goto-page').value); });
window.addEventListener('resize', () => { if (ui.viewing !== null) setViewerZoom(ui.zoom); });
document.addEventListener('keydown', (e) => {
  if (e.target.matches('input, textarea')) return;
  if (ui.viewing === null) {
    if (e.key === 'g') { e.preventDefault(); $('goto-page').focus(); }
    return;
  }
  const keys = {
    Escape: closeViewer, ArrowLeft: () => step(-1), ArrowRight: () => step(1), PageUp: () => step(-1),
    PageDown: () => step(1), '+': () => zoomBy(1), '=': () => zoomBy(1), '-': () => zoomBy(-1), 0: () => setViewerZoom(1),
  };
  if (keys[e.key]) {
    e.preventDefault();
    keys[e.key]();
  }
});

const savedZoom = Number(localStorage.getItem('preview.zoom'));
if (savedZoom) $('zoom').value = savedZoom;
setZoom($('zoom').value);
setMode(ui.mode);
loadWords().then(poll);
