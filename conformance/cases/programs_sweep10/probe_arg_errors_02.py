print(*map(str, range(3)), sep="")
print("x", file=None, flush=True)
print("%s" % {"a": 1}, "%(a)s" % {"a": 1}, "%%" % (), "" % {}, "" % [])
