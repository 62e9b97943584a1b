// One big button: press to record (MediaRecorder), press again to stop; the recording is sent as it is
// (webm/opus, or mp4/aac on Safari) to /app/record with the page's CSRF token. The senior sees only
// "sent" or "press again", never a screening result.
(function () {
  "use strict";
  var box = document.getElementById("recorder");
  var button = document.getElementById("record-button");
  var label = document.getElementById("record-label");
  var status = document.getElementById("record-status");
  if (!box || !button) return;
  var text = box.dataset;
  var recorder = null;
  var chunks = [];
  var stream = null;

  function say(message, kind) {
    status.textContent = message;
    status.className = "big-text status" + (kind ? " " + kind : "");
  }

  if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    say(text.nomic, "error");
    return;
  }
  button.disabled = false;

  function pickType() {
    var types = ["audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg;codecs=opus"];
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(types[i])) return types[i];
    }
    return "";
  }

  function send(blob) {
    say(text.sending, "");
    button.disabled = true;
    fetch("/app/record", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": blob.type || "application/octet-stream", "X-CSRF-Token": text.csrf },
      body: blob
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      say(text.sent, "ok");
      document.body.classList.add("sent");
    }).catch(function () {
      say(text.failed, "error");
    }).then(function () {
      button.disabled = false;
      label.textContent = text.start;
    });
  }

  function start() {
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      var type = pickType();
      recorder = type ? new MediaRecorder(s, { mimeType: type }) : new MediaRecorder(s);
      chunks = [];
      recorder.ondataavailable = function (event) { if (event.data && event.data.size) chunks.push(event.data); };
      recorder.onstop = function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        var blob = new Blob(chunks, { type: (recorder.mimeType || type || "audio/webm").split(";")[0] });
        recorder = null;
        button.classList.remove("on");
        button.setAttribute("aria-pressed", "false");
        send(blob);
      };
      recorder.start(1000);
      document.body.classList.remove("sent");
      button.classList.add("on");
      button.setAttribute("aria-pressed", "true");
      label.textContent = text.stop;
      say(text.recording, "live");
    }).catch(function () {
      say(text.nomic, "error");
    });
  }

  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", function () {
    if (recorder && recorder.state === "recording") {
      recorder.stop();
    } else if (!recorder) {
      start();
    }
  });
})();
