// certscan console: recognise a file or a URL with /v1/recognize, draw the result on the page from
// /v1/page, and show the fields, findings and both JSON forms. No library, nothing fetched elsewhere.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const CARD_COLOURS = ['#1565c0', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];
  const LOW_CONFIDENCE = 0.8;
  let token = sessionStorage.getItem('certscan.token');
  let pending = null;
  const texts = { general: '', rich: '' };

  function status(message, error) {
    const line = $('status');
    line.textContent = message;
    line.classList.toggle('error', Boolean(error));
  }

  function request() {
    const file = $('file').files[0];
    const url = $('url').value.trim();
    const asOf = $('as-of').value;
    const page = $('page').value || '1';
    if (file) {
      return () => {
        const form = new FormData();
        form.append('file', file);
        form.append('page', page);
        if (asOf) form.append('as_of', asOf);
        return { body: form, headers: {} };
      };
    }
    if (url) {
      const body = { url: url };
      if (asOf) body.as_of = asOf;
      return () => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    }
    return null;
  }

  function post(path, make) {
    const prepared = make();
    const headers = Object.assign({}, prepared.headers);
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(path, { method: 'POST', body: prepared.body, headers: headers });
  }

  function problemText(problem) {
    return '错误 / error ' + (problem.error_code || problem.status) + ': ' + (problem.detail || problem.title || '');
  }

  // 64-bit log ids lose digits as JavaScript numbers: keep the digits as the server wrote them.
  function withLogId(json, raw) {
    const digits = /"log_id"\s*:\s*(\d+)/.exec(raw);
    return digits ? json.replace(/("log_id"\s*:\s*)\d+(\.\d+)?(e\+?\d+)?/, '$1' + digits[1]) : json;
  }

  async function recognise(event) {
    if (event) event.preventDefault();
    const make = request();
    if (!make) {
      status('请先选择文件或填写网址 / pick a file or give a URL first', true);
      return;
    }
    $('submit').disabled = true;
    status('识别中… / recognising…');
    try {
      const response = await post('/v1/recognize', make);
      if (response.status === 401) {
        pending = make;
        $('login').hidden = false;
        $('api-key').focus();
        status('此服务需要令牌 / this server needs a token', true);
        return;
      }
      const raw = await response.text();
      const rich = JSON.parse(raw);
      if (!response.ok) {
        status(problemText(rich), true);
        return;
      }
      const picture = await post('/v1/page', make);
      const imageUrl = picture.ok ? URL.createObjectURL(await picture.blob()) : '';
      show(rich, raw, imageUrl);
      status('完成 / done: ' + rich.results.length + ' 张证照 / certificate(s)');
    } catch (failure) {
      status('请求失败 / request failed: ' + failure.message, true);
    } finally {
      $('submit').disabled = false;
    }
  }

  async function login(event) {
    event.preventDefault();
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: $('api-key').value, client_secret: $('secret-key').value });
    const response = await fetch('/oauth/2.0/token', { method: 'POST', body: form });
    const body = await response.json();
    if (!response.ok || !body.access_token) {
      status('密钥被拒绝 / keys refused: ' + (body.error_description || body.error || response.status), true);
      return;
    }
    token = body.access_token;
    sessionStorage.setItem('certscan.token', token);
    $('secret-key').value = '';
    $('login').hidden = true;
    if (pending) {
      pending = null;
      recognise(null);
    }
  }

  function generalOcr(rich) {
    const results = {};
    rich.results.forEach((card) => {
      const fields = {};
      if (card.title) fields['标题'] = [{ words: [card.title] }];
      card.fields.forEach((field) => {
        (fields[field.name] = fields[field.name] || []).push({ words: field.words });
      });
      results[String(card.index)] = fields;
    });
    const general = { log_id: rich.log_id };
    if (rich.source === 'pdf' && rich.page_count) general.pdf_file_size = String(rich.page_count);
    general.results = results;
    return general;
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function polygon(points, attributes) {
    const shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', points.map((point) => point.join(',')).join(' '));
    Object.entries(attributes).forEach(([name, value]) => shape.setAttribute(name, value));
    return shape;
  }

  function activate(key, on) {
    document.querySelectorAll('[data-key="' + key + '"]').forEach((node) => node.classList.toggle('active', on));
  }

  function hover(node, key) {
    node.addEventListener('mouseenter', () => activate(key, true));
    node.addEventListener('mouseleave', () => activate(key, false));
  }

  function show(rich, raw, imageUrl) {
    $('result').hidden = false;
    const overlay = $('overlay');
    overlay.replaceChildren();
    const cards = $('cards');
    cards.replaceChildren();
    rich.results.forEach((card) => {
      const colour = CARD_COLOURS[card.index % CARD_COLOURS.length];
      if (card.region) overlay.appendChild(polygon(card.region, { class: 'card', stroke: colour }));
      const panel = element('section', { class: 'card-panel' });
      panel.appendChild(element('h2', {}, '#' + card.index + ' ' + (card.title || '（无标题 / no title）')));
      const type = card.type && card.type.id !== 'unclassified' ? card.type.name + ' (' + card.type.id + ')' : '未分类 / unclassified';
      panel.appendChild(element('div', { class: 'type' }, '类型 / type: ' + type));
      const table = element('table', { class: 'fields' });
      const head = element('tr');
      ['字段 / field', '值 / value', '规范值 / normalised', '置信度 / confidence'].forEach((label) => head.appendChild(element('th', {}, label)));
      table.appendChild(head);
      const flagged = new Set(card.findings.filter((finding) => finding.severity !== 'info' && finding.field).map((finding) => finding.field));
      card.fields.forEach((field, number) => {
        const key = card.index + '-' + number;
        const row = element('tr', { 'data-key': key });
        row.appendChild(element('td', {}, field.name));
        row.appendChild(element('td', {}, field.value));
        const normalised = field.normalized ? (field.normalized.date || [field.normalized.start || '', field.normalized.end || field.normalized.ending].join(' – ')) : '';
        row.appendChild(element('td', {}, normalised));
        const low = field.confidence < LOW_CONFIDENCE;
        row.appendChild(element('td', low ? { class: 'low' } : {}, Math.round(field.confidence * 100) + '%' + (low ? ' ⚠' : '')));
        hover(row, key);
        table.appendChild(row);
        if (field.location) {
          const box = polygon(field.location, { class: 'field' + (flagged.has(field.name) ? ' flagged' : ''), 'data-key': key });
          const tip = document.createElementNS(SVG, 'title');
          tip.textContent = field.name + ': ' + field.value;
          box.appendChild(tip);
          hover(box, key);
          overlay.appendChild(box);
          const label = document.createElementNS(SVG, 'text');
          label.setAttribute('x', field.location[0][0]);
          label.setAttribute('y', field.location[0][1] - 4);
          label.setAttribute('fill', colour);
          label.textContent = field.name;
          overlay.appendChild(label);
        }
      });
      panel.appendChild(table);
      const badges = element('div', { class: 'badges' });
      card.findings.forEach((finding) => {
        badges.appendChild(element('span', { class: 'badge ' + finding.severity, title: finding.message_en || '' },
          finding.code + (finding.field ? ' · ' + finding.field : '') + ' — ' + finding.message));
      });
      panel.appendChild(badges);
      cards.appendChild(panel);
    });
    // What was read but went into no field: seals, notices, captions, or a value the layout missed.
    const unpaired = (rich.lines || []).filter((line) => !line.field);
    const list = $('unpaired');
    list.replaceChildren();
    unpaired.forEach((line, number) => {
      const key = 'line-' + number;
      const item = element('li', { 'data-key': key }, line.text + ' (' + Math.round(line.confidence * 100) + '%)');
      hover(item, key);
      list.appendChild(item);
      if (line.box) {
        const box = polygon(line.box, { class: 'unpaired', 'data-key': key });
        const tip = document.createElementNS(SVG, 'title');
        tip.textContent = line.text;
        box.appendChild(tip);
        hover(box, key);
        overlay.appendChild(box);
      }
    });
    $('unpaired-count').textContent = String(unpaired.length);
    $('unpaired-panel').hidden = unpaired.length === 0;
    const image = $('page-image');
    image.onload = () => overlay.setAttribute('viewBox', '0 0 ' + image.naturalWidth + ' ' + image.naturalHeight);
    if (imageUrl) image.src = imageUrl; else image.removeAttribute('src');
    texts.rich = withLogId(JSON.stringify(rich, null, 2), raw);
    texts.general = withLogId(JSON.stringify(generalOcr(rich), null, 2), raw);
    $('rich-json').textContent = texts.rich;
    $('general-json').textContent = texts.general;
  }

  async function copy(kind, button) {
    try {
      await navigator.clipboard.writeText(texts[kind]);
    } catch (unavailable) {
      const area = element('textarea');
      area.value = texts[kind];
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.textContent = '已复制 / Copied';
    setTimeout(() => { button.textContent = '复制 / Copy'; }, 1500);
  }

  function download(kind) {
    const link = element('a', { href: URL.createObjectURL(new Blob([texts[kind]], { type: 'application/json' })), download: kind === 'general' ? 'general_ocr.json' : 'certscan-rich.json' });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('request').addEventListener('submit', recognise);
    $('login').addEventListener('submit', login);
    const drop = $('drop');
    const chosen = () => { $('file-name').textContent = $('file').files[0] ? $('file').files[0].name : ''; };
    $('file').addEventListener('change', chosen);
    drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer.files.length) {
        $('file').files = event.dataTransfer.files;
        chosen();
      }
    });
    document.querySelectorAll('[data-copy]').forEach((button) => button.addEventListener('click', () => copy(button.dataset.copy, button)));
    document.querySelectorAll('[data-download]').forEach((button) => button.addEventListener('click', () => download(button.dataset.download)));
  });
})();
