import { Text } from 'recharts';

type TickProps = {
  index: number;
  visibleTicksCount: number;
  textAnchor?: string;
  payload: { value: number | string };
  tickFormatter?: (value: number | string, index: number) => string;
  [prop: string]: unknown;
};

/**
 * A value-axis tick whose last label ends at its gridline instead of centring on it, so a long label
 * (zh-TW "1,600億美元") stays inside the chart at the plot's right edge whatever the font's widths.
 */
export function EndTick({
  tickFormatter,
  payload,
  index,
  visibleTicksCount,
  textAnchor,
  ...rest
}: TickProps) {
  const last = index === visibleTicksCount - 1;
  return (
    <Text {...rest} textAnchor={last ? 'end' : (textAnchor as 'middle' | undefined)}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </Text>
  );
}
