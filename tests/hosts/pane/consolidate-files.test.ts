// The pane's "Tổng hợp" without a browser: picked files in (workbooks and JSON), every rejected file named, the workbook and the report out as bytes.
import JSZip from 'jszip';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { consolidatePicked, officeReportOptions } from '../../../src/hosts/pane/consolidate-files';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { rasteriseChart } from '../../../src/hosts/cli/charts/chart-png';
import type { PickedFile } from '../../../src/hosts/pane/read-input-file';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { commune } from '../../core/aggregate/sample-units';
import { asTestSetData, TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});
const jsonFile = (name: string, data: unknown): PickedFile => picked(name, new TextEncoder().encode(JSON.stringify(data)));
async function xlsxFile(name: string, data: ReturnType<typeof commune>): Promise<PickedFile> {
  const wb = await planToWorkbook(buildWorkbookPlan(data));
  return picked(name, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('consolidatePicked', () => {
  it('totals a workbook and JSON files into a workbook and a report, showing progress per file', async () => {
    const files = [
      jsonFile('hoa-phong.json', commune({})),
      await xlsxFile('tinh-ky.xlsx', commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.1': 10, '2.2': 10 } })),
      jsonFile('an-phu.json', commune({ unit: 'An Phú', unitKind: 'phường' }, { '1': { '2.1': undefined } })),
    ];
    const progress: string[] = [];
    const r = await consolidatePicked(files, false, (t) => progress.push(t), [], [], {}, rasteriseChart);
    expect(r.ok).toBe(true);
    expect(progress.slice(0, 3)).toEqual(['Đang đọc 1/3: hoa-phong.json', 'Đang đọc 2/3: tinh-ky.xlsx', 'Đang đọc 3/3: an-phu.json']);
    expect(r.lines).toEqual([
      UI_TEXT.consolidate.officeTextBlank(['IV', 'V', 'VI']),
      'Đã tổng hợp 3/3 đơn vị; đã tải về Tổng hợp CCHC - 6 tháng đầu năm 2026.xlsx và Báo cáo tổng hợp CCHC - 6 tháng đầu năm 2026.docx.',
    ]);
    const { values } = readNamedCells(await loadWorkbook(r.workbook!.bytes));
    expect(values.TH1_2_1).toBe(50);
    expect(values.TH1_2_2).toBe(27 + 10 + 27);
    expect(values.TH1_2).toBe(74); // (27 + 10) ÷ (40 + 10): An Phú gave no whole
    const xml = (await (await JSZip.loadAsync(r.report!.bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('BÁO CÁOKết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026');
    // The plan's numbers are those of the two communes that gave both, as the ratio beside them.
    expect(xml).toContain('Các đơn vị đề ra 50 nhiệm vụ trong kế hoạch cải cách hành chính năm, đã hoàn thành 37 nhiệm vụ; tỷ lệ hoàn thành kế hoạch đạt 74%. Các số liệu trên là của 2/3 đơn vị');
    // The key ratios' charts: handed to the pane to show, and drawn in the report with their captions.
    expect(r.charts?.map((c) => c.caption.slice(0, 12))).toEqual(['Biểu đồ 1. T', 'Biểu đồ 2. T', 'Biểu đồ 3. T', 'Biểu đồ 4. T', 'Biểu đồ 5. T']);
    for (const c of r.charts ?? []) expect(xml).toContain(c.caption);
    const raw = await (await JSZip.loadAsync(r.report!.bytes)).file('word/document.xml')!.async('string');
    expect(raw.match(/<wp:docPr /g)).toHaveLength(5);
  });

  it('names every rejected file with the CLI’s reasons and builds nothing, unless asked to skip them', async () => {
    const files = [
      jsonFile('a.json', commune({})),
      picked('hong.xlsx', new TextEncoder().encode('PK\u0003\u0004 hỏng')),
      jsonFile('loi.json', commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.2': 45 } })),
      // A tie of one file each with a.json's period: the later period (a.json's) is consolidated, whatever the order.
      jsonFile('quy-1.json', commune({ unit: 'An Phú', period: 'Q1' })),
      picked('ghi-chu.txt', new TextEncoder().encode('x')),
    ];
    const strict = await consolidatePicked(files, false, () => undefined, [], [], {}, rasteriseChart);
    expect(strict.ok).toBe(false);
    expect(strict.workbook).toBeNull();
    const rejected = strict.lines.filter((l) => l.startsWith('Từ chối '));
    expect(rejected).toEqual([
      'Từ chối hong.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.',
      'Từ chối loi.json: số liệu còn 1 lỗi.',
      'Từ chối quy-1.json: số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).',
      'Từ chối ghi-chu.txt: không phải sổ Excel (.xlsx) hay tệp số liệu (.json).',
    ]);
    expect(strict.lines).toContain(
      'Các kỳ Quý I năm 2026 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): tổng hợp kỳ gần nhất, 6 tháng đầu năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
    );
    expect(strict.lines.some((l) => /^\[lỗi\] .*2\.2.*45/u.test(l))).toBe(true);
    expect(strict.lines.at(-1)).toContain('Không tổng hợp: 4 tệp bị từ chối');

    const skipped = await consolidatePicked(files, true, () => undefined, [], [], {}, rasteriseChart);
    expect(skipped.ok).toBe(true);
    expect(skipped.lines.at(-1)).toContain('Đã tổng hợp 1/5 đơn vị');
    expect(readNamedCells(await loadWorkbook(skipped.workbook!.bytes)).values.TH_SO_DON_VI_PHAI_BAO_CAO).toBe(5);
  });

  it('nothing readable: says so', async () => {
    const r = await consolidatePicked([picked('hong.xlsx', new Uint8Array([1, 2, 3]))], true, () => undefined);
    expect(r.ok).toBe(false);
    expect(r.lines.at(-1)).toBe('Không đọc được tệp nào trong 1 tệp đã chọn.');
  });

  it('with last year\'s files, the report compares the totals with the same period last year; files of another period are refused', async () => {
    const now = [jsonFile('a.json', commune({})), jsonFile('b.json', commune({ unit: 'Tịnh Kỳ' }))];
    const lastYear = [jsonFile('a-2025.json', commune({ year: 2025 })), jsonFile('b-2025.json', commune({ unit: 'Tịnh Kỳ', year: 2025 }))];
    const progress: string[] = [];
    const r = await consolidatePicked(now, false, (t) => progress.push(t), lastYear, [], {}, rasteriseChart);
    expect(r.ok).toBe(true);
    expect(progress).toContain('Đang đọc tệp cùng kỳ năm trước 2/2: b-2025.json');
    expect(r.lines[0]).toBe('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    const xml = (await (await JSZip.loadAsync(r.report!.bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('bằng cùng kỳ năm 2025');
    const without = await consolidatePicked(now, false, () => undefined, [], [], {}, rasteriseChart);
    const plain = (await (await JSZip.loadAsync(without.report!.bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(plain).not.toContain('cùng kỳ năm 2025');

    const wrong = await consolidatePicked(now, false, () => undefined, [jsonFile('q1.json', commune({ period: 'Q1', year: 2025 }))], [], {}, rasteriseChart);
    expect(wrong.ok).toBe(false);
    expect(wrong.report).toBeNull();
    expect(wrong.lines.at(-1)).toMatch(/^Không dùng được các tệp cùng kỳ năm trước: các tệp cùng kỳ năm trước phải cùng kỳ/);
  });

  it('last year\'s files tied between two periods: compared with the same period, whatever their order, as cchc consolidate --compare', async () => {
    const now = [jsonFile('a.json', commune({})), jsonFile('b.json', commune({ unit: 'Tịnh Kỳ' }))];
    const lastYear = [jsonFile('a-2025.json', commune({ year: 2025 })), jsonFile('b-2025y.json', commune({ unit: 'Tịnh Kỳ', period: 'Y', year: 2025 }))];
    for (const order of [lastYear, [...lastYear].reverse()]) {
      const r = await consolidatePicked(now, true, () => undefined, order, [], {}, rasteriseChart);
      expect(r.ok).toBe(true);
      expect(r.lines).toContain(
        'Các tệp năm trước thuộc các kỳ 6 tháng đầu năm 2025 và Năm 2025 có số tệp bằng nhau (mỗi kỳ 1 tệp): so sánh với 6 tháng đầu năm 2025, cùng kỳ của kỳ đang tổng hợp, dù các tệp được đưa vào theo thứ tự nào.',
      );
      expect(r.lines).toContain('Đã đọc 1 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    }
  });
});

/** The report's text, a line a paragraph. */
async function reportText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

describe('the district report\'s inputs typed in the pane', () => {
  it('reads the typed fields as the report\'s options: blanks left out, Nơi nhận and the expected communes one a line', () => {
    expect(
      officeReportOptions({
        issuer: '  Sở Nội vụ tỉnh Thử ',
        superior: ' ',
        signerAuthority: 'KT. GIÁM ĐỐC',
        signerName: 'Lê Văn An',
        recipients: 'UBND tỉnh Thử\r\n\n Bộ Nội vụ ',
        assessment: 'Đoạn một.\n\nĐoạn hai.',
        tasks: '   ',
        expectedList: '# các xã\nxã Hòa Phong\n\nTịnh Kỳ\nxã Hòa Phong',
      }),
    ).toEqual({
      issuer: 'Sở Nội vụ tỉnh Thử',
      signer: { authority: 'KT. GIÁM ĐỐC', name: 'Lê Văn An' },
      recipients: ['UBND tỉnh Thử', 'Bộ Nội vụ'],
      officeText: { assessment: 'Đoạn một.\n\nĐoạn hai.' },
      expectedUnits: ['xã Hòa Phong', 'Tịnh Kỳ'],
    });
    // Nothing typed, or a list of comments only: no list, no text.
    expect(officeReportOptions({ expectedList: '# chưa có\n' })).toEqual({ officeText: {} });
  });

  it('the typed header, signer, Nơi nhận and parts IV–VI reach the report; the listed communes that sent nothing are named, a commune not listed is said', async () => {
    const files = [jsonFile('a.json', commune({})), jsonFile('b.json', commune({ unit: 'Tịnh Kỳ' }))];
    const r = await consolidatePicked(files, false, () => undefined, [], [], {
      issuer: 'Sở Nội vụ tỉnh Thử',
      superior: 'UBND tỉnh Thử',
      signerAuthority: 'KT. Giám đốc',
      signerTitle: 'Phó Giám đốc',
      signerName: 'Lê Văn An',
      recipients: 'UBND tỉnh Thử\nBộ Nội vụ',
      assessment: 'Các xã đã chủ động triển khai kế hoạch.\n\nCòn 01 xã chưa gửi số liệu.',
      tasks: '- Đôn đốc các xã gửi số liệu đúng hạn;\n- Tập huấn nghiệp vụ.',
      proposals: 'Đề nghị Bộ Nội vụ hướng dẫn biểu mẫu mới.',
      expectedList: 'xã Tịnh Kỳ\nxã Nghĩa Hà\nxã Tịnh Long',
    }, rasteriseChart);
    expect(r.ok).toBe(true);
    const unit = commune({}).meta;
    const named = `${unit.unitKind} ${unit.unit}`;
    expect(r.lines).toEqual([UI_TEXT.consolidate.notListed([named]), expect.stringContaining('Đã tổng hợp 2/4 đơn vị')]);
    const text = await reportText(r.report!.bytes);
    expect(text).toContain('UBND TỈNH THỬ\nSỞ NỘI VỤ');
    expect(text).toContain('IV. ĐÁNH GIÁ CHUNG\nCác xã đã chủ động triển khai kế hoạch.\nCòn 01 xã chưa gửi số liệu.\n');
    expect(text).toMatch(/V\. PHƯƠNG HƯỚNG[^\n]*\n[^\n]*Đôn đốc các xã gửi số liệu đúng hạn;\n[^\n]*Tập huấn nghiệp vụ\.\n/);
    expect(text).toContain('VI. KIẾN NGHỊ VÀ ĐỀ XUẤT\nĐề nghị Bộ Nội vụ hướng dẫn biểu mẫu mới.\n');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Lê Văn An');
    expect(text).toContain('Bộ Nội vụ;');
    // The two listed communes that sent nothing, by name.
    expect(text).toMatch(/Chưa tổng hợp được 02 đơn vị: [^\n]*xã Nghĩa Hà[^\n]*xã Tịnh Long/);
    expect(text).not.toContain('UBND HUYỆN');
  });
});

describe('consolidatePicked, how often each picked file is read', () => {
  it('reads a file no set can read (damaged, not JSON, another kind) once; data naming a set a later workbook carries again', async () => {
    const reads = new Map<string, number>();
    const counted = (file: PickedFile): PickedFile => ({
      name: file.name,
      arrayBuffer: async () => {
        reads.set(file.name, (reads.get(file.name) ?? 0) + 1);
        return file.arrayBuffer();
      },
    });
    const testSetData = { ...asTestSetData(commune({ unit: 'Tân Lập' }), { '1': 100, '1.1': 40, '3': 1 }), formSet: { id: TEST_SET.id, version: TEST_SET.version } };
    const book = picked('hoa.xlsx', new Uint8Array(await (await planToWorkbook(buildWorkbookPlan({ ...testSetData, meta: { ...testSetData.meta, unit: 'Hòa Phong' } }, TEST_CATALOGUE))).xlsx.writeBuffer()));
    const files = [
      picked('hong.xlsx', new TextEncoder().encode('PK\u0003\u0004 hỏng')),
      picked('hong.json', new TextEncoder().encode('{ không phải JSON')),
      picked('ghi-chu.txt', new TextEncoder().encode('x')),
      jsonFile('tan.json', testSetData),
      book,
      jsonFile('lam.json', commune({ unit: 'Phú Lâm' })),
    ].map(counted);
    const r = await consolidatePicked(files, true, () => undefined, [], [], {}, rasteriseChart);
    expect(Object.fromEntries(reads)).toEqual({ 'hong.xlsx': 1, 'hong.json': 1, 'tan.json': 2, 'hoa.xlsx': 1, 'lam.json': 1 });
    expect(r.ok).toBe(true);
    expect(r.lines.filter((l) => l.startsWith('Từ chối ')).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      'Từ chối hong.xlsx',
      'Từ chối hong.json',
      'Từ chối ghi-chu.txt',
      'Từ chối lam.json',
    ]);
  });
});
