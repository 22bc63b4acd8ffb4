# An index in a format field is an item lookup, never an attribute walk.
# expect: TypeError: 'function' object is not subscriptable
"{0[__globals__]}".format(lambda: 0)
