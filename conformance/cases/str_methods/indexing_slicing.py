# Indexing and slicing, ASCII and non-ASCII, every step sign.
s = "abcdefghij"
u = "äbçdéfğhïj"
for t in (s, u, "日本語テキスト", "a\U0001F600b\U0001F601c"):
    print(t[0], t[-1], t[3], t[-4], len(t))
    for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
               slice(1, None, 3), slice(None, None, -1), slice(-2, 2, -1), slice(8, 1, -3),
               slice(100, -100, -2), slice(5, 5), slice(6, 2), slice(-100, 100),
               slice(None, None, 100), slice(None, None, -100), slice(2**70, None),
               slice(-2**70, 2**70, 2**70)]:
        print("  ", sl.start, sl.stop, sl.step, repr(t[sl]))
print(s[True], s[False], s[1:True:1])
for call in [lambda: s[10], lambda: s[-11], lambda: s[1.5], lambda: s["a"], lambda: s[None],
             lambda: s[2**70], lambda: s[::0], lambda: s[1.5:2], lambda: u[10], lambda: ""[0]]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
