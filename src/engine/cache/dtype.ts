/** How many bytes an element of a cache takes, exactly (quantized types are not whole bytes). */
export interface ElementType {
  name: string
  /** For display; the exact arithmetic is vectorBytes. */
  bytesPerElement: number
  /** Bytes to store one vector of `dim` elements (one head's key or value for one token). */
  vectorBytes(dim: number): bigint
}

export const KV_DTYPES = [
  'auto',
  'float32',
  'float16',
  'bfloat16',
  'fp8',
  'mlx-q8',
  'mlx-q4'
] as const
export type KvDtypeOption = (typeof KV_DTYPES)[number]

export const MLX_GROUP_SIZE = 64

function plain(name: string, bytes: number): ElementType {
  const b = BigInt(bytes)
  return { name, bytesPerElement: bytes, vectorBytes: (dim) => BigInt(dim) * b }
}

/**
 * mlx-lm's QuantizedKVCache: packed `bits`-bit values plus, per group of 64 elements, one scale
 * and one bias in the 2-byte activation dtype (mlx_lm/models/cache.py).
 */
function mlxQuantized(bits: 8 | 4): ElementType {
  return {
    name: `mlx-q${bits}`,
    bytesPerElement: bits / 8 + 4 / MLX_GROUP_SIZE,
    vectorBytes: (dim) =>
      (BigInt(dim) * BigInt(bits)) / 8n + 4n * BigInt(Math.ceil(dim / MLX_GROUP_SIZE))
  }
}

const BY_NAME: Record<string, ElementType> = {
  float32: plain('float32', 4),
  float16: plain('float16', 2),
  bfloat16: plain('bfloat16', 2),
  fp8: plain('fp8', 1),
  'mlx-q8': mlxQuantized(8),
  'mlx-q4': mlxQuantized(4)
}

export function kvElementType(option: Exclude<KvDtypeOption, 'auto'>): ElementType {
  return BY_NAME[option]
}

/** The dtype names torch and transformers write into `torch_dtype` / `dtype`. */
const CONFIG_DTYPES: Record<string, ElementType> = {
  float32: BY_NAME.float32,
  fp32: BY_NAME.float32,
  float: BY_NAME.float32,
  float16: BY_NAME.float16,
  fp16: BY_NAME.float16,
  half: BY_NAME.float16,
  bfloat16: BY_NAME.bfloat16,
  bf16: BY_NAME.bfloat16,
  float64: plain('float64', 8),
  double: plain('float64', 8),
  float8_e4m3fn: BY_NAME.fp8,
  float8_e5m2: BY_NAME.fp8,
  fp8: BY_NAME.fp8
}

export function configElementType(name: string): ElementType | undefined {
  return CONFIG_DTYPES[
    name
      .trim()
      .toLowerCase()
      .replace(/^torch\./, '')
  ]
}

/** What transformers loads when a config names no dtype. */
export const DEFAULT_MODEL_DTYPE = BY_NAME.float32

/** The element type a report names (an override or a config dtype), for re-deriving per-layer bytes. */
export function elementTypeNamed(name: string): ElementType | undefined {
  return BY_NAME[name] ?? configElementType(name)
}
