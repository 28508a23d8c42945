#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(790);

// `cachespec scan … | head` closes the pipe early; that ends the output, not in a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE, USAGE

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/engine/cache/dtype.ts
const KV_DTYPES = [
    'auto',
    'float32',
    'float16',
    'bfloat16',
    'fp8',
    'mlx-q8',
    'mlx-q4'
];
const MLX_GROUP_SIZE = 64;
function plain(name, bytes) {
    const b = BigInt(bytes);
    return { name, bytesPerElement: bytes, vectorBytes: (dim) => BigInt(dim) * b };
}
/**
 * mlx-lm's QuantizedKVCache: packed `bits`-bit values plus, per group of 64 elements, one scale
 * and one bias in the 2-byte activation dtype (mlx_lm/models/cache.py).
 */
function mlxQuantized(bits) {
    return {
        name: `mlx-q${bits}`,
        bytesPerElement: bits / 8 + 4 / MLX_GROUP_SIZE,
        vectorBytes: (dim) => (BigInt(dim) * BigInt(bits)) / 8n + 4n * BigInt(Math.ceil(dim / MLX_GROUP_SIZE))
    };
}
const BY_NAME = {
    float32: plain('float32', 4),
    float16: plain('float16', 2),
    bfloat16: plain('bfloat16', 2),
    fp8: plain('fp8', 1),
    'mlx-q8': mlxQuantized(8),
    'mlx-q4': mlxQuantized(4)
};
function kvElementType(option) {
    return BY_NAME[option];
}
/** The dtype names torch and transformers write into `torch_dtype` / `dtype`. */
const CONFIG_DTYPES = {
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
};
function configElementType(name) {
    return CONFIG_DTYPES[name
        .trim()
        .toLowerCase()
        .replace(/^torch\./, '')];
}
/** What transformers loads when a config names no dtype. */
const DEFAULT_MODEL_DTYPE = BY_NAME.float32;
/** The element type a report names (an override or a config dtype), for re-deriving per-layer bytes. */
function elementTypeNamed(name) {
    return BY_NAME[name] ?? configElementType(name);
}

;// CONCATENATED MODULE: ./src/engine/cache/kinds.ts
const LAYER_KINDS = [
    'full',
    'sliding',
    'chunked',
    'mla',
    'linear',
    'ssm',
    'conv',
    'hybrid',
    'shared',
    'none'
];
const min = (a, b) => (a < b ? a : b);
/** K and V for every KV head. */
const keysAndValues = (layer, dtype) => BigInt(layer.kvHeads) * 2n * dtype.vectorBytes(layer.headDim);
const NO_CACHE = { bytesPerToken: () => 0n, tokensHeld: () => 0n };
const CACHE_KINDS = {
    full: { bytesPerToken: keysAndValues, tokensHeld: (_, L) => L },
    sliding: { bytesPerToken: keysAndValues, tokensHeld: (l, L) => min(L, BigInt(l.window ?? 0)) },
    chunked: { bytesPerToken: keysAndValues, tokensHeld: (l, L) => min(L, BigInt(l.window ?? 0)) },
    // One latent per token, no K/V pair: (kv_lora_rank + qk_rope_head_dim) elements.
    mla: { bytesPerToken: (l, d) => d.vectorBytes(l.headDim), tokensHeld: (_, L) => L },
    hybrid: { bytesPerToken: keysAndValues, tokensHeld: (_, L) => L },
    linear: NO_CACHE,
    ssm: NO_CACHE,
    conv: NO_CACHE,
    shared: NO_CACHE,
    none: NO_CACHE
};
/** Layers that keep a constant recurrent state (every such layer of a model has the same shape). */
function keepsState(kind) {
    return kind === 'linear' || kind === 'ssm' || kind === 'conv' || kind === 'hybrid';
}
function stateBytes(state) {
    let total = 0n;
    for (const t of state)
        total += BigInt(t.elements) * BigInt(t.dtype.bytesPerElement);
    return total;
}
function ownsKvCache(kind) {
    return (kind === 'full' ||
        kind === 'sliding' ||
        kind === 'chunked' ||
        kind === 'mla' ||
        kind === 'hybrid');
}

;// CONCATENATED MODULE: ./src/engine/cache/memory.ts

/**
 * Exact integer arithmetic: full and MLA layers hold L tokens, sliding layers min(L, W), chunked
 * layers min(L, C); recurrent layers add a constant state. Everything is multiplied by the batch.
 * Layers that cost the same are counted together, so the work does not grow with the depth.
 */
function computeMemory(layers, state, kvType, contexts, batch) {
    // Real models have a handful of distinct layer shapes; a short list beats keyed lookups.
    const groups = [];
    let stateLayers = 0n;
    for (const layer of layers) {
        if (keepsState(layer.kind))
            stateLayers++;
        const group = groups.find((g) => g.layer.kind === layer.kind &&
            g.layer.window === layer.window &&
            g.layer.kvHeads === layer.kvHeads &&
            g.layer.headDim === layer.headDim);
        if (group)
            group.count++;
        else
            groups.push({
                layer,
                count: 1n,
                perToken: CACHE_KINDS[layer.kind].bytesPerToken(layer, kvType)
            });
    }
    let kvBytesPerToken = 0n;
    for (const g of groups)
        kvBytesPerToken += g.perToken * g.count;
    const perSequenceState = stateBytes(state) * stateLayers;
    const b = BigInt(batch);
    const at = new Map();
    for (const context of contexts) {
        const L = BigInt(context);
        let kv = 0n;
        for (const g of groups.values())
            kv += g.perToken * g.count * CACHE_KINDS[g.layer.kind].tokensHeld(g.layer, L);
        at.set(context, { kv: kv * b, state: perSequenceState * b, total: (kv + perSequenceState) * b });
    }
    return { kvBytesPerToken, stateBytes: perSequenceState, at };
}

;// CONCATENATED MODULE: ./src/engine/findings.ts
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function worstSeverity(findings) {
    let worst = null;
    for (const f of findings) {
        if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst])
            worst = f.severity;
    }
    return worst;
}
function bySeverity(a, b) {
    return (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.line - b.line || a.column - b.column);
}
/**
 * A value from the config, shortened for a message: keys, type names and number literals can be
 * arbitrarily long in a hostile file, and a finding must stay a readable line.
 */
function clipText(value, max = 100) {
    if (value.length <= max)
        return value;
    let end = max - 1;
    const last = value.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${value.slice(0, end)}…`;
}

;// CONCATENATED MODULE: ./src/engine/parse/json.ts

const MAX_DEPTH = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
class SyntaxFault extends Error {
    offset;
    code;
    constructor(message, offset, code = 'invalid-json') {
        super(message);
        this.offset = offset;
        this.code = code;
    }
}
function escapePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function parseJson(text) {
    return new Parser(text).run();
}
class Parser {
    text;
    pos;
    findings = [];
    stack = [];
    constructor(text) {
        this.text = text;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    run() {
        try {
            return { root: this.parseDocument(), findings: this.findings };
        }
        catch (e) {
            if (!(e instanceof SyntaxFault))
                throw e;
            this.findings.push({
                severity: 'error',
                code: e.code,
                message: e.message,
                pointer: this.currentPointer(),
                offset: Math.min(e.offset, this.text.length)
            });
            return { root: null, findings: this.findings };
        }
    }
    currentPointer() {
        const top = this.stack[this.stack.length - 1];
        if (!top)
            return '';
        if (top.node.type === 'array')
            return `${pointerOf(top)}/${top.node.items.length}`;
        return top.keyOffset === -1
            ? pointerOf(top)
            : `${pointerOf(top)}/${escapePointerToken(top.key)}`;
    }
    /** The token a value being parsed now will have in its container. */
    currentToken() {
        const top = this.stack[this.stack.length - 1];
        if (!top)
            return '';
        return top.node.type === 'array' ? String(top.node.items.length) : escapePointerToken(top.key);
    }
    parseDocument() {
        this.skipSpace();
        if (this.pos >= this.text.length)
            throw new SyntaxFault('The file is empty.', this.pos);
        const first = this.parseValueOrOpen();
        const root = first ?? this.stack[0].node;
        while (this.stack.length > 0)
            this.step(this.stack[this.stack.length - 1]);
        this.skipSpace();
        if (this.pos < this.text.length) {
            throw new SyntaxFault(`Unexpected ${this.describe(this.pos)} after the end of the JSON value.`, this.pos);
        }
        return root;
    }
    step(frame) {
        this.skipSpace();
        const isObject = frame.node.type === 'object';
        const close = isObject ? 0x7d /* } */ : 0x5d; /* ] */
        const c = this.text.charCodeAt(this.pos);
        if (frame.state === 'afterValue') {
            if (c === 0x2c /* , */) {
                frame.state = 'afterComma';
                frame.commaOffset = this.pos++;
                return;
            }
            if (c === close)
                return this.close();
            throw new SyntaxFault(`Expected "," or "${isObject ? '}' : ']'}" but found ${this.describe(this.pos)}.`, this.pos);
        }
        if (c === close) {
            if (frame.state === 'afterComma') {
                throw new SyntaxFault('Trailing comma before the closing bracket.', frame.commaOffset);
            }
            return this.close();
        }
        if (isObject) {
            if (c !== 0x22 /* " */) {
                throw new SyntaxFault(`Expected a property name in double quotes but found ${this.describe(this.pos)}.`, this.pos);
            }
            frame.keyOffset = this.pos;
            frame.key = this.parseString();
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== 0x3a /* : */) {
                throw new SyntaxFault(`Expected ":" after the property name but found ${this.describe(this.pos)}.`, this.pos);
            }
            this.pos++;
        }
        const value = this.parseValueOrOpen();
        if (value !== null)
            this.attach(frame, value);
    }
    close() {
        this.pos++;
        const node = this.stack.pop().node;
        const parent = this.stack[this.stack.length - 1];
        if (parent)
            this.attach(parent, node);
    }
    /** Returns a scalar, or opens a container (pushes a frame) and returns null. */
    parseValueOrOpen() {
        this.skipSpace();
        const c = this.text.charCodeAt(this.pos);
        const offset = this.pos;
        if (c !== 0x7b /* { */ && c !== 0x5b /* [ */)
            return this.parseScalar();
        if (this.stack.length >= MAX_DEPTH) {
            throw new SyntaxFault(`Nesting deeper than ${MAX_DEPTH} levels; no model config is shaped like this.`, offset, 'too-deep');
        }
        const parent = this.stack[this.stack.length - 1] ?? null;
        const token = this.currentToken();
        this.pos++;
        const node = c === 0x7b
            ? { type: 'object', offset, members: new Map() }
            : { type: 'array', offset, items: [] };
        this.stack.push({
            node,
            parent,
            token,
            state: 'start',
            key: '',
            keyOffset: -1,
            commaOffset: -1
        });
        return null;
    }
    attach(frame, value) {
        frame.state = 'afterValue';
        if (frame.node.type === 'array') {
            frame.node.items.push(value);
            return;
        }
        const key = frame.key;
        const keyOffset = frame.keyOffset;
        frame.keyOffset = -1;
        const members = frame.node.members;
        if (FORBIDDEN_KEYS.has(key)) {
            this.findings.push({
                severity: 'error',
                code: 'forbidden-key',
                message: `The key "${clipText(key)}" has no place in a model config (it is a prototype-pollution vector) and was ignored.`,
                pointer: `${pointerOf(frame)}/${escapePointerToken(key)}`,
                offset: keyOffset
            });
            return;
        }
        if (members.has(key)) {
            this.findings.push({
                severity: 'warning',
                code: 'duplicate-key',
                message: `"${clipText(key)}" appears more than once in this object. Python's json module, and so transformers, keep the last value, which is the one used here; a reviewer of the diff may see the first.`,
                pointer: `${pointerOf(frame)}/${escapePointerToken(key)}`,
                offset: keyOffset
            });
            members.delete(key);
        }
        members.set(key, { keyOffset, value });
    }
    parseScalar() {
        const offset = this.pos;
        const c = this.text.charCodeAt(this.pos);
        if (c === 0x22)
            return { type: 'string', offset, value: this.parseString() };
        if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39))
            return this.parseNumber();
        if (this.startsWith('true'))
            return this.literal(4, { type: 'boolean', offset, value: true });
        if (this.startsWith('false'))
            return this.literal(5, { type: 'boolean', offset, value: false });
        if (this.startsWith('null'))
            return this.literal(4, { type: 'null', offset });
        if (this.startsWith('NaN'))
            return this.literal(3, numberNode(offset, NaN, 'NaN'));
        if (this.startsWith('Infinity'))
            return this.literal(8, numberNode(offset, Infinity, 'Infinity'));
        if (this.pos >= this.text.length)
            throw new SyntaxFault('Unexpected end of file.', this.pos);
        throw new SyntaxFault(`Unexpected ${this.describe(this.pos)}.`, this.pos);
    }
    literal(length, node) {
        this.pos += length;
        return node;
    }
    startsWith(word) {
        return this.text.startsWith(word, this.pos);
    }
    parseNumber() {
        const start = this.pos;
        const text = this.text;
        if (text.charCodeAt(this.pos) === 0x2d) {
            this.pos++;
            if (text.startsWith('Infinity', this.pos)) {
                this.pos += 8;
                return numberNode(start, -Infinity, '-Infinity');
            }
        }
        const intStart = this.pos;
        while (isDigit(text.charCodeAt(this.pos)))
            this.pos++;
        if (this.pos === intStart)
            throw new SyntaxFault('Invalid number.', start);
        if (text.charCodeAt(intStart) === 0x30 && this.pos - intStart > 1) {
            throw new SyntaxFault('Numbers may not have leading zeros.', start);
        }
        if (text.charCodeAt(this.pos) === 0x2e /* . */) {
            this.pos++;
            const fracStart = this.pos;
            while (isDigit(text.charCodeAt(this.pos)))
                this.pos++;
            if (this.pos === fracStart)
                throw new SyntaxFault('Invalid number.', start);
        }
        const e = text.charCodeAt(this.pos);
        if (e === 0x65 || e === 0x45) {
            this.pos++;
            const sign = text.charCodeAt(this.pos);
            if (sign === 0x2b || sign === 0x2d)
                this.pos++;
            const expStart = this.pos;
            while (isDigit(text.charCodeAt(this.pos)))
                this.pos++;
            if (this.pos === expStart)
                throw new SyntaxFault('Invalid number.', start);
        }
        const raw = text.slice(start, this.pos);
        return numberNode(start, Number(raw), raw);
    }
    parseString() {
        const text = this.text;
        const start = this.pos;
        this.pos++;
        let out = '';
        let chunk = this.pos;
        for (;;) {
            if (this.pos >= text.length)
                throw new SyntaxFault('Unterminated string.', start);
            const c = text.charCodeAt(this.pos);
            if (c === 0x22) {
                out += text.slice(chunk, this.pos);
                this.pos++;
                return out;
            }
            if (c < 0x20) {
                throw new SyntaxFault('Control character inside a string (use an escape).', this.pos);
            }
            if (c === 0x5c /* \ */) {
                out += text.slice(chunk, this.pos);
                out += this.parseEscape();
                chunk = this.pos;
                continue;
            }
            this.pos++;
        }
    }
    parseEscape() {
        const at = this.pos;
        const c = this.text[this.pos + 1];
        this.pos += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                const hex = this.text.slice(this.pos, this.pos + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    throw new SyntaxFault('Invalid \\u escape.', at);
                this.pos += 4;
                return String.fromCharCode(parseInt(hex, 16));
            }
            default:
                throw new SyntaxFault('Invalid escape sequence in a string.', at);
        }
    }
    skipSpace() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                this.pos++;
                continue;
            }
            if (c === 0x2f /* / */) {
                const next = text.charCodeAt(this.pos + 1);
                if (next === 0x2f || next === 0x2a) {
                    throw new SyntaxFault('Comments are not allowed in JSON.', this.pos);
                }
            }
            return;
        }
    }
    describe(offset) {
        if (offset >= this.text.length)
            return 'the end of the file';
        const cp = this.text.codePointAt(offset);
        if (cp < 0x20 || cp === 0x7f)
            return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        return `'${String.fromCodePoint(cp)}'`;
    }
}
function pointerOf(frame) {
    const tokens = [];
    for (let f = frame; f?.parent; f = f.parent)
        tokens.push(f.token);
    return tokens.length === 0 ? '' : `/${tokens.reverse().join('/')}`;
}
function numberNode(offset, value, raw) {
    return { type: 'number', offset, value, raw };
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}

;// CONCATENATED MODULE: ./src/engine/config/view.ts


/** Returned when a key is present but unusable: the caller must not fall back to a default. */
const INVALID = Symbol('invalid');
/**
 * Read-only access to one object of a parsed config. Every type problem becomes a finding on the
 * exact key; values are never coerced ("32", [32], true and 32.5 are not sizes).
 */
class ConfigView {
    node;
    pointer;
    sink;
    constructor(node, pointer, sink) {
        this.node = node;
        this.pointer = pointer;
        this.sink = sink;
    }
    member(key) {
        return this.node.members.get(key);
    }
    /** Present and not JSON null (configs write null for "use the default" or "none"). */
    has(key) {
        const m = this.node.members.get(key);
        return m !== undefined && m.value.type !== 'null';
    }
    pointerOf(key) {
        return `${this.pointer}/${escapePointerToken(key)}`;
    }
    child(key) {
        const m = this.member(key);
        if (!m || m.value.type !== 'object')
            return null;
        return new ConfigView(m.value, this.pointerOf(key), this.sink);
    }
    report(severity, code, message, key, offset) {
        const m = key === null ? undefined : this.member(key);
        this.sink.push({
            severity,
            code,
            message,
            pointer: key === null ? this.pointer : this.pointerOf(key),
            offset: offset ?? m?.keyOffset ?? this.node.offset
        });
    }
    string(key) {
        const m = this.member(key);
        if (!m || m.value.type !== 'string')
            return null;
        return this.field(key, m, m.value.value);
    }
    /** A boolean flag. Anything but true/false/null is reported and reads as absent. */
    flag(key) {
        const m = this.member(key);
        if (!m || m.value.type === 'null')
            return null;
        if (m.value.type !== 'boolean') {
            this.report('error', 'invalid-flag', `"${key}" must be true or false, not ${describe(m.value)}.`, key);
            return null;
        }
        return this.field(key, m, m.value.value);
    }
    /** The first present alias, validated as a size (a finite, non-negative, safe integer). */
    size(keys) {
        for (const key of keys) {
            const m = this.member(key);
            if (!m || m.value.type === 'null')
                continue;
            const value = sizeValue(m.value);
            if (typeof value === 'string') {
                this.report('error', 'invalid-size', `"${key}" ${value}`, key, m.value.offset);
                return INVALID;
            }
            return this.field(key, m, value);
        }
        return null;
    }
    /** A list of sizes, e.g. OpenELM's per-layer `num_kv_heads`. */
    sizeList(key) {
        const m = this.member(key);
        if (!m || m.value.type !== 'array')
            return null;
        const values = [];
        for (const [i, item] of m.value.items.entries()) {
            const value = sizeValue(item);
            if (typeof value === 'string') {
                this.sink.push({
                    severity: 'error',
                    code: 'invalid-size',
                    message: `"${key}[${i}]" ${value}`,
                    pointer: `${this.pointerOf(key)}/${i}`,
                    offset: item.offset
                });
                return INVALID;
            }
            values.push(value);
        }
        return this.field(key, m, values);
    }
    array(key) {
        const m = this.member(key);
        if (!m || m.value.type !== 'array')
            return null;
        return this.field(key, m, m.value.items);
    }
    field(key, m, value) {
        return { value, key, pointer: this.pointerOf(key), offset: m.value.offset };
    }
}
/** The number, or why it is not a size (phrased to follow the key's name). */
function sizeValue(node) {
    if (node.type !== 'number') {
        return `must be a whole number, not ${describe(node)}.`;
    }
    const value = node.value;
    const raw = clipText(node.raw, 40);
    if (!Number.isFinite(value)) {
        return `must be a finite number, not ${raw}${/e/i.test(raw) ? ' (it overflows a 64-bit float)' : ''}.`;
    }
    if (!Number.isInteger(value))
        return `must be a whole number, not ${raw}.`;
    if (value < 0)
        return `must not be negative (${raw}).`;
    if (!Number.isSafeInteger(value) || (/^\d+$/.test(raw) && String(value) !== raw)) {
        return `is too large to be exact (${raw} is beyond 2^53 − 1).`;
    }
    return value === 0 ? 0 : value;
}
function describe(node) {
    switch (node.type) {
        case 'string':
            return `the string ${JSON.stringify(node.value.length > 40 ? node.value.slice(0, 40) + '…' : node.value)}`;
        case 'array':
            return 'a list';
        case 'object':
            return 'an object';
        case 'boolean':
            return String(node.value);
        case 'null':
            return 'null';
        case 'number':
            return node.raw;
    }
}

;// CONCATENATED MODULE: ./src/engine/config/dimensions.ts

const ALIASES = {
    num_hidden_layers: [
        'num_hidden_layers',
        'n_layer',
        'num_layers',
        'n_layers',
        'num_transformer_layers'
    ],
    num_attention_heads: ['num_attention_heads', 'n_head', 'n_heads', 'num_heads'],
    hidden_size: ['hidden_size', 'n_embd', 'n_embed', 'd_model', 'model_dim'],
    head_dim: ['head_dim', 'attention_head_dim', 'kv_channels', 'hidden_size_per_head'],
    // vLLM's lookup order (model_arch_config_convertor.get_total_num_kv_heads).
    num_key_value_heads: ['n_head_kv', 'num_kv_heads', 'num_key_value_heads'],
    max_position_embeddings: [
        'max_position_embeddings',
        'n_positions',
        'seq_length',
        'max_sequence_length',
        'max_context_length',
        'n_ctx'
    ],
    sliding_window: ['sliding_window', 'sliding_window_size'],
    attention_chunk_size: ['attention_chunk_size']
};
/**
 * Reads dimensions from the text config, falling back to the family's transformers default.
 * A present but invalid value is reported by the view and poisons the result: it is never
 * replaced by a default.
 */
class Dimensions {
    model;
    familyLabel;
    invalid = false;
    constructor(model, familyLabel) {
        this.model = model;
        this.familyLabel = familyLabel;
    }
    get text() {
        return this.model.text;
    }
    get family() {
        return this.model.family;
    }
    /** A config key (with aliases) or the family default. */
    get(canonical) {
        return this.key(canonical, ALIASES[canonical]);
    }
    /**
     * An explicit null is the config saying "None" (no window, derive head_dim...), so it is not
     * replaced by the family default; only an absent key is.
     */
    key(canonical, aliases = [canonical]) {
        const read = this.text.size(aliases);
        const found = this.accept(read);
        if (found !== undefined)
            return found;
        if (aliases.some((k) => this.text.member(k) !== undefined))
            return null;
        const fallback = this.family?.defaults[canonical];
        if (fallback === undefined || fallback === null)
            return null;
        return { value: fallback, source: `${this.familyLabel} default ${canonical} = ${fallback}` };
    }
    /**
     * A dimension that must be at least 1 (a layer count, a head count, a state size). Zero is an
     * error on its key; a default is never zero.
     */
    positive(dim, name) {
        if (dim === null || dim.value > 0)
            return dim;
        const key = this.keyOf(dim);
        this.text.report('error', 'non-positive-dimension', `${key ?? name} is 0; it must be at least 1.`, key);
        this.invalid = true;
        return null;
    }
    /** A count with a sane ceiling, so hostile values cannot make the engine build huge arrays. */
    atMost(dim, max, name) {
        if (dim === null || dim.value <= max)
            return dim;
        const key = this.keyOf(dim);
        this.text.report('error', 'invalid-size', `${key ?? name} is ${dim.value}, beyond any real model (cachespec sizes up to ${max.toLocaleString('en-US')}).`, key);
        this.invalid = true;
        return null;
    }
    /** The config key a dimension was read from, when it is a key of this object. */
    keyOf(dim) {
        const prefix = `${this.text.pointer}/`;
        const key = dim.source.startsWith(prefix) ? dim.source.slice(prefix.length) : null;
        return key !== null && !key.includes('/') ? key : null;
    }
    /** Whether the config has any alias of the key, whatever its value. */
    present(canonical) {
        return ALIASES[canonical].some((k) => this.text.member(k) !== undefined);
    }
    accept(read) {
        if (read === INVALID) {
            this.invalid = true;
            return null;
        }
        if (read === null)
            return undefined;
        return { value: read.value, source: read.pointer };
    }
}

;// CONCATENATED MODULE: ./src/engine/config/families.ts
/**
 * What config.json leaves out: each family's defaults and layer layout, as transformers'
 * configuration classes define them (sources per family in ../shared/reference/kv-rules.md §1.2).
 */
const every = (n, hit, other, describe) => ({
    roles: (i) => ((i + 1) % n === 0 ? hit : other),
    describe
});
const families_all = (role, describe) => ({ roles: () => role, describe });
const evenSliding = {
    roles: (i) => (i % 2 === 0 ? 'sliding' : 'full'),
    describe: 'even layers sliding, odd layers full'
};
const LLAMA_LIKE = { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32 };
const FAMILIES = [
    {
        id: 'llama',
        modelTypes: [
            'llama',
            'granite',
            'granitemoe',
            'granitemoeshared',
            'internlm2',
            'internlm3',
            'olmo',
            'olmo2',
            'exaone',
            'qwen'
        ],
        defaults: { ...LLAMA_LIKE, max_position_embeddings: 2048 },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'mistral',
        modelTypes: ['mistral', 'ministral', 'ministral3'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            sliding_window: 4096,
            max_position_embeddings: 131072
        },
        window: 'uniform'
    },
    {
        id: 'mixtral',
        modelTypes: ['mixtral'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            sliding_window: null,
            max_position_embeddings: 131072
        },
        window: 'uniform'
    },
    {
        id: 'qwen2',
        modelTypes: [
            'qwen2',
            'qwen2_vl',
            'qwen2_vl_text',
            'qwen2_5_vl',
            'qwen2_5_vl_text',
            'qwen2_5_omni_text',
            'qwen2_5_omni'
        ],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 32,
            sliding_window: 4096,
            max_window_layers: 28,
            max_position_embeddings: 32768
        },
        window: 'qwen2'
    },
    {
        id: 'qwen2_moe',
        modelTypes: ['qwen2_moe'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 24,
            num_attention_heads: 16,
            num_key_value_heads: 16,
            sliding_window: 4096,
            max_window_layers: 28,
            max_position_embeddings: 32768
        },
        window: 'qwen2-moe'
    },
    {
        id: 'qwen3',
        modelTypes: ['qwen3', 'qwen3_vl_text'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 32,
            head_dim: 128,
            sliding_window: 4096,
            max_window_layers: 28,
            max_position_embeddings: 32768
        },
        window: 'qwen2'
    },
    {
        id: 'qwen3_moe',
        modelTypes: ['qwen3_moe', 'qwen3_vl_moe_text', 'qwen3_omni_moe_text', 'qwen3_omni_moe'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 24,
            num_attention_heads: 32,
            num_key_value_heads: 4,
            sliding_window: 4096,
            max_window_layers: 28,
            max_position_embeddings: 32768
        },
        window: 'qwen2'
    },
    {
        id: 'qwen3_next',
        modelTypes: ['qwen3_next', 'qwen3_5_text', 'qwen3_5_moe_text', 'qwen3_5', 'qwen3_5_moe'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 48,
            num_attention_heads: 16,
            num_key_value_heads: 2,
            head_dim: 256,
            full_attention_interval: 4,
            linear_conv_kernel_dim: 4,
            linear_key_head_dim: 128,
            linear_value_head_dim: 128,
            linear_num_key_heads: 16,
            linear_num_value_heads: 32,
            max_position_embeddings: 32768
        },
        window: 'uniform',
        layout: every(4, 'full', 'linear', 'every 4th layer full attention (full_attention_interval 4), the rest Gated DeltaNet'),
        stateModel: 'gated-delta'
    },
    {
        id: 'gemma',
        modelTypes: ['gemma'],
        defaults: {
            hidden_size: 3072,
            num_hidden_layers: 28,
            num_attention_heads: 16,
            num_key_value_heads: 16,
            head_dim: 256,
            max_position_embeddings: 8192
        },
        window: 'uniform'
    },
    {
        id: 'gemma2',
        modelTypes: ['gemma2'],
        defaults: {
            hidden_size: 2304,
            num_hidden_layers: 26,
            num_attention_heads: 8,
            num_key_value_heads: 4,
            head_dim: 256,
            sliding_window: 4096,
            max_position_embeddings: 8192
        },
        window: 'pattern',
        layout: evenSliding
    },
    {
        id: 'gemma3',
        modelTypes: ['gemma3_text', 'gemma3'],
        defaults: {
            hidden_size: 2304,
            num_hidden_layers: 26,
            num_attention_heads: 8,
            num_key_value_heads: 4,
            head_dim: 256,
            sliding_window: 4096,
            sliding_window_pattern: 6,
            max_position_embeddings: 131072
        },
        window: 'pattern',
        layout: every(6, 'full', 'sliding', 'every 6th layer global, 5 local : 1 global (sliding_window_pattern 6)')
    },
    {
        id: 'gemma3n',
        modelTypes: ['gemma3n_text', 'gemma3n'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 35,
            num_attention_heads: 8,
            num_key_value_heads: 2,
            head_dim: 256,
            sliding_window: 512,
            num_kv_shared_layers: 15,
            max_position_embeddings: 32768
        },
        window: 'pattern',
        layout: every(5, 'full', 'sliding', 'every 5th layer global, 4 local : 1 global')
    },
    {
        id: 'gemma4',
        modelTypes: ['gemma4_text', 'gemma4'],
        defaults: {
            hidden_size: 2304,
            num_hidden_layers: 30,
            num_attention_heads: 8,
            num_key_value_heads: 4,
            head_dim: 256,
            global_head_dim: 512,
            sliding_window: 512,
            num_kv_shared_layers: 0,
            max_position_embeddings: 131072
        },
        window: 'pattern',
        layout: {
            roles: (i, n) => (i === n - 1 || (i + 1) % 6 === 0 ? 'full' : 'sliding'),
            describe: 'every 6th layer and the last layer global, the rest sliding'
        }
    },
    {
        id: 'phi',
        modelTypes: ['phi'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 24,
            num_attention_heads: 32,
            max_position_embeddings: 2048
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'phi3',
        modelTypes: ['phi3'],
        defaults: {
            hidden_size: 3072,
            num_hidden_layers: 32,
            num_attention_heads: 32,
            sliding_window: null,
            max_position_embeddings: 4096
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'phimoe',
        modelTypes: ['phimoe'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            sliding_window: null,
            max_position_embeddings: 131072
        },
        window: 'uniform'
    },
    {
        id: 'deepseek_v3',
        modelTypes: [
            'deepseek_v3',
            'kimi_k2',
            'deepseek_v32',
            'deepseek_mtp',
            'glm4_moe_lite',
            'longcat_flash',
            'pangu_ultra_moe'
        ],
        defaults: {
            hidden_size: 7168,
            num_hidden_layers: 61,
            num_attention_heads: 128,
            num_key_value_heads: 128,
            kv_lora_rank: 512,
            qk_rope_head_dim: 64,
            max_position_embeddings: 4096
        },
        window: 'uniform',
        mla: true
    },
    {
        id: 'deepseek_v2',
        modelTypes: ['deepseek_v2'],
        defaults: {
            hidden_size: 4096,
            num_hidden_layers: 32,
            num_attention_heads: 32,
            num_key_value_heads: 32,
            kv_lora_rank: 512,
            qk_rope_head_dim: 64,
            max_position_embeddings: 2048
        },
        window: 'uniform',
        mla: true
    },
    {
        id: 'gpt_oss',
        modelTypes: ['gpt_oss'],
        defaults: {
            hidden_size: 2880,
            num_hidden_layers: 36,
            num_attention_heads: 64,
            num_key_value_heads: 8,
            head_dim: 64,
            sliding_window: 128,
            max_position_embeddings: 131072
        },
        window: 'pattern',
        layout: evenSliding
    },
    {
        id: 'llama4',
        modelTypes: ['llama4_text', 'llama4'],
        defaults: {
            hidden_size: 5120,
            num_hidden_layers: 48,
            num_attention_heads: 40,
            num_key_value_heads: 8,
            head_dim: 128,
            attention_chunk_size: 8192,
            max_position_embeddings: 131072
        },
        window: 'uniform',
        layout: every(4, 'full', 'chunked', 'every 4th layer NoPE global, the rest RoPE with chunked attention')
    },
    {
        id: 'cohere',
        modelTypes: ['cohere'],
        defaults: {
            hidden_size: 8192,
            num_hidden_layers: 40,
            num_attention_heads: 64,
            max_position_embeddings: 8192
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'cohere2',
        modelTypes: ['cohere2'],
        defaults: {
            hidden_size: 8192,
            num_hidden_layers: 40,
            num_attention_heads: 64,
            sliding_window: 4096,
            sliding_window_pattern: 4,
            max_position_embeddings: 8192
        },
        kvHeadsDefaultToHeads: true,
        window: 'pattern',
        layout: every(4, 'full', 'sliding', 'every 4th layer global, 3 local : 1 global (sliding_window_pattern 4)'),
        headDimFromHidden: true
    },
    {
        id: 'falcon',
        modelTypes: ['falcon', 'refinedweb', 'refinedwebmodel'],
        defaults: {
            hidden_size: 4544,
            num_hidden_layers: 32,
            num_attention_heads: 71,
            max_position_embeddings: 2048
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform',
        kvHeadsRule: 'falcon'
    },
    {
        id: 'starcoder2',
        modelTypes: ['starcoder2'],
        defaults: {
            hidden_size: 3072,
            num_hidden_layers: 30,
            num_attention_heads: 24,
            num_key_value_heads: 2,
            sliding_window: null,
            max_position_embeddings: 4096
        },
        window: 'uniform'
    },
    {
        id: 'gpt2',
        modelTypes: ['gpt2'],
        defaults: {
            hidden_size: 768,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            max_position_embeddings: 1024
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'gpt_bigcode',
        modelTypes: ['gpt_bigcode'],
        defaults: {
            hidden_size: 768,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            max_position_embeddings: 1024
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform',
        kvHeadsRule: 'multi-query'
    },
    {
        id: 'gpt_neox',
        modelTypes: ['gpt_neox'],
        defaults: {
            hidden_size: 6144,
            num_hidden_layers: 44,
            num_attention_heads: 64,
            max_position_embeddings: 2048
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'standard',
        modelTypes: ['gptj', 'gpt_neo', 'stablelm', 'opt', 'bloom', 'mpt', 'baichuan', 'internlm'],
        defaults: {},
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'olmo3',
        modelTypes: ['olmo3'],
        defaults: { ...LLAMA_LIKE, sliding_window: 4096, max_position_embeddings: 2048 },
        kvHeadsDefaultToHeads: true,
        window: 'pattern',
        layout: every(4, 'full', 'sliding', 'every 4th layer full, 3 sliding : 1 full')
    },
    {
        id: 'smollm3',
        modelTypes: ['smollm3'],
        defaults: {
            hidden_size: 2048,
            num_hidden_layers: 36,
            num_attention_heads: 16,
            num_key_value_heads: 4,
            sliding_window: null,
            no_rope_layer_interval: 4,
            max_position_embeddings: 32768
        },
        window: 'smollm3'
    },
    {
        id: 'jamba',
        modelTypes: ['jamba'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            sliding_window: null,
            attn_layer_period: 8,
            attn_layer_offset: 4,
            mamba_d_state: 16,
            mamba_d_conv: 4,
            mamba_expand: 2,
            max_position_embeddings: 262144
        },
        window: 'uniform',
        layout: {
            roles: (i) => (i % 8 === 4 ? 'full' : 'ssm'),
            describe: 'attention on layers i % 8 = 4 (attn_layer_period 8, attn_layer_offset 4), Mamba elsewhere'
        },
        stateModel: 'mamba1'
    },
    {
        id: 'mamba',
        modelTypes: ['mamba', 'falcon_mamba'],
        defaults: {
            hidden_size: 768,
            num_hidden_layers: 32,
            mamba_d_state: 16,
            mamba_expand: 2,
            mamba_d_conv: 4
        },
        window: 'uniform',
        layout: families_all('ssm', 'every layer a Mamba block'),
        stateModel: 'mamba1'
    },
    {
        id: 'mamba2',
        modelTypes: ['mamba2'],
        defaults: {
            hidden_size: 4096,
            num_hidden_layers: 64,
            mamba_num_heads: 128,
            mamba_head_dim: 64,
            mamba_d_state: 128,
            mamba_n_groups: 8,
            mamba_expand: 2,
            mamba_d_conv: 4
        },
        window: 'uniform',
        layout: families_all('ssm', 'every layer a Mamba-2 block'),
        stateModel: 'mamba2'
    },
    {
        id: 'chatglm',
        modelTypes: ['chatglm'],
        defaults: {
            hidden_size: 4096,
            num_layers: 28,
            num_attention_heads: 32,
            kv_channels: 128,
            multi_query_group_num: 1,
            seq_length: 2048
        },
        window: 'uniform',
        kvHeadsRule: 'chatglm'
    },
    {
        id: 'glm',
        modelTypes: ['glm', 'glm4'],
        defaults: {
            hidden_size: 4096,
            num_hidden_layers: 40,
            num_attention_heads: 32,
            num_key_value_heads: 2,
            head_dim: 128,
            max_position_embeddings: 131072
        },
        window: 'uniform'
    },
    {
        id: 'glm4_moe',
        modelTypes: ['glm4_moe'],
        defaults: {
            hidden_size: 4096,
            num_hidden_layers: 46,
            num_attention_heads: 96,
            num_key_value_heads: 8,
            head_dim: 128,
            max_position_embeddings: 131072
        },
        window: 'uniform'
    },
    {
        id: 'openelm',
        modelTypes: ['openelm'],
        defaults: {},
        window: 'uniform'
    },
    {
        id: 'nemotron_nas',
        modelTypes: ['nemotron-nas', 'nemotron_nas', 'deci'],
        defaults: {},
        kvHeadsDefaultToHeads: true,
        window: 'uniform'
    },
    {
        id: 'granitemoehybrid',
        modelTypes: ['granitemoehybrid'],
        defaults: {
            ...LLAMA_LIKE,
            mamba_num_heads: 128,
            mamba_n_groups: 1,
            mamba_d_state: 256,
            mamba_d_conv: 4,
            mamba_expand: 2,
            max_position_embeddings: 2048
        },
        kvHeadsDefaultToHeads: true,
        window: 'uniform',
        layout: families_all('ssm', 'layer_types absent: every layer Mamba-2 (transformers default)'),
        stateModel: 'mamba2'
    },
    {
        id: 'nemotron_h',
        modelTypes: ['nemotron_h'],
        defaults: {
            num_attention_heads: 32,
            num_key_value_heads: 8,
            head_dim: 128,
            mamba_d_state: 128,
            mamba_num_heads: 128,
            mamba_head_dim: 64,
            mamba_n_groups: 8,
            mamba_d_conv: 4,
            mamba_expand: 2,
            max_position_embeddings: 4096
        },
        window: 'uniform',
        stateModel: 'mamba2',
        layersFromPattern: true
    },
    {
        id: 'falcon_h1',
        modelTypes: ['falcon_h1'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            mamba_d_ssm: 1024,
            mamba_num_heads: 128,
            mamba_n_groups: 1,
            mamba_d_state: 256,
            mamba_d_conv: 4,
            mamba_expand: 2,
            max_position_embeddings: 8192
        },
        window: 'uniform',
        layout: families_all('hybrid', 'every layer runs attention and a Mamba-2 mixer side by side'),
        stateModel: 'mamba2'
    },
    {
        id: 'minimax',
        modelTypes: ['minimax'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 8,
            sliding_window: null,
            max_position_embeddings: 131072
        },
        window: 'uniform',
        layout: {
            roles: (i) => (i % 2 === 0 ? 'full' : 'linear'),
            describe: 'alternating full and lightning linear attention, starting with full'
        },
        stateModel: 'lightning'
    },
    {
        id: 'lfm2',
        modelTypes: ['lfm2', 'lfm2_moe', 'lfm2_vl'],
        defaults: {
            hidden_size: 2560,
            num_hidden_layers: 32,
            num_attention_heads: 32,
            num_key_value_heads: 8,
            conv_L_cache: 3,
            max_position_embeddings: 128000
        },
        window: 'uniform',
        stateModel: 'short-conv'
    },
    {
        id: 'exaone4',
        modelTypes: ['exaone4'],
        defaults: {
            ...LLAMA_LIKE,
            num_key_value_heads: 32,
            sliding_window: 4096,
            sliding_window_pattern: 4,
            max_position_embeddings: 2048
        },
        window: 'pattern',
        layout: every(4, 'full', 'sliding', 'every 4th layer global, 3 local : 1 global (sliding_window_pattern 4)')
    }
];
const BY_MODEL_TYPE = new Map(FAMILIES.flatMap((f) => f.modelTypes.map((t) => [t, f])));
function normalizeModelType(modelType) {
    return modelType.trim().toLowerCase();
}
function familyOf(modelType) {
    return modelType === null ? undefined : BY_MODEL_TYPE.get(normalizeModelType(modelType));
}

;// CONCATENATED MODULE: ./src/engine/config/text-model.ts


/** Where multimodal configs keep their language model; vision and audio towers hold no KV cache. */
const TEXT_CONFIG_PATHS = [
    ['text_config'],
    ['llm_config'],
    ['language_config'],
    ['thinker_config', 'text_config']
];
function locateTextModel(root) {
    let text = root;
    for (const path of TEXT_CONFIG_PATHS) {
        let view = root;
        for (const key of path)
            view = view?.child(key) ?? null;
        if (view) {
            text = view;
            break;
        }
    }
    // A nested text config without its own model_type takes the family of the whole model.
    const modelTypeField = text.string('model_type') ?? root.string('model_type');
    const modelType = modelTypeField ? clipText(normalizeModelType(modelTypeField.value), 128) : null;
    return { root, text, modelType, modelTypeField, family: familyOf(modelType) };
}

;// CONCATENATED MODULE: ./src/engine/cache/state.ts
/** Config keys per canonical state dimension (family defaults use the canonical names). */
const STATE_ALIASES = {
    mamba_d_state: ['mamba_d_state', 'ssm_state_size', 'state_size'],
    mamba_d_conv: ['mamba_d_conv', 'conv_kernel'],
    mamba_n_groups: ['mamba_n_groups', 'n_groups'],
    mamba_expand: ['mamba_expand', 'expand'],
    mamba_num_heads: ['mamba_num_heads', 'mamba_n_heads'],
    mamba_head_dim: ['mamba_head_dim', 'mamba_d_head'],
    mamba_d_ssm: ['mamba_d_ssm']
};
/**
 * Pure SSM configs (mamba, mamba2) use generic names that mean attention dimensions elsewhere,
 * so they are read as state dimensions only for those families.
 */
const PURE_SSM_ALIASES = {
    mamba_num_heads: ['num_heads'],
    mamba_head_dim: ['head_dim'],
    mamba_d_inner: ['intermediate_size']
};
/** All of `names`, or null when one is missing. */
function state_all(need, names) {
    const out = {};
    for (const name of names) {
        const v = need(name);
        if (v === null)
            return null;
        out[name] = v;
    }
    return out;
}
const RECIPES = {
    // Qwen3-Next / Qwen3.5: conv (k−1)×(2·nk·dk + nv·dv), recurrent nv×dk×dv.
    'gated-delta': {
        keys: 'linear_conv_kernel_dim, linear_num_key_heads, linear_key_head_dim, linear_num_value_heads, linear_value_head_dim',
        tensors(need) {
            const d = state_all(need, [
                'linear_conv_kernel_dim',
                'linear_num_key_heads',
                'linear_key_head_dim',
                'linear_num_value_heads',
                'linear_value_head_dim'
            ]);
            if (!d || d.linear_conv_kernel_dim < 1)
                return null;
            const nk = d.linear_num_key_heads;
            const dk = d.linear_key_head_dim;
            const nv = d.linear_num_value_heads;
            const dv = d.linear_value_head_dim;
            return {
                conv: (d.linear_conv_kernel_dim - 1) * (2 * nk * dk + nv * dv),
                recurrent: nv * dk * dv
            };
        }
    },
    // MiniMax lightning attention: heads × head_dim × head_dim, no conv.
    lightning: {
        keys: 'num_attention_heads, head_dim',
        tensors(need, hidden) {
            const heads = need('num_attention_heads');
            if (heads === null || heads === 0)
                return null;
            const hd = need('head_dim') ?? (hidden === null ? null : hidden / heads);
            if (hd === null || !Number.isInteger(hd))
                return null;
            return { conv: 0, recurrent: heads * hd * hd };
        }
    },
    // Mamba-1 (Jamba, Mamba): conv (k−1)×d_inner, recurrent d_inner×d_state.
    mamba1: {
        keys: 'mamba_d_conv (conv_kernel), mamba_d_state (state_size), mamba_expand (expand)',
        tensors(need, hidden) {
            const d = state_all(need, ['mamba_d_conv', 'mamba_d_state']);
            const expand = need('mamba_expand');
            const inner = need('mamba_d_inner') ?? (expand === null || hidden === null ? null : expand * hidden);
            if (!d || inner === null || d.mamba_d_conv < 1)
                return null;
            return { conv: (d.mamba_d_conv - 1) * inner, recurrent: inner * d.mamba_d_state };
        }
    },
    // Mamba-2 (Mamba2, Nemotron-H, Granite 4 hybrid, Falcon-H1):
    // conv (k−1)×(d_inner + 2·n_groups·d_state), recurrent n_heads×head_dim×d_state.
    mamba2: {
        keys: 'mamba conv kernel, state size, n_groups, number of heads and head dim',
        tensors(need, hidden) {
            const d = state_all(need, ['mamba_d_conv', 'mamba_d_state', 'mamba_n_groups', 'mamba_num_heads']);
            if (!d || d.mamba_d_conv < 1 || d.mamba_num_heads === 0)
                return null;
            const heads = d.mamba_num_heads;
            const explicitHeadDim = need('mamba_head_dim');
            const expand = need('mamba_expand');
            const inner = need('mamba_d_ssm') ??
                (explicitHeadDim !== null
                    ? heads * explicitHeadDim
                    : expand !== null && hidden !== null
                        ? expand * hidden
                        : null);
            if (inner === null)
                return null;
            const headDim = explicitHeadDim ?? inner / heads;
            if (!Number.isInteger(headDim))
                return null;
            const dState = d.mamba_d_state;
            return {
                conv: (d.mamba_d_conv - 1) * (inner + 2 * d.mamba_n_groups * dState),
                recurrent: heads * headDim * dState
            };
        }
    },
    // LFM2 short convolution: (L_cache − 1) × hidden, no recurrent state.
    'short-conv': {
        keys: 'conv_L_cache, hidden_size',
        tensors(need, hidden) {
            const l = need('conv_L_cache');
            if (l === null || hidden === null || l < 1)
                return null;
            return { conv: (l - 1) * hidden, recurrent: 0 };
        }
    }
};
function stateTensors(model, dims, hidden, dtypes) {
    const pureSsm = dims.family?.id === 'mamba' || dims.family?.id === 'mamba2';
    let zero = false;
    const need = (canonical) => {
        const aliases = [
            ...(STATE_ALIASES[canonical] ?? [canonical]),
            ...((pureSsm && PURE_SSM_ALIASES[canonical]) || [])
        ];
        const dim = dims.key(canonical, aliases);
        if (dim?.value === 0)
            zero = true;
        return dims.positive(dim, canonical)?.value ?? null;
    };
    const shape = RECIPES[model].tensors(need, hidden?.value ?? null);
    // A zero dimension is already reported on its key; only truly absent ones are "missing".
    if (shape === null)
        return zero ? { tensors: [] } : { missing: RECIPES[model].keys };
    const tensors = [];
    if (shape.conv > 0)
        tensors.push({ name: 'conv', elements: shape.conv, dtype: dtypes.conv });
    if (shape.recurrent > 0) {
        tensors.push({ name: 'recurrent', elements: shape.recurrent, dtype: dtypes.recurrent });
    }
    return { tensors };
}

;// CONCATENATED MODULE: ./src/engine/layers/vocabulary.ts
/** Every `layer_types` name seen in real configs and transformers' ALLOWED_LAYER_TYPES. */
const LAYER_TYPE_ROLES = {
    full_attention: 'full',
    attention: 'full',
    global_attention: 'full',
    global: 'full',
    full: 'full',
    dense_attention: 'full',
    // DSA models: MLA layers with an indexer; the MLA rule decides their cache.
    deepseek_sparse_attention: 'full',
    indexed_attention: 'full',
    sliding_attention: 'sliding',
    sliding_window_attention: 'sliding',
    local_attention: 'sliding',
    local: 'sliding',
    sliding: 'sliding',
    chunked_attention: 'chunked',
    linear_attention: 'linear',
    linear: 'linear',
    mamba: 'ssm',
    mamba2: 'ssm',
    ssm: 'ssm',
    conv: 'conv',
    short_conv: 'conv',
    hybrid: 'hybrid',
    moe: 'none',
    mlp: 'none',
    dense: 'none',
    sparse: 'none'
};
function roleOfLayerType(name) {
    return LAYER_TYPE_ROLES[name.trim().toLowerCase()];
}
/** Nemotron-H's hybrid_override_pattern: M = Mamba-2, * = attention, - = MLP, E = MoE. */
const PATTERN_CHAR_ROLES = {
    M: 'ssm',
    '*': 'full',
    '-': 'none',
    E: 'none'
};
function roleOfPatternChar(c) {
    return PATTERN_CHAR_ROLES[c];
}
/** Names of the roles in messages and tables. */
const ROLE_WORDS = {
    attention: 'attention',
    full: 'full attention',
    sliding: 'sliding-window attention',
    chunked: 'chunked attention',
    linear: 'linear attention',
    ssm: 'SSM',
    conv: 'short convolution',
    hybrid: 'attention + SSM',
    none: 'no mixer cache'
};

;// CONCATENATED MODULE: ./src/engine/layers/declared.ts



const declared = (role, source, kvHeads) => kvHeads === undefined ? { role, tier: 1, source } : { role, tier: 1, source, kvHeads };
function lengthMismatch(ctx, key, length, what) {
    if (length === ctx.numLayers)
        return;
    ctx.text.report('error', 'layer-types-length', `"${key}" lists ${length} ${what} but the model has ${ctx.numLayers} layers.`, key);
    ctx.dims.invalid = true;
}
const layerTypes = ({ text, dims, numLayers }) => {
    const field = text.array('layer_types');
    if (!field)
        return null;
    const out = [];
    for (const [i, item] of field.value.entries()) {
        const source = `${field.pointer}/${i}`;
        const role = item.type === 'string' ? roleOfLayerType(item.value) : undefined;
        if (role === undefined) {
            text.report('error', 'unknown-layer-type', item.type === 'string'
                ? `layer_types[${i}] is "${clipText(item.value)}", a layer type cachespec does not know; its cache cannot be sized.`
                : `layer_types[${i}] must be a string.`, null, item.offset);
            dims.invalid = true;
            out.push(declared('none', source));
            continue;
        }
        out.push(declared(role, source));
    }
    lengthMismatch({ text, dims, numLayers, numHeads: null }, 'layer_types', out.length, 'layer types');
    return out;
};
/** Nemotron-H: `hybrid_override_pattern` ("M-M*-…") or the newer `layers_block_type` list. */
const blockPattern = (ctx) => {
    const { text, dims } = ctx;
    const list = text.array('layers_block_type');
    if (list) {
        const out = list.value.map((item, i) => {
            const role = item.type === 'string' ? roleOfLayerType(item.value) : undefined;
            if (role === undefined) {
                text.report('error', 'unknown-layer-type', `layers_block_type[${i}] is not a known block type.`, null, item.offset);
                dims.invalid = true;
            }
            return declared(role ?? 'none', `${list.pointer}/${i}`);
        });
        lengthMismatch(ctx, 'layers_block_type', out.length, 'blocks');
        return out;
    }
    const pattern = text.string('hybrid_override_pattern');
    if (!pattern)
        return null;
    const out = [...pattern.value].map((c, i) => {
        const role = roleOfPatternChar(c);
        if (role === undefined) {
            text.report('error', 'unknown-layer-type', `hybrid_override_pattern[${i}] is "${c}"; only M (Mamba-2), * (attention), - (MLP) and E (MoE) are known.`, 'hybrid_override_pattern');
            dims.invalid = true;
        }
        return declared(role ?? 'none', `${pattern.pointer} [${i}] = ${c}`);
    });
    lengthMismatch(ctx, 'hybrid_override_pattern', out.length, 'blocks');
    return out;
};
/** Nemotron-NAS / DeciLM: per-layer attention blocks that may be skipped or have their own GQA. */
const blockConfigs = (ctx) => {
    const { text, dims, numHeads } = ctx;
    const list = text.array('block_configs');
    if (!list)
        return null;
    const out = list.value.map((block, i) => {
        const source = `${list.pointer}/${i}/attention`;
        const attention = block.type === 'object' ? block.members.get('attention')?.value : undefined;
        if (attention?.type !== 'object') {
            text.report('error', 'invalid-block', `block_configs[${i}] has no "attention" object.`, null, block.offset);
            dims.invalid = true;
            return declared('none', source);
        }
        const flag = (k) => attention.members.get(k)?.value;
        if (flag('no_op')?.type === 'boolean' && flag('no_op').value) {
            return declared('none', `${source}/no_op`);
        }
        const linear = flag('replace_with_linear');
        if (linear?.type === 'boolean' && linear.value) {
            return declared('none', `${source}/replace_with_linear`);
        }
        const group = flag('n_heads_in_group');
        const groupSize = group ? sizeValue(group) : 'is missing.';
        if (typeof groupSize === 'string' ||
            groupSize === 0 ||
            numHeads === null ||
            numHeads % groupSize !== 0) {
            text.report('error', 'invalid-block', typeof groupSize === 'string'
                ? `block_configs[${i}].attention.n_heads_in_group ${groupSize}`
                : `block_configs[${i}].attention.n_heads_in_group (${groupSize}) must divide num_attention_heads (${numHeads ?? 'unknown'}).`, null, group?.offset ?? attention.offset);
            dims.invalid = true;
            return declared('none', source);
        }
        return declared('full', `${source}/n_heads_in_group`, numHeads / groupSize);
    });
    lengthMismatch(ctx, 'block_configs', out.length, 'blocks');
    return out;
};
function periodic(ctx, key, isHit, hit, other) {
    if (!ctx.text.has(key))
        return null;
    const n = ctx.dims.key(key);
    if (!n)
        return null;
    if (n.value === 0) {
        ctx.text.report('error', 'invalid-size', `"${key}" must be at least 1.`, key);
        ctx.dims.invalid = true;
        return null;
    }
    return Array.from({ length: ctx.numLayers }, (_, i) => declared(isHit(i, n.value) ? hit : other, n.source));
}
/** Qwen3-Next / Qwen3.5: layer i is full attention when (i + 1) is a multiple of the interval. */
const fullAttentionInterval = (ctx) => periodic(ctx, 'full_attention_interval', (i, n) => (i + 1) % n === 0, 'full', 'linear');
/** Jamba: attention where i % attn_layer_period == attn_layer_offset, Mamba elsewhere. */
const attentionPeriod = (ctx) => {
    const { dims, text } = ctx;
    if (!text.has('attn_layer_period') && !text.has('attn_layer_offset'))
        return null;
    const period = dims.key('attn_layer_period');
    const offset = dims.key('attn_layer_offset');
    if (!period || !offset || period.value === 0 || offset.value >= period.value) {
        text.report('error', 'invalid-size', 'attn_layer_offset must be smaller than attn_layer_period, and both must be set.', text.has('attn_layer_offset') ? 'attn_layer_offset' : 'attn_layer_period');
        dims.invalid = true;
        return null;
    }
    const source = `${period.source} = ${period.value}, ${offset.source} = ${offset.value}`;
    return Array.from({ length: ctx.numLayers }, (_, i) => declared(i % period.value === offset.value ? 'full' : 'ssm', source));
};
/** MiniMax remote-code configs: attn_type_list, 1 = softmax attention, 0 = lightning attention. */
const attentionTypeList = (ctx) => indexList(ctx, 'attn_type_list', (v) => (v === 1 ? 'full' : 'linear'));
/** LFM2: the indices of the attention layers; the others are short convolutions. */
const fullAttentionIndices = (ctx) => {
    const list = ctx.text.sizeList('full_attn_idxs');
    if (list === null)
        return null;
    if (typeof list === 'symbol') {
        ctx.dims.invalid = true;
        return null;
    }
    const attention = new Set(list.value);
    return Array.from({ length: ctx.numLayers }, (_, i) => declared(attention.has(i) ? 'full' : 'conv', list.pointer));
};
function indexList(ctx, key, role) {
    const list = ctx.text.sizeList(key);
    if (list === null)
        return null;
    if (typeof list === 'symbol') {
        ctx.dims.invalid = true;
        return null;
    }
    lengthMismatch(ctx, key, list.value.length, 'entries');
    return list.value.map((v, i) => declared(role(v), `${list.pointer}/${i}`));
}
/** Llama 4: no_rope_layers[i] = 1 is a RoPE layer with chunked attention, 0 a NoPE global layer. */
const noRopeLayers = (ctx) => {
    if (ctx.dims.family?.id !== 'llama4')
        return null;
    const list = ctx.text.sizeList('no_rope_layers');
    if (list === null || typeof list === 'symbol' || list.value.length === 0) {
        if (typeof list === 'symbol')
            ctx.dims.invalid = true;
        return null;
    }
    lengthMismatch(ctx, 'no_rope_layers', list.value.length, 'entries');
    return list.value.map((v, i) => declared(v === 1 ? 'chunked' : 'full', `${list.pointer}/${i}`));
};
/** An int (every n-th layer global) or a string of L (local) and G (global), as EXAONE 4 writes. */
const slidingWindowPattern = (ctx) => {
    const { text, dims, numLayers } = ctx;
    const member = text.member('sliding_window_pattern');
    if (!member || member.value.type === 'null')
        return null;
    const pointer = text.pointerOf('sliding_window_pattern');
    if (member.value.type === 'string') {
        const letters = member.value.value.toUpperCase();
        if (!/^[LG]+$/.test(letters)) {
            text.report('error', 'invalid-pattern', 'sliding_window_pattern must be made of L (local) and G (global).', 'sliding_window_pattern');
            dims.invalid = true;
            return null;
        }
        // EXAONE 4's docstring: the last layer is always global, whatever the pattern says.
        return Array.from({ length: numLayers }, (_, i) => declared(i === numLayers - 1 || letters[i % letters.length] === 'G' ? 'full' : 'sliding', pointer));
    }
    return periodic(ctx, 'sliding_window_pattern', (i, n) => (i + 1) % n === 0, 'full', 'sliding');
};
const DECLARED_PATTERNS = [
    layerTypes,
    blockPattern,
    blockConfigs,
    attentionPeriod,
    fullAttentionInterval,
    attentionTypeList,
    fullAttentionIndices,
    noRopeLayers,
    slidingWindowPattern
];

;// CONCATENATED MODULE: ./src/engine/layers/detect.ts




/** Far above any real model (the deepest have a few hundred layers), far below what exhausts memory. */
const MAX_LAYERS = 1_000_000;
/**
 * The tiered layer-pattern detector: one decision per layer, each with its tier and source.
 * Tier 1 is what the config declares, Tier 2 what the checkpoint's weight names show, Tier 3 the
 * model type's known layout when the config says nothing.
 */
function detectLayers({ dims, weights, weightsName, stateDtypes }) {
    const text = dims.text;
    const family = dims.family;
    const label = dims.model.modelType ?? 'this model';
    const counted = countLayers(dims, weights, weightsName);
    const hidden = dims.positive(dims.get('hidden_size'), 'hidden_size');
    const heads = dims.positive(dims.get('num_attention_heads'), 'num_attention_heads');
    if (counted === null) {
        missing(dims, ['num_hidden_layers (or n_layer, num_layers)']);
        return null;
    }
    const numLayers = dims.atMost(dims.positive(counted, 'The number of layers'), MAX_LAYERS, 'The number of layers');
    if (numLayers === null)
        return null;
    const ctx = {
        dims,
        text,
        numLayers: numLayers.value,
        numHeads: heads?.value ?? null
    };
    let decisions = null;
    for (const reader of DECLARED_PATTERNS) {
        decisions = reader(ctx);
        if (decisions)
            break;
    }
    decisions ??= familyWindowRule(ctx);
    if (!decisions) {
        const layout = family?.layout;
        const source = layout
            ? `${label}: ${layout.describe}`
            : `${label}: every layer attention (the config declares no layer pattern)`;
        const fallback = (i) => layout
            ? { role: layout.roles(i, numLayers.value), tier: 3, source }
            : { role: 'attention', tier: 3, source };
        decisions = weights
            ? fromWeights(dims, weights, numLayers.value, weightsName, fallback)
            : Array.from({ length: numLayers.value }, (_, i) => fallback(i));
    }
    // Pad a too-short declaration (already reported) so every layer still gets a row.
    while (decisions.length < numLayers.value) {
        decisions.push({ role: 'none', tier: 1, source: 'missing from the declared pattern' });
    }
    decisions = decisions.slice(0, numLayers.value);
    if (weights)
        crossCheck(dims, decisions, weights, numLayers.value, weightsName);
    const window = resolveWindow(dims, decisions);
    const chunk = dims.get('attention_chunk_size');
    const mla = resolveMla(dims);
    const shared = dims.key('num_kv_shared_layers');
    const sharedFrom = shared ? numLayers.value - shared.value : numLayers.value;
    if (shared && shared.value > numLayers.value) {
        text.report('error', 'invalid-size', `num_kv_shared_layers (${shared.value}) exceeds the ${numLayers.value} layers.`, 'num_kv_shared_layers');
        dims.invalid = true;
    }
    const roles = decisions.map((d) => normalizeRole(d.role, dims));
    const needsAttention = roles.some((r) => r === 'full' || r === 'sliding' || r === 'chunked' || r === 'attention' || r === 'hybrid');
    const attention = needsAttention && !mla ? resolveAttention(dims, hidden, heads) : null;
    const perLayerHeads = needsAttention && !mla ? perLayerKvHeads(dims, numLayers.value) : null;
    const stateModel = family?.stateModel;
    let state = null;
    const needsState = roles.some((r) => r === 'linear' || r === 'ssm' || r === 'conv' || r === 'hybrid');
    if (needsState) {
        if (!stateModel) {
            text.report('error', 'unknown-state-shape', `${label} has recurrent or convolution layers, but cachespec does not know the state shape of this model type.`, null);
            dims.invalid = true;
        }
        else {
            const result = stateTensors(stateModel, dims, hidden, stateDtypes);
            if ('missing' in result)
                missing(dims, [result.missing]);
            else
                state = result.tensors;
        }
    }
    const sharedSource = shared
        ? `${shared.source} (the last ${shared.value} layers reuse earlier layers' KV)`
        : '';
    const unset = new Set();
    const layers = decisions.map((d, index) => {
        let kind = kindOf(roles[index], window?.value ?? null, chunk?.value ?? null, d, dims, unset);
        let source = d.source;
        if (mla && isAttentionKind(kind))
            kind = 'mla';
        if (shared && index >= sharedFrom && isAttentionKind(kind)) {
            kind = 'shared';
            source = sharedSource;
        }
        let kvHeads = 0;
        let headDim = 0;
        if (kind === 'mla' && mla) {
            kvHeads = 1;
            headDim = mla.width;
        }
        else if (kind === 'full' || kind === 'sliding' || kind === 'chunked' || kind === 'hybrid') {
            const layerType = kind === 'full' ? 'full' : 'other';
            headDim = attention?.headDim(layerType) ?? 0;
            kvHeads = d.kvHeads ?? perLayerHeads?.[index] ?? attention?.kvHeads(layerType) ?? 0;
        }
        return {
            index,
            kind,
            kvHeads,
            headDim,
            window: kind === 'sliding'
                ? (window?.value ?? null)
                : kind === 'chunked'
                    ? (chunk?.value ?? null)
                    : null,
            tier: d.tier,
            source
        };
    });
    for (const key of unset) {
        const { code, message } = UNSET_LENGTH[key];
        text.report('error', code, message, text.member(key) ? key : null);
        dims.invalid = true;
    }
    return {
        layers,
        state: state ?? [],
        numLayers: numLayers.value,
        slidingWindow: layers.some((l) => l.kind === 'sliding') ? (window?.value ?? null) : null,
        attentionChunk: layers.some((l) => l.kind === 'chunked') ? (chunk?.value ?? null) : null
    };
}
function isAttentionKind(kind) {
    return kind === 'full' || kind === 'sliding' || kind === 'chunked';
}
function missing(dims, keys) {
    dims.text.report('error', 'missing-dimension', `The KV cache cannot be sized: ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} missing${dims.family ? '' : ' and this model type has no known defaults'}.`, dims.model.modelTypeField && dims.model.modelTypeField.pointer.startsWith(dims.text.pointer)
        ? 'model_type'
        : null);
    dims.invalid = true;
}
function countLayers(dims, weights, weightsName) {
    const text = dims.text;
    if (dims.family?.layersFromPattern) {
        const pattern = text.string('hybrid_override_pattern');
        const list = text.array('layers_block_type');
        const fromPattern = list
            ? { value: list.value.length, source: list.pointer }
            : pattern
                ? { value: pattern.value.length, source: pattern.pointer }
                : null;
        if (fromPattern)
            return fromPattern;
    }
    const declared = dims.get('num_hidden_layers');
    if (declared || dims.present('num_hidden_layers'))
        return declared;
    const types = text.array('layer_types');
    if (types)
        return { value: types.value.length, source: types.pointer };
    if (weights)
        return {
            value: weights.count,
            source: `${weightsName}: ${weights.prefix}.0–${weights.count - 1}`
        };
    return null;
}
/** Qwen2-style and SmolLM3 windows, which only exist when use_sliding_window says so. */
function familyWindowRule(ctx) {
    const { dims, text, numLayers } = ctx;
    const rule = dims.family?.window;
    if (rule !== 'qwen2' && rule !== 'qwen2-moe' && rule !== 'smollm3')
        return null;
    const use = text.flag('use_sliding_window');
    const window = dims.get('sliding_window');
    const enabled = use?.value === true && window !== null && window.value > 0;
    if (!enabled) {
        if (use?.value === false && window && window.value > 0 && text.has('sliding_window')) {
            text.report('notice', 'window-disabled', `sliding_window is ${window.value} but use_sliding_window is false, so no layer uses a window (transformers sets sliding_window to None).`, 'sliding_window');
        }
        const source = use
            ? use.pointer
            : `${dims.model.modelType ?? 'model'}: use_sliding_window defaults to false`;
        return Array.from({ length: numLayers }, () => ({ role: 'full', tier: use ? 1 : 3, source }));
    }
    if (rule === 'smollm3') {
        const interval = dims.key('no_rope_layer_interval')?.value ?? 4;
        const list = text.sizeList('no_rope_layers');
        const ropes = list && typeof list !== 'symbol' ? list.value : null;
        return Array.from({ length: numLayers }, (_, i) => {
            const hasRope = ropes ? ropes[i] !== 0 : (i + 1) % interval !== 0;
            return {
                role: hasRope ? 'full' : 'sliding',
                tier: 1,
                source: `${use.pointer}, no_rope_layers`
            };
        });
    }
    const maxWindowLayers = dims.key('max_window_layers')?.value ?? numLayers;
    return Array.from({ length: numLayers }, (_, i) => {
        const sliding = rule === 'qwen2' ? i >= maxWindowLayers : (i + 1) % 2 === 1 && i < maxWindowLayers;
        return {
            role: sliding ? 'sliding' : 'full',
            tier: 1,
            source: `${use.pointer}, max_window_layers = ${maxWindowLayers}`
        };
    });
}
/**
 * Tier 2 decides what each layer is (attention, linear, SSM, conv) when the config says nothing;
 * the model type's layout still splits attention into sliding and full, which weights cannot show.
 */
function fromWeights(dims, weights, numLayers, weightsName, fallback) {
    const roleOf = {
        attention: 'attention',
        linear: 'linear',
        ssm: 'ssm',
        conv: 'conv',
        hybrid: 'hybrid',
        none: 'none'
    };
    const mismatches = [];
    const decisions = Array.from({ length: numLayers }, (_, i) => {
        const known = fallback(i);
        const cls = weights.classes.get(i);
        if (cls === undefined)
            return known;
        const evidence = `${weightsName}: ${weights.prefix}.${i} has ${cls} weights`;
        if (known.role === 'attention')
            return { role: roleOf[cls], tier: 2, source: evidence };
        if (classOfRole(known.role, dims) !== cls) {
            mismatches.push(i);
            return { role: roleOf[cls], tier: 2, source: evidence };
        }
        const refined = known.role === 'sliding' || known.role === 'chunked';
        return refined
            ? { ...known, source: `${known.source}; ${evidence}` }
            : { role: known.role, tier: 2, source: evidence };
    });
    if (mismatches.length > 0) {
        const shown = mismatches.slice(0, 5).join(', ');
        dims.text.report('warning', 'weights-disagree', `The config declares no layer pattern, and ${weightsName} does not follow the ${dims.model.modelType ?? 'model-type'} default at layer${mismatches.length === 1 ? '' : 's'} ${shown}${mismatches.length > 5 ? ` and ${mismatches.length - 5} more` : ''}; the weights decide those layers, but transformers would build the default layout. Add layer_types to the config.`, dims.model.modelTypeField && dims.text.member('model_type') ? 'model_type' : null);
    }
    return decisions;
}
function classOfRole(role, dims) {
    switch (normalizeRole(role, dims)) {
        case 'linear':
            return 'linear';
        case 'ssm':
            return 'ssm';
        case 'conv':
            return 'conv';
        case 'hybrid':
            return 'hybrid';
        case 'none':
            return 'none';
        default:
            return 'attention';
    }
}
/** Tier 2 cross-checks what Tier 1 and Tier 3 decided; a disagreement is a warning. */
function crossCheck(dims, decisions, weights, numLayers, weightsName) {
    const text = dims.text;
    const extra = dims.key('num_nextn_predict_layers')?.value ?? dims.key('mtp_num_hidden_layers')?.value ?? 0;
    if (weights.count !== numLayers && weights.count !== numLayers + extra) {
        text.report('warning', 'weights-disagree', `The config has ${numLayers} layers but ${weightsName} has weights for ${weights.count} (${weights.prefix}.0–${weights.count - 1}).`, text.has('num_hidden_layers') ? 'num_hidden_layers' : null);
    }
    const mismatches = [];
    for (const [i, d] of decisions.entries()) {
        // Layers past the weights' last one are covered by the count warning above.
        if (d.tier === 2 || i >= weights.count)
            continue;
        const expected = classOfRole(d.role, dims);
        const actual = weights.classes.get(i) ?? 'none';
        if (expected !== actual)
            mismatches.push(`layer ${i} is ${ROLE_WORDS[d.role]} in the config but has ${actual} weights`);
    }
    if (mismatches.length > 0) {
        const shown = mismatches.slice(0, 3).join('; ');
        const more = mismatches.length > 3 ? `; and ${mismatches.length - 3} more layers` : '';
        text.report('warning', 'weights-disagree', `The config and ${weightsName} disagree: ${shown}${more}.`, text.has('layer_types') ? 'layer_types' : null);
    }
}
function normalizeRole(role, dims) {
    const model = dims.family?.stateModel;
    // Newer transformers names Mamba layers "linear_attention" (remap_legacy_layer_types).
    if (role === 'linear' && (model === 'mamba1' || model === 'mamba2'))
        return 'ssm';
    return role;
}
function resolveWindow(dims, decisions) {
    const w = dims.get('sliding_window');
    if (!w || w.value === 0)
        return null;
    const text = dims.text;
    const max = dims.get('max_position_embeddings');
    const usesWindow = decisions.some((d) => d.role === 'sliding') ||
        ((dims.family?.window ?? 'uniform') === 'uniform' &&
            decisions.some((d) => d.role === 'attention'));
    if (usesWindow && max && w.value >= max.value && text.has('sliding_window')) {
        text.report('notice', 'window-exceeds-context', `sliding_window (${w.value}) is not smaller than max_position_embeddings (${max.value}): the window never limits the cache.`, 'sliding_window');
    }
    return w;
}
const UNSET_LENGTH = {
    sliding_window: {
        code: 'missing-window',
        message: 'Some layers are declared sliding-window layers, but sliding_window is not set.'
    },
    attention_chunk_size: {
        code: 'missing-chunk',
        message: 'Some layers are declared chunked-attention layers, but attention_chunk_size is not set.'
    }
};
function kindOf(role, window, chunk, d, dims, unset) {
    const rule = dims.family?.window ?? 'uniform';
    switch (role) {
        case 'attention':
            return rule === 'uniform' && window !== null ? 'sliding' : 'full';
        case 'sliding':
            if (window !== null)
                return 'sliding';
            if (d.tier === 1)
                unset.add('sliding_window');
            return 'full';
        case 'chunked':
            if (chunk !== null)
                return 'chunked';
            if (d.tier === 1 && dims.family?.id !== 'llama4')
                unset.add('attention_chunk_size');
            return 'full';
        default:
            return role;
    }
}
/** MLA: one latent of kv_lora_rank + qk_rope_head_dim per token and layer (vLLM MLAAttentionSpec). */
function resolveMla(dims) {
    const explicit = dims.text.member('kv_lora_rank');
    if (!dims.family?.mla && !explicit)
        return null;
    const rank = dims.key('kv_lora_rank');
    if (!rank)
        return null;
    const rope = dims.key('qk_rope_head_dim');
    if (!rope) {
        missing(dims, ['qk_rope_head_dim']);
        return null;
    }
    return { width: rank.value + rope.value };
}
function resolveAttention(dims, hidden, heads) {
    const text = dims.text;
    const family = dims.family;
    const label = dims.model.modelType ?? 'model';
    const missingKeys = [];
    const byDivision = () => {
        if (!hidden || !heads || heads.value === 0)
            return null;
        const q = hidden.value / heads.value;
        return Number.isInteger(q) ? q : null;
    };
    let headDim = null;
    const read = text.size(['head_dim', 'attention_head_dim', 'kv_channels', 'hidden_size_per_head']);
    const divided = hidden && heads && heads.value > 0 ? hidden.value / heads.value : null;
    if (read === INVALID) {
        dims.invalid = true;
    }
    else if (family?.headDimFromHidden) {
        headDim = byDivision();
        if (headDim === null)
            missingKeys.push('hidden_size, num_attention_heads');
    }
    else if (read) {
        headDim = read.value;
        if (divided !== null && divided !== read.value) {
            text.report('notice', 'head-dim-differs', `${read.key} is ${read.value}, not hidden_size / num_attention_heads = ${formatRatio(hidden.value, heads.value)}; the explicit value is used, as transformers and vLLM do.`, read.key);
        }
    }
    else if (family?.defaults.head_dim) {
        headDim = family.defaults.head_dim;
        if (divided !== null && divided !== headDim) {
            text.report('notice', 'head-dim-differs', `head_dim is not in the config; the ${label} default is ${headDim}, not hidden_size / num_attention_heads = ${formatRatio(hidden.value, heads.value)}.`, null);
        }
    }
    else {
        headDim = byDivision();
        if (headDim === null) {
            if (divided !== null) {
                text.report('error', 'head-dim-not-integer', `hidden_size / num_attention_heads = ${formatRatio(hidden.value, heads.value)} is not a whole number, and there is no head_dim.`, 'hidden_size');
                dims.invalid = true;
            }
            else {
                missingKeys.push('head_dim (or hidden_size and num_attention_heads)');
            }
        }
    }
    const kvHeads = resolveKvHeads(dims, heads, missingKeys);
    if (kvHeads !== null && heads && kvHeads.value > 0 && heads.value % kvHeads.value !== 0) {
        text.report('error', 'heads-not-divisible', `num_attention_heads (${heads.value}) is not a multiple of the ${kvHeads.value} KV heads; grouped-query attention needs whole groups.`, kvHeads.source.startsWith(text.pointer + '/')
            ? kvHeads.source.slice(text.pointer.length + 1)
            : null);
        dims.invalid = true;
    }
    for (const d of [headDim, kvHeads?.value]) {
        if (d === 0) {
            text.report('error', 'non-positive-dimension', 'Attention layers need at least one KV head and a head_dim above zero.', null);
            dims.invalid = true;
        }
    }
    if (missingKeys.length > 0)
        missing(dims, missingKeys);
    const perLayer = family?.id === 'openelm';
    if (headDim === null || (kvHeads === null && !perLayer))
        return null;
    const kv = kvHeads?.value ?? 0;
    // Gemma 4: global layers have their own head_dim and, with k_eq_v, their own KV heads.
    const globalHeadDim = family?.id === 'gemma4' ? (dims.key('global_head_dim')?.value ?? headDim) : headDim;
    const globalKv = family?.id === 'gemma4' && text.flag('attention_k_eq_v')?.value === true
        ? (dims.key('num_global_key_value_heads')?.value ?? kv)
        : kv;
    return {
        headDim: (t) => (t === 'full' ? globalHeadDim : headDim),
        kvHeads: (t) => (t === 'full' ? globalKv : kv)
    };
}
function resolveKvHeads(dims, heads, missingKeys) {
    const text = dims.text;
    const rule = dims.family?.kvHeadsRule;
    const flagOr = (key, fallback) => text.flag(key)?.value ?? fallback;
    // Falcon-40B's RefinedWeb format implies the new decoder architecture (grouped KV heads).
    const oldFalcon = rule === 'falcon' && !flagOr('new_decoder_architecture', dims.model.modelType === 'refinedweb');
    if (oldFalcon || rule === 'multi-query') {
        if (!flagOr('multi_query', true))
            return heads;
        return {
            value: 1,
            source: text.has('multi_query')
                ? text.pointerOf('multi_query')
                : `${oldFalcon ? 'falcon' : 'gpt_bigcode'} default multi_query = true`
        };
    }
    if (rule === 'chatglm') {
        if (!flagOr('multi_query_attention', false))
            return heads;
        return dims.key('multi_query_group_num');
    }
    if (dims.family?.id === 'openelm')
        return null;
    const nested = text.child('attn_config');
    const mpt = nested ? dims.accept(nested.size(['kv_n_heads'])) : undefined;
    const kv = dims.get('num_key_value_heads') ?? mpt ?? null;
    if (kv)
        return kv;
    if (heads)
        return { value: heads.value, source: `${heads.source} (no KV-head key: multi-head attention)` };
    missingKeys.push('num_attention_heads');
    return null;
}
/** OpenELM lists KV heads per layer. */
function perLayerKvHeads(dims, numLayers) {
    if (dims.family?.id !== 'openelm')
        return null;
    const text = dims.text;
    const list = text.sizeList('num_kv_heads');
    if (list === null) {
        missing(dims, ['num_kv_heads']);
        return null;
    }
    if (typeof list === 'symbol') {
        dims.invalid = true;
        return null;
    }
    if (list.value.length !== numLayers) {
        text.report('error', 'layer-types-length', `num_kv_heads lists ${list.value.length} layers but the model has ${numLayers}.`, 'num_kv_heads');
        dims.invalid = true;
    }
    const queries = text.sizeList('num_query_heads');
    if (queries && typeof queries !== 'symbol') {
        for (const [i, q] of queries.value.entries()) {
            const kv = list.value[i];
            if (kv !== undefined && (kv === 0 || q % kv !== 0)) {
                text.report('error', 'heads-not-divisible', `Layer ${i}: num_query_heads (${q}) is not a multiple of num_kv_heads (${kv}).`, 'num_kv_heads');
                dims.invalid = true;
            }
        }
    }
    return list.value;
}
function formatRatio(a, b) {
    const q = a / b;
    return Number.isInteger(q) ? String(q) : `${a}/${b} ≈ ${q.toFixed(2)}`;
}

;// CONCATENATED MODULE: ./src/engine/layers/pattern.ts
const same = (a, b) => a.kind === b.kind && a.window === b.window && a.kvHeads === b.kvHeads && a.headDim === b.headDim;
/** The shortest repeating unit of the layer list, when it repeats at least twice. */
function findPeriod(layers) {
    const n = layers.length;
    for (let p = 1; p * 2 <= n; p++) {
        let ok = true;
        for (let i = p; i < n && ok; i++)
            ok = same(layers[i], layers[i - p]);
        if (ok)
            return { length: p, repeats: Math.floor(n / p) };
    }
    return null;
}
/** Kinds in order of first appearance, with counts. */
function counts(layers) {
    const out = new Map();
    for (const l of layers)
        out.set(l.kind, (out.get(l.kind) ?? 0) + 1);
    return [...out];
}
/**
 * A short name for the layout: "all full", "5 sliding : 1 full" (the repeating unit),
 * or overall counts "54 ssm · 10 full · 54 none" when nothing repeats.
 */
function summarizePattern(layers) {
    if (layers.length === 0)
        return 'no layers';
    const period = findPeriod(layers);
    if (period && period.length === 1)
        return `all ${layers[0].kind}`;
    const unit = counts(period ? layers.slice(0, period.length) : layers);
    if (unit.length === 1)
        return `all ${unit[0][0]}`;
    return unit.map(([kind, n]) => `${n} ${kind}`).join(period ? ' : ' : ' · ');
}

;// CONCATENATED MODULE: ./src/engine/layers/weights.ts


/** Stacks that are not the language model's decoder (vision towers also have self_attn layers). */
const NOT_DECODER = /(^|\.)(vision|visual|vision_tower|vision_model|image|audio|audio_tower|speech|encoder|vit|siglip|clip|mm_projector|multi_modal_projector|talker|mtp)(\.|_|$)/i;
const LAYER_KEY = /^(.*?)\.(\d+)\.([^.]+)(?:\.([^.]+))?/;
const ATTENTION_MODULES = new Set(['self_attn', 'attn', 'attention', 'self_attention']);
const SSM_MODULES = new Set(['mamba', 'ssm', 'mamba_mixer']);
const CONV_MODULES = new Set(['conv', 'short_conv']);
/** A generic "mixer" module is an SSM, attention or MLP depending on what it holds (Nemotron-H, Mamba). */
const SSM_TENSORS = new Set(['A_log', 'conv1d', 'dt_bias', 'D']);
const ATTENTION_TENSORS = new Set(['q_proj', 'k_proj', 'v_proj', 'qkv_proj', 'o_proj']);
function readWeightInventory(text) {
    const { root } = parseJson(text);
    if (root?.type !== 'object')
        return { problem: 'it is not a JSON object' };
    const map = root.members.get('weight_map')?.value;
    if (map?.type !== 'object')
        return { problem: 'it has no "weight_map" object' };
    const stacks = new Map();
    for (const name of map.members.keys()) {
        const m = LAYER_KEY.exec(name);
        if (!m)
            continue;
        const [, prefix, index, module, tensor] = m;
        if (NOT_DECODER.test(prefix))
            continue;
        let layers = stacks.get(prefix);
        if (!layers)
            stacks.set(prefix, (layers = new Map()));
        const i = Number(index);
        let found = layers.get(i);
        if (!found)
            layers.set(i, (found = { attention: false, linear: false, ssm: false, conv: false }));
        note(found, module, tensor);
    }
    let best = null;
    for (const entry of stacks) {
        if (best === null || entry[1].size > best[1].size)
            best = entry;
    }
    if (best === null)
        return { problem: 'no decoder layers were found in its weight names' };
    const [fullPrefix, layers] = best;
    const prefix = clipText(fullPrefix, 200);
    const classes = new Map();
    for (const [i, found] of layers)
        classes.set(i, classify(found));
    let count = 0;
    for (const i of layers.keys())
        count = Math.max(count, i + 1);
    return { inventory: { prefix, count, classes } };
}
function note(found, module, tensor) {
    if (ATTENTION_MODULES.has(module))
        found.attention = true;
    else if (module === 'linear_attn')
        found.linear = true;
    else if (SSM_MODULES.has(module))
        found.ssm = true;
    else if (CONV_MODULES.has(module))
        found.conv = true;
    else if (module === 'mixer' && tensor !== undefined) {
        if (SSM_TENSORS.has(tensor))
            found.ssm = true;
        else if (ATTENTION_TENSORS.has(tensor))
            found.attention = true;
    }
}
function classify(f) {
    if (f.attention && f.ssm)
        return 'hybrid';
    if (f.attention)
        return 'attention';
    if (f.linear)
        return 'linear';
    if (f.ssm)
        return 'ssm';
    if (f.conv)
        return 'conv';
    return 'none';
}

;// CONCATENATED MODULE: ./src/engine/options.ts
const DEFAULT_CONTEXTS = [4096, 32768, 131072];
const DEFAULT_OPTIONS = {
    contexts: DEFAULT_CONTEXTS,
    kvDtype: 'auto',
    batch: 1
};
/** Files this large are not model configs (the largest real ones are a few KiB). */
const MAX_CONFIG_BYTES = 1024 * 1024;

;// CONCATENATED MODULE: ./src/engine/parse/positions.ts
/** Turns offsets into 1-based lines and columns; line starts are computed once, on first use. */
class LineIndex {
    text;
    starts = null;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        const starts = (this.starts ??= lineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const bom = lo === 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
        return { line: lo + 1, column: Math.max(1, offset - starts[lo] + 1 - bom) };
    }
    locate(raw) {
        const { line, column } = this.position(raw.offset);
        return {
            severity: raw.severity,
            code: raw.code,
            message: raw.message,
            pointer: raw.pointer,
            line,
            column
        };
    }
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a)
            starts.push(i + 1);
        else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)
            starts.push(i + 1);
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/engine/utf8.ts
/** UTF-8 length of a string, without Buffer (the engine and rendering do no I/O). */
function utf8Length(text) {
    let bytes = text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80)
            bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/engine/analyze.ts














const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
/** config.json text → KV-cache spec, memory and findings. Never throws on any input. */
function analyzeConfig(input, options) {
    const sink = [];
    const lines = new LineIndex(input.text);
    const finish = (partial) => {
        const findings = sink.map((f) => lines.locate(f));
        const invalid = findings.some((f) => f.severity === 'error');
        return {
            path: input.path,
            status: invalid ? 'invalid' : 'ok',
            modelType: partial.modelType ?? null,
            spec: partial.spec ?? null,
            memory: invalid ? null : (partial.memory ?? null),
            findings
        };
    };
    const fileProblem = checkFile(input);
    if (fileProblem) {
        sink.push(fileProblem);
        return finish({});
    }
    const parsed = parseJson(input.text);
    for (const f of parsed.findings)
        sink.push(f);
    if (!parsed.root)
        return finish({});
    if (parsed.root.type !== 'object') {
        sink.push({
            severity: 'error',
            code: 'not-an-object',
            message: 'A model config must be a JSON object.',
            pointer: '',
            offset: parsed.root.offset
        });
        return finish({});
    }
    const model = locateTextModel(new ConfigView(parsed.root, '', sink));
    const label = model.modelType ?? 'this model';
    if (!model.family)
        noteUnknownType(model);
    const dims = new Dimensions(model, label);
    const weights = readWeights(input, model, sink);
    const dtype = modelDtype(model);
    const kvType = options.kvDtype === 'auto' ? dtype : kvElementType(options.kvDtype);
    const detection = detectLayers({
        dims,
        weights,
        weightsName: input.weightIndex?.name ?? '',
        stateDtypes: { conv: dtype, recurrent: stateDtype(model) ?? dtype }
    });
    if (!detection)
        return finish({ modelType: model.modelType });
    if (kvType.name.startsWith('mlx-'))
        checkMlxQuantization(model, detection.layers);
    const spec = specReport(detection);
    const memory = computeMemory(detection.layers, detection.state, kvType, options.contexts, options.batch);
    return finish({ modelType: model.modelType, spec, memory: memoryReport(memory, kvType, model) });
}
/** A report for a file that could not be read as a config (symlink, too large, gone…). */
function unreadableReport(path, code, message) {
    return {
        path,
        status: 'invalid',
        modelType: null,
        spec: null,
        memory: null,
        findings: [{ severity: 'error', code, message, pointer: '', line: 1, column: 1 }]
    };
}
function checkFile(input) {
    const bytes = input.byteLength ?? utf8Length(input.text);
    const at = (code, message) => ({
        severity: 'error',
        code,
        message,
        pointer: '',
        offset: 0
    });
    if (bytes > MAX_CONFIG_BYTES) {
        return at('file-too-large', `The file is ${bytes} bytes; model configs are a few KiB, and files over 1 MiB are not read.`);
    }
    if (input.text.startsWith(LFS_POINTER)) {
        return at('lfs-pointer', 'This is a Git LFS pointer, not the config: the content is not in the repository (fetch LFS objects, or keep config.json out of LFS).');
    }
    if (input.text.includes('\u0000'))
        return at('not-text', 'The file contains NUL bytes; it is not a JSON text file.');
    return null;
}
function noteUnknownType(model) {
    const field = model.modelTypeField;
    const what = field
        ? `model_type "${clipText(field.value)}" is not one cachespec knows`
        : 'The config has no model_type';
    const view = model.text.string('model_type') ? model.text : model.root;
    view.report('notice', 'unknown-model-type', `${what}; it is read with the standard keys and no family defaults.`, field ? 'model_type' : null);
}
function readWeights(input, model, sink) {
    if (!input.weightIndex)
        return null;
    const result = readWeightInventory(input.weightIndex.text);
    if ('inventory' in result)
        return result.inventory;
    sink.push({
        severity: 'warning',
        code: 'weight-index-unreadable',
        message: `${input.weightIndex.name} was not used to check the layers: ${result.problem}.`,
        pointer: '',
        offset: model.root.node.offset
    });
    return null;
}
/** torch_dtype or dtype of the text config, else of the whole model; float32 when none is named. */
function modelDtype(model) {
    for (const view of model.text === model.root ? [model.root] : [model.text, model.root]) {
        for (const key of ['torch_dtype', 'dtype']) {
            const field = view.string(key);
            if (!field)
                continue;
            const type = configElementType(field.value);
            if (type)
                return type;
            view.report('error', 'unknown-dtype', `${key} "${clipText(field.value)}" is not a dtype cachespec can size.`, key);
            return DEFAULT_MODEL_DTYPE;
        }
    }
    model.text.report('notice', 'dtype-assumed', 'The config names no torch_dtype or dtype, so float32 is assumed (what transformers loads); pass a kv-dtype to size a 16-bit deployment.', null);
    return DEFAULT_MODEL_DTYPE;
}
/** A recurrent-state dtype named by the config (Qwen3.5's mamba_ssm_dtype, Nemotron-H's mamba_ssm_cache_dtype). */
function stateDtype(model) {
    for (const view of [model.text, model.root]) {
        for (const key of ['mamba_ssm_cache_dtype', 'mamba_ssm_dtype']) {
            const field = view.string(key);
            if (!field)
                continue;
            const type = configElementType(field.value);
            if (type)
                return type;
            view.report('error', 'unknown-dtype', `${key} "${clipText(field.value)}" is not a dtype cachespec can size.`, key);
        }
    }
    return null;
}
function checkMlxQuantization(model, layers) {
    if (layers.some((l) => l.kind === 'sliding' || l.kind === 'chunked')) {
        model.text.report('warning', 'mlx-quantized-window', 'mlx-lm cannot quantize sliding-window or chunked caches (RotatingKVCache.to_quantized is not implemented, mlx-lm#1573): --kv-bits fails on this model.', null);
    }
    if (layers.some((l) => ownsKvCache(l.kind) && l.headDim % MLX_GROUP_SIZE !== 0)) {
        model.text.report('warning', 'mlx-group-size', `mlx-lm quantizes the KV cache in groups of ${MLX_GROUP_SIZE}; a head_dim that is not a multiple of ${MLX_GROUP_SIZE} cannot be quantized.`, null);
    }
}
function specReport(d) {
    const cached = d.layers.filter((l) => ownsKvCache(l.kind));
    const headline = (pick) => cached.reduce((m, l) => Math.max(m, pick(l)), 0);
    return {
        numLayers: d.numLayers,
        kvHeads: headline((l) => l.kvHeads),
        headDim: headline((l) => l.headDim),
        slidingWindow: d.slidingWindow,
        attentionChunk: d.attentionChunk,
        pattern: summarizePattern(d.layers),
        layers: d.layers
    };
}
function memoryReport(m, kvType, model) {
    let overflow = false;
    const safe = (v) => {
        if (v <= BigInt(Number.MAX_SAFE_INTEGER))
            return Number(v);
        overflow = true;
        return null;
    };
    const at = {};
    for (const [context, v] of m.at) {
        at[String(context)] = { kv: safe(v.kv), state: safe(v.state), total: safe(v.total) };
    }
    const report = {
        kvDtype: kvType.name,
        bytesPerElement: kvType.bytesPerElement,
        kvBytesPerToken: safe(m.kvBytesPerToken),
        stateBytes: safe(m.stateBytes),
        at
    };
    if (overflow) {
        model.text.report('error', 'memory-overflow', 'A memory figure exceeds 2^53 − 1 bytes (8 PiB), beyond what the report can state exactly; the dimensions are not those of a real model.', null);
    }
    return report;
}

;// CONCATENATED MODULE: ./src/engine/changes.ts
/** Total memory at `context`, exact, or null when the report has no memory figures. */
function totalAt(report, context) {
    const v = report?.memory?.at[String(context)]?.total;
    return v === undefined || v === null ? null : BigInt(v);
}
/** Head minus base at one context; null for added/removed models or when either side is invalid. */
function deltaAt(change, context) {
    if (change.change === 'added' || change.change === 'removed')
        return null;
    const base = totalAt(change.base, context);
    const head = totalAt(change.head, context);
    if (base === null || head === null)
        return null;
    const bytes = head - base;
    return { bytes, percent: base === 0n ? null : (Number(bytes) / Number(base)) * 100 };
}
/**
 * The whole change's effect at one context: modified and renamed configs count their delta, added
 * ones their full size, removed ones minus theirs. `complete` is false when a side could not be
 * evaluated, so the sum leaves something out.
 */
function totalDelta(changes, context) {
    let bytes = 0n;
    let complete = true;
    for (const c of changes) {
        const d = deltaAt(c, context);
        const base = totalAt(c.base, context);
        const head = totalAt(c.head, context);
        if (d)
            bytes += d.bytes;
        else if (c.change === 'added' && head !== null)
            bytes += head;
        else if (c.change === 'removed' && base !== null)
            bytes -= base;
        else
            complete = false;
    }
    return { bytes, complete };
}

;// CONCATENATED MODULE: ./src/engine/gate.ts


function subjectsOfChanges(changes) {
    return changes.flatMap((c) => (c.head ? [{ path: c.path, head: c.head, change: c }] : []));
}
function subjectsOfScan(models) {
    return models.map((m) => ({ path: m.path, head: m, change: null }));
}
/**
 * Fails closed: a model that could not be evaluated fails any budget it is subject to, and every
 * comparison is written so that a missing figure counts as a breach.
 */
function evaluateGate(subjects, policy) {
    const failures = [];
    const hasBudget = policy.maxKvBytesPerToken !== null ||
        policy.maxMemory.length > 0 ||
        policy.maxIncreasePercent !== null;
    for (const { path, head, change } of subjects) {
        const fail = (reason) => failures.push({ path, reason });
        if (policy.failOn !== 'never') {
            const threshold = SEVERITY_RANK[policy.failOn];
            const hits = head.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold);
            if (hits.length > 0) {
                const first = hits[0];
                const more = hits.length > 1 ? ` (and ${hits.length - 1} more)` : '';
                fail(`${first.severity} ${first.code} at line ${first.line}: ${first.message}${more}`);
            }
        }
        if (!hasBudget)
            continue;
        if (head.status !== 'ok' || !head.memory) {
            if (policy.failOn === 'never')
                fail('could not be evaluated, so its memory budget cannot be checked');
            continue;
        }
        const perToken = head.memory.kvBytesPerToken;
        if (policy.maxKvBytesPerToken !== null &&
            !(perToken !== null && BigInt(perToken) <= policy.maxKvBytesPerToken)) {
            fail(`KV bytes per token ${perToken ?? 'unknown'} exceed max-kv-bytes-per-token ${policy.maxKvBytesPerToken}`);
        }
        for (const budget of policy.maxMemory) {
            const total = totalAt(head, budget.context);
            if (!(total !== null && total <= budget.bytes)) {
                fail(`memory at ${budget.context} tokens is ${total ?? 'unknown'} bytes, over the ${budget.bytes}-byte budget`);
            }
        }
        if (policy.maxIncreasePercent !== null && change) {
            const delta = deltaAt(change, policy.primaryContext);
            if (delta &&
                delta.bytes > 0n &&
                !(delta.percent !== null && delta.percent <= policy.maxIncreasePercent)) {
                fail(`memory at ${policy.primaryContext} tokens grows by ${delta.percent === null ? 'an unbounded share' : `${delta.percent.toFixed(1)}%`}, over max-increase ${policy.maxIncreasePercent}%`);
            }
        }
    }
    return { failed: failures.length > 0, failures };
}
/** The configs that fail, each once however many of its checks failed. */
function failingPaths(gate) {
    return new Set(gate.failures.map((f) => f.path));
}

;// CONCATENATED MODULE: ./src/io/content.ts

const WEIGHT_INDEX_NAME = 'model.safetensors.index.json';
/** The weight index that sits beside a config, for Tier 2. */
function siblingWeightIndex(configPath) {
    const slash = configPath.lastIndexOf('/');
    return slash === -1 ? WEIGHT_INDEX_NAME : `${configPath.slice(0, slash + 1)}${WEIGHT_INDEX_NAME}`;
}
/** Weight indexes are larger than configs (a big MoE lists thousands of tensors). */
const MAX_WEIGHT_INDEX_BYTES = 16 * 1024 * 1024;
/** How much of a file any reader reads before calling it too large. */
function readLimit(path) {
    return path.endsWith(WEIGHT_INDEX_NAME) ? MAX_WEIGHT_INDEX_BYTES : MAX_CONFIG_BYTES;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/io/git.ts

class GitError extends Error {
}
const SYMLINK_MODE = '120000';
/**
 * Git, run without a shell: paths travel NUL-separated (`-z`), so names with newlines, quotes or
 * pipes stay intact, and no configured diff driver or text conversion can run.
 */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    run(args, input) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['-c', 'core.quotePath=false', ...args], {
                cwd: this.cwd,
                stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
            });
            const out = [];
            const err = [];
            child.stdout?.on('data', (d) => out.push(d));
            child.stderr?.on('data', (d) => err.push(d));
            child.on('error', (e) => reject(new GitError(`git could not be started: ${e.message}`)));
            child.on('close', (code) => {
                if (code === 0)
                    resolve(Buffer.concat(out));
                else
                    reject(new GitError(`git ${args[0]} failed: ${Buffer.concat(err).toString('utf8').trim()}`));
            });
            if (input !== undefined && child.stdin) {
                // git may exit before reading all of stdin (it fails early); that is reported by `close`.
                child.stdin.on('error', () => { });
                child.stdin.end(input);
            }
        });
    }
    async text(args) {
        return (await this.run(args)).toString('utf8').trim();
    }
    async isRepository() {
        try {
            return (await this.text(['rev-parse', '--is-inside-work-tree'])) === 'true';
        }
        catch {
            return false;
        }
    }
    async topLevel() {
        return this.text(['rev-parse', '--show-toplevel']);
    }
    /** The commit a revision names, or null. */
    async resolve(rev) {
        if (rev.startsWith('-'))
            return null;
        try {
            return await this.text([
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${rev}^{commit}`
            ]);
        }
        catch {
            return null;
        }
    }
    async mergeBase(a, b) {
        try {
            return await this.text(['merge-base', a, b]);
        }
        catch {
            return null;
        }
    }
    /** Fetches commits the shallow checkout lacks; false when the remote refuses or is unreachable. */
    async fetchCommits(shas, depth) {
        try {
            await this.run([
                'fetch',
                '--no-tags',
                '--quiet',
                ...(depth ? [`--depth=${depth}`] : []),
                'origin',
                ...shas
            ]);
            return true;
        }
        catch {
            return false;
        }
    }
    async diff(base, head) {
        const out = await this.run([
            'diff',
            '--raw',
            '-z',
            '-M',
            '--no-ext-diff',
            '--no-textconv',
            '--no-abbrev',
            base,
            head,
            '--'
        ]);
        return parseRawDiff(out.toString('utf8'));
    }
    async listTree(rev) {
        const out = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', rev]);
        const entries = [];
        for (const record of out.toString('utf8').split('\0')) {
            if (record === '')
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, blob, size] = record.slice(0, tab).split(/\s+/);
            if (type !== 'blob')
                continue;
            entries.push({
                path: record.slice(tab + 1),
                mode,
                blob,
                size: size === '-' ? null : Number(size)
            });
        }
        return entries;
    }
    /** Blob sizes by object id (absent when the object is missing). */
    async blobSizes(blobs) {
        const unique = [...new Set(blobs)];
        const sizes = new Map();
        if (unique.length === 0)
            return sizes;
        const out = await this.run(['cat-file', '--batch-check'], unique.join('\n') + '\n');
        for (const line of out.toString('utf8').split('\n')) {
            const [blob, type, size] = line.split(' ');
            if (type === 'blob')
                sizes.set(blob, Number(size));
        }
        return sizes;
    }
    /** Blob contents by object id, in one `git cat-file --batch` process. */
    async readBlobs(blobs) {
        const unique = [...new Set(blobs)];
        const result = new Map();
        if (unique.length === 0)
            return result;
        const out = await this.run(['cat-file', '--batch'], unique.join('\n') + '\n');
        let pos = 0;
        for (const blob of unique) {
            const eol = out.indexOf(0x0a, pos);
            const header = out.subarray(pos, eol).toString('utf8').split(' ');
            pos = eol + 1;
            if (header[1] === 'missing')
                continue;
            const size = Number(header[2]);
            result.set(blob, out.subarray(pos, pos + size));
            pos += size + 1;
        }
        return result;
    }
}
const STATUS = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    T: 'modified',
    R: 'renamed',
    C: 'added'
};
function parseRawDiff(raw) {
    const fields = raw.split('\0');
    const changes = [];
    let i = 0;
    while (i < fields.length && fields[i] !== '') {
        const [baseMode, headMode, baseBlob, headBlob, status] = fields[i].slice(1).split(' ');
        const letter = status[0];
        const twoPaths = letter === 'R' || letter === 'C';
        const first = fields[i + 1];
        const second = twoPaths ? fields[i + 2] : null;
        i += twoPaths ? 3 : 2;
        const change = STATUS[letter];
        if (!change)
            continue;
        changes.push({
            change,
            path: second ?? first,
            previousPath: letter === 'R' ? first : null,
            baseMode,
            headMode,
            baseBlob,
            headBlob
        });
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/io/glob.ts
/**
 * Glob patterns against repository-relative paths with `/`: `**` spans folders, `*` and `?` stay
 * within one, `{a,b}` alternates, `[...]` is a character class. A pattern matches the whole path.
 */
function globToRegExp(glob) {
    let re = '';
    let i = 0;
    let braces = 0;
    while (i < glob.length) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                re += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            braces++;
            re += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            re += ')';
        }
        else if (c === ',' && braces > 0)
            re += '|';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
                re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
        i++;
    }
    // `s`: a name may contain a newline, and `**` must still cover it.
    return new RegExp(`^${re}${')'.repeat(braces)}$`, 'su');
}
class PathFilter {
    include;
    exclude;
    constructor(include, exclude = []) {
        this.include = include.map(globToRegExp);
        this.exclude = exclude.map(globToRegExp);
    }
    matches(path) {
        return this.include.some((r) => r.test(path)) && !this.exclude.some((r) => r.test(path));
    }
}
/** Splits a list on newlines and on commas outside `{…}`, dropping blanks. */
function splitList(value) {
    const out = [];
    let current = '';
    let depth = 0;
    for (const c of value) {
        if (c === '{')
            depth++;
        if (c === '}')
            depth = Math.max(0, depth - 1);
        if (c === '\n' || (c === ',' && depth === 0)) {
            out.push(current);
            current = '';
        }
        else
            current += c;
    }
    out.push(current);
    return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/io/workspace.ts



const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/**
 * Walks a folder without following symlinks. A symlinked file that matches, or a symlinked
 * folder, is listed as such so it can be reported; no byte behind a link is ever read.
 */
function listWorkspace(root, filter) {
    const files = [];
    const symlinks = [];
    const weightIndexes = new Set();
    const pending = [''];
    while (pending.length > 0) {
        const dir = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isSymbolicLink()) {
                if (filter.matches(path) || filter.matches(`${path}/config.json`))
                    symlinks.push(path);
            }
            else if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    pending.push(path);
            }
            else if (entry.isFile()) {
                if (filter.matches(path))
                    files.push(path);
                if (entry.name === WEIGHT_INDEX_NAME)
                    weightIndexes.add(path);
            }
        }
    }
    return { files: files.sort(), symlinks: symlinks.sort(), weightIndexes };
}
/**
 * Reads repository-relative files under one root: every folder on the way is checked not to be a
 * symlink (each folder once), a file is opened with O_NOFOLLOW, and its size is checked on the
 * open descriptor before anything is read. Local reads are synchronous: a scan of ten thousand
 * small files is bound by system calls, not by waiting.
 */
class WorkspaceReader {
    root;
    folders = new Map();
    constructor(root) {
        this.root = root;
    }
    read(path) {
        const maxBytes = readLimit(path);
        const parts = path.split('/');
        if (parts.some((p) => p === '..' || p === '' || p === '.'))
            return { kind: 'unreadable', reason: 'not a plain relative path' };
        for (let i = 1; i < parts.length; i++) {
            const folder = this.folder(parts.slice(0, i).join('/'));
            if (folder !== 'ok')
                return { kind: folder };
        }
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)((0,external_node_path_namespaceObject.join)(this.root, ...parts), external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                return { kind: 'symlink' };
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { kind: 'missing' };
            return { kind: 'unreadable', reason: code ?? 'open failed' };
        }
        try {
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!st.isFile())
                return { kind: 'unreadable', reason: 'not a regular file' };
            if (st.size > maxBytes)
                return { kind: 'too-large', byteLength: st.size };
            const buffer = Buffer.allocUnsafe(st.size);
            let filled = 0;
            while (filled < st.size) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, filled, st.size - filled, filled);
                if (n === 0)
                    break;
                filled += n;
            }
            return { kind: 'text', text: buffer.toString('utf8', 0, filled), byteLength: filled };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    folder(path) {
        let state = this.folders.get(path);
        if (state === undefined) {
            try {
                const st = (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(this.root, path));
                state = st.isSymbolicLink() ? 'symlink' : st.isDirectory() ? 'ok' : 'missing';
            }
            catch {
                state = 'missing';
            }
            this.folders.set(path, state);
        }
        return state;
    }
}
function toPosix(path) {
    return path.split(/[\\/]+/).join(external_node_path_namespaceObject.posix.sep);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function api_describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = api_describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/options.ts



/**
 * Every option of the Action and the CLI, parsed once, here. Each schema takes the raw string an
 * input or flag carries; defaults live here too, not in action.yml.
 */
const MAX_CONTEXT = 1 << 30;
/** "32768", "32K", "1M" (K and M are 1024-based, as context lengths are usually written). */
function tokens(value) {
    const m = /^(\d+)\s*([kKmM]?)$/.exec(value.trim());
    if (!m)
        return null;
    const n = Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1024 : 1024 * 1024);
    return Number.isSafeInteger(n) && n > 0 && n <= MAX_CONTEXT ? n : null;
}
const BYTE_UNITS = {
    '': 1n,
    b: 1n,
    kb: 1000n,
    mb: 1000n ** 2n,
    gb: 1000n ** 3n,
    tb: 1000n ** 4n,
    kib: 1024n,
    mib: 1024n ** 2n,
    gib: 1024n ** 3n,
    tib: 1024n ** 4n
};
/** "24GiB", "1.5 GB", "4096" → exact bytes (fractions round down). */
function parseBytes(value) {
    const m = /^(\d+)(?:\.(\d+))?\s*([a-zA-Z]*)$/.exec(value.trim());
    if (!m)
        return null;
    const unit = BYTE_UNITS[m[3].toLowerCase()];
    if (unit === undefined)
        return null;
    const fraction = m[2] ?? '';
    const scale = 10n ** BigInt(fraction.length);
    return (BigInt(m[1] + fraction) * unit) / scale;
}
const issue = (ctx, message) => {
    ctx.addIssue({ code: 'custom', message });
    return NEVER;
};
const contextsSchema = schemas_string().transform((value, ctx) => {
    const parts = splitList(value);
    const parsed = parts.map(tokens);
    if (parts.length === 0 || parsed.some((n) => n === null)) {
        return issue(ctx, `expected token counts like "4096,32768,131072" or "4K,32K", got "${value}"`);
    }
    return [...new Set(parsed)].sort((a, b) => a - b);
});
const tokensSchema = schemas_string()
    .transform((value, ctx) => tokens(value) ?? issue(ctx, `expected a token count like 32768 or 32K, got "${value}"`));
const kvDtypeSchema = schemas_enum(KV_DTYPES, {
    message: `expected one of ${KV_DTYPES.join(', ')}`
});
const batchSchema = schemas_string().transform((value, ctx) => {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) && n >= 1 && n <= 1_000_000
        ? n
        : issue(ctx, `expected a whole number of sequences ≥ 1, got "${value}"`);
});
const failOnSchema = schemas_enum(['error', 'warning', 'never'], {
    message: 'expected error, warning or never'
});
const optionalBytesSchema = schemas_string().transform((value, ctx) => {
    if (value.trim() === '')
        return null;
    return parseBytes(value) ?? issue(ctx, `expected a size like 65536 or 512KiB, got "${value}"`);
});
const memoryBudgetsSchema = schemas_string().transform((value, ctx) => {
    const budgets = [];
    for (const part of splitList(value)) {
        const [context, size] = part.split(':');
        const n = context === undefined ? null : tokens(context);
        const bytes = size === undefined ? null : parseBytes(size);
        if (n === null || bytes === null)
            return issue(ctx, `expected "<context>:<size>" like "32768:24GiB", got "${part}"`);
        budgets.push({ context: n, bytes });
    }
    return budgets;
});
const percentSchema = schemas_string().transform((value, ctx) => {
    if (value.trim() === '')
        return null;
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim());
    return m ? Number(m[1]) : issue(ctx, `expected a percentage like 25%, got "${value}"`);
});
const shardSchema = schemas_string().transform((value, ctx) => {
    if (value.trim() === '')
        return null;
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
    const index = m ? Number(m[1]) : 0;
    const count = m ? Number(m[2]) : 0;
    if (!m || count < 1 || index < 1 || index > count || count > 10_000) {
        return issue(ctx, `expected "i/n" with 1 ≤ i ≤ n, like "2/4", got "${value}"`);
    }
    return { index, count };
});
const globsSchema = schemas_string().transform((value) => splitList(value));
/** Options shared by `cachespec scan|diff` and the Action. */
const RunOptionsSchema = object({
    paths: globsSchema,
    exclude: globsSchema,
    contexts: contextsSchema,
    primaryContext: tokensSchema,
    kvDtype: kvDtypeSchema,
    batch: batchSchema,
    failOn: failOnSchema,
    maxKvBytesPerToken: optionalBytesSchema,
    maxMemory: memoryBudgetsSchema,
    maxIncrease: percentSchema,
    shard: shardSchema
});
const RUN_DEFAULTS = {
    paths: '**/config.json',
    exclude: '',
    contexts: '4096,32768,131072',
    primaryContext: '32768',
    kvDtype: 'auto',
    batch: '1',
    failOn: 'error',
    maxKvBytesPerToken: '',
    maxMemory: '',
    maxIncrease: '',
    shard: ''
};
/** The Action's own inputs, on top of the run options. */
const ActionInputsSchema = RunOptionsSchema.extend({
    token: schemas_string().min(1, 'a token is required (the default is the workflow token)'),
    comment: schemas_enum(['always', 'on-change', 'never'], {
        message: 'expected always, on-change or never'
    }),
    commentKey: schemas_string()
        .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"'),
    mode: schemas_enum(['auto', 'report', 'comment'], { message: 'expected auto, report or comment' }),
    reportPath: schemas_string()
});
const ACTION_DEFAULTS = {
    ...RUN_DEFAULTS,
    comment: 'on-change',
    commentKey: 'default',
    mode: 'auto',
    reportPath: 'cachespec-report.json'
};
/** The Action input (and CLI flag) each option is set by, for error messages. */
const INPUT_NAMES = {
    paths: 'paths',
    exclude: 'exclude',
    contexts: 'context-lengths',
    primaryContext: 'primary-context',
    kvDtype: 'kv-dtype',
    batch: 'batch-size',
    failOn: 'fail-on',
    maxKvBytesPerToken: 'max-kv-bytes-per-token',
    maxMemory: 'max-memory',
    maxIncrease: 'max-increase',
    shard: 'shard',
    token: 'github-token',
    comment: 'comment',
    commentKey: 'comment-key',
    mode: 'mode',
    reportPath: 'report-path'
};
/** One line per problem, naming the input: `Input "batch-size": expected a whole number…`. */
function describeIssues(error, names, kind) {
    return error.issues
        .map((i) => {
        const key = String(i.path[0] ?? '');
        return `${kind} "${names[key] ?? key}": ${i.message}`;
    })
        .join('\n');
}
/** The contexts a run computes: the requested ones plus any a budget or the primary context needs. */
function analysisOptions(o) {
    const contexts = new Set([...o.contexts, o.primaryContext, ...o.maxMemory.map((b) => b.context)]);
    return { contexts: [...contexts].sort((a, b) => a - b), kvDtype: o.kvDtype, batch: o.batch };
}
function reportOptions(o) {
    return {
        ...analysisOptions(o),
        contexts: [...analysisOptions(o).contexts],
        primaryContext: o.primaryContext
    };
}
function gatePolicy(o) {
    return {
        failOn: o.failOn,
        maxKvBytesPerToken: o.maxKvBytesPerToken,
        maxMemory: o.maxMemory,
        maxIncreasePercent: o.maxIncrease,
        primaryContext: o.primaryContext
    };
}

;// CONCATENATED MODULE: ./src/render/format.ts
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** Binary units, at most three significant decimals: "4 GiB", "1.53 MiB", "640 B". */
function formatBytes(value) {
    const n = BigInt(value);
    const negative = n < 0n;
    const abs = negative ? -n : n;
    let unit = 0;
    let divisor = 1n;
    while (unit < UNITS.length - 1 && abs >= divisor * 1024n) {
        divisor *= 1024n;
        unit++;
    }
    const scaled = Number(abs) / Number(divisor);
    const digits = scaled >= 100 ? 1 : 2;
    const text = unit === 0 ? String(abs) : trimZeros(scaled.toFixed(digits));
    return `${negative ? '−' : ''}${text} ${UNITS[unit]}`;
}
function trimZeros(s) {
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
/** 1234567 → "1,234,567" (exact, for details). */
function formatExact(value) {
    const s = BigInt(value).toString();
    const negative = s.startsWith('-');
    const digits = negative ? s.slice(1) : s;
    return (negative ? '−' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** 32768 → "32K", 131072 → "128K", 1000 → "1000". */
function formatTokens(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)}M`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024}K`;
    return String(n);
}
function formatPercent(p) {
    const text = Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2);
    return `${p > 0 ? '+' : p < 0 ? '−' : ''}${trimZeros(text.replace('-', ''))}%`;
}
/** "▲ +1 GiB (+33.33%)", "▼ −512 MiB (−12.5%)", "±0". */
function formatDelta(delta) {
    if (delta.bytes === 0n)
        return '±0';
    const arrow = delta.bytes > 0n ? '▲' : '▼';
    const sign = delta.bytes > 0n ? '+' : '';
    const pct = delta.percent === null ? '' : ` (${formatPercent(delta.percent)})`;
    return `${arrow} ${sign}${formatBytes(delta.bytes)}${pct}`;
}

;// CONCATENATED MODULE: ./src/render/chart.ts


const MAX_CHARTS = 4;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
/** Mermaid titles are quoted strings; only plain path characters are kept in them. */
function title(path) {
    const plain = path.replace(/[^A-Za-z0-9 ._/-]/g, '_');
    return plain.length > 60 ? `…${plain.slice(-59)}` : plain;
}
/**
 * One Mermaid xychart per changed model (the largest changes first): cache memory against context
 * length, the base as the first line and the head as the second. GitHub renders Mermaid blocks.
 */
function kvChart(changes, o) {
    if (o.contexts.length < 2)
        return [];
    const charted = changes
        .filter((c) => c.change !== 'removed' && totalAt(c.head, o.primaryContext) !== null)
        .map((c) => ({
        c,
        d: deltaAt(c, o.primaryContext)?.bytes ?? totalAt(c.head, o.primaryContext) ?? 0n
    }))
        .filter(({ d }) => d !== 0n)
        .sort((a, b) => (a.d * a.d < b.d * b.d ? 1 : -1))
        .slice(0, MAX_CHARTS);
    if (charted.length === 0)
        return [];
    const out = ['### Cache memory against context length', ''];
    for (const { c } of charted) {
        const series = c.change === 'added' || !c.base ? [c.head] : [c.base, c.head];
        const values = series.map((m) => o.contexts.map((ctx) => totalAt(m, ctx) ?? 0n));
        const peak = values.flat().reduce((a, b) => (a > b ? a : b), 0n);
        const [unit, scale] = Number(peak) >= GIB ? ['GiB', GIB] : ['MiB', MIB];
        const fmt = (v) => (Number(v) / scale).toFixed(3);
        out.push('```mermaid', 'xychart-beta');
        out.push(`    title "${title(c.path)}"`);
        out.push(`    x-axis "context (tokens)" [${o.contexts.map((x) => `"${formatTokens(x)}"`).join(', ')}]`);
        out.push(`    y-axis "${unit}"`);
        for (const v of values)
            out.push(`    line [${v.map(fmt).join(', ')}]`);
        out.push('```', '');
        out.push(c.change === 'added'
            ? '_New config: one line, the head._'
            : '_First line: base; second line: head._', '');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * The one escaping function for every value that comes from a config or a file name: it becomes
 * a code span, where GitHub renders no HTML, no @mention, no #reference and no autolink. Control
 * and bidirectional characters are shown as escapes, lone surrogates are replaced, the length is
 * capped, and in table cells the pipe is escaped so a row keeps its cells.
 */
function code(value, options = {}) {
    const max = options.max ?? 120;
    let text = capped(value, max);
    if (options.table) {
        // Each pipe after an odd run of backslashes shows one backslash more (see below): cap the
        // value so that what shows still fits.
        const extra = (text.match(/(?<!\\)(?:\\\\)*\\\|/g) ?? []).length;
        if (extra > 0)
            text = capped(value, max - extra);
    }
    if (text.length === 0)
        return '` `';
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick (or a space) needs one space of padding, which
    // the renderer strips again.
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    // GFM tables split on a pipe that an odd number of backslashes does not escape: make every
    // run before a pipe odd, whatever the value brings (one more backslash may show).
    if (options.table) {
        text = text.replace(/(\\*)\|/g, (_, run) => `${run}${run.length % 2 ? '\\' : ''}\\|`);
    }
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * The same value for HTML contexts (a `<summary>` line, where markdown is not rendered): a
 * `<code>` element with the text entity-escaped.
 */
function htmlCode(value, max = 120) {
    const text = capped(value, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<code>${text}</code>`;
}
/** The text shortened to `max` UTF-16 units, never inside a surrogate pair. */
function capped(value, max) {
    const text = visible(value);
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + '…';
}
// Control characters are exactly what this pattern exists to find.
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Lone surrogates (which no UTF-8 output can carry) become U+FFFD. */
function wellFormed(value) {
    return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
/** Makes control, zero-width and bidi characters visible as \uXXXX; repairs lone surrogates. */
function visible(value) {
    return wellFormed(value).replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A path as URL segments, for links to files on GitHub. */
function encodePath(path) {
    return wellFormed(path).split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/render/layers.ts

const label = (l) => {
    const window = l.window === null ? '' : `(${l.window})`;
    return `${l.kind}${window}`;
};
function runsOf(layers, offset) {
    const out = [];
    let start = 0;
    for (let i = 1; i <= layers.length; i++) {
        if (i < layers.length && label(layers[i]) === label(layers[start]))
            continue;
        const a = offset + start;
        const b = offset + i - 1;
        out.push(`${a === b ? `L${a}` : `L${a}–L${b}`} ${label(layers[start])}`);
        start = i;
    }
    return out;
}
/**
 * The per-layer layout in compact form: "L0–L4 sliding(1024) · L5 full · ×10, then L60–L61
 * sliding(1024)" for a repeating pattern, runs of equal layers otherwise.
 */
function compactLayers(layers, maxRuns = 24) {
    if (layers.length === 0)
        return 'no layers';
    const period = findPeriod(layers);
    let parts;
    if (period && period.length > 1) {
        const unit = runsOf(layers.slice(0, period.length), 0);
        const done = period.length * period.repeats;
        const tail = layers.length > done ? `, then ${runsOf(layers.slice(done), done).join(' · ')}` : '';
        return `${unit.join(' · ')} · ×${period.repeats}${tail}`;
    }
    else {
        parts = runsOf(layers, 0);
    }
    if (parts.length > maxRuns) {
        parts = [...parts.slice(0, maxRuns), `… ${parts.length - maxRuns} more runs`];
    }
    return parts.join(' · ');
}
/** The table's "window / pattern" cell: "1024 · 5 local : 1 global", "— · all full". */
function windowCell(spec) {
    const size = spec.slidingWindow ?? (spec.attentionChunk === null ? null : `chunk ${spec.attentionChunk}`);
    const words = spec.pattern.includes('sliding') && spec.pattern.includes('full')
        ? spec.pattern.replace(/\bsliding\b/g, 'local').replace(/\bfull\b/g, 'global')
        : spec.pattern;
    return `${size ?? '—'} · ${words}`;
}
function sourceGroups(layers) {
    const groups = new Map();
    let lastRaw = '';
    let lastFolded = '';
    for (const l of layers) {
        // Neighbouring layers usually share a source; fold each distinct one once.
        if (l.source !== lastRaw) {
            lastRaw = l.source;
            lastFolded = foldIndex(l.source);
        }
        const key = `${l.tier}\u0000${lastFolded}`;
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { tier: l.tier, source: lastFolded, count: 0, kinds: new Map() }));
        g.count++;
        g.kinds.set(l.kind, (g.kinds.get(l.kind) ?? 0) + 1);
    }
    return [...groups.values()]
        .sort((a, b) => b.count - a.count)
        .map((g) => ({ tier: g.tier, source: g.source, count: g.count, kinds: [...g.kinds] }));
}
/** "/layer_types/5" → "/layer_types"; "…pattern [5] = M" → "…pattern". */
function foldIndex(source) {
    let end = source.length;
    while (end > 0 && source.charCodeAt(end - 1) >= 0x30 && source.charCodeAt(end - 1) <= 0x39)
        end--;
    if (end < source.length && source[end - 1] === '/')
        return source.slice(0, end - 1);
    return source.replace(/ \[\d+\] = .$/, '');
}
function range(values) {
    let lo = Infinity;
    let hi = 0;
    for (const v of values) {
        if (v <= 0)
            continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
    }
    return hi === 0 ? null : [lo, hi];
}
function describeLayout(layers) {
    return {
        compact: compactLayers(layers, 64),
        sources: sourceGroups(layers).slice(0, 9),
        kvHeads: range(layers.map((l) => l.kvHeads)),
        headDim: range(layers.map((l) => l.headDim))
    };
}
function layoutOf(model) {
    return model.layout ?? describeLayout(model.spec?.layers ?? []);
}

;// CONCATENATED MODULE: ./src/render/rows.ts

function scanRow(m, failing, primaryContext) {
    return {
        path: m.path,
        change: null,
        model: m,
        base: null,
        failing: failing || m.status === 'invalid',
        magnitude: totalAt(m, primaryContext) ?? 0n,
        unchanged: false
    };
}
function changeRow(c, failing, primaryContext) {
    const delta = deltaAt(c, primaryContext);
    const magnitude = delta
        ? delta.bytes < 0n
            ? -delta.bytes
            : delta.bytes
        : (totalAt(c.head ?? c.base, primaryContext) ?? 0n);
    const model = c.head ?? c.base;
    return {
        path: c.path,
        change: c,
        model: c.head,
        base: c.base,
        failing: failing || c.head?.status === 'invalid',
        magnitude,
        unchanged: delta !== null &&
            delta.bytes === 0n &&
            (model?.findings.length ?? 0) === 0 &&
            JSON.stringify(c.base?.spec ?? null) === JSON.stringify(c.head?.spec ?? null)
    };
}
/** The order rows are shown in, and cut from the end of when space runs out. */
function compareRows(a, b) {
    return (Number(b.failing) - Number(a.failing) ||
        Number(a.unchanged) - Number(b.unchanged) ||
        (a.magnitude === b.magnitude ? 0 : a.magnitude < b.magnitude ? 1 : -1) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/render/marker.ts
/**
 * The hidden first line of a sticky comment: which report it is (the comment key) and which head
 * commit it describes. Only a comment whose body starts with it, written by the bot itself, is
 * ever edited; a human quoting the marker elsewhere is left alone.
 */
const PREFIX = '<!-- cachespec:comment';
const MARKER = /^<!-- cachespec:comment key=([A-Za-z0-9_.-]{1,64}) head=([0-9a-f]{0,64}) -->/;
function commentMarker(key, headSha) {
    return `${PREFIX} key=${key} head=${headSha} -->`;
}
function readMarker(body) {
    if (!body?.startsWith(PREFIX))
        return null;
    const m = MARKER.exec(body);
    return m ? { key: m[1], headSha: m[2] } : null;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts










/** GitHub rejects comments over 65,536 characters; bytes ≥ characters, with room to spare. */
const COMMENT_BUDGET = 65_536 - 2_048;
/** The step summary limit is 1 MiB. */
const SUMMARY_BUDGET = 1024 * 1024 - 16 * 1024;
/**
 * The report as GitHub-flavoured markdown. The same render feeds the PR comment and the job
 * summary; only the size budget differs. Rows are cut least-important first until it fits.
 */
function renderMarkdown(report, ctx) {
    const rows = rowsOf(report);
    const pieces = new Pieces(report, ctx);
    const render = (shape) => renderShape(report, rows, shape, ctx, pieces);
    const fits = (shape) => utf8Length(render(shape)) <= ctx.budget;
    const all = rows.length;
    for (const shape of [
        { rows: all, details: all, chart: report.kind === 'diff' },
        { rows: all, details: all, chart: false }
    ]) {
        if (fits(shape))
            return render(shape);
    }
    // Details go first, then rows, each as many as fit (binary search over cached pieces).
    const details = largest(0, all, (d) => fits({ rows: all, details: d, chart: false }));
    if (details >= 0)
        return render({ rows: all, details, chart: false });
    const shown = largest(0, all, (n) => fits({ rows: n, details: 0, chart: false }));
    return render({ rows: Math.max(shown, 0), details: 0, chart: false });
}
/** The largest n in [lo, hi] with ok(n), for an ok that holds up to some point; lo − 1 if none. */
function largest(lo, hi, ok) {
    let best = lo - 1;
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (ok(mid)) {
            best = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
}
/** Each row's table line and details block, rendered once however many shapes are tried. */
class Pieces {
    report;
    ctx;
    lines = new Map();
    blocks = new Map();
    constructor(report, ctx) {
        this.report = report;
        this.ctx = ctx;
    }
    line(row) {
        let text = this.lines.get(row);
        if (text === undefined)
            this.lines.set(row, (text = tableLine(this.report, row)));
        return text;
    }
    details(row) {
        let text = this.blocks.get(row);
        if (text === undefined) {
            this.blocks.set(row, (text = details(row, this.report.options, this.ctx).join('\n')));
        }
        return text;
    }
}
function rowsOf(report) {
    const failing = failingPaths(report.gate);
    const ctx = report.options.primaryContext;
    const rows = report.kind === 'scan'
        ? report.models.map((m) => scanRow(m, failing.has(m.path), ctx))
        : report.changes.map((c) => changeRow(c, failing.has(c.path), ctx));
    return rows.sort(compareRows);
}
function renderShape(report, rows, shape, ctx, pieces) {
    const o = report.options;
    const out = [];
    if (ctx.marker)
        out.push(commentMarker(ctx.marker.key, ctx.marker.headSha));
    out.push('## cachespec · KV cache report', '');
    out.push(headline(report, rows, ctx.totals), '');
    if (report.gate.failed)
        out.push(...gateLines(report.gate), '');
    const shown = rows.slice(0, shape.rows);
    const changed = shown.filter((r) => !r.unchanged);
    const unchanged = shown.filter((r) => r.unchanged);
    // Row lists can be long: appended with a loop, not as call arguments.
    if (changed.length > 0)
        append(out, table(report, changed, pieces), '');
    if (unchanged.length > 0) {
        out.push(`<details><summary>${unchanged.length} config${unchanged.length === 1 ? '' : 's'} changed without changing the KV cache</summary>`, '');
        append(out, table(report, unchanged, pieces), '', '</details>', '');
    }
    const cut = rows.length - shown.length + (ctx.totals?.omitted ?? 0);
    if (cut > 0) {
        out.push(`_${cut} more model${cut === 1 ? '' : 's'} (the least changed) ${cut === 1 ? 'is' : 'are'} in ${ctx.overflowPointer}._`, '');
    }
    for (const row of shown.slice(0, shape.details))
        out.push(pieces.details(row), '');
    if (shape.chart && report.kind === 'diff') {
        const chart = kvChart(report.changes, o);
        if (chart.length > 0)
            out.push(...chart, '');
    }
    out.push(footer(report, ctx));
    return out.join('\n') + '\n';
}
function append(out, lines, ...more) {
    for (const line of lines)
        out.push(line);
    for (const line of more)
        out.push(line);
}
function headline(report, rows, totals) {
    const o = report.options;
    const gateText = report.gate.failed ? `❌ ${failingPaths(report.gate).size} failing` : '✅ passed';
    if (report.kind === 'scan') {
        const count = totals?.models ?? rows.length;
        const invalid = totals?.invalid ?? rows.filter((r) => r.model?.status === 'invalid').length;
        return `**${count} model config${count === 1 ? '' : 's'}** audited${invalid ? ` · ${invalid} could not be evaluated` : ''} · gate: **${gateText}**`;
    }
    const count = totals?.models ?? rows.length;
    if (count === 0) {
        return `**No model config differs from the base** at \`${report.head.sha.slice(0, 7)}\` · gate: **${gateText}**`;
    }
    const { bytes, complete } = totals?.delta ?? totalDelta(report.changes, o.primaryContext);
    const total = complete
        ? formatDelta({ bytes, percent: null })
        : `${formatDelta({ bytes, percent: null })} (some configs could not be evaluated)`;
    return `**${count} model config${count === 1 ? '' : 's'} changed** · KV cache at ${formatTokens(o.primaryContext)} tokens: **${total}** · gate: **${gateText}**`;
}
function gateLines(gate) {
    const lines = ['**Why the check fails**', ''];
    for (const f of gate.failures.slice(0, 20))
        lines.push(`- ${code(f.path)}: ${code(f.reason, { max: 300 })}`);
    if (gate.failures.length > 20)
        lines.push(`- … and ${gate.failures.length - 20} more`);
    return lines;
}
function table(report, rows, pieces) {
    const ctx = formatTokens(report.options.primaryContext);
    const diff = report.kind === 'diff';
    const header = [
        'Model',
        'Type',
        'Layers',
        'KV heads',
        'head_dim',
        'Window · pattern',
        'KV / token',
        `Cache @ ${ctx}`
    ];
    if (diff)
        header.push('Δ vs base');
    header.push('Status');
    const align = header.map((h) => ['Layers', 'KV heads', 'head_dim', 'KV / token'].includes(h) ||
        h.startsWith('Cache') ||
        h.startsWith('Δ')
        ? '--:'
        : h === 'Status'
            ? ':-:'
            : '---');
    const lines = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`];
    for (const row of rows)
        lines.push(pieces.line(row));
    return lines;
}
function tableLine(report, row) {
    const model = row.model ?? row.base;
    const spec = model?.spec ?? null;
    const cells = [
        modelCell(row),
        model?.modelType ? code(model.modelType, { table: true, max: 40 }) : '—',
        spec ? String(spec.numLayers) : '—',
        spec && model ? rangeCell(layoutOf(model).kvHeads, spec.kvHeads) : '—',
        spec && model ? rangeCell(layoutOf(model).headDim, spec.headDim) : '—',
        spec ? windowCell(spec) : '—',
        model?.memory?.kvBytesPerToken != null ? formatBytes(model.memory.kvBytesPerToken) : '—',
        cacheCell(model, report.options.primaryContext)
    ];
    if (report.kind === 'diff')
        cells.push(deltaCell(row, report.options));
    cells.push(statusCell(row));
    return `| ${cells.join(' | ')} |`;
}
function modelCell(row) {
    const path = code(row.path, { table: true });
    const c = row.change;
    if (!c)
        return path;
    if (c.change === 'renamed' && c.previousPath)
        return `${path} ← ${code(c.previousPath, { table: true })}`;
    if (c.change === 'added')
        return `${path} (new)`;
    if (c.change === 'removed')
        return `~~${path}~~ (removed)`;
    return path;
}
/** Per-layer values that vary (OpenELM, Gemma 4) show as a range. */
function rangeCell(range, headline) {
    if (!range)
        return String(headline);
    return range[0] === range[1] ? String(range[1]) : `${range[0]}–${range[1]}`;
}
function cacheCell(model, context) {
    const total = totalAt(model, context);
    return total === null ? '—' : formatBytes(total);
}
function deltaCell(row, o) {
    const c = row.change;
    if (c.change === 'added')
        return 'new';
    if (c.change === 'removed') {
        const base = totalAt(c.base, o.primaryContext);
        return base === null ? 'removed' : `removed (was ${formatBytes(base)})`;
    }
    const delta = deltaAt(c, o.primaryContext);
    return delta ? formatDelta(delta) : '—';
}
function statusCell(row) {
    const model = row.change?.change === 'removed' ? null : row.model;
    if (!model)
        return '—';
    if (row.failing || model.status === 'invalid')
        return '❌';
    return worstSeverity(model.findings) === 'warning' ? '⚠️' : '✅';
}
function details(row, o, ctx) {
    const model = row.model ?? row.base;
    const out = [
        `<details><summary>${htmlCode(row.path, 80)}: layers, sources and memory</summary>`,
        ''
    ];
    const c = row.change;
    if (c?.change === 'renamed' && c.previousPath)
        out.push(`Renamed from ${code(c.previousPath)}.`, '');
    if (c?.change === 'removed')
        out.push('Removed in this change; the figures are the base version.', '');
    const spec = model?.spec;
    if (spec && model) {
        const layout = layoutOf(model);
        out.push(`**Layers** (${spec.numLayers}): ${code(layout.compact, { max: 600 })}`, '');
        out.push('**Decided by**', '');
        for (const line of provenance(layout.sources))
            out.push(`- ${line}`);
        out.push('');
    }
    out.push(...memoryTable(row, o), '');
    const findings = [...(row.model?.findings ?? [])].sort(bySeverity);
    if (findings.length > 0) {
        out.push('**Findings**', '');
        const shownFindings = findings.slice(0, 25);
        for (const f of shownFindings)
            out.push(`- ${findingLine(f, row.path, ctx)}`);
        if (findings.length > shownFindings.length)
            out.push(`- … and ${findings.length - shownFindings.length} more`);
        out.push('');
    }
    out.push('</details>');
    return out;
}
function provenance(groups) {
    const lines = groups.slice(0, 8).map((g) => {
        const kinds = g.kinds.map(([k, n]) => `${n} ${k}`).join(', ');
        return `tier ${g.tier} (${TIER_WORDS[g.tier]}): ${code(g.source, { max: 160 })} — ${g.count} layer${g.count === 1 ? '' : 's'} (${kinds})`;
    });
    return groups.length > 8 ? [...lines, '… more sources'] : lines;
}
const TIER_WORDS = {
    1: 'declared in the config',
    2: 'checkpoint weights',
    3: 'model-type default'
};
function memoryTable(row, o) {
    const head = row.change?.change === 'removed' ? null : row.model;
    const base = row.change ? row.base : null;
    const m = (head ?? base)?.memory;
    const lines = [];
    if (m) {
        lines.push(`KV cache per token: **${formatExact(m.kvBytesPerToken ?? 0)} B** · recurrent state per sequence: **${formatExact(m.stateBytes ?? 0)} B** · ${m.kvDtype} (${m.bytesPerElement} B/element) · batch ${o.batch}`, '');
    }
    const withBase = row.change !== null && base !== null && head !== null;
    lines.push(withBase ? '| Context | Base | Head | Δ |' : '| Context | KV cache | State | Total |');
    lines.push(withBase ? '|--:|--:|--:|--:|' : '|--:|--:|--:|--:|');
    for (const context of o.contexts) {
        const key = String(context);
        if (withBase) {
            const b = totalAt(base, context);
            const h = totalAt(head, context);
            const d = b !== null && h !== null ? h - b : null;
            lines.push(`| ${formatExact(context)} | ${exact(b)} | ${exact(h)} | ${d === null ? '—' : formatDelta({ bytes: d, percent: b ? (Number(d) / Number(b)) * 100 : null })} |`);
        }
        else {
            const at = (head ?? base)?.memory?.at[key];
            lines.push(`| ${formatExact(context)} | ${exact(at?.kv)} | ${exact(at?.state)} | ${exact(at?.total)} |`);
        }
    }
    return lines;
}
function exact(v) {
    if (v === null || v === undefined)
        return '—';
    return `${formatBytes(v)} (${formatExact(v)} B)`;
}
const SEVERITY_ICONS = {
    error: '❌',
    warning: '⚠️',
    notice: 'ℹ️'
};
function findingLine(f, path, ctx) {
    const where = ctx.links
        ? `[line ${f.line}](${ctx.links.serverUrl}/${ctx.links.repository}/blob/${ctx.links.sha}/${linkPath(path)}#L${f.line})`
        : `line ${f.line}`;
    return `${SEVERITY_ICONS[f.severity]} ${f.severity} ${code(f.code, { max: 40 })} at ${where}: ${code(f.message, { max: 400 })}`;
}
/** encodePath leaves parentheses, which would end a markdown link destination. */
function linkPath(path) {
    return encodePath(path).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function footer(report, ctx) {
    const o = report.options;
    const parts = [
        `cachespec ${ctx.version}`,
        `kv-dtype ${o.kvDtype}`,
        `batch ${o.batch}`,
        `contexts ${o.contexts.map(formatTokens).join(', ')}`
    ];
    if (report.kind === 'diff')
        parts.push(`base ${shortSha(report.base.sha)}`, `head ${shortSha(report.head.sha)}`);
    if (report.kind === 'scan' && report.shard)
        parts.push(`shard ${report.shard.index}/${report.shard.count}`);
    return `<sub>${parts.join(' · ')} · cache figures include recurrent state</sub>`;
}
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, { max: 40 });
}

;// CONCATENATED MODULE: ./src/render/terminal.ts








/** Plain-text tables for a terminal. Every config-derived string goes through `visible`. */
function grid(header, rows, right) {
    const width = (s) => {
        let n = 0;
        for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c < 0xdc00 || c > 0xdfff)
                n++;
        }
        return n;
    };
    const widths = header.map((h) => width(h));
    for (const row of rows)
        row.forEach((c, i) => (widths[i] = Math.max(widths[i], width(c))));
    const line = (cells) => cells
        .map((c, i) => {
        const pad = ' '.repeat(widths[i] - width(c));
        return right.has(i) ? pad + c : c + pad;
    })
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
function clip(s, max = 60) {
    return capped(s, max);
}
function terminal_status(m, failing) {
    if (!m)
        return '-';
    if (m.status === 'invalid' || failing.has(m.path))
        return 'FAIL';
    return m.findings.some((f) => f.severity === 'warning') ? 'warn' : 'ok';
}
function renderTerminal(report) {
    const { gate } = report;
    const lines = report.kind === 'scan' ? scanLines(report) : diffLines(report);
    const findings = report.kind === 'scan'
        ? report.models.flatMap((m) => m.findings.map((f) => ({ path: m.path, f })))
        : report.changes.flatMap((c) => (c.head?.findings ?? []).map((f) => ({ path: c.path, f })));
    if (findings.length > 0) {
        lines.push('', 'Findings:');
        for (const { path, f } of findings.sort((a, b) => bySeverity(a.f, b.f)))
            lines.push(`  ${findingText(path, f)}`);
    }
    lines.push('', gate.failed ? `Gate: FAILED (${gate.failures.length})` : 'Gate: passed');
    for (const f of gate.failures)
        lines.push(`  ${clip(f.path, 120)}: ${clip(f.reason, 240)}`);
    return lines.join('\n') + '\n';
}
function findingText(path, f) {
    return `${clip(path, 120)}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${clip(f.message, 400)}`;
}
function scanLines(report) {
    const failing = failingPaths(report.gate);
    const header = [
        'MODEL',
        'TYPE',
        'LAYERS',
        'KV HEADS',
        'HEAD_DIM',
        'WINDOW · PATTERN',
        'KV/TOKEN',
        ...report.options.contexts.map((c) => `@${formatTokens(c)}`),
        'STATUS'
    ];
    const rows = report.models.map((m) => [
        clip(m.path),
        clip(m.modelType ?? '-', 24),
        m.spec ? String(m.spec.numLayers) : '-',
        m.spec ? String(m.spec.kvHeads) : '-',
        m.spec ? String(m.spec.headDim) : '-',
        m.spec ? windowCell(m.spec) : '-',
        m.memory?.kvBytesPerToken != null ? formatBytes(m.memory.kvBytesPerToken) : '-',
        ...report.options.contexts.map((c) => {
            const t = totalAt(m, c);
            return t === null ? '-' : formatBytes(t);
        }),
        terminal_status(m, failing)
    ]);
    const right = new Set([2, 3, 4, 6, ...report.options.contexts.map((_, i) => 7 + i)]);
    return grid(header, rows, right);
}
function diffLines(report) {
    const failing = failingPaths(report.gate);
    const ctx = report.options.primaryContext;
    const header = [
        'MODEL',
        'CHANGE',
        'KV/TOKEN',
        `BASE @${formatTokens(ctx)}`,
        `HEAD @${formatTokens(ctx)}`,
        'DELTA',
        'STATUS'
    ];
    const rows = report.changes.map((c) => {
        const base = totalAt(c.base, ctx);
        const head = totalAt(c.head, ctx);
        const delta = deltaAt(c, ctx);
        return [
            c.previousPath && c.change === 'renamed'
                ? `${clip(c.path)} <- ${clip(c.previousPath)}`
                : clip(c.path),
            c.change,
            c.head?.memory?.kvBytesPerToken != null ? formatBytes(c.head.memory.kvBytesPerToken) : '-',
            base === null ? '-' : formatBytes(base),
            head === null ? '-' : formatBytes(head),
            delta
                ? formatDelta(delta)
                : c.change === 'added'
                    ? 'new'
                    : c.change === 'removed'
                        ? 'removed'
                        : '-',
            c.change === 'removed' ? '-' : terminal_status(c.head, failing)
        ];
    });
    const lines = [
        `base ${report.base.rev} (${report.base.sha.slice(0, 12)})  head ${report.head.rev} (${report.head.sha.slice(0, 12)})`,
        ''
    ];
    if (rows.length === 0)
        return [...lines, 'No model config changed.'];
    return [...lines, ...grid(header, rows, new Set([2, 3, 4, 5]))];
}
/** `cachespec explain`: every layer with its kind, dimensions, bytes, and the tier and key behind it. */
function renderExplain(model) {
    const out = [`${clip(model.path, 200)}  (${clip(model.modelType ?? 'no model_type', 40)})`, ''];
    const spec = model.spec;
    if (spec) {
        const type = model.memory ? elementTypeNamed(model.memory.kvDtype) : undefined;
        out.push(`layers ${spec.numLayers} · kv heads ${spec.kvHeads} · head_dim ${spec.headDim} · window ${spec.slidingWindow ?? '-'} · chunk ${spec.attentionChunk ?? '-'} · ${spec.pattern}`);
        out.push(`pattern: ${compactLayers(spec.layers, 64)}`, '');
        const rows = spec.layers.map((l) => [
            String(l.index),
            l.kind,
            String(l.kvHeads),
            String(l.headDim),
            l.window === null ? '-' : String(l.window),
            type ? formatExact(CACHE_KINDS[l.kind].bytesPerToken(l, type)) : '-',
            String(l.tier),
            clip(l.source, 100)
        ]);
        const table = grid(['LAYER', 'KIND', 'KV HEADS', 'HEAD_DIM', 'WINDOW', 'BYTES/TOKEN', 'TIER', 'SOURCE'], rows, new Set([0, 2, 3, 4, 5]));
        // A row per layer: appended with a loop, not as (possibly 100,000) call arguments.
        for (const line of table)
            out.push(line);
        out.push('', 'Tiers: 1 = declared in the config, 2 = checkpoint weight names, 3 = model-type default.');
    }
    if (model.memory) {
        const m = model.memory;
        out.push('', `KV cache per token ${formatExact(m.kvBytesPerToken ?? 0)} B (${m.kvDtype}, ${m.bytesPerElement} B/element) · state per sequence ${formatExact(m.stateBytes ?? 0)} B`);
        for (const [ctx, at] of Object.entries(m.at)) {
            out.push(`  @${formatTokens(Number(ctx))}: kv ${formatExact(at.kv ?? 0)} B + state ${formatExact(at.state ?? 0)} B = ${at.total === null ? 'overflow' : `${formatExact(at.total)} B (${formatBytes(at.total)})`}`);
        }
    }
    if (model.findings.length > 0) {
        out.push('', 'Findings:');
        for (const f of [...model.findings].sort(bySeverity))
            out.push(`  ${findingText(model.path, f)}`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/run/reports.ts



/**
 * Turns what was read into a report: only text is analyzed; anything else is a typed finding.
 * A weight index that is absent (or unreadable) simply leaves Tier 2 out.
 */
function reportFor(path, content, weightIndex, options) {
    switch (content.kind) {
        case 'text':
            return analyzeConfig({
                path,
                text: content.text,
                byteLength: content.byteLength,
                weightIndex: weightIndex?.kind === 'text'
                    ? { name: WEIGHT_INDEX_NAME, text: weightIndex.text }
                    : null
            }, options);
        case 'symlink':
            return unreadableReport(path, 'symlink', 'This path is a symlink (or lies in a symlinked folder); it is never followed, so the config cannot be evaluated. Commit the file itself.');
        case 'too-large':
            return unreadableReport(path, 'file-too-large', `The file is ${content.byteLength} bytes; model configs are a few KiB, and files over ${MAX_CONFIG_BYTES} bytes are not read.`);
        case 'missing':
            return unreadableReport(path, 'missing', 'The file is listed as changed but is not in the commit.');
        case 'unreadable':
            return unreadableReport(path, 'unreadable', `The file could not be read: ${content.reason}.`);
    }
}

;// CONCATENATED MODULE: ./src/run/diff.ts



/**
 * The changed paths a diff reports: those whose new or previous path is a config, and symlinks
 * standing where a folder of configs would be (they are reported, never followed).
 */
function selectChanges(changes, filter) {
    const symlinkedFolder = (c) => (c.headMode === SYMLINK_MODE || c.baseMode === SYMLINK_MODE) &&
        filter.matches(`${c.path}/config.json`);
    return changes.filter((c) => filter.matches(c.path) ||
        (c.previousPath !== null && filter.matches(c.previousPath)) ||
        symlinkedFolder(c));
}
const BATCH = 512;
/**
 * Both versions of every changed config, analyzed, in path order: the base at the merge base (at
 * the previous path for renames), the head at the head commit. Added configs have no base,
 * removed ones no head. Files are read in batches and each change is handed to `onChange`, so
 * memory stays bounded however many configs a change touches.
 */
async function compareConfigs(changes, base, head, options, onChange) {
    const basePath = (c) => c.previousPath ?? c.path;
    const withSiblings = (paths) => [...paths, ...paths.map(siblingWeightIndex)];
    const analyze = (files, path) => reportFor(path, files.get(path) ?? { kind: 'missing' }, files.get(siblingWeightIndex(path)) ?? null, options);
    const sorted = [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (let start = 0; start < sorted.length; start += BATCH) {
        const batch = sorted.slice(start, start + BATCH);
        const baseFiles = await base.read(withSiblings(batch.filter((c) => c.change !== 'added').map(basePath)));
        const headFiles = await head.read(withSiblings(batch.filter((c) => c.change !== 'removed').map((c) => c.path)));
        for (const c of batch) {
            onChange({
                path: c.path,
                change: c.change,
                previousPath: c.change === 'renamed' ? c.previousPath : null,
                base: c.change === 'added' ? null : { ...analyze(baseFiles, basePath(c)), path: basePath(c) },
                head: c.change === 'removed' ? null : analyze(headFiles, c.path)
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/run/git-revision.ts


/**
 * The files of one commit, read through git (never the working tree): modes come from the tree,
 * so a symlink is known as one and its target is never read.
 */
class GitRevision {
    git;
    sha;
    entries;
    constructor(git, sha, entries) {
        this.git = git;
        this.sha = sha;
        this.entries = entries;
    }
    static async open(git, sha) {
        const entries = new Map((await git.listTree(sha)).map((e) => [e.path, e]));
        return new GitRevision(git, sha, entries);
    }
    paths() {
        return [...this.entries.keys()].sort();
    }
    async read(paths) {
        const out = new Map();
        const wanted = [];
        for (const path of paths) {
            const entry = this.entries.get(path);
            const limit = readLimit(path);
            if (!entry)
                out.set(path, { kind: 'missing' });
            else if (entry.mode === SYMLINK_MODE)
                out.set(path, { kind: 'symlink' });
            else if (entry.size !== null && entry.size > limit)
                out.set(path, { kind: 'too-large', byteLength: entry.size });
            else
                wanted.push(entry);
        }
        const blobs = await this.git.readBlobs(wanted.map((e) => e.blob));
        for (const entry of wanted) {
            const data = blobs.get(entry.blob);
            out.set(entry.path, data
                ? { kind: 'text', text: data.toString('utf8'), byteLength: data.length }
                : { kind: 'missing' });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/run/report-schema.ts



/**
 * The JSON report as a schema: reports read back (shard merges, the fork-safe comment step) are
 * untrusted data and are validated here; schema/report.schema.json is generated from it.
 */
const size = schemas_number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const bytes = size.nullable();
const report_schema_text = (max) => schemas_string().max(max);
const sha = schemas_string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/);
const FindingSchema = object({
    severity: schemas_enum(['error', 'warning', 'notice']),
    code: schemas_string().regex(/^[a-z0-9-]{1,64}$/),
    message: report_schema_text(4000),
    // A pointer can be as long as the (at most 1 MiB) file's keys.
    pointer: report_schema_text(2_200_000),
    line: size.min(1),
    column: size.min(1)
});
const LayerSchema = object({
    index: size,
    kind: schemas_enum(LAYER_KINDS),
    kvHeads: size,
    headDim: size,
    window: size.nullable(),
    tier: union([literal(1), literal(2), literal(3)]),
    source: report_schema_text(4096)
});
const ModelReportSchema = object({
    path: report_schema_text(65_536),
    status: schemas_enum(['ok', 'invalid']),
    modelType: report_schema_text(256).nullable(),
    spec: object({
        numLayers: size,
        kvHeads: size,
        headDim: size,
        slidingWindow: size.nullable(),
        attentionChunk: size.nullable(),
        pattern: report_schema_text(1000),
        layers: array(LayerSchema).max(100_000)
    })
        .nullable(),
    memory: object({
        kvDtype: report_schema_text(32),
        bytesPerElement: schemas_number().positive().max(16),
        kvBytesPerToken: bytes,
        stateBytes: bytes,
        at: record(schemas_string().regex(/^[1-9]\d{0,9}$/), object({ kv: bytes, state: bytes, total: bytes }))
    })
        .nullable(),
    findings: array(FindingSchema).max(10_000)
});
const OptionsSchema = object({
    contexts: array(size.min(1)).min(1).max(64),
    kvDtype: schemas_enum(KV_DTYPES),
    batch: size.min(1),
    primaryContext: size.min(1)
});
const GateSchema = object({
    failed: schemas_boolean(),
    failures: array(object({ path: report_schema_text(65_536), reason: report_schema_text(8000) }))
});
const ScanReportSchema = object({
    schemaVersion: literal(1),
    kind: literal('scan'),
    options: OptionsSchema,
    shard: object({ index: size.min(1), count: size.min(1) }).nullable(),
    models: array(ModelReportSchema),
    gate: GateSchema
});
const DiffReportSchema = object({
    schemaVersion: literal(1),
    kind: literal('diff'),
    options: OptionsSchema,
    base: object({ rev: report_schema_text(256), sha }),
    head: object({ rev: report_schema_text(256), sha }),
    changes: array(object({
        path: report_schema_text(65_536),
        change: schemas_enum(['added', 'removed', 'modified', 'renamed']),
        previousPath: report_schema_text(65_536).nullable(),
        base: ModelReportSchema.nullable(),
        head: ModelReportSchema.nullable()
    })),
    gate: GateSchema
});
const RunReportSchema = discriminatedUnion('kind', [ScanReportSchema, DiffReportSchema]);

;// CONCATENATED MODULE: ./src/run/report-json-schema.ts


/** The JSON Schema published as schema/report.schema.json (a test keeps the file equal to this). */
function reportJsonSchema() {
    return {
        $id: 'https://github.com/cachespec/cachespec/schema/report.schema.json',
        title: 'cachespec report, schemaVersion 1',
        description: "The output of `cachespec scan|diff|merge --format json` and the Action's report-path. Byte counts are exact integers; null where a figure exceeds 2^53 − 1 (with a memory-overflow finding) or could not be computed.",
        ...toJSONSchema(RunReportSchema, { target: 'draft-2020-12', reused: 'ref' })
    };
}

;// CONCATENATED MODULE: ./src/run/report-writer.ts



/**
 * Writes the JSON report one model at a time, so a scan of 100,000 configs never holds its whole
 * report (or one giant JSON string) in memory. Each model takes one line, so the file stays easy
 * to grep and to split.
 */
class ReportWriter {
    write;
    first = true;
    field;
    constructor(write, header) {
        this.write = write;
        this.field = header.kind === 'scan' ? 'models' : 'changes';
        write(`${JSON.stringify(header).slice(0, -1)},"${this.field}":[`);
    }
    add(item) {
        this.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(item)}`);
        this.first = false;
    }
    finish(gate) {
        this.write(`${this.first ? '' : '\n'}],"gate":${JSON.stringify(gate)}}\n`);
    }
}
/** What is kept of a written model: everything but the per-layer rows, which its layout sums up. */
function keep(model) {
    if (!model.spec)
        return model;
    return {
        ...model,
        spec: { ...model.spec, layers: [] },
        layout: describeLayout(model.spec.layers)
    };
}
function keepChange(change) {
    return {
        ...change,
        base: change.base && keep(change.base),
        head: change.head && keep(change.head)
    };
}
/** A file the report streams into (created with its folders). */
function fileTarget(path) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'w');
    return { write: (chunk) => void (0,external_node_fs_namespaceObject.writeSync)(fd, chunk), close: () => (0,external_node_fs_namespaceObject.closeSync)(fd) };
}
/** Several targets as one (a file and stdout). */
function tee(targets) {
    return {
        write: (chunk) => targets.forEach((t) => t.write(chunk)),
        close: () => targets.forEach((t) => t.close())
    };
}

;// CONCATENATED MODULE: ./src/run/shard.ts
/**
 * FNV-1a with murmur3's finalizer (plain FNV-1a's low bits are weak: with 2 shards a path's shard
 * would depend only on the parity of its odd characters). A path's shard never changes as other
 * files come and go.
 */
function shard_hash(path) {
    let h = 0x811c9dc5;
    for (let i = 0; i < path.length; i++) {
        h ^= path.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
function inShard(path, shard) {
    return shard === null || shard_hash(path) % shard.count === shard.index - 1;
}

;// CONCATENATED MODULE: ./src/run/scan.ts



/** Files are read and analyzed in batches, so memory stays bounded however large the zoo. */
const scan_BATCH = 512;
async function scanConfigs(input) {
    const paths = input.paths.filter((p) => inShard(p, input.shard));
    for (let start = 0; start < paths.length; start += scan_BATCH) {
        const batch = paths.slice(start, start + scan_BATCH);
        const contents = await input.read([...batch, ...batch.map(siblingWeightIndex)]);
        for (const path of batch) {
            const weights = contents.get(siblingWeightIndex(path)) ?? null;
            input.onReport(reportFor(path, contents.get(path) ?? { kind: 'missing' }, weights, input.options));
        }
        input.onProgress?.(Math.min(start + scan_BATCH, paths.length), paths.length);
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/args.ts
/** A small, strict argument parser: unknown flags and missing values are usage errors. */
class UsageError extends Error {
}
function parseArgs(argv, known, booleans) {
    const flags = new Map();
    const positionals = [];
    let command = null;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = arg.slice(2, eq === -1 ? undefined : eq);
            if (!known.has(name) && !booleans.has(name))
                throw new UsageError(`unknown option --${name}`);
            let value;
            if (booleans.has(name))
                value = 'true';
            else if (eq !== -1)
                value = arg.slice(eq + 1);
            else {
                if (i + 1 >= argv.length)
                    throw new UsageError(`--${name} needs a value`);
                value = argv[++i];
            }
            flags.set(name, [...(flags.get(name) ?? []), value]);
        }
        else if (arg.startsWith('-') && arg !== '-') {
            if (arg === '-h')
                flags.set('help', ['true']);
            else
                throw new UsageError(`unknown option ${arg}`);
        }
        else if (command === null)
            command = arg;
        else
            positionals.push(arg);
    }
    return { command, flags, positionals };
}
/** The last value of a flag, or the fallback. */
function flag(args, name, fallback) {
    const values = args.flags.get(name);
    return values ? values[values.length - 1] : fallback;
}
/** Every value of a repeatable flag, joined as a list. */
function flagList(args, name, fallback) {
    return args.flags.get(name)?.join('\n') ?? fallback;
}

;// CONCATENATED MODULE: ./src/cli/report-file.ts


/** A shard report written by `cachespec scan --format json`, validated before it is trusted. */
function parseReportFile(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UsageError(`${name} is not JSON`);
    }
    const parsed = ScanReportSchema.safeParse(data);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new UsageError(`${name} is not a cachespec scan report (${first.path.join('.') || 'root'}: ${first.message})`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/cli/main.ts




















const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const RUN_FLAGS = [
    'glob',
    'exclude',
    'context',
    'primary-context',
    'kv-dtype',
    'batch',
    'format',
    'fail-on',
    'max-kv-bytes-per-token',
    'max-memory',
    'max-increase',
    'shard',
    'output',
    'repo',
    'comment-key'
];
const KNOWN = new Set([...RUN_FLAGS, 'base', 'head']);
const BOOLEANS = new Set(['help', 'version']);
/** The flag that sets each run option; repeatable flags add to a list. */
const FLAGS = {
    paths: 'glob',
    exclude: 'exclude',
    contexts: 'context',
    primaryContext: 'primary-context',
    kvDtype: 'kv-dtype',
    batch: 'batch',
    failOn: 'fail-on',
    maxKvBytesPerToken: 'max-kv-bytes-per-token',
    maxMemory: 'max-memory',
    maxIncrease: 'max-increase',
    shard: 'shard'
};
const REPEATABLE = new Set(['paths', 'exclude', 'maxMemory']);
const USAGE = `cachespec ${VERSION}: KV-cache specs and memory for model configs

Usage:
  cachespec scan [paths…]               every config under the paths (default: .)
  cachespec diff --base <rev> [--head <rev>] [paths…]
                                        configs changed between two revisions, against their merge base
  cachespec explain <config.json>       each layer with the tier and key behind it
  cachespec merge <report.json…>        combine shard reports (scan --shard i/n --format json)
  cachespec schema                      print the JSON Schema of the reports

Options:
  --glob <pattern>            configs to read (default **/config.json; repeatable)
  --exclude <pattern>         paths to skip (repeatable)
  --context <list>            context lengths, e.g. 4096,32768,131072 or 4K,32K,128K
  --primary-context <n>       the context of the summary column and the deltas (default 32768)
  --kv-dtype <type>           auto|float32|float16|bfloat16|fp8|mlx-q8|mlx-q4 (default auto)
  --batch <n>                 concurrent sequences (default 1)
  --format <f>                table|json|markdown (default table)
  --fail-on <level>           error|warning|never (default error)
  --max-kv-bytes-per-token <size>, --max-memory <ctx:size>, --max-increase <pct>
                              budgets, as in the Action
  --shard <i/n>               audit only the i-th of n deterministic shards
  --output <file>             also write the JSON report to a file
  --repo <owner/name>         link findings to GitHub in markdown (default: the origin remote)

Exit codes: 0 no finding reaches --fail-on and no budget is broken; 1 otherwise; 2 usage error.
`;
async function main(argv, io) {
    let args;
    try {
        args = parseArgs(argv, KNOWN, BOOLEANS);
    }
    catch (e) {
        return usage(io, e.message);
    }
    if (args.flags.has('version')) {
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
    }
    if (args.flags.has('help') || args.command === null || args.command === 'help') {
        io.stdout(USAGE);
        return args.command === null && !args.flags.has('help') ? EXIT_USAGE : EXIT_OK;
    }
    try {
        switch (args.command) {
            case 'scan':
                return await scan(args, io);
            case 'diff':
                return await diff(args, io);
            case 'explain':
                return await explain(args, io);
            case 'merge':
                return await main_merge(args, io);
            case 'schema':
                io.stdout(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
                return EXIT_OK;
            default:
                return usage(io, `unknown command "${args.command}"`);
        }
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof GitError)
            return usage(io, e.message);
        throw e;
    }
}
function usage(io, message) {
    io.stderr(`cachespec: ${message}\nRun "cachespec --help" for usage.\n`);
    return EXIT_USAGE;
}
function runOptions(args) {
    const raw = Object.fromEntries(Object.entries(FLAGS).map(([key, name]) => {
        const fallback = RUN_DEFAULTS[key];
        return [
            key,
            REPEATABLE.has(key) ? flagList(args, name, fallback) : flag(args, name, fallback)
        ];
    }));
    const parsed = RunOptionsSchema.safeParse(raw);
    if (!parsed.success) {
        const names = Object.fromEntries(Object.entries(FLAGS).map(([key, name]) => [key, `--${name}`]));
        throw new UsageError(describeIssues(parsed.error, names, 'option'));
    }
    return parsed.data;
}
function format(args) {
    const f = flag(args, 'format', 'table');
    if (f !== 'table' && f !== 'json' && f !== 'markdown')
        throw new UsageError(`--format must be table, json or markdown, not "${f}"`);
    return f;
}
async function scan(args, io) {
    const options = runOptions(args);
    const fmt = format(args);
    const filter = new PathFilter(options.paths, options.exclude);
    const roots = args.positionals.length > 0 ? args.positionals : ['.'];
    const header = {
        schemaVersion: 1,
        kind: 'scan',
        options: reportOptions(options),
        shard: options.shard
    };
    const json = jsonTarget(args, io, fmt);
    const writer = json && new ReportWriter(json.write, header);
    const models = [];
    const progress = progressLine(io);
    for (const arg of roots) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(io.cwd, arg);
        const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => null);
        if (!info)
            throw new UsageError(`no such file or folder: ${arg}`);
        const prefix = toPosix(arg).replace(/\/+$/, '');
        const display = (rel) => prefix === '.' || prefix === '' ? rel : external_node_path_namespaceObject.posix.join(prefix, rel);
        // Each report is written out in full, then kept without its per-layer rows.
        const record = (shownAs) => (m) => {
            const shown = { ...m, path: shownAs(m) };
            writer?.add(shown);
            models.push(keep(shown));
        };
        if (info.isFile()) {
            const root = (0,external_node_path_namespaceObject.dirname)(absolute);
            await scanConfigs({
                paths: [(0,external_node_path_namespaceObject.basename)(absolute)],
                read: (paths) => readAll(root, paths),
                options: analysisOptions(options),
                shard: null,
                onReport: record(() => toPosix(arg))
            });
            continue;
        }
        const listing = listWorkspace(absolute, filter);
        for (const link of listing.symlinks) {
            const report = unreadableReport(display(link), 'symlink', 'This path is a symlink (or a symlinked folder); it is not followed.');
            writer?.add(report);
            models.push(report);
        }
        await scanConfigs({
            paths: listing.files,
            read: (paths) => readAll(absolute, paths, listing.weightIndexes),
            options: analysisOptions(options),
            shard: options.shard,
            onProgress: progress,
            onReport: record((m) => display(m.path))
        });
    }
    progress(0, 0);
    models.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const gate = evaluateGate(subjectsOfScan(models), gatePolicy(options));
    writer?.finish(gate);
    json?.close();
    emit({ ...header, models, gate }, fmt, io);
    return gate.failed ? EXIT_FAILED : EXIT_OK;
}
/** Where the JSON report streams: stdout for --format json, and the --output file. */
function jsonTarget(args, io, fmt) {
    const targets = [];
    if (fmt === 'json')
        targets.push({ write: io.stdout, close: () => { } });
    const output = flag(args, 'output', '');
    if (output !== '')
        targets.push(fileTarget((0,external_node_path_namespaceObject.resolve)(io.cwd, output)));
    return targets.length === 0 ? null : tee(targets);
}
/**
 * Reads configs (and weight indexes, which may be larger) under one root. When the folder was
 * listed, a weight index that was not seen is known to be missing without trying to open it.
 */
function readAll(root, paths, seenIndexes) {
    const reader = new WorkspaceReader(root);
    const out = new Map();
    for (const path of paths) {
        const unseenIndex = path.endsWith(WEIGHT_INDEX_NAME) && seenIndexes && !seenIndexes.has(path);
        out.set(path, unseenIndex ? { kind: 'missing' } : reader.read(path));
    }
    return Promise.resolve(out);
}
function progressLine(io) {
    if (!io.stderrIsTTY)
        return () => { };
    let shown = false;
    return (done, total) => {
        if (total === 0) {
            if (shown)
                io.stderr('\r\x1b[K');
            return;
        }
        if (total < 1000)
            return;
        shown = true;
        io.stderr(`\rcachespec: ${done}/${total} configs`);
    };
}
async function diff(args, io) {
    const options = runOptions(args);
    const fmt = format(args);
    const baseRev = flag(args, 'base', '');
    if (baseRev === '')
        throw new UsageError('diff needs --base <rev>');
    const headRev = flag(args, 'head', 'HEAD');
    const git = new Git(io.cwd);
    if (!(await git.isRepository()))
        throw new UsageError('diff must run inside a git repository');
    const top = await git.topLevel();
    const repo = new Git(top);
    const baseSha = await repo.resolve(baseRev);
    const headSha = await repo.resolve(headRev);
    if (!baseSha)
        throw new UsageError(`--base: "${baseRev}" is not a commit here`);
    if (!headSha)
        throw new UsageError(`--head: "${headRev}" is not a commit here`);
    const mergeBase = (await repo.mergeBase(baseSha, headSha)) ?? baseSha;
    const prefixes = args.positionals.map((p) => toPosix(external_node_path_namespaceObject.posix.relative(toPosix(top), toPosix((0,external_node_path_namespaceObject.resolve)(io.cwd, p)))));
    const underPrefix = (path) => prefixes.length === 0 ||
        prefixes.some((p) => p === '' || path === p || path.startsWith(`${p}/`));
    const filter = new PathFilter(options.paths, options.exclude);
    const changes = selectChanges(await repo.diff(mergeBase, headSha), filter).filter((c) => underPrefix(c.path) || (c.previousPath !== null && underPrefix(c.previousPath)));
    const [base, head] = await Promise.all([
        GitRevision.open(repo, mergeBase),
        GitRevision.open(repo, headSha)
    ]);
    const header = {
        schemaVersion: 1,
        kind: 'diff',
        options: reportOptions(options),
        base: { rev: baseRev, sha: mergeBase },
        head: { rev: headRev, sha: headSha }
    };
    const json = jsonTarget(args, io, fmt);
    const writer = json && new ReportWriter(json.write, header);
    const compared = [];
    await compareConfigs(changes, base, head, analysisOptions(options), (c) => {
        writer?.add(c);
        compared.push(keepChange(c));
    });
    const gate = evaluateGate(subjectsOfChanges(compared), gatePolicy(options));
    writer?.finish(gate);
    json?.close();
    const report = { ...header, changes: compared, gate };
    const links = fmt === 'markdown' ? await linkContext(args, io, report, repo) : null;
    emit(report, fmt, io, links, flag(args, 'comment-key', 'default'));
    return gate.failed ? EXIT_FAILED : EXIT_OK;
}
async function explain(args, io) {
    const options = runOptions(args);
    const fmt = format(args);
    if (args.positionals.length !== 1)
        throw new UsageError('explain takes exactly one config file');
    const arg = args.positionals[0];
    const absolute = (0,external_node_path_namespaceObject.resolve)(io.cwd, arg);
    const root = (0,external_node_path_namespaceObject.dirname)(absolute);
    const name = (0,external_node_path_namespaceObject.basename)(absolute);
    const index = siblingWeightIndex(name);
    const contents = await readAll(root, [name, index]);
    const model = {
        ...reportFor(name, contents.get(name) ?? { kind: 'missing' }, contents.get(index) ?? null, analysisOptions(options)),
        path: toPosix(arg)
    };
    if (fmt === 'json')
        io.stdout(`${JSON.stringify(model, null, 2)}\n`);
    else
        io.stdout(renderExplain(model));
    const gate = evaluateGate(subjectsOfScan([model]), gatePolicy(options));
    return gate.failed ? EXIT_FAILED : EXIT_OK;
}
async function main_merge(args, io) {
    const options = runOptions(args);
    const fmt = format(args);
    if (args.positionals.length === 0)
        throw new UsageError('merge needs at least one report file');
    const reports = [];
    for (const file of args.positionals) {
        const text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, file), 'utf8').catch(() => null);
        if (text === null)
            throw new UsageError(`cannot read ${file}`);
        reports.push(parseReportFile(text, file));
    }
    const first = reports[0].options;
    for (const [i, r] of reports.entries()) {
        if (JSON.stringify(r.options) !== JSON.stringify(first)) {
            throw new UsageError(`${args.positionals[i]} was computed with other options than ${args.positionals[0]}; shards must share them`);
        }
    }
    const byPath = new Map();
    for (const r of reports)
        for (const m of r.models)
            byPath.set(m.path, m);
    const models = [...byPath.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const gate = evaluateGate(subjectsOfScan(models), gatePolicy(options));
    const counts = reports.map((r) => r.shard?.count ?? 1);
    const shards = new Set(reports.map((r) => r.shard?.index ?? 1));
    if (new Set(counts).size !== 1 || shards.size !== counts[0]) {
        io.stderr(`cachespec: warning: ${shards.size} distinct shard(s) of ${counts.reduce((a, b) => Math.max(a, b), 0)} were merged; the audit may be incomplete\n`);
    }
    const header = { schemaVersion: 1, kind: 'scan', options: first, shard: null };
    const json = jsonTarget(args, io, fmt);
    if (json) {
        const writer = new ReportWriter(json.write, header);
        for (const m of models)
            writer.add(m);
        writer.finish(gate);
        json.close();
    }
    emit({ ...header, models, gate }, fmt, io);
    return gate.failed ? EXIT_FAILED : EXIT_OK;
}
/** Table and markdown output (the JSON has streamed already). */
function emit(report, fmt, io, links = null, commentKey = 'default') {
    if (fmt === 'table')
        io.stdout(renderTerminal(report));
    else if (fmt === 'markdown') {
        io.stdout(renderMarkdown(report, {
            version: VERSION,
            links,
            marker: report.kind === 'diff' ? { key: commentKey, headSha: report.head.sha } : null,
            overflowPointer: report.kind === 'diff' ? 'the job summary' : 'the JSON report',
            budget: report.kind === 'diff' ? COMMENT_BUDGET : SUMMARY_BUDGET
        }));
    }
}
/** Links need a GitHub repository: --repo, GITHUB_REPOSITORY, or an origin remote on GitHub. */
async function linkContext(args, io, report, git) {
    let repository = flag(args, 'repo', io.env.GITHUB_REPOSITORY ?? '');
    if (repository === '') {
        const url = await git.text(['remote', 'get-url', 'origin']).catch(() => '');
        const m = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url);
        repository = m ? m[1] : '';
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return null;
    return {
        serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository,
        sha: report.head.sha
    };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
