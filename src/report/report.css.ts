/** The report's stylesheet, inlined so the HTML file stands alone. */
export const REPORT_CSS = `
:root{--q1:#2e7d32;--q1b:#e8f5e9;--q2:#00897b;--q2b:#e0f2f1;--q3:#ef6c00;--q3b:#fff3e0;--q4:#c62828;--q4b:#ffebee;
--ink:#1d2330;--muted:#667085;--line:#e4e7ec;--bg:#f6f7f9;--card:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1f5fbf;text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#1d2330;color:#fff;padding:22px 32px 18px}
header.top h1{margin:0 0 2px;font-size:24px;font-weight:650}
header.top .gen{color:#aab3c5;font-size:13px}
.stats{display:flex;gap:14px;margin-top:16px;flex-wrap:wrap}
.stat{background:#2a3242;border-radius:10px;padding:8px 16px;min-width:110px}
.stat b{display:block;font-size:26px;line-height:1.1}
.stat span{color:#aab3c5;font-size:12px;text-transform:uppercase;letter-spacing:.06em}
main{max-width:1120px;margin:0 auto;padding:18px 24px 60px}
.toolbar{position:sticky;top:0;z-index:5;background:var(--bg);padding:10px 0;display:flex;gap:10px;align-items:center;flex-wrap:wrap;border-bottom:1px solid var(--line)}
.toolbar input[type=search]{flex:1 1 300px;min-width:240px;padding:7px 11px;border:1px solid #c9ced8;border-radius:8px;font:inherit}
.toolbar label{font-size:13px;cursor:pointer;user-select:none;padding:4px 9px;border-radius:14px;border:1px solid var(--line);background:#fff}
.toolbar .shown{color:var(--muted);font-size:13px;margin-left:auto}
nav.toc{margin:14px 0 6px;font-size:14px}nav.toc a{margin-right:14px}
.legend{display:flex;flex-wrap:wrap;gap:6px 12px;font-size:12.5px;color:var(--muted);margin:6px 0 4px;align-items:center}.legend b{font-weight:600;margin-right:2px}
h2.sec{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:34px 0 8px}
.story{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 22px;margin:16px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.story h2{margin:0;font-size:20px}
.story-sub{margin:2px 0 10px;color:var(--muted);font-size:13px}
.story-articles{margin:0 0 14px;padding-left:20px;font-size:14px}
.story-articles .sub,.sub{color:var(--muted);font-size:12.5px}
.timeline{list-style:none;margin:0;padding:0 0 0 22px;border-left:3px solid var(--line);margin-left:8px}
.tl-date{font-weight:650;font-size:13px;color:var(--muted);margin:14px 0 6px -22px;padding-left:22px;position:relative}
.tl-date::before{content:"";position:absolute;left:-8px;top:5px;width:13px;height:13px;border-radius:50%;background:#fff;border:3px solid #98a2b3}
.tl-date.undated{font-style:italic}
.tl-item{position:relative;margin:0 0 10px;padding:9px 12px;border:1px solid var(--line);border-left:4px solid #98a2b3;border-radius:8px;background:#fff}
.tl-item.quad-1{border-left-color:var(--q1)}.tl-item.quad-2{border-left-color:var(--q2)}.tl-item.quad-3{border-left-color:var(--q3)}.tl-item.quad-4{border-left-color:var(--q4)}
.tl-item::before{content:"";position:absolute;left:-30px;top:14px;width:9px;height:9px;border-radius:50%;background:#98a2b3}
.tl-item.quad-1::before{background:var(--q1)}.tl-item.quad-2::before{background:var(--q2)}.tl-item.quad-3::before{background:var(--q3)}.tl-item.quad-4::before{background:var(--q4)}
.tl-head{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.badge{display:inline-block;font-size:11.5px;font-weight:700;letter-spacing:.04em;color:#fff;background:#667085;border-radius:5px;padding:1px 7px}
.badge.quad-1{background:var(--q1)}.badge.quad-2{background:var(--q2)}.badge.quad-3{background:var(--q3)}.badge.quad-4{background:var(--q4)}
.mode,.cameo{font-size:12px;color:var(--muted)}
.status{font-size:11.5px;border-radius:10px;padding:0 8px;background:#eef0f3;color:#475467;margin-left:auto}
.st-alleged,.st-reported{background:#fff7e0;color:#8a6100}.st-denied{background:#fde8e8;color:#9b1c1c}
.st-future,.st-requested,.st-conditional,.st-hypothetical{background:#e8efff;color:#2848a8}.st-historical{background:#eee;color:#666}
.tl-actors{margin:4px 0 2px;font-size:14.5px}
.actor{font-weight:600}.actor .cc{font-weight:500;font-size:11px;color:var(--muted);background:#f2f4f7;border-radius:4px;padding:0 4px}
.arrow{color:var(--muted);margin:0 4px}
.tl-quote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line);color:#344054;font-size:13.5px}
.tl-quote a{color:inherit}.tl-quote b{background:#fff3bf}
.tl-sources,.tl-mentions{font-size:12.5px;color:var(--muted)}.tl-mentions a{margin-right:8px}
.tl-conflicts{font-size:12.5px;color:#9b1c1c;margin-top:3px}
.hidden{display:none!important}
details.article{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:8px 0}
details.article>summary{cursor:pointer;padding:10px 16px;list-style-position:outside}
details.article[open]>summary{border-bottom:1px solid var(--line)}
.a-title{font-weight:650}.a-sub{color:var(--muted);font-size:13px;margin-left:6px}
.a-counts{float:right;color:var(--muted);font-size:12px}
.a-meta{display:grid;grid-template-columns:90px 1fr;gap:2px 10px;margin:10px 18px;font-size:13px}
.a-meta dt{color:var(--muted)}.a-meta dd{margin:0;overflow-wrap:anywhere}
.a-text{white-space:pre-wrap;margin:6px 18px 14px;font:16px/1.65 Georgia,"DejaVu Serif",serif;max-width:78ch}
.a-events,.a-issues{margin:0 18px 14px;padding-left:18px;font-size:13px}
.a-issues{color:#9b1c1c}
.ent{border-radius:3px;padding:0 1px}
.ent-PERSON{background:#e3efff;color:#0b4aa2}.ent-ORG{background:#f3e8fd;color:#6a1b9a}.ent-PLACE{background:#eef6dc;color:#4d6a12}
.ent-GROUP{background:#f5ebe3;color:#6d4424}.ent-MEDIA,.ent-OTHER{background:#eef0f3;color:#475467}
.ent.unlinked{background:transparent;box-shadow:inset 0 -1px 0 currentColor}
.q{text-decoration:underline 2px #7a5af8;text-underline-offset:4px}.q-indirect,.q-mixed{text-decoration-style:dashed}
.tm{background:#fff6d6;border-radius:3px}
.cap{color:#667085;font-style:italic}
.ev{font-weight:700;border-radius:3px}
.ev.quad-1{background:var(--q1b);box-shadow:inset 0 -2px 0 var(--q1)}.ev.quad-2{background:var(--q2b);box-shadow:inset 0 -2px 0 var(--q2)}
.ev.quad-3{background:var(--q3b);box-shadow:inset 0 -2px 0 var(--q3)}.ev.quad-4{background:var(--q4b);box-shadow:inset 0 -2px 0 var(--q4)}
.ev .ent,.ev .tm{background:transparent;padding:0}.ev .ent:not(.unlinked),.ev .tm,.ev .q{box-shadow:inherit}
.flash{animation:flash 2s ease-out}@keyframes flash{0%{outline:3px solid #fdb022}100%{outline:3px solid transparent}}
#tip{position:fixed;z-index:20;max-width:380px;background:#1d2330;color:#f2f4f7;font-size:12.5px;line-height:1.45;padding:7px 10px;border-radius:7px;white-space:pre-line;pointer-events:none;display:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#tip hr{border:0;border-top:1px solid #3b4456;margin:5px 0}
.empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:40px}
`;
