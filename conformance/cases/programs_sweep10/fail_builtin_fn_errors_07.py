print(type(1), type("x"), type(type), type(1.0) is float, type([]) == list)
type()
