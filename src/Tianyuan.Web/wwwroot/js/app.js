// The site's own script. Disables a form's submit button while it is sending (people on slow links tap twice),
// asks before destructive actions marked with data-confirm, and sends forms marked data-api-form to the JSON API
// (file uploads, host tools) with the page's antiforgery token, showing the API's own error next to the form.
(function () {
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var confirmText = form.getAttribute('data-confirm');
    if (confirmText && !window.confirm(confirmText)) { e.preventDefault(); return; }
    var button = form.querySelector('button[type=submit][data-busy-text]');
    if (button) {
      button.dataset.idleText = button.textContent;
      button.textContent = button.getAttribute('data-busy-text');
      button.setAttribute('aria-busy', 'true');
      // Disable after the submit has been dispatched, or the browser would drop the button's value.
      setTimeout(function () { button.disabled = true; }, 0);
    }
  }, true);
  // Enhanced forms re-render the page without a reload: restore any button still marked busy.
  document.addEventListener('DOMContentLoaded', restore);
  if (window.Blazor) { window.Blazor.addEventListener('enhancedload', restore); }
  function restore() {
    document.querySelectorAll('button[aria-busy=true]').forEach(function (b) {
      b.disabled = false; b.removeAttribute('aria-busy'); if (b.dataset.idleText) b.textContent = b.dataset.idleText;
    });
  }

  // data-api-form="multipart" sends the form as it is; "json" as a JSON object of its non-empty fields (numbers for
  // number inputs); "empty" with no body. data-method overrides POST. On success the page reloads, unless
  // data-result-field names a field of the answer to show once in the form's [data-api-result] (a new secret link).
  document.addEventListener('submit', async function (e) {
    var form = e.target;
    var mode = form.getAttribute('data-api-form');
    if (!mode || e.defaultPrevented) return;
    e.preventDefault();
    var data = new FormData(form);
    var headers = { 'Accept': 'application/json' };
    var token = data.get('__RequestVerificationToken');
    if (token) headers['RequestVerificationToken'] = token;
    var body = null;
    if (mode === 'multipart') body = data;
    if (mode === 'json') {
      var value = {};
      data.forEach(function (v, k) {
        if (k === '__RequestVerificationToken' || v === '') return;
        value[k] = form.elements[k] && form.elements[k].type === 'number' ? Number(v) : v;
      });
      body = JSON.stringify(value);
      headers['Content-Type'] = 'application/json';
    }
    var error = form.querySelector('[data-api-error]');
    if (error) error.textContent = '';
    try {
      var response = await fetch(form.action, { method: form.getAttribute('data-method') || 'POST', headers: headers, body: body, credentials: 'same-origin' });
      var answer = (response.headers.get('content-type') || '').indexOf('json') >= 0 ? await response.json() : null;
      if (response.ok) {
        var field = form.getAttribute('data-result-field');
        var result = form.querySelector('[data-api-result]');
        if (field && result && answer) { result.textContent = new URL(answer[field], location.href).href; result.hidden = false; restore(); return; }
        location.reload();
        return;
      }
      if (error) error.textContent = problemText(answer) || (response.status + ' ' + response.statusText);
    } catch (x) {
      if (error) error.textContent = form.getAttribute('data-offline-text') || String(x);
    }
    restore();
  });
  // A select marked data-units names the unit its form's numbers are in: spans marked data-unit-of="<select id>"
  // follow it (the option's data-unit, else its text), so "预计产量 … 公斤" changes with the unit. The server renders
  // the same text, so without script the page only misses the live update.
  document.addEventListener('change', function (e) {
    var select = e.target;
    if (!select.matches || !select.matches('select[data-units]') || !select.id) return;
    var option = select.options[select.selectedIndex];
    var unit = option ? (option.getAttribute('data-unit') || option.textContent) : '';
    document.querySelectorAll('[data-unit-of="' + select.id + '"]').forEach(function (s) { s.textContent = unit; });
  });
  function problemText(problem) {
    if (!problem) return '';
    if (problem.errors) { for (var k in problem.errors) { if (problem.errors[k].length) return problem.errors[k][0]; } }
    return problem.detail || problem.title || '';
  }
})();
