print("" % 1)
