// The evidence view: an article's cleaned text with the cited [start, end) span marked, so a
// reader sees the exact characters a statement rests on, in context.
(function (D) {
  "use strict";
  const {h, link, marked, codePoints, day, modeBadge, typeBadge, evidenceHref} = D.ui;

  function meta(article) {
    const parts = [article.outlet || "unknown outlet", article.published || "undated"];
    if ((article.authors || []).length) parts.push("by " + article.authors.join(", "));
    if (article.dateline) parts.push(article.dateline);
    return parts.join(" · ");
  }

  function evidence(article, start, end) {
    const length = codePoints(article.text).length;
    const hasSpan = Number.isInteger(start) && Number.isInteger(end);
    const valid = hasSpan && start >= 0 && end <= length && start < end;
    const text = h("div", {class: "article-text", lang: "en"},
      valid ? marked(article.text, [[start, end, "cited"]], "cited") : article.text);
    const events = (article.events || []).map((e) => h("li", {},
      h("a", {href: evidenceHref(article.id, e.start, e.end)}, day(e.date)), " ",
      typeBadge(e.type), " ", modeBadge(e.mode), " ",
      e.event_id ? h("a", {href: "#/event/" + encodeURIComponent(e.event_id)}, "timeline entry")
        : null));
    return h("section", {class: "evidence", "data-article": article.id},
      h("h2", {}, article.title || "(untitled article)"),
      h("p", {class: "muted"}, meta(article)),
      article.url ? h("p", {class: "url"}, "Source: ", link(article.url, article.url)) : null,
      article.duplicate_of && article.duplicate_of !== article.id
        ? h("p", {class: "muted"}, "A near copy of article ", h("a", {
          href: evidenceHref(article.duplicate_of)}, article.duplicate_of)) : null,
      hasSpan && !valid ? h("p", {class: "warning"},
        "The cited span " + start + "–" + end + " lies outside this article's text.") : null,
      valid ? h("p", {class: "cited-note"}, "The highlighted passage is the cited evidence ",
        h("span", {class: "muted"}, "(characters " + start + "–" + end + ")")) : null,
      text,
      events.length ? h("details", {class: "article-events"},
        h("summary", {}, events.length + " event" + (events.length === 1 ? "" : "s") +
          " found in this article"), h("ul", {}, events)) : null);
  }

  function reveal() {
    const cited = document.getElementById("cited");
    if (cited) cited.scrollIntoView({block: "center"});
  }

  D.evidence = {evidence, reveal};
})(window.Dateline = window.Dateline || {});
