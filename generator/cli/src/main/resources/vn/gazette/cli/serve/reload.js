// Gazette's preview: reloads the page after each good build and lists the problems of a failed one over the
// page. Added by 'gazette serve' to the pages it sends; never part of the published site.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  if (!window.EventSource) {
    return;
  }
  var vietnamese = (document.documentElement.lang || '').toLowerCase().indexOf('vi') === 0;
  var heading = vietnamese
    ? 'Không dựng được trang. Trang đang hiển thị là bản tốt gần nhất; sửa các lỗi sau rồi lưu tệp:'
    : 'The site could not be rebuilt. This is the last good version; fix these problems and save:';
  var OVERLAY_ID = 'gazette-problems';

  function hideProblems() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  // Problems are shown as text only: a message may quote anything an editor wrote.
  function showProblems(problems) {
    hideProblems();
    var box = document.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;'
      + 'margin:0;padding:1em 1.5em;background:#fff5f5;color:#5c0000;border-top:4px solid #c00;'
      + 'font:14px/1.5 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)';
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5em;font-weight:bold';
    title.textContent = heading;
    box.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.2em;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap';
    for (var i = 0; i < problems.length; i++) {
      var item = document.createElement('li');
      item.textContent = String(problems[i]);
      list.appendChild(item);
    }
    box.appendChild(list);
    document.body.appendChild(box);
  }

  var events = new EventSource('/_gazette/events');
  // on (re)connecting: the page may come from an older build than the server's, or the build may be broken now
  events.addEventListener('status', function (e) {
    var status = JSON.parse(e.data);
    if (!status.ok) {
      showProblems(status.problems);
    } else if (pageBuild !== null && String(status.build) !== pageBuild) {
      location.reload();
    } else {
      hideProblems();
    }
  });
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('problems', function (e) {
    showProblems(JSON.parse(e.data));
  });
})();
