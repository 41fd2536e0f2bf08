// Findings over time: per day, page visits that sent something to trackers and
// health pages that were disclosed. Plain SVG with a table of the same figures.
import type { DayCount } from '../../core/records/history-query';
import { t } from '../../ui/i18n';
import { formatDay, formatNumber } from '../format';

const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 36;
const BOTTOM = 22;
const TOP = 8;

export function FindingsChart({ data }: { data: DayCount[] }) {
  if (data.length === 0) return <p class="muted">{t('chartFindingsEmpty')}</p>;
  const max = Math.max(1, ...data.map((d) => d.visits));
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / data.length;
  const barW = Math.max(2, slot * 0.7);
  const totalVisits = data.reduce((n, d) => n + d.visits, 0);
  const totalDisclosures = data.reduce((n, d) => n + d.disclosures, 0);
  const description = t('chartFindingsDescription', [
    formatDay(data[0]!.day),
    formatDay(data.at(-1)!.day),
    formatNumber(totalVisits),
    formatNumber(totalDisclosures),
  ]);
  const y = (n: number) => TOP + plotH - (n / max) * plotH;
  return (
    <figure class="chart" data-testid="chart-findings">
      <svg role="img" aria-label={description} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <line x1={LEFT} x2={WIDTH} y1={TOP + plotH} y2={TOP + plotH} class="axis" />
        <text x={LEFT - 6} y={TOP + 4} text-anchor="end" class="chart-value">
          {formatNumber(max)}
        </text>
        <text x={LEFT - 6} y={TOP + plotH} text-anchor="end" class="chart-value">
          {formatNumber(0)}
        </text>
        {data.map((d, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          return (
            <g key={d.day}>
              {d.visits > 0 && <rect x={x} y={y(d.visits)} width={barW} height={TOP + plotH - y(d.visits)} class="bar-visits" />}
              {d.disclosures > 0 && <rect x={x} y={y(d.disclosures)} width={barW} height={TOP + plotH - y(d.disclosures)} class="bar-alarm" />}
            </g>
          );
        })}
        <text x={LEFT} y={HEIGHT - 6} class="chart-value">
          {formatDay(data[0]!.day)}
        </text>
        <text x={WIDTH} y={HEIGHT - 6} text-anchor="end" class="chart-value">
          {formatDay(data.at(-1)!.day)}
        </text>
      </svg>
      <p class="legend">
        <span class="swatch swatch-visits" aria-hidden="true" /> {t('chartLegendVisits')}
        <span class="swatch swatch-alarm" aria-hidden="true" /> {t('chartLegendDisclosures')}
      </p>
      <details class="chart-table">
        <summary>{t('chartShowTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartColumnDay')}</th>
              <th scope="col">{t('chartLegendVisits')}</th>
              <th scope="col">{t('chartLegendDisclosures')}</th>
            </tr>
          </thead>
          <tbody>
            {data
              .filter((d) => d.visits > 0)
              .map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatDay(d.day)}</th>
                  <td>{formatNumber(d.visits)}</td>
                  <td>{formatNumber(d.disclosures)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
