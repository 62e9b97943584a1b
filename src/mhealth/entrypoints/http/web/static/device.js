// The device link carries its token in the URL fragment (#...), which the browser never sends to a server.
// Post it once, and take it out of the address bar and the history.
(function () {
  "use strict";
  var form = document.getElementById("device-form");
  if (!form) return;
  var token = window.location.hash.replace(/^#/, "");
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  document.getElementById("device-token").value = token;
  if (token) {
    form.submit();
  } else {
    document.getElementById("device-continue").hidden = false;
  }
})();
