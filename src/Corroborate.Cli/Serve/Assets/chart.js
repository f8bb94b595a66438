// The story's coverage over time: articles per hour (a story of three days or less) or per day, stacked by
// outlet, drawn as inline SVG with our own few lines (no chart library, nothing fetched). Every label is text.
"use strict";

const CoverageChart = (() => {
  const { el, svg, plural } = CB;
  const hour = 3600 * 1000;
  const day = 24 * hour;
  // Colour-blind-safe palette (Okabe–Ito), then greys.
  const palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000", "#8c8c8c", "#bdbdbd"];

  /** Hourly buckets for a story of up to three days, daily beyond. */
  function bucketSize(first, last) {
    return last - first <= 3 * day ? hour : day;
  }

  function bucketLabel(time, size) {
    const iso = new Date(time).toISOString();
    return size === hour ? `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00` : iso.slice(0, 10);
  }

  /**
   * An SVG bar chart of <articles> ({ id, published, ... }) by <nameOf(article)>, with a legend and a note of
   * undated articles; returns a <figure>. Buckets are in UTC.
   */
  function render(articles, nameOf) {
    const dated = articles.filter(a => a.published && !isNaN(new Date(a.published)));
    const undated = articles.length - dated.length;
    const figure = el("figure", { cls: "coverage" });
    if (dated.length === 0) {
      figure.append(el("p", { cls: "empty", text: "No article of this story carries a date." }));
      return figure;
    }
    const times = dated.map(a => new Date(a.published).getTime());
    const size = bucketSize(Math.min(...times), Math.max(...times));
    const first = Math.floor(Math.min(...times) / size) * size;
    const last = Math.floor(Math.max(...times) / size) * size;
    const buckets = [];
    for (let t = first; t <= last; t += size) buckets.push({ time: t, byOutlet: new Map(), total: 0 });
    const outlets = [];
    dated.forEach((article, i) => {
      const bucket = buckets[Math.floor((times[i] - first) / size)];
      const name = nameOf(article);
      if (!outlets.includes(name)) outlets.push(name);
      bucket.byOutlet.set(name, (bucket.byOutlet.get(name) || 0) + 1);
      bucket.total++;
    });
    const colour = name => palette[Math.min(outlets.indexOf(name), palette.length - 1)];
    const max = Math.max(...buckets.map(b => b.total));

    const width = 640, height = 220, left = 34, right = 30, top = 10, bottom = 44;
    const plotWidth = width - left - right, plotHeight = height - top - bottom;
    const step = plotWidth / buckets.length;
    const barWidth = Math.min(48, Math.max(2, step * 0.8));
    const unit = size === hour ? "hour" : "day";
    const chart = svg("svg", {
      viewBox: `0 0 ${width} ${height}`, class: "coverage-chart", role: "img",
      "aria-label": `Articles per ${unit} by outlet: ${plural(dated.length, "dated article")} from ${bucketLabel(first, size)} to ${bucketLabel(last, size)}`,
      "data-unit": unit,
    });
    chart.append(svg("title", null, `Articles per ${unit} (UTC) by outlet`));
    // Axis with whole-number ticks.
    const tickEvery = Math.max(1, Math.ceil(max / 5));
    for (let v = 0; v <= max; v += tickEvery) {
      const y = top + plotHeight - (v / max) * plotHeight;
      chart.append(svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: "grid" }));
      chart.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "tick" }, String(v)));
    }
    const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
    buckets.forEach((bucket, i) => {
      const x = left + i * step + (step - barWidth) / 2;
      let y = top + plotHeight;
      for (const name of outlets) {
        const count = bucket.byOutlet.get(name);
        if (!count) continue;
        const h = (count / max) * plotHeight;
        y -= h;
        const rect = svg("rect", { x, y, width: barWidth, height: h, fill: colour(name), class: "bar", "data-bucket": bucketLabel(bucket.time, size), "data-outlet": name, "data-count": count });
        rect.append(svg("title", null, `${bucketLabel(bucket.time, size)}: ${name}, ${plural(count, "article")}`));
        chart.append(rect);
      }
      if (i % labelEvery === 0) {
        const label = size === hour ? bucketLabel(bucket.time, size).slice(5) : bucketLabel(bucket.time, size).slice(5);
        chart.append(svg("text", { x: left + i * step + step / 2, y: height - bottom + 16, "text-anchor": "middle", class: "tick" }, label));
      }
    });
    chart.append(svg("text", { x: left, y: height - 6, class: "tick" }, `${bucketLabel(first, size).slice(0, 4)}, per ${unit} (UTC)`));
    figure.append(chart);

    const legend = el("ul", { cls: "legend" });
    for (const name of outlets) {
      const swatch = svg("svg", { width: 12, height: 12, "aria-hidden": "true" }, svg("rect", { width: 12, height: 12, fill: colour(name) }));
      const count = dated.filter(a => nameOf(a) === name).length;
      legend.append(el("li", null, swatch, " ", el("span", { text: name }), el("span", { cls: "meta", text: ` (${count})` })));
    }
    figure.append(legend);
    if (undated) figure.append(el("figcaption", { cls: "note", text: `${plural(undated, "article")} without a date not shown.` }));
    return figure;
  }

  return { render };
})();
