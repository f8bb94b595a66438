// The article page: the clean text with every sentence addressable (#s-<start>), embedded posts, and the
// boilerplate removed while cleaning, shown apart.
"use strict";

(() => {
  const { el, clear, fetchJson, formatDate, pathId, status, safeUrl } = CB;
  const id = pathId();

  /** A segment's text with each sentence overlapping it in its own element, id s-<start> (offsets into the clean text). */
  function segmentNode(tag, segment, sentences) {
    const node = el(tag, { cls: "segment" });
    let cursor = segment.start;
    for (const [start, end] of sentences) {
      if (end <= segment.start || start >= segment.end) continue;
      const from = Math.max(start, segment.start);
      const to = Math.min(end, segment.end);
      if (from > cursor) node.append(segment.text.slice(cursor - segment.start, from - segment.start));
      const sentence = el("span", { cls: "sentence", text: segment.text.slice(from - segment.start, to - segment.start), attrs: { "data-start": start, "data-end": end } });
      if (from === start) sentence.id = `s-${start}`;
      node.append(sentence);
      cursor = to;
    }
    if (cursor < segment.end) node.append(segment.text.slice(cursor - segment.start));
    return node;
  }

  /** Marks the sentence a citation points at: #s-<start>, the sentence holding that offset when it starts mid-sentence. */
  function markCited() {
    const match = /^#s-(\d+)$/.exec(location.hash);
    if (!match) return;
    const offset = parseInt(match[1], 10);
    let target = document.getElementById(`s-${offset}`);
    if (!target) {
      target = [...document.querySelectorAll(".sentence")].find(s => offset >= +s.dataset.start && offset < +s.dataset.end) || null;
    }
    if (!target) return;
    document.querySelectorAll(".sentence.cited").forEach(s => s.classList.remove("cited"));
    target.classList.add("cited");
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  function render(article) {
    document.title = `Corroborate — ${article.title || article.id}`;
    document.getElementById("title").textContent = article.title || "(untitled)";
    const meta = clear(document.getElementById("meta"));
    meta.append(`${article.outlet || "unknown outlet"}${article.author ? " · " + article.author : ""} · ${formatDate(article.published)}${article.publishedFrom ? " (from " + article.publishedFrom + ")" : ""} · language ${article.language}`);
    const url = safeUrl(article.url);
    if (url) meta.append(" · ", el("a", { href: url, text: "original", attrs: { rel: "noopener noreferrer nofollow" } }));
    else if (article.url) meta.append(" · ", el("span", { text: article.url }));
    if (article.story) document.getElementById("story-link").setAttribute("href", "/stories/" + encodeURIComponent(article.story));
    else document.getElementById("story-link").hidden = true;

    const sentences = article.sentences || [];
    const text = clear(document.getElementById("text"));
    const posts = clear(document.getElementById("posts"));
    for (const segment of article.segments || []) {
      if (segment.kind === "embedded-post") {
        const who = [segment.author, segment.handle].filter(Boolean).join(" ");
        posts.append(el("blockquote", { cls: "post" }, segmentNode("p", segment, sentences),
          el("footer", { cls: "meta", text: `${who || "unknown author"}${segment.date ? " · " + formatDate(segment.date) : ""}` })));
      } else {
        text.append(segmentNode(segment.kind === "heading" ? "h3" : "p", segment, sentences));
      }
    }
    document.getElementById("posts-section").hidden = posts.childElementCount === 0;

    const removed = clear(document.getElementById("removed"));
    for (const removal of article.removed || []) {
      removed.append(el("li", null, el("span", { cls: "reason", text: removal.reason }), " ", el("span", { cls: "removed-text", text: removal.text })));
    }
    if (removed.childElementCount === 0) removed.append(el("li", { cls: "empty", text: "Nothing was removed." }));
  }

  async function load() {
    try {
      const { body } = await fetchJson("/api/articles/" + encodeURIComponent(id));
      render(body);
      document.getElementById("article").hidden = false;
      status("");
      markCited();
    } catch (error) {
      status(error.status === 404 ? "No such article." : "Could not load the article: " + error.message, true);
    }
  }

  window.addEventListener("hashchange", markCited);
  load();
})();
