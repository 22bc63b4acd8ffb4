print("%s %s" % {"a": 1})
