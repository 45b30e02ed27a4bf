/** SVG charts as plain strings: band charts over time, tornado and waterfall bar charts. */
export { bandChartSvg, monthToTime, type BandChartInput } from './band-chart.js';
export { tornadoSvg, waterfallSvg, type TornadoInput, type WaterfallInput } from './bar-charts.js';
export { PALETTE } from './svg-kit.js';
