{}.pop()
