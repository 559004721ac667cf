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
  var info = null, shardCache = {}, dictCache = {}, metaCache = {};
  function get(path, kind) {
    return fetch(base + path).then(function (r) {
      if (!r.ok) { if (r.status === 404 && kind !== 'json') { return null; } throw new Error(path + ': ' + r.status); }
      return kind === 'json' ? r.json() : kind === 'text' ? r.text() : r.arrayBuffer();
    });
  }
  function shard(n) {
    if (!shardCache[n]) { shardCache[n] = get('s/' + n.toString(16) + '.bin', 'bin').then(inflate).then(parseShard); }
    return shardCache[n];
  }
  /** Shards are stored gzip-compressed (they travel so whatever the server does); a server may have inflated one. */
  function inflate(buffer) {
    if (!buffer || buffer.byteLength < 2) { return buffer; }
    var head = new Uint8Array(buffer, 0, 2);
    if (head[0] !== 0x1f || head[1] !== 0x8b) { return buffer; }
    return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  function parseShard(buffer) {
    var records = {};
    if (!buffer) { return records; }
    var b = new Uint8Array(buffer), p = 0, utf8 = new TextDecoder();
    function varint() { var v = 0, s = 0, x; do { x = b[p++]; v |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return v >>> 0; }
    function bytes() { var n = varint(), out = b.subarray(p, p + n); p += n; return out; }
    while (p < b.length) {
      var type = b[p++], key = utf8.decode(bytes()), count = varint(), postings = bytes(), spellings = [];
      if (type === 1) { for (var n = varint(); n > 0; n--) { spellings.push(utf8.decode(bytes())); } }
      records[key] = { type: type, count: count, bytes: postings, spellings: spellings };
    }
    return records;
  }
  /** Documents of a record: {doc: [weight, spelling mask]}, decoded once. */
  function docs(record) {
    if (record.docs) { return record.docs; }
    var b = record.bytes, p = 0, last = -1, out = new Map();
    function varint() { var v = 0, s = 0, x; do { x = b[p++]; v |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return v >>> 0; }
    while (p < b.length) {
      var d = varint(), doc = last < 0 ? d : last - d, w = 1, mask = 0;
      last = doc;
      if (record.type === 1) { w = b[p++]; mask = varint(); }
      out.set(doc, [w, mask]);
    }
    record.docs = out;
    return out;
  }
  function lookup(key) {
    return shard(hash(key) & (info.shards - 1)).then(function (records) { return records[key] || null; });
  }
  function expansions(prefix) {
    var file = prefix.codePointAt(0).toString(16);
    if (!dictCache[file]) {
      dictCache[file] = get('d/' + file + '.txt', 'text').then(function (text) {
        return (text || '').split('\n').filter(Boolean).map(function (line) {
          var i = line.lastIndexOf(' '); return [line.slice(0, i), +line.slice(i + 1)];
        });
      });
    }
    return dictCache[file].then(function (words) {
      return words.filter(function (w) { return w[0] !== prefix && w[0].indexOf(prefix) === 0; })
        .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 3)
        .map(function (w) { return w[0]; });
    });
  }
  function meta(doc) {
    var n = Math.floor(doc / info.bucket);
    if (!metaCache[n]) { metaCache[n] = get('m/' + n + '.json', 'json'); }
    return metaCache[n].then(function (list) { return list[doc % info.bucket]; });
  }

  /* ---- ranking ---- */
  function parse(q) {
    var words = syllables(q).map(function (w) { var k = keys(w); return { text: w, bare: k[0], exact: k[1] }; });
    var open = words.length > 0 && !/[\s\p{P}]$/u.test(q);
    return { words: words, open: open, prefixes: [] };
  }
  function run(query, filters) {
    var words = query.words, n = words.length;
    var open = query.open ? expansions(words[n - 1].bare) : Promise.resolve([]);
    return open.then(function (more) {
      query.prefixes = more;
      var found = words.map(function (w, i) {
        var extra = i === n - 1 ? more : [];
        return Promise.all([lookup(w.bare)].concat(extra.map(lookup))).then(function (r) {
          return { own: r[0], more: r.slice(1).filter(Boolean) };
        });
      });
      /* a pair for each two neighbours; the last pair also with each completion of the last syllable */
      var pairs = [];
      for (var i = 0; i + 1 < n; i++) {
        var seconds = [words[i + 1].bare].concat(i + 2 === n ? more : []);
        pairs.push(Promise.all(seconds.map(function (b) { return lookup(words[i].bare + ' ' + b); })));
      }
      var filterKeys = Object.keys(filters).filter(function (k) { return filters[k]; })
        .map(function (k) { return lookup('#' + k + ':' + filters[k]); });
      return Promise.all([Promise.all(found), Promise.all(pairs), Promise.all(filterKeys)]);
    }).then(function (r) { return rank(words, r[0], r[1], r[2]); });
  }
  function rank(words, found, pairs, filters) {
    var n = info.documents, scores = null;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], f = found[i], hits = new Map();
      var records = (f.own ? [f.own] : []).concat(f.more);
      records.forEach(function (record, r) {
        var idf = Math.log(1 + n / record.count), slot = record.spellings.indexOf(w.exact);
        var marked = w.exact !== w.bare, own = r === 0 && record === f.own;
        docs(record).forEach(function (v, doc) {
          var score = idf * Math.log(1 + v[0]) * (own ? 1 : 0.5);
          var exact = own && marked && slot >= 0 && (v[1] & (1 << slot)) ? 1 : 0;
          var h = hits.get(doc);
          if (!h || h[0] < score) { hits.set(doc, [score, exact || (h ? h[1] : 0)]); }
          else if (exact) { h[1] = 1; }
        });
      });
      if (scores === null) {
        scores = new Map();
        hits.forEach(function (h, doc) { scores.set(doc, { doc: doc, score: h[0], exact: h[1], phrase: 0 }); });
      } else {
        var next = new Map();
        scores.forEach(function (s, doc) {
          var h = hits.get(doc);
          if (h) { s.score += h[0]; s.exact += h[1]; next.set(doc, s); }
        });
        scores = next;
      }
    }
    filters.forEach(function (record) {
      var allowed = record ? docs(record) : new Map();
      scores.forEach(function (s, doc) { if (!allowed.has(doc)) { scores.delete(doc); } });
    });
    pairs.forEach(function (group) {
      var counted = new Set();
      group.forEach(function (record) {
        if (!record) { return; }
        docs(record).forEach(function (v, doc) {
          var s = scores.get(doc);
          if (s && !counted.has(doc)) { s.phrase++; counted.add(doc); }
        });
      });
    });
    return Array.from(scores.values());
  }
  function order(results, newest) {
    return results.sort(newest ? function (a, b) { return b.doc - a.doc; } : function (a, b) {
      return b.exact - a.exact || b.phrase - a.phrase || b.score - a.score || b.doc - a.doc;
    });
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
    return run(query, filters).then(function (results) {
      if (mine !== generation) { return; }
      current = { results: order(results, s.sort === 'new'), shown: 0, query: query };
      return show().then(function () {
        if (mine !== generation) { return; }
        say(counted(results.length));
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        if (!root.hasAttribute('data-first')) { root.setAttribute('data-first', String(Math.round(performance.now()))); }
        root.setAttribute('data-state', 'done');
      });
    }).catch(function (e) {
      if (mine === generation) { say(root.getAttribute('data-error')); root.setAttribute('data-state', 'error'); }
      if (window.console) { console.error(e); }
    });
  }
  function show() {
    var page = current.results.slice(current.shown, current.shown + PAGE);
    var mine = generation;
    return Promise.all(page.map(function (r) { return meta(r.doc); })).then(function (metas) {
      if (mine !== generation) { return; }
      metas.forEach(function (m) { if (m) { list.appendChild(item(m, current.query)); } });
      current.shown += page.length;
      more.hidden = current.shown >= current.results.length;
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
  Promise.all([get('index.json', 'json'), get('facets.json', 'json')]).then(function (r) {
    info = r[0];
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
