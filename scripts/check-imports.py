#!/usr/bin/env python3
"""Fails when source files of src/ import each other, directly or in a loop: a file may use its
own ancestor or descendant modules, nothing may come back round. Prints each cycle found.
Run by tests/docs.rs; reads `crate::`, `super::` and `self::` paths, so `use` lines and inline
paths both count (unit-test modules at a file's end are left out)."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")

files = {}
for d, _, names in os.walk(ROOT):
    for f in names:
        if f.endswith(".rs"):
            parts = os.path.relpath(os.path.join(d, f), ROOT)[:-3].split(os.sep)
            if parts[-1] in ("mod", "lib", "main"):
                parts = parts[:-1]
            files["::".join(parts)] = os.path.join(d, f)


def resolve(path):
    """The longest prefix of `path` that is a module file."""
    segs = path.split("::")
    for n in range(len(segs), 0, -1):
        m = "::".join(segs[:n])
        if m in files:
            return m
    return None


edges = {}
for m, p in files.items():
    text = re.split(r"#\[cfg\(test\)\]\s*mod tests", open(p).read())[0]
    here = m.split("::") if m else []
    out = set()
    for mm in re.finditer(r"\b(crate|super|self)((?:::\w+)+)", text):
        kind, segs = mm.group(1), mm.group(2)[2:].split("::")
        base = {"crate": [], "super": here[:-1], "self": here}[kind]
        while segs and segs[0] == "super":
            base, segs = base[:-1], segs[1:]
        t = resolve("::".join(base + segs))
        if t is not None and t != m:
            out.add(t)
    edges[m] = out


def related(a, b):
    return b == "" or a == "" or a.startswith(b + "::") or b.startswith(a + "::")


# Tarjan's strongly connected components over the edges between unrelated modules.
sys.setrecursionlimit(10000)
index, low, stack, on, cycles, counter = {}, {}, [], set(), [], [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges.get(v, ()):
        if related(v, w):
            continue
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            cycles.append(sorted(comp))


for v in edges:
    if v not in index:
        visit(v)
for c in cycles:
    print("import cycle:", " <-> ".join(c))
sys.exit(1 if cycles else 0)
