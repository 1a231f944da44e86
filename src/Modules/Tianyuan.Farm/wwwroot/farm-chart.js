// Draws the 我的农场 charts (SeriesChart.razor) from /api/farm/sensors/{id}/series as plain SVG: a line of the values
// (hourly/daily averages with their min–max band), a tap or hover read-out, range buttons, and drag-to-zoom that
// asks for raw points up to 2 days, hourly up to 60 days, daily beyond. Loaded with the shell like farm-live.js,
// because Blazor's enhanced navigation does not run a page's own scripts.
(function () {
  var NS = 'http://www.w3.org/2000/svg', DAY = 86400000;
  var lang = document.documentElement.lang || 'zh-CN';
  var fmtTime = new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  var fmtDay = new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit' });

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function resolutionFor(span) { return span <= 2 * DAY ? 'raw' : span <= 60 * DAY ? 'hour' : 'day'; }
  function niceTicks(lo, hi, count) {
    var step = Math.pow(10, Math.floor(Math.log10((hi - lo) / count)));
    var err = (hi - lo) / count / step;
    step *= err >= 5 ? 10 : err >= 2 ? 5 : err >= 1.5 ? 2 : 1;
    var ticks = [];
    for (var v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(+v.toFixed(10));
    return ticks;
  }

  function Chart(root) {
    this.root = root;
    this.pick = root.querySelector('[data-series-pick]');
    this.plot = root.querySelector('[data-series-plot]');
    this.status = root.querySelector('[data-series-status]');
    this.reset = root.querySelector('[data-series-reset]');
    this.csv = root.querySelector('[data-series-csv]');
    this.days = 7;
    var self = this;
    root.querySelectorAll('[data-range-days]').forEach(function (b) {
      b.addEventListener('click', function () {
        self.days = +b.getAttribute('data-range-days');
        root.querySelectorAll('[data-range-days]').forEach(function (o) { o.setAttribute('aria-pressed', o === b ? 'true' : 'false'); });
        self.showDays();
      });
    });
    this.pick.addEventListener('change', function () { self.load(self.from, self.to); });
    this.reset.addEventListener('click', function () { self.showDays(); });
    this.showDays();
  }

  Chart.prototype.showDays = function () {
    var to = Date.now();
    this.reset.hidden = true;
    this.load(to - this.days * DAY, to);
  };

  Chart.prototype.load = function (from, to) {
    var self = this, option = this.pick.selectedOptions[0], resolution = resolutionFor(to - from);
    this.from = from; this.to = to; this.unit = option.getAttribute('data-unit') || '';
    var query = '?quantity=' + encodeURIComponent(option.getAttribute('data-quantity')) + '&from=' + new Date(from).toISOString() +
      '&to=' + new Date(to).toISOString() + '&resolution=' + resolution;
    var url = '/api/farm/sensors/' + option.value + '/series' + query;
    this.csv.href = url + '&format=csv';
    this.say(this.root.getAttribute('data-loading'));
    var ticket = this.ticket = {};
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (series) {
        if (ticket !== self.ticket) return; // a newer request replaced this one
        self.draw(series, from, to);
      })
      .catch(function () { if (ticket === self.ticket) { self.plot.textContent = ''; self.say(self.root.getAttribute('data-error'), true); } });
  };

  Chart.prototype.say = function (text, failed) {
    this.status.textContent = text;
    this.status.classList.toggle('field-error', !!failed);
  };

  Chart.prototype.draw = function (series, from, to) {
    var raw = series.resolution === 'raw';
    var pts = series.points.map(function (p) {
      return { t: Date.parse(p.t), v: raw ? p.v : p.avg, lo: raw ? p.v : p.min, hi: raw ? p.v : p.max };
    });
    var range = fmtDay.format(from) + ' – ' + fmtDay.format(to) + ' · ' + this.root.getAttribute('data-res-' + series.resolution);
    this.plot.textContent = '';
    if (pts.length === 0) { this.say(this.root.getAttribute('data-empty') + ' ' + range); return; }
    this.say(range + (series.truncated ? ' · ' + this.root.getAttribute('data-truncated') : ''));

    var width = Math.max(280, this.plot.clientWidth), height = width < 500 ? 200 : 260;
    var pad = { l: 44, r: 12, t: 12, b: 26 };
    var lo = Math.min.apply(null, pts.map(function (p) { return p.lo; }));
    var hi = Math.max.apply(null, pts.map(function (p) { return p.hi; }));
    if (hi - lo < 1e-6) { lo -= 1; hi += 1; }
    var ticks = niceTicks(lo, hi, 4);
    lo = Math.min(lo, ticks[0]); hi = Math.max(hi, ticks[ticks.length - 1]);
    var x = function (t) { return pad.l + (t - from) / (to - from) * (width - pad.l - pad.r); };
    var y = function (v) { return pad.t + (hi - v) / (hi - lo) * (height - pad.t - pad.b); };
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, 'class': 'series-svg', role: 'img', 'aria-label': this.pick.selectedOptions[0].textContent + ' ' + range }, this.plot);

    ticks.forEach(function (v) {
      el('line', { x1: pad.l, x2: width - pad.r, y1: y(v), y2: y(v), 'class': 'grid' }, svg);
      el('text', { x: pad.l - 6, y: y(v) + 4, 'class': 'axis', 'text-anchor': 'end' }, svg).textContent = v;
    });
    var labels = Math.max(2, Math.floor((width - pad.l) / 90)), fmt = to - from > 2 * DAY ? fmtDay : fmtTime;
    for (var i = 0; i <= labels; i++) {
      var t = from + (to - from) * i / labels;
      el('text', { x: x(t), y: height - 6, 'class': 'axis', 'text-anchor': i === 0 ? 'start' : i === labels ? 'end' : 'middle' }, svg).textContent = fmt.format(t);
    }

    // A gap in reporting stays a gap: the line breaks where points are more than three usual steps apart.
    var step = raw ? median(pts) : series.resolution === 'hour' ? 3600000 : DAY;
    var line = '', band = '', segment = [];
    function flush() {
      if (segment.length === 0) return;
      band += 'M' + segment.map(function (p) { return x(p.t).toFixed(1) + ',' + y(p.hi).toFixed(1); }).join('L') +
        'L' + segment.slice().reverse().map(function (p) { return x(p.t).toFixed(1) + ',' + y(p.lo).toFixed(1); }).join('L') + 'Z';
      segment = [];
    }
    pts.forEach(function (p, i) {
      var broken = i > 0 && p.t - pts[i - 1].t > 3 * step;
      if (broken) flush();
      line += (i === 0 || broken ? 'M' : 'L') + x(p.t).toFixed(1) + ',' + y(p.v).toFixed(1);
      segment.push(p);
    });
    flush();
    if (!raw) el('path', { d: band, 'class': 'series-band' }, svg);
    el('path', { d: line, 'class': 'series-line' }, svg);
    this.interact(svg, pts, x, y, width, height, pad);
  };

  function median(pts) {
    var d = [];
    for (var i = 1; i < pts.length; i++) d.push(pts[i].t - pts[i - 1].t);
    d.sort(function (a, b) { return a - b; });
    return d.length ? d[Math.floor(d.length / 2)] : 3600000;
  }

  // Hover or tap shows the nearest point; a horizontal drag wider than 12 px zooms into that span.
  Chart.prototype.interact = function (svg, pts, x, y, width, height, pad) {
    var self = this, unit = this.unit;
    var cursor = el('g', { 'class': 'cursor', visibility: 'hidden' }, svg);
    var rule = el('line', { y1: pad.t, y2: height - pad.b }, cursor);
    var dot = el('circle', { r: 4 }, cursor);
    var tip = el('text', { 'class': 'tip' }, cursor);
    var brush = el('rect', { 'class': 'brush', y: pad.t, height: height - pad.t - pad.b, width: 0, visibility: 'hidden' }, svg);
    var start = null;
    function localX(e) { var r = svg.getBoundingClientRect(); return (e.clientX - r.left) * width / r.width; }
    function timeAt(px) { return self.from + (px - pad.l) / (width - pad.l - pad.r) * (self.to - self.from); }
    function show(px) {
      var t = timeAt(px), best = pts[0];
      pts.forEach(function (p) { if (Math.abs(p.t - t) < Math.abs(best.t - t)) best = p; });
      var cx = x(best.t), cy = y(best.v);
      rule.setAttribute('x1', cx); rule.setAttribute('x2', cx);
      dot.setAttribute('cx', cx); dot.setAttribute('cy', cy);
      tip.textContent = fmtTime.format(best.t) + ' · ' + (+best.v.toFixed(1)) + ' ' + unit;
      var right = cx > width / 2;
      tip.setAttribute('x', right ? cx - 8 : cx + 8); tip.setAttribute('y', pad.t + 14);
      tip.setAttribute('text-anchor', right ? 'end' : 'start');
      cursor.setAttribute('visibility', 'visible');
    }
    svg.addEventListener('pointerdown', function (e) { start = localX(e); });
    svg.addEventListener('pointermove', function (e) {
      var px = localX(e);
      show(px);
      if (start === null || Math.abs(px - start) < 12) return;
      brush.setAttribute('x', Math.min(px, start)); brush.setAttribute('width', Math.abs(px - start));
      brush.setAttribute('visibility', 'visible');
    });
    svg.addEventListener('pointerleave', function () { cursor.setAttribute('visibility', 'hidden'); });
    svg.addEventListener('pointerup', function (e) {
      var px = localX(e), from = start;
      start = null;
      brush.setAttribute('visibility', 'hidden');
      if (from === null || Math.abs(px - from) < 12) return;
      var a = timeAt(Math.max(pad.l, Math.min(px, from))), b = timeAt(Math.min(width - pad.r, Math.max(px, from)));
      if (b - a < 10 * 60000) return; // narrower than ten minutes shows nothing new
      self.reset.hidden = false;
      self.load(a, b);
    });
  };

  function start() {
    document.querySelectorAll('[data-series-chart]').forEach(function (root) {
      if (root.chart || !root.querySelector('[data-series-pick]')) return;
      root.chart = new Chart(root);
    });
  }
  document.addEventListener('DOMContentLoaded', start);
  if (window.Blazor) { window.Blazor.addEventListener('enhancedload', start); }
  if (document.readyState !== 'loading') { start(); }
})();
