/** A small trend chart: the yearly values as a line, the target as a dashed line. Pure SVG, no library. */
export function Sparkline({ series, target, label }: { series: { year: number; value: number }[]; target: number | null; label: string }) {
  if (series.length === 0) return null;
  const w = 96;
  const h = 28;
  const values = [...series.map((p) => p.value), ...(target === null ? [] : [target])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const years = series.map((p) => p.year);
  const y0 = Math.min(...years);
  const ySpan = Math.max(...years) - y0 || 1;
  const x = (year: number) => 4 + ((year - y0) / ySpan) * (w - 8);
  const y = (v: number) => h - 4 - ((v - min) / span) * (h - 8);
  const points = series.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      {target !== null && <line x1={2} x2={w - 2} y1={y(target)} y2={y(target)} stroke="#9C5700" strokeDasharray="3 2" strokeWidth={1} />}
      {series.length > 1 ? <polyline points={points} fill="none" stroke="#0F6CBD" strokeWidth={1.5} /> : null}
      {series.map((p) => (
        <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={2} fill="#0F6CBD" />
      ))}
    </svg>
  );
}
