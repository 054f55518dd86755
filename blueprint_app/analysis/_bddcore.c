/* The compiled core of the failure analysis: reduced ordered BDDs and zero-suppressed
 * families of sets (ZDDs) in integer node tables, with a unique table (open addressing)
 * and a lossy compute cache (as CUDD does), both inside one memory budget in bytes.
 *
 * A manager holds either BDD nodes or ZDD nodes (the reduction rule differs). Node ids are
 * int32: 0 and 1 are the terminals (FALSE/TRUE, or EMPTY/BASE), internal nodes from 2.
 * Every operation returns -1 once the budget is exhausted; the Python wrapper turns that
 * into DiagramTooLarge. Failure functions are monotone (AND, OR of variables), so no
 * complement edges are needed; probabilities carry both P and Q = 1 - P computed as sums
 * of products of non-negative numbers, so a small 1 - P never comes from a subtraction.
 *
 * References: Bryant 1986 (ROBDD), Minato 1993 (ZDD), Rauzy 1993 (minimal solutions,
 * "without"), Somenzi, CUDD (lossy compute cache).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int32_t level, low, high; } Node;
typedef struct { int32_t a, b, op, r; } Entry;
typedef struct { int32_t a, b; double r; } DEntry;

enum { OP_AND = 1, OP_OR = 2, OP_WITHOUT = 3, OP_UPWARD = 4, OP_MINSOL = 16 };
#define MAX_CACHE (1u << 22)

static PyObject *TooLarge;

typedef struct {
    PyObject_HEAD
    int zdd;
    int32_t n_levels;
    Node *nodes;
    int64_t n, cap;
    int32_t *buckets;          /* 0 = empty slot (terminals are never interned) */
    uint64_t nbuckets;
    Entry *cache;
    uint64_t ncache;
    int64_t max_bytes;
    int full;
} Manager;

static int64_t mgr_bytes(Manager *m) {
    return m->cap * (int64_t)sizeof(Node) + (int64_t)m->nbuckets * 4 + (int64_t)m->ncache * (int64_t)sizeof(Entry);
}

static inline uint64_t mix3(uint64_t a, uint64_t b, uint64_t c) {
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= (c + 0x165667B19E3779F9ull) * 0xD6E8FEB86659FD93ull;
    h ^= h >> 29;
    return h;
}

static int grow(Manager *m) {
    int64_t new_cap = m->cap * 2;
    uint64_t new_buckets = m->nbuckets;
    while (new_buckets < (uint64_t)new_cap * 2) new_buckets *= 2;
    uint64_t new_cache = m->ncache;
    while (new_cache < (uint64_t)new_cap && new_cache < MAX_CACHE) new_cache *= 2;
    int64_t need = new_cap * (int64_t)sizeof(Node) + (int64_t)new_buckets * 4 + (int64_t)new_cache * (int64_t)sizeof(Entry);
    if (need > m->max_bytes) { m->full = 1; return -1; }
    Node *nodes = realloc(m->nodes, new_cap * sizeof(Node));
    if (!nodes) { m->full = 1; return -1; }
    m->nodes = nodes;
    m->cap = new_cap;
    if (new_buckets != m->nbuckets) {
        int32_t *b = calloc(new_buckets, 4);
        if (!b) { m->full = 1; return -1; }
        uint64_t mask = new_buckets - 1;
        for (int64_t i = 2; i < m->n; i++) {
            Node *x = &m->nodes[i];
            uint64_t h = mix3(x->level, x->low, x->high) & mask;
            while (b[h]) h = (h + 1) & mask;
            b[h] = (int32_t)i;
        }
        free(m->buckets);
        m->buckets = b;
        m->nbuckets = new_buckets;
    }
    if (new_cache != m->ncache) {
        Entry *c = calloc(new_cache, sizeof(Entry));
        if (!c) { m->full = 1; return -1; }
        free(m->cache);
        m->cache = c;
        m->ncache = new_cache;
    }
    return 0;
}

static int32_t intern(Manager *m, int32_t level, int32_t low, int32_t high) {
    if (low < 0 || high < 0) return -1;
    uint64_t mask = m->nbuckets - 1;
    uint64_t h = mix3(level, low, high) & mask;
    int32_t id;
    while ((id = m->buckets[h]) != 0) {
        Node *x = &m->nodes[id];
        if (x->level == level && x->low == low && x->high == high) return id;
        h = (h + 1) & mask;
    }
    if (m->n >= m->cap || (uint64_t)m->n * 2 >= m->nbuckets) {
        if (m->full || grow(m) < 0) return -1;
        return intern(m, level, low, high);
    }
    id = (int32_t)m->n++;
    m->nodes[id].level = level;
    m->nodes[id].low = low;
    m->nodes[id].high = high;
    m->buckets[h] = id;
    return id;
}

static inline int32_t mk(Manager *m, int32_t level, int32_t low, int32_t high) {
    if (low < 0 || high < 0) return -1;
    if (m->zdd ? high == 0 : low == high) return low;
    return intern(m, level, low, high);
}

static inline Entry *slot(Manager *m, int32_t a, int32_t b, int32_t op) {
    return &m->cache[mix3(a, b, op) & (m->ncache - 1)];
}

/* ----- BDD: AND / OR ------------------------------------------------------------------ */
static int32_t apply(Manager *m, int op, int32_t u, int32_t v) {
    if (op == OP_AND) {
        if (u == 0 || v == 0) return 0;
        if (u == 1 || u == v) return v;
        if (v == 1) return u;
    } else {
        if (u == 1 || v == 1) return 1;
        if (u == 0 || u == v) return v;
        if (v == 0) return u;
    }
    if (u > v) { int32_t t = u; u = v; v = t; }
    Entry *e = slot(m, u, v, op);
    if (e->op == op && e->a == u && e->b == v) return e->r;
    Node nu = m->nodes[u], nv = m->nodes[v];
    int32_t top = nu.level < nv.level ? nu.level : nv.level;
    int32_t u0 = nu.level == top ? nu.low : u, u1 = nu.level == top ? nu.high : u;
    int32_t v0 = nv.level == top ? nv.low : v, v1 = nv.level == top ? nv.high : v;
    int32_t lo = apply(m, op, u0, v0);
    if (lo < 0) return -1;
    int32_t hi = apply(m, op, u1, v1);
    int32_t r = mk(m, top, lo, hi);
    if (r < 0) return -1;
    e = slot(m, u, v, op);            /* the cache may have been reallocated */
    e->a = u; e->b = v; e->op = op; e->r = r;
    return r;
}

/* ----- ZDD: without, minimal solutions, upward closure --------------------------------- */
static int has_empty(Manager *z, int32_t f) {
    while (f > 1) f = z->nodes[f].low;
    return f == 1;
}

static int32_t without(Manager *z, int32_t f, int32_t g) {
    if (f == 0 || g == 0) return f;
    if (g == 1 || f == g) return 0;
    if (f == 1) return has_empty(z, g) ? 0 : 1;
    Entry *e = slot(z, f, g, OP_WITHOUT);
    if (e->op == OP_WITHOUT && e->a == f && e->b == g) return e->r;
    Node nf = z->nodes[f], ng = z->nodes[g];
    int32_t top = nf.level < ng.level ? nf.level : ng.level;
    int32_t f0 = nf.level == top ? nf.low : f, f1 = nf.level == top ? nf.high : 0;
    int32_t g0 = ng.level == top ? ng.low : g, g1 = ng.level == top ? ng.high : 0;
    int32_t lo = without(z, f0, g0);
    if (lo < 0) return -1;
    int32_t t = without(z, f1, g0);
    if (t < 0) return -1;
    int32_t hi = without(z, t, g1);
    int32_t r = mk(z, top, lo, hi);
    if (r < 0) return -1;
    e = slot(z, f, g, OP_WITHOUT);
    e->a = f; e->b = g; e->op = OP_WITHOUT; e->r = r;
    return r;
}

/* Rauzy: MCS(x.f1 + f0) = MCS(f0) + x.(MCS(f1) without MCS(f0)); at most k elements. */
static int32_t minsol(Manager *z, Manager *b, int32_t node, int32_t k) {
    if (node == 0) return 0;
    if (node == 1) return 1;
    if (k <= 0) return 0;
    /* sets below a node hold only its level and deeper ones: a larger bound changes
     * nothing, so clamp it and share one cache entry for every bound above */
    int32_t room = b->n_levels - b->nodes[node].level;
    if (k > room) k = room;
    Entry *e = slot(z, node, k, OP_MINSOL);
    if (e->op == OP_MINSOL && e->a == node && e->b == k) return e->r;
    Node n = b->nodes[node];
    int32_t lo = minsol(z, b, n.low, k);
    if (lo < 0) return -1;
    int32_t hi = minsol(z, b, n.high, k - 1);
    if (hi < 0) return -1;
    hi = without(z, hi, lo);
    int32_t r = mk(z, n.level, lo, hi);
    if (r < 0) return -1;
    e = slot(z, node, k, OP_MINSOL);
    e->a = node; e->b = k; e->op = OP_MINSOL; e->r = r;
    return r;
}

static int32_t upward(Manager *b, Manager *z, int32_t f) {
    if (f == 0) return 0;
    if (f == 1) return 1;
    Entry *e = slot(b, f, 0, OP_UPWARD);
    if (e->op == OP_UPWARD && e->a == f) return e->r;
    Node n = z->nodes[f];
    int32_t lo = upward(b, z, n.low);
    if (lo < 0) return -1;
    int32_t hi = upward(b, z, n.high);
    if (hi < 0) return -1;
    hi = apply(b, OP_OR, hi, lo);
    int32_t r = mk(b, n.level, lo, hi);
    if (r < 0) return -1;
    e = slot(b, f, 0, OP_UPWARD);
    e->a = f; e->b = 0; e->op = OP_UPWARD; e->r = r;
    return r;
}

/* ----- reachable nodes, children before parents ------------------------------------------ */
typedef struct { int32_t *order; int64_t count; int32_t *slot_of; } Walk;

static int walk(Manager *m, int32_t root, Walk *w) {
    w->slot_of = malloc(m->n * sizeof(int32_t));
    w->order = malloc((m->n + 1) * sizeof(int32_t));
    int32_t *stack = malloc((m->n + 1) * 2 * sizeof(int32_t));
    if (!w->slot_of || !w->order || !stack) { free(stack); return -1; }
    for (int64_t i = 0; i < m->n; i++) w->slot_of[i] = -1;
    w->count = 0;
    int64_t sp = 0;
    if (root > 1) { stack[sp++] = root; stack[sp++] = 0; w->slot_of[root] = -2; }
    while (sp) {
        int32_t state = stack[sp - 1], node = stack[sp - 2];
        if (state < 2) {
            stack[sp - 1] = state + 1;
            int32_t child = state == 0 ? m->nodes[node].low : m->nodes[node].high;
            if (child > 1 && w->slot_of[child] == -1) {
                w->slot_of[child] = -2;
                stack[sp++] = child; stack[sp++] = 0;
            }
        } else {
            sp -= 2;
            w->slot_of[node] = (int32_t)w->count;
            w->order[w->count++] = node;
        }
    }
    free(stack);
    return 0;
}

static void walk_free(Walk *w) { free(w->order); free(w->slot_of); }

static inline double value(const Walk *w, const double *table, int32_t node, double at0, double at1) {
    return node == 0 ? at0 : node == 1 ? at1 : table[w->slot_of[node]];
}

/* P(u and not v) for v implying u, exactly: a sum of products of non-negative numbers. */
typedef struct { Manager *m; const Walk *w; const double *P, *Q, *probs; DEntry *cache; uint64_t mask; } Diff;

static double diff_exact(Diff *d, int32_t u, int32_t v) {
    if (u == v || u == 0) return 0.0;
    if (v == 0) return value(d->w, d->P, u, 0.0, 1.0);
    if (u == 1) return value(d->w, d->Q, v, 1.0, 0.0);
    DEntry *e = &d->cache[mix3(u, v, 7) & d->mask];
    if (e->a == u && e->b == v) return e->r;
    Node nu = d->m->nodes[u], nv = d->m->nodes[v];
    int32_t top = nu.level < nv.level ? nu.level : nv.level;
    int32_t u0 = nu.level == top ? nu.low : u, u1 = nu.level == top ? nu.high : u;
    int32_t v0 = nv.level == top ? nv.low : v, v1 = nv.level == top ? nv.high : v;
    double p = d->probs[top];
    double r = p * diff_exact(d, u1, v1) + (1.0 - p) * diff_exact(d, u0, v0);
    e = &d->cache[mix3(u, v, 7) & d->mask];
    e->a = u; e->b = v; e->r = r;
    return r;
}

/* ----- Python methods ------------------------------------------------------------------ */
static int parse_probs(Manager *m, PyObject *seq, double **out) {
    PyObject *fast = PySequence_Fast(seq, "probabilities must be a sequence");
    if (!fast) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    if (n < m->n_levels) { Py_DECREF(fast); PyErr_SetString(PyExc_ValueError, "one probability per level needed"); return -1; }
    double *p = malloc((n + 1) * sizeof(double));
    for (Py_ssize_t i = 0; i < n; i++) p[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, i));
    Py_DECREF(fast);
    if (PyErr_Occurred()) { free(p); return -1; }
    *out = p;
    return 0;
}

static PyObject *too_large(Manager *m) {
    if (m->max_bytes >= (1 << 20))
        PyErr_Format(TooLarge, "decision diagrams over the memory limit of %lld MB",
                     (long long)(m->max_bytes >> 20));
    else
        PyErr_Format(TooLarge, "decision diagrams over the memory limit of %lld kB",
                     (long long)(m->max_bytes >> 10));
    return NULL;
}

static PyObject *result(Manager *m, int32_t r) {
    if (r < 0) return too_large(m);
    return PyLong_FromLong(r);
}

static int check_node(Manager *m, long u) {
    if (u < 0 || u >= m->n) { PyErr_Format(PyExc_ValueError, "no node %ld", u); return -1; }
    return 0;
}

static PyObject *M_mk(Manager *m, PyObject *args) {
    int level; long lo, hi;
    if (!PyArg_ParseTuple(args, "ill", &level, &lo, &hi)) return NULL;
    if (level < 0 || level >= m->n_levels) return PyErr_Format(PyExc_ValueError, "level %d out of range", level);
    if (check_node(m, lo) || check_node(m, hi)) return NULL;
    return result(m, mk(m, level, (int32_t)lo, (int32_t)hi));
}

static PyObject *binop(Manager *m, PyObject *args, int op) {
    long u, v;
    if (!PyArg_ParseTuple(args, "ll", &u, &v)) return NULL;
    if (check_node(m, u) || check_node(m, v)) return NULL;
    return result(m, apply(m, op, (int32_t)u, (int32_t)v));
}
static PyObject *M_and(Manager *m, PyObject *args) { return binop(m, args, OP_AND); }
static PyObject *M_or(Manager *m, PyObject *args) { return binop(m, args, OP_OR); }

static PyObject *M_without(Manager *m, PyObject *args) {
    long f, g;
    if (!PyArg_ParseTuple(args, "ll", &f, &g)) return NULL;
    if (check_node(m, f) || check_node(m, g)) return NULL;
    return result(m, without(m, (int32_t)f, (int32_t)g));
}

static PyTypeObject ManagerType;

static PyObject *M_minsol(Manager *z, PyObject *args) {
    Manager *b; long root; int k;
    if (!PyArg_ParseTuple(args, "O!li", &ManagerType, &b, &root, &k)) return NULL;
    if (check_node(b, root)) return NULL;
    return result(z, minsol(z, b, (int32_t)root, k));
}

static PyObject *M_upward(Manager *b, PyObject *args) {
    Manager *z; long f;
    if (!PyArg_ParseTuple(args, "O!l", &ManagerType, &z, &f)) return NULL;
    if (check_node(z, f)) return NULL;
    return result(b, upward(b, z, (int32_t)f));
}

static PyObject *M_node(Manager *m, PyObject *args) {
    long u;
    if (!PyArg_ParseTuple(args, "l", &u)) return NULL;
    if (check_node(m, u)) return NULL;
    Node x = m->nodes[u];
    return Py_BuildValue("(iii)", x.level, x.low, x.high);
}

static void bottom_up(Manager *m, const Walk *w, const double *probs, double *P, double *Q) {
    for (int64_t i = 0; i < w->count; i++) {
        Node x = m->nodes[w->order[i]];
        double p = probs[x.level];
        P[i] = p * value(w, P, x.high, 0.0, 1.0) + (1.0 - p) * value(w, P, x.low, 0.0, 1.0);
        if (Q) Q[i] = p * value(w, Q, x.high, 1.0, 0.0) + (1.0 - p) * value(w, Q, x.low, 1.0, 0.0);
    }
}

static PyObject *M_probability(Manager *m, PyObject *args) {
    long root; PyObject *seq; double *probs;
    if (!PyArg_ParseTuple(args, "lO", &root, &seq)) return NULL;
    if (check_node(m, root) || parse_probs(m, seq, &probs)) return NULL;
    if (root <= 1) { free(probs); return PyFloat_FromDouble(root == 1 ? 1.0 : 0.0); }
    Walk w;
    if (walk(m, (int32_t)root, &w) < 0) { free(probs); return PyErr_NoMemory(); }
    double *P = malloc((w.count + 1) * sizeof(double));
    bottom_up(m, &w, probs, P, NULL);
    double total = P[w.slot_of[root]];
    free(P); free(probs); walk_free(&w);
    return PyFloat_FromDouble(total);
}

static PyObject *doubles(const double *v, int32_t n) {
    PyObject *list = PyList_New(n);
    for (int32_t i = 0; i < n; i++) PyList_SET_ITEM(list, i, PyFloat_FromDouble(v[i]));
    return list;
}

/* (P, P1[level], P0[level], Birnbaum[level]). One bottom-up pass (P and Q), one top-down
 * pass (the probability mass arriving at each node). Paths either meet a node of level L
 * (then take its high or low branch) or jump over L; Birnbaum is the sum over the nodes of
 * level L of mass * (P(high) - P(low)), the jumps cancelling, and where that difference
 * would lose digits it is computed as P(high and not low) directly. */
static PyObject *M_importance(Manager *m, PyObject *args) {
    long root; PyObject *seq; double *probs;
    if (!PyArg_ParseTuple(args, "lO", &root, &seq)) return NULL;
    if (check_node(m, root) || parse_probs(m, seq, &probs)) return NULL;
    int32_t n = m->n_levels;
    double *meet1 = calloc(n + 1, sizeof(double)), *meet0 = calloc(n + 1, sizeof(double));
    double *jump = calloc(n + 2, sizeof(double)), *birn = calloc(n + 1, sizeof(double));
    int64_t *jumping = calloc(n + 2, sizeof(int64_t));
    double *p1 = calloc(n + 1, sizeof(double)), *p0 = calloc(n + 1, sizeof(double));
    double total = root == 1 ? 1.0 : 0.0;
    Walk w = {0};
    double *P = NULL, *Q = NULL, *reach = NULL;
    DEntry *cache = NULL;
    if (root > 1) {
        if (walk(m, (int32_t)root, &w) < 0) { free(probs); return PyErr_NoMemory(); }
        P = malloc((w.count + 1) * sizeof(double));
        Q = malloc((w.count + 1) * sizeof(double));
        reach = calloc(w.count + 1, sizeof(double));
        uint64_t ncache = 1024;
        while (ncache < (uint64_t)w.count && ncache < (1u << 20)) ncache *= 2;
        cache = calloc(ncache, sizeof(DEntry));
        Diff d = {m, &w, P, Q, probs, cache, ncache - 1};
        bottom_up(m, &w, probs, P, Q);
        int32_t rs = w.slot_of[root];
        total = P[rs];
        reach[rs] = 1.0;
#define ADD_JUMP(start, stop, val) do { if ((start) < (stop) && (val) != 0.0) { \
        jump[start] += (val); jump[stop] -= (val); jumping[start]++; jumping[stop]--; } } while (0)
        ADD_JUMP(0, m->nodes[root].level, total);
        for (int64_t i = w.count - 1; i >= 0; i--) {        /* parents before children */
            double mass = reach[i];
            if (mass == 0.0) continue;
            Node x = m->nodes[w.order[i]];
            double p = probs[x.level];
            double ph = value(&w, P, x.high, 0.0, 1.0), pl = value(&w, P, x.low, 0.0, 1.0);
            meet1[x.level] += mass * ph;
            meet0[x.level] += mass * pl;
            double delta = ph <= 0.5 ? ph - pl
                : value(&w, Q, x.low, 1.0, 0.0) - value(&w, Q, x.high, 1.0, 0.0);
            if (delta <= 1e-6 * (ph <= 0.5 ? ph : value(&w, Q, x.low, 1.0, 0.0)))
                delta = diff_exact(&d, x.high, x.low);
            birn[x.level] += mass * delta;
            int32_t kids[2] = {x.high, x.low};
            double shares[2] = {p, 1.0 - p};
            for (int c = 0; c < 2; c++) {
                int32_t child = kids[c];
                double arriving = mass * shares[c];
                int32_t stop = child > 1 ? m->nodes[child].level : n;
                if (child > 1) reach[w.slot_of[child]] += arriving;
                ADD_JUMP(x.level + 1, stop, arriving * value(&w, P, child, 0.0, 1.0));
            }
        }
    }
    double running = 0.0;
    int64_t count = 0;
    for (int32_t lv = 0; lv < n; lv++) {
        running += jump[lv];
        count += jumping[lv];
        double bypass = count ? (running > 0.0 ? running : 0.0) : 0.0;
        p1[lv] = bypass + meet1[lv] < 1.0 ? bypass + meet1[lv] : 1.0;
        p0[lv] = bypass + meet0[lv] < 1.0 ? bypass + meet0[lv] : 1.0;
    }
    PyObject *out = Py_BuildValue("(dNNN)", total, doubles(p1, n), doubles(p0, n), doubles(birn, n));
    free(meet1); free(meet0); free(jump); free(birn); free(jumping); free(p1); free(p0);
    free(P); free(Q); free(reach); free(cache); free(probs);
    if (root > 1) walk_free(&w);
    return out;
}

/* Number of sets in a ZDD family (a float: exact up to 2**53, then approximate). */
static PyObject *M_count(Manager *m, PyObject *args) {
    long root;
    if (!PyArg_ParseTuple(args, "l", &root)) return NULL;
    if (check_node(m, root)) return NULL;
    if (root <= 1) return PyFloat_FromDouble((double)root);
    Walk w;
    if (walk(m, (int32_t)root, &w) < 0) return PyErr_NoMemory();
    double *C = malloc((w.count + 1) * sizeof(double));
    for (int64_t i = 0; i < w.count; i++) {
        Node x = m->nodes[w.order[i]];
        C[i] = value(&w, C, x.low, 0.0, 1.0) + value(&w, C, x.high, 0.0, 1.0);
    }
    double total = C[w.slot_of[root]];
    free(C); walk_free(&w);
    return PyFloat_FromDouble(total);
}

/* The sets of exactly ``size`` elements of a family, each written as the sorted ranks of
 * its elements (rank[level]), the sets sorted: bytes of int32, ``size`` per set. At most
 * ``max_count`` sets; returns None if there are more. */
static int cmp_size;
static int cmp_sets(const void *a, const void *b) {
    const int32_t *x = a, *y = b;
    for (int i = 0; i < cmp_size; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}
static int cmp_int(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

static PyObject *M_sets_of_size(Manager *m, PyObject *args) {
    long root; int size; Py_buffer ranks; long long max_count;
    if (!PyArg_ParseTuple(args, "liy*L", &root, &size, &ranks, &max_count)) return NULL;
    if (check_node(m, root) || size < 0 || ranks.len < (Py_ssize_t)(m->n_levels * 4)) {
        PyBuffer_Release(&ranks);
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "bad arguments");
        return NULL;
    }
    const int32_t *rank = ranks.buf;
    int64_t cap = 1024, count = 0;
    int32_t *out = malloc(cap * (size ? size : 1) * sizeof(int32_t));
    int32_t *path = malloc((size + 1) * sizeof(int32_t));
    /* stack of (node, depth) still to visit; path[depth] holds the chosen levels */
    int64_t scap = 1024, sp = 0;
    int32_t *stack = malloc(scap * 2 * sizeof(int32_t));
    int too_many = 0;
    stack[sp++] = (int32_t)root; stack[sp++] = 0;
    while (sp && !too_many) {
        int32_t depth = stack[--sp], node = stack[--sp];
        if (node == 0) continue;
        if (node == 1) {
            if (depth != size) continue;
            if (count >= max_count) { too_many = 1; break; }
            if (count >= cap) { cap *= 2; out = realloc(out, cap * (size ? size : 1) * sizeof(int32_t)); }
            for (int i = 0; i < size; i++) out[count * size + i] = rank[path[i]];
            qsort(out + count * size, size, sizeof(int32_t), cmp_int);
            count++;
            continue;
        }
        if (sp + 4 > scap * 2) { scap *= 2; stack = realloc(stack, scap * 2 * sizeof(int32_t)); }
        Node x = m->nodes[node];
        stack[sp++] = x.low; stack[sp++] = depth;
        if (depth < size) {
            path[depth] = x.level;
            /* path[depth] must survive until the high branch is done: the high child is
             * visited right away (pushed last) and the low branch only overwrites it later */
            stack[sp++] = x.high; stack[sp++] = depth + 1;
        }
    }
    free(stack); free(path);
    PyBuffer_Release(&ranks);
    if (too_many) { free(out); Py_RETURN_NONE; }
    cmp_size = size;
    if (size) qsort(out, count, size * sizeof(int32_t), cmp_sets);
    PyObject *b = PyBytes_FromStringAndSize((const char *)out, count * size * sizeof(int32_t));
    free(out);
    return Py_BuildValue("(NL)", b, (long long)count);
}

static PyObject *M_sizes(Manager *m, PyObject *args) {
    /* smallest and largest set size of a family (-1, -1 when it is empty) */
    long root;
    if (!PyArg_ParseTuple(args, "l", &root)) return NULL;
    if (check_node(m, root)) return NULL;
    if (root == 0) return Py_BuildValue("(ii)", -1, -1);
    if (root == 1) return Py_BuildValue("(ii)", 0, 0);
    Walk w;
    if (walk(m, (int32_t)root, &w) < 0) return PyErr_NoMemory();
    int32_t *lo = malloc((w.count + 1) * 4), *hi = malloc((w.count + 1) * 4);
    for (int64_t i = 0; i < w.count; i++) {
        Node x = m->nodes[w.order[i]];
        int32_t hmin = x.high == 1 ? 0 : lo[w.slot_of[x.high]], hmax = x.high == 1 ? 0 : hi[w.slot_of[x.high]];
        int32_t a = hmin + 1, b = hmax + 1;
        if (x.low == 1) { a = 0; }
        else if (x.low > 1) {
            int32_t l0 = lo[w.slot_of[x.low]], l1 = hi[w.slot_of[x.low]];
            if (l0 < a) a = l0;
            if (l1 > b) b = l1;
        }
        lo[i] = a; hi[i] = b;
    }
    int32_t s = w.slot_of[root];
    PyObject *out = Py_BuildValue("(ii)", lo[s], hi[s]);
    free(lo); free(hi); walk_free(&w);
    return out;
}

static PyObject *M_len(Manager *m, PyObject *noargs) { return PyLong_FromLongLong(m->n); }

static PyObject *M_getbytes(Manager *m, void *closure) { return PyLong_FromLongLong(mgr_bytes(m)); }
static PyObject *M_getlevels(Manager *m, void *closure) { return PyLong_FromLong(m->n_levels); }

static int M_init(Manager *m, PyObject *args, PyObject *kw) {
    static char *names[] = {"n_levels", "zdd", "max_bytes", NULL};
    int n_levels, zdd = 0; long long max_bytes = 512ll << 20;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "i|pL", names, &n_levels, &zdd, &max_bytes)) return -1;
    if (n_levels < 0) { PyErr_SetString(PyExc_ValueError, "n_levels must be >= 0"); return -1; }
    free(m->nodes); free(m->buckets); free(m->cache);
    m->zdd = zdd; m->n_levels = n_levels; m->max_bytes = max_bytes; m->full = 0;
    m->cap = 256; m->n = 2; m->nbuckets = 1024; m->ncache = 256;
    m->nodes = malloc(m->cap * sizeof(Node));
    m->buckets = calloc(m->nbuckets, 4);
    m->cache = calloc(m->ncache, sizeof(Entry));
    if (!m->nodes || !m->buckets || !m->cache) { PyErr_NoMemory(); return -1; }
    for (int i = 0; i < 2; i++) { m->nodes[i].level = n_levels; m->nodes[i].low = i; m->nodes[i].high = i; }
    if (mgr_bytes(m) > m->max_bytes) { m->cap = 2; m->full = 1; }   /* a budget below the start */
    return 0;
}

static void M_dealloc(Manager *m) {
    free(m->nodes); free(m->buckets); free(m->cache);
    Py_TYPE(m)->tp_free((PyObject *)m);
}

static PyMethodDef M_methods[] = {
    {"mk", (PyCFunction)M_mk, METH_VARARGS, "mk(level, low, high): the reduced node"},
    {"and_", (PyCFunction)M_and, METH_VARARGS, "conjunction of two BDD nodes"},
    {"or_", (PyCFunction)M_or, METH_VARARGS, "disjunction of two BDD nodes"},
    {"without", (PyCFunction)M_without, METH_VARARGS, "ZDD: sets of f containing no set of g"},
    {"minsol", (PyCFunction)M_minsol, METH_VARARGS, "ZDD: minimal solutions of a BDD (bdd, root, k)"},
    {"upward", (PyCFunction)M_upward, METH_VARARGS, "BDD: upward closure of a ZDD family (zdd, f)"},
    {"node", (PyCFunction)M_node, METH_VARARGS, "(level, low, high)"},
    {"probability", (PyCFunction)M_probability, METH_VARARGS, "P(root) for independent levels"},
    {"importance", (PyCFunction)M_importance, METH_VARARGS, "(P, P1, P0, Birnbaum) per level"},
    {"count", (PyCFunction)M_count, METH_VARARGS, "ZDD: number of sets"},
    {"sizes", (PyCFunction)M_sizes, METH_VARARGS, "ZDD: (smallest, largest) set size"},
    {"sets_of_size", (PyCFunction)M_sets_of_size, METH_VARARGS, "ZDD: sorted ranks of the sets of one size"},
    {"size", (PyCFunction)M_len, METH_NOARGS, "number of nodes, terminals included"},
    {NULL}
};

static PyGetSetDef M_getset[] = {
    {"bytes", (getter)M_getbytes, NULL, "memory held (node table, unique table, cache)", NULL},
    {"n_levels", (getter)M_getlevels, NULL, "number of variables", NULL},
    {NULL}
};

static PyTypeObject ManagerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "blueprint_app.analysis._bddcore.Manager",
    .tp_basicsize = sizeof(Manager),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A table of BDD or ZDD nodes with its unique table and compute cache.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)M_init,
    .tp_dealloc = (destructor)M_dealloc,
    .tp_methods = M_methods,
    .tp_getset = M_getset,
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_bddcore", "Compiled BDD/ZDD core.", -1, NULL};

PyMODINIT_FUNC PyInit__bddcore(void) {
    if (PyType_Ready(&ManagerType) < 0) return NULL;
    PyObject *mod = PyModule_Create(&module);
    if (!mod) return NULL;
    TooLarge = PyErr_NewException("blueprint_app.analysis._bddcore.DiagramTooLarge", PyExc_MemoryError, NULL);
    Py_INCREF(TooLarge);
    PyModule_AddObject(mod, "DiagramTooLarge", TooLarge);
    Py_INCREF(&ManagerType);
    PyModule_AddObject(mod, "Manager", (PyObject *)&ManagerType);
    return mod;
}
