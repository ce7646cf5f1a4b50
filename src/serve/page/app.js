// The page of `suchana serve`: a form made from the kind's definition (GET /api/kinds), a
// YAML tab kept in step with it, and a live preview of every rendering (POST /api/render).
// Every value reaches the page as text (textContent, never as HTML); the one HTML shown is a
// rendered notice, in a sandboxed frame without scripts.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    labels: {},
    pageLang: 'mr-IN',
    kinds: [],
    languages: [],
    kind: null,
    data: {},
    yaml: '',
    order: [],
    selected: new Set(),
    bilingual: false,
    format: 'text',
    response: null,
    seq: 0,
    controller: null,
    timer: null,
    token: null,
  };

  // ---- words of the page -------------------------------------------------------------
  const t = (id, fallback) => state.labels[id] || (fallback !== undefined ? fallback : id);
  const fieldLabel = (name) => t('field-' + name, name);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c);
    }
    return node;
  }

  async function loadLabels(tag) {
    const r = await fetch('/assets/l10n/' + encodeURIComponent(tag) + '.json');
    if (!r.ok) return;
    state.labels = await r.json();
    state.pageLang = tag;
    document.documentElement.lang = tag.split('-')[0];
    for (const node of document.querySelectorAll('[data-l10n]')) {
      node.textContent = t(node.dataset.l10n, node.textContent);
    }
    try { localStorage.setItem('suchana-page-lang', tag); } catch (e) { /* private mode */ }
  }

  // ---- the API -----------------------------------------------------------------------
  function takeToken() {
    const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (m) {
      state.token = decodeURIComponent(m[1]);
      try { sessionStorage.setItem('suchana-token', state.token); } catch (e) { /* ignore */ }
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      try { state.token = sessionStorage.getItem('suchana-token'); } catch (e) { /* ignore */ }
    }
  }

  async function api(path, options) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const opts = Object.assign({}, options || {});
      opts.headers = Object.assign({}, opts.headers || {});
      if (state.token) opts.headers.Authorization = 'Bearer ' + state.token;
      const r = await fetch(path, opts);
      if (r.status !== 401 || attempt > 0) return r;
      const given = window.prompt(t('token-prompt'));
      if (!given) return r;
      state.token = given.trim();
      try { sessionStorage.setItem('suchana-token', state.token); } catch (e) { /* ignore */ }
    }
    throw new Error('unreachable');
  }

  // ---- YAML from the form ------------------------------------------------------------
  const MOMENT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/;
  const RESERVED = /^(true|false|yes|no|y|n|on|off|null|~)$/i;

  function scalar(v) {
    if (typeof v === 'boolean' || typeof v === 'number') return String(v);
    const s = String(v);
    if (MOMENT.test(s)) return s;
    const plain = /^[^\s\-?:,\[\]{}#&*!|>'"%@`0-9+.][^\n#]*$/.test(s)
      && !/: |:$| #|\s$/.test(s) && !RESERVED.test(s);
    return plain ? s : JSON.stringify(s);
  }

  function emit(lines, key, value, indent) {
    const pad = '  '.repeat(indent);
    if (value === undefined || value === null || value === '') return;
    if (Array.isArray(value)) {
      const items = value.filter((v) => !isEmpty(v));
      if (!items.length) return;
      lines.push(pad + key + ':');
      for (const item of items) {
        if (item && typeof item === 'object') {
          const sub = [];
          for (const [k, v] of Object.entries(item)) emit(sub, k, v, indent + 2);
          if (!sub.length) continue;
          sub[0] = pad + '  - ' + sub[0].slice(pad.length + 4);
          lines.push(...sub);
        } else {
          lines.push(pad + '  - ' + scalar(item));
        }
      }
    } else if (typeof value === 'object') {
      const sub = [];
      for (const [k, v] of Object.entries(value)) emit(sub, k, v, indent + 1);
      if (!sub.length) return;
      lines.push(pad + key + ':', ...sub);
    } else {
      lines.push(pad + key + ': ' + scalar(value));
    }
  }

  function isEmpty(v) {
    if (v === undefined || v === null || v === '') return true;
    if (Array.isArray(v)) return v.every(isEmpty);
    if (typeof v === 'object') return Object.values(v).every(isEmpty);
    return false;
  }

  function toYaml(data) {
    const def = state.kind;
    const lines = ['kind: ' + scalar(data.kind || (def && def.kind) || '')];
    const keys = [];
    for (const f of def ? def.fields : []) keys.push(...f.keys);
    for (const k of Object.keys(data)) if (k !== 'kind' && !keys.includes(k)) keys.push(k);
    for (const k of keys) emit(lines, k, data[k], 0);
    return lines.join('\n') + '\n';
  }

  // ---- the form, from the definition -------------------------------------------------
  function setAt(path, value) {
    // path: a list of keys and indexes into state.data
    let obj = state.data;
    for (let i = 0; i < path.length - 1; i++) {
      const k = path[i];
      if (obj[k] === undefined || obj[k] === null || typeof obj[k] !== 'object') {
        obj[k] = typeof path[i + 1] === 'number' ? [] : {};
      }
      obj = obj[k];
    }
    const last = path[path.length - 1];
    if (value === undefined || value === '') {
      if (Array.isArray(obj)) obj[last] = ''; else delete obj[last];
    } else {
      obj[last] = value;
    }
  }

  function getAt(path) {
    let obj = state.data;
    for (const k of path) {
      if (obj === undefined || obj === null) return undefined;
      obj = obj[k];
    }
    return obj;
  }

  function pathText(path) {
    let s = '';
    for (const k of path) s += typeof k === 'number' ? '[' + k + ']' : (s ? '.' : '') + k;
    return s;
  }

  function changed() {
    state.yaml = toYaml(state.data);
    $('yaml').value = state.yaml;
    schedule();
  }

  function input(path, value, attrs) {
    const box = el('input', Object.assign({ type: 'text', 'data-path': pathText(path) }, attrs || {}));
    box.value = value === undefined || value === null ? '' : String(value);
    box.addEventListener('input', () => {
      setAt(path, box.value);
      changed();
    });
    return box;
  }

  function textWidget(path, value) {
    const wrap = el('div', { class: 'text', 'data-path': pathText(path) });
    const perLang = value && typeof value === 'object';
    const same = el('input', { type: 'checkbox' });
    same.checked = !perLang;
    const body = el('div');
    const draw = () => {
      body.replaceChildren();
      const v = getAt(path);
      if (same.checked) {
        const s = v && typeof v === 'object' ? Object.values(v).find((x) => x) || '' : v;
        body.append(input(path, s));
      } else {
        const grid = el('div', { class: 'per-lang' });
        for (const lang of state.languages) {
          const key = v && typeof v === 'object' ? Object.keys(v).find((k) => k === lang.tag || k === lang.code) || lang.tag : lang.tag;
          const cur = v && typeof v === 'object' ? v[key] : v;
          grid.append(el('span', { class: 'tag', text: lang.code }),
            input(path.concat([key]), cur, { lang: lang.code }));
        }
        body.append(grid);
      }
    };
    same.addEventListener('change', () => {
      const v = getAt(path);
      if (same.checked) {
        setAt(path, v && typeof v === 'object' ? Object.values(v).find((x) => x) || '' : v);
      } else {
        const map = {};
        for (const lang of state.languages) map[lang.tag] = typeof v === 'string' ? v : '';
        setAt(path, map);
      }
      draw();
      changed();
    });
    draw();
    wrap.append(body, el('label', { class: 'same' }, same, ' ' + t('same-text')));
    return wrap;
  }

  function momentWidget(path, value, withTime) {
    const wrap = el('div', { class: 'moment' });
    const text = input(path, value, { placeholder: withTime ? '2025-11-24T10:00' : '2025-11-22', inputmode: 'numeric' });
    const picker = el('input', { type: withTime ? 'datetime-local' : 'date', 'aria-label': t('pick'), tabindex: '-1' });
    const sync = () => {
      const v = text.value.trim().replace(' ', 'T');
      if ((withTime ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(v)) picker.value = v;
    };
    sync();
    text.addEventListener('input', sync);
    picker.addEventListener('change', () => {
      text.value = picker.value;
      setAt(path, picker.value);
      changed();
    });
    wrap.append(text, picker);
    return wrap;
  }

  function selectWidget(path, value, options) {
    const sel = el('select', { 'data-path': pathText(path) });
    sel.append(el('option', { value: '', text: t('not-set') }));
    for (const [v, label] of options) {
      const o = el('option', { value: String(v), text: label });
      if (value !== undefined && String(value) === String(v)) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener('change', () => {
      const v = sel.value;
      setAt(path, v === 'true' ? true : v === 'false' ? false : v);
      changed();
    });
    return sel;
  }

  function listWidget(path, value, makeItem, blank, minItems) {
    const wrap = el('div', { class: 'list', 'data-path': pathText(path) });
    const ol = el('ol');
    const draw = () => {
      ol.replaceChildren();
      const items = getAt(path) || [];
      items.forEach((item, i) => {
        const remove = el('button', { type: 'button', text: t('remove-item'), 'aria-label': t('remove-item') + ' ' + (i + 1) });
        remove.addEventListener('click', () => {
          const list = getAt(path) || [];
          list.splice(i, 1);
          draw();
          changed();
        });
        ol.append(el('li', {}, el('div', { class: 'item' }, el('div', { class: 'grow' }, makeItem(path.concat([i]), item)), remove)));
      });
    };
    if (!Array.isArray(getAt(path))) setAt(path, []);
    const list = getAt(path);
    while (list.length < Math.max(minItems || 0, 0)) list.push(blank());
    const add = el('button', { type: 'button', text: t('add-item') });
    add.addEventListener('click', () => {
      (getAt(path) || []).push(blank());
      draw();
      changed();
    });
    draw();
    wrap.append(ol, add);
    return wrap;
  }

  function group(path, parts) {
    const box = el('div', { class: 'group', 'data-path': pathText(path) });
    for (const [name, make] of parts) {
      const p = path.concat([name]);
      box.append(field(name, pathText(p), make(p, getAt(p)), false));
    }
    return box;
  }

  const person = (path) => group(path, [['name', textWidget], ['designation', textWidget]]);
  const contact = (path) => group(path, [['label', textWidget], ['phone', (p, v) => input(p, v, { inputmode: 'tel' })]]);

  function widget(f) {
    const path = [f.name];
    const v = state.data[f.name];
    switch (f.type) {
      case 'text': return textWidget(path, v);
      case 'list': return listWidget(path, v, textWidget, () => '', f.required ? f.min_items || 1 : 0);
      case 'date': return momentWidget(path, v, false);
      case 'date-time': return momentWidget(path, v, true);
      case 'yes-no': return selectWidget(path, v, [[true, t('yes')], [false, t('no')]]);
      case 'count': {
        const box = input(path, v, { inputmode: 'numeric' });
        box.addEventListener('input', () => {
          if (/^\d+$/.test(box.value.trim())) { setAt(path, Number(box.value.trim())); changed(); }
        });
        return box;
      }
      case 'choice': return selectWidget(path, v, f.values.map((x) => {
        const meaning = t('value-' + f.name + '-' + x, '');
        return [x, meaning ? meaning + ' (' + x + ')' : x];
      }));
      case 'contacts': return listWidget(path, v, contact, () => ({ label: '', phone: '' }), 0);
      case 'person': return person(path);
      case 'issuer': return group(path, [['org', textWidget], ['office', textWidget], ['signatory', person]]);
      case 'phone': return input(path, v, { inputmode: 'tel' });
      default: return input(path, v);
    }
  }

  function field(name, path, control, required, help) {
    return el('div', { class: 'field', 'data-field': path },
      el('span', { class: 'label', text: fieldLabel(name) + (required ? ' *' : '') }),
      help ? el('span', { class: 'hint', text: help }) : null,
      control);
  }

  // A field's help in the page's language when its definition gives it, else in English.
  const helpOf = (f) => (f.help_in && f.help_in[state.pageLang]) || f.help;

  function buildForm() {
    const form = $('form');
    form.replaceChildren();
    const def = state.kind;
    if (!def) return;
    state.data.kind = def.kind;
    for (const f of def.fields) {
      if (f.type === 'span') {
        const box = el('fieldset', { class: 'span' }, el('legend', { text: fieldLabel(f.name) }));
        if (helpOf(f)) box.append(el('span', { class: 'hint', text: helpOf(f) }));
        box.append(field(f.span.start, f.span.start, momentWidget([f.span.start], state.data[f.span.start], true), f.required));
        box.append(field(f.span.end, f.span.end, momentWidget([f.span.end], state.data[f.span.end], true), false));
        form.append(box);
      } else {
        form.append(field(f.name, f.name, widget(f), f.required, helpOf(f)));
      }
    }
    showProblems();
  }

  // ---- rendering and the preview -----------------------------------------------------
  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(renderNow, 300);
  }

  function chosenLanguages() {
    return state.order.filter((tag) => state.selected.has(tag));
  }

  async function renderNow() {
    const langs = chosenLanguages();
    if (!langs.length || !state.yaml.trim()) return;
    const seq = ++state.seq;
    if (state.controller) state.controller.abort();
    state.controller = new AbortController();
    $('status').textContent = t('rendering');
    let r;
    try {
      r = await api('/api/render', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ yaml: state.yaml, languages: langs, format: 'all', bilingual: state.bilingual && langs.length > 1, data: Boolean(state.fromYaml) }),
        signal: state.controller.signal,
      });
    } catch (e) {
      if (e.name !== 'AbortError') $('status').textContent = t('offline');
      return;
    }
    const body = await r.json().catch(() => null);
    if (seq !== state.seq) return;
    $('status').textContent = '';
    if (!body) return;
    if (body.error) {
      state.response = { renderings: [], diagnostics: [{ severity: 'error', code: body.error.code, message: body.error.message, help: body.error.help, path: '' }] };
    } else {
      state.response = body;
      if (state.fromYaml && body.data && typeof body.data === 'object' && !Array.isArray(body.data)) {
        state.fromYaml = false;
        adoptData(body.data);
      }
    }
    showProblems();
    showRenderings();
  }

  function adoptData(data) {
    state.data = data;
    const kind = state.kinds.find((k) => k.kind === data.kind);
    if (kind && kind !== state.kind) {
      state.kind = kind;
      $('kind').value = kind.kind;
    }
    buildForm();
  }

  function diagnosticItem(d) {
    const where = d.line ? t('line') + ' ' + d.line + ':' + d.column + ': ' : '';
    const li = el('li', { class: d.severity },
      el('span', { text: where + d.message + ' [' + d.code + ']' }),
      d.help ? el('span', { class: 'help', text: t('help') + ': ' + d.help }) : null);
    if (d.line) li.dataset.line = d.line;
    return li;
  }

  function showProblems() {
    const diags = (state.response && state.response.diagnostics) || [];
    // In the form: at the field the path names, or the nearest enclosing one.
    for (const old of document.querySelectorAll('.field-error')) old.remove();
    for (const bad of document.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
    const unplaced = [];
    for (const d of diags) {
      let path = d.path || '';
      let target = null;
      while (path) {
        target = document.querySelector('#form [data-field="' + CSS.escape(path) + '"]');
        if (target) break;
        path = path.replace(/(\[\d+\]|\.[^.\[]*|^[^.\[]*)$/, '');
      }
      if (!target) { unplaced.push(d); continue; }
      for (const box of target.querySelectorAll('[data-path="' + CSS.escape(d.path) + '"], [data-path="' + CSS.escape(path) + '"]')) {
        box.setAttribute('aria-invalid', 'true');
      }
      target.append(el('p', { class: 'field-error', 'data-code': d.code },
        el('span', { text: d.message }),
        d.help ? el('span', { class: 'help', text: d.help }) : null));
    }
    // In the YAML tab: every problem with its line.
    const list = $('yaml-errors');
    list.replaceChildren(...diags.map(diagnosticItem));
    // Beside the preview: what the form cannot show at a field.
    const box = $('problems');
    box.replaceChildren();
    const shown = $('form').hidden ? [] : unplaced;
    if (shown.length) box.append(el('ol', { class: 'problems' }, ...shown.map(diagnosticItem)));
  }

  const langName = (tag) => {
    const l = state.languages.find((x) => x.tag === tag);
    return l ? l.name + ' (' + l.code + ')' : tag;
  };

  // WhatsApp's *bold*, _italic_, ~strike~ and ```mono```, shown as WhatsApp shows them.
  function whatsapp(text) {
    const box = el('div', { class: 'wa' });
    const re = /```([^`]+)```|\*([^*\n]+)\*|_([^_\n]+)_|~([^~\n]+)~/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) box.append(text.slice(last, m.index));
      if (m[1] !== undefined) box.append(el('code', { text: m[1] }));
      else if (m[2] !== undefined) box.append(el('strong', { text: m[2] }));
      else if (m[3] !== undefined) box.append(el('em', { text: m[3] }));
      else box.append(el('s', { text: m[4] }));
      last = re.lastIndex;
    }
    box.append(text.slice(last));
    return box;
  }

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = el('textarea', { class: 'copy-buffer', readonly: true });
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.textContent = t('copied');
    setTimeout(() => { button.textContent = t('copy'); }, 1500);
  }

  function showRenderings() {
    const box = $('renderings');
    box.replaceChildren();
    const all = (state.response && state.response.renderings) || [];
    for (const r of all.filter((x) => x.format === state.format)) {
      const copyButton = el('button', { type: 'button', class: 'copy', text: t('copy') });
      copyButton.addEventListener('click', () => copy(r.text, copyButton));
      const card = el('article', { class: 'rendering', 'data-lang': r.lang, 'data-format': r.format },
        el('header', {}, el('span', { text: r.languages.map(langName).join(' + ') }), copyButton));
      if (r.format === 'whatsapp') card.append(whatsapp(r.text));
      else if (r.format === 'html') {
        const frame = el('iframe', { class: 'html', sandbox: 'allow-same-origin allow-modals', title: langName(r.languages[0]) });
        frame.srcdoc = r.text;
        card.append(frame);
      } else card.append(el('pre', { lang: r.languages[0].split('-')[0], text: r.text }));
      if (r.sms) {
        card.append(el('dl', { class: 'sms-info' },
          el('div', {}, el('dt', { text: t('sms-encoding') }), el('dd', { text: r.sms.encoding })),
          el('div', {}, el('dt', { text: t('sms-chars') }), el('dd', { class: 'chars', text: String(r.sms.chars) })),
          el('div', {}, el('dt', { text: t('sms-parts') }), el('dd', { class: 'parts', text: String(r.sms.parts) }))));
        const dlt = el('div', { class: 'dlt' });
        if (r.dlt) {
          dlt.append(el('strong', { text: t('dlt-template') }), el('pre', { class: 'template', text: r.dlt.template }));
          if (r.dlt.findings.length) dlt.append(el('ol', { class: 'problems' }, ...r.dlt.findings.map(diagnosticItem)));
          else dlt.append(el('p', { class: 'ok', text: t('dlt-ok') }));
        } else dlt.append(el('p', { text: t('dlt-none') }));
        card.append(dlt);
      }
      box.append(card);
    }
  }

  // ---- controls ----------------------------------------------------------------------
  function drawLanguages() {
    const list = $('language-list');
    list.replaceChildren();
    state.order.forEach((tag, i) => {
      const box = el('input', { type: 'checkbox', value: tag });
      box.checked = state.selected.has(tag);
      box.addEventListener('change', () => {
        if (box.checked) state.selected.add(tag); else state.selected.delete(tag);
        schedule();
      });
      const up = el('button', { type: 'button', text: '↑', title: t('move-up'), 'aria-label': t('move-up') });
      up.disabled = i === 0;
      up.addEventListener('click', () => {
        state.order.splice(i - 1, 0, state.order.splice(i, 1)[0]);
        drawLanguages();
        schedule();
      });
      list.append(el('li', {}, el('label', {}, box, ' ' + langName(tag)), ' ', up));
    });
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function selectTab(yaml) {
    $('tab-form').setAttribute('aria-selected', String(!yaml));
    $('tab-yaml').setAttribute('aria-selected', String(yaml));
    $('form').hidden = yaml;
    $('yaml-pane').hidden = !yaml;
    if (!yaml) buildForm();
    showProblems();
  }

  async function startFromExample() {
    if (!state.kind) return;
    const r = await api('/api/example/' + encodeURIComponent(state.kind.kind));
    if (!r.ok) return;
    setYaml(await r.text());
  }

  function setYaml(text) {
    state.yaml = text;
    $('yaml').value = text;
    state.fromYaml = true;
    renderNow();
  }

  async function main() {
    takeToken();
    let tag = 'mr-IN';
    try { tag = localStorage.getItem('suchana-page-lang') || tag; } catch (e) { /* ignore */ }
    $('page-lang').value = tag;
    await loadLabels(tag);
    const r = await api('/api/kinds');
    if (!r.ok) { $('status').textContent = t('offline'); return; }
    const info = await r.json();
    state.kinds = info.kinds;
    state.languages = info.languages;
    state.order = info.languages.map((l) => l.tag);
    for (const l of info.languages.slice(0, 2)) state.selected.add(l.tag);
    const kindSelect = $('kind');
    for (const k of state.kinds) {
      kindSelect.append(el('option', { value: k.kind, text: k.kind + (k.description ? ' — ' + k.description : '') }));
    }
    state.kind = state.kinds[0] || null;
    drawLanguages();
    buildForm();
    state.yaml = toYaml(state.data);
    $('yaml').value = state.yaml;

    kindSelect.addEventListener('change', () => {
      state.kind = state.kinds.find((k) => k.kind === kindSelect.value) || null;
      state.data = { kind: kindSelect.value };
      state.response = null;
      buildForm();
      changed();
      showRenderings();
    });
    $('page-lang').addEventListener('change', async () => {
      await loadLabels($('page-lang').value);
      drawLanguages();
      if (!$('form').hidden) buildForm();
      showProblems();
      showRenderings();
    });
    $('example').addEventListener('click', startFromExample);
    $('file').addEventListener('change', () => {
      const file = $('file').files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.addEventListener('load', () => setYaml(String(reader.result)));
      reader.readAsText(file, 'utf-8');
      $('file').value = '';
    });
    $('download-yaml').addEventListener('click', () => {
      download(((state.response && state.response.id) || 'notice') + '.yaml', 'application/yaml', state.yaml);
    });
    $('download-renderings').addEventListener('click', () => {
      const all = (state.response && state.response.renderings) || [];
      const text = all.map((r) => '==== ' + r.lang + ' · ' + r.format + ' ====\n' + r.text.trimEnd() + '\n').join('\n');
      download(((state.response && state.response.id) || 'notice') + '.renderings.txt', 'text/plain', text);
    });
    $('print').addEventListener('click', () => {
      if (state.format !== 'html') selectFormat('html');
      const frame = document.querySelector('iframe.html');
      if (!frame) return;
      const go = () => frame.contentWindow && frame.contentWindow.print();
      if (frame.contentDocument && frame.contentDocument.readyState === 'complete') go();
      else frame.addEventListener('load', go, { once: true });
    });
    $('tab-form').addEventListener('click', () => selectTab(false));
    $('tab-yaml').addEventListener('click', () => selectTab(true));
    $('yaml').addEventListener('input', () => {
      state.yaml = $('yaml').value;
      state.fromYaml = true;
      schedule();
    });
    $('yaml-errors').addEventListener('click', (e) => {
      const li = e.target.closest('li[data-line]');
      if (!li) return;
      const area = $('yaml');
      const lines = area.value.split('\n');
      const n = Number(li.dataset.line) - 1;
      const start = lines.slice(0, n).reduce((a, l) => a + l.length + 1, 0);
      area.focus();
      area.setSelectionRange(start, start + (lines[n] || '').length);
    });
    $('bilingual').addEventListener('change', () => {
      state.bilingual = $('bilingual').checked;
      schedule();
    });
    for (const tab of document.querySelectorAll('#format-tabs [role=tab]')) {
      tab.addEventListener('click', () => selectFormat(tab.dataset.format));
    }
  }

  function selectFormat(format) {
    state.format = format;
    for (const tab of document.querySelectorAll('#format-tabs [role=tab]')) {
      tab.setAttribute('aria-selected', String(tab.dataset.format === format));
    }
    showRenderings();
  }

  document.addEventListener('DOMContentLoaded', () => {
    main().catch((e) => { $('status').textContent = t('offline') + ': ' + e.message; });
  });
})();
