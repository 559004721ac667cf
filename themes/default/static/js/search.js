/* Gazette search: reads the sharded index the build writes into search-index/ (see vn.gazette.search.IndexFiles),
   loading only the shards of the syllables typed and the metadata of the results shown. Plain JavaScript, no
   library. Everything it puts in the page goes through textContent or createElement: nothing is parsed as HTML. */
(function () {
  'use strict';
  var TONES = '\u0300\u0301\u0309\u0303\u0323';
  var PAGE = 10;
  var root = document.getElementById('search');
  var fold = {};

  /* ---- folding: the table comes from the build (index.json), made from the Java rules ---- */
  function foldChar(c) {
    var entry = fold[c];
    if (entry) { return entry; }
    var d = c.toLowerCase().normalize('NFD'), letters = '', tone = 0, bare = '';
    for (var i = 0; i < d.length; i++) {
      var ch = d.charAt(i), t = TONES.indexOf(ch);
      if (t >= 0) { tone = t + 1; continue; }
      letters += ch;
      if (!/\p{M}/u.test(ch)) { bare += ch === '\u0111' ? 'd' : ch; }
    }
    return [letters.normalize('NFC'), tone, bare];
  }
  /** [bare, exact] keys of one syllable, as vn.gazette.search.Syllables makes them. */
  function keys(syllable) {
    var s = syllable.normalize('NFC'), letters = '', tone = 0, bare = '';
    for (var i = 0; i < s.length; i++) {
      var e = foldChar(s.charAt(i));
      letters += e[0]; bare += e[2];
      if (e[1]) { tone = e[1]; }
    }
    letters = letters.normalize('NFC');
    return [bare, tone ? letters + tone : letters];
  }
  function syllables(text) {
    return (text.normalize('NFC').match(/[\p{L}\p{Nd}\p{M}]+/gu) || []).filter(function (w) { return w.length <= 40; });
  }
  function hash(key) {
    var bytes = new TextEncoder().encode(key), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }
  window.gazetteSearch = { keys: keys, syllables: syllables, hash: hash };
  if (!root) { return; }

  /* ---- loading ---- */
  var base = root.getAttribute('data-index');
  var info = null, fileCache = {}, dictCache = {}, metaCache = {}, utf8 = new TextDecoder();
  function get(path, kind) {
    return fetch(base + path).then(function (r) {
      if (!r.ok) { if (r.status === 404 && kind !== 'json') { return null; } throw new Error(path + ': ' + r.status); }
      return kind === 'json' ? r.json() : kind === 'text' ? r.text() : r.arrayBuffer();
    });
  }
  /** The records of one file of postings (a shard s/... or an own bit's file b/...), by key; fetched once. */
  function file(path) {
    if (!fileCache[path]) { fileCache[path] = get(path, 'bin').then(inflate).then(parseFile); }
    return fileCache[path];
  }
  /** Files are stored gzip-compressed (they travel so whatever the server does); a server may have inflated one. */
  function inflate(buffer) {
    if (!buffer || buffer.byteLength < 2) { return buffer; }
    var head = new Uint8Array(buffer, 0, 2);
    if (head[0] !== 0x1f || head[1] !== 0x8b) { return buffer; }
    return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  function reader(b, p) {
    return {
      p: p || 0,
      varint: function () { var v = 0, s = 0, x; do { x = b[this.p++]; v += (x & 0x7f) * Math.pow(2, s); s += 7; } while (x & 0x80); return v; },
      bytes: function () { var n = this.varint(), out = b.subarray(this.p, this.p + n); this.p += n; return out; }
    };
  }
  /** Records: type, key, count, and the postings' bytes (see IndexFiles). */
  function parseFile(buffer) {
    var records = {}, t0 = performance.now();
    if (!buffer) { return records; }
    var b = new Uint8Array(buffer), r = reader(b);
    while (r.p < b.length) {
      var type = b[r.p++], key = utf8.decode(r.bytes());
      records[key] = { type: type, count: r.varint(), body: r.bytes() };
    }
    clock.parse += performance.now() - t0;
    return records;
  }
  /** The postings' columns, decoded once: docs (ascending), weights, spellings, and the spelling masks' bytes. */
  function columns(record) {
    if (record.docs) { return record; }
    var b = record.body, r = reader(b), count = record.count, docs = new Int32Array(count), i = 0;
    var form = b[r.p++], list = r.bytes();
    if (form === 1) {
      for (var at = 0; at < list.length; at++) {
        for (var x = list[at]; x; x &= x - 1) { docs[i++] = at * 8 + 31 - Math.clz32(x & -x); }
      }
    } else {
      var q = reader(list), last = 0;
      while (q.p < list.length) { last += q.varint(); docs[i++] = last; }
    }
    record.docs = docs;
    if (record.type === 1) {
      record.weights = b.subarray(r.p, r.p + count);
      r.p += count;
      record.spellings = [];
      for (var n = r.varint(); n > 0; n--) { record.spellings.push(utf8.decode(r.bytes())); }
      record.maskBytes = record.spellings.length > 1 ? r.bytes() : null;
    }
    return record;
  }
  /** Each document's spelling mask, in the order of docs; null when the key has one spelling (every doc has it). */
  function masks(record) {
    if (record.masks !== undefined) { return record.masks; }
    var out = null;
    if (record.maskBytes) {
      var q = reader(record.maskBytes), i = 0;
      out = new Uint32Array(record.count);
      while (q.p < record.maskBytes.length) { out[i++] = q.varint(); }
    }
    record.masks = out;
    return out;
  }
  /** The own bits of index.json (see IndexFiles): a key whose bit is set lives in that bit's file, not in a shard. */
  var ownSet = null, ownMask = 0;
  function readOwn(own) {
    ownMask = own && own.bits ? Math.pow(2, own.bits) - 1 : 0;
    ownSet = new Uint8Array(Math.ceil((ownMask + 1) / 8));
    var text = atob(own && own.set || ''), bytes = new Uint8Array(text.length), bit = 0;
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    for (var r = reader(bytes); r.p < bytes.length;) { bit += r.varint(); ownSet[bit >> 3] |= 1 << (bit & 7); }
  }
  /** A key's record, or null: from the file of its own bit when that is set, else from its shard. */
  function lookup(key) {
    var h = hash(key), bit = ownMask ? h & ownMask : -1;
    var path = bit >= 0 && (ownSet[bit >> 3] & (1 << (bit & 7))) ? 'b/' + bit.toString(16) + '.bin'
      : 's/' + (h & (info.shards - 1)).toString(16) + '.bin';
    return file(path).then(function (records) { return records[key] || null; });
  }
  /**
   * The three most frequent completions of a prefix, as [key, count]: longer syllables that start with it and are in
   * more articles than the prefix itself is as a syllable (typing "chi", a reader more likely means "chi" than "chinh"
   * when "chi" is the commoner; typing "ng", which is no syllable, any of "người", "ngày", "nghiệp").
   */
  function expansions(prefix) {
    var name = prefix.codePointAt(0).toString(16);
    if (!dictCache[name]) {
      dictCache[name] = get('d/' + name + '.txt', 'text').then(function (text) {
        return (text || '').split('\n').filter(Boolean).map(function (line) {
          var i = line.lastIndexOf(' '); return [line.slice(0, i), +line.slice(i + 1)];
        });
      });
    }
    return dictCache[name].then(function (words) {
      var itself = 0;
      words.forEach(function (w) { if (w[0] === prefix) { itself = w[1]; } });
      return words.filter(function (w) { return w[0] !== prefix && w[0].indexOf(prefix) === 0 && w[1] > itself; })
        .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 3);
    });
  }
  function meta(doc) {
    var n = Math.floor(doc / info.bucket);
    if (!metaCache[n]) { metaCache[n] = get('m/' + n + '.json', 'json'); }
    return metaCache[n].then(function (list) { return list[doc % info.bucket]; });
  }

  /* ---- ranking ---- */
  var LOG = new Float64Array(256);
  for (var w = 0; w < 256; w++) { LOG[w] = Math.log(1 + w); }
  function parse(q) {
    var words = syllables(q).map(function (w) { var k = keys(w); return { text: w, bare: k[0], exact: k[1] }; });
    var open = words.length > 0 && !/[\s\p{P}]$/u.test(q);
    return { words: words, open: open, prefixes: [] };
  }
  /* where a search's time goes, for the benchmark (data-timing): ms from its start to each step, parse summed */
  var clock = { parse: 0 }, loading = { script: Math.round(performance.now()) };
  function lap(name) { clock[name] = Math.round(performance.now() - clock.start); }
  /** Loads every record a query needs: its syllables' and pairs' at once, the completions' once the dictionary is in. */
  function run(query, filters) {
    var words = query.words, n = words.length;
    var open = query.open ? expansions(words[n - 1].bare) : Promise.resolve([]);
    var own = words.map(function (w) { return lookup(w.bare); });
    var pairs = [];
    for (var i = 0; i + 1 < n; i++) { pairs.push(lookup(words[i].bare + ' ' + words[i + 1].bare)); }
    var filterKeys = Object.keys(filters).filter(function (k) { return filters[k]; })
      .map(function (k) { return lookup('#' + k + ':' + filters[k]); });
    return open.then(function (more) {
      lap('dict');
      query.prefixes = more.map(function (w) { return w[0]; });
      var extra = more.map(function (w) { return lookup(w[0]); });
      /* the last pair also with each completion of the last syllable */
      var extraPairs = n > 1 ? more.map(function (w) { return lookup(words[n - 2].bare + ' ' + w[0]); }) : [];
      return Promise.all([Promise.all(own), Promise.all(extra), Promise.all(pairs), Promise.all(extraPairs),
        Promise.all(filterKeys)]);
    }).then(function (r) {
      lap('fetch');
      var found = r[0].map(function (record, i) { return { own: record, more: i === n - 1 ? r[1].filter(Boolean) : [] }; });
      var groups = r[2].map(function (record, i) { return i === n - 2 ? [record].concat(r[3]) : [record]; });
      var ranked = rank(words, found, groups, r[4]);
      lap('rank');
      return ranked;
    });
  }
  /**
   * Every article that has all the query's syllables (the last one or a completion of it) and passes the filters,
   * newest first, with per article in arrays indexed by its number: how many syllables it has in the exact spelling
   * typed, how many of the query's neighbouring pairs it has as a phrase, and its weight. The arrays are as long as
   * the articles, so a common syllable costs a pass over typed arrays, not an object per candidate; nothing is sorted
   * here (see Ranked).
   */
  function rank(words, found, pairs, filters) {
    var n = info.documents, nw = words.length;
    var score = new Float64Array(n), hits = new Uint8Array(n), exact = new Uint8Array(n), best = new Float64Array(n);
    for (var i = 0; i < nw; i++) {
      var w = words[i], f = found[i], records = (f.own ? [f.own] : []).concat(f.more), marked = w.exact !== w.bare;
      if (i > 0) { best.fill(0); }
      for (var r = 0; r < records.length; r++) {
        var record = columns(records[r]), own = r === 0 && record === f.own, docs = record.docs, weights = record.weights;
        var factor = Math.log(1 + n / record.count) * (own ? 1 : 0.5);
        for (var j = 0; j < docs.length; j++) {
          var s = factor * LOG[weights[j]], d = docs[j];
          if (s > best[d]) { best[d] = s; }
        }
        var slot = own && marked ? record.spellings.indexOf(w.exact) : -1;
        if (slot >= 0) {
          var m = masks(record), bit = 1 << slot;
          for (j = 0; j < docs.length; j++) { if (!m || (m[j] & bit)) { exact[docs[j]]++; } }
        }
      }
      for (var d2 = 0; d2 < n; d2++) { if (best[d2] > 0) { score[d2] += best[d2]; hits[d2]++; } }
    }
    var allowed = filters.length ? new Uint8Array(n) : null;
    filters.forEach(function (record) {
      if (!record) { return; }
      var docs = columns(record).docs;
      for (var j = 0; j < docs.length; j++) { allowed[docs[j]]++; }
    });
    var phrase = new Uint8Array(n), seen = new Int32Array(n);
    pairs.forEach(function (group, g) {
      group.forEach(function (record) {
        if (!record) { return; }
        var docs = columns(record).docs;
        for (var j = 0; j < docs.length; j++) {
          if (seen[docs[j]] !== g + 1) { seen[docs[j]] = g + 1; phrase[docs[j]]++; }
        }
      });
    });
    var list = new Int32Array(n), count = 0;
    for (var d3 = n - 1; d3 >= 0; d3--) {
      if (hits[d3] === nw && (!allowed || allowed[d3] === filters.length)) { list[count++] = d3; }
    }
    return { docs: list.subarray(0, count), score: score, exact: exact, phrase: phrase };
  }
  /**
   * The results in order, taken a page at a time: by relevance the first page is picked from the candidates in one
   * pass (the ten best, kept in order), and the whole list is sorted only when a reader asks for the second page.
   * Relevance: more syllables in the exact spelling typed, then more phrases, then weight, then newer.
   */
  function Ranked(results, newest) {
    var exact = results.exact, phrase = results.phrase, score = results.score, sorted = newest ? results.docs : null;
    function before(a, b) { return exact[b] - exact[a] || phrase[b] - phrase[a] || score[b] - score[a] || b - a; }
    this.count = results.docs.length;
    this.take = function (from, to) {
      if (sorted) { return Array.from(sorted.subarray(from, to)); }
      if (from > 0) { sorted = Array.from(results.docs).sort(before); return sorted.slice(from, to); }
      var top = [];
      for (var i = 0; i < results.docs.length; i++) {
        var d = results.docs[i];
        if (top.length === to && before(d, top[to - 1]) >= 0) { continue; }
        var at = top.length;
        while (at > 0 && before(d, top[at - 1]) < 0) { at--; }
        top.splice(at, 0, d);
        if (top.length > to) { top.pop(); }
      }
      return top;
    };
  }

  /* ---- the page ---- */
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var selects = { p: 'search-p', y: 'search-y', t: 'search-t', k: 'search-k', sort: 'search-sort' };
  Object.keys(selects).forEach(function (k) { selects[k] = document.getElementById(selects[k]); });
  var lang = root.getAttribute('data-lang') || 'vi';
  var numbers = new Intl.NumberFormat(lang);
  var dates = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  var kindLabels = {};
  Array.prototype.forEach.call(selects.k.options, function (o) { if (o.value) { kindLabels[o.value] = o.text; } });
  var current = null, generation = 0, typed = false;

  function say(text) { status.textContent = text; }
  function counted(n) {
    var key = n === 0 ? 'data-none' : n === 1 ? 'data-one' : 'data-other';
    return root.getAttribute(key).replace('{n}', numbers.format(n));
  }
  function state() {
    var s = { q: input.value };
    Object.keys(selects).forEach(function (k) { s[k] = selects[k].value; });
    return s;
  }
  function url(s) {
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (k) { if (s[k]) { params.set(k, s[k]); } });
    var text = params.toString();
    return location.pathname + (text ? '?' + text : '');
  }
  function restore() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (k) {
      var v = params.get(k) || '', select = selects[k];
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === v; }) ? v : '';
    });
  }
  function search() {
    var s = state(), started = performance.now(), mine = ++generation;
    var query = parse(s.q);
    list.textContent = '';
    more.hidden = true;
    if (query.words.length === 0) { say(''); root.setAttribute('data-state', 'idle'); return Promise.resolve(); }
    root.setAttribute('data-state', 'busy');
    say(root.getAttribute('data-loading'));
    var filters = { p: s.p, y: s.y, t: s.t, k: s.k };
    clock = { start: started, parse: 0, load: loading };
    return run(query, filters).then(function (results) {
      if (mine !== generation) { return; }
      current = { results: new Ranked(results, s.sort === 'new'), shown: 0, query: query };
      return show().then(function () {
        if (mine !== generation) { return; }
        lap('shown');
        clock.parse = Math.round(clock.parse);
        root.setAttribute('data-timing', JSON.stringify(clock));
        say(counted(current.results.count));
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        /* the page's first search: when its first result appeared (or that there is none), when its first page had */
        var now = String(Math.round(performance.now()));
        if (!root.hasAttribute('data-first')) { root.setAttribute('data-first', now); }
        if (!root.hasAttribute('data-page')) { root.setAttribute('data-page', now); }
        root.setAttribute('data-state', 'done');
      });
    }).catch(function (e) {
      if (mine === generation) { say(root.getAttribute('data-error')); root.setAttribute('data-state', 'error'); }
      if (window.console) { console.error(e); }
    });
  }
  /**
   * Shows the next page of results, each as soon as its metadata and those of the results above it are in (the
   * first result need not wait for the tenth's file).
   */
  function show() {
    var page = current.results.take(current.shown, current.shown + PAGE), query = current.query;
    var mine = generation, metas = [], ready = [], next = 0;
    lap('order');
    function flush() {
      while (next < page.length && ready[next]) {
        if (metas[next]) { list.appendChild(item(metas[next], query)); }
        if (next++ === 0 && !root.hasAttribute('data-first')) {
          lap('first');
          root.setAttribute('data-first', String(Math.round(performance.now())));
        }
      }
    }
    return Promise.all(page.map(function (doc, i) {
      return meta(doc).then(function (m) {
        if (mine !== generation) { return; }
        metas[i] = m;
        ready[i] = true;
        flush();
      });
    })).then(function () {
      if (mine !== generation) { return; }
      lap('meta');
      current.shown += page.length;
      more.hidden = current.shown >= current.results.count;
    });
  }
  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function item(m, query) {
    var li = el('li'), h = el('h2'), a = el('a', null, m.t);
    a.href = m.u;
    h.appendChild(a);
    li.appendChild(h);
    var info = el('p', 'search-meta'), parts = [];
    var time = el('time', null, dates.format(new Date(m.d + 'T00:00:00Z')));
    time.setAttribute('datetime', m.d);
    info.appendChild(time);
    if (m.p) { parts.push(m.p + (m.n ? ' (' + root.getAttribute('data-now') + ' ' + m.n + ')' : '')); }
    if (parts.length) { info.appendChild(document.createTextNode(' · ' + parts.join(' · '))); }
    info.appendChild(document.createTextNode(' · '));
    info.appendChild(el('span', 'search-kind', m.k ? (kindLabels[m.k] || m.k) : root.getAttribute('data-article')));
    li.appendChild(info);
    li.appendChild(snippet(m, query));
    return li;
  }
  /** The summary or the start of the text, whichever shows more of the query, with the query's words marked. */
  function snippet(m, query) {
    var p = el('p', 'search-snippet'), best = null;
    [m.s, m.x].forEach(function (text) {
      if (!text) { return; }
      var marks = matches(text, query);
      if (!best || marks.length > best.marks.length) { best = { text: text, marks: marks }; }
    });
    if (!best) { return p; }
    var text = best.text, from = 0;
    if (best.marks.length && best.marks[0][0] > 160) {
      from = text.lastIndexOf(' ', best.marks[0][0] - 60) + 1;
      p.appendChild(document.createTextNode('… '));
    }
    var at = from;
    best.marks.forEach(function (mark) {
      if (mark[0] < from) { return; }
      p.appendChild(document.createTextNode(text.slice(at, mark[0])));
      p.appendChild(el('mark', null, text.slice(mark[0], mark[1])));
      at = mark[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }
  function matches(text, query) {
    var out = [], re = /[\p{L}\p{Nd}\p{M}]+/gu, m, last = query.words.length - 1;
    while ((m = re.exec(text)) !== null) {
      var bare = keys(m[0])[0];
      var hit = query.words.some(function (w, i) {
        return bare === w.bare || (i === last && query.prefixes.indexOf(bare) >= 0);
      });
      if (hit) { out.push([m.index, m.index + m[0].length]); }
    }
    return out;
  }
  function fill(select, items, label) {
    items.forEach(function (item) {
      var o = el('option', null, label(item));
      o.value = typeof item === 'object' ? item.s : String(item);
      select.appendChild(o);
    });
  }

  var debounce = 0;
  input.addEventListener('input', function () {
    clearTimeout(debounce);
    debounce = setTimeout(function () {
      if (typed) { history.replaceState(state(), '', url(state())); } else { history.pushState(state(), '', url(state())); typed = true; }
      search();
    }, 120);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(debounce);
    if (location.pathname + location.search !== url(state())) { history.pushState(state(), '', url(state())); }
    typed = false;
    search();
  });
  Object.keys(selects).forEach(function (k) {
    selects[k].addEventListener('change', function () {
      history.pushState(state(), '', url(state()));
      typed = false;
      search();
    });
  });
  more.addEventListener('click', function () {
    var first = list.children.length;
    show().then(function () { var a = list.children[first] && list.children[first].querySelector('a'); if (a) { a.focus(); } });
  });
  window.addEventListener('popstate', function () { restore(); typed = false; search(); });

  document.getElementById('search-nojs').hidden = true;
  root.hidden = false;
  /* the dictionary a query in the address needs does not depend on index.json: it is asked for at once (folded
     without the table, which agrees with it on every Vietnamese letter; were it not to, the search asks again) */
  var early = parse(new URLSearchParams(location.search).get('q') || '');
  if (early.open) { expansions(early.words[early.words.length - 1].bare).catch(function () { return []; }); }
  Promise.all([get('index.json', 'json'), get('facets.json', 'json')]).then(function (r) {
    info = r[0];
    readOwn(info.own);
    loading.ready = Math.round(performance.now());
    var nav = performance.getEntriesByType('navigation')[0];
    if (nav) { loading.page = Math.round(nav.responseEnd); loading.dom = Math.round(nav.domInteractive); }
    fold = info.fold || {};
    var facets = r[1];
    fill(selects.p, facets.provinces, function (x) { return x.n + ' (' + numbers.format(x.c) + ')'; });
    fill(selects.y, facets.years, String);
    fill(selects.t, facets.tags, function (x) { return x.n + ' (' + numbers.format(x.c) + ')'; });
    Array.prototype.slice.call(selects.k.options).forEach(function (o) {
      if (o.value && facets.kinds.indexOf(o.value) < 0) { o.remove(); }
    });
    restore();
    root.setAttribute('data-ready', 'true');
    search();
  }).catch(function (e) {
    say(root.getAttribute('data-error'));
    root.setAttribute('data-state', 'error');
    if (window.console) { console.error(e); }
  });
}());
