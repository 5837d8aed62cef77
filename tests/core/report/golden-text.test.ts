// Golden texts: every generated sentence of six data sets communes often send, read as an official would.
import { buildReport } from '../../../src/core/report/build-report';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { emptyCompulsoryInputs } from '../../../src/core/rules/compulsory';
import type { ReportDocument } from '../../../src/core/report/model';
import { GOLDEN_DATA } from './golden-data';
import { withData } from './fixtures';
import type { ReportData } from '../../../src/core/data/types';

const generatedBySection = (doc: ReportDocument): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const b of doc.body) if (b.kind === 'paragraph' && b.source === 'generated' && b.section) (out[b.section] ??= []).push(b.runs.map((r) => r.text).join(''));
  return out;
};

/** Every sentence of every data set, section by section: a change of wording shows here, sentence by sentence. */
const GOLDEN: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  sample: {
    'I.1': [
      'Trong 6 tháng đầu năm, UBND xã đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).',
    ],
    'I.2': [
      'Kế hoạch cải cách hành chính năm 2026 đề ra 40 nhiệm vụ; lũy kế đến thời điểm báo cáo, UBND xã đã hoàn thành 27 nhiệm vụ, đạt 67,5% kế hoạch.',
    ],
    'I.3': [
      'UBND xã đã kiểm tra công tác cải cách hành chính tại 06 bộ phận chuyên môn, chức danh công chức; qua kiểm tra, phát hiện 04 vấn đề, xử lý xong 03 (75%).',
    ],
    'I.5': [
      'UBND xã được UBND tỉnh Quảng Ngãi giao 25 nhiệm vụ trong 6 tháng đầu năm, trong đó đã hoàn thành đúng hạn 22 nhiệm vụ, hoàn thành nhưng quá hạn 02 nhiệm vụ và còn 01 nhiệm vụ quá hạn chưa hoàn thành.',
    ],
    'II.1': [
      'Tổng số văn bản quy phạm pháp luật do địa phương ban hành trong 6 tháng đầu năm là 02 văn bản, đều do cấp xã ban hành.',
      'UBND xã đã kiểm tra 02 văn bản quy phạm pháp luật theo thẩm quyền; có 01 văn bản phải xử lý sau kiểm tra, đã xử lý xong.',
      'UBND xã đã rà soát 05 văn bản quy phạm pháp luật thuộc thẩm quyền; có 02 văn bản phải xử lý sau rà soát, xử lý xong 01 (50%).',
    ],
    'II.2.a': [
      'UBND xã tiếp nhận 03 phản ánh, kiến nghị về quy định thủ tục hành chính trong 6 tháng đầu năm, giải quyết xong cả 03.',
    ],
    'II.2.b': [
      'Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là 158 thủ tục.',
    ],
    'II.2.c': [
      'Có 04 thủ tục hành chính được thực hiện liên thông cùng cấp, 03 thủ tục được thực hiện liên thông giữa các cấp chính quyền và 47 thủ tục được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.',
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.234 hồ sơ thủ tục hành chính, trong đó 1.229 hồ sơ đúng hạn, đạt 99,6%.',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND xã đã tiếp nhận 1.310 hồ sơ, trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%).',
      'UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 120 phiếu khảo sát, kết hợp hình thức trực tuyến và phát phiếu.',
      'Lãnh đạo UBND xã đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp.',
    ],
    'II.3': [
      'UBND xã đã hoàn thành việc sắp xếp, sáp nhập, chia tách thôn; cơ cấu tổ chức và việc bố trí các bộ phận chuyên môn đã đáp ứng các tiêu chí theo quy định của Chính phủ.',
      'Tổng số biên chế công chức được giao năm 2026 là 22 người, có mặt tại thời điểm báo cáo 21 người; có 02 người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước; trong 6 tháng đầu năm đã tinh giản 01 biên chế; tỷ lệ biên chế đã tinh giản so với năm 2015 là 10,5%.',
      'Số người hoạt động không chuyên trách cấp xã được giao là 11 người, có mặt 10 người, bằng 90,9% số được giao; số người hoạt động không chuyên trách ở thôn được giao là 24 người, có mặt đủ 24 người.',
    ],
    'II.4': [
      'UBND xã có 11 chức danh công chức cấp xã, đã bố trí đủ 11 công chức theo vị trí việc làm.',
      'UBND xã đã tuyển dụng 01 công chức qua thi tuyển, xét tuyển trong 6 tháng đầu năm; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
      'Không có cán bộ, công chức nào bị kỷ luật trong 6 tháng đầu năm.',
    ],
    'II.5': [
      'Kế hoạch vốn đầu tư công năm 2026 giao cho UBND xã là 4.250 triệu đồng; lũy kế đến thời điểm báo cáo, đã giải ngân 3.187,5 triệu đồng, đạt 75% kế hoạch.',
    ],
    'II.6': [
      'UBND xã đã cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia là 96,5%; đã hoàn thành triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương.',
      'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử là 98%; UBND xã đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Có 70 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3, trong đó 68 thủ tục đang được cung cấp trực tuyến (97,1%); 41 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Cả 58 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4 đều đang được cung cấp trực tuyến; 33 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Trong số 126 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, 120 thủ tục đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia (95,2%).',
      'Trong số 46 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, 45 thủ tục đã được tích hợp, triển khai thanh toán trực tuyến (97,8%).',
    ],
  },
  allZeros: {
    'I.1': [
      'Trong 6 tháng đầu năm, UBND xã chưa ban hành văn bản chỉ đạo, điều hành riêng về công tác cải cách hành chính.',
    ],
    'I.2': [
      'Kế hoạch cải cách hành chính năm 2026 chưa đề ra nhiệm vụ cụ thể.',
    ],
    'I.3': [
      'UBND xã chưa tiến hành kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn, chức danh công chức trong 6 tháng đầu năm.',
    ],
    'I.5': [
      'UBND xã không được UBND tỉnh Quảng Ngãi giao nhiệm vụ trong 6 tháng đầu năm.',
    ],
    'II.1': [
      'Không có văn bản quy phạm pháp luật nào do địa phương ban hành trong 6 tháng đầu năm.',
      'Không phát sinh việc tự kiểm tra văn bản quy phạm pháp luật theo thẩm quyền.',
      'UBND xã chưa rà soát văn bản quy phạm pháp luật nào thuộc thẩm quyền.',
    ],
    'II.2.a': [
      'UBND xã không nhận được phản ánh, kiến nghị nào về quy định thủ tục hành chính trong 6 tháng đầu năm.',
    ],
    'II.2.b': [
      'Không có thủ tục hành chính cấp xã nào được thống kê.',
    ],
    'II.2.c': [
      'Chưa có thủ tục hành chính nào liên thông cùng cấp, liên thông giữa các cấp chính quyền hoặc tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.',
      'Trong 6 tháng đầu năm, chưa có hồ sơ thủ tục hành chính nào được giải quyết xong.',
      'UBND xã chưa tiếp nhận hồ sơ nào của các thủ tục hành chính mức độ 3 và 4.',
      'UBND xã chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức trong 6 tháng đầu năm.',
      'Lãnh đạo UBND xã chưa tổ chức đối thoại với người dân, cộng đồng doanh nghiệp trong 6 tháng đầu năm.',
    ],
    'II.3': [
      'UBND xã chưa thực hiện việc sắp xếp, sáp nhập, chia tách thôn; việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn theo tiêu chí của Chính phủ chưa được thực hiện.',
      'Năm 2026, UBND xã không được giao biên chế công chức; không có người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước; trong 6 tháng đầu năm không có biên chế nào được tinh giản; so với năm 2015, chưa tinh giản được biên chế.',
      'Không có người hoạt động không chuyên trách cấp xã được giao; không có người hoạt động không chuyên trách ở thôn được giao.',
    ],
    'II.4': [
      'UBND xã chưa xác định chức danh công chức cấp xã.',
      'UBND xã không tuyển dụng công chức trong 6 tháng đầu năm; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
      'Không có cán bộ, công chức nào bị kỷ luật trong 6 tháng đầu năm.',
    ],
    'II.5': [
      'Năm 2026, UBND xã không được giao kế hoạch vốn đầu tư công.',
    ],
    'II.6': [
      'UBND xã chưa cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; chưa gửi, nhận báo cáo định kỳ qua Hệ thống thông tin báo cáo quốc gia; chưa triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương.',
      'Chưa có văn bản nào được gửi hoàn toàn dưới dạng điện tử; UBND xã chưa vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Không có thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3.',
      'Chưa có thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4.',
      'Các thủ tục hành chính thuộc thẩm quyền giải quyết đều không có yêu cầu nghĩa vụ tài chính.',
    ],
  },
  zeroWholesEmptyParts: {
    'I.1': [
      'Trong 6 tháng đầu năm, UBND xã đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).',
    ],
    'I.2': [
      'Kế hoạch cải cách hành chính năm 2026 chưa đề ra nhiệm vụ cụ thể.',
    ],
    'I.3': [
      'UBND xã chưa tiến hành kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn, chức danh công chức trong 6 tháng đầu năm.',
    ],
    'I.5': [
      'UBND xã không được UBND tỉnh Quảng Ngãi giao nhiệm vụ trong 6 tháng đầu năm.',
    ],
    'II.1': [
      'Tổng số văn bản quy phạm pháp luật do địa phương ban hành trong 6 tháng đầu năm là 02 văn bản, đều do cấp xã ban hành.',
      'UBND xã chưa kiểm tra văn bản quy phạm pháp luật nào theo thẩm quyền.',
      'UBND xã chưa rà soát văn bản quy phạm pháp luật nào thuộc thẩm quyền.',
    ],
    'II.2.a': [
      'UBND xã không nhận được phản ánh, kiến nghị nào về quy định thủ tục hành chính trong 6 tháng đầu năm.',
    ],
    'II.2.b': [
      'Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là 158 thủ tục.',
    ],
    'II.2.c': [
      'Có 04 thủ tục hành chính được thực hiện liên thông cùng cấp, 03 thủ tục được thực hiện liên thông giữa các cấp chính quyền và 47 thủ tục được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.',
      'Trong 6 tháng đầu năm, chưa có hồ sơ thủ tục hành chính nào được giải quyết xong.',
      'UBND xã chưa tiếp nhận hồ sơ nào của các thủ tục hành chính mức độ 3 và 4.',
      'UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 120 phiếu khảo sát, kết hợp hình thức trực tuyến và phát phiếu.',
      'Lãnh đạo UBND xã đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp.',
    ],
    'II.3': [
      'UBND xã đã hoàn thành việc sắp xếp, sáp nhập, chia tách thôn; cơ cấu tổ chức và việc bố trí các bộ phận chuyên môn đã đáp ứng các tiêu chí theo quy định của Chính phủ.',
      'Tổng số biên chế công chức được giao năm 2026 là 22 người, có mặt tại thời điểm báo cáo 21 người; có 02 người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước; trong 6 tháng đầu năm đã tinh giản 01 biên chế; tỷ lệ biên chế đã tinh giản so với năm 2015 là 10,5%.',
      'Không có người hoạt động không chuyên trách cấp xã được giao; số người hoạt động không chuyên trách ở thôn được giao là 24 người, có mặt đủ 24 người.',
    ],
    'II.4': [
      'UBND xã chưa xác định chức danh công chức cấp xã.',
      'UBND xã đã tuyển dụng 01 công chức qua thi tuyển, xét tuyển trong 6 tháng đầu năm; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
      'Không có cán bộ, công chức nào bị kỷ luật trong 6 tháng đầu năm.',
    ],
    'II.5': [
      'Năm 2026, UBND xã không được giao kế hoạch vốn đầu tư công.',
    ],
    'II.6': [
      'UBND xã đã cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia là 96,5%; đã hoàn thành triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương.',
      'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử là 98%; UBND xã đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Không có thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3.',
      'Chưa có thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4.',
      'Các thủ tục hành chính thuộc thẩm quyền giải quyết đều không có yêu cầu nghĩa vụ tài chính.',
    ],
  },
  manyEmpty: {
    'I.1': [
      'Trong 6 tháng đầu năm, UBND xã đã ban hành 03 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).',
    ],
    'I.2': [
      'Lũy kế đến thời điểm báo cáo, UBND xã đã hoàn thành 05 nhiệm vụ của Kế hoạch cải cách hành chính năm 2026; chưa có số liệu về số nhiệm vụ đề ra trong kế hoạch.',
    ],
    'I.3': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 1).',
    ],
    'I.5': [
      'UBND xã được UBND tỉnh Quảng Ngãi giao 04 nhiệm vụ trong 6 tháng đầu năm, đã hoàn thành đúng hạn cả 04 nhiệm vụ.',
    ],
    'II.1': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 2).',
    ],
    'II.2.a': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 3).',
    ],
    'II.2.b': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 3).',
    ],
    'II.2.c': [
      'Chưa có thủ tục hành chính nào liên thông giữa các cấp chính quyền; chưa có số liệu về số TTHC liên thông cùng cấp và số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính.',
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 120 hồ sơ thủ tục hành chính; chưa có số liệu về số hồ sơ TTHC giải quyết đúng hạn.',
      'Chưa có số liệu về tổng số hồ sơ TTHC đã tiếp nhận và số hồ sơ TTHC đã tiếp nhận trực tuyến.',
      'UBND xã chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức trong 6 tháng đầu năm.',
      'Chưa có số liệu về việc tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp.',
    ],
    'II.3': [
      'Chưa có số liệu về tỷ lệ thực hiện sắp xếp, sáp nhập, chia tách thôn và mức độ hoàn thành việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn của UBND cấp xã.',
      'Chưa có số liệu về tổng số biên chế được giao trong năm, tổng số biên chế có mặt tại thời điểm báo cáo, số người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước, số biên chế đã tinh giản trong kỳ báo cáo và tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015.',
      'Số người hoạt động không chuyên trách cấp xã được giao là 09 người; chưa có số liệu về số người hoạt động không chuyên trách cấp xã có mặt, số người hoạt động không chuyên trách ở thôn được giao và số người hoạt động không chuyên trách ở thôn có mặt.',
    ],
    'II.4': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 5).',
    ],
    'II.5': [
      'Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 6).',
    ],
    'II.6': [
      'Chưa có số liệu về việc cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất, tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia và việc triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP).',
      'Chưa có số liệu về tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và việc vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Có 10 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3; 02 thủ tục đã phát sinh hồ sơ nộp trực tuyến; chưa có số liệu về số TTHC đang cung cấp trực tuyến mức độ 3.',
      'Chưa có số liệu về tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4, số TTHC đang cung cấp trực tuyến mức độ 4 và số TTHC đang cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ nộp trực tuyến.',
      'Chưa có số liệu về số TTHC đang cung cấp trực tuyến mức độ 3, số TTHC đang cung cấp trực tuyến mức độ 4 và số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia.',
      'Chưa có số liệu về tổng số TTHC có yêu cầu nghĩa vụ tài chính và số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên Cổng DVC của tỉnh.',
    ],
  },
  phuongYear: {
    'I.1': [
      'Trong năm, UBND phường đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).',
    ],
    'I.2': [
      'Kế hoạch cải cách hành chính năm 2026 đề ra 40 nhiệm vụ; lũy kế đến thời điểm báo cáo, UBND phường đã hoàn thành 27 nhiệm vụ, đạt 67,5% kế hoạch.',
    ],
    'I.3': [
      'UBND phường đã kiểm tra công tác cải cách hành chính tại 06 bộ phận chuyên môn, chức danh công chức; qua kiểm tra, phát hiện 04 vấn đề, xử lý xong 03 (75%).',
    ],
    'I.5': [
      'UBND phường được UBND thành phố Hải Phòng giao 12 nhiệm vụ trong năm, đã hoàn thành đúng hạn cả 12 nhiệm vụ.',
    ],
    'II.1': [
      'Tổng số văn bản quy phạm pháp luật do địa phương ban hành trong năm là 04 văn bản (cấp tỉnh 01, cấp xã 03).',
      'UBND phường đã kiểm tra 02 văn bản quy phạm pháp luật theo thẩm quyền; có 01 văn bản phải xử lý sau kiểm tra, đã xử lý xong.',
      'UBND phường đã rà soát 05 văn bản quy phạm pháp luật thuộc thẩm quyền; có 02 văn bản phải xử lý sau rà soát, xử lý xong 01 (50%).',
    ],
    'II.2.a': [
      'UBND phường tiếp nhận 03 phản ánh, kiến nghị về quy định thủ tục hành chính trong năm, giải quyết xong cả 03.',
    ],
    'II.2.b': [
      'Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là 158 thủ tục.',
    ],
    'II.2.c': [
      'Có 04 thủ tục hành chính được thực hiện liên thông cùng cấp, 03 thủ tục được thực hiện liên thông giữa các cấp chính quyền và 47 thủ tục được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.',
      'Trong năm, UBND phường đã giải quyết xong 1.234 hồ sơ thủ tục hành chính, trong đó 1.229 hồ sơ đúng hạn, đạt 99,6%.',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND phường đã tiếp nhận 1.310 hồ sơ, trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%).',
      'UBND phường đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 120 phiếu khảo sát, kết hợp hình thức trực tuyến và phát phiếu.',
      'Lãnh đạo UBND phường đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp.',
    ],
    'II.3': [
      'Việc sắp xếp, sáp nhập, chia tách tổ dân phố đã thực hiện được 80%; cơ cấu tổ chức và việc bố trí các bộ phận chuyên môn đã đáp ứng các tiêu chí theo quy định của Chính phủ.',
      'Tổng số biên chế công chức được giao năm 2026 là 22 người, có mặt tại thời điểm báo cáo 21 người; có 02 người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước; trong năm đã tinh giản 01 biên chế; tỷ lệ biên chế đã tinh giản so với năm 2015 là 10,5%.',
      'Số người hoạt động không chuyên trách cấp xã được giao là 11 người, có mặt 10 người, bằng 90,9% số được giao; số người hoạt động không chuyên trách ở tổ dân phố được giao là 30 người, có mặt 27 người, bằng 90% số được giao.',
    ],
    'II.4': [
      'UBND phường có 11 chức danh công chức cấp xã, đã bố trí đủ 11 công chức theo vị trí việc làm.',
      'UBND phường đã tuyển dụng 01 công chức qua thi tuyển, xét tuyển trong năm; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
      'Không có cán bộ, công chức nào bị kỷ luật trong năm.',
    ],
    'II.5': [
      'Kế hoạch vốn đầu tư công năm 2026 giao cho UBND phường là 4.250 triệu đồng; lũy kế đến thời điểm báo cáo, đã giải ngân 3.187,5 triệu đồng, đạt 75% kế hoạch.',
    ],
    'II.6': [
      'UBND phường đã cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia là 96,5%; đã hoàn thành triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương.',
      'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử là 98%; UBND phường đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Có 70 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3, trong đó 68 thủ tục đang được cung cấp trực tuyến (97,1%); 41 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Cả 58 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4 đều đang được cung cấp trực tuyến; 33 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Trong số 126 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, 120 thủ tục đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia (95,2%).',
      'Trong số 46 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, 45 thủ tục đã được tích hợp, triển khai thanh toán trực tuyến (97,8%).',
    ],
  },
  thiTranQ1: {
    'I.1': [
      'Trong quý I, UBND thị trấn đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).',
    ],
    'I.2': [
      'Kế hoạch cải cách hành chính năm 2024 đề ra 40 nhiệm vụ; lũy kế đến thời điểm báo cáo, UBND thị trấn đã hoàn thành 27 nhiệm vụ, đạt 67,5% kế hoạch.',
    ],
    'I.3': [
      'UBND thị trấn đã kiểm tra công tác cải cách hành chính tại 06 bộ phận chuyên môn, chức danh công chức; qua kiểm tra, phát hiện 04 vấn đề, xử lý xong 03 (75%).',
    ],
    'I.5': [
      'UBND thị trấn được UBND huyện Bình Giang giao 05 nhiệm vụ trong quý I, trong đó đã hoàn thành đúng hạn 03 nhiệm vụ và còn 02 nhiệm vụ đang trong thời hạn thực hiện.',
    ],
    'II.1': [
      'Tổng số văn bản quy phạm pháp luật do địa phương ban hành trong quý I là 02 văn bản, đều do cấp xã ban hành.',
      'UBND thị trấn đã kiểm tra 02 văn bản quy phạm pháp luật theo thẩm quyền; có 01 văn bản phải xử lý sau kiểm tra, đã xử lý xong.',
      'UBND thị trấn đã rà soát 05 văn bản quy phạm pháp luật thuộc thẩm quyền; có 02 văn bản phải xử lý sau rà soát, xử lý xong 01 (50%).',
    ],
    'II.2.a': [
      'UBND thị trấn tiếp nhận 03 phản ánh, kiến nghị về quy định thủ tục hành chính trong quý I, giải quyết xong cả 03.',
    ],
    'II.2.b': [
      'Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là 158 thủ tục.',
    ],
    'II.2.c': [
      'Có 04 thủ tục hành chính được thực hiện liên thông cùng cấp, 03 thủ tục được thực hiện liên thông giữa các cấp chính quyền và 47 thủ tục được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.',
      'Trong quý I, UBND thị trấn đã giải quyết xong 1.234 hồ sơ thủ tục hành chính, trong đó 1.229 hồ sơ đúng hạn, đạt 99,6%.',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND thị trấn đã tiếp nhận 1.310 hồ sơ, trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%).',
      'UBND thị trấn đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 120 phiếu khảo sát, kết hợp hình thức trực tuyến và phát phiếu.',
      'Lãnh đạo UBND thị trấn đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp.',
    ],
    'II.3': [
      'UBND thị trấn đã hoàn thành việc sắp xếp, sáp nhập, chia tách tổ dân phố; cơ cấu tổ chức và việc bố trí các bộ phận chuyên môn đã đáp ứng các tiêu chí theo quy định của Chính phủ.',
      'Tổng số biên chế công chức được giao năm 2024 là 22 người, có mặt tại thời điểm báo cáo 21 người; có 02 người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước; trong quý I đã tinh giản 01 biên chế; tỷ lệ biên chế đã tinh giản so với năm 2015 là 10,5%.',
      'Số người hoạt động không chuyên trách cấp xã được giao là 11 người, có mặt 10 người, bằng 90,9% số được giao; số người hoạt động không chuyên trách ở tổ dân phố được giao là 08 người, chưa có người nào có mặt.',
    ],
    'II.4': [
      'UBND thị trấn có 11 chức danh công chức cấp xã, đã bố trí đủ 11 công chức theo vị trí việc làm.',
      'UBND thị trấn đã tuyển dụng 01 công chức theo trường hợp đặc biệt trong quý I; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
      'Có 01 lãnh đạo cấp xã bị kỷ luật trong quý I.',
    ],
    'II.5': [
      'Kế hoạch vốn đầu tư công năm 2024 giao cho UBND thị trấn là 4.250 triệu đồng; lũy kế đến thời điểm báo cáo, đã giải ngân 3.187,5 triệu đồng, đạt 75% kế hoạch.',
    ],
    'II.6': [
      'UBND thị trấn đã cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia là 96,5%; đã hoàn thành triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương.',
      'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử là 98%; UBND thị trấn đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh.',
      'Có 70 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3, trong đó 68 thủ tục đang được cung cấp trực tuyến (97,1%); 41 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Cả 58 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4 đều đang được cung cấp trực tuyến; 33 thủ tục đã phát sinh hồ sơ nộp trực tuyến.',
      'Trong số 126 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, 120 thủ tục đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia (95,2%).',
      'Trong số 46 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, 45 thủ tục đã được tích hợp, triển khai thanh toán trực tuyến (97,8%).',
    ],
  },
};

/** A data set with empty compulsory inputs gets only a draft, which says "chưa có số liệu" (the final report is refused: final-report.test.ts). */
const reportOf = (data: ReportData): ReportDocument => buildReport(data, { draft: emptyCompulsoryInputs(data.forms, BUILTIN_CATALOGUE).length > 0 });
const docs = Object.fromEntries(Object.entries(GOLDEN_DATA).map(([name, make]) => [name, reportOf(make())]));
const allGenerated = (name: string): string[] => Object.values(generatedBySection(docs[name] as ReportDocument)).flat();

describe.each(Object.keys(GOLDEN))('golden text: %s', (name) => {
  const sections = generatedBySection(docs[name] as ReportDocument);
  it.each(Object.entries(GOLDEN[name] ?? {}))('%s', (section, expected) => {
    expect(sections[section]).toEqual(expected);
  });

  it('has no section the golden text does not list', () => {
    expect(Object.keys(sections)).toEqual(Object.keys(GOLDEN[name] ?? {}));
    expect(Object.keys(GOLDEN).sort()).toEqual(Object.keys(GOLDEN_DATA).sort());
  });

  const text = allGenerated(name).join('\n');
  /** The phrases the issue quotes (and their kin), none of which may come back. */
  it.each([
    ['"0 <unit>" stated as a fact', /(^|[^\d,.])0 (nhiệm vụ|công chức|văn bản|thủ tục|triệu đồng|người|hồ sơ|vấn đề|phản ánh|phiếu|chức danh|biên chế|lãnh đạo)/u],
    ['a level with 0 documents', /cấp (tỉnh|huyện|xã) 0(?!\d)/u],
    ['"Đã kiểm tra 0" / "Có 0" / "Trong 0"', /(kiểm tra|Có|Trong|trong) 0\b/u],
    ['tasks done when none was assigned', /không được [^.;]* giao nhiệm vụ, đã/u],
    ['an inspection finding after "not inspected"', /chưa tiến hành kiểm tra[^.]*qua kiểm tra/u],
    ['a plan without tasks followed by its ratio or done tasks', /chưa đề ra nhiệm vụ[^.]*(chưa tính được|lũy kế)/u],
    ['a label followed by its value or "chưa có số liệu"', /: (chưa có số liệu|\d)/u],
    ['a repeated "đã" in one clause', /đã phát hiện [^.;]*, đã xử lý/u],
    ['staff present read as an achievement', /có mặt[^;.]*đạt/u],
    ['contracts counted as people', /số hợp đồng lao động/u],
    ['"Trong 126 thủ tục" for "Trong số"', /Trong \d[\d.]* thủ tục/u],
    ['the 6.7 base wider than the row', /tổng số hồ sơ thủ tục hành chính đã tiếp nhận là/u],
    ['the commune building the province platform', /xây dựng nền tảng/u],
    ['"Trong kỳ," when the period is known', /Trong kỳ,|trong kỳ,/u],
  ])('never says %s', (_what, pattern) => {
    expect(text).not.toMatch(pattern);
  });
});

describe('words from the data: kind, level and period', () => {
  it('a phường has tổ dân phố, never thôn, and its year report says "trong năm"', () => {
    const text = allGenerated('phuongYear').join(' ');
    expect(text).not.toMatch(/(^|[^\p{L}])thôn([^\p{L}]|$)/u);
    expect(text).toContain('tổ dân phố');
    expect(text).toContain('Trong năm, UBND phường');
    expect(text).not.toMatch(/quý|6 tháng/u);
  });

  it('a thị trấn Q1 report says "trong quý I" and its villages are tổ dân phố', () => {
    const text = allGenerated('thiTranQ1').join(' ');
    expect(text).toContain('Trong quý I, UBND thị trấn');
    expect(text).not.toMatch(/(^|[^\p{L}])thôn([^\p{L}]|$)|6 tháng đầu năm/u);
    expect(text).toContain('tổ dân phố');
  });

  it("names the superior body's level in Biểu mẫu 1 row 4 of the appendix", () => {
    const label = (name: string): string | undefined => docs[name]?.appendix.tables[0]?.rows.find((r) => r.key === '4')?.cells[1];
    expect(label('sample')).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(label('phuongYear')).toBe('Thực hiện nhiệm vụ của UBND thành phố, Chủ tịch UBND thành phố giao');
    expect(label('thiTranQ1')).toBe('Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao');
  });

  it('varies its openings: the period opens a few sentences, "đạt" is kept for what is achieved', () => {
    const text = allGenerated('sample');
    expect(text.filter((t) => t.startsWith('Trong 6 tháng đầu năm,')).length).toBeLessThanOrEqual(4);
    expect(text.join(' ').match(/đạt/gu)?.length).toBeLessThanOrEqual(3);
  });
});

describe('comparison with the same period last year (golden)', () => {
  type PrevForms = NonNullable<ReportData['previous']>['forms'];
  /** The sample (H1 2026), with some values replaced, compared with H1 2025 holding `before`. */
  const compared = (before: PrevForms, now: Parameters<typeof withData>[0]['forms'] = {}): Record<string, string[]> =>
    generatedBySection(buildReport({ ...withData({ forms: now }), previous: { period: 'H1', year: 2025, forms: before } }));

  it('increases: counts in per cent, ratios in percentage points, each in its own sentence', () => {
    const s = compared({ '3': { '3.3.1': 1100, '3.3.2': 1078 }, '7': { '6.7.1': 1200, '6.7.2': 1000 }, '6': { '1': 4000, '2': 2800 } });
    expect(s['II.2.c']?.slice(1, 3)).toEqual([
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.234 hồ sơ thủ tục hành chính (tăng 12,2% so với cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6% (tăng 1,6 điểm phần trăm so với cùng kỳ năm 2025).',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND xã đã tiếp nhận 1.310 hồ sơ (tăng 9,2% so với cùng kỳ năm 2025), trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%, tăng 7,3 điểm phần trăm so với cùng kỳ năm 2025).',
    ]);
    expect(s['II.5']).toEqual([
      'Kế hoạch vốn đầu tư công năm 2026 giao cho UBND xã là 4.250 triệu đồng; lũy kế đến thời điểm báo cáo, đã giải ngân 3.187,5 triệu đồng, đạt 75% kế hoạch (tăng 5 điểm phần trăm so với cùng kỳ năm 2025).',
    ]);
  });

  it('decreases', () => {
    const s = compared({ '3': { '3.3.1': 1500, '3.3.2': 1500 }, '7': { '6.7.1': 1400, '6.7.2': 1350 }, '6': { '1': 4000, '2': 3200 } });
    expect(s['II.2.c']?.slice(1, 3)).toEqual([
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.234 hồ sơ thủ tục hành chính (giảm 17,7% so với cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6% (giảm 0,4 điểm phần trăm so với cùng kỳ năm 2025).',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND xã đã tiếp nhận 1.310 hồ sơ (giảm 6,4% so với cùng kỳ năm 2025), trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%, giảm 5,8 điểm phần trăm so với cùng kỳ năm 2025).',
    ]);
    expect(s['II.5']?.[0]).toContain('đạt 75% kế hoạch (giảm 5 điểm phần trăm so với cùng kỳ năm 2025).');
  });

  it('no change: "bằng cùng kỳ", for a count and for a ratio; an all-on-time sentence names the rate it compares', () => {
    const s = compared({ '3': { '3.3.1': 1234, '3.3.2': 1229 }, '7': { '6.7.1': 1310, '6.7.2': 1187 }, '6': { '1': 4000, '2': 3000 } });
    expect(s['II.2.c']?.slice(1, 3)).toEqual([
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.234 hồ sơ thủ tục hành chính (bằng cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6% (bằng cùng kỳ năm 2025).',
      'Đối với các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ, UBND xã đã tiếp nhận 1.310 hồ sơ (bằng cùng kỳ năm 2025), trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%, bằng cùng kỳ năm 2025).',
    ]);
    expect(s['II.5']?.[0]).toContain('đạt 75% kế hoạch (bằng cùng kỳ năm 2025).');
    const all = compared({ '3': { '3.3.1': 1000, '3.3.2': 980 } }, { '3': { '3.3.1': 1000, '3.3.2': 1000 } });
    expect(all['II.2.c']?.[1]).toBe(
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.000 hồ sơ thủ tục hành chính (bằng cùng kỳ năm 2025), tất cả đều đúng hạn (tỷ lệ đúng hạn tăng 2 điểm phần trăm so với cùng kỳ năm 2025).',
    );
  });

  it('a base of 0: no comparison clause at all (never "tăng …%" against nothing)', () => {
    const s = compared({ '3': { '3.3.1': 0, '3.3.2': 0 }, '7': { '6.7.1': 0, '6.7.2': 0 }, '6': { '1': 0, '2': 0 } });
    const plain = generatedBySection(buildReport(withData({})));
    expect(s['II.2.c']).toEqual(plain['II.2.c']);
    expect(s['II.5']).toEqual(plain['II.5']);
    expect(Object.values(s).flat().join(' ')).not.toContain('cùng kỳ');
  });

  it('a base left empty (or no previous block): no comparison clause at all', () => {
    const plain = generatedBySection(buildReport(withData({})));
    const empty = compared({ '3': { '3.3.1': null, '3.3.2': null }, '7': {}, '6': { '1': null, '2': null } });
    expect(empty).toEqual(plain);
    expect(compared({})).toEqual(plain);
    // Only the ratio's part missing last year: the count is still compared, the rate is not.
    const partial = compared({ '3': { '3.3.1': 1100 } });
    expect(partial['II.2.c']?.[1]).toBe(
      'Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 1.234 hồ sơ thủ tục hành chính (tăng 12,2% so với cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6%.',
    );
  });

  it('compares only the rows DOMAIN.md lists: other sentences stay as they are', () => {
    const s = compared({ '1': { '1': 3, '2.1': 20, '2.2': 10 }, '4': { '2.1': 10, '2.2': 9 }, '3': { '3.3.1': 1100 } });
    const plain = generatedBySection(buildReport(withData({})));
    for (const section of Object.keys(plain).filter((k) => k !== 'II.2.c')) expect(s[section]).toEqual(plain[section]);
  });
});
