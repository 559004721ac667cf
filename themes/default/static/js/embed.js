// Click-to-load embeds (issue 13): nothing is requested from the provider until the reader clicks the facade.
// Without JavaScript the facade is an ordinary link to the video or map on the provider's site.
document.addEventListener("click", function (event) {
  var open = event.target.closest ? event.target.closest("a.embed-open[data-embed]") : null;
  if (!open) {
    return;
  }
  event.preventDefault();
  var frame = document.createElement("iframe");
  frame.src = open.getAttribute("data-embed");
  frame.title = open.getAttribute("data-title") || open.textContent.trim();
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.allowFullscreen = true;
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.className = "embed-frame";
  open.replaceWith(frame);
  frame.focus();
});
