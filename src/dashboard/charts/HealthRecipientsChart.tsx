// Which companies received data from health pages: horizontal bars in plain
// SVG, described for screen readers, with the same figures as a table.
import type { CompanyCount } from '../../core/records/history-query';
import { t } from '../../ui/i18n';
import { formatNumber } from '../format';

const ROW = 26;
const LABEL_WIDTH = 170;
const WIDTH = 640;
const BAR_MAX = WIDTH - LABEL_WIDTH - 60;

export function HealthRecipientsChart({ data }: { data: CompanyCount[] }) {
  if (data.length === 0) return <p class="muted" data-testid="chart-health-empty">{t('chartHealthRecipientsEmpty')}</p>;
  const max = Math.max(...data.map((d) => d.pages));
  const height = data.length * ROW + 8;
  const description = t('chartHealthRecipientsDescription', data.map((d) => t('chartHealthRecipientsItem', [d.company, formatNumber(d.pages)])).join('; '));
  return (
    <figure class="chart" data-testid="chart-health">
      <svg role="img" aria-label={description} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {data.map((d, i) => {
          const y = i * ROW + 4;
          const w = Math.max(2, (d.pages / max) * BAR_MAX);
          return (
            <g key={d.company}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 1} text-anchor="end" dominant-baseline="middle" class="chart-label">
                {d.company.length > 24 ? `${d.company.slice(0, 23)}…` : d.company}
              </text>
              <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW - 8} rx="3" class="bar-alarm" />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 1} dominant-baseline="middle" class="chart-value">
                {formatNumber(d.pages)}
              </text>
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>{t('chartShowTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartColumnCompany')}</th>
              <th scope="col">{t('chartColumnHealthPages')}</th>
              <th scope="col">{t('chartColumnSites')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.company}>
                <th scope="row">{d.company}</th>
                <td>{formatNumber(d.pages)}</td>
                <td>{formatNumber(d.sites)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
