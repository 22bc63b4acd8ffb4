print("%(a)s %s" % {"a": 1})
