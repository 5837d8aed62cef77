// Titles of the report's sections I–V and their sub-sections, keyed like the narrative (NarrativeKey).
import type { NarrativeKey } from '../data/types';

export const SECTION_TEXT = {
  /** Roman-numbered parts of the report body. */
  parts: {
    I: 'VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    II: 'KẾT QUẢ THỰC HIỆN',
    III: 'ĐÁNH GIÁ CHUNG',
    /** Followed by the next period in capitals: "6 THÁNG CUỐI NĂM 2026". */
    IV: 'PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM',
    V: 'KIẾN NGHỊ VÀ ĐỀ XUẤT',
  },

  /** II.2 has sub-sections a)–c) of its own and no narrative cell. */
  ii2Title: 'Cải cách thủ tục hành chính',

  /**
   * Title of each narrative section as the report prints it (without its number) and as the
   * `Thuyết minh` sheet labels its cell. "I", "IV" and "V" are whole parts: their title is the part's.
   */
  titles: {
    I: 'Phần mở đầu mục I (chung về chỉ đạo, điều hành)',
    'I.1': 'Xây dựng và thực hiện Kế hoạch CCHC',
    'I.2': 'Về cập nhật tiến độ thực hiện Kế hoạch CCHC',
    'I.3': 'Công tác kiểm tra cải cách hành chính',
    'I.4': 'Công tác thông tin, tuyên truyền CCHC',
    'I.5': 'Kết quả thực hiện nhiệm vụ được cấp trên giao',
    'II.1': 'Cải cách thể chế',
    'II.2.a': 'Kiểm soát thủ tục hành chính',
    'II.2.b': 'Công khai thủ tục hành chính',
    'II.2.c': 'Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC',
    'II.3': 'Cải cách tổ chức bộ máy',
    'II.4': 'Cải cách chế độ công vụ',
    'II.5': 'Cải cách tài chính công',
    'II.6': 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    'III.1': 'Tích cực',
    'III.2': 'Tồn tại, hạn chế, nguyên nhân',
    IV: 'Phương hướng, nhiệm vụ trọng tâm kỳ tới',
    V: 'Kiến nghị và đề xuất',
  } satisfies Readonly<Record<NarrativeKey, string>>,
} as const;
