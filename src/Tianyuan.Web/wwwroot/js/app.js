// The only script of our own. Disables a form's submit button while it is sending (people on slow links
// tap twice) and asks before destructive actions marked with data-confirm.
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
})();
