class B(object, foo=1): pass
