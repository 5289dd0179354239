// Lighthouse's accessibility audit of many pages with one browser: Debian's
// Chromium, started once and kept off the network like the other browser
// tests. Each URL given on the command line is opened (waiting for its load
// event), then audited with Lighthouse's snapshot mode, which runs the same
// accessibility audits, with the same weights, on the page as it is; it skips
// the navigation mode's performance waits, which cost ~10 s a page here.
// Prints one JSON line per page: {url, score, failing: [{id, title, items}]}.
// Run by tests/browser/test_lighthouse.py; lighthouse is pinned in package.json.
import puppeteer from "puppeteer-core";
import { snapshot } from "lighthouse";

const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
const CONFIG = { extends: "lighthouse:default", settings: { onlyCategories: ["accessibility"] } };

const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
                                         headless: true, args: FLAGS });
try {
  const page = await browser.newPage();
  for (const url of process.argv.slice(2)) {
    await page.goto(url, { waitUntil: "load" });
    const result = await snapshot(page, { config: CONFIG, flags: { logLevel: "error" } });
    const category = result.lhr.categories.accessibility;
    const failing = category.auditRefs
      .filter(ref => ref.weight > 0)
      .map(ref => result.lhr.audits[ref.id])
      .filter(audit => audit.score !== null && audit.score < 1)
      .map(audit => ({ id: audit.id, title: audit.title,
                       items: (audit.details?.items || []).slice(0, 3).map(item => item.node?.selector || "") }));
    console.log(JSON.stringify({ url, score: category.score, failing }));
  }
} finally {
  await browser.close();
}
