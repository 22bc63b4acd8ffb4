words = ["", "a", "hello", "hello world!"]
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "-<7", ".3", "10.3", ">5.1", "=^9", "^^9", "0>6", "010", ".0"]:
    print(f"{spec!r:8}", ["[" + format(w, spec) + "]" for w in words])
for bad in ["d", "=10", "+", "#", ",", "010d", "x"]:
    try:
        format("abc", bad)
    except ValueError as e:
        print(type(e).__name__, e)
print("[{:^6}]".format("é"), "[{:>4}]".format("日本"), "[{!r:>10}]".format("q"), "[{!a:<8}]".format("ñ"))
print(format(None, ""), format([1, 2], ""), format((1,), ""), format({"a": 1}))
for obj in [None, [1]]:
    try:
        format(obj, "10")
    except TypeError as e:
        print(type(e).__name__, e)
print(format("x", "\u2500^7"), format("x", "{^5"), format("x", "}>3"))
