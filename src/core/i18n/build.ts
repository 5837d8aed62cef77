// Vietnamese texts of the add-in's build (webpack.config.js: `npm run build`, `npm run dev-server`), read by whoever builds and deploys the pane (a district's IT staff).

export const BUILD_TEXT = {
  /** The production URL (`ADDIN_URL`, `--env url=`) is not https: the build stops. */
  urlNotHttps: (url: string): string => `Địa chỉ của phần bổ trợ (ADDIN_URL) phải bắt đầu bằng https://: ${url}`,
  /** No ADDIN_URL: the manifest keeps the development address, which serves for sideloading on this machine only. */
  devUrl: (url: string): string =>
    `dist/manifest.xml trỏ tới ${url} (chưa đặt ADDIN_URL): dùng được khi nạp thử phần bổ trợ trên máy này, không dùng để triển khai (ADDIN_URL=https://…/ npm run build).`,
  /** The province's sets shipped with the add-in (ADDIN_FORMS), each "file → its copy in the bundle". */
  shippedForms: (files: readonly string[]): string => `Bộ biểu mẫu đóng gói kèm phần bổ trợ (ADDIN_FORMS): ${files.join(', ')}`,
  shippedForm: (file: string, out: string): string => `${file} → ${out}`,

  /** `npm run dev-server`'s https certificates (src/hosts/pane/dev-https.cjs). */
  devServer: {
    /** Neither trusted nor generated certificates could be had: the dev server does not start. */
    noCertificate: (dir: string, reason: string): string => `Không tạo được chứng chỉ localhost trong ${dir} (${reason})`,
    /** The generated certificates serve, untrusted; how to trust the CA by hand. */
    untrusted: (reason: string, cert: string, trust: string): string =>
      `Chứng chỉ https://localhost chưa được tin cậy tự động (${reason}); máy chủ vẫn chạy với ${cert} — để Office mở được bảng điều khiển, tin cậy CA: ${trust}`,
    /** A command that needs root (Linux's certificate store). */
    asRoot: (command: string): string => `${command} (với quyền root)`,
  },
};
