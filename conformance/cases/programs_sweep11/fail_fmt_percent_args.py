rows = [("a", 1), ("b", 2, 3)]
for r in rows:
    print("%s=%d" % r)
