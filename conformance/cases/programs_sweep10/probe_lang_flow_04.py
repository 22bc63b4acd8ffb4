a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
[e, f] = "ef"; print(e, f)
x = {**{"a": 1}, "b": 2, **dict(c=3)}; y = [*range(2), *"ab"]; z = (*[1], 2); s = {*[1, 1], 2}; print(x, y, z, s)
print({**{1: 2}}, {*()}, [*()] , (*(),))
print(1 if [] else 2, [] or "x", 0 and 1, None or 0 or "", "a" and "b", not None)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" < "b" < "c", [] == [] is not None, 3 in [1, 3] not in [[]])
x = 5
print(x if x > 3 else -x, (lambda *a, **k: (a, k))(1, b=2), (lambda x=[]: x)())
