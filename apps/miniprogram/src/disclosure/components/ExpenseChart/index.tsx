import { useEffect, useMemo, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import UCharts from '@qiun/ucharts';
import { fontMinPx, fontScale } from '../../../services/care-mode';
import { chartFontPx, expenseChartHeight, expenseChartOptions, type ExpenseChartData } from '../../lib/chart';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

interface Target {
  context: CanvasRenderingContext2D;
  width: number;
  height: number;
  pixelRatio: number;
}

function draw(target: Target, data: ExpenseChartData, fontPx: number) {
  const pix = target.pixelRatio;
  new UCharts({
    ...expenseChartOptions(data, fontPx),
    context: target.context,
    canvas2d: true,
    width: target.width * pix,
    height: target.height * pix,
    pixelRatio: pix,
  });
}

/** Expenses by category, this period against the previous one, on a 2d canvas (weapp and h5 alike). */
export function ExpenseChart({ data, id = 'xq-expense-chart' }: { data: ExpenseChartData; id?: string }) {
  const h5Canvas = useRef<HTMLCanvasElement | null>(null);
  // Labels as large as the page's text (关怀模式, the phone's text size), read once per chart.
  const fontPx = useMemo(() => chartFontPx(fontScale(), fontMinPx()), []);
  const height = expenseChartHeight(data, fontPx);

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
      draw({ context, width, height, pixelRatio }, data, fontPx);
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
          if (context) draw({ context, width: found.width, height: found.height, pixelRatio }, data, fontPx);
        });
    }, 50);
    return () => clearTimeout(timer);
  }, [data, fontPx, height, id]);

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
