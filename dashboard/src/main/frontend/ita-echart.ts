import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// only the chart types and components the dashboard draws: about half of ECharts' full build to download and parse
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, HeatmapChart, LineChart, MapChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TitleComponent, TooltipComponent,
  VisualMapComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import thailandMap from '@svg-maps/thailand';

/** The server's request for a province map: which registered map name to use and each shape id's label. */
interface SvgMapRequest {
  name: string;
  names: Record<string, string>;
}

echarts.use([BarChart, BoxplotChart, HeatmapChart, LineChart, MapChart, RadarChart, ScatterChart, AriaComponent, GridComponent,
  LegendComponent, MarkLineComponent, RadarComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

// the package's own types name a package that is not installed; this is the shape it exports
const thailand = thailandMap as unknown as { viewBox: string; locations: { id: string; path: string }[] };

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Registers the provinces of Thailand (@svg-maps/thailand, CC BY 4.0, from npm) as an ECharts SVG map whose
 * regions are named with the labels the server sends, so tooltips and data items use the users' language.
 */
function registerThailand(request: SvgMapRequest) {
  if (echarts.getMap(request.name)) {
    return;
  }
  const paths = thailand.locations
    .map(l => `<path name="${escapeXml(request.names[l.id] ?? l.id)}" d="${l.path}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${thailand.viewBox}">${paths}</svg>`;
  echarts.registerMap(request.name, { svg });
}

/**
 * <ita-echart>: renders an ECharts option set from the server. Text in ECharts is drawn on a canvas, which
 * does not wait for web fonts, so the Thai font is loaded before the first setOption. Until a drawing is
 * finished, a loading indicator (text from the `loading-label` attribute) covers the chart.
 */
@customElement('ita-echart')
export class ItaEchart extends LitElement {
  static styles = css`
    :host{display:block;position:relative}
    #c{width:100%;height:100%}
    .loading{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;gap:.5em;
      background:rgba(255,255,255,.7);color:#555;font-size:.9em}
    .spinner{width:1.2em;height:1.2em;border:3px solid #ccc;border-top-color:#1565c0;border-radius:50%;
      animation:spin 0.8s linear infinite}
    @keyframes spin{to{transform:rotate(360deg)}}
    @media (prefers-reduced-motion: reduce){.spinner{animation:none}}
    :host([data-rendered]) .loading{display:none}
  `;

  @property({ type: Object, attribute: false }) option: Record<string, unknown> = {};
  @property({ attribute: 'loading-label' }) loadingLabel = 'กำลังโหลด…';

  private chart?: echarts.EChartsType;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="c"></div><div class="loading" role="status"><span class="spinner"></span>${this.loadingLabel}</div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.requestUpdate('option');
    }
  }

  async updated(changed: PropertyValues) {
    if (!this.chart) {
      this.chart = echarts.init(this.renderRoot.querySelector('#c') as HTMLElement, undefined, { renderer: 'canvas' });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    if (changed.has('option')) {
      // data-rendered marks a finished drawing (animation included) of the CURRENT option, for tests and print
      this.removeAttribute('data-rendered');
      try {
        await document.fonts.load('14px Sarabun');
      } catch (e) {
        // the font is optional for drawing; ECharts falls back to the system font
      }
      const { itaSvgMap, ...rest } = this.option as { itaSvgMap?: SvgMapRequest };
      if (itaSvgMap) {
        registerThailand(itaSvgMap);
      }
      // a dashboard is read, not watched: a chart appears drawn at once. No animation at all: every view change
      // builds new charts, and series carry their own entry durations (a box plot 800 ms) that outlast a global
      // animationDuration of 0 — on the province page that alone delayed the last drawing by a third of a second
      const option = {
        textStyle: { fontFamily: 'Sarabun, sans-serif' },
        animation: false,
        ...rest
      };
      this.chart.off('finished');
      this.chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
      this.chart.setOption(option, true);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }
}
