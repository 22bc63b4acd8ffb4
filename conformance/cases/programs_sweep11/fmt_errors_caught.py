cases = [
    lambda: format(3, "s"),
    lambda: format("x", "d"),
    lambda: format(1.5, "x"),
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{a}".format(b=1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: f"{3:,s}",
    lambda: format(10, ",x"),
    lambda: "{:=}".format("s"),
    lambda: format(1, "<<5"),
    lambda: "{!x}".format(1),
    lambda: "%(k)s" % {},
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: format(2**1000, ".1f")[:10],
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
