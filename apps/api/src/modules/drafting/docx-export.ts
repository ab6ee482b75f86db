import { AlignmentType, Document, Footer, Packer, Paragraph, TextRun, convertMillimetersToTwip } from 'docx';

const FONT = '맑은 고딕';
const LEVEL_INDENT_TWIP = 340;

/**
 * The document as DOCX in the official layout: A4, margins 30/15/20/20 mm (top, bottom, left, right), the issuing
 * body's name centred on top, 수신/경유/제목 lines, the numbered body indented by level, 붙임 and 끝., the sender centred,
 * and a footer saying the draft was written with AI help and approved by a person (or not yet).
 */
export async function toDocx(text: string, meta: { title: string; approved: boolean }): Promise<Buffer> {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const paragraphs = lines.map((line, index) => {
    const indent = line.match(/^ */)![0].length;
    const content = line.trim();
    const first = index === 0 && content.length > 0;
    const sender = /(시장|청장|구청장|과장|국장|본부장)$/.test(content) && !/^(수신|제목|기안자|시행)/.test(content) && index > 3;
    return new Paragraph({
      alignment: first || sender ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: indent ? { left: Math.floor(indent / 2) * LEVEL_INDENT_TWIP } : undefined,
      spacing: { after: 80 },
      children: [new TextRun({ text: content, font: FONT, size: first ? 32 : sender ? 28 : 22, bold: first || sender })],
    });
  });
  const doc = new Document({
    title: meta.title,
    creator: 'DASAN',
    description: 'AI-assisted draft',
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(30),
              bottom: convertMillimetersToTwip(15),
              left: convertMillimetersToTwip(20),
              right: convertMillimetersToTwip(20),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: meta.approved ? 'AI 지원으로 작성되고 담당자가 검토·승인한 문서입니다.' : 'AI 지원 초안 — 승인 전 문서입니다.',
                    font: FONT,
                    size: 16,
                    color: '666666',
                  }),
                ],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
