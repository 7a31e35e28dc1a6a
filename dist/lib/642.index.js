export const id = 642;
export const ids = [642];
export const modules = {

/***/ 6642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SelectorMatcher: () => (/* binding */ SelectorMatcher)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/**
 * Which rules select an object, decided once per distinct behaviour instead of once per object.
 * Every rule prefix of both configurations is a prefix of the key or not, and the prefixes that are
 * form a chain, so the longest matching prefix decides them all. Every size predicate and every
 * size-dependent storage-class fact is a threshold, so the interval between consecutive thresholds
 * decides them all. The pair (prefix group, size interval) is an object's selector signature.
 */

class SelectorMatcher {
    /** Distinct rule prefixes, "" first; index = prefix group. */
    prefixes;
    /** Lower bounds of the size intervals, 0 first; index = size band. */
    sizeBounds;
    configs;
    byLength;
    /** Per first byte of a key, the prefixes (longest first) that can match it; "" matches all. */
    byFirstByte;
    longestPrefixBytes;
    memo = new Map();
    constructor(configs) {
        this.configs = configs;
        const prefixes = new Set(['']);
        const bounds = new Set([0, _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_MIN_OBJECT_BYTES */ .TS]);
        for (const name of _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu) {
            const f = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[name];
            if (f.minBillableBytes > 0)
                bounds.add(f.minBillableBytes);
            if (f.autoTieringMinBytes)
                bounds.add(f.autoTieringMinBytes);
        }
        for (const c of configs) {
            for (const r of c.rules) {
                prefixes.add(r.selector.prefix);
                // size > gt starts at gt + 1; size < lt ends before lt.
                if (r.selector.sizeGreaterThan !== undefined)
                    bounds.add(r.selector.sizeGreaterThan + 1);
                if (r.selector.sizeLessThan !== undefined)
                    bounds.add(r.selector.sizeLessThan);
            }
        }
        this.prefixes = ['', ...[...prefixes].filter((p) => p !== '').sort()];
        this.sizeBounds = [...bounds].sort((a, b) => a - b);
        this.byLength = this.prefixes
            .map((p, index) => ({ index, bytes: Buffer.from(p, 'utf8') }))
            .filter((p) => p.index > 0)
            .sort((a, b) => b.bytes.length - a.bytes.length);
        this.byFirstByte = Array.from({ length: 256 }, (_, b) => this.byLength.filter((p) => p.bytes[0] === b));
        this.longestPrefixBytes = this.byLength.reduce((m, p) => Math.max(m, p.bytes.length), 0);
    }
    get sizeBands() {
        return this.sizeBounds.length;
    }
    signature(prefixGroup, sizeBand) {
        return prefixGroup * this.sizeBounds.length + sizeBand;
    }
    prefixGroupOfString(key) {
        for (const p of this.byLength)
            if (key.startsWith(this.prefixes[p.index]))
                return p.index;
        return 0;
    }
    /** Longest rule prefix of the UTF-8 key bytes buf[start, end). */
    prefixGroupOfBytes(buf, start, end) {
        const len = end - start;
        if (len === 0)
            return 0;
        outer: for (const p of this.byFirstByte[buf[start]]) {
            const b = p.bytes;
            if (b.length > len)
                continue;
            for (let i = 0; i < b.length; i++)
                if (buf[start + i] !== b[i])
                    continue outer;
            return p.index;
        }
        return 0;
    }
    sizeBand(size) {
        const b = this.sizeBounds;
        // Few bounds: a linear scan beats a binary search here.
        let i = 0;
        while (i + 1 < b.length && size >= b[i + 1])
            i++;
        return i;
    }
    /** Smallest and largest size (exclusive; Infinity for the last band) of a band. */
    bandRange(band) {
        return { from: this.sizeBounds[band], to: this.sizeBounds[band + 1] ?? Infinity };
    }
    /** Whether every object of a band is smaller than `bytes`. */
    bandBelow(band, bytes) {
        return this.bandRange(band).to <= bytes;
    }
    /** Rules of each configuration (in `configs` order) that select objects of a signature. */
    matches(signature) {
        let m = this.memo.get(signature);
        if (m)
            return m;
        const group = Math.floor(signature / this.sizeBounds.length);
        const band = signature % this.sizeBounds.length;
        const prefix = this.prefixes[group];
        const size = this.sizeBounds[band];
        m = this.configs.map((c) => {
            const out = { rules: [], tagDependent: [] };
            for (const r of c.rules) {
                const s = r.selector;
                if (!prefix.startsWith(s.prefix))
                    continue;
                if (s.sizeGreaterThan !== undefined && !(size > s.sizeGreaterThan))
                    continue;
                if (s.sizeLessThan !== undefined && !(size < s.sizeLessThan))
                    continue;
                (s.tags.length ? out.tagDependent : out.rules).push(r);
            }
            return out;
        });
        this.memo.set(signature, m);
        return m;
    }
}


/***/ })

};
