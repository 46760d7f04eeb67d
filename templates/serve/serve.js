// The live preview page. It asks /api/state?since=<version>, which answers as soon as the
// state is newer than the one shown (or after a while with the same), and redraws only what
// differs: a page's <img> gets a new src only when the page's image version `v` changed, so
// an edit reloads the pages it touched and nothing else.
'use strict';

const $ = (id) => document.getElementById(id);
const SEVERITY_LABEL = { error: '错误', warning: '警告', placeholder: '待补' };
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
};

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
      $('status-text').textContent = '与预览服务的连接中断，正在重试…';
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function apply(s) {
  ui.state = s;
  if (s.title) {
    $('title').textContent = s.title;
    document.title = s.title + ' · 预览';
  }
  showStatus(s.status);
  showPages(s.pages);
  showFindings(s.findings, s.pages);
  showBanner(s.status, s.findings);
  showEditions(s.editions);
}

function showStatus(st) {
  $('status').className = 'status ' + st.phase;
  let text = st.message;
  if (st.phase === 'ready') {
    const what = st.redrawn === 0 ? '没有页面变化' : `重绘 ${st.redrawn}/${st.total} 页`;
    text = `已更新 · ${seconds(st.millis)} · ${what}`;
  } else if (st.phase === 'starting' && ui.state.pages.length) {
    const done = ui.state.pages.filter((p) => p.v).length;
    text = `正在排版… ${done}/${ui.state.pages.length} 页`;
  }
  $('status-text').textContent = text;
  $('status').title = st.changed ? '修改：' + st.changed : '';
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
  el.innerHTML = '<div class="sheet"><img class="thumb" alt="" decoding="async"><span class="badge" hidden></span></div>'
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
  for (const f of findings) {
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
  const counts = { all: findings.length, error: 0, warning: 0, placeholder: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
  for (const span of document.querySelectorAll('[data-count]')) {
    span.textContent = counts[span.dataset.count] || 0;
  }
  for (const b of document.querySelectorAll('[data-filter]')) {
    b.classList.toggle('on', b.dataset.filter === ui.filter);
  }
  const list = $('finding-list');
  // errors first, then warnings, then what is still to supply; in file order within each
  const rank = { error: 0, warning: 1, placeholder: 2 };
  const shown = findings.filter((f) => ui.filter === 'all' || f.severity === ui.filter)
    .map((f, k) => [f, k]).sort((a, b) => (rank[a[0].severity] - rank[b[0].severity]) || (a[1] - b[1])).map((x) => x[0]);
  list.replaceChildren(...shown.map((f) => findingItem(f, pages)));
  const empty = $('no-findings');
  empty.hidden = shown.length > 0;
  const checking = ui.state.status.phase === 'starting';
  empty.textContent = checking ? '正在检查…' : findings.length === 0 ? '没有发现问题。' : '这一类没有。';
}

function findingItem(f, pages) {
  const li = document.createElement('li');
  li.className = 'finding ' + f.severity;
  li.title = f.text;
  const head = document.createElement('div');
  head.className = 'finding-head';
  head.append(Object.assign(document.createElement('span'), { className: 'sev', textContent: SEVERITY_LABEL[f.severity] || f.severity }));
  head.append(Object.assign(document.createElement('code'), { className: 'where', textContent: f.where }));
  li.append(head);
  li.append(Object.assign(document.createElement('p'), { className: 'what', textContent: f.what }));
  if (f.pages.length) li.append(pageLinks(f, pages));
  return li;
}

/** Links to the pages a finding concerns: 第 12 页, 封面 … */
function pageLinks(f, pages) {
  const links = document.createElement('span');
  links.className = 'finding-pages';
  for (const i of f.pages) {
    const label = pages[i] ? pages[i].label : String(i);
    const a = Object.assign(document.createElement('a'), {
      href: '#page-' + i,
      textContent: /^\d+$/.test(label) ? `第 ${label} 页` : label,
    });
    a.addEventListener('click', (e) => { e.preventDefault(); showPage(i); });
    links.append(a);
  }
  return links;
}

function showBanner(status, findings) {
  const broken = status.phase === 'broken';
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
    a.setAttribute('download', '');
    a.dataset.edition = f.edition;
    a.append(f.label, Object.assign(document.createElement('small'), { textContent: megabytes(f.bytes) }));
    a.title = e.phase === 'current' ? '与预览一致' : '这是上一次生成的文件：' + e.message;
    return a;
  }));
  // on request: to try again after a failure, or not to wait for the pause after typing
  $('ed-build').hidden = e.phase === 'building' || e.phase === 'current' || ui.state.status.phase !== 'ready';
}

// ---- the large view ----------------------------------------------------------------------

function openViewer(index) {
  const p = ui.state && ui.state.pages[index];
  if (!p || !p.v) return;
  ui.viewing = index;
  // the thumbnail at once (the browser has it), then the sharp one the server draws on request
  const img = $('viewer-img');
  img.src = `/page/${index}.png?v=${p.v}`;
  const sharp = new Image();
  sharp.onload = () => { if (ui.viewing === index) img.src = sharp.src; };
  sharp.src = `/page/${index}.png?v=${p.v}&size=large`;
  $('viewer-caption').textContent = [p.label, p.title].filter((t, k) => t && (k === 0 || t !== p.label)).join(' · ');
  $('viewer').hidden = false;
}

function step(by) {
  const pages = ui.state ? ui.state.pages : [];
  const next = ui.viewing + by;
  if (next >= 0 && next < pages.length) openViewer(next);
}

function closeViewer() {
  $('viewer').hidden = true;
  ui.viewing = null;
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
$('viewer').addEventListener('click', (e) => { if (e.target === $('viewer') || e.target.classList.contains('viewer-close')) closeViewer(); });
document.querySelector('.viewer-nav.prev').addEventListener('click', () => step(-1));
document.querySelector('.viewer-nav.next').addEventListener('click', () => step(1));
document.addEventListener('keydown', (e) => {
  if (ui.viewing === null) return;
  if (e.key === 'Escape') closeViewer();
  else if (e.key === 'ArrowLeft') step(-1);
  else if (e.key === 'ArrowRight') step(1);
});

const savedZoom = Number(localStorage.getItem('preview.zoom'));
if (savedZoom) $('zoom').value = savedZoom;
setZoom($('zoom').value);
setMode(ui.mode);
poll();
