print("%*s" % ("a", 1))
