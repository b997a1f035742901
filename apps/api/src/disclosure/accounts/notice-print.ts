import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {
  BILLING_MODEL_LABELS,
  CATEGORY_LABELS,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  formatDateCn,
  formatFen,
  formatRatio,
  periodLabel,
  type AccountDisclosureDetail,
  type LineCategory,
} from '@xiaoqu/shared';

export interface NoticeInput {
  compoundName: string;
  detail: AccountDisclosureDetail;
  /** Where the QR code leads: the period in the mini program's h5 build. */
  link: string;
  font: { path: string; family?: string };
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = '#111111';
const MUTED = '#555555';

/** Collects a PDFKit document into one Buffer. */
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const signed = (fen: number) => (fen > 0 ? `+${formatFen(fen)}` : formatFen(fen));

/**
 * The A4 notice of a period for the compound's notice board (公示栏): totals, categories, the largest lines,
 * the publication hash and a QR code to the period, with the Chinese font embedded (subset) so it prints anywhere.
 */
export async function printNotice(input: NoticeInput): Promise<Buffer> {
  if (!existsSync(input.font.path)) throw new Error(`font not found: ${input.font.path}`);
  const { detail } = input;
  const title = `${input.compoundName} ${periodLabel(detail.periodKey)} 物业收支公示`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: title,
      Subject: detail.publication
        ? `sha256 ${detail.publication.contentHash} chain ${detail.publication.hash}`
        : 'draft',
      Keywords: detail.publication ? `seq ${detail.publication.seq}` : 'draft',
      Creator: 'xiaoqu 小区共治',
    },
  });
  doc.registerFont('cjk', input.font.path, input.font.family);
  doc.font('cjk').fillColor(INK);
  const width = A4.width - MARGIN * 2;
  const totals = detail.totals;

  doc.fontSize(18).text(title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor(MUTED);
  const status = detail.publication
    ? `公示日期 ${formatDateCn(detail.publication.publishedAt)} · 第 ${detail.publication.seq} 号公示`
    : '草稿（未公示）';
  doc.text(`${BILLING_MODEL_LABELS[detail.billingModel]} · ${status}`, { align: 'center' });
  if (detail.amendsId) doc.fillColor('#a33').text('本公示为更正公示，更正此前同期公示的内容。', { align: 'center' });
  if (detail.amendedById) doc.fillColor('#a33').text('本期公示已有更正，请以更正公示为准。', { align: 'center' });
  doc.fillColor(INK).moveDown(0.8);

  /** One table row; text columns align left, amounts right (`left` counts the leading text columns). */
  const row = (cells: string[], widths: number[], opts: { size?: number; left?: number } = {}) => {
    const y = doc.y;
    let x = MARGIN;
    doc.fontSize(opts.size ?? 10);
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 6 }));
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, y, { width: widths[i] - 6, align: i < (opts.left ?? 1) ? 'left' : 'right' });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = y + Math.max(...heights) + 3;
    doc
      .moveTo(MARGIN, doc.y - 2)
      .lineTo(MARGIN + width, doc.y - 2)
      .strokeColor('#dddddd')
      .lineWidth(0.5)
      .stroke();
  };

  doc.fontSize(12).text('一、本期合计');
  doc.moveDown(0.3);
  const prev = detail.previousTotals;
  const sum = [width * 0.34, width * 0.33, width * 0.33];
  row(['项目', '本期', prev ? '比上期' : ''], sum, { size: 10 });
  row(['收入合计', formatFen(totals.incomeFen), prev ? signed(totals.incomeFen - prev.incomeFen) : ''], sum);
  row(['支出合计', formatFen(totals.expenseFen), prev ? signed(totals.expenseFen - prev.expenseFen) : ''], sum);
  row(['结余', formatFen(totals.balanceFen), prev ? signed(totals.balanceFen - prev.balanceFen) : ''], sum);
  if (totals.collection) {
    const rate = formatRatio(totals.collection.paid, totals.collection.billed) ?? '—';
    row(['物业费收缴率', `${rate}（${totals.collection.paid} / ${totals.collection.billed} 户）`, ''], sum);
  }
  doc.moveDown(0.5);

  const categoryTable = (heading: string, categories: readonly LineCategory[], whole: number) => {
    doc.fontSize(12).text(heading);
    doc.moveDown(0.3);
    const widths = [width * 0.3, width * 0.25, width * 0.15, width * 0.3];
    for (const c of categories) {
      const fen = totals.byCategory[c] ?? 0;
      if (fen === 0) continue;
      const y = doc.y;
      row([CATEGORY_LABELS[c], formatFen(fen), formatRatio(fen, whole) ?? '', ''], widths);
      // A bar as long as the share, drawn in the last column: the numbers stay the information, the bar helps.
      const barWidth = whole > 0 ? Math.max(1, Math.floor(((widths[3] - 12) * fen) / whole)) : 0;
      doc
        .rect(MARGIN + widths[0] + widths[1] + widths[2] + 6, y + 3, barWidth, 8)
        .fillColor('#4a7c6b')
        .fill();
      doc.fillColor(INK);
    }
    doc.moveDown(0.5);
  };
  categoryTable('二、支出构成', EXPENSE_CATEGORIES, totals.expenseFen);
  categoryTable('三、收入构成', INCOME_CATEGORIES, totals.incomeFen);

  doc.fontSize(12).text('四、金额最大的支出');
  doc.moveDown(0.3);
  const largest = detail.lines
    .filter((l) => l.direction === 'expense')
    .sort((a, b) => b.amountFen - a.amountFen || a.id - b.id)
    .slice(0, 6);
  const lw = [width * 0.16, width * 0.16, width * 0.4, width * 0.18, width * 0.1];
  row(['日期', '类别', '对方单位', '金额', '凭证'], lw, { size: 9, left: 3 });
  for (const l of largest)
    row(
      [
        l.occurredOn,
        CATEGORY_LABELS[l.category],
        l.counterparty,
        formatFen(l.amountFen),
        l.attachments.length ? `${l.attachments.length} 份` : '无',
      ],
      lw,
      { size: 9, left: 3 },
    );
  doc.moveDown(0.5);

  // The QR code and the hash sit at the foot of the page.
  const qr = await QRCode.toBuffer(input.link, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const footY = A4.height - MARGIN - 100;
  if (doc.y > footY - 10) doc.addPage();
  doc.image(qr, MARGIN, footY, { width: 100 });
  doc.fontSize(9).fillColor(MUTED);
  const textX = MARGIN + 112;
  const textWidth = width - 112;
  doc.text('扫码在小程序中查看全部明细、凭证，并可对任一明细提出质询。', textX, footY, { width: textWidth });
  if (detail.publication) {
    doc.moveDown(0.3).text(`内容指纹（SHA-256）：${detail.publication.contentHash}`, { width: textWidth });
    // The code the period's page shows, in groups of four: a person compares the paper with the phone.
    const code = detail.publication.hash.replace(/(.{4})(?=.)/g, '$1 ');
    doc.moveDown(0.2).text(`核对码：${code}`, { width: textWidth });
    doc
      .moveDown(0.2)
      .text('小程序里这期公示显示同一核对码，说明贴出的与发布的是同一份；“公开”页可核验发布后未被改动。', {
        width: textWidth,
      });
  }
  doc.moveDown(0.3).text('收费价格投诉电话：12358', { width: textWidth });
  return collect(doc);
}
