(function () {
  "use strict";
  document.documentElement.className += " js";
  var P = JSON.parse(document.getElementById("packet-data").textContent);
  var S = P.strings;
  var KEY = "feltarbeid:" + P.study_id + ":" + P.packet_id;
  var store = null;
  try { store = window.localStorage; store.getItem(KEY); } catch (e) { store = null; }
  var statusEl = document.getElementById("status");
  var additions = document.getElementById("additions");
  var withdraw = document.getElementById("withdraw");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.passage[data-n]"));

  function say(text) { statusEl.textContent = text; }
  function clock() {
    var d = new Date();
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }
  function choice(sec) {
    var r = sec.querySelector("input[type=radio]:checked");
    return r ? r.value : "";
  }
  function paint(sec) {
    var c = choice(sec);
    sec.classList.toggle("confirmed", c === "confirm");
    sec.classList.toggle("corrected", c === "correct");
  }
  function collect() {
    var passages = [];
    sections.forEach(function (sec) {
      var e = { n: parseInt(sec.getAttribute("data-n"), 10) };
      var c = choice(sec);
      var comment = sec.querySelector("textarea.comment").value;
      if (c) { e.action = c; }
      if (c === "correct") { e.text = sec.querySelector("textarea.correction").value; }
      if (comment.trim()) { e.comment = comment; }
      if (e.action || e.comment) { passages.push(e); }
    });
    return {
      format: P.answer_format, format_version: P.format_version, study_id: P.study_id,
      packet_id: P.packet_id, version_hash: P.version_hash, informant: P.informant,
      saved_at: new Date().toISOString(), passages: passages,
      additions: additions.value, withdraw: withdraw.checked
    };
  }
  function restore(d) {
    if (!d || d.packet_id !== P.packet_id) { return; }
    var byN = {};
    (d.passages || []).forEach(function (e) { byN[e.n] = e; });
    sections.forEach(function (sec) {
      var e = byN[sec.getAttribute("data-n")];
      if (!e) { return; }
      if (e.action) {
        var r = sec.querySelector("input[value=" + e.action + "]");
        if (r) { r.checked = true; }
      }
      if (typeof e.text === "string") { sec.querySelector("textarea.correction").value = e.text; }
      if (e.comment) {
        sec.querySelector("textarea.comment").value = e.comment;
        sec.querySelector("details").open = true;
      }
      paint(sec);
    });
    additions.value = d.additions || "";
    withdraw.checked = !!d.withdraw;
    say(S.draft_restored);
  }
  var timer = null;
  function saveDraft() {
    if (!store) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () {
      try { store.setItem(KEY, JSON.stringify(collect())); say(S.draft_saved + " " + clock()); }
      catch (e) { say(S.draft_failed); }
    }, 250);
  }
  function fnv1a(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return ("0000000" + h.toString(16)).slice(-8);
  }
  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function answerFile(d) {
    var body = JSON.stringify(d);
    var wrapper = JSON.stringify({ format: P.answer_format, body: body, check: fnv1a(body) })
      .replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
    var fixed = d.passages.filter(function (e) { return e.action === "correct"; }).length;
    var noted = d.passages.filter(function (e) { return e.comment; }).length;
    var lines = [S.summary_corrected + ": " + fixed, S.summary_comments + ": " + noted,
                 S.summary_additions + ": " + (d.additions.trim() ? S.yes : S.no)];
    if (d.withdraw) { lines.push(S.withdraw_label); }
    return "<!DOCTYPE html>\n<html lang=\"" + esc(P.lang) + "\"><head><meta charset=\"utf-8\">" +
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
      "<title>" + esc(S.answer_file_title) + " " + esc(P.packet_id) + "</title></head>" +
      "<body style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem\">" +
      "<h1>" + esc(S.answer_file_title) + "</h1><p>" + esc(P.study_title) + " · " +
      esc(P.packet_id) + "</p><ul><li>" + lines.map(esc).join("</li><li>") + "</li></ul>" +
      "<p>" + esc(S.answer_file_send) + "</p>\n" +
      "<script type=\"application/json\" id=\"feltarbeid-answer\">" + wrapper + "</scr" + "ipt>\n" +
      "</body></html>\n";
  }
  function saveFile() {
    clearTimeout(timer);  // a draft still pending must not overwrite the message below
    var d = collect();
    if (store) { try { store.setItem(KEY, JSON.stringify(d)); } catch (e) { /* full */ } }
    var blob = new Blob([answerFile(d)], { type: "text/html;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = P.answer_file;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
    say(S.saved_file.replace("{file}", P.answer_file));
  }

  sections.forEach(function (sec) {
    sec.addEventListener("change", function (ev) {
      if (ev.target.type === "radio") {
        paint(sec);
        if (ev.target.value === "correct") {
          var box = sec.querySelector("textarea.correction");
          if (!box.value) { box.value = sec.querySelector("p.text").textContent; }
          box.focus();
        }
      }
      saveDraft();
    });
    sec.addEventListener("input", saveDraft);
  });
  additions.addEventListener("input", saveDraft);
  withdraw.addEventListener("change", function () {
    if (withdraw.checked && !window.confirm(S.withdraw_confirm)) { withdraw.checked = false; }
    saveDraft();
  });
  document.getElementById("confirm-rest").addEventListener("click", function () {
    sections.forEach(function (sec) {
      if (!choice(sec)) { sec.querySelector("input[value=confirm]").checked = true; paint(sec); }
    });
    saveDraft();
  });
  document.getElementById("save-answer").addEventListener("click", saveFile);
  document.getElementById("save-answer-bar").addEventListener("click", saveFile);
  window.addEventListener("beforeunload", function () {
    if (store) { try { store.setItem(KEY, JSON.stringify(collect())); } catch (e) { /* ignore */ } }
  });
  if (store) {
    try { restore(JSON.parse(store.getItem(KEY) || "null")); } catch (e) { /* ignore */ }
  } else {
    say(S.no_storage);
  }
}());
