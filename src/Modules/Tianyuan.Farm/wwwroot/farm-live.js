// Keeps the 我的农场 page current without reloading: every 10 s it asks /api/farm/overview (the same data the page
// was drawn from) and updates each plot's soil moisture, status and meter in place, and its colour on the plot map. Loaded with the shell (it is
// tiny) because Blazor's enhanced navigation does not run scripts of the page it swaps in; it starts on that page only.
(function () {
  var timer = null, root, ok, dry, now;
  function start() {
    if (timer) { clearInterval(timer); timer = null; }
    root = document.querySelector('[data-farm-live]');
    if (!root) return;
    ok = root.getAttribute('data-ok'); dry = root.getAttribute('data-dry'); now = root.getAttribute('data-now');
    timer = setInterval(refresh, 10000);
  }
  function percent(value, plot) {
    var p = (value - plot.wiltingPointPct) / (plot.fieldCapacityPct - plot.wiltingPointPct) * 100;
    return Math.max(0, Math.min(100, p)).toFixed(0) + '%';
  }
  function refresh() {
    fetch('/api/farm/overview', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (farms) {
        if (!farms) return;
        farms.forEach(function (farm) {
          farm.plots.forEach(function (plot) {
            updateMap(plot);
            var card = document.querySelector('[data-plot="' + plot.id + '"]');
            if (!card || !plot.soilMoisture) return;
            var value = card.querySelector('.moisture');
            var shown = plot.soilMoisture.value.toFixed(1);
            if (!value || value.textContent === shown) return;
            value.textContent = shown;
            var badge = card.querySelector('.plot-value .badge');
            if (badge) {
              badge.textContent = plot.needsWater ? dry : ok;
              badge.classList.toggle('badge-amber', !!plot.needsWater);
            }
            card.classList.toggle('plot-dry', !!plot.needsWater);
            var fill = card.querySelector('.meter-fill');
            if (fill) fill.style.width = percent(plot.soilMoisture.value, plot);
            var when = card.querySelector('.moisture-time');
            if (when) when.textContent = now;
          });
        });
      })
      .catch(function () { /* offline for a moment: the next tick tries again */ });
  }
  function updateMap(plot) {
    var shape = document.querySelector('[data-map-plot="' + plot.id + '"]');
    if (!shape) return;
    shape.querySelector('.map-plot').setAttribute('data-band', plot.moistureBand);
    if (plot.soilMoisture) shape.querySelector('[data-map-value]').textContent = plot.soilMoisture.value.toFixed(1) + '%';
  }
  document.addEventListener('DOMContentLoaded', start);
  if (window.Blazor) { window.Blazor.addEventListener('enhancedload', start); }
  if (document.readyState !== 'loading') { start(); }
})();
