import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts';

/**
 * <ita-echart>: renders an ECharts option set from the server. Text in ECharts is drawn on a canvas, which
 * does not wait for web fonts, so the Thai font is loaded before the first setOption.
 */
@customElement('ita-echart')
export class ItaEchart extends LitElement {
  static styles = css`:host{display:block;position:relative} #c{width:100%;height:100%}`;

  @property({ type: Object, attribute: false }) option: Record<string, unknown> = {};

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="c"></div>`;
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
      try {
        await document.fonts.load('14px Sarabun');
      } catch (e) {
        // the font is optional for drawing; ECharts falls back to the system font
      }
      const option = { textStyle: { fontFamily: 'Sarabun, sans-serif' }, ...this.option };
      // data-rendered marks a finished drawing (animation included) of the CURRENT option, for tests and print
      this.removeAttribute('data-rendered');
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
