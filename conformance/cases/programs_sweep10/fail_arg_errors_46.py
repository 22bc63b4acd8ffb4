"{}".format(*range(3), **{"a": 1}) + "{0}{1}".format(1)
