# Many short-lived subclass instances with attribute dicts and cycles, so
# the collector traces and frees them (list, dict, set, tuple, str, int,
# float, frozenset bases).
class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class T(tuple):
    pass


class Str(str):
    pass


class I(int):
    pass


class F(float):
    pass


class FS(frozenset):
    pass


keep = []
for i in range(3000):
    l = L([i, [i]])
    l.me = l
    l.append(l)
    d = D(k=i)
    d["self"] = d
    d.extra = [d, l]
    s = S([i, i + 1])
    s.data = s
    t = T((i, l, "x" * (i % 7)))
    t.t = t
    st = Str("s" * (i % 50))
    st.attr = [st]
    n = I(i * 2 ** 65)
    n.half = I(i)
    f = F(i / 4)
    f.f = f
    fs = FS([i, Str("k")])
    fs.more = T((fs,))
    if i % 500 == 0:
        keep.append((l, d, s, t, st, n, f, fs))
total = 0
for l, d, s, t, st, n, f, fs in keep:
    total += l[0] + d["k"] + min(s) + t[0] + len(st) + int(n.half) + int(f) + len(fs)
    assert l.me is l and d.extra[0] is d and s.data is s and t.t is t and st.attr[0] is st
print(total, len(keep), keep[-1][5], keep[-1][4].attr, keep[-1][3][2], keep[-1][7].more[0] == keep[-1][7])
