export const id = 370;
export const ids = [370,642,0];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pv: () => (/* binding */ inSimpleOrder),
/* harmony export */   Vh: () => (/* binding */ mergeCohorts),
/* harmony export */   gT: () => (/* binding */ CLASS_INDEX),
/* harmony export */   hz: () => (/* binding */ CohortBuilder),
/* harmony export */   uw: () => (/* binding */ splitSimpleKey)
/* harmony export */ });
/* unused harmony exports simpleKey, compareCohorts */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);

const CLASS_INDEX = Object.fromEntries(_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.map((n, i) => [n, i]));
/**
 * Folds objects into cohorts. The common case (current, unlocked) is keyed by one number so the hot
 * path allocates nothing per object; other objects use a string key.
 */
class CohortBuilder {
    simple = new Map();
    other = new Map();
    rows = 0;
    skippedRows = 0;
    add(o) {
        this.rows++;
        // signature < 2^20, class < 8, overwritten < 2, 0 ≤ day < 2^17: fits well within 2^53. A day outside
        // (a hostile inventory's 1969 or 2400) would land on another cohort's key: it takes the string key.
        if (o.current && o.lockedUntilDay === 0 && o.createdDay >= 0 && o.createdDay < 131072) {
            const key = simpleKey(o.signature, o.classIndex, o.overwritten, o.createdDay);
            const c = this.simple.get(key);
            if (c) {
                c.objects++;
                c.bytes += o.size;
            }
            else
                this.simple.set(key, this.make(o, 1, o.size));
            return;
        }
        this.addCounts(o, 1, o.size);
    }
    /** Objects already counted elsewhere (a cohort table row). */
    addCounts(o, objects, bytes) {
        const key = o.current
            ? `${o.signature}|${o.classIndex}|${o.createdDay}|1|${o.overwritten ? 1 : 0}|${o.lockedUntilDay}`
            : `${o.signature}|${o.classIndex}|${o.createdDay}|0|${o.noncurrentSinceDay}|${o.newerVersions}|${o.lockedUntilDay}|${o.headSignature}|${o.headCreatedDay}`;
        const c = this.other.get(key);
        if (c) {
            c.objects += objects;
            c.bytes += bytes;
        }
        else
            this.other.set(key, this.make(o, objects, bytes));
    }
    skip() {
        this.rows++;
        this.skippedRows++;
    }
    make(o, objects, bytes) {
        const c = {
            signature: o.signature,
            storageClass: _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu[o.classIndex],
            createdDay: o.createdDay,
            current: o.current,
            objects,
            bytes,
        };
        if (!o.current) {
            c.noncurrentSinceDay = o.noncurrentSinceDay;
            c.newerVersions = o.newerVersions;
            c.headSignature = o.headSignature;
            c.headCreatedDay = o.headCreatedDay;
        }
        else if (o.overwritten)
            c.overwritten = true;
        if (o.lockedUntilDay !== 0)
            c.lockedUntilDay = o.lockedUntilDay;
        return c;
    }
    cohorts() {
        const keys = [...this.simple.keys()];
        return mergeCohorts(inSimpleOrder(keys).map((k) => this.simple.get(k)), [...this.other.values()].sort(compareCohorts));
    }
}
/** The numeric key of a current, unlocked cohort: ((signature × 8 + class) × 2 + overwritten) × 131072 + day. */
function simpleKey(signature, classIndex, overwritten, day) {
    return ((signature * 8 + classIndex) * 2 + (overwritten ? 1 : 0)) * 131072 + day;
}
/** The parts of a simple key. */
function splitSimpleKey(key) {
    const rest = Math.floor(key / 131072);
    const cls = Math.floor(rest / 2);
    return { signature: Math.floor(cls / 8), classIndex: cls % 8, overwritten: rest % 2 === 1, day: key % 131072 };
}
/**
 * Simple keys in the order compareCohorts puts their cohorts (signature, class, day, then
 * overwritten), sorted as numbers: tables run to millions of cohorts, and a comparator call per
 * comparison was a tenth of a large projection.
 */
function inSimpleOrder(keys) {
    // Floors throughout, so that the rewriting is its own exact inverse for every integer key, not
    // only for the keys the readers make (their days are 0 to 131071).
    const order = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
        const group = Math.floor(keys[i] / 131072);
        const day = keys[i] - group * 131072;
        const half = Math.floor(group / 2);
        order[i] = (half * 131072 + day) * 2 + (group - half * 2);
    }
    order.sort();
    const sorted = new Array(keys.length);
    for (let i = 0; i < order.length; i++) {
        const rest = Math.floor(order[i] / 2);
        const overwritten = order[i] - rest * 2;
        const half = Math.floor(rest / 131072);
        sorted[i] = (half * 2 + overwritten) * 131072 + (rest - half * 131072);
    }
    return sorted;
}
/** Two lists already in compareCohorts order, as one. */
function mergeCohorts(a, b) {
    if (!b.length)
        return a;
    if (!a.length)
        return b;
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = compareCohorts(a[i], b[j]) <= 0 ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}
function compareCohorts(a, b) {
    return (a.signature - b.signature ||
        CLASS_INDEX[a.storageClass] - CLASS_INDEX[b.storageClass] ||
        a.createdDay - b.createdDay ||
        Number(b.current) - Number(a.current) ||
        (a.noncurrentSinceDay ?? 0) - (b.noncurrentSinceDay ?? 0) ||
        (a.newerVersions ?? 0) - (b.newerVersions ?? 0) ||
        (a.lockedUntilDay ?? 0) - (b.lockedUntilDay ?? 0) ||
        Number(a.overwritten ?? false) - Number(b.overwritten ?? false) ||
        (a.headSignature ?? -2) - (b.headSignature ?? -2) ||
        (a.headCreatedDay ?? 0) - (b.headCreatedDay ?? 0));
}


/***/ }),

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


/***/ }),

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   compileConfiguration: () => (/* binding */ compileConfiguration),
/* harmony export */   maxNewerVersions: () => (/* binding */ maxNewerVersions)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9563);
/* harmony import */ var _model_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);
/* harmony import */ var _lint_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(612);
/* harmony import */ var _model_selector_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9276);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3855);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7084);







const EMPTY_CONFIG = {
    rules: [],
    disabled: 0,
    minimumObjectSize: _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
    minimumObjectSizeSource: 'default',
    skipped: [],
};
/**
 * `data` is a lifecycle file's parsed content (the S3 API shape or a full request). A configuration
 * lifeguard applies uses the file's TransitionDefaultMinimumObjectSize, else all_storage_classes_128K.
 */
function compileConfiguration(data) {
    const located = (0,_model_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .locateConfiguration */ .L)(data);
    const size = located.transitionDefaultMinimumObjectSize;
    const fromFile = size === 'all_storage_classes_128K' || size === 'varies_by_storage_class';
    const rules = [];
    const skipped = [];
    let disabled = 0;
    (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .arr */ .QL)(located.config.Rules).forEach((raw, index) => {
        if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(raw))
            return;
        if (raw.Status !== 'Enabled') {
            disabled++;
            return;
        }
        rules.push(compileRule(raw, index, skipped));
    });
    return {
        rules,
        disabled,
        minimumObjectSize: fromFile ? size : _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
        minimumObjectSizeSource: fromFile ? 'file' : 'default',
        skipped,
    };
}
function compileRule(raw, index, skipped) {
    const label = (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleLabel */ .D)(raw, index);
    const selector = (0,_model_selector_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorOf */ .B)(raw);
    // The actions come from the one canonical form (model/canonical.ts); the simulator only turns
    // their times into day offsets or fixed days.
    const rule = (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRule */ .YE)(raw);
    const when = (t, what) => {
        if (t.days !== undefined && t.days >= 0)
            return { days: t.days };
        if (t.date !== undefined) {
            const day = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .dayOfIsoText */ .O7)(t.date);
            if (Number.isFinite(day))
                return { onDay: day };
        }
        skipped.push(`${label}: ${what} has no readable Days or Date and is left out of the projection`);
        return undefined;
    };
    const transitions = [];
    for (const t of rule.transitions) {
        if (!(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.storageClass))
            continue;
        const w = when(t, `a Transition to ${t.storageClass}`);
        if (w)
            transitions.push({ when: w, storageClass: t.storageClass });
    }
    const exp = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .obj */ .WL)(raw.Expiration);
    const expiration = exp && (exp.Days !== undefined || exp.Date !== undefined) ? when(rule.expiration ?? {}, 'Expiration') : undefined;
    const noncurrentTransitions = [];
    for (const t of rule.noncurrentTransitions) {
        if (!(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.storageClass) || t.noncurrentDays === undefined || t.noncurrentDays < 0)
            continue;
        noncurrentTransitions.push({ when: { days: t.noncurrentDays }, storageClass: t.storageClass, newer: t.newerNoncurrentVersions });
    }
    const nce = rule.noncurrentExpiration;
    return {
        index,
        id: (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(raw.ID),
        label,
        selector,
        hasSizeFilter: selector.sizeGreaterThan !== undefined || selector.sizeLessThan !== undefined,
        transitions: transitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        expiration,
        noncurrentTransitions: noncurrentTransitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        noncurrentExpiration: nce?.noncurrentDays !== undefined && nce.noncurrentDays > 0
            ? { days: nce.noncurrentDays, newer: nce.newerNoncurrentVersions }
            : undefined,
        abortsMultipartUploads: rule.abortIncompleteMultipartUpload !== undefined,
    };
}
function whenOrder(w) {
    return 'days' in w ? w.days : w.onDay;
}
/** The largest NewerNoncurrentVersions any rule uses: version ranks above it behave alike. */
function maxNewerVersions(configs) {
    let max = 0;
    for (const c of configs) {
        for (const r of c.rules) {
            for (const t of r.noncurrentTransitions)
                max = Math.max(max, t.newer ?? 0);
            max = Math.max(max, r.noncurrentExpiration?.newer ?? 0);
        }
    }
    return max;
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ dayOfIsoText),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   j9: () => (/* binding */ GIB),
/* harmony export */   kW: () => (/* binding */ MONTH_MS),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH)
/* harmony export */ });
/* unused harmony exports daysFromCivil, isoDay */
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4483);
/**
 * The calendar of a projection. Lifecycle works in whole UTC days (actions fire at 00:00 UTC: the
 * days and their rounding are model/timing.ts); the bill works in hours, and a month is 730 hours, as
 * in the AWS Pricing Calculator.
 */

const HOUR_MS = 3_600_000;
const HOURS_PER_MONTH = 730;
const MONTH_MS = HOURS_PER_MONTH * HOUR_MS;
/** Storage is billed in binary GB. */
const GIB = 2 ** 30;
/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without allocating a Date. */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** "YYYY-MM-DD…" to a day number; NaN when the text does not start with a date. */
function dayOfIsoText(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (!m)
        return NaN;
    return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}
function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}


/***/ }),

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineFile: () => (/* binding */ baselineFile),
/* harmony export */   c1: () => (/* binding */ makeBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_KIND */
/* harmony import */ var _cohorts_cohort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5847);
/* harmony import */ var _cohorts_matcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6642);
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4297);
/* harmony import */ var _inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _rules_compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/**
 * A tracking baseline: what a projection started from (both configurations as the files gave them,
 * the cohort table of the inventory, its date, the growth and access assumptions), saved as JSON so
 * that `lifeguard cost --track` can later say what the rules did against what was projected, even
 * when that inventory report is gone. The cohort table is the compact part; signatures are
 * re-derived from the same configurations, so they mean the same when read back.
 */





const BASELINE_KIND = 'lifeguard-cost-baseline';
function makeBaseline(o) {
    const row = (c) => [
        c.signature,
        _cohorts_cohort_js__WEBPACK_IMPORTED_MODULE_0__/* .CLASS_INDEX */ .gT[c.storageClass],
        c.createdDay,
        c.current ? 1 : 0,
        c.noncurrentSinceDay ?? 0,
        c.newerVersions ?? 0,
        c.lockedUntilDay === Infinity ? -1 : (c.lockedUntilDay ?? 0),
        c.headSignature ?? -1,
        c.headCreatedDay ?? 0,
        c.overwritten ? 1 : 0,
        c.objects,
        c.bytes,
    ];
    const { table, ...rest } = o;
    return { kind: BASELINE_KIND, version: 1, ...rest, versioned: table.versioned, cohorts: table.cohorts.map(row) };
}
/** Reads a baseline written by `--baseline-out` (or the action); `display` names it in errors. */
function loadBaseline(data, display) {
    const bad = (what) => {
        throw new _inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: not a lifeguard cost baseline (${what}); write one with lifeguard cost --baseline-out FILE`);
    };
    const b = data;
    if (!b || typeof b !== 'object' || b.kind !== BASELINE_KIND)
        return bad('no "kind": "lifeguard-cost-baseline"');
    if (b.version !== 1)
        return bad(`version ${String(b.version)} is not 1`);
    const asOfMs = Date.parse(String(b.asOf));
    if (!Number.isFinite(asOfMs))
        return bad('"asOf" is not a time');
    if (typeof b.region !== 'string')
        return bad('no "region"');
    if (!Array.isArray(b.cohorts))
        return bad('no "cohorts"');
    const current = (0,_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(b.current ?? { Rules: [] });
    const proposed = (0,_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(b.proposed ?? { Rules: [] });
    const matcher = new _cohorts_matcher_js__WEBPACK_IMPORTED_MODULE_1__.SelectorMatcher([current, proposed]);
    const cohorts = b.cohorts.map((r, i) => {
        if (!Array.isArray(r) || r.length !== 12 || !r.every((x) => typeof x === 'number'))
            return bad(`cohort ${i} is not 12 numbers`);
        const [signature, cls, createdDay, cur, ncSince, newer, lock, head, headDay, overwritten, objects, bytes] = r;
        const storageClass = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_2__/* .STORAGE_CLASS_NAMES */ .Uu[cls];
        if (!storageClass || signature < 0 || signature >= matcher.prefixes.length * matcher.sizeBands)
            return bad(`cohort ${i} does not fit its configurations`);
        const c = {
            signature: signature,
            storageClass,
            createdDay: createdDay,
            current: cur === 1,
            objects: objects,
            bytes: bytes,
        };
        if (!c.current)
            Object.assign(c, { noncurrentSinceDay: ncSince, newerVersions: newer, headSignature: head, headCreatedDay: headDay });
        if (lock !== 0)
            c.lockedUntilDay = lock === -1 ? Infinity : lock;
        if (overwritten === 1)
            c.overwritten = true;
        return c;
    });
    const table = { cohorts, versioned: !!b.versioned, rows: 0, skippedRows: 0, notes: [] };
    return { baseline: b, current, proposed, matcher, table, asOfMs };
}
/** Where a target's baseline lives in a baselines folder: <folder>/<target>.json, the name kept to safe characters. */
function baselineFile(folder, target) {
    // Built as text, not with path.join: the bundler would take a path pattern for files to ship.
    return [folder.replace(/\/+$/, ''), `${target.replace(/[^A-Za-z0-9._-]/g, '_')}.json`].join('/');
}


/***/ })

};
