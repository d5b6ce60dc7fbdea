// certscan console: recognise a file or a URL with /v1/recognize, draw the result on the page from
// /v1/page (turned as it was read), and show the fields, findings and both JSON forms. No library,
// nothing fetched elsewhere.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const CARD_COLOURS = ['#1565c0', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];
  const LOW_CONFIDENCE = 0.8;
  // Field names and their white halo, in screen pixels whatever the picture's size and the zoom.
  const LABEL_PIXELS = 13;
  const LABEL_HALO_PIXELS = 3;
  const MAX_ZOOM = 16;
  // general_ocr's limit is 10 MB once base64-encoded: about three quarters of it as a file.
  const LARGEST_FILE = 10 * 1024 * 1024 / 4 * 3;
  // The parties of an invoice: their fields carry the party as a prefix, shown as a section.
  const SECTIONS = [['购买方', '购买方 / buyer'], ['销售方', '销售方 / seller'], ['购货单位', '购货单位 / buyer'], ['销货单位', '销货单位 / seller']];
  const SAY = {
    nothing: ['请先选择一个文件，或填写一张图片的网址。', 'Choose a file, or give the web address of a picture, first.'],
    unreachable: ['无法连接识别服务，请检查网络后重试。', 'The recognition service could not be reached. Check the connection and try again.'],
    keysNeeded: ['此服务需要 API Key 和 Secret Key，请在下方输入。', 'This service needs an API Key and a Secret Key: enter them below.'],
    keysRefused: ['API Key 或 Secret Key 不对，请检查后重新输入。', 'The API Key or the Secret Key is wrong: check them and enter them again.'],
    noPicture: ['识别完成，但无法显示页面的图片。', 'Recognised, but the picture of the page could not be shown.'],
    unreadable: ['服务的回答无法读取，请稍后重试。', 'The service answered something that cannot be read. Try again later.'],
  };
  let token = sessionStorage.getItem('certscan.token');
  let pending = null;
  let pictureUrl = '';
  const texts = { general: '', rich: '' };
  const view = { x: 0, y: 0, width: 1, height: 1 };
  const page = { width: 1, height: 1 };

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgElement(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  // ---- status line: progress, and errors a person can act on, in both languages ----

  function status(message) {
    const line = $('status');
    line.classList.remove('error');
    line.replaceChildren(document.createTextNode(message));
  }

  function failure([chinese, english], code, technical) {
    const line = $('status');
    line.classList.add('error');
    const nodes = [element('p', { class: 'message' }, (code ? '错误 ' + code + '：' : '') + chinese),
      element('p', { class: 'message-en' }, (code ? 'Error ' + code + ': ' : '') + english)];
    if (technical) {
      const details = element('details');
      details.appendChild(element('summary', {}, '技术细节 / details for developers'));
      details.appendChild(element('span', {}, technical));
      nodes.push(details);
    }
    line.replaceChildren(...nodes);
  }

  function problem(body, httpStatus) {
    if (body && body.message && body.message_en) {
      failure([body.message, body.message_en], body.error_code,
        [body.title, body.detail].filter(Boolean).join(': ') + (body.log_id ? ' (log_id ' + body.log_id + ')' : ''));
    } else {
      failure(SAY.unreadable, null, 'HTTP ' + httpStatus);
    }
  }

  // ---- the request: one file or one URL, never both without saying which ----

  function megabytes(bytes) {
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function describeSource() {
    const file = $('file').files[0];
    const url = $('url').value.trim();
    $('file-name').textContent = file ? file.name + '（' + megabytes(file.size) + '）' : '';
    $('source-note').textContent = file ? '将识别文件 / will recognise the file: ' + file.name
      : url ? '将识别网址上的图片 / will recognise the picture at: ' + url : '';
  }

  function request() {
    const file = $('file').files[0];
    const url = $('url').value.trim();
    const asOf = $('as-of').value;
    const pageNumber = $('page').value || '1';
    if (file) {
      return {
        file: file,
        source: '文件 / file ' + file.name,
        page: pageNumber,
        make: () => {
          const form = new FormData();
          form.append('file', file);
          form.append('page', pageNumber);
          if (asOf) form.append('as_of', asOf);
          return { body: form, headers: {} };
        },
      };
    }
    if (url) {
      const body = { url: url };
      if (asOf) body.as_of = asOf;
      return { source: '网址 / URL ' + url, page: '1', make: () => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }) };
    }
    return null;
  }

  function post(path, make) {
    const prepared = make();
    const headers = Object.assign({}, prepared.headers);
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(path, { method: 'POST', body: prepared.body, headers: headers });
  }

  // 64-bit log ids lose digits as JavaScript numbers: keep the digits as the server wrote them.
  function withLogId(json, raw) {
    const digits = /"log_id"\s*:\s*(\d+)/.exec(raw);
    return digits ? json.replace(/("log_id"\s*:\s*)\d+(\.\d+)?(e\+?\d+)?/, '$1' + digits[1]) : json;
  }

  // The picture asked for is as large as the screen can show at a good zoom, no larger.
  function pictureSide() {
    const screenSide = Math.max(window.screen.width || 1280, window.screen.height || 800) * (window.devicePixelRatio || 1);
    return Math.max(1024, Math.min(4096, Math.round(screenSide * 1.5)));
  }

  // While a new document is read the old result stays, plainly marked as the previous one.
  function markPrevious(on) {
    $('result').classList.toggle('stale', on);
    $('previous').hidden = !on;
  }

  function clearResult() {
    markPrevious(false);
    $('result').hidden = true;
    $('shapes').replaceChildren();
    $('labels').replaceChildren();
    $('cards').replaceChildren();
    $('unpaired').replaceChildren();
    $('general-json').textContent = '';
    $('rich-json').textContent = '';
    texts.general = '';
    texts.rich = '';
    $('page-image').removeAttribute('href');
    delete $('page-image').dataset.loaded;
    if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    pictureUrl = '';
  }

  async function recognise(event) {
    if (event) event.preventDefault();
    const asked = request();
    if (!asked) {
      failure(SAY.nothing);
      return;
    }
    if (asked.file && asked.file.size > LARGEST_FILE) {
      clearResult();
      failure(['文件有 ' + megabytes(asked.file.size) + '，超过约 ' + megabytes(LARGEST_FILE) + ' 的上限。请压缩图片，或只上传需要的页面。',
        'The file is ' + megabytes(asked.file.size) + ', over the limit of about ' + megabytes(LARGEST_FILE) + '. Make the picture smaller, or upload only the pages needed.'], 216202);
      return;
    }
    $('submit').disabled = true;
    if (!$('result').hidden) markPrevious(true);
    status('识别中… / recognising…');
    try {
      const response = await post('/v1/recognize', asked.make);
      if (response.status === 401) {
        pending = asked;
        $('login').hidden = false;
        $('api-key').focus();
        failure(SAY.keysNeeded);
        return;
      }
      const raw = await response.text();
      let rich;
      try {
        rich = JSON.parse(raw);
      } catch (notJson) {
        clearResult();
        failure(SAY.unreadable, null, 'HTTP ' + response.status);
        return;
      }
      if (!response.ok) {
        clearResult();
        problem(rich, response.status);
        return;
      }
      const rotation = rich.page ? rich.page.rotation : 0;
      const picture = await post('/v1/page?rotation=' + rotation + '&max_side=' + pictureSide(), asked.make);
      const blob = picture.ok ? await picture.blob() : null;
      await show(rich, raw, blob, asked);
      status('完成 / done: ' + rich.results.length + ' 张证照 / certificate(s)' + (blob ? '' : '。' + SAY.noPicture.join(' / ')));
    } catch (unreachable) {
      clearResult();
      failure(SAY.unreachable, null, unreachable.message);
    } finally {
      $('submit').disabled = false;
    }
  }

  async function login(event) {
    event.preventDefault();
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: $('api-key').value, client_secret: $('secret-key').value });
    let body = {};
    let response;
    try {
      response = await fetch('/oauth/2.0/token', { method: 'POST', body: form });
      body = await response.json();
    } catch (unreachable) {
      failure(SAY.unreachable, null, unreachable.message);
      return;
    }
    if (!response.ok || !body.access_token) {
      failure(SAY.keysRefused, null, [body.error, body.error_description].filter(Boolean).join(': ') || 'HTTP ' + response.status);
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

  // ---- the result ----

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

  function polygon(points, attributes) {
    return svgElement('polygon', Object.assign({ points: points.map((point) => point.join(',')).join(' ') }, attributes));
  }

  function activate(key, on) {
    document.querySelectorAll('[data-key="' + key + '"]').forEach((node) => node.classList.toggle('active', on));
  }

  function hover(node, key) {
    node.addEventListener('mouseenter', () => activate(key, true));
    node.addEventListener('mouseleave', () => activate(key, false));
  }

  function sectionOf(name) {
    const found = SECTIONS.find(([prefix]) => name.startsWith(prefix) && name.length > prefix.length);
    return found ? { prefix: found[0], title: found[1], name: name.slice(found[0].length) } : null;
  }

  function normalisedText(field) {
    if (!field.normalized) return '';
    if (field.normalized.kind === 'amount') return '¥' + field.normalized.amount;
    return field.normalized.date || [field.normalized.start || '', field.normalized.end || field.normalized.ending].join(' – ');
  }

  function fieldRow(card, field, number, shownName) {
    const key = card.index + '-' + number;
    const row = element('tr', { class: 'field', 'data-key': key });
    row.appendChild(element('td', { class: 'name', title: field.name }, shownName));
    const value = element('td', { class: 'value' }, field.value);
    if (field.origin === 'qr_code') value.appendChild(element('span', { class: 'origin' }, '（二维码 / QR code）'));
    row.appendChild(value);
    row.appendChild(element('td', { class: 'normalised' }, normalisedText(field)));
    const low = field.confidence < LOW_CONFIDENCE;
    row.appendChild(element('td', { class: 'confidence' + (low ? ' low' : '') }, Math.round(field.confidence * 100) + '%' + (low ? ' ⚠' : '')));
    hover(row, key);
    return row;
  }

  // Fields in reading order; an invoice's party fields under a heading per party.
  function fieldsTable(card) {
    const table = element('table', { class: 'fields' });
    const head = element('tr', { class: 'head' });
    [['name', '字段 / field'], ['value', '值 / value'], ['normalised', '规范值 / normalised'], ['confidence', '置信度 / confidence']]
      .forEach(([kind, label]) => head.appendChild(element('th', { class: kind }, label)));
    table.appendChild(head);
    const general = [];
    const parties = new Map();
    card.fields.forEach((field, number) => {
      const section = sectionOf(field.name);
      if (!section) {
        general.push(fieldRow(card, field, number, field.name));
        return;
      }
      if (!parties.has(section.prefix)) parties.set(section.prefix, { title: section.title, rows: [] });
      parties.get(section.prefix).rows.push(fieldRow(card, field, number, section.name));
    });
    general.forEach((row) => table.appendChild(row));
    parties.forEach((party) => {
      const heading = element('tr', { class: 'section' });
      heading.appendChild(element('th', { colspan: '4' }, party.title));
      table.appendChild(heading);
      party.rows.forEach((row) => table.appendChild(row));
    });
    return table;
  }

  function badge(finding) {
    const node = element('span', { class: 'badge ' + finding.severity });
    node.appendChild(element('span', { class: 'code' }, finding.code + (finding.field ? ' · ' + finding.field : '')));
    node.appendChild(document.createTextNode(finding.message || ''));
    if (finding.message_en) node.appendChild(element('span', { class: 'en' }, finding.message_en));
    return node;
  }

  function drawField(card, field, number, flagged, colour) {
    const key = card.index + '-' + number;
    const box = polygon(field.location, { class: 'field' + (flagged ? ' flagged' : ''), 'data-key': key });
    const tip = svgElement('title');
    tip.textContent = field.name + ': ' + field.value;
    box.appendChild(tip);
    hover(box, key);
    $('shapes').appendChild(box);
    const left = Math.min(...field.location.map((point) => point[0]));
    const top = Math.min(...field.location.map((point) => point[1]));
    const label = svgElement('text', { x: left, y: top, 'data-left': left, 'data-top': top, fill: colour, 'data-key': key });
    label.textContent = field.name;
    $('labels').appendChild(label);
  }

  function summary(rich, asked) {
    const parts = [asked.source, '评估日期 / as of ' + rich.evaluation_date];
    if (rich.page_count) parts.push('第 ' + asked.page + ' 页，共 ' + rich.page_count + ' 页 / page ' + asked.page + ' of ' + rich.page_count);
    if (rich.page && rich.page.rotation) parts.push('已旋转 ' + rich.page.rotation + '° 后识别 / read turned ' + rich.page.rotation + '°');
    parts.push(rich.results.length + ' 张证照 / certificate(s)');
    $('summary').replaceChildren(...parts.map((part) => element('span', {}, part)));
  }

  async function show(rich, raw, blob, asked) {
    clearResult();
    $('result').hidden = false;
    summary(rich, asked);
    const cards = $('cards');
    rich.results.forEach((card) => {
      const colour = CARD_COLOURS[card.index % CARD_COLOURS.length];
      if (card.region) $('shapes').appendChild(polygon(card.region, { class: 'card', stroke: colour }));
      const panel = element('section', { class: 'card-panel' });
      panel.appendChild(element('h2', {}, '#' + card.index + ' ' + (card.title || '（无标题 / no title）')));
      const type = card.type && card.type.id !== 'unclassified' ? card.type.name + ' (' + card.type.id + ')' : '未分类 / unclassified';
      panel.appendChild(element('div', { class: 'type' }, '类型 / type: ' + type + (card.invoice && card.invoice.kind ? ' · ' + card.invoice.kind : '')));
      panel.appendChild(fieldsTable(card));
      const flagged = new Set(card.findings.filter((finding) => finding.severity !== 'info' && finding.field).map((finding) => finding.field));
      card.fields.forEach((field, number) => {
        if (field.location) drawField(card, field, number, flagged.has(field.name), colour);
      });
      const badges = element('div', { class: 'badges' });
      card.findings.forEach((finding) => badges.appendChild(badge(finding)));
      panel.appendChild(badges);
      cards.appendChild(panel);
    });
    // What was read but went into no field: seals, notices, captions, or a value the layout missed.
    const unpaired = (rich.lines || []).filter((line) => !line.field);
    unpaired.forEach((line, number) => {
      const key = 'line-' + number;
      const item = element('li', { 'data-key': key }, line.text + ' (' + Math.round(line.confidence * 100) + '%)');
      hover(item, key);
      $('unpaired').appendChild(item);
      if (line.box) {
        const box = polygon(line.box, { class: 'unpaired', 'data-key': key });
        const tip = svgElement('title');
        tip.textContent = line.text;
        box.appendChild(tip);
        hover(box, key);
        $('shapes').appendChild(box);
      }
    });
    $('unpaired-count').textContent = String(unpaired.length);
    $('unpaired-panel').hidden = unpaired.length === 0;
    texts.rich = withLogId(JSON.stringify(rich, null, 2), raw);
    texts.general = withLogId(JSON.stringify(generalOcr(rich), null, 2), raw);
    $('rich-json').textContent = texts.rich;
    $('general-json').textContent = texts.general;
    await showPicture(rich, blob);
  }

  // The picture is drawn at the size of the page as read, whatever its pixels: the boxes are in those coordinates.
  async function showPicture(rich, blob) {
    const image = $('page-image');
    let size = rich.page ? { width: rich.page.width, height: rich.page.height } : null;
    if (blob) {
      pictureUrl = URL.createObjectURL(blob);
      image.addEventListener('load', () => { image.dataset.loaded = 'true'; }, { once: true });
      if (!size) {
        const bitmap = await createImageBitmap(blob);
        size = { width: bitmap.width, height: bitmap.height };
        bitmap.close();
      }
      image.setAttribute('href', pictureUrl);
    }
    size = size || { width: 1000, height: 700 };
    page.width = size.width;
    page.height = size.height;
    image.setAttribute('width', size.width);
    image.setAttribute('height', size.height);
    $('overlay').dataset.rotation = String(rich.page ? rich.page.rotation : 0);
    $('picture').style.aspectRatio = size.width + ' / ' + size.height;
    fit();
  }

  // ---- zoom and pan: the view box moves over the page; names and outlines keep their screen size ----

  function scale() {
    const bounds = $('overlay').getBoundingClientRect();
    return Math.min(bounds.width / view.width, bounds.height / view.height) || 1;
  }

  function setView(x, y, width, height) {
    view.width = Math.min(page.width, width);
    view.height = Math.min(page.height, height);
    view.x = Math.max(0, Math.min(page.width - view.width, x));
    view.y = Math.max(0, Math.min(page.height - view.height, y));
    $('overlay').setAttribute('viewBox', [view.x, view.y, view.width, view.height].join(' '));
    relabel();
  }

  function fit() {
    setView(0, 0, page.width, page.height);
  }

  function toPage(clientX, clientY) {
    const matrix = $('overlay').getScreenCTM();
    if (!matrix) return { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  function zoom(factor, clientX, clientY) {
    const bounds = $('overlay').getBoundingClientRect();
    const at = toPage(clientX === undefined ? bounds.left + bounds.width / 2 : clientX, clientY === undefined ? bounds.top + bounds.height / 2 : clientY);
    const level = Math.max(1, Math.min(MAX_ZOOM, page.width / view.width * factor));
    const width = page.width / level;
    const height = page.height / level;
    setView(at.x - (at.x - view.x) * width / view.width, at.y - (at.y - view.y) * height / view.height, width, height);
  }

  function pan(dxPixels, dyPixels) {
    const pixels = scale();
    setView(view.x - dxPixels / pixels, view.y - dyPixels / pixels, view.width, view.height);
  }

  // Names sized for the screen, above their box or else beside it; a name that would cover a value
  // or another name either way is left out until the page is zoomed far enough, or its field hovered.
  function relabel() {
    const labels = $('labels');
    const pixels = scale();
    const size = LABEL_PIXELS / pixels;
    labels.setAttribute('font-size', String(size));
    labels.setAttribute('stroke-width', String(LABEL_HALO_PIXELS / pixels));
    const overlap = (one, other) => one.x < other.x + other.width && other.x < one.x + one.width && one.y < other.y + other.height && other.y < one.y + one.height;
    const values = Array.from(document.querySelectorAll('#shapes polygon.field')).map((box) => ({ key: box.dataset.key, box: box.getBBox() }));
    const free = (text, box) => !values.some((value) => value.key !== text.dataset.key && overlap(box, value.box)) && !kept.some((other) => overlap(box, other));
    const kept = [];
    const names = Array.from(labels.children);
    names.forEach((text) => text.classList.remove('crowded'));
    names.sort((first, second) => Number(first.dataset.top) - Number(second.dataset.top) || Number(first.dataset.left) - Number(second.dataset.left))
      .forEach((text) => {
        const box = values.find((value) => value.key === text.dataset.key).box;
        // Above: the baseline a descender's depth over the box, so the name never covers the value it names.
        const above = [box.x, Math.max(box.y - size * 0.3, size)];
        const beside = [box.x + box.width + size * 0.4, box.y + box.height / 2 + size * 0.35];
        const place = [above, beside].find(([x, y]) => {
          text.setAttribute('x', String(x));
          text.setAttribute('y', String(y));
          return free(text, text.getBBox());
        });
        if (place) {
          kept.push(text.getBBox());
        } else {
          text.setAttribute('x', String(above[0]));
          text.setAttribute('y', String(above[1]));
          text.classList.add('crowded');
        }
      });
  }

  function viewer() {
    const picture = $('picture');
    const pointers = new Map();
    let pinch = 0;
    picture.addEventListener('wheel', (event) => {
      event.preventDefault();
      zoom(Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
    }, { passive: false });
    picture.addEventListener('pointerdown', (event) => {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      picture.setPointerCapture(event.pointerId);
      picture.classList.add('dragging');
    });
    picture.addEventListener('pointermove', (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const now = { x: event.clientX, y: event.clientY };
      pointers.set(event.pointerId, now);
      if (pointers.size === 1) {
        pan(now.x - last.x, now.y - last.y);
        return;
      }
      const [first, second] = Array.from(pointers.values());
      const distance = Math.hypot(first.x - second.x, first.y - second.y);
      if (pinch) zoom(distance / pinch, (first.x + second.x) / 2, (first.y + second.y) / 2);
      pinch = distance;
    });
    const release = (event) => {
      pointers.delete(event.pointerId);
      pinch = 0;
      if (pointers.size === 0) picture.classList.remove('dragging');
    };
    picture.addEventListener('pointerup', release);
    picture.addEventListener('pointercancel', release);
    picture.addEventListener('keydown', (event) => {
      const step = 40;
      const actions = {
        '+': () => zoom(1.25), '=': () => zoom(1.25), '-': () => zoom(0.8), '0': fit,
        ArrowLeft: () => pan(step, 0), ArrowRight: () => pan(-step, 0), ArrowUp: () => pan(0, step), ArrowDown: () => pan(0, -step),
      };
      if (actions[event.key]) {
        event.preventDefault();
        actions[event.key]();
      }
    });
    $('zoom-in').addEventListener('click', () => zoom(1.5));
    $('zoom-out').addEventListener('click', () => zoom(1 / 1.5));
    $('zoom-fit').addEventListener('click', fit);
    $('show-unpaired').addEventListener('change', (event) => $('overlay').classList.toggle('no-unpaired', !event.target.checked));
    new ResizeObserver(() => relabel()).observe(picture);
  }

  // ---- copying and downloading the JSON ----

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
    // A file chosen clears a typed URL and the other way round: what will be recognised is said under them.
    $('file').addEventListener('change', () => {
      if ($('file').files.length) $('url').value = '';
      describeSource();
    });
    $('url').addEventListener('input', () => {
      if ($('url').value.trim() && $('file').files.length) $('file').value = '';
      describeSource();
    });
    drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer.files.length) {
        $('file').files = event.dataTransfer.files;
        $('url').value = '';
        describeSource();
      }
    });
    viewer();
    document.querySelectorAll('[data-copy]').forEach((button) => button.addEventListener('click', () => copy(button.dataset.copy, button)));
    document.querySelectorAll('[data-download]').forEach((button) => button.addEventListener('click', () => download(button.dataset.download)));
  });
})();
