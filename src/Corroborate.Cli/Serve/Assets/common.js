// Shared helpers. Everything that comes from an article is untrusted: it only ever reaches the page
// through textContent, attributes set one by one, or checked URLs — never as HTML.
"use strict";

const CB = (() => {
  /** Creates an element; props: text, cls, href, title, id, attrs {name: value}; children: nodes or strings. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    const p = props || {};
    if (p.text !== undefined && p.text !== null) node.textContent = String(p.text);
    if (p.cls) node.className = p.cls;
    if (p.href) node.setAttribute("href", p.href);
    if (p.title) node.setAttribute("title", String(p.title));
    if (p.id) node.id = p.id;
    for (const [name, value] of Object.entries(p.attrs || {})) node.setAttribute(name, String(value));
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function fetchJson(url, init) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, init || {}));
    if (response.status === 304) return { notModified: true, response };
    if (!response.ok) {
      let detail = response.statusText;
      try { const problem = await response.json(); detail = problem.detail || problem.title || detail; } catch (_) { /* not JSON */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return { body: await response.json(), response };
  }

  /** Only http(s) links from articles become links; anything else (javascript:, data:) stays text. */
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url, location.origin);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function formatDate(value) {
    if (!value) return "undated";
    const date = new Date(value);
    return isNaN(date) ? String(value) : date.toISOString().slice(0, 10);
  }

  function plural(count, word) {
    if (count === 1) return `${count} ${word}`;
    // "story" → "stories", "copy" → "copies"; "day" stays "days".
    return `${count} ${/[^aeiou]y$/.test(word) ? word.slice(0, -1) + "ies" : word + "s"}`;
  }

  /** A text cut at a word to at most <max> characters, with an ellipsis when cut. */
  function shorten(text, max) {
    const value = String(text || "");
    if (value.length <= max) return value;
    const cut = value.lastIndexOf(" ", max - 1);
    return value.slice(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  /**
   * How a page names an article's source: its outlet, else its title (shortened), else <fallback>.
   * Never a bare number when either is known.
   */
  function sourceLabel(outlet, title, fallback) {
    if (typeof outlet === "string" && outlet.trim()) return outlet.trim();
    if (typeof title === "string" && title.trim()) return shorten(title.trim(), 40);
    return fallback;
  }

  /** The id in /stories/{id} or /articles/{id}. */
  function pathId() {
    const parts = location.pathname.split("/").filter(Boolean);
    return decodeURIComponent(parts[parts.length - 1] || "");
  }

  function status(text, isError) {
    const node = document.getElementById("status");
    if (!node) return;
    node.textContent = text || "";
    node.classList.toggle("error", !!isError);
    node.hidden = !text;
  }

  /**
   * A citation as the story JSON may give it: an article id, or { article, span: {start, end}, text },
   * or a span object { article, start, end, text }. Returns { article, start, end, text } (start/end/text may be null).
   */
  function citation(entry) {
    if (typeof entry === "string") return { article: entry, start: null, end: null, text: null };
    if (!entry || typeof entry !== "object") return null;
    const article = entry.article || entry.articleId || entry.id;
    if (typeof article !== "string") return null;
    const span = entry.span && typeof entry.span === "object" ? entry.span : entry;
    const start = Number.isInteger(span.start) ? span.start : null;
    const end = Number.isInteger(span.end) ? span.end : null;
    return { article, start, end, text: typeof entry.text === "string" ? entry.text : null };
  }

  function articleHref(cite) {
    const base = "/articles/" + encodeURIComponent(cite.article);
    return cite.start === null ? base : `${base}#s-${cite.start}`;
  }

  const articleCache = new Map();

  function getArticle(id) {
    if (!articleCache.has(id)) {
      articleCache.set(id, fetchJson("/api/articles/" + encodeURIComponent(id)).then(r => r.body));
    }
    return articleCache.get(id);
  }

  /** The text of [start, end) of an article's clean text, from its body or the segment holding it. */
  function sliceArticle(article, start, end) {
    const body = article.text || "";
    if (end !== null && end <= body.length) return body.slice(start, end);
    for (const segment of article.segments || []) {
      if (start >= segment.start && start < segment.end) {
        return segment.text.slice(start - segment.start, (end ?? segment.end) - segment.start);
      }
    }
    return null;
  }

  /** The sentence of an article holding offset <start>, as [start, end], or null. */
  function sentenceAt(article, start) {
    return (article.sentences || []).find(([from, to]) => start >= from && start < to) || null;
  }

  /**
   * A citation link: its label is the outlet (or a number), its tooltip the source sentence, set as text.
   * The tooltip shows on hover and on keyboard focus; the sentence is fetched with the article on first use.
   */
  function citationLink(entry, label, articleInfo) {
    const cite = citation(entry);
    if (!cite) return null;
    const info = articleInfo ? articleInfo(cite.article) : null;
    const tip = el("span", { cls: "tip", attrs: { role: "tooltip" } });
    const link = el("a", { cls: "cite", href: articleHref(cite), attrs: { "data-article": cite.article } }, label, tip);
    const name = info && info.outlet ? info.outlet : cite.article;
    const show = text => { tip.textContent = text ? `${name}: “${text}”` : name; };
    show(cite.text || (info && info.title) || null);
    let requested = false;
    const prepare = () => {
      // Keep the tooltip on screen: open it leftwards from links in the right half.
      link.classList.toggle("flip", link.getBoundingClientRect().left > window.innerWidth / 2);
      if (requested || cite.start === null) return;
      requested = true;
      getArticle(cite.article).then(article => {
        const sentence = sentenceAt(article, cite.start);
        const text = sentence ? sliceArticle(article, sentence[0], sentence[1]) : sliceArticle(article, cite.start, cite.end);
        if (text) {
          show(text);
          link.dataset.sentence = sentence ? String(sentence[0]) : "";
        }
      }).catch(() => {});
    };
    link.addEventListener("mouseenter", prepare);
    link.addEventListener("focus", prepare);
    return link;
  }

  /** An SVG element (for charts): attributes set one by one, text only as text. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  return { el, svg, clear, fetchJson, safeUrl, formatDate, plural, shorten, sourceLabel, pathId, status, citation, citationLink, getArticle, sliceArticle };
})();
