// Packs the report request into a URL fragment and back: JSON, deflated where the browser can, base64url. Fragments never reach a server.

export interface ReportRequest {
  readonly data: unknown;
  readonly draft: boolean;
  /** The form set the data follows when it is not the built-in one (checked again by the report page). */
  readonly set?: unknown;
}

const DEFLATED = 'z';
const PLAIN = 'j';

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const canDeflate = (): boolean => typeof CompressionStream !== 'undefined' && typeof DecompressionStream !== 'undefined';

/** "z.<base64url of deflate-raw JSON>" (or "j.<base64url JSON>" where CompressionStream is missing). */
export async function encodeFragment(request: ReportRequest): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(request));
  if (canDeflate()) return `${DEFLATED}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
  return `${PLAIN}.${toBase64Url(json)}`;
}

/** The request back from a fragment (with or without its "#"); throws on anything else. */
export async function decodeFragment(fragment: string): Promise<ReportRequest> {
  const text = fragment.replace(/^#/, '');
  const dot = text.indexOf('.');
  const kind = text.slice(0, dot);
  const body = fromBase64Url(text.slice(dot + 1));
  let json: Uint8Array;
  if (kind === DEFLATED) json = await pipe(body, new DecompressionStream('deflate-raw'));
  else if (kind === PLAIN) json = body;
  else throw new Error('fragment');
  const parsed = JSON.parse(new TextDecoder().decode(json)) as Partial<ReportRequest>;
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) throw new Error('fragment');
  return { data: parsed.data, draft: parsed.draft === true, ...(parsed.set !== undefined ? { set: parsed.set } : {}) };
}
