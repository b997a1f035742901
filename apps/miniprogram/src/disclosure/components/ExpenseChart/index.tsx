import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import UCharts from '@qiun/ucharts';
import { axisLabel, type ExpenseChartData } from '../../lib/chart';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';
const COLORS = ['#0b6e4f', '#9aa0a6'];
const BAR_PX = 16;
const MIN_HEIGHT_PX = 160;

interface Target {
  context: CanvasRenderingContext2D;
  width: number;
  height: number;
  pixelRatio: number;
}

/** Horizontal bars, one group per category; no values on the bars (the table under the chart has them exactly). */
function draw(target: Target, data: ExpenseChartData) {
  const pix = target.pixelRatio;
  new UCharts({
    type: 'bar',
    context: target.context,
    canvas2d: true,
    width: target.width * pix,
    height: target.height * pix,
    pixelRatio: pix,
    categories: data.categories,
    series: data.series,
    color: COLORS,
    animation: false,
    background: '#FFFFFF',
    fontSize: 13,
    fontColor: '#1a1a1a',
    padding: [8, 24, 8, 8],
    dataLabel: false,
    legend: { show: data.series.length > 1, position: 'top', float: 'left', fontSize: 13 },
    xAxis: {
      boundaryGap: 'justify',
      disableGrid: false,
      min: 0,
      splitNumber: 4,
      axisLine: false,
      fontColor: '#3c3f45',
      formatter: axisLabel,
    },
    yAxis: { fontColor: '#1a1a1a' },
    extra: { bar: { type: 'group', width: BAR_PX - 2, seriesGap: 2, categoryGap: 4, linearType: 'none' } },
  });
}

/** Expenses by category, this period against the previous one, on a 2d canvas (weapp and h5 alike). */
export function ExpenseChart({ data, id = 'xq-expense-chart' }: { data: ExpenseChartData; id?: string }) {
  const h5Canvas = useRef<HTMLCanvasElement | null>(null);
  // Room per category for its bars and a gap, plus the legend and the value axis.
  const height = Math.max(MIN_HEIGHT_PX, data.categories.length * (data.series.length * BAR_PX + 14) + 72);

  useEffect(() => {
    if (data.categories.length === 0) return;
    if (IS_H5) {
      const canvas = h5Canvas.current;
      const context = canvas?.getContext?.('2d');
      if (!canvas || !context) return;
      const pixelRatio = window.devicePixelRatio || 1;
      const width = canvas.getBoundingClientRect().width || 320;
      canvas.width = Math.round(width * pixelRatio);
      canvas.height = Math.round(height * pixelRatio);
      draw({ context, width, height, pixelRatio }, data);
      return;
    }
    // The canvas node exists once the page has rendered this component.
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: { node?: HTMLCanvasElement; width: number; height: number }[]) => {
          const found = res?.[0];
          const canvas = found?.node;
          if (!canvas) return;
          const pixelRatio = Taro.getWindowInfo().pixelRatio || 2;
          canvas.width = Math.round(found.width * pixelRatio);
          canvas.height = Math.round(found.height * pixelRatio);
          const context = canvas.getContext('2d');
          if (context) draw({ context, width: found.width, height: found.height, pixelRatio }, data);
        });
    }, 50);
    return () => clearTimeout(timer);
  }, [data, height, id]);

  if (data.categories.length === 0) {
    return (
      <View className="xq-expense-chart xq-expense-chart--empty">
        <Text>本期没有支出。</Text>
      </View>
    );
  }
  const style = { width: '100%', height: `${height}px` };
  return (
    <View className="xq-expense-chart" aria-label="各类支出对比图，具体金额见下表">
      {IS_H5 ? (
        <canvas ref={h5Canvas} className="xq-expense-chart__canvas" style={style} />
      ) : (
        <Canvas type="2d" id={id} className="xq-expense-chart__canvas" style={style} />
      )}
    </View>
  );
}
