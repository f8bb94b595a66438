// The article page: the clean text with every sentence addressable (#s-<start>), the story's entities, quotes
// and claims marked in it by their spans, embedded posts, and the boilerplate removed while cleaning, shown apart.
"use strict";

(() => {
  const { el, clear, fetchJson, formatDate, plural, shorten, pathId, status, safeUrl } = CB;
  /** What the story found in this article: { start, end, kind (entity, quote, claim), label, href } in clean-text offsets. */
  let highlights = [];
  const id = pathId();

  /**
   * Appends clean text [from, to) (<text> starts at offset <base>) to <node>, cut where a highlight starts or
   * ends: each run covered by a quote or claim becomes a <mark>, an entity mention inside it a link to its page.
   */
  function appendMarked(node, text, base, from, to) {
    const cuts = new Set([from, to]);
    const here = highlights.filter(h => h.start < to && h.end > from);
    for (const h of here) {
      if (h.start > from) cuts.add(h.start);
      if (h.end < to) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a - base, b - base);
      const covering = here.filter(h => h.start <= a && h.end >= b);
      if (covering.length === 0) { node.append(piece); continue; }
      const entity = covering.find(h => h.kind === "entity");
      let inner = entity
        ? el("a", { cls: "hl hl-entity", href: entity.href, text: piece, title: entity.label, attrs: { "data-kind": "entity" } })
        : document.createTextNode(piece);
      const spans = covering.filter(h => h.kind !== "entity");
      if (spans.length) {
        const kinds = [...new Set(spans.map(h => h.kind))];
        inner = el("mark", { cls: "hl " + kinds.map(k => "hl-" + k).join(" "), title: spans.map(h => h.label).join("\n"), attrs: { "data-kind": kinds.join(" ") } }, inner);
      }
      node.append(inner);
    }
  }

  /** A segment's text with each sentence overlapping it in its own element, id s-<start> (offsets into the clean text). */
  function segmentNode(tag, segment, sentences) {
    const node = el(tag, { cls: "segment", attrs: { "data-start": segment.start } });
    let cursor = segment.start;
    for (const [start, end] of sentences) {
      if (end <= segment.start || start >= segment.end) continue;
      const from = Math.max(start, segment.start);
      const to = Math.min(end, segment.end);
      if (from > cursor) appendMarked(node, segment.text, segment.start, cursor, from);
      const sentence = el("span", { cls: "sentence", attrs: { "data-start": start, "data-end": end } });
      appendMarked(sentence, segment.text, segment.start, from, to);
      if (from === start) sentence.id = `s-${start}`;
      node.append(sentence);
      cursor = to;
    }
    if (cursor < segment.end) appendMarked(node, segment.text, segment.start, cursor, segment.end);
    return node;
  }

  /** The spans of <story> that fall in article <articleId>, as highlights. */
  function highlightsOf(story, articleId) {
    const found = [];
    const span = (m, kind, label, href) => {
      if (m && m.article === articleId && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end) {
        found.push({ start: m.start, end: m.end, kind, label, href });
      }
    };
    for (const entity of story.entities || []) {
      const href = "/entities/" + encodeURIComponent(entity.entityId || entity.id) + "?story=" + encodeURIComponent(story.id);
      for (const m of entity.mentionSpans || []) span(m, "entity", `${entity.name} (${entity.type})`, href);
    }
    for (const quote of story.quotes || []) {
      for (const m of quote.mentions || []) span(m, "quote", `Quote${quote.speakerName ? " of " + quote.speakerName : ""}`);
    }
    for (const claim of story.claims || []) {
      const outlets = Array.isArray(claim.outletNames) ? claim.outletNames.length : 0;
      for (const m of claim.mentions || []) span(m, "claim", `Claim: ${shorten(claim.text || claim.id, 120)} (${plural(outlets, "source")})`);
    }
    return found;
  }

  function renderLegend() {
    const legend = clear(document.getElementById("highlight-legend"));
    const count = kind => highlights.filter(h => h.kind === kind).length;
    if (highlights.length === 0) {
      legend.append(el("span", { cls: "note", text: "Nothing from the story's analysis is marked in this article." }));
      return;
    }
    legend.append(el("span", { cls: "note", text: "Marked: " }));
    // Each kind can be switched off: in a well-corroborated article nearly every sentence is a claim.
    const text = document.getElementById("text");
    for (const [kind, word, tag] of [["entity", "entity mention", "span"], ["quote", "quote", "mark"], ["claim", "claim", "mark"]]) {
      const box = el("input", { attrs: { type: "checkbox", checked: "", "data-kind": kind } });
      box.addEventListener("change", () => text.classList.toggle("hide-" + kind, !box.checked));
      legend.append(el("label", { cls: "toggle" }, box, " ", el(tag, { cls: `hl hl-${kind} key`, text: plural(count(kind), word) })), " ");
    }
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

  /** The heading line: title, outlet, date — and what stands in for each when the source gave none. */
  function renderHead(article, story) {
    const lead = (article.sentences || [])[0];
    const headline = article.title || (lead ? shorten((article.text || "").slice(lead[0], lead[1]), 120) : null);
    document.title = `Corroborate — ${headline || article.id}`;
    const title = document.getElementById("title");
    title.textContent = headline || article.id;
    title.classList.toggle("no-headline", !article.title);
    const meta = clear(document.getElementById("meta"));
    const host = safeUrl(article.url) ? new URL(safeUrl(article.url)).host : null;
    const parts = [
      el("span", { cls: "outlet", text: article.outlet || (host ? host : "outlet not named in the source") }),
      el("span", { cls: "date", text: article.published
        ? formatDate(article.published) + (article.publishedFrom ? ` (from ${article.publishedFrom})` : "")
        : "no date in the source" + (story && story.firstSeen ? ` (story: ${formatDate(story.firstSeen)} – ${formatDate(story.lastSeen)})` : "") }),
    ];
    if (article.author) parts.splice(1, 0, el("span", { cls: "author", text: article.author }));
    if (!article.title) parts.push(el("span", { cls: "note", text: "no headline in the source: its first sentence is shown" }));
    parts.push(el("span", { text: "language " + article.language }));
    parts.forEach((part, i) => meta.append(i ? " · " : "", part));
    const url = safeUrl(article.url);
    if (url) meta.append(" · ", el("a", { href: url, text: "original", attrs: { rel: "noopener noreferrer nofollow" } }));
    else if (article.url) meta.append(" · ", el("span", { text: article.url }));
    // A file path says where on the server it was read: its name is enough here.
    const source = String(article.source || "");
    meta.append(" · ", el("span", { cls: "source", text: "read from " + (/^[a-z]+:\/\//i.test(source) ? source : source.split(/[\\/]/).pop()) }));
  }

  function render(article, story) {
    renderHead(article, story);
    if (article.story) document.getElementById("story-link").setAttribute("href", "/stories/" + encodeURIComponent(article.story));
    else document.getElementById("story-link").hidden = true;
    renderLegend();

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
      render(body, null);
      document.getElementById("article").hidden = false;
      status("");
      markCited();
      // Then the story's analysis marks the text (a story's first reader may wait for it to be built).
      if (body.story) {
        document.getElementById("highlight-legend").textContent = "Marking the story's entities, quotes and claims…";
        let story = null;
        try { story = (await fetchJson("/api/stories/" + encodeURIComponent(body.story))).body; } catch (_) { story = null; }
        highlights = story ? highlightsOf(story, body.id) : [];
        render(body, story);
        markCited();
      }
    } catch (error) {
      status(error.status === 404 ? "No such article." : "Could not load the article: " + error.message, true);
    }
  }

  window.addEventListener("hashchange", markCited);
  load();
})();
