// The report's only stylesheet, inline: the report must open from a file with no
// network and print to PDF cleanly (tables unbroken, links spelled out).
export const REPORT_CSS = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #999; }
h3 { font-size: 1em; margin-bottom: .3em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
code, .digest { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #bbb; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eee; }
td ul { margin: 0; padding-left: 1.1em; }
.health { padding: .4em .6em; border-left: 4px solid #b00; background: #fff4f4; }
.not-health { padding: .4em .6em; border-left: 4px solid #888; background: #f6f6f6; }
.note { color: #444; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, .health, .not-health { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
